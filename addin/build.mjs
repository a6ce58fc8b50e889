// Bundles the task pane into dist/: taskpane.html/.js/.css, commands.html (the manifest's FunctionFile), help.html,
// the sign-in pages (signin-dialog.html, auth-redirect.html) with their scripts, msal.js, icons.
// Usage: node build.mjs            (one build; what `npm run build` and the Service's MSBuild target run)
//        OFFICEREVIEW_SERVICE_URL=https://<app>.azurewebsites.net node build.mjs
//                                  (a pane hosted apart from the service: its API calls go to that URL; default: the
//                                   origin that served the pane — see scripts/build-azure-site.sh)
import { build } from "esbuild";
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, "dist");
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, "assets"), { recursive: true });

// taskpane.js: the pane; msal.js: MSAL, loaded by the pane only when the service trusts Entra ID; signin-dialog.js:
// the Office dialog that signs in when Office SSO cannot; auth-redirect.js: MSAL's redirect URI page.
await build({
  entryPoints: {
    taskpane: join(root, "src", "taskpane.ts"),
    msal: join(root, "src", "auth", "msalBundle.ts"),
    "signin-dialog": join(root, "src", "auth", "signinDialog.ts"),
    "auth-redirect": join(root, "src", "auth", "authRedirect.ts"),
  },
  outdir: dist,
  bundle: true,
  format: "iife",
  target: "es2020", // WebView2, Safari (Mac) and modern browsers; Internet Explorer hosts are not supported
  minify: true,
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning",
  define: { __OFFICEREVIEW_SERVICE_URL__: JSON.stringify(process.env.OFFICEREVIEW_SERVICE_URL ?? "") },
});
for (const page of ["taskpane.html", "commands.html", "help.html", "signin-dialog.html", "auth-redirect.html"])
  cpSync(join(root, "src", page), join(dist, page));
cpSync(join(root, "src", "taskpane.css"), join(dist, "taskpane.css"));
for (const name of readdirSync(join(root, "assets"))) cpSync(join(root, "assets", name), join(dist, "assets", name));
console.log(`add-in built into ${dist}`);
