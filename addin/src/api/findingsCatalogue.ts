// GET /api/findings-catalogue — every finding code with its severity, Vietnamese title, source (rule article or input
// bound) and an example (docs/findings.md). Loaded once per page; the findings list uses it for findings that do
// not carry their title (older stored submissions).
import { request } from "./http";
import type { Schemas } from "./types";

/** One finding code: severity ("error", "warning" or "info"), area, Vietnamese title, source and an example. */
export type FindingDefinition = Schemas["FindingDefinitionView"];

const byCode = new Map<string, FindingDefinition>();
let loading: Promise<void> | null = null;

/** Fills the catalogue once (later calls share the first request; a failed request can be retried). */
export function loadFindingsCatalogue(signal?: AbortSignal): Promise<void> {
  loading ??= request<Schemas["FindingCatalogueView"]>("/api/findings-catalogue", { signal })
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
