// The upper level's whole year in the web app (a plain browser, a wide window): create the campaign, import the unit
// list (preview, then confirm), the issuer, the deadlines, the Kế hoạch drafted and approved (its number from the
// register), units submit (through the API, as the units' own panes do: some late, one with errors, two missing), a
// Công văn đôn đốc for the ticked missing units, a correction (a new version, seen in the unit drawer's history),
// decisions (one HTXS lowered with its reason to keep the cap, others accepted in bulk), the merge, the Báo cáo and the
// Thông báo kết quả approved, the archive downloaded and checked. The Báo cáo is read back: its figures are the merge's
// with the decided levels, and the report checker finds no error. Then the next year's campaign of the same units,
// whose Báo cáo compares with the previous year by itself. The user types and clicks; no JSON file anywhere.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cli,
  approveListed as approve,
  closeSession,
  draftChosen,
  idle,
  nav,
  openDrawer,
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
let reports: ReturnType<typeof reportsOf>;
const work = mkdtempSync(join(tmpdir(), "officereview-webapp-"));
/** The same province without the planted errors (the corrections), and its next year. */
const clean = join(work, "sach");
const nextYear = join(work, "nam-sau");

beforeAll(async () => {
  ({ service, browser, province } = await openSession());
  cli("sample", "--units", "12", "--members", "200", "--seed", "7", "-o", clean);
  cli("sample", "--units", "12", "--members", "200", "--seed", "7", "--year", "2026", "-o", nextYear);
  reports = reportsOf(province);
});

afterAll(async () => {
  await closeSession({ service, browser, province });
  rmSync(work, { recursive: true, force: true });
});

const ID = "nam-2025";
const NEXT = "nam-2026";
const WIDE = 1360;

/** A unit sends its file (what its own task pane does): `dir`'s workbook, or its report raised to HTXS (a proposal). */
async function submit(
  campaign: string,
  unit: string,
  dir = province.dir,
  proposeExcellent = false,
): Promise<{ version: number; errors: number; late: boolean }> {
  let res: Response;
  if (proposeExcellent)
    res = await postSubmission(service, campaign, unit, proposingExcellent(reports.get(unit)!), `${unit}.json`);
  else res = await postFile(service, campaign, unit, join(dir, `${unit}.xlsx`));
  expect([200, 201]).toContain(res.status);
  return res.json();
}

/** Drafts a document of `kind` for `unit` in the Văn bản view and answers its id (the newest of that kind). */
async function draft(page: Page, kind: string, unit: string): Promise<number> {
  const before = await page.$$eval(`[data-testid=documents-list] [data-kind="${kind}"]`, (l) => l.length);
  // Choosing again would list the missing units afresh (all ticked): only change what differs.
  if ((await page.inputValue("[data-testid=doc-kind]")) !== kind)
    await page.selectOption("[data-testid=doc-kind]", kind);
  if ((await page.inputValue("[data-testid=doc-unit]")) !== unit)
    await page.selectOption("[data-testid=doc-unit]", unit);
  return draftChosen(page, kind, before);
}

/** Downloads a document from the list (draft or final) and answers its bytes. */
async function downloaded(page: Page, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(`[data-testid=${testId}]`)]);
  return readFileSync((await file.path())!);
}

/** The text of a .docx (its paragraphs, one a line), read with Python's zipfile like any unzip would. */
function docxText(bytes: Buffer): string {
  const path = join(work, `doc-${sha256(bytes).slice(0, 12)}.docx`);
  writeFileSync(path, bytes);
  const xml = execFileSync(
    "python3",
    ["-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode('utf-8'))", path],
    { encoding: "utf8" },
  );
  return xml
    .split(/<\/w:p>/)
    .map((p) => p.replace(/<w:tab\/>/g, " ").replace(/<[^>]+>/g, ""))
    .join("\n")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"');
}

/** The service's report checker on a .docx (POST /api/check-report). */
async function checkReport(bytes: Buffer, year: number) {
  const form = new FormData();
  form.append("file", new Blob([bytes as BlobPart]), "bao-cao.docx");
  const res = await service.api(`/api/check-report?year=${year}`, { method: "POST", body: form });
  expect(res.status).toBe(200);
  return (await res.json()) as {
    counts: { errors: number; warnings: number };
    statements: Array<{ subject: string; kind: string; level?: string | null; count?: number | null; text: string }>;
    findings: Array<{ code: string; severity: string; message: string }>;
  };
}

async function issuerForm(page: Page) {
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
}

async function createCampaign(page: Page, year: number, id: string) {
  await nav(page, "setup");
  await openSection(page, "create");
  await page.fill("[data-testid=new-year]", String(year));
  await page.fill("[data-testid=new-id]", id);
  await page.click("[data-testid=create-campaign]");
  await page.waitForFunction(
    (y) => document.querySelector("[data-testid=campaign-info]")?.textContent?.startsWith(`Năm ${y}`),
    year,
  );
  await page.waitForFunction(
    (c) => (document.querySelector("[data-testid=app-campaign]") as HTMLSelectElement).value === c,
    id,
  );
  await idle(page);
}

async function importUnits(page: Page) {
  await openSection(page, "units");
  await page.setInputFiles("[data-testid=units-file]", {
    name: "don-vi.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(unitListCsv(reports)),
  });
  await page.waitForSelector("[data-testid=units-confirm]:not([disabled])");
  await page.click("[data-testid=units-confirm]");
  await page.waitForSelector("[data-testid=units-status] .msg-success");
}

async function closeDrawer(page: Page) {
  await page.click("[data-testid=drawer-close]");
}

/** Merges at `unit` from its drawer; answers the stored result's JSON. */
async function mergeAt(page: Page, campaign: string, unit: string) {
  await nav(page, "dashboard");
  await openDrawer(page, unit);
  await page.click("[data-testid=merge-unit]");
  await page.waitForSelector("[data-testid=drawer-merge] .msg");
  const results = (await (await service.api(`/api/campaigns/${campaign}/results`)).json()) as Array<{
    id: number;
    unit: string;
  }>;
  const last = results.filter((r) => r.unit === unit).sort((a, b) => b.id - a.id)[0];
  expect(last).toBeTruthy();
  return (await service.api(`/api/campaigns/${campaign}/results/${last.id}`)).json();
}

describe("the upper level's year in the web app", () => {
  it("create → units (preview, confirm) → issuer → deadlines → Kế hoạch → submissions → đôn đốc → correction → decisions → merge → Báo cáo, Thông báo → archive", async () => {
    const page = await panePage(browser, { width: WIDE });
    await page.goto(`${service.baseUrl}/`);
    await page.waitForSelector("[data-testid=webapp]");
    // The admin sees every view of the nav.
    expect(await page.$$eval("[data-testid^=nav-]", (l) => l.map((b) => (b as HTMLElement).dataset.view))).toEqual([
      "setup",
      "form",
      "dashboard",
      "decisions",
      "documents",
      "audit",
      "profiles",
    ]);

    // 1. Create: the year says which ruleset.
    await nav(page, "setup");
    await openSection(page, "create");
    await page.fill("[data-testid=new-year]", "2025");
    expect(await page.textContent("[data-testid=new-ruleset]")).toBe("Quy định 366");
    await screenshot(page, "app-create");
    await createCampaign(page, 2025, ID);
    expect((await (await service.api(`/api/campaigns/${ID}`)).json()).rulesetId).toBe("366");

    // 2. The unit list, checked first: a row with an unknown parent shows its finding and cannot be confirmed; the good
    //    list shows its tree, still not stored, until the user confirms.
    await openSection(page, "units");
    await page.setInputFiles("[data-testid=units-file]", {
      name: "don-vi-loi.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(unitListCsv(reports, "T.X009,Chi bộ lạc,chi-bo-truc-thuoc,,KHONG.CO\n")),
    });
    await page.waitForSelector("[data-testid=units-preview] .finding-list .finding");
    expect(await page.textContent("[data-testid=units-preview] .finding-list")).toContain("KHONG.CO");
    expect(await page.$eval("[data-testid=units-confirm]", (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await page.setInputFiles("[data-testid=units-file]", {
      name: "don-vi.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(unitListCsv(reports)),
    });
    await page.waitForSelector("[data-testid=units-confirm]:not([disabled])");
    expect(await page.$$eval("[data-testid=units-preview-tree] li[data-unit]", (l) => l.length)).toBe(
      province.files.length,
    );
    expect(
      await page.$$eval(
        "[data-testid=units-preview-tree] li[data-unit=T] li[data-unit='T.X001.C01.B01']",
        (l) => l.length,
      ),
    ).toBe(1);
    expect((await (await service.api(`/api/campaigns/${ID}/units`)).json()).length).toBe(0);
    await screenshot(page, "app-units-preview");
    await page.click("[data-testid=units-confirm]");
    await page.waitForSelector("[data-testid=units-status] .msg-success");
    expect((await (await service.api(`/api/campaigns/${ID}/units`)).json()).length).toBe(province.files.length);
    await screenshot(page, "app-units");

    // 3. The issuer's details, once.
    await issuerForm(page);
    expect((await (await service.api(`/api/campaigns/${ID}/issuer`)).json()).issuerCode).toBe("TU");
    await screenshot(page, "app-issuer");

    // 4. Deadlines with both dates: chi bộ trực thuộc already past (their files come late), the others far ahead.
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
    expect(deadlines.find((d) => d.unitKind === "chi-bo-truc-thuoc")).toMatchObject({
      reviewBy: expect.stringContaining("2025-12-05"),
      due: expect.stringContaining("2025-12-10"),
    });
    await screenshot(page, "app-deadlines");

    // 5. The Kế hoạch, drafted and approved: its number is the register's first KH of the issuer; the files download as stored.
    await nav(page, "documents");
    const plan = await draft(page, "ke-hoach", "T");
    expect(await approve(page, plan)).toMatch(/01-KH\/TU/);
    const planListed = (await (await service.api(`/api/campaigns/${ID}/documents`)).json()).find(
      (d: { id: number }) => d.id === plan,
    );
    expect(planListed.number).toBe(1);
    expect(sha256(await downloaded(page, `download-draft-${plan}`))).toBe(planListed.sha256);
    expect(sha256(await downloaded(page, `download-final-${plan}`))).toBe(planListed.approvedSha256);
    await screenshot(page, "app-plan-approved");

    // 6. Units submit: all but two chi bộ; the chi bộ trực thuộc are past their deadline (late); T.X001's file has a
    //    planted error; one chi bộ proposes HTXS.
    const missing = ["T.X001.C01.B04", "T.X001.C01.B05"];
    const proposer = "T.X001.C01.B01";
    const faulty = province.plantedErrors[0].unit;
    for (const f of province.files)
      if (!missing.includes(f.unit)) await submit(ID, f.unit, province.dir, f.unit === proposer);

    // 7. The dashboard: the counts, and the filters (chưa nộp, nộp muộn, có lỗi, đã nộp; by kind; by name).
    await nav(page, "dashboard");
    await page.waitForSelector("[data-testid=status-table] tr[data-unit]");
    expect(await page.textContent("[data-testid=count-missing] .app-count-n")).toBe(String(missing.length));
    const matching = () =>
      page.$$eval("[data-testid=status-table] tr.match", (l) => l.map((r) => (r as HTMLElement).dataset.unit));
    await page.selectOption("[data-testid=dash-filter-status]", "missing");
    expect((await matching()).sort()).toEqual(missing);
    await screenshot(page, "app-dashboard-missing");
    await page.selectOption("[data-testid=dash-filter-status]", "errors");
    expect(await matching()).toContain(faulty);
    await page.selectOption("[data-testid=dash-filter-status]", "late");
    const late = await matching();
    expect(late).toEqual(expect.arrayContaining(["T.X001.C01.B01", "T.X001.C01.B02", "T.X001.C01.B03"]));
    expect(late).not.toContain(faulty);
    await page.selectOption("[data-testid=dash-filter-status]", "submitted");
    expect((await matching()).length).toBe(province.files.length - missing.length);
    await page.selectOption("[data-testid=dash-filter-status]", "");
    await page.selectOption("[data-testid=dash-filter-kind]", "chi-bo-truc-thuoc");
    expect((await matching()).length).toBe(5);
    await page.selectOption("[data-testid=dash-filter-kind]", "");
    await page.fill("[data-testid=dash-search] input", "chi bo 4");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=status-table] tr.match").length === 1);
    expect(await matching()).toEqual(["T.X001.C01.B04"]);
    await page.fill("[data-testid=dash-search] input", "");
    await page.waitForFunction(() => !document.querySelector("[data-testid=status-table] tr.context"));
    await screenshot(page, "app-dashboard");

    // 8. Công văn đôn đốc: the view lists the missing units under the đảng bộ trường from the status; the clerk ticks them.
    await nav(page, "documents");
    await page.selectOption("[data-testid=doc-unit]", "T.X001.C01");
    await page.selectOption("[data-testid=doc-kind]", "cong-van-don-doc");
    await page.waitForSelector("[data-testid=missing-units] input[type=checkbox]");
    expect(
      await page.$$eval("[data-testid=missing-units] input[type=checkbox]", (l) =>
        l.map((i) => (i as HTMLInputElement).value),
      ),
    ).toEqual(missing);
    await page.uncheck(`[data-testid="missing-${missing[1]}"]`);
    const reminder = await draft(page, "cong-van-don-doc", "T.X001.C01");
    const reminderDoc = (await (await service.api(`/api/campaigns/${ID}/documents`)).json()).find(
      (d: { id: number }) => d.id === reminder,
    );
    expect(reminderDoc.source.units).toEqual([missing[0]]);
    expect(docxText(await downloaded(page, `download-draft-${reminder}`))).toContain(
      reports.get(missing[0])!.unit.name,
    );
    await screenshot(page, "app-reminder");

    // 9. A correction: T.X001 sends its file again without the error; the drawer shows both versions, the current one
    //    clean and the first with its finding.
    const fixed = await submit(ID, faulty, clean);
    expect(fixed).toMatchObject({ version: 2, errors: 0 });
    await nav(page, "dashboard");
    await openDrawer(page, faulty);
    expect(
      await page.$$eval("[data-testid=drawer-versions] tbody tr", (l) =>
        l.map((r) => (r as HTMLElement).dataset.version),
      ),
    ).toEqual(["2", "1"]);
    expect(await page.textContent("[data-testid=drawer-findings]")).toContain("lần 2");
    expect(
      await page.$$eval(
        "[data-testid=drawer-findings] .finding",
        (l) => l.filter((f) => f.querySelector(".sev-error")).length,
      ),
    ).toBe(0);
    await page.click("[data-testid=version-findings-1]");
    await page.waitForFunction(() =>
      document.querySelector("[data-testid=drawer-findings] h3")?.textContent?.includes("lần 1"),
    );
    expect(
      await page.$$eval("[data-testid=drawer-findings] .finding", (l) => l.map((f) => (f as HTMLElement).dataset.code)),
    ).toContain(province.plantedErrors[0].code);
    await screenshot(page, "app-drawer");
    await closeDrawer(page);

    // 10. Decisions at the đảng bộ trường: the HTXS proposal puts the group over the cap (both denominators shown); it is
    //     lowered to HTT with its reason, and the other chi bộ's proposals are accepted in bulk.
    await nav(page, "decisions");
    await page.selectOption("[data-testid=decisions-unit]", "T.X001.C01");
    await page.waitForSelector(`[data-testid="decision-${proposer}"]`);
    await idle(page);
    expect(await page.textContent(`[data-testid="proposed-${proposer}"]`)).toBe("Hoàn thành xuất sắc nhiệm vụ");
    const figures = await page.textContent("[data-testid=cap-groups] [data-testid=cap-figures]");
    expect(figures).toContain("HTXS ÷ HTT = ");
    expect(figures).toContain("HTXS ÷ (HTT + HTXS) = ");
    expect(await page.$$eval("[data-testid=cap-groups] .msg-warning", (l) => l.length)).toBe(1);
    await screenshot(page, "app-decisions-cap");
    await page.selectOption(`[data-testid="decision-${proposer}"]`, "good");
    await page.fill(`[data-testid="reason-${proposer}"]`, "Giữ tỷ lệ HTXS trong giới hạn của khối");
    await page.click("[data-testid=save-decisions]");
    await page.waitForSelector(`[data-testid="decided-${proposer}"]`);
    await idle(page);
    expect(await page.$$eval("[data-testid=cap-groups] .msg-warning", (l) => l.length)).toBe(0);
    await page.check("[data-testid='pick-T.X001.C01.B02']");
    await page.check("[data-testid='pick-T.X001.C01.B03']");
    await page.click("[data-testid=bulk-accept]");
    await page.waitForSelector("[data-testid='decided-T.X001.C01.B03']");
    await idle(page);
    const decisions = (await (await service.api(`/api/campaigns/${ID}/units/T.X001.C01/decisions`)).json())
      .decisions as Array<{
      unit: string;
      proposed: string;
      decided: string | null;
      reason?: string;
      isProposal: boolean;
    }>;
    expect(decisions.find((d) => d.unit === proposer)).toMatchObject({
      proposed: "excellent",
      decided: "good",
      reason: "Giữ tỷ lệ HTXS trong giới hạn của khối",
      isProposal: false,
    });
    for (const u of ["T.X001.C01.B02", "T.X001.C01.B03"]) {
      const d = decisions.find((x) => x.unit === u)!;
      expect(d.decided).toBe(d.proposed);
    }
    await screenshot(page, "app-decisions");

    // 11. The merge at the province, from its drawer: the decided levels are used.
    const merged = await mergeAt(page, ID, "T");
    await screenshot(page, "app-merge");
    await closeDrawer(page);

    // 12. The Báo cáo and the Thông báo kết quả from the merge, both approved with the register's first numbers.
    await nav(page, "documents");
    const report = await draft(page, "bao-cao", "T");
    expect(await approve(page, report)).toMatch(/01-BC\/TU/);
    expect(await page.textContent(`[data-testid=doc-source-${report}]`)).toMatch(
      /^tổng hợp số \d+; trực thuộc trực tiếp: 0 đã quyết định, 1 còn là đề xuất; không có số liệu năm trước$/,
    );
    const notice = await draft(page, "thong-bao-ket-qua", "T");
    expect(await approve(page, notice)).toMatch(/01-TB\/TU/);
    await screenshot(page, "app-documents");

    // 13. The Báo cáo read back: the report checker finds no error, and every organization figure it states equals the
    //     count of the levels in force — decided where the upper level decided (the lowered chi bộ is HTT, not the HTXS it
    //     proposed), the unit's own proposal elsewhere — and the merge's figures.
    const reportBytes = await downloaded(page, `download-final-${report}`);
    const checked = await checkReport(reportBytes, 2025);
    expect(checked.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(checked.counts.errors).toBe(0);
    const inForce = new Map<string, string | null>();
    for (const parent of ["T", "T.X001", "T.X001.C01"]) {
      const list = (await (await service.api(`/api/campaigns/${ID}/units/${parent}/decisions`)).json())
        .decisions as Array<{ unit: string; effective: string | null }>;
      for (const d of list) inForce.set(d.unit, d.effective);
    }
    expect(inForce.get(proposer)).toBe("good");
    const subjects: Record<string, string[]> = {
      upperCommittees: ["dang-bo-cap-tren-co-so"],
      baseOrganizations: ["dang-bo-co-so", "chi-bo-co-so"],
      subordinateCells: ["chi-bo-truc-thuoc"],
    };
    const orgs = (merged as { report: { organizations: Record<string, Record<string, number>> } }).report.organizations;
    const stated = checked.statements.filter((s) => s.subject in subjects && s.kind === "levelCount");
    expect(stated.length).toBe(3 * 4);
    for (const s of stated) {
      const expected = [...inForce].filter(
        ([u, l]) => l === s.level && subjects[s.subject].includes(reports.get(u)!.unit.kind),
      ).length;
      expect({ subject: s.subject, level: s.level, count: s.count }).toEqual({
        subject: s.subject,
        level: s.level,
        count: expected,
      });
      expect(s.count).toBe(orgs[s.subject][s.level!]);
    }
    expect(stated.find((s) => s.subject === "subordinateCells" && s.level === "excellent")!.count).toBe(0);
    // The proposer is not named among the HTXS units; the report says no organization is HTXS.
    const text = docxText(reportBytes);
    expect(text).not.toContain(reports.get(proposer)!.unit.name);
    expect(text).toContain('Không có tổ chức đảng nào được xếp loại "Hoàn thành xuất sắc nhiệm vụ"');
    // No campaign of 2024 here: no comparison is made up.
    expect(text).not.toMatch(/So với năm 2024/);

    // 14. The archive: every approved document's SHA-256 equals its approval record's, and the manifest's.
    const zip = await downloaded(page, "download-archive");
    const zipPath = join(work, "luu-tru.zip");
    writeFileSync(zipPath, zip);
    const out = join(work, "luu-tru");
    execFileSync("python3", [
      "-c",
      "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])",
      zipPath,
      out,
    ]);
    const docs = readdirSync(join(out, "van-ban")).filter((f) => f.endsWith(".docx"));
    expect(docs.length).toBe(3);
    const manifest = JSON.stringify(JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")));
    const listed = (await (await service.api(`/api/campaigns/${ID}/documents`)).json()) as Array<{
      state: string;
      approvedSha256?: string;
    }>;
    const approvedHashes = listed
      .filter((d) => d.state === "approved")
      .map((d) => d.approvedSha256)
      .sort();
    const archived: string[] = [];
    for (const d of docs) {
      const bytes = readFileSync(join(out, "van-ban", d));
      const record = JSON.parse(readFileSync(join(out, "van-ban", `${d}.approval.json`), "utf8"));
      expect(sha256(bytes)).toBe(record.sha256);
      expect(manifest).toContain(sha256(bytes));
      archived.push(sha256(bytes));
    }
    expect(archived.sort()).toEqual(approvedHashes);
    expect(
      sha256(
        readFileSync(
          join(out, "van-ban", docs.find((d) => readFileSync(join(out, "van-ban", d)).equals(reportBytes))!),
        ),
      ),
    ).toBe(sha256(reportBytes));

    // 15. The audit log (admins): the decision, with its reason, is there.
    await nav(page, "audit");
    await page.waitForSelector("[data-testid=audit-table] tr[data-action=decision]");
    expect(await page.textContent("[data-testid=audit-table]")).toContain("Giữ tỷ lệ HTXS trong giới hạn của khối");
    await screenshot(page, "app-audit");
    await page.context().close();
  });

  it("shows a reviewer only what the role allows (no setup, no approval, no audit log)", async () => {
    const reviewer = await service.createAccount("thamdinh", [{ role: "reviewer", unit: "T.X001.C01", campaign: ID }]);
    const page = await panePage(browser, { width: WIDE, as: reviewer });
    await page.goto(`${service.baseUrl}/`);
    await page.waitForSelector("[data-testid=webapp]");
    await page.waitForFunction(() => document.querySelectorAll("[data-testid^=nav-]").length > 0);
    await page.selectOption("[data-testid=app-campaign]", ID);
    await page.waitForSelector("[data-testid=nav-decisions]");
    await idle(page);
    expect(await page.$$eval("[data-testid^=nav-]", (l) => l.map((b) => (b as HTMLElement).dataset.view))).toEqual([
      "dashboard",
      "decisions",
      "documents",
    ]);
    await nav(page, "documents");
    await page.waitForSelector("[data-testid=documents-list] tr[data-doc]");
    expect(await page.$$eval("[data-testid^=approve-]", (l) => l.length)).toBe(0);
    expect(await page.$eval("[data-testid=download-archive]", (b) => (b as HTMLElement).hidden)).toBe(true);
    await page.context().close();
  });

  it("shows an approver the decisions read only, and Duyệt on drafts", async () => {
    const approver = await service.createAccount("pheduyet", [{ role: "approver", unit: "T", campaign: ID }]);
    const page = await panePage(browser, { width: WIDE, as: approver });
    await page.goto(`${service.baseUrl}/`);
    await page.waitForSelector("[data-testid=webapp]");
    await page.selectOption("[data-testid=app-campaign]", ID);
    await page.waitForSelector("[data-testid=nav-decisions]");
    await idle(page);
    expect(await page.$$eval("[data-testid^=nav-]", (l) => l.map((b) => (b as HTMLElement).dataset.view))).toEqual([
      "dashboard",
      "decisions",
      "documents",
    ]);
    await nav(page, "decisions");
    await page.selectOption("[data-testid=decisions-unit]", "T.X001.C01");
    await page.waitForSelector("[data-testid='decision-T.X001.C01.B01']");
    await idle(page);
    expect(await page.$eval("[data-testid='decision-T.X001.C01.B01']", (s) => (s as HTMLSelectElement).disabled)).toBe(
      true,
    );
    expect(await page.$eval("[data-testid=bulk-bar]", (b) => (b as HTMLElement).hidden)).toBe(true);
    expect(await page.$eval("[data-testid=save-decisions]", (b) => (b as HTMLElement).hidden)).toBe(true);
    await nav(page, "documents");
    await page.waitForSelector("[data-testid=documents-list] tr[data-doc]");
    // The Công văn đôn đốc is still a draft: the approver may approve it.
    expect(await page.$$eval("[data-testid^=approve-]", (l) => l.length)).toBe(1);
    await page.context().close();
  });

  it("the next year's campaign of the same units: its Báo cáo compares with the previous year by itself", async () => {
    const page = await panePage(browser, { width: WIDE });
    await page.goto(`${service.baseUrl}/`);
    await page.waitForSelector("[data-testid=webapp]");
    await createCampaign(page, 2026, NEXT);
    await importUnits(page);
    await issuerForm(page);
    for (const f of province.files) await submit(NEXT, f.unit, nextYear);
    await mergeAt(page, NEXT, "T");
    await closeDrawer(page);
    await nav(page, "documents");
    const report = await draft(page, "bao-cao", "T");
    const listed = (await (await service.api(`/api/campaigns/${NEXT}/documents`)).json()).find(
      (d: { id: number }) => d.id === report,
    );
    // The previous year's figures were found in last year's campaign, with no input.
    expect(String(listed.source.previous)).toMatch(new RegExp(`^${ID}/results/\\d+$`));
    expect(await page.textContent(`[data-testid=doc-source-${report}]`)).toContain(`so sánh với ${ID}`);
    const text = docxText(await downloaded(page, `download-draft-${report}`));
    // Each block of organizations and the members compare with 2025, from last year's merge (decided levels).
    expect(text.match(/^So với năm 2025, /gm)?.length ?? 0).toBeGreaterThanOrEqual(4);
    // The chi bộ trực thuộc of 2025 were 0 HTXS once the proposal was lowered: a comparison from the proposals would
    // say the HTXS share fell.
    const lines = text.split("\n");
    const cells = lines.findIndex((l) => l.startsWith("Tổng số chi bộ trực thuộc"));
    expect(cells).toBeGreaterThan(0);
    expect(lines[cells + 1]).toContain("Hoàn thành xuất sắc nhiệm vụ 0 tổ chức");
    expect(lines[cells + 2]).toMatch(/^So với năm 2025, tỷ lệ hoàn thành xuất sắc nhiệm vụ không thay đổi;/);
    await screenshot(page, "app-next-year");
    await page.context().close();
  });
});
