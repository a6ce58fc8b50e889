// Issue #14's done-when, end to end, in both ways of tagging. In browser mode: a province's own workbook in a layout that is not ours (other sheet
// names, merged two-row headers, notes and numbering rows, =SUM totals, a formula in a figure's cell, fills, bold,
// borders, number formats) is tagged in the web app's "Biểu mẫu" grid — suggestions from the labels, the rest typed —
// and saved as the campaign's form; the grid shows what is tagged, missing and implausible; the admin downloads it;
// units download it, fill it through its names and submit; the upper level merges from the unit drawer and downloads
// the consolidated workbook, which ClosedXML (an independent reader) finds in the province's layout and styling, with
// "Theo đơn vị" and "Nguồn" added and every figure the sum of the units'. In Excel: the same workbook tagged through
// the pane's Office.js code (office-addin-mock holding the workbook's cells as ClosedXML reads them), read through
// getFileAsync and uploaded by the pane's own uploadForm, used as another campaign's form, filled, submitted, merged
// and checked alike.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { formContract, uploadForm } from "../../src/api/campaignForm";
import { officeWorkbook } from "../../src/host";
import { cellContents, formNames, nameSelectedCell } from "../../src/office/names";
import { figureStates } from "../../src/panes/excel/tagging";
import { provinceWorkbook, type Cell } from "../unit/excelNames";
import { fileDocument, installMock } from "../unit/officeGlobals";
import { cli, idle, launchBrowser, nav, openDrawer, panePage, screenshot, startService, type Service } from "./harness";
import {
  createCampaign,
  expectConsolidatedKeepsLayout,
  paneApiOn,
  PARENT,
  provinceSample,
  splitTarget,
  unitsSubmit,
} from "./provinceForm";

let service: Service;
let browser: Browser;
let sample: ReturnType<typeof provinceSample>;
const ID = "bieu-lang-son";
const WIDE = 1360;

beforeAll(async () => {
  sample = provinceSample();
  service = await startService();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await service?.stop();
  if (sample) rmSync(sample.dir, { recursive: true, force: true });
});

/** "'TH đảng viên'!$G$5", "TH đảng viên!G5" → "TH đảng viên!G5" (how the test compares cells). */
const plain = (target: string) => {
  const { sheet, cell } = splitTarget(target);
  return `${sheet}!${cell}`;
};

describe("a province's own workbook as the campaign's form, in the web app", () => {
  it("tags it in the grid, units fill and submit it, the merge keeps its layout, styles and formulas with the units' sums", async () => {
    await createCampaign(service, ID);
    const page = await panePage(browser, { width: WIDE });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${service.baseUrl}/addin/taskpane.html`);
    await page.waitForSelector("[data-testid=webapp]", { timeout: 20_000 });
    await page.waitForSelector(`[data-testid=app-campaign] option[value="${ID}"]`, { state: "attached" });
    await page.selectOption("[data-testid=app-campaign]", ID);
    await idle(page);

    // 1. "Biểu mẫu" (admins): the campaign has no form of its own yet.
    await nav(page, "form");
    const view = "[data-testid=view-form]";
    await page.waitForFunction(() =>
      /chưa có biểu mẫu riêng/.test(
        document.querySelector("[data-testid=view-form] [data-testid=mapping-current]")?.textContent ?? "",
      ),
    );

    // 2. The province's workbook: suggestions from its row and column labels, block by block.
    await page.setInputFiles(`${view} [data-testid=mapping-file]`, sample.workbook);
    await page.waitForFunction(() =>
      /gợi ý được/.test(
        document.querySelector("[data-testid=view-form] [data-testid=mapping-status]")?.textContent ?? "",
      ),
    );
    const suggested = await page.$$eval(`${view} input[data-testid^=map-OR_]`, (inputs) =>
      Object.fromEntries((inputs as HTMLInputElement[]).map((i) => [i.dataset.testid!.slice(4), i.value])),
    );
    const groups = await page.$$eval(`${view} tbody[data-group]`, (b) =>
      b.map((x) => (x as HTMLElement).dataset.group),
    );
    expect(groups[0]).toBe("Thông tin đơn vị");
    expect(groups).toContain("V. Đảng viên");
    // Every suggestion made for a figure of this layout is its cell; the two labels the province words its own way
    // ("Trực thuộc (mã)", "Nghỉ ốm, công tác") get none, so the admin types those.
    const right = Object.entries(sample.truth)
      .filter(([name, cell]) => suggested[name] && plain(suggested[name]) === plain(cell))
      .map(([n]) => n);
    const wrong = Object.entries(sample.truth)
      .filter(([name, cell]) => suggested[name] && plain(suggested[name]) !== plain(cell))
      .map(([n, cell]) => `${n}: ${suggested[n]} ≠ ${cell}`);
    expect(wrong).toEqual([]);
    expect(right.length).toBeGreaterThanOrEqual(Object.keys(sample.truth).length - 4);
    expect(suggested.OR_Unit_Parent).toBe("");
    expect(suggested.OR_Mem_Exempt_Excused).toBe("");
    expect(await page.getAttribute(`${view} [data-testid=map-status-OR_Mem_Total]`, "data-status")).toBe("suggested");
    await screenshot(page, "app-form-suggested");

    // 3. The admin completes the grid: types the missing cells (sheet!cell, as Excel writes them), clears any
    //    suggestion for a figure this form does not hold.
    for (const [name, cell] of Object.entries(sample.truth))
      if (!suggested[name] || plain(suggested[name]) !== plain(cell))
        await page.fill(`${view} [data-testid="map-${name}"]`, plain(cell));
    for (const [name, value] of Object.entries(suggested))
      if (value && !(name in sample.truth)) await page.fill(`${view} [data-testid="map-${name}"]`, "");
    expect(await page.getAttribute(`${view} [data-testid=map-status-OR_Unit_Parent]`, "data-status")).toBe("typed");

    // 4. Save: the service adds the names and checks the form; the grid shows its verdict per figure.
    await page.click(`${view} [data-testid=mapping-upload]`);
    await page.waitForFunction(() =>
      /Đã đặt|Lỗi|không/i.test(
        document.querySelector("[data-testid=view-form] [data-testid=mapping-status]")?.textContent ?? "",
      ),
    );
    expect(await page.textContent(`${view} [data-testid=mapping-status]`)).toContain("Đã đặt");
    const statuses = await page.$$eval(`${view} [data-testid^=map-status-]`, (cells) =>
      Object.fromEntries(
        cells.map((c) => [
          (c as HTMLElement).dataset.testid!.slice("map-status-".length),
          (c as HTMLElement).dataset.status,
        ]),
      ),
    );
    for (const name of Object.keys(sample.truth))
      expect([name, statuses[name]]).toEqual([name, name === "OR_Mem_Rated" ? "implausible" : "tagged"]);
    // The members' "Được đánh giá" is the province's formula: implausible for a typed figure, and said so with the cell.
    expect(await page.textContent(`${view} [data-testid=map-status-OR_Mem_Rated]`)).toContain("công thức");
    expect(statuses.OR_Ldr_Total).toBe("missing");
    expect(await page.textContent(`${view} [data-testid=mapping-summary]`)).toContain(
      "0 chỉ tiêu bắt buộc còn thiếu; 1 ô đáng ngờ",
    );
    expect(await page.textContent(`${view} [data-testid=mapping-result]`)).toContain(
      "VII. Cá nhân cán bộ lãnh đạo, quản lý",
    );
    await screenshot(page, "app-form-saved");

    const check = (await (await service.api(`/api/campaigns/${ID}/form/check`)).json()) as {
      sha256: string;
      check: { tagged: Array<{ name: string; sheet: string; cell: string }> };
    };
    const tagged = Object.fromEntries(check.check.tagged.map((t) => [t.name, `'${t.sheet}'!${t.cell}`]));
    expect(Object.keys(tagged).sort()).toEqual(Object.keys(sample.truth).sort());
    for (const [name, cell] of Object.entries(sample.truth)) expect(plain(tagged[name])).toBe(plain(cell));

    // 5. The admin downloads the form units will fill: the stored bytes.
    const [dl] = await Promise.all([
      page.waitForEvent("download"),
      page.click(`${view} [data-testid=mapping-download]`),
    ]);
    const downloaded = readFileSync((await dl.path())!);
    const stored = Buffer.from(await (await service.api(`/api/campaigns/${ID}/form`)).arrayBuffer());
    expect(downloaded.equals(stored)).toBe(true);

    // 6. Units download it, fill it through its names, submit it.
    await unitsSubmit(service, ID, sample.dir);

    // 7. The upper level merges from the unit drawer and downloads the consolidated workbook.
    await nav(page, "dashboard");
    await openDrawer(page, PARENT.code);
    await page.click("[data-testid=merge-unit]");
    await page.waitForSelector("[data-testid=drawer-merge] .msg");
    const results = (await (await service.api(`/api/campaigns/${ID}/results`)).json()) as Array<{
      id: number;
      unit: string;
    }>;
    const result = (await (
      await service.api(`/api/campaigns/${ID}/results/${results[results.length - 1].id}`)
    ).json()) as {
      counts: Record<string, number>;
      findings: Array<{ code: string; severity: string; message: string }>;
    };
    expect(result.counts, JSON.stringify(result.findings)).toMatchObject({ submitted: 3, missing: 0, errors: 0 });
    expect(await page.textContent("[data-testid=drawer-merge]")).toContain(
      "4/4 đơn vị có số liệu (3 đã nộp, 1 tổng hợp từ cấp dưới), 0 chưa nộp, 0 lỗi",
    );
    const [wb] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=merge-download]")]);
    const consolidated = join(sample.dir, "tong-hop.xlsx");
    writeFileSync(consolidated, readFileSync((await wb.path())!));

    // 8. The consolidated workbook, read with ClosedXML against the untagged original.
    expectConsolidatedKeepsLayout(sample.original, consolidated, sample.truth, tagged);
    expect(errors).toEqual([]);
  }, 240_000);
});

describe("the same workbook tagged in the Excel pane (Office.js through office-addin-mock)", () => {
  it("names each selected cell, lists what is missing or implausible, uploads what Excel saves, and the merge keeps the layout", async () => {
    const campaign = "bieu-lang-son-excel";
    await createCampaign(service, campaign);
    // Excel's view of the workbook: every cell ClosedXML finds, with its formula, value and Excel's value type.
    const cells: Record<string, Cell> = {};
    for (const sheet of sample.original.sheets)
      for (const c of sheet.cells) {
        const v = (c.formula ? c.cached : c.value) as string | number | null | undefined;
        const value = v ?? "";
        cells[`${sheet.name}!${c.address}`] = {
          formula: c.formula ? `=${c.formula}` : value,
          value,
          type: value === "" ? "Empty" : typeof value === "number" ? "Double" : "String",
        };
      }
    const { state, refresh } = provinceWorkbook(cells);

    // The admin selects each figure's cell and presses "Gắn ô đang chọn" (the pane's nameSelectedCell).
    for (const [name, target] of Object.entries(sample.truth)) {
      const { sheet, cell } = splitTarget(target);
      state.selected = `'${sheet.replace(/'/g, "''")}'!${cell}`;
      refresh();
      expect(await nameSelectedCell(name)).toEqual({ sheet, cell });
      refresh();
    }
    // What the pane lists: every figure of this layout tagged; the province's formula in "Được đánh giá" implausible;
    // leaders (not in this workbook) missing; no required figure missing.
    // The pane's own API module (src/api/campaignForm.ts) talks to the service, signed in as the admin.
    onTestFinished(paneApiOn(service));
    const figures = (await formContract()).figures.filter((f) => f.kind !== "label");
    const names = await formNames();
    const states = Object.fromEntries(
      figureStates(figures, names, await cellContents(names)).map((s) => [s.figure.name, s]),
    );
    for (const name of Object.keys(sample.truth))
      expect([name, states[name].status]).toEqual([name, name === "OR_Mem_Rated" ? "implausible" : "ok"]);
    expect(states.OR_Mem_Rated.problem).toContain("công thức");
    expect(states.OR_Ldr_Total.status).toBe("missing");
    expect(figures.filter((f) => f.required && states[f.name].status === "missing")).toEqual([]);

    // Excel saves the workbook with the names the pane added (the stand-in for Excel's own save: the names the mock
    // holds, written into the file with the service's `form tag` verb); the pane reads it through getFileAsync.
    const namesFile = join(sample.dir, "excel-names.json");
    writeFileSync(
      namesFile,
      JSON.stringify(Object.fromEntries(state.names.map((n) => [n.name, n.formula.replace(/^=/, "")]))),
    );
    const saved = join(sample.dir, "excel-saved.xlsx");
    cli("form", "tag", sample.workbook, namesFile, "-o", saved);
    const office = installMock("Office", {});
    office.context = {
      document: {
        ...fileDocument(new Uint8Array(readFileSync(saved)), 16 * 1024).document,
        url: "C:\\Bieu\\Bieu tinh Lang Son.xlsx",
      },
    };
    const file = await officeWorkbook().read(() => {}, new AbortController().signal);
    expect(file.name).toBe("Bieu tinh Lang Son.xlsx");
    expect(Buffer.from(file.bytes).equals(readFileSync(saved))).toBe(true);

    // The pane's upload ("Đặt làm biểu mẫu của đợt": uploadForm, the workbook alone, its names being the mapping).
    const view = await uploadForm(campaign, file.bytes, file.name);
    expect(view.campaign).toBe(campaign);
    expect(view.fileName).toBe("Bieu tinh Lang Son.xlsx");
    const tagged = Object.fromEntries(view.check.tagged.map((t) => [t.name, `'${t.sheet}'!${t.cell}`]));
    expect(Object.keys(tagged).sort()).toEqual(Object.keys(sample.truth).sort());
    expect(view.check.findings.filter((f) => f.code === "FORM_FORMULA_IN_INPUT").map((f) => f.cell)).toEqual([
      splitTarget(sample.truth.OR_Mem_Rated).cell,
    ]);

    // Units fill and submit it; the upper level merges (API) and takes the consolidated workbook.
    await unitsSubmit(service, campaign, sample.dir);
    const merged = await service.api(`/api/campaigns/${campaign}/units/${PARENT.code}/merge`, { method: "POST" });
    expect(merged.status).toBe(201);
    const location = merged.headers.get("location")!;
    const wb = await service.api(`${location}/workbook`);
    expect(wb.status).toBe(200);
    const consolidated = join(sample.dir, "tong-hop-excel.xlsx");
    writeFileSync(consolidated, Buffer.from(await wb.arrayBuffer()));
    expectConsolidatedKeepsLayout(sample.original, consolidated, sample.truth, tagged);
  }, 180_000);
});
