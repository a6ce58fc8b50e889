import { afterEach, describe, expect, it } from "vitest";
import {
  clearHighlights,
  highlightCells,
  HIGHLIGHT_COLOR,
  insertSheets,
  selectCell,
  watchChanges,
} from "../../src/office/excel";
import { installMock } from "./officeGlobals";

// The requirement sets this Excel supports (Office.context.requirements.isSetSupported).
function excelSupports(version: number) {
  installMock("Office", {}).context = {
    requirements: {
      isSetSupported: (name: string, v: string) => name === "ExcelApi" && Number(v.split(".")[1]) <= version,
    },
  };
}

// A workbook with two sheets. Cells are range mocks whose format.fill.color must be loaded and synced before it is
// read (office-addin-mock enforces it); what the adapter does is recorded in `log`.
function workbookMock(fills: Record<string, string>) {
  const log = {
    activated: [] as string[],
    selected: [] as string[],
    cleared: [] as string[],
    inserted: [] as Array<{ base64: string; options: unknown }>,
    handlers: [] as Array<() => Promise<void> | void>,
    removed: 0,
  };
  const sheets: Record<string, unknown> = {};
  for (const sheetName of ["Thông tin", "Đảng viên"]) {
    const ranges: Record<string, unknown> = {};
    for (const [key, color] of Object.entries(fills)) {
      const [sheet, cell] = key.split("!");
      if (sheet !== sheetName) continue;
      ranges[cell] = {
        select: () => log.selected.push(key),
        format: { fill: { color, clear: () => log.cleared.push(key) } },
      };
    }
    sheets[sheetName] = {
      ranges,
      activate: () => log.activated.push(sheetName),
      getRange(this: any, address: string) {
        if (!this.ranges[address]) throw new Error(`InvalidArgument: ${address}`);
        return this.ranges[address];
      },
    };
  }
  const data = {
    context: {
      workbook: {
        worksheets: {
          sheets,
          getItem(this: any, name: string) {
            if (!this.sheets[name]) throw new Error(`ItemNotFound: ${name}`);
            return this.sheets[name];
          },
          onChanged: {
            add: (fn: () => void) => {
              log.handlers.push(fn);
              return { context: { sync: async () => {} }, remove: () => log.removed++ };
            },
          },
        },
        insertWorksheetsFromBase64: (base64: string, options: unknown) => {
          log.inserted.push({ base64, options });
          return { value: ["Thông tin (2)", "Tổ chức đảng"] };
        },
      },
    },
    run: async function (this: any, callback: (ctx: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  return { data, log };
}

function cellFill(excel: any, sheet: string, cell: string): unknown {
  return excel.context.workbook.worksheets.sheets[sheet].ranges[cell].format.fill.color;
}

describe("Excel adapter", () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Excel;
    delete (globalThis as Record<string, unknown>).Office;
  });

  it("selectCell activates the sheet and selects the finding's cell", async () => {
    const { data, log } = workbookMock({ "Đảng viên!F14": "#FFFFFF", "Thông tin!B3": "#FFFFFF" });
    installMock("Excel", data);
    await selectCell({ sheet: "Đảng viên", cell: "F14" });
    expect(log.activated).toEqual(["Đảng viên"]);
    expect(log.selected).toEqual(["Đảng viên!F14"]);
  });

  it("selectCell on a sheet that is not there fails (the pane shows the message)", async () => {
    const { data, log } = workbookMock({ "Đảng viên!F14": "#FFFFFF" });
    installMock("Excel", data);
    await expect(selectCell({ sheet: "Biểu 01", cell: "A1" })).rejects.toThrow("ItemNotFound: Biểu 01");
    expect(log.selected).toEqual([]);
  });

  it("highlightCells paints the cells and answers their previous fills (white = none)", async () => {
    const { data } = workbookMock({ "Đảng viên!F14": "#FFFFFF", "Thông tin!B3": "#FFFF00", "Thông tin!C3": "#FFFFFF" });
    const excel = installMock("Excel", data);
    const saved = await highlightCells([
      { sheet: "Đảng viên", cell: "F14" },
      { sheet: "Thông tin", cell: "B3" },
    ]);
    expect(saved).toEqual([
      { sheet: "Đảng viên", cell: "F14", color: null },
      { sheet: "Thông tin", cell: "B3", color: "#FFFF00" },
    ]);
    expect(cellFill(excel, "Đảng viên", "F14")).toBe(HIGHLIGHT_COLOR);
    expect(cellFill(excel, "Thông tin", "B3")).toBe(HIGHLIGHT_COLOR);
    expect(cellFill(excel, "Thông tin", "C3")).not.toBe(HIGHLIGHT_COLOR); // not asked for
  });

  it("clearHighlights restores a saved colour and clears cells that had none", async () => {
    const { data, log } = workbookMock({ "Đảng viên!F14": HIGHLIGHT_COLOR, "Thông tin!B3": HIGHLIGHT_COLOR });
    const excel = installMock("Excel", data);
    await clearHighlights([
      { sheet: "Đảng viên", cell: "F14", color: null },
      { sheet: "Thông tin", cell: "B3", color: "#FFFF00" },
    ]);
    expect(log.cleared).toEqual(["Đảng viên!F14"]);
    expect(cellFill(excel, "Thông tin", "B3")).toBe("#FFFF00");
  });

  it("insertSheets inserts the template's sheets at the end and answers their names", async () => {
    const { data, log } = workbookMock({});
    installMock("Excel", data);
    excelSupports(13);
    expect(await insertSheets("UEsDBBQ=")).toEqual(["Thông tin (2)", "Tổ chức đảng"]);
    expect(log.inserted).toEqual([{ base64: "UEsDBBQ=", options: { positionType: "End" } }]);
  });

  it("insertSheets refuses, in Vietnamese, on an Excel without ExcelApi 1.13", async () => {
    const { data, log } = workbookMock({});
    installMock("Excel", data);
    excelSupports(12);
    await expect(insertSheets("UEsDBBQ=")).rejects.toThrow("cần ExcelApi 1.13");
    expect(log.inserted).toEqual([]);
  });

  it("watchChanges calls back on edits and stops when asked", async () => {
    const { data, log } = workbookMock({});
    installMock("Excel", data);
    let calls = 0;
    const stop = await watchChanges(() => calls++);
    expect(log.handlers).toHaveLength(1);
    await log.handlers[0]();
    await log.handlers[0]();
    expect(calls).toBe(2);
    await stop();
    expect(log.removed).toBe(1);
  });
});
