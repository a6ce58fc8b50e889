// The campaign's own form (docs/api.md): the contract of figures, the tagged workbook (PUT/GET), cell suggestions.
import { fileNameOf, request, type Progress } from "./http";
import type { Finding } from "./validate";

export type FigureKind = "text" | "number" | "count" | "percent" | "flag" | "label";

export interface FormFigure {
  name: string;
  group: string;
  label: string;
  kind: FigureKind;
  required: boolean;
}

export interface TaggedFigure {
  name: string;
  group: string;
  label: string;
  sheet: string;
  cell: string;
}

export interface FormView {
  campaign: string;
  fileName: string;
  sha256: string;
  size: number;
  uploadedAt: string;
  uploadedBy?: string | null;
  check: { tagged: TaggedFigure[]; missing: FormFigure[]; findings: Finding[] };
}

export interface Suggestion {
  name: string;
  sheet: string;
  cell: string;
  rowLabel: string;
  columnLabel?: string | null;
}

type Opts = { signal?: AbortSignal; onProgress?: Progress };

/** Every figure of the contract of names, grouped by block. */
export async function formContract(opts: Opts = {}): Promise<{ groups: string[]; figures: FormFigure[] }> {
  return (await request<{ groups: string[]; figures: FormFigure[] }>("/api/form-contract", opts)).body;
}

/** Uploads the tagged workbook as the campaign's form; with a mapping (browser mode) the service adds the names. */
export async function uploadForm(
  campaignId: string,
  bytes: Uint8Array | Blob,
  fileName: string,
  mapping?: Record<string, string>,
  opts: Opts = {},
): Promise<FormView> {
  const form = new FormData();
  form.append("files", bytes instanceof Blob ? bytes : new Blob([bytes as BlobPart]), fileName);
  if (mapping) form.append("files", new Blob([JSON.stringify(mapping)], { type: "application/json" }), "mapping.json");
  return (
    await request<FormView>(`/api/campaigns/${encodeURIComponent(campaignId)}/form`, {
      method: "PUT",
      body: form,
      ...opts,
    })
  ).body;
}

/** The campaign's form as units download it. */
export async function downloadForm(campaignId: string, opts: Opts = {}): Promise<{ blob: Blob; fileName: string }> {
  const res = await request<Blob>(`/api/campaigns/${encodeURIComponent(campaignId)}/form`, {
    responseType: "blob",
    ...opts,
  });
  return { blob: res.body, fileName: fileNameOf(res, "bieu-mau.xlsx") };
}

/** Cells suggested for each figure from the row and column labels of an untagged workbook. */
export async function suggestCells(
  file: Blob,
  fileName: string,
  opts: Opts = {},
): Promise<{ suggestions: Suggestion[]; tagged: TaggedFigure[] }> {
  const form = new FormData();
  form.append("files", file, fileName);
  return (
    await request<{ suggestions: Suggestion[]; tagged: TaggedFigure[] }>("/api/form-suggestions", {
      method: "POST",
      body: form,
      ...opts,
    })
  ).body;
}
