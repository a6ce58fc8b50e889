// Which host the pane runs in (Excel, Word, or a plain browser) and the ports the panes use, so that a pane never
// knows whether Office.js is there: in browser mode files come from pickers and go out as downloads.
import { toBase64 } from "./api/http";
import * as excel from "./office/excel";
import * as word from "./office/word";
import { browserSettings, officeSettings, type SettingsStore } from "./office/settings";
import { download } from "./ui/files";

export type HostKind = "excel" | "word" | "browser";

export interface WorkbookPort {
  /** True when the workbook is the one open in Excel; false when the user picks a file (browser mode). */
  readonly live: boolean;
  read(onProgress: (fraction: number) => void, signal: AbortSignal): Promise<{ bytes: Uint8Array; name: string }>;
  select(ref: excel.CellRef): Promise<void>;
  highlight(refs: excel.CellRef[]): Promise<excel.SavedFill[]>;
  clearHighlights(saved: excel.SavedFill[]): Promise<void>;
  /** Inserts the sheets of an .xlsx into the open workbook, or downloads it in browser mode; answers what was done. */
  insertWorkbook(file: Blob, fileName: string): Promise<string>;
  watch(onChange: () => void): Promise<() => Promise<void>>;
}

export interface DocumentPort {
  readonly live: boolean;
  read(onProgress: (fraction: number) => void, signal: AbortSignal): Promise<{ bytes: Uint8Array; name: string }>;
  insert(file: Blob, fileName: string, place: word.InsertPlace | "new"): Promise<string>;
  refill(values: Record<string, string>): Promise<{ filled: number; unknown: string[] }>;
  /** Word only: comments on the wrong figures and (optionally) highlights every figure read. */
  mark?(marks: word.FigureMark[], highlight: boolean): Promise<word.MarkResult>;
}

export interface PaneContext {
  host: HostKind;
  settings: SettingsStore;
  workbook: WorkbookPort;
  document: DocumentPort;
  /** Browser mode: the workbook and the report the user picked, shared by the panes. */
  picked: { workbook?: File; report?: File };
}

export function createContext(host: HostKind): PaneContext {
  const picked: PaneContext["picked"] = {};
  return {
    host,
    settings: host === "browser" ? browserSettings() : officeSettings(),
    workbook: host === "excel" ? officeWorkbook() : browserWorkbook(picked),
    document: host === "word" ? officeDocument() : browserDocument(picked),
    picked,
  };
}

/** The open Excel workbook (exported for the unit tests, which drive it with office-addin-mock). */
export function officeWorkbook(): WorkbookPort {
  return {
    live: true,
    read: async (onProgress, signal) => ({
      bytes: await excel.readWorkbook((i, n) => onProgress(i / n), signal),
      name: workbookName(),
    }),
    select: excel.selectCell,
    highlight: (refs) => excel.highlightCells(refs),
    clearHighlights: excel.clearHighlights,
    insertWorkbook: async (file) => {
      const names = await excel.insertSheets(toBase64(new Uint8Array(await file.arrayBuffer())));
      return `Đã chèn ${names.length} trang tính: ${names.join(", ")}.`;
    },
    watch: excel.watchChanges,
  };
}

function workbookName(): string {
  const url = Office.context.document.url ?? "";
  const name = decodeURIComponent(url.split(/[\\/]/).pop() ?? "");
  return name && /\.xls[xm]$/i.test(name) ? name : "bieu-mau.xlsx";
}

function browserWorkbook(picked: PaneContext["picked"]): WorkbookPort {
  return {
    live: false,
    read: async (onProgress) => {
      if (!picked.workbook) throw new Error("Chưa chọn tệp biểu mẫu (.xlsx).");
      const bytes = new Uint8Array(await picked.workbook.arrayBuffer());
      onProgress(1);
      return { bytes, name: picked.workbook.name };
    },
    select: async () => {},
    highlight: async () => [],
    clearHighlights: async () => {},
    insertWorkbook: async (file, fileName) => (download(file, fileName), `Đã tải về ${fileName}.`),
    watch: async () => async () => {},
  };
}

function officeDocument(): DocumentPort {
  return {
    live: true,
    read: async (onProgress, signal) => ({
      bytes: await word.readDocument((i, n) => onProgress(i / n), signal),
      name: "bao-cao.docx",
    }),
    insert: async (file, _name, place) => {
      const b64 = toBase64(new Uint8Array(await file.arrayBuffer()));
      if (place === "new") return (await word.openAsNewDocument(b64), "Đã mở văn bản mới trong Word.");
      await word.insertDocument(b64, place);
      return place === "replace"
        ? "Đã thay nội dung tài liệu bằng văn bản vừa tạo."
        : "Đã chèn văn bản vừa tạo vào tài liệu.";
    },
    refill: word.refillContentControls,
    mark: word.markFigures,
  };
}

function browserDocument(picked: PaneContext["picked"]): DocumentPort {
  return {
    live: false,
    read: async (onProgress) => {
      if (!picked.report) throw new Error("Chưa chọn tệp báo cáo (.docx).");
      const bytes = new Uint8Array(await picked.report.arrayBuffer());
      onProgress(1);
      return { bytes, name: picked.report.name };
    },
    insert: async (file, fileName) => (download(file, fileName), `Đã tải về ${fileName}.`),
    refill: async () => ({ filled: 0, unknown: [] }),
  };
}
