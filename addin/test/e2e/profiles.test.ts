// The web app's "Hồ sơ ánh xạ" view (issue #14): an admin uploads a mapping profile with a sample file, the service
// checks it and saves it, and last year's files are imported into last year's campaign through it — one line per file,
// a file that is no workbook refused with its name while the others land. A clerk sees no such view. The profile is
// written as an admin would: sheet + cell for every figure of the unit form, and the year as a constant.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  campaignUnit,
  closeSession,
  idle,
  nav,
  openSession,
  panePage,
  postCampaign,
  reportOf,
  screenshot,
  type Account,
  type SampleProvince,
  type Service,
} from "./harness";

let service: Service;
let browser: Browser;
let province: SampleProvince;
const work = mkdtempSync(join(tmpdir(), "officereview-profiles-"));
const CAMPAIGN = "nam-truoc";

beforeAll(async () => {
  ({ service, browser, province } = await openSession(6, 60, 3));
});

afterAll(async () => {
  await closeSession({ service, browser, province });
  rmSync(work, { recursive: true, force: true });
});

async function openApp(as?: Account): Promise<Page> {
  const page = await panePage(browser, { width: 1360, ...(as === undefined ? {} : { as }) });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${service.baseUrl}/addin/taskpane.html`);
  await page.waitForSelector("[data-testid=webapp] [data-testid^=nav-]", { timeout: 15_000 }).catch(async () => {
    throw new Error(
      `web app did not start: ${errors.join(" | ")}; body: ${(await page.textContent("body"))?.slice(0, 300)}`,
    );
  });
  await idle(page);
  return page;
}

describe("Hồ sơ ánh xạ (web app)", () => {
  it("saves a profile checked against a sample file, imports last year's files with one line per file, and is shown to admins only", async () => {
    // Last year's campaign with the province's units.
    const reports = province.files.map((f) => reportOf(join(province.dir, f.file)));
    const created = await postCampaign(service, {
      id: CAMPAIGN,
      year: 2024,
      units: reports.map((r) => campaignUnit(r.unit)),
    });
    expect(created.status).toBe(201);

    // The profile: where each figure sits in last year's files (the cells the admin reads off one of them), the year fixed.
    // Units below the root (the status counts what is below the top).
    const below = province.files.filter((f) => f.parent);
    const sample = below[0];
    const form = new FormData();
    form.append("files", new Blob([readFileSync(join(province.dir, sample.file))]), sample.file);
    const cells = (await (await service.api("/api/form-suggestions", { method: "POST", body: form })).json()) as {
      tagged: Array<{ name: string; sheet: string; cell: string }>;
    };
    expect(cells.tagged.length).toBeGreaterThan(20);
    const profile = {
      id: "bieu-nam-truoc",
      name: "Biểu đơn vị năm trước",
      entries: [
        ...cells.tagged
          .filter((t) => t.name !== "OR_Year")
          .map((t) => ({ figure: t.name, sheet: t.sheet, cell: t.cell })),
        { figure: "OR_Year", value: "2024" },
      ],
    };
    writeFileSync(join(work, "ho-so.json"), JSON.stringify(profile));

    const page = await openApp();
    await page.waitForSelector(`[data-testid=app-campaign] option[value=${CAMPAIGN}]`, { state: "attached" });
    await page.selectOption("[data-testid=app-campaign]", CAMPAIGN);
    await idle(page);
    await nav(page, "profiles");
    expect(await page.textContent("[data-testid=import-campaign]")).toBe(CAMPAIGN);

    // Save: checked against the sample, every figure found.
    await page.setInputFiles("[data-testid=profile-json]", join(work, "ho-so.json"));
    await page.setInputFiles("[data-testid=profile-samples]", join(province.dir, sample.file));
    await page.click("[data-testid=profile-save]");
    await page.waitForSelector(
      "[data-testid=profile-save-status] .msg-success, [data-testid=profile-save-status] .msg-warning, [data-testid=profile-save-status] .msg-error",
    );
    const saved = await page.textContent("[data-testid=profile-save-status]");
    expect(saved).toContain("Đã lưu hồ sơ");
    expect(saved).toContain("bieu-nam-truoc");
    await page.waitForSelector("[data-testid=profiles-list] tr[data-profile=bieu-nam-truoc]");
    expect(
      await page.$$eval("[data-testid=profile-check] tbody tr", (rows) =>
        rows.map((r) => (r as HTMLElement).dataset.file),
      ),
    ).toEqual([sample.file]);
    expect(await page.textContent("[data-testid=profile-complete-bieu-nam-truoc]")).toContain("Đủ chỉ tiêu");

    // Import: three of last year's files and one that is no workbook.
    const chosen = below.slice(0, 3);
    await page.selectOption("[data-testid=import-profile]", "bieu-nam-truoc");
    await page.setInputFiles("[data-testid=import-files]", [
      ...chosen.map((f) => ({
        name: f.file,
        mimeType: "application/octet-stream",
        buffer: readFileSync(join(province.dir, f.file)),
      })),
      { name: "hong.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("Đây không phải bảng tính") },
    ]);
    await page.click("[data-testid=import-run]");
    await page.waitForSelector("[data-testid=import-results]");
    await idle(page);
    const rows = await page.$$eval("[data-testid=import-results] tbody tr", (trs) =>
      trs.map((r) => ({
        file: (r as HTMLElement).dataset.file,
        status: (r as HTMLElement).dataset.status,
        text: r.textContent ?? "",
      })),
    );
    expect(rows.map((r) => r.file)).toEqual([...chosen.map((f) => f.file), "hong.xlsx"]);
    expect(rows.slice(0, 3).map((r) => r.status)).toEqual(["submitted", "submitted", "submitted"]);
    for (const [i, f] of chosen.entries()) expect(rows[i].text).toContain(`(${f.unit})`);
    expect(rows[3].status).toBe("refused");
    expect(rows[3].text).toContain("hong.xlsx");
    expect(await page.textContent("[data-testid=import-status]")).toContain("từ chối 1 tệp");
    await screenshot(page, "app-profiles");

    // Stored as those units' submissions of last year.
    const status = (await (await service.api(`/api/campaigns/${CAMPAIGN}/status`)).json()) as {
      counts: { submitted: number; late: number };
    };
    expect(status.counts.submitted).toBe(3);
    expect(status.counts.late).toBe(0);

    // A clerk of a unit has no such view.
    const clerk = await service.createAccount("thu-ky-ho-so", [
      { role: "clerk", unit: chosen[0].unit, campaign: CAMPAIGN },
    ]);
    const clerkPage = await openApp(clerk);
    const views = await clerkPage.$$eval("[data-testid^=nav-]", (l) => l.map((b) => (b as HTMLElement).dataset.view));
    expect(views).not.toContain("profiles");
    expect(views).toContain("dashboard");
  }, 180_000);
});
