#!/usr/bin/env bash
# Runs every test suite of OfficeReview on a fresh clone, installing what the suites need first.
# Ends with one line "tests: N passed, N failed" (all suites together) and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"

passed=0
failed=0
status=0

log() { printf '\n== %s\n' "$*"; }

# --- what the suites need ------------------------------------------------------------------------------------------
apt_updated=0
ensure_apt() { # ensure_apt COMMAND PACKAGE... : installs the packages when COMMAND is missing
  local probe=$1; shift
  command -v "$probe" >/dev/null 2>&1 && return 0
  if [ "$apt_updated" = 0 ]; then apt-get update -qq >/dev/null && apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

command -v dotnet >/dev/null 2>&1 || { echo "dotnet (the .NET 10 SDK) is required" >&2; exit 2; }

# Word documents (tests/OfficeReview.OpenXml.Tests/Documents/RenderingTests): generated .docx are converted to PDF with
# LibreOffice headless and read back with pdftotext/pdftoppm (poppler); Liberation fonts stand in for Times New Roman.
ensure_apt soffice libreoffice-writer-nogui fonts-liberation2 poppler-utils
# Excel forms (tests/OfficeReview.OpenXml.Tests/Workbooks): LibreOffice Calc converts the written workbooks headless
# and pdftotext reads the result. soffice alone is not enough (the Writer-only install cannot open .xlsx).
if ! command -v soffice >/dev/null 2>&1 || ! ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1; then
  if [ "$apt_updated" = 0 ]; then apt-get update -qq >/dev/null && apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui fonts-liberation2 >/dev/null
fi
ensure_apt pdftotext poppler-utils

# --- PostgreSQL 15 for the campaign store contract tests ----------------------------------------------------------
# Debian's postgresql package puts initdb/pg_ctl under /usr/lib/postgresql/15/bin (not on PATH), so probe that path.
# A throw-away server (initdb as user postgres into a temp folder, 127.0.0.1, free port) runs for the whole test run;
# the suites read its connection string from OFFICEREVIEW_TEST_POSTGRES and fail (not skip) without it.
ensure_apt /usr/lib/postgresql/15/bin/initdb postgresql-15 || ensure_apt /usr/lib/postgresql/15/bin/initdb postgresql || true
pg_dir=$(mktemp -d /tmp/officereview-pg.XXXXXX)
stop_pg() { bash "$root/scripts/pg-test-server.sh" stop "$pg_dir"; rm -rf "$pg_dir"; }
trap stop_pg EXIT
if pg_conn=$(bash scripts/pg-test-server.sh start "$pg_dir"); then
  export OFFICEREVIEW_TEST_POSTGRES="$pg_conn"
  echo "PostgreSQL test server: $pg_conn"
else
  echo "PostgreSQL test server could not be started; the PostgreSQL suites will fail" >&2
fi

# --- Azurite 3.37.0 (npm) for the cloud store: rows in PostgreSQL, bytes in Azure Blob Storage ---------------------
# scripts/azurite-test-server.sh installs azurite into .tools/azurite with npm when absent and starts its blob service
# on 127.0.0.1 (free port); the suites read the connection string from OFFICEREVIEW_TEST_AZURITE and fail (not skip)
# without it.
az_dir=$(mktemp -d /tmp/officereview-azurite.XXXXXX)
stop_services() { bash "$root/scripts/azurite-test-server.sh" stop "$az_dir"; rm -rf "$az_dir"; stop_pg; }
trap stop_services EXIT
if az_conn=$(bash scripts/azurite-test-server.sh start "$az_dir"); then
  export OFFICEREVIEW_TEST_AZURITE="$az_conn"
  echo "Azurite test server: ${az_conn##*BlobEndpoint=}"
else
  echo "Azurite could not be started; the Blob Storage suites will fail" >&2
fi

# Office add-in (addin/): its node modules (pinned by package-lock.json; installed before the .NET build so the
# Service's MSBuild target only has to bundle the pane) and Debian's Chromium for the end-to-end suite.
addin_ready=1
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  if [ ! -f addin/node_modules/.package-lock.json ] || [ addin/package-lock.json -nt addin/node_modules/.package-lock.json ]; then
    (cd addin && npm ci --no-audit --no-fund --loglevel=error) || addin_ready=0
  fi
else
  echo "node and npm (Node.js 20+) are required for the add-in suites" >&2
  addin_ready=0
fi
ensure_apt chromium chromium

# --- .NET suites (xunit) -------------------------------------------------------------------------------------------
log "dotnet test"
dotnet build OfficeReview.sln -c Release -nologo -v quiet || { echo "build failed"; echo "tests: 0 passed, 1 failed"; exit 1; }
dotnet test OfficeReview.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=1
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if ! ls "$results"/*.trx >/dev/null 2>&1; then echo "no test results were written"; failed=$((failed + 1)); fi

# --- House style (.editorconfig, analyzers, addin/biome.jsonc): each check below counts as one test. The analyzers
# (AnalysisLevel latest-recommended, code style enforced in the build) already ran in the build above; the benchmarks
# outside the solution are built here so that they are held to the same rules.
counted_check() { # counted_check NAME COMMAND... : one passed or one failed test
  local name=$1; shift
  log "$name"
  if "$@"; then passed=$((passed + 1)); else echo "FAILED: $name"; failed=$((failed + 1)); status=1; fi
}
counted_check "style: bash scripts/format.sh --check (dotnet format style + whitespace, Biome)" \
  bash scripts/format.sh --check --no-restore
for bench in bench/ColdStart bench/Documents bench/ReportCheckBench bench/Workbooks; do
  counted_check "style: $bench builds with the analyzers" dotnet build "$bench" -c Release -nologo -v quiet
done
if [ "$addin_ready" = 1 ]; then
  counted_check "add-in type check: tsc --noEmit" bash -c 'cd addin && npx tsc --noEmit -p tsconfig.json'
fi

# --- Office add-in suites (vitest): unit tests of the Office.js adapters and the manifest, then end to end in
# Chromium against the Release service built above. Counts come from vitest's JSON report.
vitest_counts() { # vitest_counts REPORT.json : adds its passed/failed tests to the totals (a missing report = 1 failure)
  local counts
  counts=$(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrors ? 1 : 0) + (r.success || r.numFailedTests ? 0 : 1))' "$1" 2>/dev/null) \
    || { echo "no vitest report at $1"; failed=$((failed + 1)); return; }
  passed=$((passed + ${counts% *}))
  failed=$((failed + ${counts#* }))
}
if [ "$addin_ready" = 1 ]; then
  # The add-in's API types (src/api/schema.d.ts) against docs/openapi.json (itself checked against the routes by
  # OpenApiContractTests above): regenerated to a temp file and compared; stale types are one failed test.
  counted_check "add-in API types (openapi-typescript, npm run check:api)" bash -c 'cd addin && npm run -s check:api'
  log "add-in unit tests (vitest)"
  (cd addin && npx vitest run --reporter=default --reporter=json --outputFile="$results/addin-unit.json") || status=1
  vitest_counts "$results/addin-unit.json"
  log "add-in end-to-end tests (vitest + playwright-core + Chromium)"
  (cd addin && OFFICEREVIEW_SERVICE_DLL="$root/functions/OfficeReview.Service/bin/Release/net10.0/OfficeReview.Service.dll" \
    npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile="$results/addin-e2e.json") || status=1
  vitest_counts "$results/addin-e2e.json"
else
  echo "the add-in suites could not run (node modules not installed)"
  failed=$((failed + 1))
fi

echo
echo "tests: $passed passed, $failed failed"
if [ "$failed" -gt 0 ] || [ "$status" -ne 0 ]; then exit 1; fi
exit 0
