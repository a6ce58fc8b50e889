// Sign-in end to end, against the real service: browser mode with a local account through the form, the pane in
// Excel through the Office SSO stand-in (a token signed with the test key the service trusts as Entra ID, and the
// dialog fallback), and what a clerk of one unit can see of another unit (nothing).
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeOfficeJs, type FakeSso } from "./fakeOffice";
import {
  campaignUnit,
  closeSession,
  openSession,
  panePage,
  postCampaign,
  postFile,
  reportOf,
  screenshot,
  TEST_PASSWORD,
  type Account,
  type SampleProvince,
  type Service,
} from "./harness";

let service: Service;
let browser: Browser;
let province: SampleProvince;
const CAMPAIGN = "phan-quyen-2025";
let unitA: { code: string; name: string; file: string; submission: number };
let unitB: { code: string; name: string; file: string; submission: number };
let clerkA: Account;
const clerkB = "canbo.b@dangbo-mau.vn";

/** Submits a unit's workbook as the admin (bearer) and answers the submission id. */
async function submitAsAdmin(unit: string, file: string): Promise<number> {
  const res = await postFile(service, CAMPAIGN, unit, join(province.dir, file));
  expect([200, 201]).toContain(res.status);
  return (await res.json()).id;
}

beforeAll(async () => {
  ({ service, browser, province } = await openSession(6, 40, 11));
  // Two units of the province that carry no planted error, as the roots of a campaign of their own.
  const planted = new Set(province.plantedErrors.map((p) => p.unit));
  const [a, b] = province.files.filter((f) => !planted.has(f.unit) && f.parent).slice(0, 2);
  const units = [a, b].map((f) => reportOf(join(province.dir, f.file)).unit);
  const res = await postCampaign(service, {
    id: CAMPAIGN,
    name: "Phân quyền 2025",
    year: 2025,
    units: units.map((u) => ({ ...campaignUnit(u), parent: null })),
  });
  expect(res.status).toBe(201);
  unitA = { code: a.unit, name: units[0].name, file: a.file, submission: await submitAsAdmin(a.unit, a.file) };
  unitB = { code: b.unit, name: units[1].name, file: b.file, submission: await submitAsAdmin(b.unit, b.file) };
  clerkA = await service.createAccount("canbo.a", [{ role: "clerk", unit: unitA.code, campaign: CAMPAIGN }]);
  await service.createAccount(clerkB, [{ role: "clerk", unit: unitB.code, campaign: CAMPAIGN }], null);
});

afterAll(() => closeSession({ service, browser, province }));

const signedIn = (page: Page) => page.waitForFunction(() => document.body.dataset.auth === "signed-in");

async function signInThroughForm(page: Page, userName: string, password: string) {
  await page.fill("[data-testid=signin-user]", userName);
  await page.fill("[data-testid=signin-password]", password);
  await page.click("[data-testid=signin-submit]");
}

/** The pane as Excel opens it, with the Office.js stand-in answering SSO as `sso` says. */
async function openInExcel(sso: FakeSso): Promise<{ page: Page; authorizations: string[] }> {
  const page = await panePage(browser, { as: null });
  const authorizations: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    const authorization = r.headers().authorization;
    // Anonymous: health, the sign-in configuration, and the first look for a session cookie (/api/auth/me).
    if (
      !path.startsWith("/api/") ||
      path === "/api/health" ||
      path === "/api/auth/config" ||
      (path === "/api/auth/me" && !authorization)
    )
      return;
    authorizations.push(authorization ?? "(none)");
  });
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ contentType: "text/javascript", body: fakeOfficeJs("Excel", sso) }),
  );
  await page.goto(`${service.baseUrl}/addin/taskpane.html?office=1`);
  return { page, authorizations };
}

const officeLog = (page: Page) => page.evaluate(() => (window as any).__officeLog as unknown[][]);

async function chooseCampaign(page: Page, unit?: string) {
  await page.click("[data-testid=tab-submit]");
  await page.waitForSelector(`[data-testid=campaign] option[value="${CAMPAIGN}"]`, { state: "attached" });
  await page.selectOption("[data-testid=campaign]", CAMPAIGN);
  if (unit) {
    await page.waitForSelector(`[data-testid=unit] option[value="${unit}"]`, { state: "attached" });
    await page.selectOption("[data-testid=unit]", unit);
  }
}

describe("sign-in in browser mode (local account)", () => {
  it("signs in through the Vietnamese form, shows who and their roles, keeps the session over a reload", async () => {
    const page = await panePage(browser, { as: null });
    await page.goto(`${service.baseUrl}/`);
    await page.waitForSelector("[data-testid=signin-form]");
    expect(await page.getAttribute("body", "data-auth")).toBe("signed-out");
    expect(await page.isVisible("[data-testid=tab-forms]")).toBe(false);
    expect(await page.textContent("label[for=signin-user]")).toBe("Tên đăng nhập");
    expect(await page.textContent("label[for=signin-password]")).toBe("Mật khẩu");
    await screenshot(page, "signin");

    await signInThroughForm(page, clerkA.userName, "không-phải-mật-khẩu");
    await page.waitForSelector("[data-testid=signin-status] .msg-error");
    expect(await page.textContent("[data-testid=signin-status]")).toBe("Sai tên đăng nhập hoặc mật khẩu.");
    expect(await page.isVisible("[data-testid=tab-forms]")).toBe(false);

    await signInThroughForm(page, clerkA.userName, clerkA.password);
    await signedIn(page);
    await page.waitForSelector("[data-testid=tab-forms]");
    expect(await page.textContent("[data-testid=account-name]")).toBe("canbo.a");
    await page.click("[data-testid=account] summary");
    expect(await page.$$eval("[data-testid=account-roles] li", (els) => els.map((e) => e.textContent))).toEqual([
      `Cán bộ nộp biểu · đơn vị ${unitA.code} · đợt ${CAMPAIGN}`,
    ]);
    await screenshot(page, "signin-account");

    await page.reload();
    await page.waitForSelector("[data-testid=tab-forms]");
    expect(await page.getAttribute("body", "data-auth")).toBe("signed-in");
    expect(await page.isVisible("[data-testid=signin-form]")).toBe(false);
    await page.context().close();
  });

  it("changes the password (a cookie write with the CSRF header), signs out, and only the new password works", async () => {
    const account = await service.createAccount("canbo.doimatkhau", [
      { role: "clerk", unit: unitA.code, campaign: CAMPAIGN },
    ]);
    const page = await panePage(browser, { as: null });
    const writes: Array<{ url: string; csrf?: string }> = [];
    page.on(
      "request",
      (r) =>
        r.method() === "POST" && writes.push({ url: new URL(r.url()).pathname, csrf: r.headers()["x-csrf-token"] }),
    );
    await page.goto(`${service.baseUrl}/`);
    await signInThroughForm(page, account.userName, account.password);
    await signedIn(page);
    await page.click("[data-testid=account] summary");
    const next = "Mật-khẩu-mới-2026";
    await page.fill("[data-testid=password-current]", account.password);
    await page.fill("[data-testid=password-new]", next);
    await page.fill("[data-testid=password-again]", next);
    await page.click("[data-testid=password-submit]");
    await page.waitForSelector("[data-testid=password-status] .msg");
    expect(await page.textContent("[data-testid=password-status]")).toBe("Đã đổi mật khẩu.");

    await page.click("[data-testid=signout]");
    await page.waitForSelector("[data-testid=signin-form]");
    expect(await page.textContent("[data-testid=signin-status]")).toBe("Đã đăng xuất.");
    // Writes of the cookie session carried its CSRF token; the login itself needs none.
    expect(writes.find((w) => w.url === "/api/auth/login")?.csrf).toBeUndefined();
    for (const path of ["/api/auth/password", "/api/auth/logout"])
      expect(writes.find((w) => w.url === path)?.csrf).toMatch(/.{16,}/);
    // Signed out on the service too: the session cookie no longer opens the API.
    expect(await page.evaluate(async () => (await fetch("/api/auth/me")).status)).toBe(401);

    await signInThroughForm(page, account.userName, TEST_PASSWORD);
    await page.waitForSelector("[data-testid=signin-status] .msg-error");
    await signInThroughForm(page, account.userName, next);
    await signedIn(page);
    await page.context().close();
  });
});

describe("the first start", () => {
  it("the one-time link the service printed opens the pane signed in as its admin, who sets a password there", async () => {
    const printed = /https?:\/\/\S+\/auth\/signin\?token=\S+/.exec(service.log())?.[0];
    expect(printed, service.log()).toBeTruthy();
    const link = new URL(printed!);
    const page = await panePage(browser, { as: null });
    await page.goto(`${service.baseUrl}${link.pathname}${link.search}`);
    await signedIn(page);
    expect(new URL(page.url()).pathname).toBe("/addin/taskpane.html");
    expect(await page.textContent("[data-testid=account-name]")).toBe("Quản trị");
    await page.click("[data-testid=account] summary");
    // No password yet: the current one stays empty.
    const chosen = "Mật-khẩu-quản-trị-2025";
    await page.fill("[data-testid=password-new]", chosen);
    await page.fill("[data-testid=password-again]", chosen);
    await page.click("[data-testid=password-submit]");
    await page.waitForSelector("[data-testid=password-status] .msg");
    expect(await page.textContent("[data-testid=password-status]")).toBe("Đã đổi mật khẩu.");
    await page.click("[data-testid=signout]");
    await page.waitForSelector("[data-testid=signin-form]");
    // The link was for one use only; the password now opens the pane.
    const again = await fetch(`${service.baseUrl}${link.pathname}${link.search}`, { redirect: "manual" });
    expect(again.status).toBe(401);
    await signInThroughForm(page, "admin", chosen);
    await signedIn(page);
    await page.context().close();
  });
});

describe("sign-in in Excel (Office SSO stand-in)", () => {
  it("gets the token from Office.auth.getAccessToken, sends it as Bearer, and shows the Entra ID user", async () => {
    const token = service.entraToken(clerkB, "Trần Thị B");
    const { page, authorizations } = await openInExcel({ token });
    await signedIn(page);
    await page.waitForSelector("[data-testid=tab-check]");
    expect(await page.textContent("[data-testid=account-name]")).toBe("Trần Thị B");
    const log = await officeLog(page);
    expect(log.filter((e) => e[0] === "getAccessToken")).toEqual([
      ["getAccessToken", { allowSignInPrompt: true, allowConsentPrompt: true }],
    ]);
    expect(log.some((e) => e[0] === "displayDialogAsync")).toBe(false);

    // B's clerk sees B's status, not A's.
    await chooseCampaign(page, unitB.code);
    await page.click("[data-testid=tab-merge]");
    await page.waitForSelector("[data-testid=status-counts]");
    expect(await page.locator(`[data-unit="${unitB.code}"]`).count()).toBe(1);
    expect(await page.locator(`[data-unit="${unitA.code}"]`).count()).toBe(0);
    await screenshot(page, "excel-host-signed-in");
    expect(authorizations.length).toBeGreaterThan(2);
    // Every API call of the pane carried Office's token (status, campaigns, units, me).
    expect(new Set(authorizations)).toEqual(new Set([`Bearer ${token}`]));
    await page.context().close();
  });

  it("falls back to the sign-in dialog when Office SSO fails (13003), with the dialog page served next to the pane", async () => {
    const dialogPage = await fetch(`${service.baseUrl}/addin/signin-dialog.html`);
    expect(dialogPage.status).toBe(200);
    expect(await dialogPage.text()).toContain("signin-dialog.js");
    const { page, authorizations } = await openInExcel({
      error: 13003,
      dialogToken: service.entraToken(service.entraAdmin, "Quản trị"),
    });
    // No dialog opens by itself: the sign-in screen says why, its button opens the dialog.
    await page.waitForSelector("[data-testid=signin-office]");
    expect(await page.textContent("[data-testid=signin-status]")).toContain("(mã 13003)");
    expect((await officeLog(page)).some((e) => e[0] === "displayDialogAsync")).toBe(false);
    await page.click("[data-testid=signin-office]");
    await signedIn(page);
    expect(await page.textContent("[data-testid=account-name]")).toBe("Quản trị");
    const log = await officeLog(page);
    expect(log.filter((e) => e[0] === "displayDialogAsync")).toEqual([
      ["displayDialogAsync", `${service.baseUrl}/addin/signin-dialog.html`],
    ]);
    expect(log.filter((e) => e[0] === "dialog.close")).toHaveLength(1);
    expect(authorizations.every((a) => a.startsWith("Bearer "))).toBe(true);
    await page.context().close();
  });

  it("a token the service does not trust (bad signature) leaves the pane on the sign-in screen, saying why", async () => {
    const good = service.entraToken(service.entraAdmin);
    const [head, body, sig] = good.split(".");
    const forged = `${head}.${body}.${sig.split("").reverse().join("")}`;
    const { page } = await openInExcel({ token: forged });
    await page.waitForSelector("[data-testid=signin] .msg-error");
    expect(await page.textContent("[data-testid=signin] .msg-error")).toContain(
      "không chấp nhận thông tin đăng nhập Microsoft 365",
    );
    expect(await page.isVisible("[data-testid=tab-check]")).toBe(false);
    // Offered again: the Office sign-in button.
    expect(await page.isVisible("[data-testid=signin-office]")).toBe(true);
    await page.context().close();
  });
});

describe("a clerk of one unit and another unit's data", () => {
  it("the clerk of A sees A's status only, gets 404 for B's submission, and is refused (403) submitting for B", async () => {
    const page = await panePage(browser, { as: clerkA });
    await page.goto(`${service.baseUrl}/`);
    await signedIn(page);
    await chooseCampaign(page, unitA.code);
    await page.click("[data-testid=tab-merge]");
    await page.waitForSelector("[data-testid=status-counts]");
    expect(await page.locator(`[data-unit="${unitA.code}"]`).count()).toBe(1);
    expect(await page.textContent(`[data-unit="${unitA.code}"] .pill`)).toBe("Đã nộp, hợp lệ");
    expect(await page.locator(`[data-unit="${unitB.code}"]`).count()).toBe(0);
    expect(await page.textContent("[data-testid=status-tree]")).not.toContain(unitB.name);

    // Guessing B's submission id with the clerk's session: the same answer as an id that does not exist.
    const answers = await page.evaluate(
      async ([c, a, b]) => {
        const get = async (id: number) => (await fetch(`/api/campaigns/${c}/submissions/${id}`)).status;
        return [
          await get(a as number),
          await get(b as number),
          (await fetch(`/api/campaigns/${c}/submissions/${b}/content`)).status,
        ];
      },
      [CAMPAIGN, unitA.submission, unitB.submission] as const,
    );
    expect(answers).toEqual([200, 404, 404]);

    // The Nộp pane offers the clerk's own unit only (the unit list is filtered by the service).
    await page.click("[data-testid=tab-submit]");
    const offered = await page.$$eval("[data-testid=unit] option", (els) =>
      els.map((e) => (e as HTMLOptionElement).value).filter(Boolean),
    );
    expect(offered).toEqual([unitA.code]);
    expect(await page.textContent("[data-testid=unit]")).not.toContain(unitB.name);

    // Submitting for B anyway (a request the pane would not make): refused, with the same answer the pane shows.
    const refused = await page.evaluate(
      async ([c, b, csrfOf]) => {
        const me = await (await fetch(csrfOf as string)).json();
        const form = new FormData();
        form.append("file", new Blob([new Uint8Array([80, 75, 3, 4])]), "bieu.xlsx");
        const res = await fetch(`/api/campaigns/${c}/units/${encodeURIComponent(b as string)}/submissions`, {
          method: "POST",
          body: form,
          headers: { "X-CSRF-Token": me.csrfToken },
        });
        return res.status;
      },
      [CAMPAIGN, unitB.code, "/api/auth/me"] as const,
    );
    expect(refused).toBe(403);

    // What the clerk's role does not allow is said in Vietnamese where it was tried: a merge of files (Tổng hợp).
    await page.click("[data-testid=tab-merge]");
    await page.setInputFiles("[data-testid=subordinate-files]", [
      join(province.dir, unitA.file),
      join(province.dir, unitB.file),
    ]);
    await page.waitForFunction(
      () => !document.querySelector("[data-testid=subordinates]")!.textContent!.includes("đang kiểm tra"),
    );
    await page.click("[data-testid=merge]");
    await page.waitForFunction(() => /không có quyền/.test(document.querySelector("#pane")?.textContent ?? ""));
    expect(await page.textContent("#pane")).toContain("(mã 403)");
    expect(await page.getAttribute("body", "data-auth")).toBe("signed-in");
    await screenshot(page, "forbidden");

    // Nothing was stored for B by the clerk: B still has the admin's one submission.
    const status = await (
      await service.api(`/api/campaigns/${CAMPAIGN}/status?unit=${encodeURIComponent(unitB.code)}`)
    ).json();
    expect(status.units[0].versions).toBe(1);
    expect(await page.isVisible("[data-testid=signin-form]")).toBe(false);
    await page.context().close();
  });
});
