// Word documents: POST /api/documents/{kind} (generate), approve, and POST /api/check-report.
import { fileNameOf, request, type Progress } from "./http";

export type DocumentKind = "ke-hoach" | "cong-van" | "bao-cao" | "thong-bao-ket-qua";

export const DOCUMENT_KINDS: { kind: DocumentKind; title: string }[] = [
  { kind: "ke-hoach", title: "Kế hoạch" },
  { kind: "cong-van", title: "Công văn" },
  { kind: "bao-cao", title: "Báo cáo" },
  { kind: "thong-bao-ket-qua", title: "Thông báo kết quả" },
];

/** The metadata the user types in the Word pane. */
export interface DocumentMeta {
  superior: string;
  issuer: string;
  number: string;
  place: string;
  date: string; // yyyy-mm-dd
  title: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  recipients: string[];
}

export interface CheckFinding {
  code: string;
  severity: string;
  message: string;
  sentence?: string;
  expected?: string;
}

export interface CheckReport {
  findings: CheckFinding[];
  statements?: number;
}

type Opts = { signal?: AbortSignal; onProgress?: Progress };

/** Generates the document from its data (a UnitReport JSON or campaign data) and the metadata; answers the .docx. */
export async function generateDocument(kind: DocumentKind, meta: DocumentMeta, data: unknown | null, opts: Opts = {}) {
  const res = await request<Blob>(`/api/documents/${kind}`, {
    method: "POST",
    body: JSON.stringify({ meta, data }),
    headers: { "Content-Type": "application/json" },
    responseType: "blob",
    ...opts,
  });
  return { blob: res.body, fileName: fileNameOf(res, `${kind}.docx`) };
}

export interface Approval {
  approvedBy: string;
  approvedAt: string;
  number: string;
  sha256: string;
}

export async function approveDocument(kind: DocumentKind, docx: Blob, approver: string, number: string, opts: Opts = {}) {
  const form = new FormData();
  form.append("file", docx, `${kind}.docx`);
  form.append("approvedBy", approver);
  form.append("number", number);
  const res = await request<Approval>(`/api/documents/${kind}/approve`, { method: "POST", body: form, ...opts });
  return res.body;
}

export async function checkReport(docx: Blob, fileName: string, opts: Opts & { ruleset?: string } = {}): Promise<CheckReport> {
  const form = new FormData();
  form.append("file", docx, fileName);
  const q = opts.ruleset ? `?ruleset=${encodeURIComponent(opts.ruleset)}` : "";
  return (await request<CheckReport>(`/api/check-report${q}`, { method: "POST", body: form, signal: opts.signal, onProgress: opts.onProgress })).body;
}
