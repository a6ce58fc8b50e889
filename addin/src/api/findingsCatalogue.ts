// GET /api/findings-catalogue — every finding code with its severity, Vietnamese title, source (rule article or input
// bound) and an example (docs/findings.md). Loaded once per page; the findings list uses it for findings that do
// not carry their title (older stored submissions).
import { request } from "./http";

export interface FindingDefinition {
  code: string;
  severity: "error" | "warning" | "info";
  area: string;
  areaName: string;
  title: string;
  source: string;
  example: string;
}

const byCode = new Map<string, FindingDefinition>();
let loading: Promise<void> | null = null;

/** Fills the catalogue once (later calls share the first request; a failed request can be retried). */
export function loadFindingsCatalogue(signal?: AbortSignal): Promise<void> {
  loading ??= request<{ findings: FindingDefinition[] }>("/api/findings-catalogue", { signal })
    .then((res) => setFindingsCatalogue(res.body.findings))
    .catch((e) => {
      loading = null;
      throw e;
    });
  return loading;
}

export function setFindingsCatalogue(entries: FindingDefinition[]): void {
  byCode.clear();
  for (const e of entries) byCode.set(e.code, e);
}

export function findingDefinition(code: string): FindingDefinition | undefined {
  return byCode.get(code);
}
