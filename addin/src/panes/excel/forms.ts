// Biểu mẫu: insert the official sheets into the open workbook, or download a blank workbook.
import type { ScoreCheck } from "../../api/forms";
import { downloadTemplate, TEMPLATES } from "../../api/templates";
import type { PaneContext } from "../../host";
import { h, messageBar, show } from "../../ui/dom";
import { download } from "../../ui/files";
import { runOperation } from "../../ui/operation";
import { findingList, summary } from "../findings";
import { checkScoreSheet, insertScoreSheet, levelName, serviceScoreApi, watchScoreSheet } from "./scores";

export function formsPane(ctx: PaneContext): HTMLElement {
  const status = h("div", { class: "status" });
  const items = TEMPLATES.map((t) =>
    h(
      "li",
      { class: "card" },
      h("div", { class: "card-title" }, t.title),
      h(
        "div",
        { class: "actions" },
        ctx.workbook.live
          ? h("button", { class: "btn btn-primary", type: "button", onclick: () => insert(t.name) }, "Chèn vào sổ tính")
          : null,
        h(
          "button",
          {
            class: ctx.workbook.live ? "btn" : "btn btn-primary",
            type: "button",
            "data-testid": `template-${t.name}`,
            onclick: () => save(t.name),
          },
          "Tải biểu trống",
        ),
      ),
    ),
  );

  async function insert(name: string) {
    const result = await runOperation(status, "Chèn biểu mẫu", async (op) => {
      const t = await downloadTemplate(name, { signal: op.signal });
      op.progress(null, "đang chèn các trang tính");
      return ctx.workbook.insertWorkbook(t.blob, t.fileName);
    });
    if (result) show(status, messageBar("success", result));
  }

  async function save(name: string) {
    const t = await runOperation(status, "Tải biểu mẫu", (op) =>
      downloadTemplate(name, { signal: op.signal, onProgress: (_p, l, n) => op.progress(n ? l / n : null) }),
    );
    if (t) download(t.blob, t.fileName), show(status, messageBar("success", `Đã tải về ${t.fileName}.`));
  }

  // ---- Bảng điểm (HD 43): insert, check now, check after edits
  const scoreStatus = h("div", { class: "status" });
  const scoreResults = h("div", { class: "results", "data-testid": "score-results" });
  const scoreAuto = h("input", { type: "checkbox", id: "score-auto" });
  let stopScores: (() => Promise<void>) | undefined;

  async function insertScores() {
    const result = await runOperation(
      scoreStatus,
      ctx.workbook.live ? "Chèn bảng điểm" : "Tải bảng điểm",
      async (op) => {
        if (ctx.workbook.live) return insertScoreSheet(ctx.workbook, serviceScoreApi, op.signal);
        // Browser mode: prefilled from the picked unit workbook when there is one, else blank; downloaded.
        const picked = ctx.picked.workbook;
        const t = await serviceScoreApi.download(picked ?? null, picked?.name ?? "bieu-don-vi.xlsx", {
          signal: op.signal,
        });
        return ctx.workbook.insertWorkbook(t.blob, t.fileName);
      },
    );
    if (result) show(scoreStatus, messageBar("success", result));
  }

  async function checkScores() {
    const report = await runOperation(scoreStatus, "Kiểm tra bảng điểm", (op) =>
      checkScoreSheet(ctx.workbook, serviceScoreApi, op.signal),
    );
    if (report) renderScores(report);
  }

  function renderScores(report: ScoreCheck) {
    const head = !report.readable
      ? messageBar("error", report.findings[0]?.message ?? "Không đọc được bảng điểm.")
      : messageBar(
          report.counts.errors ? "error" : report.counts.warnings ? "warning" : "success",
          report.counts.errors
            ? "Bảng điểm có lỗi cần sửa."
            : `Bảng điểm: ${report.rows.length} đảng viên, không có lỗi.`,
        );
    const rows =
      report.rows.length === 0
        ? null
        : h(
            "table",
            { class: "score-rows", "data-testid": "score-rows" },
            h("tr", {}, h("th", {}, "Họ và tên"), h("th", {}, "Mẫu"), h("th", {}, "Tổng"), h("th", {}, "Mức tối đa")),
            ...report.rows.map((r) =>
              h(
                "tr",
                {},
                h("td", {}, r.name),
                h("td", {}, r.form),
                h("td", {}, r.total == null ? "—" : String(r.total).replace(".", ",")),
                h("td", {}, levelName(r.highest)),
              ),
            ),
          );
    show(
      scoreResults,
      head,
      summary(report.counts),
      findingList(
        report.findings,
        ctx.workbook.live ? (f) => void ctx.workbook.select({ sheet: f.sheet!, cell: f.cell! }) : undefined,
      ),
      rows,
    );
  }

  scoreAuto.addEventListener(
    "change",
    () =>
      void (async () => {
        if (scoreAuto.checked && !stopScores)
          stopScores = await watchScoreSheet(ctx.workbook, () => void checkScores());
        if (!scoreAuto.checked && stopScores) await stopScores(), (stopScores = undefined);
      })().catch((e) => show(scoreStatus, messageBar("error", String(e)))),
  );

  const scores = h(
    "div",
    { class: "card", "data-testid": "score-card" },
    h("div", { class: "card-title" }, "Bảng điểm đánh giá, xếp loại đảng viên (Quy định 366, Hướng dẫn 43)"),
    h(
      "p",
      { class: "hint" },
      ctx.workbook.live
        ? 'Chèn trang "Bảng điểm" (mỗi đảng viên một dòng, lấy từ danh sách đảng viên), chấm điểm từng tiêu chí, rồi kiểm tra: điểm ngoài khung, mức đề xuất cao hơn điểm và điều kiện cho phép được chỉ ra ở ô.'
        : "Tải bảng điểm: điền sẵn danh sách đảng viên của biểu đã chọn ở thẻ Kiểm tra, nếu chưa chọn thì bảng trống.",
    ),
    h(
      "div",
      { class: "actions" },
      ctx.workbook.live
        ? h(
            "button",
            {
              class: "btn btn-primary",
              type: "button",
              "data-testid": "insert-scores",
              onclick: () => void insertScores(),
            },
            "Chèn bảng điểm",
          )
        : h(
            "button",
            {
              class: "btn btn-primary",
              type: "button",
              "data-testid": "download-scores",
              onclick: () => void insertScores(),
            },
            "Tải bảng điểm",
          ),
      ctx.workbook.live
        ? h(
            "button",
            { class: "btn", type: "button", "data-testid": "check-scores", onclick: () => void checkScores() },
            "Kiểm tra bảng điểm",
          )
        : null,
    ),
    ctx.workbook.live
      ? h("label", { class: "check", for: "score-auto" }, scoreAuto, "Tự kiểm tra bảng điểm sau khi sửa")
      : null,
    scoreStatus,
    scoreResults,
  );

  return h(
    "section",
    { class: "pane", "aria-labelledby": "forms-title" },
    h("h2", { id: "forms-title" }, "Biểu mẫu"),
    h(
      "p",
      { class: "hint" },
      ctx.workbook.live
        ? "Chèn các trang tính chính thức (Thông tin, Tổ chức đảng, Đảng viên, Tập thể lãnh đạo, Danh sách) vào sổ tính đang mở, hoặc tải một sổ tính trống."
        : "Tải biểu trống về máy, điền trong Excel hoặc LibreOffice, rồi mở thẻ Kiểm tra để kiểm tra.",
    ),
    h("ul", { class: "cards" }, items),
    status,
    scores,
  );
}
