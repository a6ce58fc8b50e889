// The upper level's path, end to end in browser mode: units submit in the Nộp pane, the status tree shows who sent
// what, the merge at a node gives the consolidated workbook, and the Word pane writes the Báo cáo from it; every
// downloaded file is checked through the service's own API.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  campaignUnit,
  closeSession,
  openSession,
  panePage,
  postCampaign,
  postFile,
  reportOf,
  reportsOf,
  screenshot,
  sha256,
  validateThroughApi,
  type SampleProvince,
  type Service,
} from "./harness";

let service: Service;
let browser: Browser;
let province: SampleProvince;
let campaignApi = false;
let reports: ReturnType<typeof reportsOf>;

beforeAll(async () => {
  ({ service, browser, province } = await openSession());
  campaignApi = (await service.api(`/api/campaigns`)).status === 200;
  if (!campaignApi) return;
  reports = reportsOf(province);
});

afterAll(() => closeSession({ service, browser, province }));

/** Creates a campaign over the synthetic province's unit tree (what an administrator does once, through the API). */
async function createCampaign(id: string): Promise<void> {
  const units = [...reports.values()].map((r) => campaignUnit(r.unit));
  const res = await postCampaign(service, { id, name: "Kiểm điểm năm 2025", year: 2025, units });
  expect(res.status).toBe(201);
}

async function submitThroughApi(campaign: string, unit: string): Promise<void> {
  const file = province.files.find((f) => f.unit === unit)!;
  const res = await postFile(service, campaign, unit, join(province.dir, file.file));
  expect([200, 201]).toContain(res.status);
}

async function choose(page: Page, campaign: string, unit: string) {
  await page.waitForSelector(`[data-testid=campaign] option[value="${campaign}"]`, { state: "attached" });
  await page.selectOption("[data-testid=campaign]", campaign);
  await page.waitForSelector(`[data-testid=unit] option[value="${unit}"]`, { state: "attached" });
  await page.selectOption("[data-testid=unit]", unit);
}

const children = (parent: string) => province.files.filter((f) => f.parent === parent);

describe("campaign in browser mode", () => {
  it("units submit their workbooks in the Nộp pane and get a receipt (time, SHA-256, status)", async (ctx) => {
    if (!campaignApi) ctx.skip();
    await createCampaign("nop-2025");
    const page = await panePage(browser);
    await page.goto(`${service.baseUrl}/`);
    await page.click("[data-testid=tab-submit]");
    const planted = province.plantedErrors[0];
    const toSubmit = [
      ...children("T.X001")
        .slice(1, 4)
        .map((f) => f.unit),
      planted.unit,
    ];
    for (const unit of toSubmit) {
      const file = province.files.find((f) => f.unit === unit)!;
      await choose(page, "nop-2025", unit);
      await page.setInputFiles("[data-testid=submit-file]", join(province.dir, file.file));
      await page.click("[data-testid=submit]");
      await page.waitForFunction(
        (name) => document.querySelector("[data-testid=receipt-card]")?.textContent?.includes(name),
        file.file,
      );
      expect(await page.textContent("[data-testid=receipt-hash]")).toBe(
        sha256(readFileSync(join(province.dir, file.file))),
      );
      expect(await page.textContent("[data-testid=receipt-time]")).toMatch(/^\d\d:\d\d ngày \d{1,2}\/\d{1,2}\/\d{4}$/);
      expect(await page.textContent("[data-testid=receipt-card] .msg")).toBe(
        unit === planted.unit ? "Đã nộp, có lỗi." : "Đã nộp, hợp lệ.",
      );
    }
    await screenshot(page, "submit-receipt");

    // The same bytes again: one submission, said so.
    await page.click("[data-testid=submit]");
    await page.waitForFunction(() =>
      document.querySelector("[data-testid=receipt-card] .msg")?.textContent?.includes("đã nộp trước đó"),
    );

    // The choice of campaign and unit is remembered.
    await page.reload();
    await page.click("[data-testid=tab-submit]");
    await page.waitForFunction(
      (u) => (document.querySelector("[data-testid=unit]") as HTMLSelectElement | null)?.value === u,
      planted.unit,
    );
    expect(await page.inputValue("[data-testid=campaign]")).toBe("nop-2025");

    const status = await (await service.api(`/api/campaigns/nop-2025/status`)).json();
    expect(status.counts.submitted).toBe(toSubmit.length);
    await page.context().close();
  });

  it("the status tree counts submissions, shows a unit's findings, merges at a node; the downloads check out", async (ctx) => {
    if (!campaignApi) ctx.skip();
    await createCampaign("tong-hop-2025");
    const top = "T.X001";
    const subs = children(top);
    for (const f of subs) await submitThroughApi("tong-hop-2025", f.unit);
    await submitThroughApi("tong-hop-2025", top); // carries the planted error

    const page = await panePage(browser);
    await page.goto(`${service.baseUrl}/`);
    await page.click("[data-testid=tab-submit]");
    await choose(page, "tong-hop-2025", top);
    await page.click("[data-testid=tab-merge]");
    await page.waitForSelector("[data-testid=status-counts]");
    const status = await (await service.api(`/api/campaigns/tong-hop-2025/status`)).json();
    expect(status.counts.submitted).toBe(subs.length + 1);
    expect(await page.textContent("[data-testid=status-counts]")).toBe(
      `Kiểm điểm năm 2025: ${subs.length + 1}/${status.counts.units} đơn vị đã nộp, 1 có lỗi, 0 nộp muộn`,
    );
    const node = page.locator(`[data-unit="${top}"] > details > summary`);
    expect(await node.locator(".pill").textContent()).toBe("Đã nộp, có lỗi");
    await node.locator("button", { hasText: "Xem lỗi" }).click();
    const planted = province.plantedErrors[0];
    await page.waitForSelector(`[data-unit="${top}"] .node-findings .finding-where`);
    expect(await page.textContent(`[data-unit="${top}"] .node-findings .finding-where`)).toBe(
      `${planted.sheet}!${planted.cell}`,
    );
    // The unit's own file, to look at those cells: the very bytes it submitted.
    const [submitted] = await Promise.all([
      page.waitForEvent("download"),
      page.click(`[data-unit="${top}"] .node-findings button`),
    ]);
    expect(submitted.suggestedFilename()).toBe(planted.file);
    expect(sha256(readFileSync((await submitted.path())!))).toBe(
      sha256(readFileSync(join(province.dir, planted.file))),
    );
    await screenshot(page, "status-tree");

    await page.click(`[data-testid="merge-node-${top}"]`);
    await page.waitForSelector("[data-testid=merge-result] .msg");
    await screenshot(page, "merge-result");

    // The consolidated figures: the sum of what the children sent.
    const [jsonDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=download-merged-json]"),
    ]);
    const merged = JSON.parse(readFileSync((await jsonDownload.path())!, "utf8"));
    const expectedMembers = subs.reduce((sum, f) => sum + reports.get(f.unit)!.members.total, 0);
    expect(merged.report.members.total).toBe(expectedMembers);
    expect(merged.unit.code).toBe(top);

    // The consolidated workbook reads back as that unit through /api/validate.
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-merged]")]);
    const { body } = await validateThroughApi(service, readFileSync((await xlsx.path())!), xlsx.suggestedFilename());
    expect(body.readable).toBe(true);
    expect(body.unit).toBe(reports.get(top)!.unit.name);

    // The Báo cáo from that merge, checked by the report checker.
    await page.click("[data-testid=tab-documents]");
    expect(await page.textContent("[data-testid=data-file]")).toBe(
      `Số liệu: kết quả tổng hợp ${reports.get(top)!.unit.name}`,
    );
    await page.fill("#meta-superior", "Đảng bộ tỉnh Mẫu");
    await page.fill("#meta-issuer", reports.get(top)!.unit.name);
    await page.fill("#meta-date", "2025-12-20");
    await page.fill("#meta-place", "An Bình");
    await page.fill(
      "#meta-excerpt",
      "kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025",
    );
    await page.fill("#meta-copyTo", "Ban Tổ chức Tỉnh ủy (b/c)\nLưu VP");
    await page.fill("#meta-body", "Ban Thường vụ");
    await page.fill("#meta-title", "Bí thư");
    await page.fill("#meta-name", "Nguyễn Văn An");
    await page.click("[data-testid=generate]");
    await page.waitForSelector("[data-testid=download-document]");
    await screenshot(page, "document-draft");
    const [docx] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-document]")]);
    const docxBytes = readFileSync((await docx.path())!);
    const form = new FormData();
    form.append("file", new Blob([docxBytes]), "bao-cao.docx");
    const check = await service.api(`/api/check-report`, { method: "POST", body: form });
    expect(check.status).toBe(200);
    const checked = await check.json();
    expect(checked.statements.length).toBeGreaterThan(0);
    expect(checked.counts.errors).toBe(0);

    // Approve: the final document carries the number, its SHA-256 is the one shown.
    await page.fill("#approve-number", "12");
    await page.fill("#approver", "Nguyễn Văn An");
    await page.click("[data-testid=approve]");
    await page.waitForSelector("[data-testid=download-final]");
    const [final] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-final]")]);
    const shown = await page.textContent("[data-testid=approval] dd.hash");
    expect(shown).toBe(sha256(readFileSync((await final.path())!)));
    await screenshot(page, "document-approved");

    // The report checker pane on the same report.
    await page.click("[data-testid=tab-report-check]");
    await page.setInputFiles("[data-testid=report-file]", {
      name: "bao-cao.docx",
      mimeType: "application/octet-stream",
      buffer: docxBytes,
    });
    await page.waitForSelector("[data-testid=report-check-results] .msg");
    expect(await page.textContent("[data-testid=report-check-results] .msg")).toMatch(
      /^bao-cao\.docx: \d+ số liệu đều khớp\.$/,
    );
    await screenshot(page, "report-check");
    await page.context().close();
  });

  it("a stateless merge of subordinate files from the Tổng hợp pane sums their figures", async (ctx) => {
    if (!campaignApi) ctx.skip();
    const subs = children("T.X001");
    const page = await panePage(browser);
    await page.goto(`${service.baseUrl}/`);
    await page.click("[data-testid=tab-merge]");
    await page.setInputFiles(
      "[data-testid=subordinate-files]",
      subs.map((f) => join(province.dir, f.file)),
    );
    await page.waitForFunction(
      () => !document.querySelector("[data-testid=subordinates]")!.textContent!.includes("đang kiểm tra"),
    );
    await page.click("[data-testid=merge]");
    await page.waitForSelector("[data-testid=download-merged-json]");
    const [jsonDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.click("[data-testid=download-merged-json]"),
    ]);
    const merged = JSON.parse(readFileSync((await jsonDownload.path())!, "utf8"));
    expect(merged.counts.files).toBe(subs.length);
    expect(merged.report.members.total).toBe(subs.reduce((sum, f) => sum + reports.get(f.unit)!.members.total, 0));

    // The consolidated workbook (fetched when asked for) carries the same total, read back by the service.
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-merged]")]);
    const workbook = join(province.dir, "tong-hop-tai-ve.xlsx");
    writeFileSync(workbook, readFileSync((await xlsx.path())!));
    expect(reportOf(workbook).members.total).toBe(merged.report.members.total);
    await screenshot(page, "merge-stateless");
    await page.context().close();
  });
});
