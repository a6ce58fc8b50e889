// The pane inside Excel (manifest URL taskpane.html?office=1), with Office.js replaced by a recording stand-in:
// the real bundle, the real service, the Office.js calls of the Excel panes end to end.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeOfficeJs } from "./fakeOffice";
import { closeSession, openSession, panePage, screenshot, type SampleProvince, type Service } from "./harness";

let service: Service;
let browser: Browser;
let province: SampleProvince;

beforeAll(async () => ({ service, browser, province } = await openSession()));

afterAll(() => closeSession({ service, browser, province }));

async function openInExcel(file: string): Promise<Page> {
  const page = await panePage(browser, { as: null });
  const bytes = [...readFileSync(join(province.dir, file))];
  await page.addInitScript(
    ({ bytes, file }) => {
      (window as any).__fileBytes = bytes;
      (window as any).__fileName = file;
    },
    { bytes, file },
  );
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: fakeOfficeJs("Excel", { token: service.entraToken(service.entraAdmin) }),
    }),
  );
  await page.goto(`${service.baseUrl}/addin/taskpane.html?office=1`);
  await page.waitForSelector("[data-testid=tab-check]");
  return page;
}

const officeLog = (page: Page) => page.evaluate(() => (window as any).__officeLog as unknown[][]);

describe("Excel host (Office.js stand-in)", () => {
  it("checks the open workbook read through getFileAsync, selects and highlights the cell, then clears it", async () => {
    const planted = province.plantedErrors[0];
    const page = await openInExcel(planted.file);
    expect(await page.getAttribute("body", "data-host")).toBe("excel");
    expect(await page.$$eval("[role=tab]", (els) => els.map((e) => e.textContent))).toEqual([
      "Biểu mẫu",
      "Kiểm tra",
      "Nộp",
      "Tổng hợp",
      "Gắn tên",
    ]);
    await page.click("[data-testid=tab-check]");
    await page.click("[data-testid=check]");
    await page.waitForSelector("[data-testid=findings]");
    expect(await page.textContent("[data-testid=check-results] .msg")).toBe(`${planted.file}: có lỗi cần sửa.`);
    const log = await officeLog(page);
    // Signed in through Office SSO first, then the workbook was read.
    expect(log[0]).toEqual(["getAccessToken", { allowSignInPrompt: true, allowConsentPrompt: true }]);
    expect(log.find((e) => e[0] === "getFileAsync")).toEqual(["getFileAsync", "compressed", 4 * 1024 * 1024]);
    expect(log.filter((e) => e[0] === "closeAsync")).toHaveLength(1);

    await page.click(`.finding[data-code=${planted.code}] button`);
    await page.waitForFunction(
      (key) => (window as any).__officeLog.some((e: unknown[]) => e[0] === "select" && e[1] === key),
      `${planted.sheet}!${planted.cell}`,
    );
    expect((await officeLog(page)).filter((e) => e[0] === "activate")).toEqual([["activate", planted.sheet]]);

    await page.click("button:has-text('Tô màu ô lỗi')");
    await page.waitForSelector(".status .msg-info");
    expect(await page.textContent(".status .msg-info")).toContain("Đã tô màu 1 ô có lỗi");
    expect((await officeLog(page)).filter((e) => e[0] === "fill")).toEqual([
      ["fill", `${planted.sheet}!${planted.cell}`, "#FDE7E9"],
    ]);
    expect((await officeLog(page)).some((e) => e[0] === "settings.set" && e[1] === "officereview.highlights")).toBe(
      true,
    );
    await screenshot(page, "excel-host-check");

    await page.click("button:has-text('Bỏ tô màu')");
    await page.waitForFunction(() => (window as any).__officeLog.some((e: unknown[]) => e[0] === "clear"));
    expect((await officeLog(page)).filter((e) => e[0] === "clear")).toEqual([
      ["clear", `${planted.sheet}!${planted.cell}`],
    ]);
    expect(await page.isDisabled("button:has-text('Bỏ tô màu')")).toBe(true);
    await page.context().close();
  });

  it("re-checks by itself after an edit when asked to", async () => {
    const planted = province.plantedErrors[0];
    const page = await openInExcel(planted.file);
    await page.click("[data-testid=tab-check]");
    await page.check("#auto-check");
    await page.waitForFunction(() => (window as any).__officeLog.some((e: unknown[]) => e[0] === "onChanged.add"));
    await page.evaluate(() => (window as any).__onChanged({}));
    // The re-check is debounced; it shows up as a second read of the file and the findings.
    await page.waitForSelector("[data-testid=findings]", { timeout: 15_000 });
    expect((await officeLog(page)).filter((e) => e[0] === "getFileAsync")).toHaveLength(1);
    await page.context().close();
  });

  it("inserts the official sheets from the service's template", async () => {
    const page = await openInExcel(province.files[0].file);
    await page.click("button:has-text('Chèn vào sổ tính') >> nth=0");
    await page.waitForSelector(".status .msg-success");
    expect(await page.textContent(".status .msg-success")).toBe(
      "Đã chèn 3 trang tính: Thông tin, Tổ chức đảng, Đảng viên.",
    );
    const inserted = await page.evaluate(() => (window as any).__insertedBase64 as string);
    const template = Buffer.from(await (await service.api(`/api/templates/bieu-don-vi`)).arrayBuffer());
    expect(Buffer.from(inserted, "base64").equals(template)).toBe(true);
    expect((await officeLog(page)).find((e) => e[0] === "insertWorksheetsFromBase64")?.[2]).toBe("End");
    await screenshot(page, "excel-host-forms");
    await page.context().close();
  });
  it("inserts the scoring sheets prefilled from the open workbook and checks them", async () => {
    const unit = province.files.find((f) => f.members > 0)!;
    const page = await openInExcel(unit.file);
    await page.click("[data-testid=insert-scores]");
    await page.waitForSelector("[data-testid=score-card] .status .msg-success");
    expect(await page.textContent("[data-testid=score-card] .status .msg-success")).toBe(
      "Đã chèn 3 trang tính: Thông tin, Tổ chức đảng, Đảng viên.",
    );
    // The inserted bytes are the service's scoring workbook for exactly the open workbook.
    const inserted = Buffer.from(await page.evaluate(() => (window as any).__insertedBase64 as string), "base64");
    const form = new FormData();
    form.append("file", new Blob([readFileSync(join(province.dir, unit.file))]), unit.file);
    const expected = Buffer.from(
      await (await service.api("/api/forms/bang-diem", { method: "POST", body: form })).arrayBuffer(),
    );
    expect(inserted.equals(expected)).toBe(true);
    expect(inserted.length).toBeGreaterThan(1000);

    // The stand-in does not change the open file, so checking it reads a workbook without the "Bảng điểm" sheet.
    await page.click("[data-testid=check-scores]");
    await page.waitForSelector("[data-testid=score-results] .msg");
    expect(await page.textContent("[data-testid=score-results] .msg")).toContain("không có bảng điểm");
    await screenshot(page, "excel-host-scores");
    await page.context().close();
  });
});
