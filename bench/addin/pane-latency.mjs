// Benchmark of the task pane in browser mode: how long a user waits, and what the pane adds over the bare API.
//   1. cold load: navigate to / until the tabs are drawn (signed in: the page has a session cookie, so this includes
//      reading the sign-in configuration and the session);
//   2. check: from the file input's change event until the findings are drawn (read the File, multipart upload,
//      validate, render), timed inside the page;
//   3. peer (same run): POST /api/validate of the same bytes from Node, no browser — the floor the pane sits on.
// Usage (after `dotnet build OfficeReview.sln -c Release` and `npm ci` in addin/):
//   node bench/addin/pane-latency.mjs [--members 5000] [--runs 15]
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const require = createRequire(join(root, "addin", "package.json"));
const { chromium } = require("playwright-core");

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const members = arg("members", 5000);
const runs = arg("runs", 15);
const dll = process.env.OFFICEREVIEW_SERVICE_DLL ?? join(root, "functions/OfficeReview.Service/bin/Release/net10.0/OfficeReview.Service.dll");

const port = await new Promise((res) => {
  const s = createServer().listen(0, "127.0.0.1", () => {
    const p = s.address().port;
    s.close(() => res(p));
  });
});
const work = mkdtempSync(join(tmpdir(), "pane-bench-"));
execFileSync("dotnet", [dll, "sample", "--units", "2", "--members", String(members), "--seed", "3", "-o", work], { stdio: "ignore" });
const file = readdirSync(work).filter((f) => f.endsWith(".xlsx")).map((f) => join(work, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
const bytes = readFileSync(file);

const env = { ...process.env, DOTNET_NOLOGO: "1", Storage__DataFolder: join(work, "data") };
const service = spawn("dotnet", [dll, "--urls", `http://127.0.0.1:${port}`], { cwd: work, stdio: "ignore", env });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${base}/api/health`)).ok) break;
  } catch {}
  if (i > 300) throw new Error("service did not start");
  await new Promise((r) => setTimeout(r, 200));
}
// Signed in like a user: an admin bearer token (dev-token) for the API calls, a local account for the pane's pages.
const token = execFileSync("dotnet", [dll, "dev-token", "--user", "bench", "--role", "admin"], { encoding: "utf8", env }).trim().split("\n").pop().trim();
const auth = { Authorization: `Bearer ${token}` };
const account = { userName: "bench.pane", password: "Mat-khau-bench-2025" };
for (const [path, method, body] of [["/api/users", "POST", { ...account, displayName: "Bench" }], [`/api/users/${account.userName}/roles`, "PUT", [{ role: "admin" }]]]) {
  const res = await fetch(`${base}${path}`, { method, headers: { ...auth, "Content-Type": "application/json" }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status}`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.9) - 1)];
const now = () => performance.now();

async function apiOnce() {
  const form = new FormData();
  form.append("file", new Blob([bytes]), "bieu.xlsx");
  const t = now();
  const res = await fetch(`${base}/api/validate`, { method: "POST", body: form, headers: auth });
  await res.json();
  return now() - t;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
const loads = [], checks = [], apis = [];
await apiOnce(); // warm the service (JIT) for everybody
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  await context.request.post(`${base}/api/auth/login`, { data: account }); // the session cookie, as after the form
  const page = await context.newPage();
  let t = now();
  await page.goto(`${base}/`);
  await page.waitForSelector("[data-testid=tab-check]");
  loads.push(now() - t);
  await page.click("[data-testid=tab-check]");
  // Timed inside the page (from the file input's change event to the findings in the DOM), so the transfer of the
  // file from Playwright into the browser is not counted.
  await page.evaluate(() => {
    const input = document.querySelector("[data-testid=workbook-file]");
    const results = document.querySelector("[data-testid=check-results]");
    input.addEventListener("change", () => (window.__t0 = performance.now()), { capture: true, once: true });
    new MutationObserver((_, o) => {
      if (results.querySelector(".msg")) (window.__t1 = performance.now()), o.disconnect();
    }).observe(results, { childList: true, subtree: true });
  });
  await page.setInputFiles("[data-testid=workbook-file]", file);
  await page.waitForSelector("[data-testid=check-results] .msg");
  checks.push(await page.evaluate(() => window.__t1 - window.__t0));
  await context.close();
  apis.push(await apiOnce());
}
await browser.close();
service.kill("SIGTERM");
rmSync(work, { recursive: true, force: true });

const js = readFileSync(join(root, "addin/dist/taskpane.js"));
const css = readFileSync(join(root, "addin/dist/taskpane.css"));
const f = (ms) => `${ms.toFixed(0)} ms`;
console.log(`workbook: ${(bytes.length / 1024).toFixed(0)} KB, ${members} members in the province sample (largest unit file), ${runs} runs`);
console.log(`| measure | median | p90 |`);
console.log(`|---|---|---|`);
console.log(`| pane cold load (navigate → tabs drawn) | ${f(median(loads))} | ${f(p90(loads))} |`);
console.log(`| pane check (pick file → findings drawn) | ${f(median(checks))} | ${f(p90(checks))} |`);
console.log(`| peer: POST /api/validate from Node | ${f(median(apis))} | ${f(p90(apis))} |`);
console.log(`| pane overhead over the API (median) | ${f(median(checks) - median(apis))} | |`);
console.log(`bundle: taskpane.js ${(js.length / 1024).toFixed(1)} KB (${(gzipSync(js).length / 1024).toFixed(1)} KB gzip), taskpane.css ${(css.length / 1024).toFixed(1)} KB (${(gzipSync(css).length / 1024).toFixed(1)} KB gzip)`);
