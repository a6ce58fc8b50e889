// Nộp: submit the workbook for the chosen campaign and unit; show the receipt (time, SHA-256, status).
import { submitWorkbook, type Receipt } from "../../api/campaigns";
import type { PaneContext } from "../../host";
import { count, dateTime, h, messageBar, show } from "../../ui/dom";
import { fileDrop } from "../../ui/files";
import { runOperation } from "../../ui/operation";
import { findingList } from "../findings";
import { campaignPicker } from "./campaignPicker";

export function submitPane(ctx: PaneContext): HTMLElement {
  const status = h("div", { class: "status" });
  const receipt = h("div", { class: "receipt-slot", "data-testid": "receipt" });
  const picked = h("p", { class: "picked" }, ctx.picked.workbook?.name ?? "");
  const submitButton = h("button", { class: "btn btn-primary", type: "button", "data-testid": "submit", disabled: true, onclick: () => submit() }, "Nộp biểu");
  const picker = campaignPicker(ctx, update);

  function update() {
    const c = picker.choice();
    submitButton.disabled = !c.campaign || !c.unit || (!ctx.workbook.live && !ctx.picked.workbook);
  }

  async function submit() {
    const { campaign, unit } = picker.choice();
    if (!campaign || !unit) return;
    const r = await runOperation(status, "Nộp biểu", async (op) => {
      const file = await ctx.workbook.read((f) => op.progress(f * 0.2, "đọc sổ tính"), op.signal);
      return submitWorkbook(campaign, unit, file.bytes, file.name, {
        signal: op.signal,
        onProgress: (phase, l, n) => op.progress(phase === "upload" && n ? 0.2 + (0.75 * l) / n : 0.95, "gửi lên máy chủ"),
      });
    });
    if (r) show(receipt, receiptCard(r));
  }

  const pick = ctx.workbook.live ? null : fileDrop({
    label: "Chọn hoặc kéo thả biểu cần nộp (.xlsx)",
    accept: ".xlsx,.xlsm,.json",
    testId: "submit-file",
    onFiles: ([f]) => ((ctx.picked.workbook = f), (picked.textContent = f.name), update()),
  });

  void picker.reload();
  return h("section", { class: "pane", "aria-labelledby": "submit-title" },
    h("h2", { id: "submit-title" }, "Nộp cho cấp trên"),
    picker.element, pick, picked,
    h("div", { class: "actions" }, submitButton),
    status, receipt);
}

export function receiptCard(r: Receipt): HTMLElement {
  const ok = /hợp lệ|valid/i.test(r.status) && !/lỗi|invalid/i.test(r.status);
  return h("div", { class: "receipt" },
    messageBar(ok ? "success" : "warning", `Đã nộp: ${r.status}`),
    h("dl", {},
      h("dt", {}, "Đơn vị"), h("dd", {}, r.unit),
      h("dt", {}, "Thời điểm"), h("dd", {}, dateTime(r.submittedAt)),
      h("dt", {}, "SHA-256"), h("dd", { class: "hash", title: r.sha256 }, r.sha256),
      r.errors !== undefined ? [h("dt", {}, "Lỗi"), h("dd", {}, count(r.errors))] : null),
    r.findings?.length ? findingList(r.findings) : null);
}
