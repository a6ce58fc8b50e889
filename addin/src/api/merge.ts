// Merging subordinate workbooks: stateless (POST /api/merge, N files in) or at a campaign node.
import { fileNameOf, fromBase64, request, XLSX_TYPE, type Progress } from "./http";
import type { Finding } from "./validate";

export interface MergeResult {
  /** The consolidated workbook. */
  workbook: Blob;
  fileName: string;
  findings: Finding[];
  missing: string[];
  units: number;
}

type Opts = { signal?: AbortSignal; onProgress?: Progress };

interface MergeJson {
  findings?: Finding[];
  missing?: string[];
  units?: number | unknown[];
  workbook?: string; // base64
  fileName?: string;
}

export async function mergeFiles(files: { name: string; data: Blob }[], opts: Opts = {}): Promise<MergeResult> {
  const form = new FormData();
  for (const f of files) form.append("files", f.data, f.name);
  const res = await request<Blob | MergeJson>("/api/merge", { method: "POST", body: form, responseType: "blob", ...opts });
  return toResult(res.body, res.contentType, fileNameOf(res, "tong-hop.xlsx"), res.headers);
}

export async function mergeCampaignNode(campaignId: string, unitCode: string, opts: Opts = {}): Promise<MergeResult> {
  const path = `/api/campaigns/${encodeURIComponent(campaignId)}/units/${encodeURIComponent(unitCode)}/merge`;
  const res = await request<Blob | MergeJson>(path, { method: "POST", responseType: "blob", ...opts });
  return toResult(res.body, res.contentType, fileNameOf(res, `tong-hop-${unitCode}.xlsx`), res.headers);
}

// The service may answer the workbook itself (findings in a header) or JSON carrying it in base64.
function toResult(body: Blob | MergeJson, contentType: string, fileName: string, headers: (n: string) => string | null): MergeResult {
  if (body instanceof Blob) {
    const findingsHeader = headers("X-Findings");
    const findings = findingsHeader ? (JSON.parse(decodeURIComponent(findingsHeader)) as Finding[]) : [];
    return { workbook: body, fileName, findings, missing: [], units: Number(headers("X-Units") ?? 0) };
  }
  const json = body as MergeJson;
  return {
    workbook: new Blob([(json.workbook ? fromBase64(json.workbook) : new Uint8Array()) as BlobPart], { type: XLSX_TYPE }),
    fileName: json.fileName ?? fileName,
    findings: json.findings ?? [],
    missing: json.missing ?? [],
    units: Array.isArray(json.units) ? json.units.length : json.units ?? 0,
  };
  void contentType;
}
