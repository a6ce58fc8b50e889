// The web app of the upper level (browser mode, wide window): a nav — Đợt kiểm điểm (setup), Biểu mẫu (the campaign's own
// form: a province's workbook mapped in the grid of panes/formMapping.ts, admins), Tổng quan (dashboard
// with the status tree and its filters, a unit drawer with findings and version history), Quyết định (the decisions
// grid with the HTXS cap), Văn bản (drafts, approval with a number from the register, the archive), Nhật ký (admins).
// Built with Fluent UI web components so it looks like Office; inside Office the 320 px task pane is used instead.
// The nav and the actions show only what the signed-in user's roles allow (roles.ts); the service still checks.
import "@fluentui/web-components/badge.js";
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/divider.js";
import "@fluentui/web-components/drawer.js";
import "@fluentui/web-components/drawer-body.js";
import "@fluentui/web-components/text-input.js";
import { setTheme } from "@fluentui/web-components";
import { webLightTheme } from "@fluentui/tokens";
import type { RoleGrant } from "../api/auth";
import {
  getSubmission,
  listCampaigns,
  listUnits,
  statusTree,
  submissionContent,
  type StatusNode,
  type StatusReport,
  type Submission,
  type Unit,
} from "../api/campaigns";
import {
  DOCUMENT_KINDS,
  LEVELS,
  listDecisions,
  listDocuments,
  type CampaignDocument,
  type CapGroup,
  type Decision,
  type DecisionInput,
  type Level,
} from "../api/campaignYear";
import { request } from "../api/http";
import type { Schemas } from "../api/types";
import { mergeCampaignNode } from "../api/merge";
import { createContext } from "../host";
import { type FormMapping, mountFormMapping } from "../panes/formMapping";
import { capGroupList, changedDecisions, parentUnits, saveChangedDecisions } from "../panes/year/decisions";
import { documentActions, kindName } from "../panes/year/documents";
import { yearPane, type YearPaneElement } from "../panes/year/year";
import { findingList } from "../panes/findings";
import { count, dateTime, el, h, messageBar, show } from "../ui/dom";
import { download } from "../ui/files";
import { runOperation } from "../ui/operation";
import { badge, button } from "./fluent";
import { profilesView } from "./profiles";
import { allowedIn, ownUnits, type Allowed } from "./roles";

/** Wide enough for the web app (narrower browser windows get the task pane's tabs). */
export const APP_MIN_WIDTH = 900;

type View = "setup" | "form" | "dashboard" | "decisions" | "documents" | "audit" | "profiles";

const VIEWS: Array<{ id: View; title: string; may: (a: Allowed) => boolean }> = [
  { id: "setup", title: "Đợt kiểm điểm", may: (a) => a.admin || a.create },
  // The campaign's own form (a province's workbook): admins only, as PUT /api/campaigns/{id}/form.
  { id: "form", title: "Biểu mẫu", may: (a) => a.admin },
  { id: "dashboard", title: "Tổng quan", may: () => true },
  { id: "decisions", title: "Quyết định", may: (a) => a.decide || a.approve },
  { id: "documents", title: "Văn bản", may: (a) => a.draft || a.approve },
  { id: "audit", title: "Nhật ký", may: (a) => a.admin },
  { id: "profiles", title: "Hồ sơ ánh xạ", may: (a) => a.admin },
];

const levelName = (l: Level | string | null | undefined) => (l ? (LEVELS.find(([k]) => k === l)?.[1] ?? l) : "—");
/** Lower case without diacritics: "chi bo" finds "Chi bộ". */
const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();

function statusBadge(n: StatusNode): HTMLElement {
  const color =
    n.status === "chua-nop"
      ? n.overdue
        ? "danger"
        : "subtle"
      : n.hasErrors
        ? "danger"
        : n.late
          ? "warning"
          : "success";
  return badge(n.statusText, color, { "data-testid": `status-${n.code}`, "data-status": n.status });
}

/** The status filters of the dashboard. */
const STATUS_FILTERS: Array<[string, string, (n: StatusNode) => boolean]> = [
  ["", "Mọi tình trạng", () => true],
  ["missing", "Chưa nộp", (n) => n.status === "chua-nop"],
  ["late", "Nộp muộn", (n) => n.status !== "chua-nop" && n.late],
  ["errors", "Có lỗi", (n) => n.status !== "chua-nop" && n.hasErrors],
  ["submitted", "Đã nộp", (n) => n.status !== "chua-nop"],
];

export interface WebAppOptions {
  /** The signed-in user's roles (null: a service that asks nobody to sign in — everything is shown). */
  roles: RoleGrant[] | null;
}

export function webApp(opts: WebAppOptions): HTMLElement {
  setTheme(webLightTheme);
  let campaign = "";
  let units: Unit[] = [];
  let allowed = allowedIn(opts.roles, undefined);
  let current: View = "dashboard";

  // ── The frame: campaign picker, nav, views ─────────────────────────────────────────────────────────────────
  const picker = h("select", { id: "app-campaign", "data-testid": "app-campaign", "aria-label": "Đợt kiểm điểm" });
  const navList = h("div", { class: "app-nav-items", role: "tablist", "aria-orientation": "vertical" });
  const mainStatus = h("div", { class: "status", "data-testid": "app-status" });
  const views = new Map<View, HTMLElement>();
  const nav = h(
    "nav",
    { class: "app-nav", "aria-label": "Chức năng" },
    h("label", { for: "app-campaign", class: "app-nav-label" }, "Đợt kiểm điểm"),
    picker,
    el("fluent-divider", {}),
    navList,
    el("fluent-divider", {}),
    h("a", { class: "app-pane-link", href: "?pane=1", "data-testid": "open-pane" }, "Công cụ Excel/Word (task pane)"),
  );
  const main = h("div", { class: "app-main" }, mainStatus);

  function renderNav() {
    const visible = VIEWS.filter((v) => v.may(allowed));
    if (!visible.some((v) => v.id === current))
      current = visible.find((v) => v.id === "dashboard")?.id ?? visible[0].id;
    navList.replaceChildren(
      ...visible.map((v) =>
        el(
          "fluent-button",
          {
            appearance: v.id === current ? "primary" : "subtle",
            role: "tab",
            "aria-selected": String(v.id === current),
            "data-testid": `nav-${v.id}`,
            "data-view": v.id,
            onclick: () => go(v.id),
          },
          v.title,
        ),
      ),
    );
    for (const [id, view] of views) view.hidden = id !== current;
    document.body.dataset.view = current;
  }

  function go(view: View) {
    current = view;
    renderNav();
    void refresh(view);
  }

  async function refresh(view: View) {
    if (view === "profiles") return (show(mainStatus), void (await profiles.refresh()));
    const mappingGrid = view === "form" ? formMapping() : undefined;
    if (!campaign && view !== "setup") return show(mainStatus, messageBar("info", "Chọn một đợt kiểm điểm."));
    show(mainStatus);
    if (view === "dashboard") await loadDashboard();
    else if (view === "decisions") await loadDecisionUnits();
    else if (view === "documents") await loadDocuments();
    else if (view === "audit") await loadAudit();
    else if (mappingGrid) await mappingGrid.setCampaign(campaign);
  }

  async function reloadCampaigns(selected?: string) {
    const list = await listCampaigns();
    picker.replaceChildren(
      h("option", { value: "" }, "— chọn đợt —"),
      ...list.map((c) => h("option", { value: c.id, selected: c.id === selected }, `${c.name} (${c.year})`)),
    );
    if (selected) picker.value = selected;
  }

  async function selectCampaign(id: string) {
    campaign = id;
    sessionStorage.setItem("officereview.app.campaign", id);
    allowed = allowedIn(opts.roles, id || undefined);
    renderNav();
    const fetched = id ? await runOperation(mainStatus, "Tải danh sách đơn vị", (op) => listUnits(id, op)) : undefined;
    units = fetched ?? [];
    fillUnitSelects();
    renderNav();
    if (id && (allowed.admin || allowed.create)) await setup.openCampaign(id, fetched);
    await refresh(current);
  }
  picker.addEventListener("change", () => void selectCampaign(picker.value));

  // ── Đợt kiểm điểm: the setup pane (create, issuer, unit list with preview, deadlines, close) ─────────────────
  const setup: YearPaneElement = yearPane({
    app: true,
    // Creating a campaign needs the admin of every campaign.
    hide: allowedIn(opts.roles, undefined).create ? ["decisions", "documents"] : ["decisions", "documents", "create"],
    onCreated: (id) => void reloadCampaigns(id).then(() => selectCampaign(id)),
    onUnitsChanged: (u) => ((units = u), fillUnitSelects()),
  });
  views.set("setup", h("section", { class: "app-view", "data-testid": "view-setup" }, setup));

  // ── Biểu mẫu: the campaign's own form, mapped in the grid the pane's "Gắn tên" tab uses ───────────────────────
  const formView = h("section", { class: "app-view", "data-testid": "view-form" });
  // Mounted when the view is first shown: the contract of figures it loads is not fetched for users who never open it.
  let mapping: FormMapping | undefined;
  const formMapping = () =>
    (mapping ??= mountFormMapping(formView, createContext("browser"), { campaignPicker: false }));
  views.set("form", formView);

  // ── Tổng quan: counts, filters, the status tree ──────────────────────────────────────────────────────────────
  let report: StatusReport | undefined;
  const dashStatus = h("div", { class: "status", "data-testid": "dash-status" });
  const counts = h("div", { class: "app-counts", "data-testid": "dash-counts" });
  const statusFilter = h(
    "select",
    { "data-testid": "dash-filter-status", "aria-label": "Tình trạng" },
    ...STATUS_FILTERS.map(([v, t]) => h("option", { value: v }, t)),
  );
  const kindFilter = h("select", { "data-testid": "dash-filter-kind", "aria-label": "Cấp, loại đơn vị" });
  const search = el("fluent-text-input", {
    placeholder: "Tìm theo tên hoặc mã",
    "data-testid": "dash-search",
    "aria-label": "Tìm đơn vị",
  }) as HTMLElement & { value: string };
  const table = h("table", { class: "app-table status-table", "data-testid": "status-table" });
  const shownCount = h("span", { class: "meta", "data-testid": "dash-shown" });
  for (const c of [statusFilter, kindFilter]) c.addEventListener("change", () => renderDashboard());
  search.addEventListener("input", () => renderDashboard());
  views.set(
    "dashboard",
    h(
      "section",
      { class: "app-view", "data-testid": "view-dashboard" },
      h("h2", {}, "Tổng quan"),
      counts,
      h(
        "div",
        { class: "app-filters" },
        statusFilter,
        kindFilter,
        search,
        button("Tải lại", () => void loadDashboard(), { "data-testid": "dash-reload" }),
        shownCount,
      ),
      dashStatus,
      h("div", { class: "app-scroll" }, table),
    ),
  );

  async function loadDashboard() {
    const id = campaign;
    const own = ownUnits(opts.roles, id);
    const r = await runOperation(dashStatus, "Tải tình hình nộp", (op) => statusTree(id, { ...op, unit: own?.[0] }));
    if (!r || id !== campaign) return;
    report = r;
    const kinds = new Map<string, string>();
    const walk = (n: StatusNode) => (kinds.set(n.kind, n.kindName), n.children.forEach(walk));
    r.units.forEach(walk);
    const keep = kindFilter.value;
    kindFilter.replaceChildren(
      h("option", { value: "" }, "Mọi cấp, loại"),
      ...[...kinds].map(([k, t]) => h("option", { value: k, selected: k === keep }, t)),
    );
    const c = r.counts;
    show(
      counts,
      card("Đơn vị", c.units, "units"),
      card("Đã nộp", c.submitted, "submitted"),
      card("Hợp lệ", c.valid, "valid"),
      card("Có lỗi", c.withErrors, "errors"),
      card("Nộp muộn", c.late, "late"),
      card("Chưa nộp", c.missing, "missing"),
      card("Quá hạn", c.overdue, "overdue"),
    );
    renderDashboard();
  }

  function card(label: string, n: number, key: string): HTMLElement {
    return h(
      "div",
      { class: "app-count", "data-testid": `count-${key}` },
      h("span", { class: "app-count-n" }, count(n)),
      h("span", { class: "app-count-label" }, label),
    );
  }

  function renderDashboard() {
    if (!report) return;
    const byStatus = STATUS_FILTERS.find(([v]) => v === statusFilter.value)![2];
    const kind = kindFilter.value;
    const q = fold((search.value ?? "").trim());
    const filtering = !!(statusFilter.value || kind || q);
    const matches = (n: StatusNode) =>
      byStatus(n) && (!kind || n.kind === kind) && (!q || fold(n.name).includes(q) || fold(n.code).includes(q));
    const rows: HTMLElement[] = [];
    let shown = 0;
    // A row is kept when it matches, or (as context, greyed) when something below it does.
    const visit = (n: StatusNode, depth: number): boolean => {
      const at = rows.length;
      const self = matches(n);
      rows.push(h("tr"));
      let below = false;
      for (const c of n.children) below = visit(c, depth + 1) || below;
      if (filtering && !self && !below) {
        rows.splice(at, 1);
        return false;
      }
      if (self && filtering) shown++;
      rows[at] = statusRow(n, depth, filtering && !self);
      return true;
    };
    for (const n of report.units) visit(n, 0);
    table.replaceChildren(
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...["Đơn vị", "Mã", "Cấp, loại", "Tình trạng", "Lần nộp", "Nộp lúc", "Hạn", "Cấp dưới đã nộp"].map((t) =>
            h("th", {}, t),
          ),
        ),
      ),
      h("tbody", {}, ...rows),
    );
    shownCount.textContent = filtering ? `${count(shown)} đơn vị khớp bộ lọc` : "";
  }

  function statusRow(n: StatusNode, depth: number, context: boolean): HTMLElement {
    const s = n.subtree;
    return h(
      "tr",
      { "data-unit": n.code, "data-depth": depth, class: context ? "context" : "match" },
      h(
        "td",
        { style: `padding-left:${8 + depth * 18}px` },
        h(
          "button",
          { type: "button", class: "link", "data-testid": `open-${n.code}`, onclick: () => void openUnit(n.code) },
          n.name,
        ),
      ),
      h("td", { class: "mono" }, n.code),
      h("td", {}, n.kindName),
      h("td", {}, statusBadge(n)),
      h("td", {}, n.versions ? String(n.versions) : "—"),
      h("td", {}, n.latest ? dateTime(n.latest.receivedAt) : "—"),
      h("td", {}, n.deadline ? dateTime(n.deadline) : "—"),
      h("td", {}, s.units ? `${count(s.submitted)}/${count(s.units)}` : ""),
    );
  }

  // ── The unit drawer: the latest submission's findings, its version history ──────────────────────────────────
  const drawerTitle = h("h2", { slot: "title", "data-testid": "drawer-title" });
  const drawerContent = h("div", { class: "drawer-content", "data-testid": "drawer-content" });
  const drawer = el(
    "fluent-drawer",
    { type: "non-modal", position: "end", size: "large", "data-testid": "unit-drawer", "aria-label": "Đơn vị" },
    el(
      "fluent-drawer-body",
      {},
      drawerTitle,
      el(
        "fluent-button",
        {
          slot: "close",
          appearance: "transparent",
          "aria-label": "Đóng",
          "data-testid": "drawer-close",
          onclick: () => (drawer as unknown as { hide(): void }).hide(),
        },
        "✕",
      ),
      drawerContent,
    ),
  ) as HTMLElement & { show(): void; hide(): void };

  async function openUnit(code: string) {
    const id = campaign;
    const node = findNode(code);
    drawerTitle.textContent = node ? `${node.name} (${code})` : code;
    const slot = h("div", { class: "status" });
    show(drawerContent, slot);
    drawer.dataset.unit = code;
    drawer.show();
    const r = await runOperation(slot, "Tải các lần nộp", async (op) => {
      const list = (
        await request<Submission[]>(
          `/api/campaigns/${encodeURIComponent(id)}/units/${encodeURIComponent(code)}/submissions`,
          op,
        )
      ).body;
      const sorted = [...list].sort((a, b) => b.version - a.version);
      const latest = sorted.length ? await getSubmission(id, sorted[0].id, op) : undefined;
      return { sorted, latest };
    });
    if (!r) return;
    const findingsSlot = h("div", { "data-testid": "drawer-findings" });
    const showFindings = (s: Submission) =>
      show(
        findingsSlot,
        h("h3", {}, `Lỗi và cảnh báo — lần ${s.version} (${s.fileName})`),
        findingList(s.findings ?? []),
      );
    if (r.latest) showFindings(r.latest);
    const versions = h(
      "table",
      { class: "app-table", "data-testid": "drawer-versions" },
      h(
        "thead",
        {},
        h("tr", {}, ...["Lần", "Tệp", "Nhận lúc", "Lỗi", "Cảnh báo", "Muộn", ""].map((t) => h("th", {}, t))),
      ),
      h(
        "tbody",
        {},
        ...r.sorted.map((s) =>
          h(
            "tr",
            { "data-version": s.version, "data-submission": s.id },
            h("td", {}, String(s.version), s.id === r.latest?.id ? " (hiện hành)" : ""),
            h("td", {}, s.fileName),
            h("td", {}, dateTime(s.receivedAt)),
            h("td", {}, badge(String(s.errors), s.errors ? "danger" : "success")),
            h("td", {}, String(s.warnings)),
            h("td", {}, s.late ? "muộn" : ""),
            h(
              "td",
              {},
              button(
                "Xem lỗi",
                () =>
                  void runOperation(slot, "Tải lần nộp", (op) => getSubmission(id, s.id, op)).then(
                    (full) => full && showFindings(full),
                  ),
                { "data-testid": `version-findings-${s.version}` },
              ),
              " ",
              button(
                "Tải tệp",
                () =>
                  void runOperation(slot, "Tải tệp", (op) => submissionContent(id, s.id, op)).then(
                    (b) => b && download(b, s.fileName),
                  ),
                { "data-testid": `version-download-${s.version}` },
              ),
            ),
          ),
        ),
      ),
    );
    const mergeSlot = h("div", { class: "status", "data-testid": "drawer-merge" });
    const canMerge = (allowed.decide || allowed.admin) && (node?.children.length ?? 0) > 0;
    show(
      drawerContent,
      node
        ? h("p", {}, statusBadge(node), " ", node.kindName, node.deadline ? ` · hạn ${dateTime(node.deadline)}` : "")
        : null,
      canMerge
        ? h(
            "div",
            { class: "actions" },
            button("Tổng hợp tại đơn vị này", () => void merge(code, mergeSlot), {
              appearance: "primary",
              "data-testid": "merge-unit",
            }),
          )
        : null,
      mergeSlot,
      slot,
      r.latest ? findingsSlot : messageBar("info", "Đơn vị chưa nộp báo cáo."),
      r.sorted.length ? h("h3", {}, `Lịch sử phiên bản (${r.sorted.length})`) : null,
      r.sorted.length ? versions : null,
    );
  }

  async function merge(code: string, slot: HTMLElement) {
    const id = campaign;
    const m = await runOperation(slot, "Tổng hợp", (op) => mergeCampaignNode(id, code, { signal: op.signal }));
    if (!m) return;
    const c = m.json.counts;
    // The consolidated workbook: in the campaign's own form when it has one (its layout, with "Theo đơn vị" and "Nguồn").
    const fetching = h("div", { class: "status" });
    const getWorkbook = async () => {
      const wb =
        m.workbook ??
        (m.fetchWorkbook
          ? await runOperation(fetching, "Tải bảng tổng hợp", (op) => m.fetchWorkbook!(op.signal))
          : undefined);
      if (wb) download(wb, m.workbookName);
    };
    show(
      slot,
      messageBar(
        c.errors ? "warning" : "success",
        // counts.merged is the units summed from the units below them (this one included), not the units merged.
        `Đã tổng hợp tại ${m.json.unit.name}: ${count(c.submitted + c.merged)}/${count(c.units)} đơn vị có số liệu (${count(c.submitted)} đã nộp, ${count(c.merged)} tổng hợp từ cấp dưới), ` +
          `${count(c.missing)} chưa nộp, ${count(c.errors)} lỗi (kết quả số ${m.resultId ?? "?"}).`,
        m.workbook || m.fetchWorkbook
          ? button("Tải bảng tổng hợp (.xlsx)", () => void getWorkbook(), { "data-testid": "merge-download" })
          : null,
        fetching,
      ),
    );
  }

  function findNode(code: string): StatusNode | undefined {
    const find = (n: StatusNode): StatusNode | undefined => (n.code === code ? n : n.children.map(find).find(Boolean));
    return report?.units.map(find).find(Boolean);
  }

  // ── Quyết định: the grid of proposals and decisions, bulk decisions, the HTXS cap ───────────────────────────
  const decisionsUnit = h("select", { "data-testid": "decisions-unit", "aria-label": "Các đơn vị trực thuộc của" });
  const decisionsStatus = h("div", { class: "status", "data-testid": "decisions-status" });
  const capSlot = h("div", { "data-testid": "cap-groups-slot" });
  const grid = h("table", { class: "app-table decisions-grid", "data-testid": "decisions-grid" });
  const bulkLevel = h(
    "select",
    { "data-testid": "bulk-level", "aria-label": "Mức cho các đơn vị đã chọn" },
    ...LEVELS.map(([v, t]) => h("option", { value: v }, t)),
  );
  const bulkReason = h("input", {
    type: "text",
    placeholder: "Lý do (bắt buộc khi khác đề xuất)",
    "data-testid": "bulk-reason",
    "aria-label": "Lý do",
  });
  const bulkBar = h(
    "div",
    { class: "app-filters", "data-testid": "bulk-bar" },
    h("span", {}, "Các đơn vị đã chọn:"),
    bulkLevel,
    bulkReason,
    button("Quyết định các đơn vị đã chọn", () => void bulkDecide(), {
      appearance: "primary",
      "data-testid": "bulk-apply",
    }),
    button("Chấp nhận đề xuất của các đơn vị đã chọn", () => void acceptProposals(), { "data-testid": "bulk-accept" }),
  );
  let rows: Decision[] = [];
  decisionsUnit.addEventListener("change", () => void loadDecisions());
  views.set(
    "decisions",
    h(
      "section",
      { class: "app-view", "data-testid": "view-decisions" },
      h("h2", {}, "Thẩm định, quyết định xếp loại"),
      h("div", { class: "app-filters" }, h("label", {}, "Các đơn vị trực thuộc của "), decisionsUnit),
      capSlot,
      bulkBar,
      decisionsStatus,
      h("div", { class: "app-scroll" }, grid),
      h(
        "div",
        { class: "actions" },
        button("Lưu các thay đổi", () => void saveRows(), { appearance: "primary", "data-testid": "save-decisions" }),
      ),
    ),
  );

  async function loadDecisionUnits() {
    if (!decisionsUnit.value) {
      const parents = parentUnits(units);
      const own = ownUnits(opts.roles, campaign);
      decisionsUnit.value = (own?.find((c) => parents.some((p) => p.code === c)) ?? parents[0]?.code) || "";
    }
    await loadDecisions();
  }

  async function loadDecisions() {
    const [id, unit] = [campaign, decisionsUnit.value];
    if (!unit) return (show(capSlot), grid.replaceChildren());
    const r = await runOperation(decisionsStatus, "Tải đề xuất và quyết định", (op) => listDecisions(id, unit, op));
    if (r) renderDecisions(r.decisions, r.groups);
  }

  function renderDecisions(decisions: Decision[], groups: CapGroup[]) {
    rows = decisions;
    const edit = allowed.decide;
    bulkBar.hidden = !edit;
    for (const b of views.get("decisions")!.querySelectorAll<HTMLElement>("[data-testid=save-decisions]"))
      b.hidden = !edit;
    show(
      capSlot,
      capGroupList(groups, (g) =>
        badge(g.overCap ? "Vượt giới hạn" : "Trong giới hạn", g.overCap ? "danger" : "success"),
      ),
    );
    const all = h("input", {
      type: "checkbox",
      "aria-label": "Chọn tất cả",
      "data-testid": "pick-all",
      onchange: (e: Event) => {
        for (const c of grid.querySelectorAll<HTMLInputElement>("input[data-pick]"))
          c.checked = (e.target as HTMLInputElement).checked;
      },
    });
    grid.replaceChildren(
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", {}, edit ? all : ""),
          ...["Đơn vị", "Đề xuất", "Quyết định", "Lý do", "Người quyết định, lúc", "Dùng khi tổng hợp"].map((t) =>
            h("th", {}, t),
          ),
        ),
      ),
      h("tbody", {}, ...decisions.map((d) => decisionRow(d, edit))),
    );
    if (!decisions.length) grid.append(h("caption", {}, "Không có đơn vị trực thuộc."));
  }

  function decisionRow(d: Decision, edit: boolean): HTMLElement {
    const level = h(
      "select",
      { "data-testid": `decision-${d.unit}`, "aria-label": `Mức quyết định cho ${d.unitName}`, disabled: !edit },
      h("option", { value: "" }, "— chưa quyết định —"),
      ...LEVELS.map(([v, t]) => h("option", { value: v, selected: v === d.decided }, t)),
    );
    const reason = h("input", {
      type: "text",
      value: d.reason ?? "",
      placeholder: "Lý do",
      "data-testid": `reason-${d.unit}`,
      "aria-label": `Lý do cho ${d.unitName}`,
      disabled: !edit,
    });
    return h(
      "tr",
      { "data-unit": d.unit, class: d.decided && d.decided !== d.proposed ? "changed" : "" },
      h(
        "td",
        {},
        edit
          ? h("input", {
              type: "checkbox",
              "data-pick": d.unit,
              "data-testid": `pick-${d.unit}`,
              "aria-label": `Chọn ${d.unitName}`,
            })
          : "",
      ),
      h("td", {}, d.unitName, h("br"), h("span", { class: "meta mono" }, d.unit)),
      h("td", { "data-testid": `proposed-${d.unit}` }, levelName(d.proposed)),
      h("td", {}, level),
      h("td", {}, reason),
      h(
        "td",
        {},
        d.decidedAt
          ? h("span", { "data-testid": `decided-${d.unit}` }, `${d.decidedBy ?? ""}, ${dateTime(d.decidedAt)}`)
          : "—",
      ),
      h(
        "td",
        {},
        levelName(d.effective),
        " ",
        d.isProposal && d.effective
          ? badge("đề xuất", "warning")
          : d.effective
            ? badge("đã quyết định", "success")
            : "",
      ),
    );
  }

  const save = (changes: DecisionInput[]) => saveChangedDecisions(decisionsStatus, campaign, changes, loadDecisions);
  const saveRows = () => save(changedDecisions(rows, grid));

  const picked = () =>
    [...grid.querySelectorAll<HTMLInputElement>("input[data-pick]:checked")].map((c) => c.dataset.pick!);

  function bulkDecide() {
    const reason = bulkReason.value.trim();
    return save(picked().map((unit) => ({ unit, level: bulkLevel.value as Level, ...(reason ? { reason } : {}) })));
  }

  function acceptProposals() {
    const chosen = new Set(picked());
    return save(
      rows.filter((d) => chosen.has(d.unit) && d.proposed).map((d) => ({ unit: d.unit, level: d.proposed as Level })),
    );
  }

  // ── Văn bản: draft from the campaign, approve (number from the register), download, the archive ─────────────
  const docKind = h(
    "select",
    { "data-testid": "doc-kind", "aria-label": "Loại văn bản" },
    ...DOCUMENT_KINDS.map(([v, t]) => h("option", { value: v }, t)),
  );
  const docUnit = h("select", { "data-testid": "doc-unit", "aria-label": "Đơn vị ban hành / số liệu của" });
  const missingSlot = h("div", { class: "missing", "data-testid": "missing-units" });
  const docStatus = h("div", { class: "status", "data-testid": "doc-status" });
  const docTable = h("table", { class: "app-table", "data-testid": "documents-list" });
  const draftBar = h(
    "div",
    { class: "app-filters" },
    docKind,
    docUnit,
    button("Lập dự thảo", () => void docActions.draft(), { appearance: "primary", "data-testid": "draft-document" }),
  );
  const archiveButton = button("Tải hồ sơ lưu trữ (.zip)", () => void docActions.archive(), {
    "data-testid": "download-archive",
  });
  const docActions = documentActions({
    campaign: () => campaign,
    kind: docKind,
    unit: docUnit,
    missingSlot,
    status: docStatus,
    reload: loadDocuments,
  });
  views.set(
    "documents",
    h(
      "section",
      { class: "app-view", "data-testid": "view-documents" },
      h("h2", {}, "Văn bản của đợt"),
      draftBar,
      missingSlot,
      h("div", { class: "actions" }, archiveButton),
      docStatus,
      h("div", { class: "app-scroll" }, docTable),
    ),
  );

  async function loadDocuments() {
    draftBar.hidden = !allowed.draft;
    archiveButton.hidden = !allowed.admin;
    const id = campaign;
    const docs = await runOperation(docStatus, "Tải danh sách văn bản", (op) => listDocuments(id, op));
    if (!docs) return;
    docTable.replaceChildren(
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...["Loại", "Đơn vị", "Trạng thái", "Số, ký hiệu", "Lập", "Duyệt", "SHA-256 bản duyệt", ""].map((t) =>
            h("th", {}, t),
          ),
        ),
      ),
      h("tbody", {}, ...docs.map(documentRow)),
    );
    if (!docs.length) docTable.append(h("caption", {}, "Chưa có văn bản."));
    await docActions.loadMissing();
  }

  function documentRow(d: CampaignDocument): HTMLElement {
    const approved = d.state === "approved";
    const { get, approve } = docActions.forDocument(d);
    const src = d.source ?? {};
    const from = [
      src.result !== undefined ? `tổng hợp số ${src.result}` : "",
      src.decided !== undefined
        ? `trực thuộc trực tiếp: ${src.decided} đã quyết định, ${src.proposals ?? 0} còn là đề xuất`
        : "",
      "previous" in src
        ? src.previous
          ? `so sánh với ${src.previous.split("/")[0]}`
          : "không có số liệu năm trước"
        : "",
      src.units?.length ? `đôn đốc ${src.units.length} đơn vị` : "",
    ]
      .filter(Boolean)
      .join("; ");
    return h(
      "tr",
      { "data-doc": d.id, "data-kind": d.kind },
      h(
        "td",
        {},
        kindName(d.kind),
        from ? h("div", { class: "meta", "data-testid": `doc-source-${d.id}` }, from) : null,
      ),
      h("td", {}, units.find((u) => u.code === d.unit)?.name ?? d.unit),
      h(
        "td",
        {},
        badge(approved ? "Đã duyệt" : "Dự thảo", approved ? "success" : "warning", {
          "data-testid": `doc-state-${d.id}`,
        }),
      ),
      h("td", { "data-testid": `doc-number-${d.id}` }, approved ? (d.documentNumber ?? "") : "—"),
      h("td", {}, `${dateTime(d.createdAt)}${d.createdBy ? ` · ${d.createdBy}` : ""}`),
      h("td", {}, approved ? `${d.approvedBy ?? ""}${d.approvedAt ? `, ${dateTime(d.approvedAt)}` : ""}` : ""),
      h(
        "td",
        { class: "hash", title: d.approvedSha256 ?? "" },
        d.approvedSha256 ? `${d.approvedSha256.slice(0, 16)}…` : "",
      ),
      h(
        "td",
        { class: "row-actions" },
        button("Tải dự thảo", get("content"), { "data-testid": `download-draft-${d.id}` }),
        approved ? button("Tải bản đã duyệt", get("final"), { "data-testid": `download-final-${d.id}` }) : null,
        !approved && allowed.approve
          ? button("Duyệt, lấy số", () => void approve(), { appearance: "primary", "data-testid": `approve-${d.id}` })
          : null,
      ),
    );
  }

  // ── Nhật ký (admins): the campaign's audit log, newest first ─────────────────────────────────────────────────
  const auditStatus = h("div", { class: "status" });
  const auditTable = h("table", { class: "app-table", "data-testid": "audit-table" });
  views.set(
    "audit",
    h(
      "section",
      { class: "app-view", "data-testid": "view-audit" },
      h("h2", {}, "Nhật ký"),
      h(
        "div",
        { class: "actions" },
        button("Tải lại", () => void loadAudit()),
        button(
          "Xuất Excel",
          () =>
            void runOperation(auditStatus, "Xuất nhật ký", (op) =>
              request<Blob>(`/api/audit/export.xlsx?campaign=${encodeURIComponent(campaign)}`, {
                responseType: "blob",
                ...op,
              }),
            ).then((r) => r && download(r.body, `nhat-ky-${campaign}.xlsx`)),
        ),
      ),
      auditStatus,
      h("div", { class: "app-scroll" }, auditTable),
    ),
  );

  async function loadAudit() {
    const id = campaign;
    const r = await runOperation(auditStatus, "Tải nhật ký", (op) =>
      request<Schemas["AuditEntry"][]>(`/api/audit?campaign=${encodeURIComponent(id)}&limit=1000`, op),
    );
    if (!r) return;
    auditTable.replaceChildren(
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...["Số", "Lúc", "Người dùng", "Hành động", "Đơn vị", "Đối tượng", "Chi tiết"].map((t) => h("th", {}, t)),
        ),
      ),
      h(
        "tbody",
        {},
        ...[...r.body]
          .reverse()
          .map((e) =>
            h(
              "tr",
              { "data-action": e.action },
              h("td", {}, String(e.id)),
              h("td", {}, dateTime(e.at)),
              h("td", {}, e.user),
              h("td", { class: "mono" }, e.action),
              h("td", {}, e.unit ?? ""),
              h("td", {}, e.target ?? ""),
              h("td", { class: "detail" }, e.detail ?? ""),
            ),
          ),
      ),
    );
  }

  function fillUnitSelects() {
    const parents = parentUnits(units);
    const opts = (list: Unit[]) => list.map((u) => h("option", { value: u.code }, `${u.name} (${u.code})`));
    const keepD = decisionsUnit.value,
      keepU = docUnit.value;
    decisionsUnit.replaceChildren(h("option", { value: "" }, "— chọn đơn vị —"), ...opts(parents));
    docUnit.replaceChildren(h("option", { value: "" }, "— chọn đơn vị —"), ...opts(units));
    decisionsUnit.value = units.some((u) => u.code === keepD) ? keepD : "";
    docUnit.value = units.some((u) => u.code === keepU) ? keepU : (units.find((u) => !u.parent)?.code ?? "");
  }

  // ── Hồ sơ ánh xạ (admins): saved mapping profiles, and last year's files imported through one (profiles.ts) ────
  const profiles = profilesView({ campaign: () => campaign });
  views.set("profiles", profiles.element);

  for (const [, v] of views) main.append(v);
  renderNav();
  const remembered = sessionStorage.getItem("officereview.app.campaign") ?? "";
  void reloadCampaigns(remembered)
    .then(() => selectCampaign(picker.value))
    .catch(() => show(mainStatus, messageBar("warning", "Không tải được danh sách đợt kiểm điểm.")));
  return h("div", { class: "app", "data-testid": "webapp" }, nav, main, drawer);
}
