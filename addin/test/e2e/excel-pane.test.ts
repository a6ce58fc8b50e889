// Browser mode of the Excel panes, end to end: real service, real Chromium, real workbooks from the `sample` verb.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeSession,
  openSession,
  panePage,
  screenshot,
  validateThroughApi,
  type SampleProvince,
  type Service,
} from "./harness";

let service: Service;
let browser: Browser;
let province: SampleProvince;

beforeAll(async () => ({ service, browser, province } = await openSession()));

afterAll(() => closeSession({ service, browser, province }));

async function openPane(tab?: string): Promise<Page> {
  const page = await panePage(browser);
  await page.goto(`${service.baseUrl}/`);
  await page.waitForSelector("[data-testid=tab-forms]");
  if (tab) await page.click(`[data-testid=tab-${tab}]`);
  return page;
}

describe("Excel panes in browser mode", () => {
  it("/ opens the pane in browser mode, Vietnamese, connected to the service, within 320 px", async () => {
    const page = await openPane();
    expect(page.url()).toBe(`${service.baseUrl}/addin/taskpane.html`);
    expect(await page.textContent("h1")).toBe("Kiểm điểm – Xếp loại");
    await page.waitForFunction(() =>
      /dịch vụ/.test(document.querySelector("[data-testid=service]")?.textContent ?? ""),
    );
    expect(await page.getAttribute("body", "data-host")).toBe("browser");
    const tabs = await page.$$eval("[role=tab]", (els) => els.map((e) => e.textContent));
    expect(tabs).toEqual([
      "Biểu mẫu",
      "Kiểm tra",
      "Nộp",
      "Tổng hợp",
      "Gắn tên",
      "Văn bản",
      "Kiểm tra số liệu",
      "Đợt kiểm điểm",
    ]);
    const overflow = await page.evaluate(
      () => document.querySelector("main")!.scrollWidth - document.querySelector("main")!.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "forms");
    await page.context().close();
  });

  it("downloads a blank unit workbook, which the service reads as its own form", async () => {
    const page = await openPane();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=template-bieu-don-vi]"),
    ]);
    expect(download.suggestedFilename()).toBe("bieu-don-vi.xlsx");
    const bytes = readFileSync((await download.path())!);
    const fromApi = new Uint8Array(await (await service.api(`/api/templates/bieu-don-vi`)).arrayBuffer());
    expect(new Uint8Array(bytes)).toEqual(fromApi);
    // The service recognises its own blank form: what it misses is only the values nobody typed yet.
    const { body } = await validateThroughApi(service, bytes, download.suggestedFilename());
    expect(body.findings.length).toBeGreaterThan(0);
    expect(new Set(body.findings.map((f) => f.code))).toEqual(new Set(["XLSX_MISSING_VALUE"]));
    expect(body.findings.every((f) => f.sheet === "Thông tin")).toBe(true);
    await page.waitForSelector(".msg-success");
    expect(await page.textContent(".msg-success")).toContain("Đã tải về bieu-don-vi.xlsx");
    await page.context().close();
  });

  it("checks a workbook with a planted error and shows it at its sheet and cell", async () => {
    const planted = province.plantedErrors[0];
    const page = await openPane("check");
    await page.setInputFiles("[data-testid=workbook-file]", join(province.dir, planted.file));
    await page.waitForSelector("[data-testid=findings]");
    const finding = page.locator(`.finding[data-code=${planted.code}]`);
    expect(await finding.count()).toBe(1);
    expect(await finding.locator(".finding-where").textContent()).toBe(`${planted.sheet}!${planted.cell}`);
    expect(await finding.locator(".sev").textContent()).toBe("Lỗi");
    // The catalogue's title and source of the code (GET /api/findings-catalogue, docs/findings.md).
    const catalogue = (await (await service.api("/api/findings-catalogue")).json()) as {
      findings: Array<{ code: string; title: string; source: string }>;
    };
    const entry = catalogue.findings.find((e) => e.code === planted.code)!;
    expect(entry).toBeTruthy();
    expect(await finding.locator("[data-testid=finding-title]").textContent()).toBe(entry.title);
    expect(await finding.locator("[data-testid=finding-source]").textContent()).toBe(`Căn cứ: ${entry.source}`);
    expect(await page.textContent(".group summary .group-name")).toBe(planted.sheet);
    expect(await page.textContent("[data-testid=counts]")).toContain("1 lỗi");
    const unit = province.files.find((f) => f.file === planted.file)!;
    expect(await page.textContent("[data-testid=check-results] .meta")).toContain(unit.name);
    await screenshot(page, "check-errors");

    // A clean workbook next: the findings are replaced by "hợp lệ".
    const clean = province.files.find(
      (f) => f.form === "officereview.bieu-don-vi" && !province.plantedErrors.some((p) => p.file === f.file),
    )!;
    await page.setInputFiles("[data-testid=workbook-file]", join(province.dir, clean.file));
    await page.waitForFunction(
      (name) => document.querySelector("[data-testid=check-results] .msg")?.textContent?.includes(name),
      clean.file,
    );
    expect(await page.textContent("[data-testid=check-results] .msg")).toBe(`${clean.file}: hợp lệ.`);
    await screenshot(page, "check-valid");
    await page.context().close();
  });

  it("says which file is not a workbook, in Vietnamese", async () => {
    const page = await openPane("check");
    await page.setInputFiles("[data-testid=workbook-file]", {
      name: "ghi-chu.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("không phải tệp Excel"),
    });
    await page.waitForSelector("[data-testid=check-results] .msg-error");
    expect(await page.textContent("[data-testid=check-results] .msg-error")).toBe("Không đọc được ghi-chu.xlsx.");
    // The service's reason is listed under the general group (not tied to a cell).
    expect(await page.textContent("[data-testid=findings] .group-name")).toBe("Chung (không gắn với ô)");
    expect(await page.locator("[data-testid=findings] .finding").count()).toBeGreaterThan(0);
    await screenshot(page, "check-unreadable");
    await page.context().close();
  });

  it("a long check can be cancelled, and a failed connection says so without losing the file", async () => {
    const planted = province.plantedErrors[0];
    const page = await openPane("check");
    // Hold the upload until the user cancels.
    await page.route("**/api/validate", () => {});
    await page.setInputFiles("[data-testid=workbook-file]", join(province.dir, planted.file));
    await page.waitForSelector(".op button");
    await screenshot(page, "check-progress");
    await page.click(".op button");
    await page.waitForSelector(".status .msg-warning");
    expect(await page.textContent(".status .msg-warning")).toBe("Đã hủy: kiểm tra biểu.");

    await page.unroute("**/api/validate");
    await page.route("**/api/validate", (route) => route.abort("connectionrefused"));
    await page.click("[data-testid=check]");
    await page.waitForSelector(".status .msg-error");
    expect(await page.textContent(".status .msg-error")).toContain("Không kết nối được với máy chủ OfficeReview");
    expect(await page.textContent("[data-testid=picked-workbook]")).toBe(planted.file);

    // The connection is back: the same file is checked without picking it again.
    await page.unroute("**/api/validate");
    await page.click("[data-testid=check]");
    await page.waitForSelector("[data-testid=findings]");
    expect(await page.locator(`.finding[data-code=${planted.code}]`).count()).toBe(1);
    await page.context().close();
  });

  it("Tổng hợp checks each subordinate file on arrival (picker and drag and drop) and shows its findings", async () => {
    const planted = province.plantedErrors[0];
    const subs = province.files.filter((f) => f.parent === "T.X001").map((f) => f.file);
    const page = await openPane("merge");
    await page.setInputFiles(
      "[data-testid=subordinate-files]",
      subs.map((f) => join(province.dir, f)),
    );
    // Drag and drop the upper unit's own file (which carries the planted error).
    const bytes = [...readFileSync(join(province.dir, planted.file))];
    const dataTransfer = await page.evaluateHandle(
      ({ name, bytes }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], name));
        return dt;
      },
      { name: planted.file, bytes },
    );
    await page.dispatchEvent(".drop", "drop", { dataTransfer });
    await page.waitForFunction(
      (n) =>
        document.querySelectorAll("[data-testid=subordinates] .sub .pill:not(:empty)").length === n &&
        !document.querySelector("[data-testid=subordinates]")!.textContent!.includes("đang kiểm tra"),
      subs.length + 1,
    );
    const states = await page.$$eval("[data-testid=subordinates] .sub", (els) =>
      els.map((e) => [e.getAttribute("data-file"), e.querySelector(".pill")!.textContent]),
    );
    expect(states).toHaveLength(subs.length + 1);
    for (const [file, state] of states) expect(state).toBe(file === planted.file ? "1 lỗi" : "hợp lệ");
    await page.click(`[data-file="${planted.file}"] summary`);
    expect(await page.textContent(`[data-file="${planted.file}"] .finding-where`)).toBe(
      `${planted.sheet}!${planted.cell}`,
    );
    expect(await page.textContent("[data-testid=merge]")).toBe(`Tổng hợp ${subs.length + 1} tệp`);
    await screenshot(page, "merge-files");
    await page.context().close();
  });
});
