import { afterEach, describe, expect, it } from "vitest";
import type { FormFigure } from "../../src/api/campaignForm";
import {
  cellContents,
  formatReference,
  formNames,
  nameSelectedCell,
  parseReference,
  type CellContent,
} from "../../src/office/names";
import { figureStates, judge } from "../../src/panes/excel/tagging";
import { checkStatuses, collectMapping, normalizeTarget } from "../../src/panes/formMapping";
import { provinceWorkbook, type Cell } from "./excelNames";

const figures: FormFigure[] = [
  { name: "OR_Unit_Code", group: "Thông tin đơn vị", label: "Mã đơn vị", kind: "text", required: true },
  { name: "OR_Mem_Total", group: "V. Đảng viên", label: "Tổng số", kind: "count", required: false },
  {
    name: "OR_Mem_Excellent",
    group: "V. Đảng viên",
    label: "Hoàn thành xuất sắc nhiệm vụ: số",
    kind: "count",
    required: false,
  },
  {
    name: "OR_Mem_Pct_Excellent",
    group: "V. Đảng viên",
    label: "Hoàn thành xuất sắc nhiệm vụ: tỷ lệ (%)",
    kind: "percent",
    required: false,
  },
  {
    name: "OR_Ldr_Total",
    group: "VII. Cá nhân cán bộ lãnh đạo, quản lý",
    label: "Tổng số",
    kind: "count",
    required: false,
  },
];

const province: Record<string, Cell> = {
  "Thông tin chung!B5": { formula: "", value: "", type: "Empty" },
  "Biểu 2-ĐV!B4": { formula: "Tổng số đảng viên", value: "Tổng số đảng viên", type: "String" },
  "Biểu 2-ĐV!B6": { formula: "", value: "", type: "Empty" },
  "Biểu 2-ĐV!H6": { formula: "", value: "", type: "Empty" },
  "Biểu 2-ĐV!L6": { formula: '=IF(N(G6)=0,"",H6*100/G6)', value: "", type: "String" },
  "Biểu 2-ĐV!K6": { formula: "=SUM(B6:J6)", value: 0, type: "Double" },
};

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
});

describe("references", () => {
  it("reads and writes Excel's sheet-qualified references", () => {
    expect(parseReference("='Biểu 2-ĐV'!$B$6")).toEqual({ sheet: "Biểu 2-ĐV", cell: "B6" });
    expect(parseReference("Sheet1!$C$7:$D$7")).toEqual({ sheet: "Sheet1", cell: "C7" });
    expect(parseReference("='It''s'!A1")).toEqual({ sheet: "It's", cell: "A1" });
    expect(parseReference('="officereview.bieu-don-vi"')).toBeNull();
    expect(parseReference("=#REF!")).toBeNull();
    expect(formatReference({ sheet: "It's", cell: "AB12" })).toBe("='It''s'!$AB$12");
    expect(normalizeTarget("Biểu 2-ĐV!B6")).toBe("'Biểu 2-ĐV'!B6");
    expect(normalizeTarget("'Biểu 2-ĐV'!$H$6")).toBe("'Biểu 2-ĐV'!H6");
    expect(normalizeTarget("B6")).toBeNull();
    expect(
      collectMapping([
        { name: "OR_Mem_Total", value: "Biểu 2-ĐV!B6" },
        { name: "OR_Ldr_Total", value: "" },
        { name: "OR_Lc_Total", value: "xx" },
      ]),
    ).toEqual({ mapping: { OR_Mem_Total: "'Biểu 2-ĐV'!B6" }, invalid: ["OR_Lc_Total"] });
  });
});

describe("tagging a province's own workbook through the pane's code", () => {
  it("names each selected cell, then lists what is tagged, missing and implausible", async () => {
    const { state, refresh } = provinceWorkbook(province);
    const tag = async (sheet: string, cell: string, name: string) => {
      state.selected = `'${sheet}'!${cell}`;
      refresh();
      const at = await nameSelectedCell(name);
      refresh();
      return at;
    };
    expect(await tag("Thông tin chung", "B5", "OR_Unit_Code")).toEqual({ sheet: "Thông tin chung", cell: "B5" });
    await tag("Biểu 2-ĐV", "B4", "OR_Mem_Total"); // the header by mistake …
    await tag("Biểu 2-ĐV", "H6", "OR_Mem_Excellent");
    await tag("Biểu 2-ĐV", "L6", "OR_Mem_Pct_Excellent"); // a formula is fine for a percentage
    expect(state.names).toContainEqual({ name: "OR_Mem_Excellent", formula: "='Biểu 2-ĐV'!$H$6" });

    let names = await formNames();
    let states = figureStates(figures, names, await cellContents(names));
    const byName = Object.fromEntries(states.map((s) => [s.figure.name, s]));
    expect(byName.OR_Mem_Total.status).toBe("implausible");
    expect(byName.OR_Mem_Total.problem).toContain("Tổng số đảng viên");
    expect(byName.OR_Mem_Pct_Excellent.status).toBe("ok");
    expect(byName.OR_Ldr_Total.status).toBe("missing");

    await tag("Biểu 2-ĐV", "B6", "OR_Mem_Total"); // … moved to the figure's cell: the old name goes
    names = await formNames();
    expect(names.filter((n) => n.name === "OR_Mem_Total")).toEqual([
      { name: "OR_Mem_Total", sheet: "Biểu 2-ĐV", cell: "B6" },
    ]);
    states = figureStates(figures, names, await cellContents(names));
    expect(states.filter((s) => s.status === "ok").map((s) => s.figure.name)).toEqual([
      "OR_Unit_Code",
      "OR_Mem_Total",
      "OR_Mem_Excellent",
      "OR_Mem_Pct_Excellent",
    ]);
  });

  it("calls a formula in a typed cell and two names on one cell implausible", async () => {
    const formula: CellContent = { sheet: "Biểu 2-ĐV", cell: "K6", formula: true, value: 0, type: "Double" };
    expect(judge(figures[1], formula)).toContain("công thức");
    expect(judge(figures[3], formula)).toBeNull();
    const states = figureStates(
      figures,
      [
        { name: "OR_Mem_Total", sheet: "Biểu 2-ĐV", cell: "B6" },
        { name: "OR_Mem_Excellent", sheet: "Biểu 2-ĐV", cell: "B6" },
      ],
      [],
    );
    expect(states.filter((s) => s.problem?.includes("nhiều tên")).map((s) => s.figure.name)).toEqual([
      "OR_Mem_Total",
      "OR_Mem_Excellent",
    ]);
  });
});

describe("the mapping grid's state of each figure, from the stored form's check", () => {
  it("marks a figure implausible only for the findings at its own cell, with the message without the file prefix", () => {
    const at = (name: string, sheet: string, cell: string) => ({
      name,
      group: "V. Đảng viên",
      label: name,
      sheet,
      cell,
    });
    const statuses = checkStatuses({
      campaign: "c",
      fileName: "bieu.xlsx",
      sha256: "x",
      size: 1,
      uploadedAt: "2026-01-05T08:00:00Z",
      check: {
        tagged: [
          at("OR_Mem_Total", "TH đảng viên", "B5"),
          at("OR_Mem_Rated", "TH đảng viên", "G5"),
          at("OR_Mem_Good", "It's", "I5"),
          at("OR_Mem_Complete", "It's", "I5"),
        ],
        missing: [],
        findings: [
          {
            code: "FORM_FORMULA_IN_INPUT",
            severity: "warning",
            path: "",
            sheet: "TH đảng viên",
            cell: "G5",
            message:
              'Tệp bieu.xlsx, trang "TH đảng viên", ô G5 (OR_Mem_Rated: V. Đảng viên › Được đánh giá): ô có công thức =B5-C5 trong khi đơn vị phải nhập số liệu vào đây.',
          },
          {
            code: "FORM_NAME_SHARED_CELL",
            severity: "warning",
            path: "",
            sheet: "It's",
            cell: "I5",
            message: 'Tệp bieu.xlsx, trang "It\'s", ô I5 mang nhiều tên vùng (OR_Mem_Good, OR_Mem_Complete).',
          },
          { code: "FORM_NAMES_MISSING", severity: "info", path: "", message: "VII. … chưa gắn tên chỉ tiêu nào." },
        ],
      },
    });
    expect(statuses.get("OR_Mem_Total")).toEqual({ status: "tagged", at: "'TH đảng viên'!B5" });
    expect(statuses.get("OR_Mem_Rated")).toEqual({
      status: "implausible",
      at: "'TH đảng viên'!G5",
      problem: "ô có công thức =B5-C5 trong khi đơn vị phải nhập số liệu vào đây.",
    });
    expect(statuses.get("OR_Mem_Good")?.status).toBe("implausible");
    expect(statuses.get("OR_Mem_Complete")?.at).toBe("'It''s'!I5");
    expect(statuses.has("OR_Ldr_Total")).toBe(false);
  });
});
