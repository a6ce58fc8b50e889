// The mapping grid (browser mode): the admin picks the province's own workbook, the service suggests a cell for each
// figure from the row and column labels ("Hoàn thành xuất sắc nhiệm vụ" above a number), the admin confirms or types
// "Trang!Ô", saves (the workbook with mapping.json: the service adds the names and stores it as the campaign's form),
// sees block by block what is tagged, missing or implausible (the service's check of the stored form), and downloads
// the form units will fill. Mounted by the pane's tab "Gắn tên" (its own campaign picker) and by the web app's view
// "Biểu mẫu" (the app's picker):
//   const grid = mountFormMapping(container, ctx, { campaignPicker: false }); grid.setCampaign(id)
import { listCampaigns, type Campaign } from "../api/campaigns";
import {
  downloadForm,
  formCheck,
  formContract,
  suggestCells,
  uploadForm,
  type FormFigure,
  type FormView,
  type Suggestion,
} from "../api/campaignForm";
import type { Finding } from "../api/validate";
import type { PaneContext } from "../host";
import { parseReference } from "../office/names";
import { clear, count, dateTime, h, messageBar, show } from "../ui/dom";
import { download, fileDrop } from "../ui/files";
import { runOperation } from "../ui/operation";
import { findingList } from "./findings";

/** A cell as the grid writes it: "'Biểu 2-ĐV'!B6" (the sheet always quoted). */
const cellText = (c: { sheet: string; cell: string }) => `'${c.sheet.replace(/'/g, "''")}'!${c.cell}`;

/** "Biểu 2-ĐV!B6", "'Biểu 2-ĐV'!$B$6" → the canonical "'Biểu 2-ĐV'!B6"; null when it is not a cell. */
export function normalizeTarget(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  const ref = parseReference(
    t.includes("'") || !t.includes(" ") ? t : `'${t.slice(0, t.lastIndexOf("!"))}'${t.slice(t.lastIndexOf("!"))}`,
  );
  return ref ? cellText(ref) : null;
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

/** The check's findings that make a tagged cell implausible (text in a count, a formula where units type, …). */
const IMPLAUSIBLE = new Set(["FORM_TEXT_IN_COUNT", "FORM_FORMULA_IN_INPUT", "FORM_NAME_SHARED_CELL"]);

export type RowStatus = "missing" | "suggested" | "typed" | "tagged" | "implausible";

/** What the stored form's check says of each figure: tagged at a cell, implausible (with why), or missing. */
export function checkStatuses(
  view: FormView,
): Map<string, { status: "tagged" | "implausible"; at: string; problem?: string }> {
  const out = new Map<string, { status: "tagged" | "implausible"; at: string; problem?: string }>();
  const key = (sheet?: string, cell?: string) => `${sheet ?? ""}!${cell ?? ""}`.toUpperCase();
  const problems = new Map<string, Finding[]>();
  for (const f of view.check.findings)
    if (IMPLAUSIBLE.has(f.code) && f.sheet && f.cell)
      problems.set(key(f.sheet, f.cell), [...(problems.get(key(f.sheet, f.cell)) ?? []), f]);
  for (const t of view.check.tagged) {
    const found = problems.get(key(t.sheet, t.cell));
    // A finding on a shared cell names the figures it concerns; otherwise it is about the cell, hence its figure.
    const mine = found?.filter((f) => !/OR_/.test(f.message) || f.message.includes(t.name)) ?? [];
    const at = cellText(t);
    out.set(
      t.name,
      mine.length
        ? { status: "implausible", at, problem: mine.map((f) => f.message.replace(/^Tệp .*?\): /, "")).join(" ") }
        : { status: "tagged", at },
    );
  }
  return out;
}

export interface FormMappingOptions {
  /** False in the web app: the campaign comes from its own picker through setCampaign. Default true. */
  campaignPicker?: boolean;
}

export interface FormMapping {
  /** Shows the campaign's stored form (its mapping and check), or says it has none. */
  setCampaign(id: string): Promise<void>;
  dispose(): void;
}

const STATUS_TEXT: Record<RowStatus, string> = {
  missing: "chưa gắn",
  suggested: "gợi ý, chưa lưu",
  typed: "đã sửa, chưa lưu",
  tagged: "đã gắn",
  implausible: "đáng ngờ",
};

export function mountFormMapping(container: HTMLElement, ctx: PaneContext, opts: FormMappingOptions = {}): FormMapping {
  const withPicker = opts.campaignPicker !== false;
  const status = h("div", { class: "status", "data-testid": "mapping-status" });
  const grid = h("table", { class: "mapping-grid", "data-testid": "mapping-grid" });
  const summary = h("p", { class: "hint", "data-testid": "mapping-summary" });
  const current = h("div", { class: "mapping-current", "data-testid": "mapping-current" });
  const result = h("div", { "data-testid": "mapping-result" });
  const campaignSelect = h("select", {
    "data-testid": "mapping-campaign",
    "aria-label": "Đợt kiểm điểm",
  }) as HTMLSelectElement;
  const inputs = new Map<string, HTMLInputElement>();
  const statusCells = new Map<string, HTMLElement>();
  const groupHeads = new Map<string, HTMLElement>();
  let figures: FormFigure[] = [];
  let file: File | undefined = ctx.picked.workbook;
  let campaign = "";
  let stored: FormView | null = null;
  const ready = runOperation(status, "Tải danh mục chỉ tiêu", async () => {
    const [contract, campaigns] = await Promise.all([
      formContract(),
      withPicker ? listCampaigns().catch(() => [] as Campaign[]) : Promise.resolve([] as Campaign[]),
    ]);
    figures = contract.figures.filter((f) => f.kind !== "label");
    campaignSelect.append(h("option", { value: "" }, "— chọn đợt —"));
    for (const c of campaigns) campaignSelect.append(h("option", { value: c.id }, `${c.name || c.id} (${c.year})`));
    renderGrid();
  });

  function setStatus(name: string, s: RowStatus, problem?: string) {
    const cell = statusCells.get(name);
    if (!cell) return;
    cell.dataset.status = s;
    cell.className = `map-status map-${s}`;
    cell.textContent = problem ? `${STATUS_TEXT[s]}: ${problem}` : STATUS_TEXT[s];
  }

  /** The per-block counts and the summary line, from the rows' statuses. */
  function recount() {
    const byGroup = new Map<string, { tagged: number; total: number }>();
    let tagged = 0,
      implausible = 0,
      requiredMissing = 0;
    for (const f of figures) {
      const s = statusCells.get(f.name)?.dataset.status as RowStatus | undefined;
      const g = byGroup.get(f.group) ?? { tagged: 0, total: 0 };
      g.total++;
      if (s && s !== "missing") g.tagged++, tagged++;
      else if (f.required) requiredMissing++;
      if (s === "implausible") implausible++;
      byGroup.set(f.group, g);
    }
    for (const [group, head] of groupHeads) {
      const g = byGroup.get(group)!;
      head.textContent = `${group} (${count(g.tagged)}/${count(g.total)})`;
    }
    summary.textContent = `Đã gắn ${count(tagged)}/${count(figures.length)} chỉ tiêu; ${count(requiredMissing)} chỉ tiêu bắt buộc còn thiếu; ${count(implausible)} ô đáng ngờ.`;
  }

  /** The grid, block by block: each figure with its cell (from the suggestions or the stored form) and its state. */
  function renderGrid(suggestions: Suggestion[] = []) {
    clear(grid);
    inputs.clear();
    statusCells.clear();
    groupHeads.clear();
    const suggested = new Map(suggestions.map((s) => [s.name, s]));
    const checked = stored && !file ? checkStatuses(stored) : new Map();
    grid.append(
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", {}, "Chỉ tiêu"),
          h("th", {}, "Ô (Trang!Ô)"),
          h("th", {}, "Gợi ý từ nhãn"),
          h("th", {}, "Tình trạng"),
        ),
      ),
    );
    const groups = [...new Set(figures.map((f) => f.group))];
    groups.forEach((group, gi) => {
      const label = h("span", {}, group);
      groupHeads.set(group, label);
      const body = h("tbody", { "data-testid": `map-group-${gi}`, "data-group": group });
      const toggle = h(
        "button",
        {
          type: "button",
          class: "link map-toggle",
          "aria-expanded": "true",
          "data-testid": `map-toggle-${gi}`,
          onclick: () => fold(!body.classList.contains("collapsed")),
        },
        label,
      );
      const fold = (collapsed: boolean) => (
        body.classList.toggle("collapsed", collapsed), toggle.setAttribute("aria-expanded", String(!collapsed))
      );
      body.append(h("tr", { class: "map-group" }, h("th", { colspan: 4, scope: "rowgroup" }, toggle)));
      for (const f of figures.filter((x) => x.group === group)) {
        const s = suggested.get(f.name);
        const c = checked.get(f.name);
        const value = s ? cellText(s) : (c?.at ?? "");
        const input = h("input", {
          type: "text",
          "data-testid": `map-${f.name}`,
          value,
          placeholder: "Trang!Ô",
          "aria-label": `${f.group} › ${f.label}`,
        }) as HTMLInputElement;
        const statusCell = h("td", { "data-testid": `map-status-${f.name}` });
        input.addEventListener("input", () => (setStatus(f.name, input.value.trim() ? "typed" : "missing"), recount()));
        inputs.set(f.name, input);
        statusCells.set(f.name, statusCell);
        body.append(
          h(
            "tr",
            { "data-figure": f.name },
            h("td", {}, `${f.label}${f.required ? " *" : ""}`, h("br"), h("span", { class: "meta mono" }, f.name)),
            h("td", {}, input),
            h("td", { class: "hint" }, s ? `"${s.rowLabel}"${s.columnLabel ? ` × "${s.columnLabel}"` : ""}` : ""),
            statusCell,
          ),
        );
        if (s) setStatus(f.name, "suggested");
        else if (c) setStatus(f.name, c.status, c.problem);
        else setStatus(f.name, "missing");
      }
      // A block the workbook has nothing for starts folded (its header still counts it).
      fold(![...body.querySelectorAll("input")].some((i) => (i as HTMLInputElement).value));
      grid.append(body);
    });
    recount();
  }

  function showStored(view: FormView | null) {
    stored = view;
    if (!view)
      return show(
        current,
        messageBar(
          "info",
          `Đợt ${campaign} chưa có biểu mẫu riêng: đơn vị dùng biểu mẫu chung của phần mềm. Chọn sổ tính của tỉnh để gắn tên.`,
        ),
      );
    show(
      current,
      messageBar(
        "info",
        `Biểu mẫu hiện tại: ${view.fileName}, tải lên ${dateTime(view.uploadedAt)}${view.uploadedBy ? ` bởi ${view.uploadedBy}` : ""}; ` +
          `${count(view.check.tagged.length)} chỉ tiêu đã gắn, ${count(view.check.missing.length)} chưa gắn.`,
        h(
          "button",
          { class: "btn", type: "button", "data-testid": "mapping-download", onclick: () => void downloadStored() },
          "Tải biểu mẫu về",
        ),
      ),
    );
  }

  async function setCampaign(id: string) {
    await ready;
    campaign = id;
    if (withPicker && campaignSelect.value !== id) campaignSelect.value = id;
    show(result);
    if (!id) return (show(current), (stored = null), renderGrid());
    const view = await runOperation(status, "Tải biểu mẫu của đợt", (op) => formCheck(id, op));
    if (view === undefined || id !== campaign) return;
    showStored(view);
    // A workbook picked meanwhile keeps its suggestions; otherwise the grid shows the stored form's mapping.
    if (!file) renderGrid();
    if (view) show(result, findingList(view.check.findings));
  }

  async function pick(files: File[]) {
    await ready;
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
          `${picked.name}: gợi ý được ${count(r.suggestions.length)}/${count(figures.length)} chỉ tiêu từ nhãn dòng, cột; hãy kiểm tra từng ô, sửa hoặc điền ô còn thiếu rồi lưu.`,
        ),
      );
    }
  }

  async function upload() {
    if (!file) return show(status, messageBar("warning", "Chọn sổ tính của tỉnh (.xlsx) trước."));
    if (!campaign) return show(status, messageBar("warning", "Chọn đợt kiểm điểm trước."));
    const { mapping, invalid } = collectMapping([...inputs].map(([name, input]) => ({ name, value: input.value })));
    if (invalid.length)
      return show(
        status,
        messageBar("error", `Ô không hợp lệ (cần dạng Trang!Ô, ví dụ 'Biểu 2'!B6): ${invalid.join(", ")}.`),
      );
    const [picked, id] = [file, campaign];
    const view = await runOperation(status, "Lưu biểu mẫu của đợt", (op) =>
      uploadForm(id, picked, picked.name, mapping, { signal: op.signal }),
    );
    if (!view) return;
    // What the service stored and checked is now the truth of every row.
    file = undefined;
    showStored(view);
    renderGrid();
    show(
      status,
      messageBar(
        "success",
        `Đã đặt ${view.fileName} làm biểu mẫu của đợt ${view.campaign}: ${count(view.check.tagged.length)} chỉ tiêu đã gắn, ${count(view.check.missing.length)} chưa gắn.`,
      ),
    );
    show(result, findingList(view.check.findings));
  }

  async function downloadStored() {
    const id = campaign;
    const f = await runOperation(status, "Tải biểu mẫu", (op) => downloadForm(id, op));
    if (f) download(f.blob, f.fileName);
  }

  campaignSelect.addEventListener("change", () => void setCampaign(campaignSelect.value));
  const root = h(
    "section",
    { class: "pane form-mapping", "aria-labelledby": "mapping-title", "data-testid": "form-mapping" },
    h("h2", { id: "mapping-title" }, "Biểu mẫu riêng của đợt: gắn tên chỉ tiêu"),
    h(
      "p",
      { class: "hint" },
      "Chọn sổ tính của tỉnh (giữ nguyên tên trang, tiêu đề, công thức, định dạng); phần mềm gợi ý ô cho từng chỉ tiêu theo nhãn dòng và cột. Kiểm tra, sửa hoặc điền ô (dạng Trang!Ô), rồi lưu làm biểu mẫu của đợt: đơn vị tải biểu mẫu này về để điền, bản tổng hợp giữ bố cục của nó.",
    ),
    withPicker ? h("label", {}, "Đợt kiểm điểm ", campaignSelect) : null,
    current,
    fileDrop({
      label: "Chọn sổ tính của tỉnh (.xlsx)",
      accept: ".xlsx",
      testId: "mapping-file",
      onFiles: (f) => void pick(f),
    }),
    summary,
    h("div", { class: "app-scroll" }, grid),
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        { class: "btn btn-primary", type: "button", "data-testid": "mapping-upload", onclick: () => void upload() },
        "Lưu làm biểu mẫu của đợt",
      ),
    ),
    status,
    result,
  );
  container.append(root);
  if (file) void pick([file]);
  return { setCampaign, dispose: () => root.remove() };
}
