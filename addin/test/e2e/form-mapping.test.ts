// The campaign's own form in browser mode: the mapping grid (tab "Gắn tên") suggests a cell for each figure from the
// workbook's row and column labels, the admin uploads the workbook with the mapping, and the service stores it as the
// campaign's form with the names added (checked through the API).
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeSession, openSession, panePage, postCampaign, type SampleProvince, type Service } from "./harness";

let service: Service;
let browser: Browser;
let province: SampleProvince;
let formApi = false;

beforeAll(async () => {
  ({ service, browser, province } = await openSession(6, 60, 3));
  formApi = (await service.api("/api/form-contract")).status === 200;
});

afterAll(async () => closeSession({ service, browser, province }));

describe("mapping grid (browser mode)", () => {
  it("suggests cells from the labels and sets the mapped workbook as the campaign's form", async (ctx) => {
    if (!formApi) ctx.skip();
    const created = await postCampaign(service, { id: "bieu-rieng", year: 2025 });
    expect(created.status).toBe(201);
    const page = await panePage(browser, { width: 900 });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    // ?pane=1: a window this wide would otherwise get the web app of the upper level instead of the pane's tabs.
    await page.goto(`${service.baseUrl}/addin/taskpane.html?pane=1`);
    await page.waitForSelector("[data-testid=tab-forms]", { timeout: 15_000 }).catch(async () => {
      throw new Error(
        `pane did not start: ${errors.join(" | ")}; body: ${(await page.textContent("body"))?.slice(0, 300)}`,
      );
    });
    if (!(await page.$("[data-testid=tab-tagging]"))) {
      const js = await (await fetch(`${service.baseUrl}/addin/taskpane.js`)).text();
      throw new Error(
        `no tagging tab; tabs: ${await page.$$eval("[role=tab]", (t) => t.map((x) => x.textContent).join(", "))}; served pane mentions tagging: ${js.includes("mapping-grid")}`,
      );
    }
    await page.click("[data-testid=tab-tagging]");
    await page.waitForSelector("[data-testid=mapping-campaign] option[value=bieu-rieng]", { state: "attached" });
    await page.selectOption("[data-testid=mapping-campaign]", "bieu-rieng");
    const file = province.files[province.files.length - 1];
    await page.setInputFiles("[data-testid=mapping-file]", join(province.dir, file.file));
    // The labels of the workbook point at the cells: the unit's name and the members' total are suggested.
    await page.waitForFunction(() =>
      (document.querySelector("[data-testid=map-OR_Mem_Total]") as HTMLInputElement | null)?.value.includes("!"),
    );
    const name = await page.inputValue("[data-testid=map-OR_Unit_Name]");
    expect(name).toMatch(/!B\d+$/);
    await page.click("[data-testid=mapping-upload]");
    await page.waitForFunction(() =>
      /Đã đặt|Lỗi|không/.test(document.querySelector("[data-testid=mapping-status]")?.textContent ?? ""),
    );
    expect(await page.textContent("[data-testid=mapping-status]")).toContain("Đã đặt");

    const check = (await (await service.api("/api/campaigns/bieu-rieng/form/check")).json()) as {
      check: { tagged: Array<{ name: string; cell: string }> };
    };
    const tagged = new Map(check.check.tagged.map((t) => [t.name, t.cell]));
    for (const required of ["OR_Year", "OR_Unit_Code", "OR_Unit_Name", "OR_Unit_Kind", "OR_Mem_Total"])
      expect(tagged.has(required)).toBe(true);
    expect(`!${tagged.get("OR_Unit_Name")}`).toBe(name.slice(name.lastIndexOf("!")));
    const form = await service.api("/api/campaigns/bieu-rieng/form");
    expect(form.status).toBe(200);
  }, 120_000);
});
