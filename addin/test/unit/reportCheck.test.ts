import { afterEach, describe, expect, it } from "vitest";
import type { CheckReport } from "../../src/api/documents";
import { markFigures, searchText } from "../../src/office/word";
import { commentText, figureMarks } from "../../src/panes/word/reportCheck";
import { installMock } from "./officeGlobals";

// A Word body whose search(text) answers the ranges where `text` occurs, as a RangeCollection (items readable only
// after load + sync, as office-addin-mock enforces); each range records the comments put on it and its highlight.
function bodyMock(occurrences: Record<string, number>) {
  const ranges: Record<
    string,
    Array<{ comments: string[]; font: { highlightColor: string | null }; insertComment(t: string): void }>
  > = {};
  const hits: Record<string, { items: unknown[] }> = {};
  const searched: Array<{ text: string; options: unknown }> = [];
  for (const [text, n] of Object.entries(occurrences)) {
    ranges[text] = Array.from({ length: n }, () => ({
      comments: [] as string[],
      font: { highlightColor: null as string | null },
      insertComment(t: string) {
        this.comments.push(t);
      },
    }));
    hits[text] = { items: ranges[text] };
  }
  const data = {
    context: {
      document: {
        body: {
          hits,
          search(this: { hits: Record<string, unknown> }, text: string, options: unknown) {
            searched.push({ text, options });
            return this.hits[text];
          },
        },
      },
    },
    run: async function (this: { context: unknown }, callback: (ctx: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  return { data, ranges, searched };
}

describe("Word comments on wrong figures", () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).Word);

  it("comments on the wrong figure where it was read and highlights every figure when asked", async () => {
    const { data, ranges, searched } = bodyMock({
      "82,5%": 2,
      "Hoàn thành tốt nhiệm vụ 33": 1,
      "14,3% so với tổng số": 1,
      "đã sửa": 0,
    });
    installMock("Word", data);
    const done = await markFigures(
      [
        { text: "82,5%", occurrence: 1, comment: "[Kiểm tra số liệu – REPORT_PERCENT_MISMATCH] sai" },
        { text: "Hoàn thành tốt nhiệm vụ 33", occurrence: 0 },
        { text: "14,3% so với tổng số", occurrence: 3 },
        { text: "đã sửa", occurrence: 0, comment: "x" },
      ],
      true,
    );
    expect(done).toEqual({ commented: 1, highlighted: 3, notFound: ["đã sửa"] });
    // The second "82,5%" (the one read) carries the comment; the first is untouched.
    expect(ranges["82,5%"][1].comments).toEqual(["[Kiểm tra số liệu – REPORT_PERCENT_MISMATCH] sai"]);
    expect(ranges["82,5%"][0].comments).toEqual([]);
    expect(ranges["82,5%"][0].font.highlightColor).toBeNull();
    expect(ranges["82,5%"][1].font.highlightColor).toBe("Pink");
    expect(ranges["Hoàn thành tốt nhiệm vụ 33"][0].font.highlightColor).toBe("Yellow");
    // An occurrence past the last found falls back to the last one.
    expect(ranges["14,3% so với tổng số"][0].font.highlightColor).toBe("Yellow");
    expect(searched.every((s) => (s.options as { matchCase: boolean }).matchCase)).toBe(true);
  });

  it("without highlighting only the wrong figures are touched", async () => {
    const { data, ranges } = bodyMock({ "15,0%": 1, "06 tổ chức": 1 });
    installMock("Word", data);
    const done = await markFigures([{ text: "15,0%", occurrence: 0, comment: "c" }], false);
    expect(done).toEqual({ commented: 1, highlighted: 0, notFound: [] });
    expect(ranges["15,0%"][0].font.highlightColor).toBeNull();
    expect(ranges["06 tổ chức"][0].comments).toEqual([]);
  });

  it("searches at most 255 characters, cut at a word", () => {
    const long = Array.from({ length: 80 }, (_, i) => `từ${i}`).join(" ");
    const s = searchText(long);
    expect(s.length).toBeLessThanOrEqual(255);
    expect(long.startsWith(s)).toBe(true);
    expect(long[s.length]).toBe(" ");
    expect(searchText("  82,5%\n")).toBe("82,5%");
  });
});

describe("what the pane marks", () => {
  const report: CheckReport = {
    file: "bao-cao.docx",
    readable: true,
    paragraphs: 4,
    counts: { errors: 1, warnings: 1, infos: 1 },
    statements: [
      { paragraph: 1, block: 0, sentence: "", subject: "baseOrganizations", kind: "percent", text: "82,5%" },
      {
        paragraph: 2,
        block: 0,
        sentence: "",
        subject: "members",
        kind: "levelCount",
        text: "Hoàn thành tốt nhiệm vụ 3.120 đồng chí",
      },
      { paragraph: 2, block: 0, sentence: "", subject: "members", kind: "percent", text: "82,5%" },
      { paragraph: 3, block: 0, sentence: "", subject: "members", kind: "notAResult", text: "tăng 1,2%" },
    ],
    findings: [
      { code: "REPORT_YEAR_UNKNOWN", severity: "info", message: "Không thấy năm", path: "" },
      {
        code: "REPORT_PERCENT_MISMATCH",
        severity: "error",
        message:
          "«Hoàn thành tốt nhiệm vụ 3.120 đồng chí, chiếm 82,5%»: Đảng viên – tỷ lệ ghi 82,5%, đúng phải là 73,1%.",
        path: "paragraphs[2]",
        paragraph: 2,
        figure: "82,5%",
      },
      {
        code: "REPORT_PERCENT_TRUNCATED",
        severity: "warning",
        message: "«…»: cắt bớt",
        path: "paragraphs[1]",
        paragraph: 1,
        figure: "82,5%",
      },
    ] as CheckReport["findings"],
  };

  it("puts each finding's comment on the occurrence of its figure that was read, without the quoted sentence", () => {
    const marks = figureMarks(report, false);
    expect(marks).toEqual([
      {
        text: "82,5%",
        occurrence: 1,
        comment: "[Kiểm tra số liệu – REPORT_PERCENT_MISMATCH] Đảng viên – tỷ lệ ghi 82,5%, đúng phải là 73,1%.",
      },
      { text: "82,5%", occurrence: 0, comment: "[Kiểm tra số liệu – REPORT_PERCENT_TRUNCATED] cắt bớt" },
    ]);
  });

  it("highlighting adds every other figure read, but not targets and changes", () => {
    const marks = figureMarks(report, true);
    expect(marks.map((m) => [m.text, m.occurrence, !!m.comment])).toEqual([
      ["82,5%", 1, true],
      ["82,5%", 0, true],
      ["Hoàn thành tốt nhiệm vụ 3.120 đồng chí", 0, false],
    ]);
  });

  it("a comment names the check and drops the quote", () => {
    expect(commentText("REPORT_SUM_MISMATCH", "«a: b»: Tổng sai.")).toBe(
      "[Kiểm tra số liệu – REPORT_SUM_MISMATCH] Tổng sai.",
    );
  });
});
