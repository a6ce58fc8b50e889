// Everything the Excel pane asks of Excel. Each export is one user action; nothing else in the pane calls Office.js.
import { readDocumentFile } from "./file";

export interface CellRef {
  sheet: string;
  cell: string;
}

/** A highlighted cell and the fill it had before, so clearing restores it. */
export interface SavedFill extends CellRef {
  color: string | null;
}

export const HIGHLIGHT_COLOR = "#FDE7E9";

/** The whole workbook as .xlsx bytes (what /api/validate and submissions take). */
export function readWorkbook(
  onProgress?: (slice: number, slices: number) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  return readDocumentFile(onProgress, signal);
}

/** Activates the sheet and selects the cell a finding points at. */
export async function selectCell(ref: CellRef): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(ref.sheet);
    sheet.activate();
    sheet.getRange(ref.cell).select();
    await context.sync();
  });
}

/** Fills the cells with the highlight colour; answers their previous fills (keep them to clear later). */
export async function highlightCells(cells: CellRef[], color = HIGHLIGHT_COLOR): Promise<SavedFill[]> {
  if (cells.length === 0) return [];
  return Excel.run(async (context) => {
    const ranges = cells.map((c) => {
      const range = context.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
      range.format.fill.load("color");
      return { ref: c, range };
    });
    await context.sync();
    const saved = ranges.map(({ ref, range }) => ({
      sheet: ref.sheet,
      cell: ref.cell,
      color: normalizeFill(range.format.fill.color),
    }));
    for (const { range } of ranges) range.format.fill.color = color;
    await context.sync();
    return saved;
  });
}

/** Puts back the fills saved by highlightCells (cells that had no fill get none). */
export async function clearHighlights(saved: SavedFill[]): Promise<void> {
  if (saved.length === 0) return;
  await Excel.run(async (context) => {
    for (const s of saved) {
      const fill = context.workbook.worksheets.getItem(s.sheet).getRange(s.cell).format.fill;
      if (s.color) fill.color = s.color;
      else fill.clear();
    }
    await context.sync();
  });
}

// Excel answers "#FFFFFF" for cells without a fill; treat it as none so clearing does not paint them white.
function normalizeFill(color: string | null | undefined): string | null {
  return !color || /^#?ffffff$/i.test(color) ? null : color;
}

/** Inserts the sheets of a workbook (the official template) at the end of the open workbook; answers their names. */
export async function insertSheets(base64: string): Promise<string[]> {
  // insertWorksheetsFromBase64 came with ExcelApi 1.13 (Excel 2021+, Microsoft 365, Excel on the web).
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.13"))
    throw new Error(
      'Phiên bản Excel này chưa chèn được trang tính từ tệp (cần ExcelApi 1.13: Microsoft 365, Excel 2021 trở lên hoặc Excel trên web). Hãy dùng "Tải biểu trống" rồi mở tệp.',
    );
  return Excel.run(async (context) => {
    // Excel on the web refuses sheets with features it does not support; the error then names the cause.
    const result = context.workbook.insertWorksheetsFromBase64(base64, {
      positionType: Excel.WorksheetPositionType.end,
    });
    await context.sync();
    return result.value;
  });
}

/** Calls back after every edit of any sheet; answers a function that stops listening. */
export async function watchChanges(onChange: () => void): Promise<() => Promise<void>> {
  return Excel.run(async (context) => {
    const handler = context.workbook.worksheets.onChanged.add(async () => onChange());
    await context.sync();
    return async () => {
      handler.remove();
      await handler.context.sync();
    };
  });
}
