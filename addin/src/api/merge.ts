// Merging subordinate workbooks: stateless (POST /api/merge, N files in) or at a node of a campaign
// (POST /api/campaigns/{id}/units/{unit}/merge, stored as a result whose workbook can be downloaded).
import { fileNameOf, fromBase64, request, XLSX_TYPE, type Progress } from "./http";
import type { Finding } from "./validate";

/** The merge result JSON ("officereview.merge-result/1"), the parts the pane shows. */
export interface MergeJson {
  schema?: string;
  year: number;
  ruleset: string;
  unit: { code: string; name: string };
  counts: { units: number; files: number; submitted: number; merged: number; missing: number; errors: number; warnings: number };
  /** The consolidated UnitReport (what the Word documents take as data). */
  report: unknown;
  missing: Array<{ code: string; name: string }>;
  sources: Array<{ file: string; unit?: string; unitName?: string; readable: boolean; errors: number; warnings: number }>;
  findings: Finding[];
  /** Present when the service includes the consolidated workbook (base64). */
  workbook?: string;
}

export interface MergeResult {
  json: MergeJson;
  /** The consolidated workbook, when the service made one. */
  workbook?: Blob;
  workbookName: string;
  /** Where the stored result lives (campaign merges). */
  resultId?: string;
}

type Opts = { signal?: AbortSignal; onProgress?: Progress };

export async function mergeFiles(files: { name: string; data: Blob }[], opts: Opts = {}): Promise<MergeResult> {
  const form = new FormData();
  for (const f of files) form.append("files", f.data, f.name);
  const res = await request<MergeJson>("/api/merge", { method: "POST", body: form, ...opts });
  return withWorkbook(res.body, `tong-hop-${res.body.unit?.code ?? "ket-qua"}.xlsx`);
}

export async function mergeCampaignNode(campaignId: string, unitCode: string, opts: Opts = {}): Promise<MergeResult> {
  const base = `/api/campaigns/${encodeURIComponent(campaignId)}`;
  const res = await request<MergeJson>(`${base}/units/${encodeURIComponent(unitCode)}/merge`, { method: "POST", ...opts });
  const resultId = res.headers("X-Result-Id") ?? undefined;
  const result = withWorkbook(res.body, `tong-hop-${unitCode}.xlsx`);
  result.resultId = resultId;
  if (!result.workbook && resultId) {
    try {
      const wb = await request<Blob>(`${base}/results/${resultId}/workbook`, { responseType: "blob", signal: opts.signal });
      result.workbook = wb.body;
      result.workbookName = fileNameOf(wb, result.workbookName);
    } catch (e) {
      if ((e as { status?: number }).status !== 404) throw e; // 404: this result has no workbook
    }
  }
  return result;
}

function withWorkbook(json: MergeJson, name: string): MergeResult {
  return {
    json,
    workbook: json.workbook ? new Blob([fromBase64(json.workbook) as BlobPart], { type: XLSX_TYPE }) : undefined,
    workbookName: name,
  };
}
