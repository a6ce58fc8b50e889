// The pane inside Word (taskpane.html?office=1) with Office.js replaced by a recording stand-in: generate a Báo cáo
// with the real service, put it into the document, re-fill the document's fields, check its figures.

import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeOfficeJs } from "./fakeOffice";
import {
  closeSession,
  openSession,
  panePage,
  reportOf,
  screenshot,
  type SampleProvince,
  type Service,
} from "./harness";

let service: Service;
let browser: Browser;
let province: SampleProvince;
let documentsApi = false;

beforeAll(async () => {
  ({ service, browser, province } = await openSession());
  // Before the documents feature is on the service, the route is missing (404 without a problem title).
  const probe = await service.api(`/api/documents/bao-cao`, {
    method: "POST",
    body: "{}",
    headers: { "Content-Type": "application/json" },
  });
  documentsApi = probe.status !== 404 && probe.status !== 405;
});

afterAll(() => closeSession({ service, browser, province }));

async function openInWord(controls: { tag: string; text: string }[]): Promise<Page> {
  const page = await panePage(browser, { as: null });
  await page.addInitScript((controls) => ((window as any).__controls = controls), controls);
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: fakeOfficeJs("Word", { token: service.entraToken(service.entraAdmin) }),
    }),
  );
  await page.goto(`${service.baseUrl}/addin/taskpane.html?office=1`);
  await page.waitForSelector("[data-testid=tab-documents]");
  return page;
}

const officeLog = (page: Page) => page.evaluate(() => (window as any).__officeLog as unknown[][]);

describe("Word host (Office.js stand-in)", () => {
  it("shows the Word tabs only", async () => {
    const page = await openInWord([]);
    expect(await page.getAttribute("body", "data-host")).toBe("word");
    expect(await page.$$eval("[role=tab]", (els) => els.map((e) => e.textContent))).toEqual([
      "Văn bản",
      "Kiểm tra số liệu",
    ]);
    await page.context().close();
  });

  it("generates a Báo cáo, replaces the document with it, re-fills its fields, and checks its figures", async (ctx) => {
    if (!documentsApi) ctx.skip();
    const unit = province.files.find((f) => f.form === "officereview.bieu-don-vi")!;
    const report = reportOf(join(province.dir, unit.file));
    const page = await openInWord([
      { tag: "nguoiKy", text: "(người ký cũ)" },
      { tag: "diaDanhNgayThang", text: "(ngày cũ)" },
      { tag: "bangKetQua", text: "(bảng)" },
    ]);
    await page.setInputFiles("[data-testid=document-data]", {
      name: "so-lieu.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(report)),
    });
    await page.fill("#meta-issuer", report.unit.name);
    await page.fill("#meta-date", "2025-12-20");
    await page.fill("#meta-place", "An Bình");
    await page.fill("#meta-body", "Chi ủy");
    await page.fill("#meta-title", "Bí thư");
    await page.fill("#meta-name", "Nguyễn Văn An");
    await page.click("[data-testid=generate]");
    await page.click("button:has-text('Thay tài liệu đang mở')");
    await page.waitForFunction(() =>
      (window as any).__officeLog.some((e: unknown[]) => e[0] === "body.insertFileFromBase64"),
    );
    expect((await officeLog(page)).find((e) => e[0] === "body.insertFileFromBase64")).toEqual([
      "body.insertFileFromBase64",
      "Replace",
    ]);
    const inserted = Buffer.from(await page.evaluate(() => (window as any).__insertedBase64 as string), "base64");
    expect(inserted.subarray(0, 2).toString()).toBe("PK");

    // The signer changes: re-fill the open document's fields from a regenerated document.
    await page.fill("#meta-name", "Trần Thị Bình");
    await page.click("button:has-text('Điền lại tài liệu đang mở')");
    await page.waitForSelector(".status .msg-success");
    expect(await page.textContent(".status .msg-success")).toBe(
      "Đã điền lại 2 trường. 1 phần khác (bảng, danh sách) chỉ cập nhật được khi tạo lại văn bản.",
    );
    const controls = await page.evaluate(() =>
      (window as any).__wordControls.map((c: { tag: string; text: string }) => [c.tag, c.text]),
    );
    expect(controls).toEqual([
      ["nguoiKy", "Trần Thị Bình"],
      ["diaDanhNgayThang", "An Bình, ngày 20 tháng 12 năm 2025"],
      ["bangKetQua", "(bảng)"],
    ]);
    await screenshot(page, "word-host-documents");

    // The report checker reads the open document through getFileAsync.
    await page.evaluate((bytes) => ((window as any).__fileBytes = bytes), [...inserted]);
    await page.click("[data-testid=tab-report-check]");
    await page.click("[data-testid=check-report]");
    await page.waitForSelector("[data-testid=report-check-results] .msg");
    expect(await page.textContent("[data-testid=report-check-results] .msg")).toMatch(/số liệu đều khớp\.$/);
    expect((await officeLog(page)).filter((e) => e[0] === "getFileAsync")).toHaveLength(1);
    await page.context().close();
  });
});
