import { afterEach, describe, expect, it, vi } from "vitest";
import type { ScoreCheck } from "../../src/api/forms";
import { officeWorkbook } from "../../src/host";
import {
  checkScoreSheet,
  insertScoreSheet,
  levelName,
  SCORE_RECHECK_DELAY_MS,
  watchScoreSheet,
  type ScoreApi,
} from "../../src/panes/excel/scores";
import { fileDocument, installMock } from "./officeGlobals";

// The Excel side of the scoring workbook, through the real Office adapter (host.ts → office/excel.ts) driven by
// office-addin-mock: the open workbook is read (getFileAsync), the service (recorded here) answers, the sheets are
// inserted (insertWorksheetsFromBase64), and edits trigger a debounced re-check (worksheets.onChanged).
const OPEN = new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]);

function excel() {
  const log = { inserted: [] as string[], handlers: [] as Array<() => unknown>, removed: 0 };
  installMock("Excel", {
    context: {
      workbook: {
        worksheets: {
          onChanged: {
            add: (fn: () => unknown) => (
              log.handlers.push(fn), { context: { sync: async () => {} }, remove: () => log.removed++ }
            ),
          },
        },
        insertWorksheetsFromBase64: (base64: string) => (
          log.inserted.push(base64), { value: ["Bảng điểm", "Khung điểm"] }
        ),
      },
    },
    run: async function (this: any, callback: (ctx: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  });
  const office = installMock("Office", {});
  office.context = {
    requirements: { isSetSupported: (name: string, v: string) => name === "ExcelApi" && Number(v.split(".")[1]) <= 13 },
    document: { ...fileDocument(OPEN, 4).document, url: "C:\\Users\\a\\chi-bo-thon-1.xlsx" },
  };
  return log;
}

function service(answer?: ScoreCheck) {
  const calls: Array<{ kind: string; bytes: number[]; name: string }> = [];
  const api: ScoreApi = {
    download: async (bytes, name) => {
      calls.push({ kind: "download", bytes: Array.from(bytes as Uint8Array), name });
      return { blob: new Blob([new Uint8Array([1, 2, 3])]), fileName: "bang-diem.xlsx" };
    },
    check: async (bytes, name) => {
      calls.push({ kind: "check", bytes: Array.from(bytes as Uint8Array), name });
      return answer!;
    },
  };
  return { api, calls };
}

describe("Bảng điểm in the Excel pane", () => {
  afterEach(() => {
    vi.useRealTimers();
    delete (globalThis as Record<string, unknown>).Excel;
    delete (globalThis as Record<string, unknown>).Office;
  });

  it("sends the open workbook and inserts the scoring sheets the service answers", async () => {
    const log = excel();
    const { api, calls } = service();
    const message = await insertScoreSheet(officeWorkbook(), api);
    expect(calls).toEqual([{ kind: "download", bytes: Array.from(OPEN), name: "chi-bo-thon-1.xlsx" }]);
    expect(log.inserted).toEqual(["AQID"]); // base64 of the answered bytes 1, 2, 3
    expect(message).toBe("Đã chèn 2 trang tính: Bảng điểm, Khung điểm.");
  });

  it("checks the sheet: the findings keep their sheet and cell", async () => {
    excel();
    const answer: ScoreCheck = {
      file: "chi-bo-thon-1.xlsx",
      readable: true,
      counts: { errors: 1, warnings: 0, infos: 0 },
      findings: [
        {
          code: "SCORE_POINTS_OUT_OF_RANGE",
          severity: "error",
          message: "Bảng điểm!F7: …",
          path: "scores[0].G1",
          sheet: "Bảng điểm",
          cell: "F7",
        },
      ],
      rows: [{ name: "Nguyễn Thị Hoa", form: "2B", total: 87, highest: "good" }],
    };
    const { api, calls } = service(answer);
    const report = await checkScoreSheet(officeWorkbook(), api);
    expect(calls.map((c) => c.kind)).toEqual(["check"]);
    expect(calls[0].bytes).toEqual(Array.from(OPEN));
    expect(report.findings[0]).toMatchObject({ sheet: "Bảng điểm", cell: "F7" });
    expect(levelName(report.rows[0].highest)).toBe("HTTNV");
  });

  it("re-checks once after a burst of edits, and stops watching when asked", async () => {
    vi.useFakeTimers();
    const log = excel();
    let checks = 0;
    const stop = await watchScoreSheet(officeWorkbook(), () => checks++);
    expect(log.handlers).toHaveLength(1);
    await log.handlers[0]();
    await vi.advanceTimersByTimeAsync(SCORE_RECHECK_DELAY_MS - 1);
    await log.handlers[0](); // another edit before the delay: the timer restarts
    await vi.advanceTimersByTimeAsync(SCORE_RECHECK_DELAY_MS - 1);
    expect(checks).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(checks).toBe(1);
    await log.handlers[0]();
    await stop();
    await vi.advanceTimersByTimeAsync(SCORE_RECHECK_DELAY_MS * 2);
    expect(checks).toBe(1); // the pending re-check was cancelled
    expect(log.removed).toBe(1);
  });
});
