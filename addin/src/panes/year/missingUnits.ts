import { type StatusNode, statusTree } from "../../api/campaigns";
import { h, messageBar, show } from "../../ui/dom";
import { runOperation } from "../../ui/operation";

/**
 * The units below `unit` that have not submitted, shown in `slot` as tick boxes (all ticked) for the công văn đôn đốc;
 * the pane's year tab and the web app's documents view both use it. `status` shows the loading and any error.
 */
export async function showMissingUnits(
  slot: HTMLElement,
  status: HTMLElement,
  campaignId: string,
  unit: string,
): Promise<void> {
  const s = await runOperation(status, "Tải tình hình nộp", (op) => statusTree(campaignId, { ...op, unit }));
  if (!s) return;
  const below: StatusNode[] = [];
  const find = (n: StatusNode): StatusNode | undefined => (n.code === unit ? n : n.children.map(find).find(Boolean));
  const walk = (n: StatusNode): void => {
    for (const c of n.children) {
      below.push(c);
      walk(c);
    }
  };
  const top = s.units.map(find).find(Boolean);
  if (top) walk(top);
  const missing = below.filter((n) => n.status === "chua-nop");
  show(
    slot,
    missing.length
      ? h(
          "fieldset",
          {},
          h("legend", {}, `Đơn vị chưa nộp (${missing.length}) — đánh dấu các đơn vị cần đôn đốc`),
          ...missing.map((n) =>
            h(
              "label",
              { class: "check" },
              h("input", { type: "checkbox", value: n.code, checked: true, "data-testid": `missing-${n.code}` }),
              ` ${n.name} (${n.code})${n.overdue ? " — quá hạn" : ""}`,
            ),
          ),
        )
      : messageBar("info", "Mọi đơn vị trực thuộc đã nộp."),
  );
}
