// Kiểm tra số liệu: send the open report (or a picked .docx/.txt) to /api/check-report and list what is wrong.
import { checkReport, type CheckReport } from "../../api/documents";
import type { PaneContext } from "../../host";
import { count, h, messageBar, show } from "../../ui/dom";
import { fileDrop } from "../../ui/files";
import { runOperation } from "../../ui/operation";
import { findingList, summary } from "../findings";

export function reportCheckPane(ctx: PaneContext): HTMLElement {
  const status = h("div", { class: "status" });
  const results = h("div", { class: "results", "data-testid": "report-check-results" });
  const picked = h("p", { class: "picked" }, ctx.picked.report?.name ?? "");
  const button = h("button", { class: "btn btn-primary", type: "button", "data-testid": "check-report", disabled: !ctx.document.live && !ctx.picked.report, onclick: () => run() }, "Kiểm tra số liệu");

  async function run() {
    const r = await runOperation(status, "Kiểm tra số liệu báo cáo", async (op) => {
      const doc = await ctx.document.read((f) => op.progress(f * 0.3, "đọc tài liệu"), op.signal);
      return checkReport(new Blob([doc.bytes as BlobPart]), doc.name, { signal: op.signal });
    });
    if (r) render(r);
  }

  function render(r: CheckReport) {
    const head = !r.readable
      ? messageBar("error", `Không đọc được ${r.file}.`)
      : r.counts.errors
        ? messageBar("error", `${r.file}: ${count(r.counts.errors)} chỗ số liệu chưa đúng.`)
        : messageBar("success", `${r.file}: ${count(r.statements.length)} số liệu đều khớp.`);
    show(results, head, r.readable ? h("p", { class: "meta" }, `${count(r.paragraphs)} đoạn, ${count(r.statements.length)} số liệu${r.year ? `, năm ${r.year}` : ""}${r.ruleset ? `, quy định ${r.ruleset}` : ""}`) : null,
      summary(r.counts), findingList(r.findings));
  }

  return h("section", { class: "pane", "aria-labelledby": "rc-title" },
    h("h2", { id: "rc-title" }, "Kiểm tra số liệu báo cáo"),
    h("p", { class: "hint" }, "Đối chiếu từng con số trong báo cáo: phép cộng, tỷ lệ phần trăm và mẫu số, tổng theo khối, tỷ lệ hoàn thành xuất sắc."),
    ctx.document.live ? null : fileDrop({ label: "Chọn hoặc kéo thả báo cáo (.docx, .txt)", accept: ".docx,.txt", testId: "report-file", onFiles: ([f]) => {
      ctx.picked.report = f;
      picked.textContent = f.name;
      button.disabled = false;
      void run();
    } }),
    picked,
    h("div", { class: "actions" }, button),
    status, results);
}
