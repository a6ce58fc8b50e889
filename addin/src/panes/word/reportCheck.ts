// Kiểm tra số liệu: send the open report (or a picked .docx/.pdf/.html/.txt, or pasted text) to /api/check-report,
// list what is wrong and, in Word, put a comment on each wrong figure (optionally highlighting every figure read).
import { checkReport, type CheckReport } from "../../api/documents";
import type { PaneContext } from "../../host";
import type { FigureMark } from "../../office/word";
import { count, h, messageBar, show } from "../../ui/dom";
import { fileDrop } from "../../ui/files";
import { runOperation } from "../../ui/operation";
import { findingList, summary } from "../findings";

/** The message of a finding without the sentence it quotes (the comment sits on the sentence already). */
export function commentText(code: string, message: string): string {
  return `[Kiểm tra số liệu – ${code}] ${message.replace(/^«[^»]*»:\s*/, "")}`;
}

/**
 * What to mark in the document: each wrong figure (error or warning with a figure) with its comment and, when
 * `highlight`, every other figure read. Each mark says which occurrence of its words it is (statements come in
 * document order), so that "82,5%" written twice is marked where it was read.
 */
export function figureMarks(r: CheckReport, highlight: boolean): FigureMark[] {
  const occurrence = new Map<string, number>();
  const indexOf = new Map<string, number>();
  for (const s of r.statements) {
    const n = occurrence.get(s.text) ?? 0;
    occurrence.set(s.text, n + 1);
    const key = `${s.paragraph}\u0000${s.text}`;
    if (!indexOf.has(key)) indexOf.set(key, n);
  }
  const marks: FigureMark[] = [];
  const commented = new Set<string>();
  for (const f of r.findings) {
    if (f.severity === "info" || !f.figure) continue;
    const key = `${f.paragraph ?? -1}\u0000${f.figure}`;
    marks.push({ text: f.figure, occurrence: indexOf.get(key) ?? 0, comment: commentText(f.code, f.message) });
    commented.add(key);
  }
  if (highlight)
    for (const s of r.statements) {
      const key = `${s.paragraph}\u0000${s.text}`;
      if (commented.has(key) || s.kind === "notAResult") continue;
      commented.add(key);
      marks.push({ text: s.text, occurrence: indexOf.get(key) ?? 0 });
    }
  return marks;
}

export function reportCheckPane(ctx: PaneContext): HTMLElement {
  const status = h("div", { class: "status" });
  const results = h("div", { class: "results", "data-testid": "report-check-results" });
  const marked = h("div", { class: "marked", "data-testid": "report-check-marked" });
  const picked = h("p", { class: "picked" }, ctx.picked.report?.name ?? "");
  const highlight = h("input", { type: "checkbox", id: "rc-highlight", "data-testid": "report-highlight" });
  const pasted = h("textarea", {
    id: "rc-paste",
    rows: 5,
    "data-testid": "report-paste",
    placeholder: "Dán đoạn báo cáo cần kiểm tra…",
  });
  const button = h(
    "button",
    {
      class: "btn btn-primary",
      type: "button",
      "data-testid": "check-report",
      disabled: !ctx.document.live && !ctx.picked.report,
      onclick: () => run(),
    },
    "Kiểm tra số liệu",
  );
  const pasteButton = h(
    "button",
    { class: "btn", type: "button", "data-testid": "check-pasted", onclick: () => runPasted() },
    "Kiểm tra đoạn đã dán",
  );

  async function run() {
    const r = await runOperation(status, "Kiểm tra số liệu báo cáo", async (op) => {
      const doc = await ctx.document.read((f) => op.progress(f * 0.3, "đọc tài liệu"), op.signal);
      return checkReport(new Blob([doc.bytes as BlobPart]), doc.name, { signal: op.signal });
    });
    if (!r) return;
    render(r);
    if (ctx.document.live) await mark(r);
  }

  async function runPasted() {
    const text = pasted.value.trim();
    if (!text) return show(results, messageBar("warning", "Chưa có nội dung nào được dán."));
    const r = await runOperation(status, "Kiểm tra đoạn đã dán", (op) =>
      checkReport(new Blob([text.normalize("NFC")], { type: "text/plain" }), "doan-da-dan.txt", { signal: op.signal }),
    );
    if (r) render(r);
  }

  async function mark(r: CheckReport) {
    show(marked);
    if (!ctx.document.mark || !r.readable) return;
    const marks = figureMarks(r, highlight.checked);
    if (marks.length === 0) return;
    try {
      const done = await ctx.document.mark(marks, highlight.checked);
      const parts = [
        done.commented ? `Đã ghi ${count(done.commented)} nhận xét vào các số liệu chưa đúng` : "",
        done.highlighted ? `đã tô màu ${count(done.highlighted)} số liệu` : "",
      ].filter(Boolean);
      show(
        marked,
        parts.length ? messageBar("info", `${parts.join("; ")}.`) : null,
        done.notFound.length
          ? messageBar(
              "warning",
              `Không tìm thấy trong tài liệu (có thể đã sửa sau khi kiểm tra): ${done.notFound.map((t) => `«${t}»`).join(", ")}.`,
            )
          : null,
      );
    } catch (e) {
      show(
        marked,
        messageBar(
          "warning",
          `Không ghi được nhận xét vào Word (${(e as Error).message}); phiên bản Word này có thể chưa hỗ trợ nhận xét qua phần bổ trợ (cần WordApi 1.4).`,
        ),
      );
    }
  }

  function render(r: CheckReport) {
    const head = !r.readable
      ? messageBar("error", `Không đọc được ${r.file}.`)
      : r.counts.errors
        ? messageBar("error", `${r.file}: ${count(r.counts.errors)} chỗ số liệu chưa đúng.`)
        : messageBar("success", `${r.file}: ${count(r.statements.length)} số liệu đều khớp.`);
    show(
      results,
      head,
      r.readable
        ? h(
            "p",
            { class: "meta" },
            `${count(r.paragraphs)} đoạn, ${count(r.statements.length)} số liệu${r.year ? `, năm ${r.year}` : ""}${r.ruleset ? `, quy định ${r.ruleset}` : ""}`,
          )
        : null,
      summary(r.counts),
      findingList(r.findings),
      marked,
    );
  }

  return h(
    "section",
    { class: "pane", "aria-labelledby": "rc-title" },
    h("h2", { id: "rc-title" }, "Kiểm tra số liệu báo cáo"),
    h(
      "p",
      { class: "hint" },
      "Đối chiếu từng con số trong báo cáo: phép cộng, tỷ lệ phần trăm và mẫu số, tổng theo khối, tỷ lệ hoàn thành xuất sắc.",
    ),
    ctx.document.live
      ? null
      : fileDrop({
          label: "Chọn hoặc kéo thả báo cáo (.docx, .pdf, .html, .txt)",
          accept: ".docx,.pdf,.html,.htm,.txt",
          testId: "report-file",
          onFiles: ([f]) => {
            ctx.picked.report = f;
            picked.textContent = f.name;
            button.disabled = false;
            void run();
          },
        }),
    picked,
    ctx.document.live
      ? h(
          "p",
          { class: "option" },
          highlight,
          " ",
          h("label", { for: "rc-highlight" }, "Tô màu mọi số liệu đã đọc (số liệu chưa đúng được ghi nhận xét)"),
        )
      : null,
    h("div", { class: "actions" }, button),
    h(
      "details",
      { class: "paste" },
      h("summary", {}, "Hoặc dán nội dung báo cáo"),
      pasted,
      h("div", { class: "actions" }, pasteButton),
    ),
    status,
    results,
  );
}
