#!/usr/bin/env bash
# Builds the Office add-in's Azure home: the task pane and the manifest as a static site (Azure Static Web Apps or a
# Storage account's static website), apart from the Functions app that serves the API (docs/deploy-azure.md).
#
#   scripts/build-azure-site.sh SITE_URL [SERVICE_URL] [OUT]
#
#   SITE_URL     where the site will be served, e.g. https://<name>.azurestaticapps.net (the manifest's URLs point there)
#   SERVICE_URL  where the pane sends its API calls; empty (default) = the site's own origin, for a Static Web App whose
#                linked backend is the Functions app (/api/* forwarded). For a Blob static website give the Functions
#                app's URL, e.g. https://<app>.azurewebsites.net (then CORS and sign-in with Entra ID, see the doc).
#   OUT          output folder (default artifacts/azure-site)
#   ENTRA_CLIENT_ID (environment) the Entra ID app registration's client id, for the manifest's Office SSO section
#
# The site: addin/ (the built pane, as /addin/… like the local service serves it), manifest.xml (every
# https://localhost:7071 of the repository's manifest replaced by SITE_URL), index.html (→ the pane) and
# staticwebapp.config.json (headers; Static Web Apps reads it, a Blob static website ignores it).
set -euo pipefail
cd "$(dirname "$0")/.."
site=${1:?usage: scripts/build-azure-site.sh SITE_URL [SERVICE_URL] [OUT]}
service=${2:-}
out=${3:-artifacts/azure-site}
site=${site%/}
service=${service%/}
case "$site" in https://*) ;; *) echo "SITE_URL must be an https:// URL (Office loads add-ins over HTTPS only): $site" >&2; exit 2 ;; esac
if [ -n "$service" ]; then case "$service" in https://*) ;; *) echo "SERVICE_URL must be an https:// URL: $service" >&2; exit 2 ;; esac; fi

command -v node >/dev/null 2>&1 || { echo "node (Node.js 20+) is required to build the pane" >&2; exit 2; }
[ -f addin/node_modules/.package-lock.json ] || (cd addin && npm ci --no-audit --no-fund --loglevel=error)
# Build into a separate folder: addin/dist stays the local build (the service bundles it).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r addin/src addin/assets addin/build.mjs addin/package.json "$tmp/"
ln -s "$(pwd)/addin/node_modules" "$tmp/node_modules"
(cd "$tmp" && OFFICEREVIEW_SERVICE_URL="$service" node build.mjs >/dev/null)

rm -rf "$out"
mkdir -p "$out/addin"
cp -r "$tmp/dist/." "$out/addin/"
find "$out/addin" -name '*.map' -delete
# Office SSO: the app ID URI is api://<site host>/<client id> (ENTRA_CLIENT_ID, the Entra ID app registration's id).
host=${site#https://}
client=${ENTRA_CLIENT_ID:-00000000-0000-0000-0000-000000000000}
sed -e "s#https://localhost:7071#${site}#g" -e "s#api://localhost:7071/00000000-0000-0000-0000-000000000000#api://${host}/${client}#g" \
  -e "s#<Id>00000000-0000-0000-0000-000000000000</Id>#<Id>${client}</Id>#" manifest.xml > "$out/manifest.xml"
if grep -q "localhost" "$out/manifest.xml"; then echo "manifest.xml still names localhost" >&2; exit 1; fi
cat > "$out/index.html" <<HTML
<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=addin/taskpane.html"><title>OfficeReview</title>
HTML
connect="'self' https://login.microsoftonline.com https://graph.microsoft.com https://appsforoffice.microsoft.com${service:+ $service}"
cat > "$out/staticwebapp.config.json" <<JSON
{
  "globalHeaders": {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self'; img-src 'self' data:; connect-src ${connect}; frame-src 'self' https://appsforoffice.microsoft.com https://login.microsoftonline.com https://*.officeapps.live.com; frame-ancestors 'self' https://*.officeapps.live.com https://*.office.com https://*.office365.com https://*.microsoft365.com https://*.sharepoint.com https://*.cloud.microsoft https://*.live.com; object-src 'none'; base-uri 'self'"
  },
  "routes": [
    { "route": "/addin/*", "headers": { "Cache-Control": "no-cache" } },
    { "route": "/manifest.xml", "headers": { "Content-Type": "text/xml; charset=utf-8" } }
  ]
}
JSON
echo "site built into $out (API calls → ${service:-same origin}, manifest → $site)"
