// The decisions on the subordinates' levels, written once for the pane's year tab and the web app's "Quyết định" view
// (they lay the rows out differently: cards in the pane, a grid in the web app).
import type { Unit } from "../../api/campaigns";
import { type CapGroup, type Decision, type DecisionInput, type Level, saveDecisions } from "../../api/campaignYear";
import { h, messageBar, show } from "../../ui/dom";
import { runOperation } from "../../ui/operation";

/** The units that have units below them (whose subordinates' levels are decided there), in list order. */
export function parentUnits(units: Unit[]): Unit[] {
  const parents = new Set(units.map((u) => u.parent));
  return units.filter((u) => parents.has(u.code));
}

const percent = (p: number | null | undefined) =>
  p == null ? "—" : `${p.toLocaleString("vi-VN", { maximumFractionDigits: 2 })}%`;

/** The HTXS cap of every comparable group (null when there is none); `badge` (the web app's) follows a group's counts. */
export function capGroupList(groups: CapGroup[], badge?: (g: CapGroup) => HTMLElement): HTMLElement | null {
  if (!groups.length) return null;
  const item = (g: CapGroup) => {
    const binding = g.denominator === "good" ? "÷ HTT" : "÷ (HTT + HTXS)";
    return h(
      "li",
      { class: "cap-group", "data-parent": g.parent, "data-block": g.block },
      h(
        "p",
        {},
        h("strong", {}, `${g.blockName} — ${g.parentName}`),
        `: ${g.units} đơn vị, ${g.decided} đã quyết định, ${g.proposals} còn là đề xuất.${badge ? " " : ""}`,
        badge ? badge(g) : null,
      ),
      h(
        "p",
        { class: "meta", "data-testid": "cap-figures" },
        `HTXS ${g.excellent}, HTT ${g.good}. HTXS ÷ HTT = ${percent(g.percentOfGood)}; HTXS ÷ (HTT + HTXS) = ${percent(g.percentOfGoodAndExcellent)}. Giới hạn ${percent(g.capPercent)}, tính theo ${binding}.`,
      ),
      g.overCap ? messageBar("warning", g.message || `Vượt giới hạn HTXS ${percent(g.capPercent)}.`) : null,
    );
  };
  return h("ul", { class: "cap-groups", "data-testid": "cap-groups" }, ...groups.map(item));
}

/**
 * The rows whose level or reason was changed in `container` (its controls "decision-UNIT" and "reason-UNIT"): a level
 * is chosen and differs from the one stored, or the reason does.
 */
export function changedDecisions(rows: Decision[], container: ParentNode): DecisionInput[] {
  return rows.flatMap((d) => {
    const level = (container.querySelector<HTMLSelectElement>(`[data-testid="decision-${d.unit}"]`)?.value ?? "") as
      | Level
      | "";
    const reason = container.querySelector<HTMLInputElement>(`[data-testid="reason-${d.unit}"]`)?.value.trim() ?? "";
    if (!level || (level === d.decided && reason === (d.reason ?? ""))) return [];
    return [{ unit: d.unit, level, ...(reason ? { reason } : {}) }];
  });
}

/** Saves the decisions, reloads the list (the answer carries only the units saved), then says how it went in `status`. */
export async function saveChangedDecisions(
  status: HTMLElement,
  campaignId: string,
  changes: DecisionInput[],
  reload: () => Promise<void>,
): Promise<void> {
  if (!changes.length) return show(status, messageBar("info", "Không có thay đổi."));
  const r = await runOperation(status, `Lưu ${changes.length} quyết định`, (op) =>
    saveDecisions(campaignId, changes, op),
  );
  if (!r) return;
  const over = r.groups.filter((g) => g.overCap).length;
  await reload();
  show(
    status,
    messageBar(
      over ? "warning" : "success",
      `Đã lưu ${r.decisions.length} quyết định${over ? `; ${over} nhóm vượt giới hạn HTXS` : ""}.`,
    ),
  );
}
