// Chooses the campaign and the unit, remembered in the document settings (so the workbook knows where it goes).
import { listCampaigns, listUnits, type Campaign, type Unit } from "../../api/campaigns";
import type { PaneContext } from "../../host";
import { h, messageBar, show } from "../../ui/dom";
import { describe } from "../../ui/operation";

export interface CampaignChoice {
  campaign?: string;
  unit?: string;
}

export function campaignPicker(
  ctx: PaneContext,
  onChange: (c: CampaignChoice) => void,
): { element: HTMLElement; choice: () => CampaignChoice; reload: () => Promise<void> } {
  const campaignSelect = h("select", { id: "campaign", name: "campaign", "data-testid": "campaign" });
  const unitSelect = h("select", { id: "unit", name: "unit", "data-testid": "unit" });
  const status = h("div", { class: "status" });
  const choice = (): CampaignChoice => ({
    campaign: campaignSelect.value || undefined,
    unit: unitSelect.value || undefined,
  });

  async function reload() {
    try {
      const campaigns = await listCampaigns();
      fill(
        campaignSelect,
        campaigns.map((c: Campaign) => [c.id, `${c.name} (${c.year})`]),
        ctx.settings.get<string>("campaign"),
        "— chọn đợt —",
      );
      await loadUnits();
      show(status);
    } catch (e) {
      show(status, messageBar("warning", describe(e, "Tải danh sách đợt kiểm điểm")));
    }
  }

  async function loadUnits() {
    if (!campaignSelect.value) return fill(unitSelect, [], undefined, "— chọn đơn vị —");
    const units = await listUnits(campaignSelect.value);
    fill(
      unitSelect,
      units.map((u: Unit) => [u.code, `${u.name} (${u.code})`]),
      ctx.settings.get<string>("unit"),
      "— chọn đơn vị —",
    );
    onChange(choice());
  }

  campaignSelect.addEventListener("change", async () => {
    await ctx.settings.set("campaign", campaignSelect.value);
    await loadUnits().catch((e) => show(status, messageBar("warning", describe(e, "Tải danh sách đơn vị"))));
  });
  unitSelect.addEventListener("change", async () => {
    await ctx.settings.set("unit", unitSelect.value);
    onChange(choice());
  });

  // A campaign created in the Đợt kiểm điểm tab shows up here without a reload.
  window.addEventListener("officereview:campaigns-changed", () => void reload());

  const element = h(
    "div",
    { class: "field-group" },
    h("label", { for: "campaign" }, "Đợt kiểm điểm"),
    campaignSelect,
    h("label", { for: "unit" }, "Đơn vị"),
    unitSelect,
    status,
  );
  return { element, choice, reload };
}

function fill(
  select: HTMLSelectElement,
  options: [string, string][],
  selected: string | undefined,
  placeholder: string,
) {
  select.replaceChildren(
    h("option", { value: "" }, placeholder),
    ...options.map(([v, t]) => h("option", { value: v, selected: v === selected }, t)),
  );
}
