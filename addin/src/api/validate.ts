// POST /api/validate — the workbook (or UnitReport JSON) as the request body; answers the findings.
import { request, XLSX_TYPE, type Progress } from "./http";

export type Severity = "error" | "warning" | "info";

export interface Finding {
  code: string;
  severity: Severity;
  /** The catalogue's Vietnamese title of the code (docs/findings.md). */
  title?: string;
  /** The rule article or input bound (with its configuration key) the finding comes from. */
  source?: string;
  message: string;
  path: string;
  file?: string;
  sheet?: string;
  cell?: string;
}

export interface ValidationReport {
  file: string;
  readable: boolean;
  ruleset?: string;
  year?: number;
  unit?: string;
  counts: { errors: number; warnings: number; infos: number };
  findings: Finding[];
}

export async function validateFile(
  bytes: Uint8Array | Blob,
  fileName: string,
  opts: { ruleset?: string; signal?: AbortSignal; onProgress?: Progress } = {},
): Promise<ValidationReport> {
  const query = opts.ruleset ? `?ruleset=${encodeURIComponent(opts.ruleset)}` : "";
  const type = /\.json$/i.test(fileName) ? "application/json" : XLSX_TYPE;
  // Multipart, because it carries a Unicode file name (headers cannot) which the findings then quote.
  const form = new FormData();
  form.append("file", bytes instanceof Blob ? bytes : new Blob([bytes as BlobPart], { type }), fileName);
  try {
    const res = await request<ValidationReport>(`/api/validate${query}`, {
      method: "POST",
      body: form,
      signal: opts.signal,
      onProgress: opts.onProgress,
    });
    return res.body;
  } catch (e) {
    // 422: the file could not be read; the body still is a ValidationReport with the reasons.
    const body = (e as { status?: number; body?: unknown }).body as ValidationReport | undefined;
    if ((e as { status?: number }).status === 422 && body?.findings) return body;
    throw e;
  }
}
