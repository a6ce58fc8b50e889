// POST /api/forms/bang-diem — the scoring workbook prefilled from the unit workbook; POST /api/forms/bang-diem/check —
// its findings (sheet and cell) and each row's total, band and highest level allowed by the 366 conditions.
import { fileNameOf, request, XLSX_TYPE, type Progress } from "./http";
import type { Schemas } from "./types";

export type ScoreRowResult = Schemas["ScoreRowView"];

export type ScoreCheck = Schemas["ScoreCheckView"];

function asForm(bytes: Uint8Array | Blob | null, fileName: string) {
  const form = new FormData();
  const blob =
    bytes === null
      ? new Blob([], { type: XLSX_TYPE })
      : bytes instanceof Blob
        ? bytes
        : new Blob([bytes as BlobPart], { type: XLSX_TYPE });
  form.append("file", blob, fileName);
  return form;
}

/** The scoring workbook for the open unit workbook (null: a blank one). */
export async function downloadScoreWorkbook(
  unitWorkbook: Uint8Array | Blob | null,
  fileName: string,
  opts: { signal?: AbortSignal; onProgress?: Progress } = {},
) {
  const res = await request<Blob>("/api/forms/bang-diem", {
    method: "POST",
    body: asForm(unitWorkbook, fileName),
    responseType: "blob",
    ...opts,
  });
  return { blob: res.body, fileName: fileNameOf(res, "bang-diem.xlsx") };
}

/** Checks the "Bảng điểm" sheet of a workbook (a scoring workbook, or a unit workbook it was inserted into). */
export async function checkScores(
  bytes: Uint8Array | Blob,
  fileName: string,
  opts: { signal?: AbortSignal; onProgress?: Progress } = {},
): Promise<ScoreCheck> {
  try {
    const res = await request<ScoreCheck>("/api/forms/bang-diem/check", {
      method: "POST",
      body: asForm(bytes, fileName),
      ...opts,
    });
    return res.body;
  } catch (e) {
    const body = (e as { status?: number; body?: unknown }).body as ScoreCheck | undefined;
    if ((e as { status?: number }).status === 422 && body?.findings) return body;
    throw e;
  }
}
