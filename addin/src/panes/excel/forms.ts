// Biểu mẫu: insert the official sheets into the open workbook, or download a blank workbook.
import { downloadTemplate, TEMPLATES } from "../../api/templates";
import type { PaneContext } from "../../host";
import { h, messageBar, show } from "../../ui/dom";
import { download } from "../../ui/files";
import { runOperation } from "../../ui/operation";

export function formsPane(ctx: PaneContext): HTMLElement {
  const status = h("div", { class: "status" });
  const items = TEMPLATES.map((t) =>
    h("li", { class: "card" },
      h("div", { class: "card-title" }, t.title),
      h("div", { class: "actions" },
        ctx.workbook.live
          ? h("button", { class: "btn btn-primary", type: "button", onclick: () => insert(t.name) }, "Chèn vào sổ tính")
          : null,
        h("button", { class: ctx.workbook.live ? "btn" : "btn btn-primary", type: "button", "data-testid": `template-${t.name}`, onclick: () => save(t.name) }, "Tải biểu trống"))));

  async function insert(name: string) {
    const result = await runOperation(status, "Chèn biểu mẫu", async (op) => {
      const t = await downloadTemplate(name, { signal: op.signal });
      op.progress(null, "đang chèn các trang tính");
      return ctx.workbook.insertWorkbook(t.blob, t.fileName);
    });
    if (result) show(status, messageBar("success", result));
  }

  async function save(name: string) {
    const t = await runOperation(status, "Tải biểu mẫu", (op) =>
      downloadTemplate(name, { signal: op.signal, onProgress: (_p, l, n) => op.progress(n ? l / n : null) }));
    if (t) (download(t.blob, t.fileName), show(status, messageBar("success", `Đã tải về ${t.fileName}.`)));
  }

  return h("section", { class: "pane", "aria-labelledby": "forms-title" },
    h("h2", { id: "forms-title" }, "Biểu mẫu"),
    h("p", { class: "hint" }, ctx.workbook.live
      ? "Chèn các trang tính chính thức (Thông tin, Tổ chức đảng, Đảng viên, Tập thể lãnh đạo, Danh sách) vào sổ tính đang mở, hoặc tải một sổ tính trống."
      : "Tải biểu trống về máy, điền trong Excel hoặc LibreOffice, rồi mở thẻ Kiểm tra để kiểm tra."),
    h("ul", { class: "cards" }, items),
    status);
}
