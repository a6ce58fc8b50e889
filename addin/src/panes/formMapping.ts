// The mapping grid (browser mode): the admin picks their workbook, the service suggests a cell for each figure from
// the row and column labels ("Hoàn thành xuất sắc nhiệm vụ" above a number), the admin confirms or types "Trang!Ô",
// and uploads the workbook with the mapping as the campaign's form (the service adds the names). Mount it anywhere:
//   mountFormMapping(container, ctx)
import { listCampaigns, type Campaign } from "../api/campaigns";
import { formContract, suggestCells, uploadForm, type FormFigure, type Suggestion } from "../api/campaignForm";
import type { PaneContext } from "../host";
import { parseReference } from "../office/names";
import { clear, count, h, messageBar, show } from "../ui/dom";
import { fileDrop } from "../ui/files";
import { runOperation } from "../ui/operation";
import { findingList } from "./findings";

/** "Biểu 2-ĐV!B6", "'Biểu 2-ĐV'!$B$6" → the canonical "'Biểu 2-ĐV'!B6"; null when it is not a cell. */
export function normalizeTarget(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  const ref = parseReference(
    t.includes("'") || !t.includes(" ") ? t : `'${t.slice(0, t.lastIndexOf("!"))}'${t.slice(t.lastIndexOf("!"))}`,
  );
  return ref ? `'${ref.sheet.replace(/'/g, "''")}'!${ref.cell}` : null;
}

/** The mapping the grid sends: figure → cell, for every row with a valid cell; the rows with an invalid one. */
export function collectMapping(rows: Array<{ name: string; value: string }>): {
  mapping: Record<string, string>;
  invalid: string[];
} {
  const mapping: Record<string, string> = {};
  const invalid: string[] = [];
  for (const r of rows) {
    if (!r.value.trim()) continue;
    const target = normalizeTarget(r.value);
    if (target) mapping[r.name] = target;
    else invalid.push(r.name);
  }
  return { mapping, invalid };
}

export function mountFormMapping(container: HTMLElement, ctx: PaneContext): () => void {
  const status = h("div", { class: "status", "data-testid": "mapping-status" });
  const grid = h("table", { class: "mapping-grid", "data-testid": "mapping-grid" });
  const result = h("div", { "data-testid": "mapping-result" });
  const campaignSelect = h("select", {
    "data-testid": "mapping-campaign",
    "aria-label": "Đợt kiểm điểm",
  }) as HTMLSelectElement;
  const inputs = new Map<string, HTMLInputElement>();
  let figures: FormFigure[] = [];
  let file: File | undefined = ctx.picked.workbook;

  function renderGrid(suggestions: Suggestion[]) {
    clear(grid);
    inputs.clear();
    const byName = new Map(suggestions.map((s) => [s.name, s]));
    grid.append(
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", {}, "Khối"),
          h("th", {}, "Chỉ tiêu"),
          h("th", {}, "Ô (Trang!Ô)"),
          h("th", {}, "Gợi ý từ nhãn"),
        ),
      ),
    );
    const body = h("tbody", {});
    for (const f of figures) {
      const s = byName.get(f.name);
      const input = h("input", {
        type: "text",
        "data-testid": `map-${f.name}`,
        value: s ? `'${s.sheet}'!${s.cell}` : "",
        "aria-label": `${f.group} › ${f.label}`,
      }) as HTMLInputElement;
      inputs.set(f.name, input);
      body.append(
        h(
          "tr",
          {},
          h("td", {}, f.group),
          h("td", {}, `${f.label}${f.required ? " *" : ""}`),
          h("td", {}, input),
          h("td", { class: "hint" }, s ? `"${s.rowLabel}"${s.columnLabel ? ` × "${s.columnLabel}"` : ""}` : ""),
        ),
      );
    }
    grid.append(body);
  }

  async function pick(files: File[]) {
    file = files[0];
    if (!file) return;
    const picked = file;
    const r = await runOperation(status, "Gợi ý ô cho các chỉ tiêu", (op) =>
      suggestCells(picked, picked.name, { signal: op.signal }),
    );
    if (r) {
      renderGrid(r.suggestions);
      show(
        status,
        messageBar(
          "info",
          `Gợi ý được ${count(r.suggestions.length)}/${count(figures.length)} chỉ tiêu từ nhãn dòng, cột; hãy kiểm tra từng ô.`,
        ),
      );
    }
  }

  async function upload() {
    if (!file) return show(status, messageBar("warning", "Chọn sổ tính của đơn vị (.xlsx) trước."));
    if (!campaignSelect.value) return show(status, messageBar("warning", "Chọn đợt kiểm điểm trước."));
    const { mapping, invalid } = collectMapping([...inputs].map(([name, input]) => ({ name, value: input.value })));
    if (invalid.length)
      return show(
        status,
        messageBar("error", `Ô không hợp lệ (cần dạng Trang!Ô, ví dụ 'Biểu 2'!B6): ${invalid.join(", ")}.`),
      );
    const picked = file;
    const view = await runOperation(status, "Tải biểu mẫu lên", (op) =>
      uploadForm(campaignSelect.value, picked, picked.name, mapping, { signal: op.signal }),
    );
    if (view) {
      show(
        status,
        messageBar(
          "success",
          `Đã đặt ${view.fileName} làm biểu mẫu của đợt ${view.campaign}: ${count(view.check.tagged.length)} chỉ tiêu đã gắn, ${count(view.check.missing.length)} chưa gắn.`,
        ),
      );
      show(result, findingList(view.check.findings));
    }
  }

  const root = h(
    "section",
    { class: "pane form-mapping", "aria-labelledby": "mapping-title" },
    h("h2", { id: "mapping-title" }, "Ánh xạ biểu mẫu của đơn vị"),
    h(
      "p",
      { class: "hint" },
      "Chọn sổ tính của tỉnh; phần mềm gợi ý ô cho từng chỉ tiêu theo nhãn dòng và cột. Sửa ô nếu cần rồi đặt làm biểu mẫu của đợt.",
    ),
    h("label", {}, "Đợt kiểm điểm ", campaignSelect),
    fileDrop({ label: "Chọn sổ tính (.xlsx)", accept: ".xlsx", testId: "mapping-file", onFiles: (f) => void pick(f) }),
    grid,
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        { class: "btn btn-primary", type: "button", "data-testid": "mapping-upload", onclick: () => void upload() },
        "Đặt làm biểu mẫu của đợt",
      ),
    ),
    status,
    result,
  );
  container.append(root);

  void runOperation(status, "Tải danh mục chỉ tiêu", async () => {
    const [contract, campaigns] = await Promise.all([formContract(), listCampaigns().catch(() => [] as Campaign[])]);
    figures = contract.figures.filter((f) => f.kind !== "label");
    for (const c of campaigns) campaignSelect.append(h("option", { value: c.id }, `${c.name || c.id} (${c.year})`));
    renderGrid([]);
    if (file) await pick([file]);
  });
  return () => root.remove();
}
