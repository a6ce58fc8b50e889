// Word documents: POST /api/documents/{kind} (generate; approve with ?approve=true) and POST /api/check-report.
import { request, type Progress } from "./http";
import type { Schemas } from "./types";

export type DocumentKind = "ke-hoach" | "cong-van" | "bao-cao" | "thong-bao-ket-qua" | "cong-van-don-doc";

export const DOCUMENT_KINDS: { kind: DocumentKind; title: string; data: string }[] = [
  { kind: "ke-hoach", title: "Kế hoạch", data: "tiến độ của đợt (năm, các mốc thời hạn)" },
  { kind: "cong-van", title: "Công văn", data: "tiến độ của đợt (năm, các mốc thời hạn)" },
  { kind: "bao-cao", title: "Báo cáo", data: "số liệu của đơn vị hoặc kết quả tổng hợp" },
  { kind: "thong-bao-ket-qua", title: "Thông báo", data: "số liệu của đơn vị hoặc kết quả tổng hợp" },
];

/** The document metadata (docs/documents.md): what the user types in the Word pane. */
export interface DocumentMeta {
  superior?: string;
  issuer: string;
  issuerCode?: string;
  number: number | null;
  place: string;
  date: string; // yyyy-mm-dd
  excerpt?: string;
  recipients: string[];
  copyTo: string[];
  signer: { authority: string; body: string; title: string; name: string };
}

export interface ApprovalRecord {
  documentNumber?: string;
  number?: number | string;
  approvedBy?: string;
  approvedAt?: string;
  sha256?: string;
  [k: string]: unknown;
}

export interface Generated {
  blob: Blob;
  fileName: string;
  sha256: string | null;
  approval?: ApprovalRecord;
}

type Opts = { signal?: AbortSignal; onProgress?: Progress };

/**
 * Whose document it is: the campaign and the unit. An approval must name them (the service checks that the signed-in
 * user approves for that unit); a draft may (then the user must be allowed to draft for that unit).
 */
export interface DocumentScope {
  campaign?: string;
  unit?: string;
}

/** Generates the document (a draft, or the final one when `approve` is given); answers the .docx. */
export async function generateDocument(
  kind: DocumentKind,
  meta: DocumentMeta,
  data: unknown,
  opts: Opts & { approve?: { number: number; approvedBy: string }; scope?: DocumentScope } = {},
): Promise<Generated> {
  const params = new URLSearchParams();
  if (opts.approve) {
    params.set("approve", "true");
    params.set("number", String(opts.approve.number));
    params.set("approvedBy", opts.approve.approvedBy);
    if (opts.scope?.campaign) params.set("campaign", opts.scope.campaign);
    if (opts.scope?.unit) params.set("unit", opts.scope.unit);
  }
  const query = params.toString();
  const q = query ? `?${query}` : "";
  const res = await request<Blob>(`/api/documents/${kind}${q}`, {
    method: "POST",
    body: JSON.stringify({ meta, data }),
    headers: { "Content-Type": "application/json" },
    responseType: "blob",
    signal: opts.signal,
    onProgress: opts.onProgress,
  });
  const record = res.headers("X-Approval-Record");
  return {
    blob: res.body,
    fileName: `${kind}${opts.approve ? `-so-${opts.approve.number}` : "-du-thao"}.docx`,
    sha256: res.headers("X-Document-Sha256"),
    approval: record ? (JSON.parse(record) as ApprovalRecord) : undefined,
  };
}

/** What the report check answers: every figure read (with its attribution) and the findings, each with the paragraph and words it is about. */
export type CheckReport = Schemas["ReportCheckReport"];

export async function checkReport(
  docx: Blob,
  fileName: string,
  opts: Opts & { ruleset?: string } = {},
): Promise<CheckReport> {
  const form = new FormData();
  form.append("file", docx, fileName);
  const q = opts.ruleset ? `?ruleset=${encodeURIComponent(opts.ruleset)}` : "";
  try {
    return (
      await request<CheckReport>(`/api/check-report${q}`, {
        method: "POST",
        body: form,
        signal: opts.signal,
        onProgress: opts.onProgress,
      })
    ).body;
  } catch (e) {
    // 422: the report could not be read; the body still says why.
    const body = (e as { body?: CheckReport }).body;
    if ((e as { status?: number }).status === 422 && body?.findings) return body;
    throw e;
  }
}
