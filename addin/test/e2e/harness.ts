// Starts the real, built OfficeReview service on a free loopback port (temp data folder) and Debian's Chromium.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

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
  if (!candidates.length) throw new Error("OfficeReview.Service.dll not found: run dotnet build OfficeReview.sln first");
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

export interface Service {
  baseUrl: string;
  dataDir: string;
  stop(): Promise<void>;
  log(): string;
}

export async function startService(): Promise<Service> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "officereview-e2e-"));
  let output = "";
  const child: ChildProcess = spawn("dotnet", [serviceDll(), "--urls", `http://127.0.0.1:${port}`], {
    cwd: dataDir,
    env: { ...process.env, DOTNET_NOLOGO: "1", ASPNETCORE_ENVIRONMENT: "Production", Storage__DataFolder: join(dataDir, "data") },
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
  return {
    baseUrl,
    dataDir,
    log: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs a CLI verb of the built service (e.g. sample) and answers its standard output. */
export function cli(...args: string[]): string {
  return execFileSync("dotnet", [serviceDll(), ...args], { encoding: "utf8", env: { ...process.env, DOTNET_NOLOGO: "1" } });
}

export interface SampleProvince {
  dir: string;
  files: Array<{ unit: string; name: string; file: string; form: string; parent?: string; members: number }>;
  plantedErrors: Array<{ unit: string; file: string; sheet: string; cell: string; code: string; path: string }>;
}

export function sampleProvince(units: number, members: number, seed: number): SampleProvince {
  const dir = mkdtempSync(join(tmpdir(), "officereview-sample-"));
  cli("sample", "--units", String(units), "--members", String(members), "--seed", String(seed), "--plant-errors", "-o", dir);
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  return { dir, files: manifest.files, plantedErrors: manifest.plantedErrors };
}

/** The UnitReport of a workbook, read by the service's own `convert` verb (what the tests compare figures with). */
export function reportOf(workbook: string): { unit: { code: string; name: string; kind: string; category?: string; parent?: string }; members: { total: number }; [k: string]: unknown } {
  const out = join(mkdtempSync(join(tmpdir(), "officereview-json-")), "report.json");
  cli("convert", workbook, "-o", out);
  const report = JSON.parse(readFileSync(out, "utf8"));
  rmSync(dirname(out), { recursive: true, force: true });
  return report;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
}

/** A task-pane-sized page (320 px wide, like Office's narrowest pane) with downloads allowed. */
export async function panePage(browser: Browser, width = 320): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, locale: "vi-VN" });
  return context.newPage();
}

/** Saves addin-NAME.png under imagesDir, after checking nothing sticks out of the pane's width. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} (${Math.round(e.getBoundingClientRect().right)} px)`));
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (scroll > 0) wide.push(`the page scrolls sideways by ${scroll} px`);
  if (wide.length) throw new Error(`wider than the pane in ${name}: ${wide.join(", ")}`);
  mkdirSync(imagesDir, { recursive: true });
  await page.screenshot({ path: join(imagesDir, `addin-${name}.png`), fullPage: true });
}

/** POSTs a file to /api/validate (multipart) and answers the report: how the tests check what the pane downloaded. */
export async function validateThroughApi(baseUrl: string, bytes: Uint8Array, fileName: string) {
  const form = new FormData();
  form.append("file", new Blob([bytes as BlobPart]), fileName);
  const res = await fetch(`${baseUrl}/api/validate`, { method: "POST", body: form });
  return { status: res.status, body: (await res.json()) as { readable: boolean; unit?: string; counts: { errors: number }; findings: Array<{ code: string; sheet?: string; cell?: string }> } };
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

