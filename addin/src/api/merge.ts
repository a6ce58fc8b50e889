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
  counts: {
    units: number;
    files: number;
    submitted: number;
    merged: number;
    missing: number;
    errors: number;
    warnings: number;
  };
  /** The consolidated UnitReport (what the Word documents take as data). */
  report: unknown;
  missing: Array<{ code: string; name: string }>;
  sources: Array<{
    file: string;
    unit?: string;
    unitName?: string;
    readable: boolean;
    errors: number;
    warnings: number;
  }>;
  findings: Finding[];
  /** Present when the service includes the consolidated workbook (base64). */
  workbook?: string;
}

export interface MergeResult {
  json: MergeJson;
  /** The consolidated workbook, when the service already sent it. */
  workbook?: Blob;
  /** Asks the service for the consolidated workbook (kept after the first call). */
  fetchWorkbook?: (signal?: AbortSignal, onProgress?: Progress) => Promise<Blob>;
  workbookName: string;
  /** Where the stored result lives (campaign merges). */
  resultId?: string;
}

type Opts = { signal?: AbortSignal; onProgress?: Progress };

/**
 * Stateless merge: the result JSON (findings, missing units, the consolidated report) first; the consolidated
 * workbook (POST /api/merge?format=xlsx, the same files again) only when the user asks for it.
 */
export async function mergeFiles(files: { name: string; data: Blob }[], opts: Opts = {}): Promise<MergeResult> {
  const form = () => {
    const f = new FormData();
    for (const file of files) f.append("files", file.data, file.name);
    return f;
  };
  const res = await request<MergeJson>("/api/merge", { method: "POST", body: form(), ...opts });
  const result = withWorkbook(res.body, `tong-hop-${res.body.unit?.code ?? "ket-qua"}.xlsx`);
  if (!result.workbook)
    result.fetchWorkbook = async (signal, onProgress) => {
      if (result.workbook) return result.workbook;
      const wb = await request<Blob>("/api/merge?format=xlsx", {
        method: "POST",
        body: form(),
        responseType: "blob",
        signal,
        onProgress,
      });
      result.workbookName = fileNameOf(wb, result.workbookName);
      return (result.workbook = wb.body);
    };
  return result;
}

/** Merge at a node of a campaign: the service stores the result; its workbook is fetched when asked for. */
export async function mergeCampaignNode(campaignId: string, unitCode: string, opts: Opts = {}): Promise<MergeResult> {
  const base = `/api/campaigns/${encodeURIComponent(campaignId)}`;
  const res = await request<MergeJson>(`${base}/units/${encodeURIComponent(unitCode)}/merge`, {
    method: "POST",
    ...opts,
  });
  const resultId = res.headers("X-Result-Id") ?? undefined;
  const result = withWorkbook(res.body, `tong-hop-${unitCode}.xlsx`);
  result.resultId = resultId;
  if (!result.workbook && resultId)
    result.fetchWorkbook = async (signal, onProgress) => {
      if (result.workbook) return result.workbook;
      const wb = await request<Blob>(`${base}/results/${resultId}/workbook`, {
        responseType: "blob",
        signal,
        onProgress,
      });
      result.workbookName = fileNameOf(wb, result.workbookName);
      return (result.workbook = wb.body);
    };
  return result;
}

function withWorkbook(json: MergeJson, name: string): MergeResult {
  return {
    json,
    workbook: json.workbook ? new Blob([fromBase64(json.workbook) as BlobPart], { type: XLSX_TYPE }) : undefined,
    workbookName: name,
  };
}
