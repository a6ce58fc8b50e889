// Starts the real, built OfficeReview service on a free loopback port (temp data folder) and Debian's Chromium.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createHash, generateKeyPairSync, randomUUID, sign, type KeyObject } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { components } from "../../src/api/schema";

export const repoRoot = resolve(__dirname, "..", "..", "..");
// Screenshots go to artifacts/screenshots so a test run leaves the tree clean; to refresh the committed pictures run
// the suite with ADDIN_SCREENSHOTS_DIR=docs/images (relative to the repository root).
export const imagesDir = join(repoRoot, process.env.ADDIN_SCREENSHOTS_DIR ?? join("artifacts", "screenshots"));

/** The built service: $OFFICEREVIEW_SERVICE_DLL, else the newest Release/Debug build of the Service project. */
export function serviceDll(): string {
  const fromEnv = process.env.OFFICEREVIEW_SERVICE_DLL;
  if (fromEnv) return fromEnv;
  const candidates = ["Release", "Debug"]
    .map((c) => join(repoRoot, "functions", "OfficeReview.Service", "bin", c, "net10.0", "OfficeReview.Service.dll"))
    .filter(existsSync)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!candidates.length)
    throw new Error("OfficeReview.Service.dll not found: run dotnet build OfficeReview.sln first");
  return candidates[0];
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

/** A role as PUT /api/users/{name}/roles takes it. */
export interface RoleGrant {
  role: "admin" | "clerk" | "reviewer" | "approver";
  unit?: string | null;
  campaign?: string | null;
}

/** A local account the harness made through the admin routes. */
export interface Account {
  userName: string;
  password: string;
}

export interface Service {
  baseUrl: string;
  dataDir: string;
  stop(): Promise<void>;
  log(): string;
  /** A bearer token of a campaign admin of every campaign (the `dev-token` verb on the same data folder). */
  adminToken: string;
  /** The local account every browser-mode page signs in with (admin of every campaign). */
  admin: Account;
  /** The Entra ID user name (preferred_username) of the admin that the Office SSO stand-in signs in. */
  entraAdmin: string;
  /** fetch on the service as the admin (bearer): what the tests use to set up and to check through the API. */
  api(path: string, init?: RequestInit): Promise<Response>;
  /** An Entra ID access token for `userName`, signed with the test key the service trusts (Auth:Entra:Jwks). */
  entraToken(userName: string, displayName?: string): string;
  /**
   * Makes a user with these roles (POST /api/users, PUT /api/users/{name}/roles): a local account with `password`
   * (default TEST_PASSWORD), or with null an Entra ID user known by name (no password), for the SSO tests.
   */
  createAccount(userName: string, roles: RoleGrant[], password?: string | null, displayName?: string): Promise<Account>;
  /** Gives an existing user (local or Entra ID) these roles, replacing the ones it had. */
  grantRoles(userName: string, roles: RoleGrant[]): Promise<void>;
}

/**
 * The Entra ID the service is told to trust offline: a test tenant, an app (client) id, an RSA key made here whose
 * public half goes into Auth:Entra:Jwks; tokens are signed with the private half by entraToken (node:crypto).
 */
function testEntra() {
  const tenant = "7d1f0e3a-5b2c-4c8e-9a61-0f2b3c4d5e6f";
  const clientId = "2b7c9e4f-1a3d-4e5f-8a9b-c0d1e2f3a4b5";
  const issuer = `https://login.microsoftonline.com/${tenant}/v2.0`;
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = `e2e-${randomUUID()}`;
  const jwks = JSON.stringify({ keys: [{ ...publicKey.export({ format: "jwk" }), kid, use: "sig", alg: "RS256" }] });
  const env = {
    Auth__Entra__TenantId: tenant,
    Auth__Entra__ClientId: clientId,
    Auth__Entra__Issuer: issuer,
    Auth__Entra__Jwks: jwks,
  };
  return {
    env,
    token: (userName: string, displayName = userName) =>
      signJwt(privateKey, kid, {
        iss: issuer,
        aud: clientId,
        tid: tenant,
        ver: "2.0",
        scp: "access_as_user",
        oid: randomUUID(),
        sub: randomUUID(),
        preferred_username: userName,
        name: displayName,
      }),
  };
}

function signJwt(key: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const data = `${part({ alg: "RS256", typ: "JWT", kid })}.${part({ ...claims, iat: now, nbf: now - 60, exp: now + 3600 })}`;
  return `${data}.${sign("RSA-SHA256", Buffer.from(data), key).toString("base64url")}`;
}

/** The password of the harness's accounts (the service asks for at least Auth:MinPasswordLength = 10 characters). */
export const TEST_PASSWORD = "Mật-khẩu-thử-2025";

export async function startService(): Promise<Service> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "officereview-e2e-"));
  const entra = testEntra();
  const env = {
    ...process.env,
    DOTNET_NOLOGO: "1",
    ASPNETCORE_ENVIRONMENT: "Production",
    Storage__DataFolder: join(dataDir, "data"),
    ...entra.env,
  };
  let output = "";
  const child: ChildProcess = spawn("dotnet", [serviceDll(), "--urls", `http://127.0.0.1:${port}`], {
    cwd: dataDir,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the service did not answer /api/health:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  // The service made its signing key in the data folder when it started; dev-token signs with the same key.
  const adminToken = cliIn(env, "dev-token", "--user", "e2e-admin", "--role", "admin").trim().split("\n").pop()!.trim();
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${adminToken}`, ...(init.headers as Record<string, string> | undefined) },
    });

  async function grantRoles(userName: string, roles: RoleGrant[]): Promise<void> {
    const res = await api(`/api/users/${encodeURIComponent(userName)}/roles`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(roles),
    });
    if (!res.ok) throw new Error(`PUT /api/users/${userName}/roles: ${res.status} ${await res.text()}`);
  }
  async function createAccount(
    userName: string,
    roles: RoleGrant[],
    password: string | null = TEST_PASSWORD,
    displayName = userName,
  ): Promise<Account> {
    const res = await api("/api/users", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ userName, displayName, password }),
    });
    if (!res.ok) throw new Error(`POST /api/users (${userName}): ${res.status} ${await res.text()}`);
    await grantRoles(userName, roles);
    return { userName, password: password ?? "" };
  }

  const service: Service = {
    baseUrl,
    dataDir,
    log: () => output,
    adminToken,
    admin: { userName: "quantri", password: TEST_PASSWORD },
    entraAdmin: "quantri@dangbo-mau.vn",
    api,
    entraToken: entra.token,
    createAccount,
    grantRoles,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await createAccount(service.admin.userName, [{ role: "admin" }]);
    await createAccount(service.entraAdmin, [{ role: "admin" }], null);
  } catch (e) {
    await service.stop();
    throw e;
  }
  current = service;
  return service;
}

/** The service the last startService started (the default of panePage's sign-in). */
let current: Service | undefined;

/** Runs a CLI verb of the built service (e.g. sample) and answers its standard output. */
export function cli(...args: string[]): string {
  return cliIn({ ...process.env, DOTNET_NOLOGO: "1" }, ...args);
}

function cliIn(env: NodeJS.ProcessEnv, ...args: string[]): string {
  return execFileSync("dotnet", [serviceDll(), ...args], { encoding: "utf8", env });
}

/** Signs a browser context in with a local account: the login call shares the context's cookies. */
export async function signIn(
  context: BrowserContext,
  service: Service,
  account: Account = service.admin,
): Promise<void> {
  const res = await context.request.post(`${service.baseUrl}/api/auth/login`, {
    data: { userName: account.userName, password: account.password },
  });
  if (!res.ok()) throw new Error(`login as ${account.userName}: ${res.status()} ${await res.text()}`);
}

export interface SampleProvince {
  dir: string;
  files: Array<{ unit: string; name: string; file: string; form: string; parent?: string; members: number }>;
  plantedErrors: Array<{ unit: string; file: string; sheet: string; cell: string; code: string; path: string }>;
}

export function sampleProvince(units: number, members: number, seed: number): SampleProvince {
  const dir = mkdtempSync(join(tmpdir(), "officereview-sample-"));
  cli(
    "sample",
    "--units",
    String(units),
    "--members",
    String(members),
    "--seed",
    String(seed),
    "--plant-errors",
    "-o",
    dir,
  );
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  return { dir, files: manifest.files, plantedErrors: manifest.plantedErrors };
}

/** The UnitReport of a workbook, read by the service's own `convert` verb (what the tests compare figures with). */
export function reportOf(workbook: string): {
  unit: { code: string; name: string; kind: string; category?: string; parent?: string };
  members: { total: number };
  [k: string]: unknown;
} {
  const out = join(mkdtempSync(join(tmpdir(), "officereview-json-")), "report.json");
  cli("convert", workbook, "-o", out);
  const report = JSON.parse(readFileSync(out, "utf8"));
  rmSync(dirname(out), { recursive: true, force: true });
  return report;
}

/** Every sample unit's report (reportOf), by unit code. */
export function reportsOf(province: SampleProvince): Map<string, ReturnType<typeof reportOf>> {
  const reports = new Map<string, ReturnType<typeof reportOf>>();
  for (const f of province.files) reports.set(f.unit, reportOf(join(province.dir, f.file)));
  return reports;
}

/** The unit list as the CSV the year tab imports (ma,ten,loai,loai_hinh,ma_cap_tren), then `extra` lines. */
export function unitListCsv(reports: Map<string, ReturnType<typeof reportOf>>, extra = ""): string {
  const rows = [...reports.values()].map((r) =>
    [r.unit.code, r.unit.name, r.unit.kind, r.unit.category ?? "", r.unit.parent ?? ""].join(","),
  );
  return `${["ma,ten,loai,loai_hinh,ma_cap_tren", ...rows].join("\n")}\n${extra}`;
}

/** A unit (a sample report's `unit`) as a campaign's unit tree takes it. */
export function campaignUnit(unit: {
  code: string;
  name: string;
  kind: string;
  category?: string | null;
  parent?: string | null;
}): components["schemas"]["UnitRequest"] {
  return {
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    category: unit.category ?? null,
    parent: unit.parent ?? null,
  };
}

/** POSTs a campaign (POST /api/campaigns, with its unit tree if given) as the admin; the caller checks the answer. */
export function postCampaign(
  service: Service,
  campaign: components["schemas"]["CampaignCreateRequest"],
): Promise<Response> {
  return service.api("/api/campaigns", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(campaign),
  });
}

/** POSTs a unit's file to the campaign as the admin (bearer); the caller checks the answer. */
export function postSubmission(
  service: Service,
  campaign: string,
  unit: string,
  file: Blob,
  fileName: string,
): Promise<Response> {
  const form = new FormData();
  form.append("file", file, fileName);
  return service.api(`/api/campaigns/${campaign}/units/${encodeURIComponent(unit)}/submissions`, {
    method: "POST",
    body: form,
  });
}

/** postSubmission of a file on disk, under its own name unless `fileName` is given. */
export function postFile(
  service: Service,
  campaign: string,
  unit: string,
  path: string,
  fileName = basename(path),
): Promise<Response> {
  return postSubmission(service, campaign, unit, new Blob([readFileSync(path)]), fileName);
}

/** A unit's report as JSON with its own rating raised to HTXS (a proposal for the upper level to decide). */
export function proposingExcellent(report: ReturnType<typeof reportOf>): Blob {
  const raised = structuredClone(report) as Record<string, unknown> & { ownRating?: { level?: string } };
  raised.ownRating = { ...(raised.ownRating ?? {}), level: "excellent" };
  return new Blob([JSON.stringify(raised)], { type: "application/json" });
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Waits until the page has no operation running (the pane and the web app count them in body[data-busy]). */
export const idle = (page: Page) => page.waitForFunction(() => (document.body.dataset.busy ?? "0") === "0");

/** Goes to a view of the web app (its nav button) and waits until it is shown and idle. */
export async function nav(page: Page, view: string) {
  await page.click(`[data-testid=nav-${view}]`);
  await page.waitForFunction((v) => document.body.dataset.view === v, view);
  await idle(page);
}

/** Opens a unit's drawer from the web app's dashboard tree and waits until it shows that unit, idle. */
export async function openDrawer(page: Page, unit: string) {
  await page.click(`[data-testid="open-${unit}"]`);
  await page.waitForFunction(
    (u) => (document.querySelector("[data-testid=unit-drawer]") as HTMLElement).dataset.unit === u,
    unit,
  );
  await idle(page);
}

/** Opens the year tab's `name` section (a details element) unless it is open. */
export async function openSection(page: Page, name: string) {
  const open = await page.$eval(`[data-testid=${name}-section]`, (d) => (d as HTMLDetailsElement).open);
  if (!open) await page.click(`[data-testid=${name}-section] > summary`);
}

/**
 * Clicks "Lập dự thảo" (kind and unit already chosen), waits for the list to hold more than `before` documents of
 * `kind`, and answers the newest one's id.
 */
export async function draftChosen(page: Page, kind: string, before: number): Promise<number> {
  await idle(page);
  await page.click("[data-testid=draft-document]");
  await page.waitForFunction(
    ([k, n]) => document.querySelectorAll(`[data-testid=documents-list] [data-kind="${k}"]`).length > Number(n),
    [kind, before] as const,
  );
  await idle(page);
  const ids = await page.$$eval(`[data-testid=documents-list] [data-kind="${kind}"]`, (els) =>
    els.map((e) => Number((e as HTMLElement).dataset.doc)),
  );
  return Math.max(...ids);
}

/** Approves a document in the list; answers the number shown (from the register). */
export async function approveListed(page: Page, id: number): Promise<string> {
  await page.click(`[data-testid=approve-${id}]`);
  await page.waitForFunction(
    (d) => document.querySelector(`[data-testid=doc-state-${d}]`)?.textContent === "Đã duyệt",
    id,
  );
  return (await page.textContent(`[data-testid=doc-number-${id}]`))!;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

/**
 * A task-pane-sized page (320 px wide, like Office's narrowest pane) with downloads allowed, signed in (session
 * cookie) as `as` — by default the admin of the last started service; null leaves it signed out.
 */
export async function panePage(browser: Browser, options: { width?: number; as?: Account | null } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 320, height: 900 },
    acceptDownloads: true,
    locale: "vi-VN",
  });
  const account = options.as === undefined ? current?.admin : options.as;
  if (account && current) await signIn(context, current, account);
  return context.newPage();
}

/** Saves addin-NAME.png under imagesDir, after checking nothing sticks out of the pane's width. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`),
  );
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (scroll > 0) wide.push(`the page scrolls sideways by ${scroll} px`);
  if (wide.length) throw new Error(`wider than the pane in ${name}: ${wide.join(", ")}`);
  mkdirSync(imagesDir, { recursive: true });
  await page.screenshot({ path: join(imagesDir, `addin-${name}.png`), fullPage: true });
}

/** POSTs a file to /api/validate (multipart) and answers the report: how the tests check what the pane downloaded. */
export async function validateThroughApi(service: Service, bytes: Uint8Array, fileName: string) {
  const form = new FormData();
  form.append("file", new Blob([bytes as BlobPart]), fileName);
  const res = await service.api("/api/validate", { method: "POST", body: form });
  return {
    status: res.status,
    body: (await res.json()) as {
      readable: boolean;
      unit?: string;
      counts: { errors: number };
      findings: Array<{ code: string; sheet?: string; cell?: string }>;
    },
  };
}

/** What an end-to-end file works against: a sample province, the running service and Chromium. */
export interface Session {
  service: Service;
  browser: Browser;
  province: SampleProvince;
}

/** Opens a session (for beforeAll): the `sample` province, then the service, then the browser. */
export async function openSession(units = 12, members = 200, seed = 7): Promise<Session> {
  const province = sampleProvince(units, members, seed);
  const service = await startService();
  const browser = await launchBrowser();
  return { service, browser, province };
}

/** Closes what openSession opened (for afterAll), tolerating a session that failed half way. */
export async function closeSession(session: Partial<Session>): Promise<void> {
  await session.browser?.close();
  await session.service?.stop();
  if (session.province) rmSync(session.province.dir, { recursive: true, force: true });
}
