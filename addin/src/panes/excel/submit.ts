// Nộp: submit the workbook for the chosen campaign and unit; show the receipt (time, SHA-256, status).
import { submissionStatus, submitWorkbook, type Submission } from "../../api/campaigns";
import type { PaneContext } from "../../host";
import { count, dateTime, h, messageBar, show } from "../../ui/dom";
import { fileDrop } from "../../ui/files";
import { runOperation } from "../../ui/operation";
import { findingList } from "../findings";
import { campaignPicker } from "./campaignPicker";

export function submitPane(ctx: PaneContext): HTMLElement {
  const status = h("div", { class: "status" });
  const receipt = h("div", { class: "receipt-slot", "data-testid": "receipt" });
  const picked = h("p", { class: "picked", "data-testid": "submit-picked" }, ctx.picked.workbook?.name ?? "");
  const submitButton = h(
    "button",
    { class: "btn btn-primary", type: "button", "data-testid": "submit", disabled: true, onclick: () => submit() },
    "Nộp biểu",
  );
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
        onProgress: (phase, l, n) =>
          op.progress(phase === "upload" && n ? 0.2 + (0.75 * l) / n : 0.95, "gửi lên máy chủ"),
      });
    });
    if (r) {
      show(receipt, receiptCard(r, select));
      await ctx.settings.set("lastReceipt", { ...r, findings: undefined }).catch(() => {});
    }
  }

  const select = ctx.workbook.live
    ? (f: { sheet?: string | null; cell?: string | null }) =>
        void ctx.workbook.select({ sheet: f.sheet!, cell: f.cell! }).catch(() => {})
    : undefined;
  // The last receipt stays with the document: reopening the pane shows what was submitted, and when.
  const last = ctx.settings.get<Submission>("lastReceipt");
  if (last && ctx.workbook.live) show(receipt, h("h3", {}, "Lần nộp gần nhất"), receiptCard(last));

  const pick = ctx.workbook.live
    ? null
    : fileDrop({
        label: "Chọn hoặc kéo thả biểu cần nộp (.xlsx)",
        accept: ".xlsx,.xlsm,.json",
        testId: "submit-file",
        onFiles: ([f]) => ((ctx.picked.workbook = f), (picked.textContent = f.name), update()),
      });

  void picker.reload();
  return h(
    "section",
    { class: "pane", "aria-labelledby": "submit-title" },
    h("h2", { id: "submit-title" }, "Nộp cho cấp trên"),
    picker.element,
    pick,
    picked,
    h("div", { class: "actions" }, submitButton),
    status,
    receipt,
  );
}

export function receiptCard(r: Submission, onSelect?: Parameters<typeof findingList>[1]): HTMLElement {
  const text = submissionStatus(r);
  const ok = r.readable && r.errors === 0 && !r.late;
  return h(
    "div",
    { class: "receipt", "data-testid": "receipt-card" },
    messageBar(
      ok ? "success" : "warning",
      r.created === false ? `${text} (nội dung này đã nộp trước đó).` : `${text}.`,
    ),
    h(
      "dl",
      {},
      h("dt", {}, "Đơn vị"),
      h("dd", {}, r.unitName ? `${r.unitName} (${r.unit})` : r.unit),
      h("dt", {}, "Thời điểm"),
      h("dd", { "data-testid": "receipt-time" }, dateTime(r.receivedAt)),
      h("dt", {}, "Lần nộp"),
      h("dd", {}, count(r.version)),
      h("dt", {}, "Tệp"),
      h("dd", {}, r.fileName),
      h("dt", {}, "SHA-256"),
      h("dd", { class: "hash", "data-testid": "receipt-hash", title: r.sha256 }, r.sha256),
      h("dt", {}, "Lỗi"),
      h("dd", {}, `${count(r.errors)} lỗi, ${count(r.warnings)} cảnh báo`),
    ),
    r.findings?.length ? findingList(r.findings, onSelect) : null,
  );
}
