// What the tagging pane asks of Excel: the OR_* names of the open workbook, the selected cell, adding a name to it,
// and what the named cells hold. Nothing else in the tagging pane calls Office.js.
import type { CellRef } from "./excel";

export interface NamedCell extends CellRef {
  name: string;
}

export interface CellContent extends CellRef {
  /** The cell holds a formula (its text starts with "="). */
  formula: boolean;
  /** The value as Excel shows it (text for text cells). */
  value: unknown;
  /** Excel's type of the value: "String", "Double", "Empty", "Boolean", "Error". */
  type: string;
}

/** "='Biểu 2-ĐV'!$B$6" or "Sheet1!$C$7:$D$7" → sheet and first cell; null for anything else (constants, #REF!). */
export function parseReference(formula: string): CellRef | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!'"]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?[A-Z]{1,3}\$?\d+)?$/i.exec(formula.trim());
  if (!m) return null;
  const sheet = (m[1] ?? m[2]).replace(/''/g, "'");
  return { sheet, cell: `${m[3].toUpperCase()}${m[4]}` };
}

export function formatReference(ref: CellRef): string {
  const col = /^[A-Z]+/.exec(ref.cell)![0];
  const row = ref.cell.slice(col.length);
  return `='${ref.sheet.replace(/'/g, "''")}'!$${col}$${row}`;
}

/** The workbook-level names starting with OR_ and the cell each points at (broken ones are left out). */
export async function formNames(): Promise<NamedCell[]> {
  return Excel.run(async (context) => {
    const names = context.workbook.names;
    names.load("items"); // every name with its scalar properties (name, formula)
    await context.sync();
    const out: NamedCell[] = [];
    for (const n of names.items) {
      if (!/^OR_/i.test(n.name)) continue;
      const ref = parseReference(String(n.formula ?? ""));
      if (ref) out.push({ name: n.name, ...ref });
    }
    return out;
  });
}

/** The first cell of the selection. */
export async function selectedCell(): Promise<CellRef> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address");
    await context.sync();
    const ref = parseReference(range.address);
    if (!ref) throw new Error(`Không đọc được ô đang chọn (${range.address}).`);
    return ref;
  });
}

/** Gives the selected cell the name (a name already there is moved); answers the cell. */
export async function nameSelectedCell(name: string): Promise<CellRef> {
  const ref = await selectedCell();
  await Excel.run(async (context) => {
    const names = context.workbook.names;
    names.load("items");
    await context.sync();
    const existing = names.items.find((n) => n.name.toUpperCase() === name.toUpperCase());
    if (existing) names.getItem(existing.name).delete();
    names.add(name, formatReference(ref), "OfficeReview");
    await context.sync();
  });
  return ref;
}

/** What each cell holds (formula or value, and its type). */
export async function cellContents(refs: CellRef[]): Promise<CellContent[]> {
  if (refs.length === 0) return [];
  return Excel.run(async (context) => {
    const ranges = refs.map((r) => {
      const range = context.workbook.worksheets.getItem(r.sheet).getRange(r.cell);
      range.load("formulas,values,valueTypes");
      return { r, range };
    });
    await context.sync();
    return ranges.map(({ r, range }) => ({
      ...r,
      formula: typeof range.formulas[0][0] === "string" && String(range.formulas[0][0]).startsWith("="),
      value: range.values[0][0],
      type: String(range.valueTypes[0][0]),
    }));
  });
}
