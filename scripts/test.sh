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

echo
echo "tests: $passed passed, $failed failed"
if [ "$failed" -gt 0 ] || [ "$status" -ne 0 ]; then exit 1; fi
exit 0
