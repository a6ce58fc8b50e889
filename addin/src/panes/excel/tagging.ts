// Gắn tên: the admin tags their own workbook with the figures of the contract (OR_* names), sees what is missing or
// implausible, and uploads it as the campaign's form (PUT /api/campaigns/{id}/form).
import { listCampaigns, type Campaign } from "../../api/campaigns";
import { formContract, uploadForm, type FormFigure } from "../../api/campaignForm";
import type { PaneContext } from "../../host";
import type { CellRef } from "../../office/excel";
import { cellContents, formNames, nameSelectedCell, type CellContent, type NamedCell } from "../../office/names";
import { clear, count, h, messageBar, show } from "../../ui/dom";
import { runOperation } from "../../ui/operation";
import { findingList } from "../findings";

export type TagStatus = "missing" | "ok" | "implausible";

export interface FigureState {
  figure: FormFigure;
  at?: CellRef;
  status: TagStatus;
  problem?: string;
}

/** Why the cell is implausible for the figure (text in a count, a formula where the unit types), or null. */
export function judge(figure: FormFigure, content: CellContent | undefined): string | null {
  if (!content) return null;
  const typed = figure.kind === "count" || figure.kind === "number" || figure.kind === "text" || figure.kind === "flag";
  if (content.formula && typed) return "ô có công thức, trong khi đơn vị phải nhập số liệu vào đây";
  if (
    figure.kind === "count" &&
    content.type === "String" &&
    String(content.value).trim() !== "" &&
    Number.isNaN(Number(String(content.value).trim()))
  )
    return `ô chứa chữ "${String(content.value).slice(0, 40)}" trong khi chỉ tiêu là một số đếm (có lẽ là ô tiêu đề)`;
  return null;
}

/** The state of every figure: its cell (from the names), missing, or implausible (also two names on one cell). */
export function figureStates(figures: FormFigure[], names: NamedCell[], contents: CellContent[]): FigureState[] {
  const byName = new Map(names.map((n) => [n.name.toUpperCase(), n]));
  const key = (r: CellRef) => `${r.sheet}!${r.cell}`.toUpperCase();
  const content = new Map(contents.map((c) => [key(c), c]));
  const perCell = new Map<string, number>();
  for (const n of names)
    if (figures.some((f) => f.name.toUpperCase() === n.name.toUpperCase()))
      perCell.set(key(n), (perCell.get(key(n)) ?? 0) + 1);
  return figures.map((figure) => {
    const at = byName.get(figure.name.toUpperCase());
    if (!at) return { figure, status: "missing" as const };
    const ref = { sheet: at.sheet, cell: at.cell };
    const shared = (perCell.get(key(ref)) ?? 0) > 1 ? "ô này mang nhiều tên chỉ tiêu" : null;
    const problem = shared ?? judge(figure, content.get(key(ref)));
    return problem
      ? { figure, at: ref, status: "implausible" as const, problem }
      : { figure, at: ref, status: "ok" as const };
  });
}

export interface TaggingPorts {
  names: () => Promise<NamedCell[]>;
  contents: (refs: CellRef[]) => Promise<CellContent[]>;
  tagSelection: (name: string) => Promise<CellRef>;
}

const officePorts: TaggingPorts = { names: formNames, contents: cellContents, tagSelection: nameSelectedCell };

export function taggingPane(ctx: PaneContext, ports: TaggingPorts = officePorts): HTMLElement {
  const status = h("div", { class: "status" });
  const list = h("div", { class: "tagging-list", "data-testid": "tagging-list" });
  const summaryLine = h("p", { class: "hint", "data-testid": "tagging-summary" });
  const campaignSelect = h("select", {
    "data-testid": "tagging-campaign",
    "aria-label": "Đợt kiểm điểm",
  }) as HTMLSelectElement;
  const result = h("div", { "data-testid": "tagging-result" });
  let figures: FormFigure[] = [];

  async function refresh() {
    const names = await ports.names();
    const refs = names.filter((n) => figures.some((f) => f.name.toUpperCase() === n.name.toUpperCase()));
    const states = figureStates(figures, names, await ports.contents(refs));
    render(states);
  }

  function render(states: FigureState[]) {
    clear(list);
    const groups = [...new Set(states.map((s) => s.figure.group))];
    for (const group of groups) {
      const rows = states.filter((s) => s.figure.group === group);
      const tagged = rows.filter((s) => s.status !== "missing").length;
      list.append(
        h(
          "details",
          { class: "card", open: group === groups[0] || undefined },
          h("summary", {}, `${group} (${count(tagged)}/${count(rows.length)})`),
          h(
            "ul",
            { class: "tagging-rows" },
            rows.map((s) =>
              h(
                "li",
                { class: `tag-${s.status}`, "data-testid": `tag-${s.figure.name}` },
                h("span", { class: "tag-label" }, `${s.figure.label}${s.figure.required ? " *" : ""}`),
                h("span", { class: "tag-cell" }, s.at ? `${s.at.sheet}!${s.at.cell}` : "chưa gắn"),
                s.problem ? h("span", { class: "tag-problem" }, s.problem) : null,
                h(
                  "button",
                  {
                    class: "btn",
                    type: "button",
                    "data-testid": `tag-button-${s.figure.name}`,
                    onclick: () => tag(s.figure),
                  },
                  "Gắn ô đang chọn",
                ),
              ),
            ),
          ),
        ),
      );
    }
    const missing = states.filter((s) => s.status === "missing");
    const implausible = states.filter((s) => s.status === "implausible");
    summaryLine.textContent =
      `Đã gắn ${count(states.length - missing.length)}/${count(states.length)} chỉ tiêu; ` +
      `${count(missing.filter((s) => s.figure.required).length)} chỉ tiêu bắt buộc còn thiếu; ${count(implausible.length)} ô đáng ngờ.`;
  }

  async function tag(figure: FormFigure) {
    const r = await runOperation(status, `Gắn tên ${figure.name}`, async () => {
      const at = await ports.tagSelection(figure.name);
      await refresh();
      return at;
    });
    if (r) show(status, messageBar("success", `Đã gắn ${figure.name} (${figure.label}) cho ô ${r.sheet}!${r.cell}.`));
  }

  async function upload() {
    const campaign = campaignSelect.value;
    if (!campaign) return show(status, messageBar("warning", "Chọn đợt kiểm điểm trước."));
    const view = await runOperation(status, "Tải biểu mẫu lên", async (op) => {
      const file = await ctx.workbook.read((f) => op.progress(f * 0.3, "đọc sổ tính"), op.signal);
      return uploadForm(campaign, file.bytes, file.name, undefined, { signal: op.signal });
    });
    if (view) {
      show(
        status,
        messageBar(
          "success",
          `Đã đặt ${view.fileName} làm biểu mẫu của đợt ${view.campaign}: ${count(view.check.tagged.length)} chỉ tiêu đã gắn, ${count(view.check.missing.length)} chưa gắn.`,
        ),
      );
      show(
        result,
        findingList(
          view.check.findings,
          ctx.workbook.live
            ? (f) => void ctx.workbook.select({ sheet: f.sheet!, cell: f.cell! }).catch(() => {})
            : undefined,
        ),
      );
    }
  }

  const pane = h(
    "section",
    { class: "pane", "aria-labelledby": "tagging-title" },
    h("h2", { id: "tagging-title" }, "Gắn tên chỉ tiêu vào biểu của đơn vị"),
    h(
      "p",
      { class: "hint" },
      'Mở sổ tính của tỉnh (giữ nguyên bố cục, định dạng), chọn ô số liệu của từng chỉ tiêu rồi bấm "Gắn ô đang chọn". Chỉ tiêu có dấu * là bắt buộc.',
    ),
    h("label", {}, "Đợt kiểm điểm ", campaignSelect),
    summaryLine,
    list,
    h(
      "div",
      { class: "actions" },
      h("button", { class: "btn", type: "button", onclick: () => void refresh() }, "Kiểm tra lại"),
      h(
        "button",
        { class: "btn btn-primary", type: "button", "data-testid": "tagging-upload", onclick: () => void upload() },
        "Đặt làm biểu mẫu của đợt",
      ),
    ),
    status,
    result,
  );

  void runOperation(status, "Tải danh mục chỉ tiêu", async () => {
    const [contract, campaigns] = await Promise.all([formContract(), listCampaigns().catch(() => [] as Campaign[])]);
    figures = contract.figures.filter((f) => f.kind !== "label");
    append(campaignSelect, campaigns);
    await refresh();
  });
  return pane;
}

function append(select: HTMLSelectElement, campaigns: Campaign[]) {
  for (const c of campaigns) select.append(h("option", { value: c.id }, `${c.name || c.id} (${c.year})`));
}
