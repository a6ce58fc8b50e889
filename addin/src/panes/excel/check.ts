// Kiểm tra: send the workbook to /api/validate, list the findings by sheet, select / highlight their cells,
// re-check on demand and (in Excel) after edits, debounced.
import { validateFile, type Finding, type ValidationReport } from "../../api/validate";
import type { PaneContext } from "../../host";
import type { SavedFill } from "../../office/excel";
import { h, messageBar, show } from "../../ui/dom";
import { fileDrop } from "../../ui/files";
import { runOperation } from "../../ui/operation";
import { findingList, summary } from "../findings";

export const RECHECK_DELAY_MS = 2500;
const HIGHLIGHTS_KEY = "highlights";

export function checkPane(ctx: PaneContext, shared: { lastReport?: ValidationReport }): HTMLElement {
  const status = h("div", { class: "status" });
  const results = h("div", { class: "results", "data-testid": "check-results" });
  const picked = h(
    "p",
    { class: "picked", "data-testid": "picked-workbook" },
    ctx.picked.workbook ? ctx.picked.workbook.name : "",
  );
  const checkButton = h(
    "button",
    {
      class: "btn btn-primary",
      type: "button",
      "data-testid": "check",
      disabled: !ctx.workbook.live && !ctx.picked.workbook,
      onclick: () => check(),
    },
    "Kiểm tra ngay",
  );
  const highlightButton = h(
    "button",
    { class: "btn", type: "button", disabled: true, onclick: () => highlight() },
    "Tô màu ô lỗi",
  );
  const clearButton = h(
    "button",
    {
      class: "btn",
      type: "button",
      disabled: !ctx.settings.get<SavedFill[]>(HIGHLIGHTS_KEY)?.length,
      onclick: () => clearHighlight(),
    },
    "Bỏ tô màu",
  );
  const auto = h("input", {
    type: "checkbox",
    id: "auto-check",
    checked: ctx.settings.get<boolean>("autoCheck") ?? false,
  });
  let stopWatching: (() => Promise<void>) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let checking = false;

  async function check() {
    if (checking) return;
    checking = true;
    checkButton.disabled = true;
    try {
      const report = await runOperation(status, "Kiểm tra biểu", async (op) => {
        op.progress(0, "đọc sổ tính");
        const file = await ctx.workbook.read((f) => op.progress(f * 0.3, "đọc sổ tính"), op.signal);
        op.progress(0.3, "gửi lên máy chủ");
        return validateFile(file.bytes, file.name, {
          signal: op.signal,
          onProgress: (phase, loaded, total) =>
            op.progress(
              phase === "upload" && total ? 0.3 + (0.6 * loaded) / total : 0.95,
              phase === "upload" ? "gửi lên máy chủ" : "nhận kết quả",
            ),
        });
      });
      if (report) render(report);
    } finally {
      checking = false;
      checkButton.disabled = !ctx.workbook.live && !ctx.picked.workbook;
    }
  }

  function render(report: ValidationReport) {
    shared.lastReport = report;
    const cells = report.findings.filter((f) => f.sheet && f.cell && f.severity === "error");
    highlightButton.disabled = !ctx.workbook.live || cells.length === 0;
    const head = report.readable
      ? messageBar(
          report.counts.errors ? "error" : report.counts.warnings ? "warning" : "success",
          report.counts.errors
            ? `${report.file}: có lỗi cần sửa.`
            : report.counts.warnings
              ? `${report.file}: hợp lệ, có cảnh báo.`
              : `${report.file}: hợp lệ.`,
        )
      : messageBar("error", `Không đọc được ${report.file}.`);
    const meta = [
      report.unit,
      report.year ? `năm ${report.year}` : null,
      report.ruleset ? `quy định ${report.ruleset}` : null,
    ]
      .filter(Boolean)
      .join(" · ");
    show(
      results,
      head,
      meta ? h("p", { class: "meta" }, meta) : null,
      summary(report.counts),
      findingList(report.findings, ctx.workbook.live ? select : undefined),
    );
  }

  async function select(f: Finding) {
    if (!f.sheet || !f.cell) return;
    await runOperation(status, `Chọn ô ${f.sheet}!${f.cell}`, () =>
      ctx.workbook.select({ sheet: f.sheet!, cell: f.cell! }),
    );
  }

  async function highlight() {
    const cells = (shared.lastReport?.findings ?? [])
      .filter((f) => f.sheet && f.cell && f.severity === "error")
      .map((f) => ({ sheet: f.sheet!, cell: f.cell! }));
    await clearHighlight(); // never stack highlights: the saved fills must be the user's own
    const saved = await runOperation(status, "Tô màu ô lỗi", () => ctx.workbook.highlight(unique(cells)));
    if (saved) {
      await ctx.settings.set(HIGHLIGHTS_KEY, saved);
      clearButton.disabled = saved.length === 0;
      show(status, messageBar("info", `Đã tô màu ${saved.length} ô có lỗi. Bấm "Bỏ tô màu" để trả lại màu cũ.`));
    }
  }

  async function clearHighlight() {
    const saved = ctx.settings.get<SavedFill[]>(HIGHLIGHTS_KEY) ?? [];
    if (saved.length === 0) return;
    const ok = await runOperation(status, "Bỏ tô màu", async () => (await ctx.workbook.clearHighlights(saved), true));
    if (ok) {
      await ctx.settings.remove(HIGHLIGHTS_KEY);
      clearButton.disabled = true;
    }
  }

  async function setAuto(on: boolean) {
    await ctx.settings.set("autoCheck", on);
    if (on && !stopWatching) stopWatching = await ctx.workbook.watch(schedule);
    if (!on && stopWatching) await stopWatching(), (stopWatching = undefined);
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), RECHECK_DELAY_MS);
  }

  auto.addEventListener(
    "change",
    () => void setAuto(auto.checked).catch((e) => show(status, messageBar("error", String(e)))),
  );
  if (ctx.workbook.live && auto.checked) void setAuto(true).catch(() => {});

  const pick = ctx.workbook.live
    ? null
    : fileDrop({
        label: "Chọn hoặc kéo thả biểu mẫu (.xlsx) hay báo cáo (.json)",
        accept: ".xlsx,.xlsm,.json",
        testId: "workbook-file",
        onFiles: ([file]) => {
          ctx.picked.workbook = file;
          picked.textContent = file.name;
          checkButton.disabled = false;
          void check();
        },
      });

  if (shared.lastReport) render(shared.lastReport);
  return h(
    "section",
    { class: "pane", "aria-labelledby": "check-title" },
    h("h2", { id: "check-title" }, "Kiểm tra"),
    pick,
    picked,
    h(
      "div",
      { class: "actions" },
      checkButton,
      ctx.workbook.live ? highlightButton : null,
      ctx.workbook.live ? clearButton : null,
    ),
    ctx.workbook.live ? h("label", { class: "check", for: "auto-check" }, auto, "Tự kiểm tra lại sau khi sửa") : null,
    status,
    results,
  );
}

function unique(cells: { sheet: string; cell: string }[]) {
  const seen = new Set<string>();
  return cells.filter((c) => !seen.has(`${c.sheet}!${c.cell}`) && (seen.add(`${c.sheet}!${c.cell}`), true));
}
