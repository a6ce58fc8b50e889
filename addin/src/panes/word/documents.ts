// Văn bản: choose Kế hoạch / Công văn / Báo cáo / Thông báo, fill the metadata, generate, insert or open it,
// re-fill the fields of the open document, approve (sign-off).
import { approveDocument, DOCUMENT_KINDS, generateDocument, type DocumentKind, type DocumentMeta } from "../../api/documents";
import type { PaneContext } from "../../host";
import { dateTime, h, messageBar, show } from "../../ui/dom";
import { download, fileDrop } from "../../ui/files";
import { formValues, persistForm } from "../../ui/formState";
import { runOperation } from "../../ui/operation";

/** The content-control tags the metadata fills (the Word templates' field names). */
export const META_TAGS: Record<keyof DocumentMeta, string> = {
  superior: "superior",
  issuer: "issuer",
  number: "number",
  place: "place",
  date: "date",
  title: "title",
  signerAuthority: "signer.authority",
  signerTitle: "signer.title",
  signerName: "signer.name",
  recipients: "recipients",
};

export function documentsPane(ctx: PaneContext): HTMLElement {
  const status = h("div", { class: "status" });
  const output = h("div", { class: "results", "data-testid": "document-result" });
  const dataName = h("p", { class: "picked", "data-testid": "data-file" });
  let data: unknown = null;
  let generated: { blob: Blob; fileName: string; kind: DocumentKind } | undefined;

  const field = (name: string, label: string, attrs: Record<string, string> = {}) =>
    h("div", { class: "field" }, h("label", { for: `meta-${name}` }, label), h("input", { id: `meta-${name}`, name, ...attrs }));
  const kinds = h("div", { class: "chips", role: "radiogroup", "aria-label": "Loại văn bản" },
    DOCUMENT_KINDS.map((k, i) => h("label", { class: "chip" }, h("input", { type: "radio", name: "kind", value: k.kind, checked: i === 2 }), h("span", {}, k.title))));
  const form = h("form", { class: "form", "data-testid": "meta-form", onsubmit: (e: Event) => (e.preventDefault(), void generate()) },
    kinds,
    field("superior", "Cơ quan cấp trên", { placeholder: "ĐẢNG BỘ TỈNH …" }),
    field("issuer", "Cơ quan ban hành", { placeholder: "ĐẢNG ỦY XÃ …", required: "" }),
    h("div", { class: "row" }, field("number", "Số", { placeholder: "để trống khi dự thảo" }), field("date", "Ngày", { type: "date" })),
    field("place", "Địa danh", { placeholder: "Hòa Bình" }),
    field("title", "Trích yếu / tên văn bản"),
    h("div", { class: "row" },
      h("div", { class: "field" }, h("label", { for: "meta-signerAuthority" }, "Thẩm quyền ký"),
        h("select", { id: "meta-signerAuthority", name: "signerAuthority" }, ["T/M", "K/T", "T/L", ""].map((v) => h("option", { value: v }, v || "(không)")))),
      field("signerTitle", "Chức vụ", { placeholder: "BÍ THƯ" })),
    field("signerName", "Người ký"),
    h("div", { class: "field" }, h("label", { for: "meta-recipients" }, "Nơi nhận (mỗi dòng một nơi)"), h("textarea", { id: "meta-recipients", name: "recipients", rows: "3" })),
    h("div", { class: "actions" }, h("button", { class: "btn btn-primary", type: "submit", "data-testid": "generate" }, "Tạo văn bản")));
  persistForm(form, "document-meta");

  function meta(): { kind: DocumentKind; meta: DocumentMeta } {
    const v = formValues(form);
    const kind = (form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? "bao-cao") as DocumentKind;
    return {
      kind,
      meta: {
        superior: v.superior, issuer: v.issuer, number: v.number, place: v.place, date: v.date, title: v.title,
        signerAuthority: v.signerAuthority, signerTitle: v.signerTitle, signerName: v.signerName,
        recipients: v.recipients.split("\n").map((s) => s.trim()).filter(Boolean),
      },
    };
  }

  async function generate() {
    const { kind, meta: m } = meta();
    const r = await runOperation(status, "Tạo văn bản", (op) => generateDocument(kind, m, data, { signal: op.signal }));
    if (!r) return;
    generated = { ...r, kind };
    show(output,
      messageBar("success", `Đã tạo ${r.fileName} (dự thảo).`),
      h("div", { class: "actions" },
        ctx.document.live ? h("button", { class: "btn btn-primary", type: "button", onclick: () => place("replace") }, "Thay tài liệu đang mở") : null,
        ctx.document.live ? h("button", { class: "btn", type: "button", onclick: () => place("end") }, "Chèn vào cuối") : null,
        ctx.document.live ? h("button", { class: "btn", type: "button", onclick: () => place("new") }, "Mở văn bản mới") : null,
        h("button", { class: ctx.document.live ? "btn" : "btn btn-primary", type: "button", "data-testid": "download-document", onclick: () => download(r.blob, r.fileName) }, "Tải về")),
      approveForm());
  }

  async function place(where: "replace" | "end" | "new") {
    if (!generated) return;
    const g = generated;
    const done = await runOperation(status, "Đưa văn bản vào Word", () => ctx.document.insert(g.blob, g.fileName, where));
    if (done) show(status, messageBar("success", done));
  }

  function approveForm(): HTMLElement {
    const approver = h("input", { id: "approver", name: "approver", required: true });
    const number = h("input", { id: "approve-number", name: "number", required: true, placeholder: "ví dụ 12-BC/ĐU" });
    return h("form", { class: "form approve", onsubmit: async (e: Event) => {
      e.preventDefault();
      if (!generated) return;
      const g = generated;
      const a = await runOperation(status, "Duyệt văn bản", (op) => approveDocument(g.kind, g.blob, approver.value, number.value, { signal: op.signal }));
      if (a) show(status, messageBar("success", `Đã duyệt: số ${a.number}, ${a.approvedBy}, ${dateTime(a.approvedAt)}. SHA-256 ${a.sha256}`));
    } },
      h("h3", {}, "Duyệt (ký ban hành)"),
      h("div", { class: "row" }, h("div", { class: "field" }, h("label", { for: "approver" }, "Người duyệt"), approver), h("div", { class: "field" }, h("label", { for: "approve-number" }, "Số chính thức"), number)),
      h("div", { class: "actions" }, h("button", { class: "btn", type: "submit" }, "Duyệt")));
  }

  async function refill() {
    const { meta: m } = meta();
    const values: Record<string, string> = {};
    for (const [key, tag] of Object.entries(META_TAGS)) {
      const v = m[key as keyof DocumentMeta];
      values[tag] = Array.isArray(v) ? v.join("\n") : v;
    }
    const r = await runOperation(status, "Điền lại các trường", () => ctx.document.refill(values));
    if (r) show(status, messageBar(r.filled ? "success" : "warning", r.filled ? `Đã điền lại ${r.filled} trường.` : "Tài liệu đang mở không có trường nào của OfficeReview."));
  }

  return h("section", { class: "pane", "aria-labelledby": "docs-title" },
    h("h2", { id: "docs-title" }, "Văn bản"),
    h("h3", {}, "Số liệu"),
    h("p", { class: "hint" }, "Báo cáo và Thông báo lấy số liệu từ một báo cáo của đơn vị (.json) hoặc kết quả tổng hợp."),
    fileDrop({ label: "Chọn tệp số liệu (.json)", accept: ".json", testId: "document-data", onFiles: async ([f]) => {
      try {
        data = JSON.parse(await f.text());
        dataName.textContent = f.name;
      } catch {
        show(status, messageBar("error", `Tệp ${f.name} không phải JSON hợp lệ.`));
      }
    } }),
    dataName,
    h("h3", {}, "Thông tin văn bản"),
    form,
    ctx.document.live ? h("div", { class: "actions" }, h("button", { class: "btn", type: "button", onclick: () => refill() }, "Điền lại các trường của tài liệu đang mở")) : null,
    status, output);
}
