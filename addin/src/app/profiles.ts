// "Hồ sơ ánh xạ" (admins): the mapping profiles saved on the service — how to read workbooks that carry no names (last
// year's files, another province's layout). Upload a profile (JSON) with sample files: the service checks it against
// them and says every figure it could not find, per file; then import last year's files into the chosen campaign
// through a profile, one line per file (submitted to its unit, or refused with the reason). docs/bieu-mau-excel.md.
import {
  deleteProfile,
  importByProfile,
  listProfiles,
  saveProfile,
  type ImportedFile,
  type ProfileCheck,
  type SavedProfile,
} from "../api/profiles";
import { findingList } from "../panes/findings";
import { count, dateTime, h, messageBar, show } from "../ui/dom";
import { runOperation } from "../ui/operation";
import { badge, button } from "./fluent";

export interface ProfilesView {
  element: HTMLElement;
  /** Reloads the list (when the view is shown or the campaign changes). */
  refresh(): Promise<void>;
}

const MATCHED_BY: Record<string, string> = { code: "theo mã đơn vị", name: "theo tên đơn vị", file: "theo tên tệp" };

/** Where a profile looked for a figure: "Trang!C7", or the row (and column) label. */
function where(m: {
  sheet?: string | null;
  cell?: string | null;
  rowLabel?: string | null;
  columnLabel?: string | null;
}): string {
  if (m.cell) return `${m.sheet ? `${m.sheet}!` : ""}${m.cell}`;
  return [
    m.rowLabel ? `dòng "${m.rowLabel}"` : "",
    m.columnLabel ? `cột "${m.columnLabel}"` : "",
    m.sheet ? `trang "${m.sheet}"` : "",
  ]
    .filter(Boolean)
    .join(", ");
}

/** The check against the sample files: per file, readable or not, and every figure not found with where it was looked for. */
export function checkTable(check: ProfileCheck): HTMLElement {
  return h(
    "table",
    { class: "app-table", "data-testid": "profile-check" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ...["Tệp mẫu", "Đọc được", "Chỉ tiêu tìm thấy", "Chỉ tiêu không tìm thấy"].map((t) => h("th", {}, t)),
      ),
    ),
    h(
      "tbody",
      {},
      ...check.files.map((f) =>
        h(
          "tr",
          { "data-file": f.file },
          h("td", {}, f.file),
          h("td", {}, badge(f.readable ? "có" : "không", f.readable ? "success" : "danger")),
          h("td", {}, count(f.located.length)),
          h(
            "td",
            { "data-testid": "profile-missing" },
            f.missing?.length
              ? h(
                  "ul",
                  {},
                  ...f.missing.map((m) =>
                    h("li", { "data-figure": m.figure }, `${m.label} (${m.figure}) — ${where(m)}`),
                  ),
                )
              : f.readable
                ? "—"
                : findingList(f.findings.filter((x) => x.severity === "error")),
          ),
        ),
      ),
    ),
  );
}

/** One line per imported file. */
export function importTable(files: ImportedFile[]): HTMLElement {
  const status = (f: ImportedFile) =>
    f.status === "refused"
      ? badge("Từ chối", "danger")
      : f.status === "unchanged"
        ? badge("Đã có", "informative")
        : badge(f.errors ? `Đã nộp, ${f.errors} lỗi` : "Đã nộp", f.errors ? "warning" : "success");
  return h(
    "table",
    { class: "app-table", "data-testid": "import-results" },
    h("thead", {}, h("tr", {}, ...["Tệp", "Kết quả", "Đơn vị", "Lần nộp", "Ghi chú"].map((t) => h("th", {}, t)))),
    h(
      "tbody",
      {},
      ...files.map((f) =>
        h(
          "tr",
          { "data-file": f.file, "data-status": f.status },
          h("td", {}, f.file),
          h("td", {}, status(f)),
          h(
            "td",
            {},
            f.unit
              ? `${f.unitName ?? ""} (${f.unit})${f.matchedBy ? ` — ${MATCHED_BY[f.matchedBy] ?? f.matchedBy}` : ""}`
              : "—",
          ),
          h("td", {}, f.version ? String(f.version) : "—"),
          h(
            "td",
            { class: "detail" },
            f.message ? h("div", { "data-testid": "import-message" }, f.message) : null,
            f.missing?.length
              ? h("div", {}, `Không tìm thấy: ${f.missing.map((m) => `${m.figure} (${where(m)})`).join("; ")}`)
              : null,
            f.findings?.length
              ? h("details", {}, h("summary", {}, `${count(f.findings.length)} phát hiện`), findingList(f.findings))
              : null,
          ),
        ),
      ),
    ),
  );
}

/** The view; `campaign()` is the campaign chosen in the app's picker (imports go there). */
export function profilesView(opts: { campaign: () => string }): ProfilesView {
  let profiles: SavedProfile[] = [];
  const listStatus = h("div", { class: "status", "data-testid": "profiles-status" });
  const list = h("table", { class: "app-table", "data-testid": "profiles-list" });

  // Save: the profile (JSON) and its sample files; a new profile, or a new version of the chosen one.
  const jsonInput = h("input", {
    type: "file",
    accept: ".json",
    "data-testid": "profile-json",
    "aria-label": "Hồ sơ ánh xạ (.json)",
  });
  const samplesInput = h("input", {
    type: "file",
    accept: ".xlsx",
    multiple: true,
    "data-testid": "profile-samples",
    "aria-label": "Bảng tính mẫu (.xlsx)",
  });
  const replaceSelect = h("select", { "data-testid": "profile-replace", "aria-label": "Lưu thành" });
  const saveStatus = h("div", { class: "status", "data-testid": "profile-save-status" });
  const checkSlot = h("div", { "data-testid": "profile-check-slot" });

  // Import: last year's files into the chosen campaign through a saved profile.
  const importProfile = h("select", { "data-testid": "import-profile", "aria-label": "Hồ sơ ánh xạ dùng để nhập" });
  const importInput = h("input", {
    type: "file",
    accept: ".xlsx",
    multiple: true,
    "data-testid": "import-files",
    "aria-label": "Các bảng tính cần nhập (.xlsx)",
  });
  const importStatus = h("div", { class: "status", "data-testid": "import-status" });
  const importSlot = h("div", { "data-testid": "import-slot" });
  const importTarget = h("span", { class: "meta", "data-testid": "import-campaign" });

  const element = h(
    "section",
    { class: "app-view", "data-testid": "view-profiles" },
    h("h2", {}, "Hồ sơ ánh xạ"),
    h(
      "p",
      { class: "meta" },
      "Hồ sơ ánh xạ cho biết mỗi chỉ tiêu nằm ở ô nào (trang + ô, hoặc nhãn dòng + nhãn cột) trong các bảng tính không có tên vùng: tệp năm trước, biểu mẫu của tỉnh khác.",
    ),
    listStatus,
    h("div", { class: "app-scroll" }, list),
    h("h3", {}, "Lưu hồ sơ (kiểm tra với các tệp mẫu)"),
    h(
      "div",
      { class: "app-filters" },
      h("label", {}, "Hồ sơ (.json) ", jsonInput),
      h("label", {}, "Tệp mẫu (.xlsx) ", samplesInput),
      h("label", {}, "Lưu thành ", replaceSelect),
      button("Kiểm tra và lưu", () => void save(), { appearance: "primary", "data-testid": "profile-save" }),
    ),
    saveStatus,
    checkSlot,
    h("h3", {}, "Nhập số liệu năm trước theo hồ sơ"),
    h("p", {}, "Vào đợt: ", importTarget),
    h(
      "div",
      { class: "app-filters" },
      h("label", {}, "Hồ sơ ", importProfile),
      h("label", {}, "Các tệp (.xlsx) ", importInput),
      button("Nhập vào đợt này", () => void runImport(), { appearance: "primary", "data-testid": "import-run" }),
    ),
    importStatus,
    importSlot,
  );

  function render() {
    list.replaceChildren(
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...["Mã", "Tên", "Lần lưu", "Dòng ánh xạ", "Lưu lúc", "Kiểm tra với tệp mẫu", ""].map((t) => h("th", {}, t)),
        ),
      ),
      h(
        "tbody",
        {},
        ...profiles.map((p) =>
          h(
            "tr",
            { "data-profile": p.id },
            h("td", { class: "mono" }, p.id),
            h("td", {}, p.name),
            h("td", {}, String(p.version)),
            h("td", {}, count(p.entries)),
            h("td", {}, `${dateTime(p.updatedAt)}${p.updatedBy ? ` · ${p.updatedBy}` : ""}`),
            h(
              "td",
              {},
              badge(
                p.check.complete ? `Đủ chỉ tiêu (${p.check.files.length} tệp)` : "Thiếu chỉ tiêu",
                p.check.complete ? "success" : "warning",
                { "data-testid": `profile-complete-${p.id}` },
              ),
            ),
            h(
              "td",
              { class: "row-actions" },
              button("Xóa", () => void remove(p), { "data-testid": `profile-delete-${p.id}` }),
            ),
          ),
        ),
      ),
    );
    if (!profiles.length) list.append(h("caption", {}, "Chưa có hồ sơ ánh xạ nào."));
    const keep = [replaceSelect.value, importProfile.value];
    replaceSelect.replaceChildren(
      h("option", { value: "" }, "Hồ sơ mới"),
      ...profiles.map((p) => h("option", { value: p.id }, `Lần lưu mới của ${p.name}`)),
    );
    importProfile.replaceChildren(
      h("option", { value: "" }, "— chọn hồ sơ —"),
      ...profiles.map((p) => h("option", { value: p.id }, `${p.name} (${p.id})`)),
    );
    replaceSelect.value = profiles.some((p) => p.id === keep[0]) ? keep[0] : "";
    importProfile.value = profiles.some((p) => p.id === keep[1])
      ? keep[1]
      : profiles.length === 1
        ? profiles[0].id
        : "";
  }

  async function refresh() {
    importTarget.textContent = opts.campaign() || "chưa chọn đợt (chọn ở ô bên trái)";
    const r = await runOperation(listStatus, "Tải các hồ sơ ánh xạ", (op) => listProfiles(op));
    if (!r) return;
    show(listStatus);
    profiles = r;
    render();
  }

  async function save() {
    const json = jsonInput.files?.[0];
    const samples = [...(samplesInput.files ?? [])];
    if (!json || !samples.length)
      return show(
        saveStatus,
        messageBar("warning", "Chọn tệp hồ sơ (.json) và ít nhất một bảng tính mẫu (.xlsx) để kiểm tra."),
      );
    const replace = replaceSelect.value || undefined;
    const saved = await runOperation(saveStatus, "Kiểm tra và lưu hồ sơ", (op) =>
      saveProfile(
        json,
        samples.map((f) => ({ file: f, name: f.name })),
        replace,
        op,
      ),
    );
    if (!saved) return;
    show(
      saveStatus,
      messageBar(
        saved.check.complete ? "success" : "warning",
        `Đã lưu hồ sơ "${saved.name}" (mã ${saved.id}, lần lưu ${saved.version}). ${saved.check.complete ? "Mọi chỉ tiêu đều tìm thấy trong các tệp mẫu." : "Có chỉ tiêu không tìm thấy trong tệp mẫu — xem bảng dưới."}`,
      ),
    );
    show(checkSlot, checkTable(saved.check));
    // After the list is reloaded: a new profile has no option before.
    await refresh();
    importProfile.value = saved.id;
  }

  async function remove(p: SavedProfile) {
    if (!window.confirm(`Xóa hồ sơ ánh xạ "${p.name}" (${p.id})?`)) return;
    const done = await runOperation(listStatus, "Xóa hồ sơ", (op) => deleteProfile(p.id, op).then(() => true));
    if (done) await refresh();
  }

  async function runImport() {
    const campaign = opts.campaign();
    const profile = importProfile.value;
    const files = [...(importInput.files ?? [])];
    if (!campaign || !profile || !files.length)
      return show(importStatus, messageBar("warning", "Chọn đợt kiểm điểm, hồ sơ ánh xạ và các bảng tính cần nhập."));
    const r = await runOperation(importStatus, `Nhập ${files.length} tệp theo hồ sơ`, (op) =>
      importByProfile(
        campaign,
        profile,
        files.map((f) => ({ file: f, name: f.name })),
        op,
      ),
    );
    if (!r) return;
    show(
      importStatus,
      messageBar(
        r.refused ? "warning" : "success",
        `Đã nộp ${count(r.submitted)} tệp${r.unchanged ? `, ${count(r.unchanged)} tệp đã có` : ""}${r.refused ? `, từ chối ${count(r.refused)} tệp (xem lý do)` : ""}.`,
      ),
    );
    show(importSlot, importTable(r.files));
  }

  return { element, refresh };
}
