// Browser mode of the Word panes, end to end: real service, real Chromium.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, panePage, screenshot, startService, type Service } from "./harness";

let service: Service;
let browser: Browser;

beforeAll(async () => {
  service = await startService();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await service?.stop();
});

async function openDocuments(page: Page) {
  await page.goto(`${service.baseUrl}/`);
  await page.click("[data-testid=tab-documents]");
  await page.waitForSelector("[data-testid=meta-form]");
}

const META = {
  superior: "Đảng bộ tỉnh Mẫu",
  issuer: "Đảng ủy phường An Bình",
  place: "An Bình",
  excerpt: "kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025",
  body: "Ban Thường vụ",
  title: "Bí thư",
  name: "Nguyễn Văn An",
};

describe("Word panes in browser mode", () => {
  it("a failed connection while generating loses nothing typed, even across a reload", async () => {
    const page = await panePage(browser);
    await openDocuments(page);
    for (const [name, value] of Object.entries(META)) await page.fill(`#meta-${name}`, value);
    await page.fill("#meta-date", "2025-12-20");
    await page.fill("#meta-copyTo", "Ban Tổ chức Tỉnh ủy (b/c)\nLưu VP");
    // Data for the Báo cáo: a unit's report as JSON (what the merge gives too).
    await page.setInputFiles("[data-testid=document-data]", {
      name: "so-lieu.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ year: 2025 })),
    });
    await page.waitForFunction(
      () => document.querySelector("[data-testid=data-file]")?.textContent === "Số liệu: so-lieu.json",
    );
    await page.click("label.chip:has(input[value=thong-bao-ket-qua])");
    await screenshot(page, "documents");

    await page.route("**/api/documents/**", (route) => route.abort("connectionrefused"));
    await page.click("[data-testid=generate]");
    await page.waitForSelector(".status .msg-error");
    expect(await page.textContent(".status .msg-error")).toContain("Không kết nối được với máy chủ OfficeReview");
    expect(await page.inputValue("#meta-issuer")).toBe(META.issuer);
    await screenshot(page, "documents-offline");

    await page.reload();
    await page.waitForSelector("[data-testid=meta-form]");
    expect(await page.getAttribute("body", "data-tab")).toBe("documents"); // the pane reopens where it was
    for (const [name, value] of Object.entries(META)) expect(await page.inputValue(`#meta-${name}`)).toBe(value);
    expect(await page.inputValue("#meta-date")).toBe("2025-12-20");
    expect(await page.inputValue("#meta-copyTo")).toBe("Ban Tổ chức Tỉnh ủy (b/c)\nLưu VP");
    expect(
      await page.$$eval("input[name=kind]", (els) =>
        els.map((e) => `${(e as HTMLInputElement).value}:${(e as HTMLInputElement).checked}`),
      ),
    ).toEqual(["ke-hoach:false", "cong-van:false", "bao-cao:false", "thong-bao-ket-qua:true"]);
    await page.context().close();
  });

  it("the report checker waits for a report", async () => {
    const page = await panePage(browser);
    await page.goto(`${service.baseUrl}/`);
    await page.click("[data-testid=tab-report-check]");
    expect(await page.isDisabled("[data-testid=check-report]")).toBe(true);
    await page.context().close();
  });
});
