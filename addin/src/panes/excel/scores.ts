// Bảng điểm (HD 43 scoring workbook): insert its sheets into the open workbook, prefilled from the workbook's own member
// list, and check the "Bảng điểm" sheet — now, and again after each edit (debounced). The API calls are passed in so the
// unit tests can drive the real Excel adapter (office-addin-mock) with a recorded service.
import { checkScores, downloadScoreWorkbook, type ScoreCheck } from "../../api/forms";
import type { WorkbookPort } from "../../host";

export const SCORE_SHEET = "Bảng điểm";
export const SCORE_RECHECK_DELAY_MS = 2500;

export interface ScoreApi {
  download: typeof downloadScoreWorkbook;
  check: typeof checkScores;
}

export const serviceScoreApi: ScoreApi = { download: downloadScoreWorkbook, check: checkScores };

/** Reads the open workbook (its member list prefills the rows), gets the scoring workbook, inserts its sheets. */
export async function insertScoreSheet(port: WorkbookPort, api: ScoreApi, signal?: AbortSignal): Promise<string> {
  const file = await port.read(() => {}, signal ?? new AbortController().signal);
  const t = await api.download(file.bytes, file.name, { signal });
  return port.insertWorkbook(t.blob, t.fileName);
}

/** Sends the open workbook; the service checks its "Bảng điểm" sheet (findings carry sheet and cell). */
export async function checkScoreSheet(port: WorkbookPort, api: ScoreApi, signal?: AbortSignal): Promise<ScoreCheck> {
  const file = await port.read(() => {}, signal ?? new AbortController().signal);
  return api.check(file.bytes, file.name, { signal });
}

/** Calls `onCheck` once edits have paused for `delayMs`; answers a function that stops watching. */
export async function watchScoreSheet(
  port: WorkbookPort,
  onCheck: () => void,
  delayMs = SCORE_RECHECK_DELAY_MS,
): Promise<() => Promise<void>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = await port.watch(() => {
    clearTimeout(timer);
    timer = setTimeout(onCheck, delayMs);
  });
  return async () => {
    clearTimeout(timer);
    await stop();
  };
}

/** A level key of the service (excellent…) as the pane writes it. */
export function levelName(key?: string | null): string {
  switch (key) {
    case "excellent":
      return "HTXSNV";
    case "good":
      return "HTTNV";
    case "complete":
      return "HTNV";
    case "notComplete":
      return "KHTNV";
    default:
      return "—";
  }
}
