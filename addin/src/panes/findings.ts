// Renders findings grouped by sheet, most severe first; a click on one asks the host to select its cell.
import { findingDefinition } from "../api/findingsCatalogue";
import type { Finding, Severity } from "../api/validate";
import { count, h } from "../ui/dom";

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const LABEL: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" };
const GENERAL = "Chung (không gắn với ô)";

export function severityLabel(s: string): string {
  return LABEL[s as Severity] ?? s;
}

export function groupBySheet(findings: Finding[]): Map<string, Finding[]> {
  // Sheets in the order the service listed them (the workbook's order), errors first within a sheet, the general
  // group last.
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.sheet ?? GENERAL;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const items of groups.values())
    items.sort((a, b) => (ORDER[a.severity as Severity] ?? 3) - (ORDER[b.severity as Severity] ?? 3));
  const general = groups.get(GENERAL);
  if (general) groups.delete(GENERAL), groups.set(GENERAL, general);
  return groups;
}

/** The catalogue's title and source for a finding: carried by the finding, else from the loaded catalogue. */
export function findingDescription(f: Pick<Finding, "code" | "title" | "source">): { title?: string; source?: string } {
  const entry = findingDefinition(f.code);
  return { title: f.title ?? entry?.title, source: f.source ?? entry?.source };
}

export function summary(counts: { errors: number; warnings: number; infos: number }): HTMLElement {
  return h(
    "div",
    { class: "counts", "data-testid": "counts" },
    h("span", { class: "pill pill-error" }, `${count(counts.errors)} lỗi`),
    h("span", { class: "pill pill-warning" }, `${count(counts.warnings)} cảnh báo`),
    h("span", { class: "pill pill-info" }, `${count(counts.infos)} lưu ý`),
  );
}

export function findingList(findings: Finding[], onSelect?: (f: Finding) => void): HTMLElement {
  if (findings.length === 0) return h("p", { class: "empty" }, "Không có lỗi nào.");
  const root = h("div", { class: "findings", "data-testid": "findings" });
  for (const [sheet, items] of groupBySheet(findings)) {
    const list = h("ul", { class: "finding-list" });
    for (const f of items) {
      const where = f.cell ? `${f.sheet ? `${f.sheet}!` : ""}${f.cell}` : f.path || "";
      const { title, source } = findingDescription(f);
      const body = [
        h("span", { class: `sev sev-${f.severity}`, title: severityLabel(f.severity) }, severityLabel(f.severity)),
        title ? h("span", { class: "finding-title", "data-testid": "finding-title" }, title) : null,
        h("span", { class: "finding-msg" }, f.message),
        where ? h("span", { class: "finding-where" }, where) : null,
        source
          ? h("span", { class: "finding-source", "data-testid": "finding-source", title: f.code }, `Căn cứ: ${source}`)
          : null,
      ];
      list.append(
        h(
          "li",
          { class: "finding", "data-code": f.code },
          f.cell && onSelect
            ? h(
                "button",
                { type: "button", class: "finding-btn", title: `Chọn ô ${where}`, onclick: () => onSelect(f) },
                ...body,
              )
            : h("div", { class: "finding-btn" }, ...body),
        ),
      );
    }
    const errors = items.filter((f) => f.severity === "error").length;
    root.append(
      h(
        "details",
        { class: "group", open: true },
        h(
          "summary",
          {},
          h("span", { class: "group-name" }, sheet),
          h("span", { class: "group-count" }, errors ? `${count(errors)} lỗi` : `${count(items.length)}`),
        ),
        list,
      ),
    );
  }
  return root;
}
