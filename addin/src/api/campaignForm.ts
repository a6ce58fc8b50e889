// The campaign's own form (docs/api.md): the contract of figures, the tagged workbook (PUT/GET), cell suggestions.
import { fileNameOf, request, type Progress } from "./http";
import type { Schemas } from "./types";

export type FigureKind = "text" | "number" | "count" | "percent" | "flag" | "label" | "table";

export type FormFigure = Schemas["FormFigureDto"];

export type TaggedFigure = Schemas["TaggedFigureDto"];

export type FormView = Schemas["CampaignFormView"];

export type Suggestion = Schemas["FormSuggestion"];

type Opts = { signal?: AbortSignal; onProgress?: Progress };

/** Every figure of the contract of names, grouped by block. */
export async function formContract(opts: Opts = {}): Promise<Schemas["FormContractView"]> {
  return (await request<Schemas["FormContractView"]>("/api/form-contract", opts)).body;
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

/** The campaign's form and what its check found (404 → null: the campaign uses the product's own form). */
export async function formCheck(campaignId: string, opts: Opts = {}): Promise<FormView | null> {
  try {
    return (await request<FormView>(`/api/campaigns/${encodeURIComponent(campaignId)}/form/check`, opts)).body;
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null;
    throw e;
  }
}

/** Cells suggested for each figure from the row and column labels of an untagged workbook. */
export async function suggestCells(
  file: Blob,
  fileName: string,
  opts: Opts = {},
): Promise<Schemas["FormSuggestionsView"]> {
  const form = new FormData();
  form.append("files", file, fileName);
  return (
    await request<Schemas["FormSuggestionsView"]>("/api/form-suggestions", { method: "POST", body: form, ...opts })
  ).body;
}
