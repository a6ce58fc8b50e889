// Validates ../manifest.xml offline: converts it with office-addin-manifest-converter (XML → JSON manifest), then
// checks the JSON against the schema of its manifestVersion bundled in @microsoft/app-manifest (the schemas
// office-addin-manifest uses), with the same validator. `office-addin-manifest validate` itself needs the internet.
// Usage: node scripts/validate-manifest.mjs [manifest.xml]   → prints the errors, exit code 1 when there are any.
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const JSON_VERSION = "1.23";

export async function validateManifest(xmlPath) {
  const { convert } = require("office-addin-manifest-converter");
  const { ManifestUtil } = require("@microsoft/app-manifest");
  const out = mkdtempSync(join(tmpdir(), "manifest-json-"));
  try {
    // The converter writes manifestVersion 1.17 by default, whose schema lacks getStartedMessages (our GetStarted);
    // they came in 1.23, so convert to that version.
    try {
      await convert(
        xmlPath,
        out,
        false,
        `https://developer.microsoft.com/json-schemas/teams/v${JSON_VERSION}/MicrosoftTeams.schema.json`,
        JSON_VERSION,
      );
    } catch (e) {
      // The converter parses with Office's own manifest reader: what it rejects, Office rejects.
      return { errors: [`the converter rejected the manifest: ${e?.message ?? e}`], manifest: null };
    }
    const jsonFile = readdirSync(out).find((f) => f.endsWith(".json"));
    if (!jsonFile) return { errors: ["the converter wrote no JSON manifest"], manifest: null };
    const manifest = JSON.parse(readFileSync(join(out, jsonFile), "utf8"));
    const version = manifest.manifestVersion;
    const schemaPath = join(
      dirname(require.resolve("@microsoft/app-manifest/package.json")),
      "build",
      "json-schemas",
      "teams",
      `v${version}`,
      "MicrosoftTeams.schema.json",
    );
    // Same workaround as ManifestUtil.fetchSchema: the published schema has an invalid "\a" in a regex.
    const schema = JSON.parse(readFileSync(schemaPath, "utf8").replace(/\\a/g, "\\x07"));
    const errors = await ManifestUtil.validateManifestAgainstSchema(manifest, schema);
    return { errors, manifest, schemaPath };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const xml = resolve(process.argv[2] ?? join(here, "..", "..", "manifest.xml"));
  const { errors, manifest, schemaPath } = await validateManifest(xml);
  if (errors.length) {
    console.error(`${xml}: ${errors.length} schema error(s)`);
    for (const e of errors) console.error(`  ${e}`);
    process.exit(1);
  }
  console.log(`${xml}: valid (JSON manifest ${manifest.manifestVersion}, schema ${schemaPath})`);
}
