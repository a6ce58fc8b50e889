// The upper level's year in a campaign: setup (create, issuer, unit list, deadlines, close), decisions (thẩm định →
// quyết định) and the documents drafted from the campaign, approved with a number from the register, and the archive
// (/api/campaigns/..., docs/api.md). Every call goes through http.ts.
import type { Campaign } from "./campaigns";
import { fileNameOf, request, type Progress } from "./http";
import type { Schemas } from "./types";

type Opts = { signal?: AbortSignal; onProgress?: Progress };
const base = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;
const json = (method: "POST" | "PUT", body: unknown) => ({
  method,
  body: JSON.stringify(body),
  headers: { "Content-Type": "application/json" },
});

/** A deadline as plans give it: the units of `unitKind` (none: every other kind) finish by `reviewBy`, report by `due`. */
export type Deadline = Schemas["Deadline"];

/** A campaign with its state, deadlines, issuer and settings (what GET …/{id} answers). */
export type CampaignDetails = Campaign;

export interface NewCampaign {
  id?: string;
  name: string;
  year: number;
  ruleset?: string;
  deadlines?: Deadline[];
}

export type Signer = Schemas["IssuerSigner"];

/** The issuer's details, typed once (PUT …/issuer). */
export type Issuer = Schemas["CampaignIssuer"];

export type UnitImport = Schemas["UnitImportResult"];

export type Level = "excellent" | "good" | "complete" | "notComplete";

export type Decision = Schemas["DecisionView"];

/** The HTXS cap over one comparable group, with both denominators (÷ HTT and ÷ HTT + HTXS). */
export type CapGroup = Schemas["CapGroupView"];

export type Decisions = Schemas["DecisionAnswer"];

export interface DecisionInput {
  unit: string;
  level: Level;
  reason?: string;
}

export type DocumentKind =
  | "ke-hoach"
  | "cong-van"
  | "cong-van-don-doc"
  | "bao-cao"
  | "thong-bao-ket-qua"
  | "quyet-dinh";

export const DOCUMENT_KINDS: Array<[DocumentKind, string]> = [
  ["ke-hoach", "Kế hoạch"],
  ["cong-van", "Công văn hướng dẫn"],
  ["cong-van-don-doc", "Công văn đôn đốc"],
  ["bao-cao", "Báo cáo kết quả"],
  ["thong-bao-ket-qua", "Thông báo kết quả"],
  ["quyet-dinh", "Quyết định công nhận"],
];

export const LEVELS: Array<[Level, string]> = [
  ["excellent", "Hoàn thành xuất sắc nhiệm vụ"],
  ["good", "Hoàn thành tốt nhiệm vụ"],
  ["complete", "Hoàn thành nhiệm vụ"],
  ["notComplete", "Không hoàn thành nhiệm vụ"],
];

/** A document of the campaign; the service keeps `source` as free JSON (what it was drafted from), read here as such. */
export type CampaignDocument = Omit<Schemas["CampaignDocumentView"], "source"> & {
  /** What it was drafted from: ruleset, the merge result, the previous year's result ("campaign/results/n"), decided and proposal counts, reminded units. */
  source?: {
    ruleset?: string;
    result?: number;
    previous?: string | null;
    decided?: number;
    proposals?: number;
    units?: string[];
    [k: string]: unknown;
  };
};

export type Approval = Schemas["ApprovalView"];

export interface Download {
  blob: Blob;
  fileName: string;
}

/** The ruleset the service takes by default for a year (Rulesets.ForYear): 132 up to 2022, 124 for 2023–2024, 366 after. */
export function rulesetForYear(year: number): string {
  return year <= 2022 ? "132" : year <= 2024 ? "124" : "366";
}

export async function createCampaign(c: NewCampaign, opts: Opts = {}): Promise<CampaignDetails> {
  return (await request<Schemas["CampaignCreated"]>("/api/campaigns", { ...json("POST", c), ...opts })).body.campaign;
}

export async function getCampaign(id: string, opts: Opts = {}): Promise<CampaignDetails> {
  return (await request<CampaignDetails>(base(id), opts)).body;
}

/** Replaces the deadlines (PATCH …/{id}). */
export async function setDeadlines(id: string, deadlines: Deadline[], opts: Opts = {}): Promise<CampaignDetails> {
  const body = JSON.stringify({ deadlines });
  return (
    await request<CampaignDetails>(base(id), {
      method: "PATCH",
      body,
      headers: { "Content-Type": "application/json" },
      ...opts,
    })
  ).body;
}

export async function closeCampaign(id: string, opts: Opts = {}): Promise<CampaignDetails> {
  return (await request<CampaignDetails>(`${base(id)}/close`, { method: "POST", ...opts })).body;
}

/** The issuer's details, or null while they are not set (404). */
export async function getIssuer(id: string, opts: Opts = {}): Promise<Issuer | null> {
  try {
    return (await request<Issuer>(`${base(id)}/issuer`, opts)).body;
  } catch (e) {
    if ((e as { status?: number }).status === 404 && (e as { kind?: string }).kind === "http") return null;
    throw e;
  }
}

export async function putIssuer(id: string, issuer: Issuer, opts: Opts = {}): Promise<Issuer> {
  return (await request<Issuer>(`${base(id)}/issuer`, { ...json("PUT", issuer), ...opts })).body;
}

/**
 * Replaces the unit tree with a unit list (.xlsx, .csv or .json). 422 carries the findings row by row. With `dryRun`
 * the list is only checked (?dryRun=true): the answer is the preview (tree, findings, valid) and nothing is stored.
 */
export async function importUnits(
  id: string,
  file: Blob,
  fileName: string,
  opts: Opts & { dryRun?: boolean } = {},
): Promise<UnitImport> {
  const form = new FormData();
  form.append("file", file, fileName);
  const { dryRun, ...rest } = opts;
  return (
    await request<UnitImport>(`${base(id)}/units${dryRun ? "?dryRun=true" : ""}`, {
      method: "PUT",
      body: form,
      ...rest,
    })
  ).body;
}

/** The decisions of every unit below `unit`, and the HTXS cap of every group there. */
export async function listDecisions(id: string, unit: string, opts: Opts = {}): Promise<Decisions> {
  return (await request<Decisions>(`${base(id)}/units/${encodeURIComponent(unit)}/decisions`, opts)).body;
}

/** Decides many units at once (all or none). */
export async function saveDecisions(id: string, decisions: DecisionInput[], opts: Opts = {}): Promise<Decisions> {
  return (await request<Decisions>(`${base(id)}/decisions`, { ...json("PUT", decisions), ...opts })).body;
}

export async function draftDocument(
  id: string,
  d: { kind: DocumentKind; unit: string; units?: string[]; newDeadline?: string },
  opts: Opts = {},
): Promise<CampaignDocument> {
  return (await request<CampaignDocument>(`${base(id)}/documents`, { ...json("POST", d), ...opts })).body;
}

export async function listDocuments(id: string, opts: Opts = {}): Promise<CampaignDocument[]> {
  return (await request<CampaignDocument[]>(`${base(id)}/documents`, opts)).body;
}

export async function approveDocument(id: string, docId: number, opts: Opts = {}): Promise<Approval> {
  return (await request<Approval>(`${base(id)}/documents/${docId}/approve`, { method: "POST", ...opts })).body;
}

/** The draft (.docx as drafted) or the approved final file. */
export async function documentFile(
  id: string,
  docId: number,
  which: "content" | "final",
  opts: Opts = {},
): Promise<Download> {
  const res = await request<Blob>(`${base(id)}/documents/${docId}/${which}`, { responseType: "blob", ...opts });
  return { blob: res.body, fileName: fileNameOf(res, `van-ban-${docId}.docx`) };
}

/** The campaign's archive (.zip): approved documents with their records, consolidated workbooks, audit log, manifest. */
export async function campaignArchive(id: string, opts: Opts = {}): Promise<Download> {
  const res = await request<Blob>(`${base(id)}/archive`, { responseType: "blob", ...opts });
  return { blob: res.body, fileName: fileNameOf(res, `luu-tru-${id}.zip`) };
}
