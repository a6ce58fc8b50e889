// Đợt kiểm điểm (upper level, browser mode): the year of a campaign without JSON — create it, the issuer's details
// once, the unit list with its tree and findings, deadlines with both dates, close it; decisions on the subordinates'
// levels with the HTXS cap; documents drafted from the campaign, approved with a number from the register; the archive.
import { listCampaigns, listUnits, type Unit } from "../../api/campaigns";
import {
  closeCampaign,
  createCampaign,
  DOCUMENT_KINDS,
  getCampaign,
  getIssuer,
  importUnits,
  LEVELS,
  listDecisions,
  listDocuments,
  putIssuer,
  rulesetForYear,
  setDeadlines,
  type CampaignDetails,
  type CapGroup,
  type CampaignDocument,
  type Deadline,
  type Decision,
  type Issuer,
  type Level,
} from "../../api/campaignYear";
import { ApiError } from "../../api/http";
import type { Finding } from "../../api/validate";
import { dateTime, h, messageBar, show } from "../../ui/dom";
import { fileDrop } from "../../ui/files";
import { runOperation } from "../../ui/operation";
import { findingList } from "../findings";
import { capGroupList, changedDecisions, parentUnits, saveChangedDecisions } from "./decisions";
import { documentActions, kindName } from "./documents";

/** Other panes (Nộp, Tổng hợp) reload their "— chọn đợt —" list when a campaign is created. */
export const CAMPAIGNS_CHANGED = "officereview:campaigns-changed";

const KIND_NAMES: Record<string, string> = {
  "dang-bo-tinh": "Đảng bộ tỉnh",
  "dang-bo-cap-tren-co-so": "Đảng bộ cấp trên trực tiếp cơ sở",
  "dang-bo-co-so": "Đảng bộ cơ sở",
  "chi-bo-co-so": "Chi bộ cơ sở",
  "dang-bo-bo-phan": "Đảng bộ bộ phận",
  "chi-bo-truc-thuoc": "Chi bộ trực thuộc",
};

const ISSUER_LEVELS: Array<[string, string]> = [
  ["", "— theo mặc định —"],
  ["tinh-uy", "Tỉnh ủy"],
  ["huyen-uy", "Huyện ủy"],
  ["dang-uy-xa", "Đảng ủy xã"],
  ["dang-uy-cap-tren-co-so", "Đảng ủy cấp trên cơ sở"],
  ["dang-uy-co-so", "Đảng ủy cơ sở"],
  ["dang-uy-bo-phan", "Đảng ủy bộ phận"],
  ["chi-bo-co-so", "Chi bộ cơ sở"],
  ["chi-bo-truc-thuoc", "Chi bộ trực thuộc"],
];

const levelName = (l: Level | string | null | undefined) => (l ? (LEVELS.find(([k]) => k === l)?.[1] ?? l) : "chưa có");
const lines = (s: string) =>
  s
    .split("\n")
    .map((x) => x.trim())
    .filter(Boolean);

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  control.id = id;
  return h("div", { class: "field" }, h("label", { for: id }, label), control);
}

function select(
  options: Array<[string, string]>,
  selected?: string | null,
  attrs: Record<string, string> = {},
): HTMLSelectElement {
  return h("select", attrs, ...options.map(([v, t]) => h("option", { value: v, selected: v === (selected ?? "") }, t)));
}

/** The findings of a refused request (422 with `findings`), or none. */
function problemFindings(e: unknown): Finding[] {
  return e instanceof ApiError ? (e.problem?.findings ?? []) : [];
}

/** Options of the pane inside the web app: the app owns the campaign picker and shows decisions and documents itself. */
export interface YearPaneOptions {
  /** Hides the pane's own campaign picker (the app has one) and these sections. */
  app?: boolean;
  hide?: Array<"decisions" | "documents" | "create">;
  /** A campaign was created here: the app reloads its picker and selects it. */
  onCreated?: (id: string) => void;
  /** A unit list was imported here: the campaign's units as they now are. */
  onUnitsChanged?: (units: Unit[]) => void;
}

/**
 * The pane's element, with `openCampaign` for the web app (which picks the campaign elsewhere, and hands over the
 * campaign's units when it has already fetched them).
 */
export type YearPaneElement = HTMLElement & { openCampaign(id: string, units?: Unit[]): Promise<void> };

export function yearPane(opts: YearPaneOptions = {}): YearPaneElement {
  let campaign: CampaignDetails | undefined;
  let units: Unit[] = [];
  const status = h("div", { class: "status", "data-testid": "year-status" });
  const campaignSelect = h("select", { id: "year-campaign", "data-testid": "year-campaign" });
  const body = h("div", { class: "year-body", hidden: true });
  const info = h("p", { class: "meta", "data-testid": "campaign-info" });

  async function reloadCampaigns(selected?: string) {
    // In the web app the pane's own picker is hidden (the app has one): the list is not fetched for it.
    if (opts.app) return;
    const list = await listCampaigns();
    campaignSelect.replaceChildren(
      h("option", { value: "" }, "— chọn đợt —"),
      ...list.map((c) => h("option", { value: c.id, selected: c.id === selected }, `${c.name} (${c.year})`)),
    );
  }

  async function open(id: string, knownUnits?: Unit[]) {
    if (!id) return ((campaign = undefined), (body.hidden = true));
    const r = await runOperation(status, "Tải đợt kiểm điểm", async (op) => {
      const [c, u, issuer] = await Promise.all([
        getCampaign(id, op),
        knownUnits ?? listUnits(id, op),
        getIssuer(id, op),
      ]);
      return { c, u, issuer };
    });
    if (!r) return;
    campaign = r.c;
    units = r.u;
    renderInfo();
    fillIssuer(r.issuer);
    renderTree(unitTree);
    renderDeadlines();
    fillUnitSelects();
    for (const slot of [
      unitsStatus,
      unitsPreview,
      deadlineStatus,
      closeStatus,
      decisionsStatus,
      decisionsSlot,
      missingSlot,
    ])
      show(slot);
    await refreshDocuments();
    body.hidden = false;
  }

  function renderInfo() {
    if (!campaign) return;
    const closed = campaign.state === "closed";
    info.textContent = `Năm ${campaign.year} · Quy định ${campaign.rulesetId ?? rulesetForYear(campaign.year)} · ${units.length} đơn vị · ${closed ? `đã đóng${campaign.closedAt ? ` lúc ${dateTime(campaign.closedAt)}` : ""}` : "đang mở"}`;
    closeButton.disabled = closed;
  }

  // ── Tạo đợt mới ──────────────────────────────────────────────────────────────────────────────────────────────
  const thisYear = new Date().getFullYear();
  const newYear = h("input", { type: "number", min: 2018, max: 2100, value: thisYear, "data-testid": "new-year" });
  const newRuleset = h("span", { class: "pill pill-info", "data-testid": "new-ruleset" });
  const newName = h("input", { type: "text", "data-testid": "new-name" });
  const newId = h("input", { type: "text", placeholder: "tự sinh nếu để trống", "data-testid": "new-id" });
  const createStatus = h("div", { class: "status" });
  function yearChanged() {
    const y = Number(newYear.value);
    newRuleset.textContent = y ? `Quy định ${rulesetForYear(y)}` : "";
    if (!newName.dataset.touched) newName.value = y ? `Kiểm điểm, đánh giá, xếp loại năm ${y}` : "";
  }
  newYear.addEventListener("input", yearChanged);
  newName.addEventListener("input", () => (newName.dataset.touched = "1"));
  yearChanged();
  async function create() {
    const c = await runOperation(createStatus, "Tạo đợt kiểm điểm", (op) =>
      createCampaign(
        { id: newId.value.trim() || undefined, name: newName.value.trim(), year: Number(newYear.value) },
        op,
      ),
    );
    if (!c) return;
    await reloadCampaigns(c.id).catch(() => {});
    window.dispatchEvent(new CustomEvent(CAMPAIGNS_CHANGED));
    createBox.open = false;
    await open(c.id);
    opts.onCreated?.(c.id);
    status.prepend(
      messageBar("success", `Đã tạo đợt "${c.name}" (mã ${c.id}, Quy định ${c.rulesetId ?? rulesetForYear(c.year)}).`),
    );
  }
  const createBox = h(
    "details",
    { class: "group year-section", "data-testid": "create-section" },
    h("summary", {}, h("span", { class: "group-name" }, "Tạo đợt mới")),
    h(
      "div",
      { class: "form" },
      field("new-year", "Năm", newYear),
      h("p", { class: "hint" }, "Bộ quy định theo năm: ", newRuleset),
      field("new-name", "Tên đợt", newName),
      field("new-id", "Mã đợt (chữ thường, số, dấu -)", newId),
      h(
        "div",
        { class: "actions" },
        h(
          "button",
          { class: "btn btn-primary", type: "button", "data-testid": "create-campaign", onclick: () => create() },
          "Tạo đợt",
        ),
      ),
      createStatus,
    ),
  );

  // ── Cơ quan ban hành ────────────────────────────────────────────────────────────────────────────────────────
  const iv = {
    superior: h("input", { type: "text", "data-testid": "issuer-superior" }),
    issuer: h("input", { type: "text", "data-testid": "issuer-issuer" }),
    issuerCode: h("input", { type: "text", "data-testid": "issuer-code" }),
    place: h("input", { type: "text", "data-testid": "issuer-place" }),
    level: select(ISSUER_LEVELS, "", { "data-testid": "issuer-level" }),
    authority: select(
      [
        ["T/M", "T/M (thay mặt)"],
        ["K/T", "K/T (ký thay)"],
        ["T/L", "T/L (thừa lệnh)"],
        ["", "người đứng đầu ký"],
      ],
      "T/M",
      { "data-testid": "issuer-authority" },
    ),
    body: h("input", { type: "text", placeholder: "BAN THƯỜNG VỤ", "data-testid": "issuer-body" }),
    title: h("input", { type: "text", placeholder: "BÍ THƯ", "data-testid": "issuer-title" }),
    name: h("input", { type: "text", "data-testid": "issuer-name" }),
    recipients: h("textarea", { rows: 2, "data-testid": "issuer-recipients" }),
  };
  const copyTo = new Map<string, HTMLTextAreaElement>(
    [["default", "Các văn bản khác"] as [string, string], ...DOCUMENT_KINDS].map(([k]) => [
      k,
      h("textarea", { rows: 2, "data-testid": `copyto-${k}` }),
    ]),
  );
  const issuerStatus = h("div", { class: "status", "data-testid": "issuer-status" });
  function fillIssuer(i: Issuer | null) {
    iv.superior.value = i?.superior ?? "";
    iv.issuer.value = i?.issuer ?? "";
    iv.issuerCode.value = i?.issuerCode ?? "";
    iv.place.value = i?.place ?? "";
    iv.level.value = i?.level ?? "";
    iv.authority.value = i?.signer.authority ?? "T/M";
    iv.body.value = i?.signer.body ?? "";
    iv.title.value = i?.signer.title ?? "";
    iv.name.value = i?.signer.name ?? "";
    iv.recipients.value = (i?.recipients ?? []).join("\n");
    for (const [k, t] of copyTo) t.value = (i?.copyTo?.[k] ?? []).join("\n");
    show(
      issuerStatus,
      i?.updatedAt
        ? h("p", { class: "meta" }, `Lưu lúc ${dateTime(i.updatedAt)}${i.updatedBy ? ` bởi ${i.updatedBy}` : ""}.`)
        : messageBar("info", "Chưa có thông tin cơ quan ban hành: cần điền trước khi lập văn bản."),
    );
  }
  async function saveIssuer() {
    if (!campaign) return;
    const id = campaign.id;
    const c: Record<string, string[]> = {};
    for (const [k, t] of copyTo) if (lines(t.value).length) c[k] = lines(t.value);
    const issuer: Issuer = {
      superior: iv.superior.value.trim() || null,
      issuer: iv.issuer.value.trim(),
      issuerCode: iv.issuerCode.value.trim(),
      place: iv.place.value.trim(),
      level: iv.level.value || null,
      signer: {
        authority: iv.authority.value,
        body: iv.body.value.trim() || null,
        title: iv.title.value.trim(),
        name: iv.name.value.trim() || null,
      },
      copyTo: c,
      recipients: lines(iv.recipients.value),
    };
    const saved = await runOperation(issuerStatus, "Lưu thông tin cơ quan ban hành", (op) => putIssuer(id, issuer, op));
    if (saved) fillIssuer(saved), issuerStatus.prepend(messageBar("success", "Đã lưu thông tin cơ quan ban hành."));
  }
  const issuerBox = h(
    "details",
    { class: "group year-section", "data-testid": "issuer-section" },
    h("summary", {}, h("span", { class: "group-name" }, "Cơ quan ban hành")),
    h(
      "div",
      { class: "form" },
      field("issuer-superior", "Cơ quan cấp trên", iv.superior),
      field("issuer-issuer", "Cơ quan ban hành", iv.issuer),
      field("issuer-code", "Ký hiệu (sau dấu /, ví dụ ĐU)", iv.issuerCode),
      field("issuer-place", "Địa danh", iv.place),
      field("issuer-level", "Cấp", iv.level),
      field("issuer-authority", "Thẩm quyền ký", iv.authority),
      field("issuer-body", "Tập thể (sau T/M)", iv.body),
      field("issuer-title", "Chức vụ người ký", iv.title),
      field("issuer-name", "Họ tên người ký", iv.name),
      field("issuer-recipients", "Kính gửi (công văn), mỗi dòng một nơi", iv.recipients),
      h("p", { class: "hint" }, "Nơi nhận theo loại văn bản, mỗi dòng một nơi:"),
      ...[["default", "Các văn bản khác"] as [string, string], ...DOCUMENT_KINDS].map(([k, t]) =>
        field(`copyto-${k}`, `Nơi nhận — ${t}`, copyTo.get(k)!),
      ),
      h(
        "div",
        { class: "actions" },
        h(
          "button",
          { class: "btn btn-primary", type: "button", "data-testid": "save-issuer", onclick: () => saveIssuer() },
          "Lưu",
        ),
      ),
      issuerStatus,
    ),
  );

  // ── Danh sách đơn vị ────────────────────────────────────────────────────────────────────────────────────────
  const unitsStatus = h("div", { class: "status", "data-testid": "units-status" });
  const unitTree = h("div", { class: "tree", "data-testid": "units-tree" });
  function renderTree(slot: HTMLElement, list: Unit[] = units) {
    const byParent = new Map<string, Unit[]>();
    const codes = new Set(list.map((u) => u.code));
    for (const u of list) {
      const p = u.parent && codes.has(u.parent) ? u.parent : "";
      byParent.set(p, [...(byParent.get(p) ?? []), u]);
    }
    const branch = (p: string): HTMLElement | null => {
      const kids = byParent.get(p);
      if (!kids?.length) return null;
      return h(
        "ul",
        {},
        ...kids.map((u) =>
          h(
            "li",
            { "data-unit": u.code },
            h("span", { class: "node-name" }, u.name),
            " ",
            h("span", { class: "meta" }, `${u.code}${u.kind ? ` · ${KIND_NAMES[u.kind] ?? u.kind}` : ""}`),
            branch(u.code),
          ),
        ),
      );
    };
    show(slot, list.length ? branch("") : h("p", { class: "empty" }, "Chưa có đơn vị."));
  }
  // The list is first checked without storing (PUT …/units?dryRun=true): the preview tree and the findings row by row;
  // the user confirms, and only then is it imported (the same file again, stored this time).
  const unitsPreview = h("div", { class: "units-preview", "data-testid": "units-preview" });
  async function importList(file: File) {
    if (!campaign) return;
    const id = campaign.id;
    show(unitsPreview);
    const p = await runOperation(unitsStatus, `Kiểm tra ${file.name}`, (op) =>
      importUnits(id, file, file.name, { ...op, dryRun: true }),
    );
    if (!p) return;
    const tree = p.tree ?? [];
    const errors = p.findings.filter((f) => f.severity === "error").length;
    const confirm = h(
      "button",
      {
        class: "btn btn-primary",
        type: "button",
        disabled: !p.valid,
        "data-testid": "units-confirm",
        onclick: () => void confirmImport(file),
      },
      `Nhập ${tree.length.toLocaleString("vi-VN")} đơn vị này`,
    );
    const cancel = h(
      "button",
      {
        class: "btn",
        type: "button",
        "data-testid": "units-cancel",
        onclick: () => (show(unitsPreview), show(unitsStatus)),
      },
      "Hủy",
    );
    const previewTree = h("div", { class: "tree", "data-testid": "units-preview-tree" });
    renderTree(previewTree, tree);
    show(
      unitsStatus,
      p.valid
        ? messageBar(
            p.findings.length ? "warning" : "info",
            `Xem trước ${file.name}: ${tree.length.toLocaleString("vi-VN")} đơn vị, gốc ${p.roots.join(", ")}${p.findings.length ? `, ${p.findings.length} lưu ý` : ""}. Chưa lưu: kiểm tra cây rồi bấm "Nhập".`,
          )
        : messageBar(
            "error",
            `${file.name}: ${errors} lỗi — chưa thể nhập; sửa tệp rồi chọn lại. Danh sách hiện có giữ nguyên.`,
          ),
    );
    show(
      unitsPreview,
      p.findings.length ? findingList(p.findings) : null,
      h("div", { class: "actions" }, confirm, cancel),
      previewTree,
    );
  }
  async function confirmImport(file: File) {
    if (!campaign) return;
    const id = campaign.id;
    let refused: unknown;
    const r = await runOperation(unitsStatus, `Nhập ${file.name}`, async (op) => {
      try {
        const res = await importUnits(id, file, file.name, op);
        units = await listUnits(id, op);
        return res;
      } catch (e) {
        refused = e;
        throw e;
      }
    });
    const found = problemFindings(refused);
    if (found.length) unitsStatus.append(findingList(found));
    if (!r) return;
    show(unitsPreview);
    show(
      unitsStatus,
      messageBar(
        r.findings.length ? "warning" : "success",
        `Đã nhập ${file.name}: ${r.units.toLocaleString("vi-VN")} đơn vị, gốc ${r.roots.join(", ")}${r.findings.length ? `, ${r.findings.length} lưu ý` : ""}.`,
      ),
      r.findings.length ? findingList(r.findings) : null,
    );
    renderInfo();
    renderTree(unitTree);
    renderDeadlines();
    fillUnitSelects();
    opts.onUnitsChanged?.(units);
  }
  const unitsBox = h(
    "details",
    { class: "group year-section", "data-testid": "units-section" },
    h("summary", {}, h("span", { class: "group-name" }, "Danh sách đơn vị")),
    h(
      "div",
      { class: "form" },
      h(
        "p",
        { class: "hint" },
        "Tệp .xlsx hoặc .csv với các cột ma, ten, loai, loai_hinh, ma_cap_tren (hoặc code, name, kind, category, parent). Danh sách mới thay danh sách cũ.",
      ),
      fileDrop({
        label: "Chọn hoặc kéo thả danh sách đơn vị",
        accept: ".xlsx,.csv,.json",
        testId: "units-file",
        onFiles: ([f]) => void importList(f),
      }),
      unitsStatus,
      unitsPreview,
      h("p", { class: "hint" }, "Danh sách đang dùng:"),
      unitTree,
    ),
  );

  // ── Thời hạn ────────────────────────────────────────────────────────────────────────────────────────────────
  const deadlineRows = h("div", { class: "deadlines", "data-testid": "deadlines" });
  const deadlineStatus = h("div", { class: "status" });
  const dateOf = (s?: string | null) => (s ? (/^\d{4}-\d{2}-\d{2}/.exec(s)?.[0] ?? "") : "");
  function renderDeadlines() {
    const kinds = [...new Set(units.map((u) => u.kind).filter((k): k is string => !!k))];
    const rows = [...kinds, ""];
    deadlineRows.replaceChildren(
      ...rows.map((k) => {
        const d = campaign?.deadlines?.find((x) => (x.unitKind ?? "") === k);
        const slug = k || "khac";
        return h(
          "fieldset",
          { class: "deadline", "data-kind": k },
          h("legend", {}, k ? (KIND_NAMES[k] ?? k) : "Các đơn vị khác"),
          h(
            "div",
            { class: "row" },
            field(
              `review-${slug}`,
              "Xong kiểm điểm",
              h("input", { type: "date", value: dateOf(d?.reviewBy), "data-testid": `review-${slug}` }),
            ),
            field(
              `due-${slug}`,
              "Gửi báo cáo",
              h("input", { type: "date", value: dateOf(d?.due), "data-testid": `due-${slug}` }),
            ),
          ),
        );
      }),
    );
  }
  async function saveDeadlines() {
    if (!campaign) return;
    const id = campaign.id;
    const list: Deadline[] = [];
    for (const fs of deadlineRows.querySelectorAll<HTMLFieldSetElement>("fieldset")) {
      const [reviewBy, due] = [...fs.querySelectorAll("input")].map((i) => i.value);
      if (due) list.push({ unitKind: fs.dataset.kind || null, reviewBy: reviewBy || null, due });
    }
    const c = await runOperation(deadlineStatus, "Lưu thời hạn", (op) => setDeadlines(id, list, op));
    if (c)
      (campaign = c),
        renderInfo(),
        renderDeadlines(),
        show(deadlineStatus, messageBar("success", `Đã lưu ${list.length} thời hạn.`));
  }
  const deadlinesBox = h(
    "details",
    { class: "group year-section", "data-testid": "deadlines-section" },
    h("summary", {}, h("span", { class: "group-name" }, "Thời hạn")),
    h(
      "div",
      { class: "form" },
      h(
        "p",
        { class: "hint" },
        "Mỗi cấp hai mốc như kế hoạch: xong kiểm điểm, và báo cáo gửi tới cấp trên (nộp sau mốc này là nộp muộn).",
      ),
      deadlineRows,
      h(
        "div",
        { class: "actions" },
        h(
          "button",
          { class: "btn btn-primary", type: "button", "data-testid": "save-deadlines", onclick: () => saveDeadlines() },
          "Lưu thời hạn",
        ),
      ),
      deadlineStatus,
    ),
  );

  // ── Đóng đợt ────────────────────────────────────────────────────────────────────────────────────────────────
  const closeStatus = h("div", { class: "status" });
  const closeConfirm = h(
    "button",
    {
      class: "btn btn-primary",
      type: "button",
      hidden: true,
      "data-testid": "close-confirm",
      onclick: () => doClose(),
    },
    "Xác nhận đóng đợt",
  );
  const closeButton = h(
    "button",
    { class: "btn", type: "button", "data-testid": "close-campaign", onclick: () => (closeConfirm.hidden = false) },
    "Đóng đợt…",
  );
  async function doClose() {
    if (!campaign) return;
    const id = campaign.id;
    closeConfirm.hidden = true;
    const c = await runOperation(closeStatus, "Đóng đợt kiểm điểm", (op) => closeCampaign(id, op));
    if (c)
      (campaign = c),
        renderInfo(),
        show(
          closeStatus,
          messageBar("success", "Đã đóng đợt: không nhận thêm bản nộp, số liệu và quyết định giữ nguyên."),
        );
  }
  const closeBox = h(
    "details",
    { class: "group year-section", "data-testid": "close-section" },
    h("summary", {}, h("span", { class: "group-name" }, "Đóng đợt")),
    h(
      "div",
      { class: "form" },
      h("p", { class: "hint" }, "Sau khi đóng: không nhận thêm bản nộp, không đổi cây đơn vị, thời hạn, quyết định."),
      h("div", { class: "actions" }, closeButton, closeConfirm),
      closeStatus,
    ),
  );

  // ── Thẩm định, quyết định ──────────────────────────────────────────────────────────────────────────────────
  const decisionsUnit = h("select", { id: "decisions-unit", "data-testid": "decisions-unit" });
  const decisionsSlot = h("div", { class: "decisions", "data-testid": "decisions" });
  const decisionsStatus = h("div", { class: "status", "data-testid": "decisions-status" });
  let decisionRows: Decision[] = [];
  async function loadDecisions() {
    if (!campaign || !decisionsUnit.value) return show(decisionsSlot);
    const [id, unit] = [campaign.id, decisionsUnit.value];
    const r = await runOperation(decisionsStatus, "Tải đề xuất và quyết định", (op) => listDecisions(id, unit, op));
    if (r) renderDecisions(r.decisions, r.groups);
  }
  function renderDecisions(decisions: Decision[], groups: CapGroup[]) {
    decisionRows = decisions;
    show(
      decisionsSlot,
      capGroupList(groups),
      decisions.length
        ? h("ul", { class: "decision-list" }, ...decisions.map(decisionRow))
        : h("p", { class: "empty" }, "Không có đơn vị trực thuộc."),
      decisions.length
        ? h(
            "div",
            { class: "actions" },
            h(
              "button",
              { class: "btn btn-primary", type: "button", "data-testid": "save-decisions", onclick: () => saveAll() },
              "Lưu các quyết định",
            ),
          )
        : null,
    );
  }
  function decisionRow(d: Decision): HTMLElement {
    const levelSelect = select([["", "— giữ đề xuất / chưa quyết định —"], ...LEVELS], d.decided, {
      "data-testid": `decision-${d.unit}`,
      "aria-label": `Mức quyết định cho ${d.unitName}`,
    });
    const reason = h("input", {
      type: "text",
      value: d.reason ?? "",
      placeholder: "Lý do (bắt buộc khi khác đề xuất)",
      "data-testid": `reason-${d.unit}`,
      "aria-label": `Lý do cho ${d.unitName}`,
    });
    return h(
      "li",
      { class: "decision card", "data-unit": d.unit },
      h("p", { class: "card-title" }, d.unitName, " ", h("span", { class: "meta" }, d.unit)),
      h("p", { class: "meta" }, "Đề xuất: ", h("span", { "data-testid": `proposed-${d.unit}` }, levelName(d.proposed))),
      levelSelect,
      reason,
      d.decidedAt
        ? h(
            "p",
            { class: "meta", "data-testid": `decided-${d.unit}` },
            `Quyết định: ${levelName(d.decided)} — ${d.decidedBy ?? ""}, ${dateTime(d.decidedAt)}`,
          )
        : null,
    );
  }
  async function saveAll() {
    if (!campaign) return;
    await saveChangedDecisions(
      decisionsStatus,
      campaign.id,
      changedDecisions(decisionRows, decisionsSlot),
      loadDecisions,
    );
  }
  decisionsUnit.addEventListener("change", () => void loadDecisions());
  const decisionsBox = h(
    "details",
    { class: "group year-section", "data-testid": "decisions-section" },
    h("summary", {}, h("span", { class: "group-name" }, "Thẩm định, quyết định xếp loại")),
    h(
      "div",
      { class: "form" },
      field("decisions-unit", "Các đơn vị trực thuộc của", decisionsUnit),
      decisionsStatus,
      decisionsSlot,
    ),
  );

  // ── Văn bản ─────────────────────────────────────────────────────────────────────────────────────────────────
  const docKind = select(DOCUMENT_KINDS, "ke-hoach", { "data-testid": "doc-kind" });
  const docUnit = h("select", { "data-testid": "doc-unit" });
  const missingSlot = h("div", { class: "missing", "data-testid": "missing-units" });
  const docStatus = h("div", { class: "status", "data-testid": "doc-status" });
  const docList = h("ul", { class: "doc-list", "data-testid": "documents-list" });
  const docActions = documentActions({
    campaign: () => campaign?.id,
    kind: docKind,
    unit: docUnit,
    missingSlot,
    status: docStatus,
    reload: refreshDocuments,
  });
  async function refreshDocuments() {
    // Hidden in the web app (its "Văn bản" view lists them): not fetched for nothing.
    if (!campaign || opts.hide?.includes("documents")) return;
    const id = campaign.id;
    const docs = await runOperation(docStatus, "Tải danh sách văn bản", (op) => listDocuments(id, op));
    if (docs)
      docList.replaceChildren(
        ...(docs.length ? docs.map(documentItem) : [h("li", { class: "empty" }, "Chưa có văn bản.")]),
      );
  }
  function documentItem(d: CampaignDocument): HTMLElement {
    const approved = d.state === "approved";
    const { get, approve } = docActions.forDocument(d);
    return h(
      "li",
      { class: "card doc", "data-doc": d.id, "data-kind": d.kind },
      h(
        "p",
        { class: "card-title" },
        kindName(d.kind),
        " ",
        h(
          "span",
          { class: `pill ${approved ? "pill-success" : "pill-warning"}`, "data-testid": `doc-state-${d.id}` },
          approved ? "Đã duyệt" : "Dự thảo",
        ),
      ),
      h("p", { class: "meta" }, `${units.find((u) => u.code === d.unit)?.name ?? d.unit} · ${dateTime(d.createdAt)}`),
      approved
        ? h(
            "p",
            { class: "meta", "data-testid": `doc-number-${d.id}` },
            `${d.documentNumber ?? ""} — duyệt bởi ${d.approvedBy ?? ""}${d.approvedAt ? `, ${dateTime(d.approvedAt)}` : ""}`,
          )
        : null,
      approved && d.approvedSha256 ? h("p", { class: "hash", title: d.approvedSha256 }, d.approvedSha256) : null,
      h(
        "div",
        { class: "actions" },
        h(
          "button",
          { class: "btn btn-small", type: "button", "data-testid": `download-draft-${d.id}`, onclick: get("content") },
          "Tải dự thảo",
        ),
        approved
          ? h(
              "button",
              {
                class: "btn btn-small",
                type: "button",
                "data-testid": `download-final-${d.id}`,
                onclick: get("final"),
              },
              "Tải bản đã duyệt",
            )
          : h(
              "button",
              {
                class: "btn btn-small btn-primary",
                type: "button",
                "data-testid": `approve-${d.id}`,
                onclick: approve,
              },
              "Duyệt, lấy số",
            ),
      ),
    );
  }
  const documentsBox = h(
    "details",
    { class: "group year-section", "data-testid": "documents-section" },
    h("summary", {}, h("span", { class: "group-name" }, "Văn bản của đợt")),
    h(
      "div",
      { class: "form" },
      field("doc-kind", "Loại văn bản", docKind),
      field("doc-unit", "Đơn vị ban hành / số liệu của", docUnit),
      missingSlot,
      h(
        "div",
        { class: "actions" },
        h(
          "button",
          {
            class: "btn btn-primary",
            type: "button",
            "data-testid": "draft-document",
            onclick: () => docActions.draft(),
          },
          "Lập dự thảo",
        ),
        h(
          "button",
          { class: "btn", type: "button", "data-testid": "download-archive", onclick: () => docActions.archive() },
          "Tải hồ sơ lưu trữ (.zip)",
        ),
      ),
      docStatus,
      docList,
    ),
  );

  function fillUnitSelects() {
    const opts = (list: Unit[]) => list.map((u) => h("option", { value: u.code }, `${u.name} (${u.code})`));
    const keepD = decisionsUnit.value,
      keepU = docUnit.value;
    decisionsUnit.replaceChildren(h("option", { value: "" }, "— chọn đơn vị —"), ...opts(parentUnits(units)));
    docUnit.replaceChildren(h("option", { value: "" }, "— chọn đơn vị —"), ...opts(units));
    decisionsUnit.value = keepD;
    docUnit.value = keepU || (units.find((u) => !u.parent)?.code ?? "");
  }

  campaignSelect.addEventListener("change", () => void open(campaignSelect.value));
  void reloadCampaigns().catch(() => show(status, messageBar("warning", "Không tải được danh sách đợt kiểm điểm.")));

  body.append(info, issuerBox, unitsBox, deadlinesBox, decisionsBox, documentsBox, closeBox);
  // In the web app these have views of their own (with the same test ids): not in the page twice.
  if (opts.hide?.includes("decisions")) decisionsBox.remove();
  if (opts.hide?.includes("documents")) documentsBox.remove();
  const hideCreate = opts.hide?.includes("create");
  // One section open at a time: the pane stays short at 320 px.
  const sections = [createBox, issuerBox, unitsBox, deadlinesBox, decisionsBox, documentsBox, closeBox];
  for (const d of sections)
    d.addEventListener("toggle", () => {
      if (!d.open) return;
      for (const o of sections) if (o !== d) o.open = false;
    });
  const el = h(
    "section",
    { class: "pane year", "aria-labelledby": "year-title" },
    h("h2", { id: "year-title" }, "Đợt kiểm điểm"),
    h(
      "div",
      { class: "field-group", hidden: !!opts.app },
      h("label", { for: "year-campaign" }, "Đợt kiểm điểm"),
      campaignSelect,
    ),
    status,
    hideCreate ? null : createBox,
    body,
  ) as YearPaneElement;
  el.openCampaign = async (id: string, knownUnits?: Unit[]) => {
    await reloadCampaigns(id).catch(() => {});
    campaignSelect.value = id;
    await open(id, knownUnits);
  };
  return el;
}
