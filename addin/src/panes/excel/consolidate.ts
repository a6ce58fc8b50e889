// Tổng hợp (upper level): the campaign status tree with counts; subordinate files added by picker or drag and drop,
// each checked on arrival; merge; insert the consolidated sheets or download them.
import { getSubmission, statusTree, submissionContent, type StatusNode } from "../../api/campaigns";
import { mergeCampaignNode, mergeFiles, type MergeResult } from "../../api/merge";
import { validateFile, type ValidationReport } from "../../api/validate";
import type { PaneContext } from "../../host";
import { count, h, messageBar, show } from "../../ui/dom";
import { download, fileDrop } from "../../ui/files";
import { describe, runOperation } from "../../ui/operation";
import { findingList, summary } from "../findings";

interface Subordinate {
  file: File;
  report?: ValidationReport;
  error?: string;
}

export function consolidatePane(ctx: PaneContext, shared: { merged?: MergeResult }): HTMLElement {
  const files: Subordinate[] = [];
  const status = h("div", { class: "status" });
  const list = h("ul", { class: "subs", "data-testid": "subordinates" });
  const result = h("div", { class: "results", "data-testid": "merge-result" });
  const tree = h("div", { class: "tree", "data-testid": "status-tree" });
  const mergeButton = h(
    "button",
    { class: "btn btn-primary", type: "button", "data-testid": "merge", disabled: true, onclick: () => merge() },
    "Tổng hợp",
  );
  const clearButton = h(
    "button",
    { class: "btn", type: "button", disabled: true, onclick: () => ((files.length = 0), renderList()) },
    "Xóa danh sách",
  );

  async function add(picked: File[]) {
    const fresh = picked.filter((f) => !files.some((s) => s.file.name === f.name && s.file.size === f.size));
    const subs = fresh.map((file) => ({ file }) as Subordinate);
    files.push(...subs);
    renderList();
    await runOperation(status, `Kiểm tra ${count(subs.length)} tệp`, async (op) => {
      for (const [i, s] of subs.entries()) {
        op.progress(i / subs.length, `${i + 1}/${subs.length}: ${s.file.name}`);
        try {
          s.report = await validateFile(s.file, s.file.name, { signal: op.signal });
        } catch (e) {
          if (op.signal.aborted) throw e;
          s.error = describe(e, `Kiểm tra ${s.file.name}`);
        }
        renderList();
      }
    });
    renderList();
  }

  function renderList() {
    list.replaceChildren(
      ...files.map((s) => {
        const r = s.report;
        const state = s.error
          ? h("span", { class: "pill pill-error" }, "lỗi gửi")
          : !r
            ? h("span", { class: "pill" }, "đang kiểm tra…")
            : !r.readable
              ? h("span", { class: "pill pill-error" }, "không đọc được")
              : r.counts.errors
                ? h("span", { class: "pill pill-error" }, `${count(r.counts.errors)} lỗi`)
                : h("span", { class: "pill pill-success" }, "hợp lệ");
        return h(
          "li",
          { class: "sub", "data-file": s.file.name },
          h(
            "details",
            {},
            h("summary", {}, h("span", { class: "sub-name" }, r?.unit ?? s.file.name), state),
            h("p", { class: "meta" }, s.file.name),
            s.error ? messageBar("error", s.error) : r ? findingList(r.findings) : null,
          ),
        );
      }),
    );
    mergeButton.disabled = files.length === 0;
    mergeButton.textContent = files.length ? `Tổng hợp ${count(files.length)} tệp` : "Tổng hợp";
    clearButton.disabled = files.length === 0;
  }

  async function merge() {
    const r = await runOperation(status, `Tổng hợp ${count(files.length)} tệp`, (op) =>
      mergeFiles(
        files.map((s) => ({ name: s.file.name, data: s.file })),
        {
          signal: op.signal,
          onProgress: (phase, l, n) =>
            op.progress(
              phase === "upload" && n ? (0.9 * l) / n : null,
              phase === "upload" ? "gửi tệp" : "đang tổng hợp",
            ),
        },
      ),
    );
    if (r) renderResult(r);
  }

  function renderResult(r: MergeResult) {
    shared.merged = r;
    const c = r.json.counts;
    const hasWorkbook = !!(r.workbook || r.fetchWorkbook);
    show(
      result,
      messageBar(
        c.errors ? "warning" : "success",
        `Đã tổng hợp ${r.json.unit.name}: ${count(c.files)} tệp, ${count(c.units)} đơn vị.`,
      ),
      r.json.missing.length
        ? messageBar(
            "warning",
            `Còn thiếu ${count(r.json.missing.length)} đơn vị: ${r.json.missing.map((m) => m.name).join(", ")}.`,
          )
        : null,
      summary({ errors: c.errors, warnings: c.warnings, infos: r.json.findings.length - c.errors - c.warnings }),
      h(
        "div",
        { class: "actions" },
        ctx.workbook.live && hasWorkbook
          ? h("button", { class: "btn btn-primary", type: "button", onclick: () => insert(r) }, "Chèn vào sổ tính")
          : null,
        hasWorkbook
          ? h(
              "button",
              {
                class: ctx.workbook.live ? "btn" : "btn btn-primary",
                type: "button",
                "data-testid": "download-merged",
                onclick: () => saveWorkbook(r),
              },
              "Tải bảng tổng hợp",
            )
          : null,
        h(
          "button",
          {
            class: "btn",
            type: "button",
            "data-testid": "download-merged-json",
            onclick: () =>
              download(
                new Blob([JSON.stringify(r.json, null, 2)], { type: "application/json" }),
                r.workbookName.replace(/\.xlsx$/, ".json"),
              ),
          },
          "Tải kết quả (JSON)",
        ),
      ),
      h("p", { class: "hint" }, "Thẻ Văn bản dùng kết quả này làm số liệu cho Báo cáo và Thông báo."),
      // The cells named here are in the subordinates' files, not in the open workbook: shown, not selected.
      findingList(r.json.findings),
    );
  }

  function workbookOf(
    r: MergeResult,
    op: { signal: AbortSignal; progress: (f: number | null, t?: string) => void },
  ): Promise<Blob> {
    if (r.workbook) return Promise.resolve(r.workbook);
    return r.fetchWorkbook!(op.signal, (phase, l, n) =>
      op.progress(n ? l / n : null, phase === "upload" ? "gửi tệp" : "nhận bảng tổng hợp"),
    );
  }

  async function insert(r: MergeResult) {
    const done = await runOperation(status, "Chèn bảng tổng hợp", async (op) =>
      ctx.workbook.insertWorkbook(await workbookOf(r, op), r.workbookName),
    );
    if (done) show(status, messageBar("success", done));
  }

  async function saveWorkbook(r: MergeResult) {
    const wb = await runOperation(status, "Tải bảng tổng hợp", (op) => workbookOf(r, op));
    if (wb) download(wb, r.workbookName), show(status, messageBar("success", `Đã tải về ${r.workbookName}.`));
  }

  async function loadTree() {
    const campaign = ctx.settings.get<string>("campaign");
    if (!campaign)
      return show(
        tree,
        h("p", { class: "hint" }, "Chọn đợt kiểm điểm ở thẻ Nộp để xem tình hình nộp của các đơn vị trực thuộc."),
      );
    try {
      const report = await statusTree(campaign, { unit: ctx.settings.get<string>("unit") || undefined });
      show(
        tree,
        h(
          "p",
          { class: "meta", "data-testid": "status-counts" },
          `${report.name}: ${count(report.counts.submitted)}/${count(report.counts.units)} đơn vị đã nộp, ${count(report.counts.withErrors)} có lỗi, ${count(report.counts.late)} nộp muộn`,
        ),
        h(
          "div",
          { class: "actions" },
          h("button", { class: "btn btn-subtle btn-small", type: "button", onclick: () => void loadTree() }, "Tải lại"),
        ),
        h(
          "ul",
          { class: "tree-root" },
          report.units.map((u) => node(u, campaign)),
        ),
      );
    } catch (e) {
      show(tree, messageBar("warning", describe(e, "Tải tình hình nộp")));
    }
  }

  function node(n: StatusNode, campaign: string): HTMLElement {
    const kids = n.children ?? [];
    const findingsSlot = h("div", { class: "node-findings" });
    const head = h(
      "span",
      { class: "node-head" },
      h("span", { class: "node-name" }, n.name),
      h(
        "span",
        {
          class: `pill ${n.status === "hop-le" ? "pill-success" : n.status === "chua-nop" ? (n.overdue ? "pill-error" : "") : "pill-warning"}`,
        },
        n.statusText,
      ),
      kids.length
        ? h("span", { class: "node-count" }, `${count(n.subtree.submitted)}/${count(n.subtree.units)} đã nộp`)
        : null,
      n.latest && (n.latest.errors > 0 || !n.latest.readable)
        ? h(
            "button",
            {
              class: "btn btn-subtle btn-small",
              type: "button",
              onclick: () => void showFindings(campaign, n.latest!.id, findingsSlot),
            },
            "Xem lỗi",
          )
        : null,
      kids.length
        ? h(
            "button",
            {
              class: "btn btn-subtle btn-small",
              type: "button",
              "data-testid": `merge-node-${n.code}`,
              onclick: () => mergeNode(campaign, n),
            },
            "Tổng hợp",
          )
        : null,
    );
    return h(
      "li",
      { class: "node", "data-unit": n.code },
      kids.length
        ? h(
            "details",
            { open: true },
            h("summary", {}, head),
            findingsSlot,
            h(
              "ul",
              {},
              kids.map((k) => node(k, campaign)),
            ),
          )
        : [head, findingsSlot],
    );
  }

  async function showFindings(campaign: string, id: number, slot: HTMLElement) {
    const s = await runOperation(slot, "Tải lỗi của bản nộp", (op) =>
      getSubmission(campaign, id, { signal: op.signal }),
    );
    if (s)
      show(
        slot,
        findingList(s.findings ?? []),
        h(
          "div",
          { class: "actions" },
          h(
            "button",
            { class: "btn btn-small", type: "button", onclick: () => void openSubmitted(campaign, s.id, s.fileName) },
            `Tải ${s.fileName} (lần ${s.version})`,
          ),
        ),
      );
  }

  async function openSubmitted(campaign: string, id: number, fileName: string) {
    const file = await runOperation(status, `Tải ${fileName}`, (op) =>
      submissionContent(campaign, id, { signal: op.signal }),
    );
    if (file) download(file, fileName);
  }

  async function mergeNode(campaign: string, n: StatusNode) {
    const r = await runOperation(status, `Tổng hợp tại ${n.name}`, (op) =>
      mergeCampaignNode(campaign, n.code, { signal: op.signal }),
    );
    if (r) renderResult(r);
  }

  if (shared.merged) renderResult(shared.merged);
  void loadTree();
  return h(
    "section",
    { class: "pane", "aria-labelledby": "merge-title" },
    h("h2", { id: "merge-title" }, "Tổng hợp"),
    h("h3", {}, "Tình hình nộp"),
    tree,
    h("h3", {}, "Tệp của đơn vị trực thuộc"),
    fileDrop({
      label: "Chọn hoặc kéo thả các biểu (.xlsx)",
      accept: ".xlsx,.xlsm,.json",
      multiple: true,
      testId: "subordinate-files",
      onFiles: (f) => void add(f),
    }),
    list,
    h("div", { class: "actions" }, mergeButton, clearButton),
    status,
    result,
  );
}
