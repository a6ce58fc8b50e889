// Campaign service: campaigns, units, submissions and the status tree (/api/campaigns/..., docs/api.md).
import { ApiError, request, type Progress } from "./http";
import type { Schemas } from "./types";

export type Campaign = Schemas["Campaign"];

export type Unit = Schemas["UnitDto"];

/** What the service answers to a submission. */
export type Submission = Schemas["SubmissionView"];

export type SubtreeCounts = Schemas["SubtreeCounts"];

export type StatusNode = Schemas["StatusNode"];

export type StatusReport = Schemas["StatusReport"];

type Opts = { signal?: AbortSignal; onProgress?: Progress };
const base = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;

export async function listCampaigns(opts: Opts = {}): Promise<Campaign[]> {
  return (await request<Campaign[]>("/api/campaigns", opts)).body;
}

export async function listUnits(campaignId: string, opts: Opts = {}): Promise<Unit[]> {
  return (await request<Unit[]>(`${base(campaignId)}/units`, opts)).body;
}

export async function submitWorkbook(
  campaignId: string,
  unitCode: string,
  bytes: Uint8Array | Blob,
  fileName: string,
  opts: Opts = {},
): Promise<Submission> {
  const form = new FormData();
  form.append("file", bytes instanceof Blob ? bytes : new Blob([bytes as BlobPart]), fileName);
  const path = `${base(campaignId)}/units/${encodeURIComponent(unitCode)}/submissions`;
  return (await request<Submission>(path, { method: "POST", body: form, ...opts })).body;
}

/** One stored submission with its findings. */
export async function getSubmission(campaignId: string, id: number, opts: Opts = {}): Promise<Submission> {
  return (await request<Submission>(`${base(campaignId)}/submissions/${id}`, opts)).body;
}

/** The bytes a unit submitted (to open it in Excel and look at the cells its findings name). */
export async function submissionContent(campaignId: string, id: number, opts: Opts = {}): Promise<Blob> {
  return (await request<Blob>(`${base(campaignId)}/submissions/${id}/content`, { responseType: "blob", ...opts })).body;
}

/**
 * The status tree: the whole campaign for its admin, else the signed-in user's own part. A user with roles at several
 * units must say which (the service answers 400): then `unit` (the unit chosen in Nộp) is asked for.
 */
export async function statusTree(campaignId: string, opts: Opts & { unit?: string } = {}): Promise<StatusReport> {
  try {
    return (await request<StatusReport>(`${base(campaignId)}/status`, opts)).body;
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 400 && opts.unit)) throw e;
    return (await request<StatusReport>(`${base(campaignId)}/status?unit=${encodeURIComponent(opts.unit)}`, opts)).body;
  }
}

/** The status line of a submission, as the status tree words it. */
export function submissionStatus(s: Pick<Submission, "late" | "errors" | "readable">): string {
  const bad = !s.readable || s.errors > 0;
  if (s.late) return bad ? "Nộp muộn, có lỗi" : "Nộp muộn, hợp lệ";
  return bad ? "Đã nộp, có lỗi" : "Đã nộp, hợp lệ";
}
