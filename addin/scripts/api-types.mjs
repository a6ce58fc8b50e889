// The add-in's API types (src/api/schema.d.ts), generated from the service's OpenAPI document (docs/openapi.json)
// with openapi-typescript 7. `node scripts/api-types.mjs` writes them; `node scripts/api-types.mjs --check` generates
// to a temporary file and fails (exit 1) when the committed file differs, so stale types fail the build and the tests.
// openapi-typescript drives the TypeScript 5 compiler API, which the pane's TypeScript 7 no longer has: it lives in
// tools/api-types with its own lock file, installed here on first use.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const addin = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tools = join(addin, "tools", "api-types");
const documentPath = resolve(addin, "..", "docs", "openapi.json");
const schemaPath = join(addin, "src", "api", "schema.d.ts");
const check = process.argv.includes("--check");

if (!existsSync(join(tools, "node_modules", ".package-lock.json"))) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  execFileSync(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: tools, stdio: "inherit" });
}
const entry = createRequire(join(tools, "package.json")).resolve("openapi-typescript");
const api = await import(pathToFileURL(entry).href); // the CommonJS build: its exports object is the default export
const openapiTS = typeof api.default === "function" ? api.default : api.default.default;
const astToString = api.astToString ?? api.default.astToString;

const header =
  "// Generated from docs/openapi.json by openapi-typescript (addin/scripts/api-types.mjs). Do not edit:\n" +
  "// change the service's routes, run `dotnet run --project functions/OfficeReview.Service -- openapi docs/openapi.json`,\n" +
  "// then `npm run generate:api` in addin/.\n\n";
const ast = await openapiTS(pathToFileURL(documentPath), { alphabetize: true });
const text = header + astToString(ast);

if (!check) {
  writeFileSync(schemaPath, text);
  console.log(`wrote ${schemaPath}`);
} else {
  const dir = mkdtempSync(join(tmpdir(), "officereview-api-types-"));
  try {
    const fresh = join(dir, "schema.d.ts");
    writeFileSync(fresh, text);
    const committed = existsSync(schemaPath) ? readFileSync(schemaPath, "utf8").replace(/\r\n/g, "\n") : "";
    if (committed !== readFileSync(fresh, "utf8")) {
      const a = committed.split("\n");
      const b = text.split("\n");
      let line = 0;
      while (line < Math.min(a.length, b.length) && a[line] === b[line]) line++;
      console.error(
        `addin/src/api/schema.d.ts is stale: it differs from the types generated from docs/openapi.json (first at line ${line + 1}:\n` +
          `  committed: ${(a[line] ?? "(end)").trim()}\n  generated: ${(b[line] ?? "(end)").trim()}).\n` +
          "Regenerate it with `npm run generate:api` in addin/ and commit it.",
      );
      process.exitCode = 1;
    } else {
      console.log("API types are up to date (docs/openapi.json → src/api/schema.d.ts).");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
