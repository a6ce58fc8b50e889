// Everything the Word pane asks of Word. Each export is one user action; nothing else in the pane calls Office.js.
import { readDocumentFile } from "./file";

export type InsertPlace = "replace" | "end" | "selection";

/** The open document as .docx bytes (for the report checker and sign-off). */
export function readDocument(
  onProgress?: (slice: number, slices: number) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  return readDocumentFile(onProgress, signal);
}

/** Inserts a generated .docx into the open document: replacing its body, at its end or at the selection. */
export async function insertDocument(base64: string, place: InsertPlace): Promise<void> {
  await Word.run(async (context) => {
    if (place === "selection")
      context.document.getSelection().insertFileFromBase64(base64, Word.InsertLocation.replace);
    else
      context.document.body.insertFileFromBase64(
        base64,
        place === "replace" ? Word.InsertLocation.replace : Word.InsertLocation.end,
      );
    await context.sync();
  });
}

/** Opens a generated .docx as a new Word document (left open for the last edits). */
export async function openAsNewDocument(base64: string): Promise<void> {
  await Word.run(async (context) => {
    context.application.createDocument(base64).open();
    await context.sync();
  });
}

/** The tags of the content controls of the open document, in order (the template's fields). */
export async function listFieldTags(): Promise<string[]> {
  return Word.run(async (context) => {
    const controls = context.document.contentControls;
    controls.load("items");
    await context.sync();
    return controls.items.map((c) => c.tag).filter((t) => !!t);
  });
}

/**
 * Re-fills the plain-text content controls whose tag is a key of `values` (after the data changed);
 * answers how many were filled and the tags found in the document that had no value.
 */
export async function refillContentControls(
  values: Record<string, string>,
): Promise<{ filled: number; unknown: string[] }> {
  return Word.run(async (context) => {
    const controls = context.document.contentControls;
    controls.load("items");
    await context.sync();
    let filled = 0;
    const unknown: string[] = [];
    for (const c of controls.items) {
      if (!c.tag) continue;
      if (Object.hasOwn(values, c.tag)) {
        c.insertText(values[c.tag], Word.InsertLocation.replace);
        filled++;
      } else if (!unknown.includes(c.tag)) unknown.push(c.tag);
    }
    await context.sync();
    return { filled, unknown };
  });
}

/** A figure of the report to find in the open document: its words, which of the equal ones it is, and a comment to put on it (for a wrong figure). */
export interface FigureMark {
  text: string;
  /** 0 for the first place these words occur in the document, 1 for the second… */
  occurrence: number;
  comment?: string;
}

export interface MarkResult {
  commented: number;
  highlighted: number;
  /** The words that were not found in the document (edited since the check). */
  notFound: string[];
}

/** Word's search takes at most 255 characters: a longer figure is found by its first words. */
export function searchText(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= 255 ? t : t.slice(0, 255).replace(/\s+\S*$/, "");
}

/**
 * Puts a Word comment on each wrong figure (Range.insertComment, WordApi 1.4) and, when `highlight`, colours every
 * figure read (yellow; the wrong ones pink), so the drafter fixes them where they stand. Figures are found with
 * Body.search (case-sensitive); all searches go in one sync, all edits in a second.
 */
export async function markFigures(marks: FigureMark[], highlight: boolean): Promise<MarkResult> {
  return Word.run(async (context) => {
    const body = context.document.body;
    const found = marks.map((m) => {
      const ranges = body.search(searchText(m.text), { matchCase: true });
      ranges.load("items");
      return ranges;
    });
    await context.sync();
    const result: MarkResult = { commented: 0, highlighted: 0, notFound: [] };
    marks.forEach((m, i) => {
      const range = found[i].items[m.occurrence] ?? found[i].items[found[i].items.length - 1];
      if (!range) {
        result.notFound.push(m.text);
        return;
      }
      if (m.comment) {
        range.insertComment(m.comment);
        result.commented++;
      }
      if (highlight) {
        range.font.highlightColor = m.comment ? "Pink" : "Yellow";
        result.highlighted++;
      }
    });
    await context.sync();
    return result;
  });
}
