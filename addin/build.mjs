// Bundles the task pane into dist/: taskpane.html/.js/.css, commands.html (the manifest's FunctionFile), help.html, icons.
// Usage: node build.mjs            (one build; what `npm run build` and the Service's MSBuild target run)
import { build } from "esbuild";
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, "dist");
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, "assets"), { recursive: true });

await build({
  entryPoints: [join(root, "src", "taskpane.ts")],
  outfile: join(dist, "taskpane.js"),
  bundle: true,
  format: "iife",
  target: "es2020", // WebView2, Safari (Mac) and modern browsers; Internet Explorer hosts are not supported
  minify: true,
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning",
});
for (const page of ["taskpane.html", "commands.html", "help.html"]) cpSync(join(root, "src", page), join(dist, page));
cpSync(join(root, "src", "taskpane.css"), join(dist, "taskpane.css"));
for (const name of readdirSync(join(root, "assets"))) cpSync(join(root, "assets", name), join(dist, "assets", name));
console.log(`add-in built into ${dist}`);
