// Văn bản: choose Kế hoạch / Công văn / Báo cáo / Thông báo, fill the metadata, generate, insert or open it,
// re-fill the fields of the open document, approve (sign-off: the final document with its number).
import {
  DOCUMENT_KINDS,
  generateDocument,
  type DocumentKind,
  type DocumentMeta,
  type Generated,
} from "../../api/documents";
import type { MergeResult } from "../../api/merge";
import { readControlTexts } from "../../docx/controls";
import type { PaneContext } from "../../host";
import { dateTime, h, messageBar, show } from "../../ui/dom";
import { download, fileDrop } from "../../ui/files";
import { formValues, persistForm } from "../../ui/formState";
import { runOperation } from "../../ui/operation";

interface DataChoice {
  label: string;
  value: unknown;
  /** The unit the figures are of (its code), when the data says: an approval names it. */
  unit?: string;
}

/** The unit code a data file names (a UnitReport, or a merge result's unit). */
function unitOf(json: unknown): string | undefined {
  const code = (json as { unit?: { code?: unknown } } | null)?.unit?.code;
  return typeof code === "string" && code ? code : undefined;
}

export function documentsPane(ctx: PaneContext, shared: { merged?: MergeResult }): HTMLElement {
  const status = h("div", { class: "status" });
  const output = h("div", { class: "results", "data-testid": "document-result" });
  const dataName = h("p", { class: "picked", "data-testid": "data-file" });
  let picked: DataChoice | undefined;
  let draft: (Generated & { kind: DocumentKind }) | undefined;

  // The data: a file the user picked, else the merge just made in Tổng hợp.
  const data = (): DataChoice | undefined =>
    picked ??
    (shared.merged
      ? {
          label: `kết quả tổng hợp ${shared.merged.json.unit.name}`,
          value: shared.merged.json.report,
          unit: shared.merged.json.unit.code,
        }
      : undefined);
  const showData = () => (dataName.textContent = data() ? `Số liệu: ${data()!.label}` : "Chưa có số liệu.");

  const field = (name: string, label: string, attrs: Record<string, string> = {}) =>
    h(
      "div",
      { class: "field" },
      h("label", { for: `meta-${name}` }, label),
      h("input", { id: `meta-${name}`, name, ...attrs }),
    );
  const lines = (name: string, label: string) =>
    h(
      "div",
      { class: "field" },
      h("label", { for: `meta-${name}` }, label),
      h("textarea", { id: `meta-${name}`, name, rows: "3" }),
    );
  const kinds = h(
    "div",
    { class: "chips", role: "radiogroup", "aria-label": "Loại văn bản" },
    DOCUMENT_KINDS.map((k) =>
      h(
        "label",
        { class: "chip" },
        h("input", { type: "radio", name: "kind", value: k.kind, checked: k.kind === "bao-cao" }),
        h("span", {}, k.title),
      ),
    ),
  );
  const form = h(
    "form",
    { class: "form", "data-testid": "meta-form", onsubmit: (e: Event) => (e.preventDefault(), void generate()) },
    kinds,
    field("superior", "Cấp trên", { placeholder: "Đảng bộ tỉnh Gia Lai" }),
    h(
      "div",
      { class: "row" },
      field("issuer", "Cơ quan ban hành", { placeholder: "Đảng ủy xã Ia Grai", required: "" }),
      field("issuerCode", "Ký hiệu", { placeholder: "ĐU" }),
    ),
    h(
      "div",
      { class: "row" },
      field("number", "Số", { type: "number", min: "1", placeholder: "trống khi dự thảo" }),
      field("date", "Ngày", { type: "date", required: "" }),
    ),
    field("place", "Địa danh", { placeholder: "Ia Grai", required: "" }),
    field("excerpt", "Trích yếu", { placeholder: "kết quả kiểm điểm, đánh giá, xếp loại …" }),
    lines("recipients", "Kính gửi (công văn; mỗi dòng một nơi)"),
    lines("copyTo", "Nơi nhận (mỗi dòng một nơi)"),
    h(
      "div",
      { class: "row" },
      h(
        "div",
        { class: "field" },
        h("label", { for: "meta-authority" }, "Thẩm quyền ký"),
        h(
          "select",
          { id: "meta-authority", name: "authority" },
          ["T/M", "K/T", "T/L", ""].map((v) => h("option", { value: v }, v || "(không)")),
        ),
      ),
      field("body", "Thay mặt", { placeholder: "Ban Thường vụ" }),
    ),
    h("div", { class: "row" }, field("title", "Chức vụ", { placeholder: "Bí thư" }), field("name", "Người ký")),
    h(
      "div",
      { class: "actions" },
      h("button", { class: "btn btn-primary", type: "submit", "data-testid": "generate" }, "Tạo dự thảo"),
    ),
  );
  persistForm(form, "document-meta");

  function request(): { kind: DocumentKind; meta: DocumentMeta } {
    const v = formValues(form);
    const list = (s: string | undefined) =>
      (s ?? "")
        .split("\n")
        .map((x) => x.trim())
        .filter(Boolean);
    return {
      kind: (v.kind ?? "bao-cao") as DocumentKind,
      meta: {
        superior: v.superior || undefined,
        issuer: v.issuer,
        issuerCode: v.issuerCode || undefined,
        number: v.number ? Number(v.number) : null,
        place: v.place,
        date: v.date,
        excerpt: v.excerpt || undefined,
        recipients: list(v.recipients),
        copyTo: list(v.copyTo),
        signer: { authority: v.authority, body: v.body, title: v.title, name: v.name },
      },
    };
  }

  function needData(): unknown | undefined {
    const d = data();
    if (d) return d.value;
    show(status, messageBar("warning", "Chọn tệp số liệu (.json) hoặc tổng hợp ở thẻ Tổng hợp trước khi tạo văn bản."));
    return undefined;
  }

  async function generate() {
    const { kind, meta } = request();
    const value = needData();
    if (value === undefined) return;
    const r = await runOperation(status, "Tạo văn bản", (op) =>
      generateDocument(kind, { ...meta, number: null }, value, { signal: op.signal }),
    );
    if (!r) return;
    draft = { ...r, kind };
    show(
      output,
      messageBar("success", `Đã tạo dự thảo ${r.fileName}.`),
      h(
        "div",
        { class: "actions" },
        ctx.document.live
          ? h(
              "button",
              { class: "btn btn-primary", type: "button", onclick: () => place(draft!, "replace") },
              "Thay tài liệu đang mở",
            )
          : null,
        ctx.document.live
          ? h("button", { class: "btn", type: "button", onclick: () => place(draft!, "end") }, "Chèn vào cuối")
          : null,
        ctx.document.live
          ? h("button", { class: "btn", type: "button", onclick: () => place(draft!, "new") }, "Mở văn bản mới")
          : null,
        downloadButton(r, "download-document", "Tải về"),
      ),
      approveForm(),
    );
  }

  /** Downloads `doc`; the main button when the pane has no live document to place it in. */
  function downloadButton(doc: Generated, testId: string, label: string) {
    return h(
      "button",
      {
        class: ctx.document.live ? "btn" : "btn btn-primary",
        type: "button",
        "data-testid": testId,
        onclick: () => download(doc.blob, doc.fileName),
      },
      label,
    );
  }

  async function place(doc: Generated, where: "replace" | "end" | "new") {
    const done = await runOperation(status, "Đưa văn bản vào Word", () =>
      ctx.document.insert(doc.blob, doc.fileName, where),
    );
    if (done) show(status, messageBar("success", done));
  }

  function approveForm(): HTMLElement {
    const approver = h("input", { id: "approver", name: "approver", required: true });
    const number = h("input", {
      id: "approve-number",
      name: "number",
      type: "number",
      min: "1",
      required: true,
      value: formValues(form).number ?? "",
    });
    const slot = h("div", { "data-testid": "approval" });
    return h(
      "form",
      {
        class: "form approve",
        onsubmit: async (e: Event) => {
          e.preventDefault();
          if (!draft) return;
          const { kind, meta } = request();
          const value = needData();
          if (value === undefined) return;
          const n = Number(number.value);
          // The approval is recorded for the campaign chosen in Nộp and the unit of the figures.
          const scope = { campaign: ctx.settings.get<string>("campaign") || undefined, unit: data()?.unit };
          if (!scope.campaign || !scope.unit)
            return show(
              status,
              messageBar(
                "warning",
                "Để duyệt, hãy chọn đợt kiểm điểm ở thẻ Nộp và dùng số liệu của một đơn vị (tệp .json của đơn vị hoặc kết quả tổng hợp).",
              ),
            );
          const final = await runOperation(status, "Duyệt văn bản", (op) =>
            generateDocument(kind, { ...meta, number: n }, value, {
              signal: op.signal,
              approve: { number: n, approvedBy: approver.value },
              scope,
            }),
          );
          if (!final) return;
          const record = final.approval ?? {};
          const rows: [string, string, string?][] = [
            ["Số, ký hiệu", String(record.documentNumber ?? n)],
            ["Người duyệt", String(record.approvedBy ?? approver.value)],
            ["Thời điểm", record.approvedAt ? dateTime(String(record.approvedAt)) : ""],
            ["SHA-256", final.sha256 ?? String(record.sha256 ?? ""), "hash"],
          ];
          show(
            slot,
            messageBar("success", `Đã duyệt: số ${n}, người duyệt ${approver.value}.`),
            h(
              "div",
              { class: "receipt" },
              h(
                "dl",
                {},
                rows
                  .filter(([, v]) => v)
                  .flatMap(([k, v, cls]) => [h("dt", {}, k), h("dd", { class: cls ?? null }, v)]),
              ),
            ),
            h(
              "div",
              { class: "actions" },
              ctx.document.live
                ? h(
                    "button",
                    { class: "btn btn-primary", type: "button", onclick: () => place(final, "replace") },
                    "Thay tài liệu đang mở",
                  )
                : null,
              downloadButton(final, "download-final", "Tải bản chính thức"),
            ),
          );
        },
      },
      h("h3", {}, "Duyệt ban hành"),
      h(
        "p",
        { class: "hint" },
        'Bản chính thức bỏ chữ "DỰ THẢO", mang số và được ghi lại (người duyệt, thời điểm, mã SHA-256).',
      ),
      h(
        "div",
        { class: "row" },
        h("div", { class: "field" }, h("label", { for: "approve-number" }, "Số"), number),
        h("div", { class: "field" }, h("label", { for: "approver" }, "Người duyệt"), approver),
      ),
      h("div", { class: "actions" }, h("button", { class: "btn", type: "submit", "data-testid": "approve" }, "Duyệt")),
      slot,
    );
  }

  // Regenerates with the current data and metadata, then copies the text of each field into the open document's
  // content control with the same tag: the service formats everything, the pane only moves text.
  async function refill() {
    const { kind, meta } = request();
    const value = needData();
    if (value === undefined) return;
    const r = await runOperation(status, "Điền lại các trường", async (op) => {
      const fresh = await generateDocument(kind, meta, value, { signal: op.signal });
      const values = await readControlTexts(new Uint8Array(await fresh.blob.arrayBuffer()));
      return ctx.document.refill(values);
    });
    if (r)
      show(
        status,
        messageBar(
          r.filled ? "success" : "warning",
          r.filled
            ? `Đã điền lại ${r.filled} trường.${r.unknown.length ? ` ${r.unknown.length} phần khác (bảng, danh sách) chỉ cập nhật được khi tạo lại văn bản.` : ""}`
            : "Tài liệu đang mở không có trường nào của OfficeReview.",
        ),
      );
  }

  showData();
  return h(
    "section",
    { class: "pane", "aria-labelledby": "docs-title" },
    h("h2", { id: "docs-title" }, "Văn bản"),
    h("h3", {}, "Số liệu"),
    h(
      "p",
      { class: "hint" },
      "Báo cáo, Thông báo: số liệu của đơn vị (.json) hoặc kết quả tổng hợp. Kế hoạch, Công văn: tiến độ của đợt (.json).",
    ),
    fileDrop({
      label: "Chọn tệp số liệu (.json)",
      accept: ".json",
      testId: "document-data",
      onFiles: async ([f]) => {
        try {
          const json = JSON.parse(await f.text()) as { schema?: string; report?: unknown };
          // A merge result carries the consolidated report; anything else is sent as it is.
          picked = {
            label: f.name,
            value: json.schema?.startsWith("officereview.merge-result") ? json.report : json,
            unit: unitOf(json),
          };
          showData();
        } catch {
          show(status, messageBar("error", `Tệp ${f.name} không phải JSON hợp lệ.`));
        }
      },
    }),
    dataName,
    h("h3", {}, "Thông tin văn bản"),
    form,
    ctx.document.live
      ? h(
          "div",
          { class: "actions" },
          h(
            "button",
            {
              class: "btn",
              type: "button",
              title: "Điền lại các trường của tài liệu đang mở từ số liệu và thông tin hiện tại",
              onclick: () => refill(),
            },
            "Điền lại tài liệu đang mở",
          ),
        )
      : null,
    status,
    output,
  );
}
