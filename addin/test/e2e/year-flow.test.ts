// The upper level's whole year in browser mode, from the Đợt kiểm điểm tab: create the campaign, import the unit list,
// the issuer, the deadlines, the Kế hoạch drafted and approved (its number from the register), units submit (through
// the API), a Công văn đôn đốc for the missing units, a decision lowering one HTXS with its reason, the merge, the Báo
// cáo approved, and the archive downloaded: every approved file's SHA-256 equals its approval record's.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  approveListed as approve,
  closeSession,
  draftChosen,
  openSection,
  openSession,
  panePage,
  postFile,
  postSubmission,
  proposingExcellent,
  reportsOf,
  sha256,
  unitListCsv,
  screenshot,
  type SampleProvince,
  type Service,
} from "./harness";

let service: Service;
let browser: Browser;
let province: SampleProvince;
let yearApi = false;
let reports: ReturnType<typeof reportsOf>;
const work = mkdtempSync(join(tmpdir(), "officereview-year-"));

beforeAll(async () => {
  ({ service, browser, province } = await openSession());
  // Needs the campaign-year routes (issuer, decisions, documents, archive): an older service skips this file.
  yearApi =
    (await service.api(`/api/campaigns/khong-co/issuer`)).headers.get("content-type")?.includes("json") === true;
  if (!yearApi) return;
  reports = reportsOf(province);
});

afterAll(async () => {
  await closeSession({ service, browser, province });
  rmSync(work, { recursive: true, force: true });
});

const ID = "nam-2025";

/** Submits a unit's workbook, or its report as JSON with its own rating raised to HTXS (a proposal to be lowered). */
async function submit(unit: string, proposeExcellent = false): Promise<void> {
  const file = province.files.find((f) => f.unit === unit)!;
  let res: Response;
  if (proposeExcellent)
    res = await postSubmission(service, ID, unit, proposingExcellent(reports.get(unit)!), `${unit}.json`);
  else res = await postFile(service, ID, unit, join(province.dir, file.file));
  expect([200, 201]).toContain(res.status);
}

/** Drafts a document of `kind` for `unit` in the pane and answers its id (the newest of that kind in the list). */
async function draft(page: Page, kind: string, unit: string, before = 0): Promise<number> {
  await page.selectOption("[data-testid=doc-kind]", kind);
  await page.selectOption("[data-testid=doc-unit]", unit);
  return draftChosen(page, kind, before);
}

describe("the upper level's year in browser mode", () => {
  it("create → units → issuer → deadlines → Kế hoạch → submissions → đôn đốc → decisions → merge → Báo cáo → archive", async (ctx) => {
    if (!yearApi) ctx.skip();
    const page = await panePage(browser);
    await page.goto(`${service.baseUrl}/`);
    await page.click("[data-testid=tab-year]");

    // 1. Create: the year says which ruleset.
    await openSection(page, "create");
    await page.fill("[data-testid=new-year]", "2024");
    expect(await page.textContent("[data-testid=new-ruleset]")).toBe("Quy định 124");
    await page.fill("[data-testid=new-year]", "2025");
    expect(await page.textContent("[data-testid=new-ruleset]")).toBe("Quy định 366");
    expect(await page.inputValue("[data-testid=new-name]")).toBe("Kiểm điểm, đánh giá, xếp loại năm 2025");
    await page.fill("[data-testid=new-id]", ID);
    await page.click("[data-testid=create-campaign]");
    await page.waitForFunction(() =>
      document.querySelector("[data-testid=campaign-info]")?.textContent?.startsWith("Năm 2025 · Quy định 366"),
    );
    expect(await page.inputValue("[data-testid=year-campaign]")).toBe(ID);
    expect((await (await service.api(`/api/campaigns/${ID}`)).json()).rulesetId).toBe("366");
    await screenshot(page, "year-create");

    // 2. The unit list: a row with an unknown parent is refused with its finding; the good list gives the tree.
    await openSection(page, "units");
    await page.setInputFiles("[data-testid=units-file]", {
      name: "don-vi-loi.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(unitListCsv(reports, "T.X009,Chi bộ lạc,chi-bo-truc-thuoc,,KHONG.CO\n")),
    });
    // The list is checked first (a dry run, nothing stored): the preview shows the finding and cannot be confirmed.
    await page.waitForSelector("[data-testid=units-preview] .finding-list .finding");
    expect(await page.textContent("[data-testid=units-preview] .finding-list")).toContain("KHONG.CO");
    expect(await page.$eval("[data-testid=units-confirm]", (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    expect((await (await service.api(`/api/campaigns/${ID}/units`)).json()).length).toBe(0);
    await page.setInputFiles("[data-testid=units-file]", {
      name: "don-vi.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(unitListCsv(reports)),
    });
    await page.waitForSelector("[data-testid=units-confirm]:not([disabled])");
    expect(await page.$$eval("[data-testid=units-preview-tree] li[data-unit]", (l) => l.length)).toBe(
      province.files.length,
    );
    expect((await (await service.api(`/api/campaigns/${ID}/units`)).json()).length).toBe(0);
    await page.click("[data-testid=units-confirm]");
    await page.waitForSelector("[data-testid=units-status] .msg-success");
    expect(await page.$$eval("[data-testid=units-tree] li[data-unit]", (l) => l.length)).toBe(province.files.length);
    expect(
      await page.$$eval("[data-testid=units-tree] li[data-unit=T] li[data-unit='T.X001.C01.B01']", (l) => l.length),
    ).toBe(1);
    await screenshot(page, "year-units");

    // 3. The issuer's details, once.
    await openSection(page, "issuer");
    await page.fill("[data-testid=issuer-superior]", "BAN CHẤP HÀNH TRUNG ƯƠNG");
    await page.fill("[data-testid=issuer-issuer]", "TỈNH ỦY MẪU");
    await page.fill("[data-testid=issuer-code]", "TU");
    await page.fill("[data-testid=issuer-place]", "Mẫu Sơn");
    await page.selectOption("[data-testid=issuer-level]", "tinh-uy");
    await page.fill("[data-testid=issuer-body]", "BAN THƯỜNG VỤ");
    await page.fill("[data-testid=issuer-title]", "BÍ THƯ");
    await page.fill("[data-testid=issuer-name]", "Nguyễn Văn An");
    await page.fill("[data-testid=copyto-default]", "Ban Tổ chức Trung ương (b/c)\nLưu VP");
    await page.fill("[data-testid=copyto-thong-bao-ket-qua]", "Các đảng bộ trực thuộc\nLưu VP");
    await page.click("[data-testid=save-issuer]");
    await page.waitForSelector("[data-testid=issuer-status] .msg-success");
    const issuer = await (await service.api(`/api/campaigns/${ID}/issuer`)).json();
    expect(issuer.issuerCode).toBe("TU");
    expect(issuer.copyTo["thong-bao-ket-qua"]).toEqual(["Các đảng bộ trực thuộc", "Lưu VP"]);
    await screenshot(page, "year-issuer");

    // 4. Deadlines with both dates: chi bộ trực thuộc already past (their files are late), the others far ahead.
    await openSection(page, "deadlines");
    await page.fill("[data-testid=review-chi-bo-truc-thuoc]", "2025-12-05");
    await page.fill("[data-testid=due-chi-bo-truc-thuoc]", "2025-12-10");
    await page.fill("[data-testid=review-khac]", "2099-12-20");
    await page.fill("[data-testid=due-khac]", "2099-12-31");
    await page.click("[data-testid=save-deadlines]");
    await page.waitForSelector("[data-testid=deadlines-section] .msg-success");
    const deadlines = (await (await service.api(`/api/campaigns/${ID}`)).json()).deadlines as Array<{
      unitKind?: string;
      reviewBy?: string;
      due: string;
    }>;
    const cells = deadlines.find((d) => d.unitKind === "chi-bo-truc-thuoc")!;
    expect(cells.reviewBy).toContain("2025-12-05");
    expect(cells.due).toContain("2025-12-10");
    await screenshot(page, "year-deadlines");

    // 5. The Kế hoạch, drafted and approved: its number is the register's first KH of the issuer.
    await openSection(page, "documents");
    const plan = await draft(page, "ke-hoach", "T");
    const planNumber = await approve(page, plan);
    expect(planNumber).toMatch(/^Số 01-KH\/TU — duyệt bởi /);
    // The draft and the final file download as stored: the listed SHA-256 of each.
    const planListed = (await (await service.api(`/api/campaigns/${ID}/documents`)).json()).find(
      (d: { id: number }) => d.id === plan,
    );
    const [draftFile] = await Promise.all([
      page.waitForEvent("download"),
      page.click(`[data-testid=download-draft-${plan}]`),
    ]);
    expect(sha256(readFileSync((await draftFile.path())!))).toBe(planListed.sha256);
    const [finalFile] = await Promise.all([
      page.waitForEvent("download"),
      page.click(`[data-testid=download-final-${plan}]`),
    ]);
    expect(finalFile.suggestedFilename()).toMatch(/\.docx$/);
    expect(sha256(readFileSync((await finalFile.path())!))).toBe(planListed.approvedSha256);
    await screenshot(page, "year-plan-approved");

    // 6. Units submit (through the API): all but two chi bộ of the đảng bộ trường; one chi bộ proposes HTXS.
    const missing = ["T.X001.C01.B04", "T.X001.C01.B05"];
    const proposer = "T.X001.C01.B01";
    for (const f of province.files) if (!missing.includes(f.unit)) await submit(f.unit, f.unit === proposer);

    // 7. Công văn đôn đốc: the pane lists the missing units from the status, the clerk ticks them.
    await page.selectOption("[data-testid=doc-unit]", "T.X001.C01");
    await page.selectOption("[data-testid=doc-kind]", "cong-van-don-doc");
    await page.waitForSelector("[data-testid=missing-units] input[type=checkbox]");
    expect(
      await page.$$eval("[data-testid=missing-units] input[type=checkbox]", (l) =>
        l.map((i) => (i as HTMLInputElement).value),
      ),
    ).toEqual(missing);
    const reminders = await page.$$eval("[data-testid=documents-list] [data-kind=cong-van-don-doc]", (l) => l.length);
    const reminder = await draft(page, "cong-van-don-doc", "T.X001.C01", reminders);
    const reminderDoc = (await (await service.api(`/api/campaigns/${ID}/documents`)).json()).find(
      (d: { id: number }) => d.id === reminder,
    );
    expect(JSON.stringify(reminderDoc.source)).toContain(missing[0]);
    await screenshot(page, "year-reminder");

    // 8. Decisions: one HTXS proposal lowered to HTT with its reason; the cap shown with both denominators.
    const [parent, lowered] = ["T.X001.C01", proposer];
    await openSection(page, "decisions");
    await page.selectOption("[data-testid=decisions-unit]", parent);
    await page.waitForSelector(`[data-testid="decision-${lowered}"]`);
    expect(await page.textContent(`[data-testid="proposed-${lowered}"]`)).toBe("Hoàn thành xuất sắc nhiệm vụ");
    const figures = await page.textContent("[data-testid=cap-groups] [data-testid=cap-figures]");
    expect(figures).toContain("HTXS ÷ HTT = ");
    expect(figures).toContain("HTXS ÷ (HTT + HTXS) = ");
    // Before the decision the proposals put the group over the cap: the service's warning is shown.
    expect(await page.$$eval("[data-testid=cap-groups] .msg-warning", (l) => l.length)).toBe(1);
    await screenshot(page, "year-decisions-cap");
    await page.selectOption(`[data-testid="decision-${lowered}"]`, "good");
    await page.fill(`[data-testid="reason-${lowered}"]`, "Giữ tỷ lệ HTXS trong giới hạn của khối");
    await page.click("[data-testid=save-decisions]");
    await page.waitForSelector(`[data-testid="decided-${lowered}"]`);
    const decided = (await (await service.api(`/api/campaigns/${ID}/units/${parent}/decisions`)).json()).decisions.find(
      (d: { unit: string }) => d.unit === lowered,
    );
    expect(await page.$$eval("[data-testid=cap-groups] .msg-warning", (l) => l.length)).toBe(0);
    expect(decided).toMatchObject({
      proposed: "excellent",
      decided: "good",
      reason: "Giữ tỷ lệ HTXS trong giới hạn của khối",
      isProposal: false,
    });
    await screenshot(page, "year-decisions");

    // 9. The merge at the province, from the Tổng hợp tab (the campaign is in the Nộp picker now).
    await page.click("[data-testid=tab-submit]");
    await page.waitForSelector(`[data-testid=campaign] option[value="${ID}"]`, { state: "attached" });
    await page.selectOption("[data-testid=campaign]", ID);
    await page.waitForSelector(`[data-testid=unit] option[value="T"]`, { state: "attached" });
    await page.selectOption("[data-testid=unit]", "T");
    await page.click("[data-testid=tab-merge]");
    await page.click(`[data-testid="merge-node-T"]`);
    await page.waitForSelector("[data-testid=merge-result] .msg");
    const results = await (await service.api(`/api/campaigns/${ID}/results`)).json();
    expect(results.some((r: { unit: string }) => r.unit === "T")).toBe(true);

    // 10. The Báo cáo from the merge, approved: the register's first BC.
    await page.click("[data-testid=tab-year]");
    await openSection(page, "documents");
    const reports0 = await page.$$eval("[data-testid=documents-list] [data-kind=bao-cao]", (l) => l.length);
    const report = await draft(page, "bao-cao", "T", reports0);
    expect(await approve(page, report)).toMatch(/^Số 01-BC\/TU — duyệt bởi /);
    await screenshot(page, "year-report-approved");

    // 11. The archive: every approved document's SHA-256 equals its approval record's, and the manifest's.
    const [zip] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-archive]")]);
    const zipPath = join(work, zip.suggestedFilename());
    writeFileSync(zipPath, readFileSync((await zip.path())!));
    const out = join(work, "luu-tru");
    execFileSync("python3", [
      "-c",
      "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])",
      zipPath,
      out,
    ]);
    const docs = readdirSync(join(out, "van-ban")).filter((f) => f.endsWith(".docx"));
    expect(docs.length).toBe(2);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    for (const d of docs) {
      const bytes = readFileSync(join(out, "van-ban", d));
      const record = JSON.parse(readFileSync(join(out, "van-ban", `${d}.approval.json`), "utf8"));
      expect(sha256(bytes)).toBe(record.sha256);
      const listed = JSON.stringify(manifest);
      expect(listed).toContain(sha256(bytes));
    }
    await screenshot(page, "year-archive");

    // 12. Close the campaign: no more submissions.
    await openSection(page, "close");
    await page.click("[data-testid=close-campaign]");
    await page.click("[data-testid=close-confirm]");
    await page.waitForSelector("[data-testid=close-section] .msg-success");
    expect(await page.textContent("[data-testid=campaign-info]")).toContain("đã đóng");
    expect((await (await service.api(`/api/campaigns/${ID}`)).json()).state).toBe("closed");
    expect((await postFile(service, ID, missing[0], join(province.dir, `${missing[0]}.xlsx`))).status).toBe(409);
    await screenshot(page, "year-closed");
    await page.context().close();
  });
});
