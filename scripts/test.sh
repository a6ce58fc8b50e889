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

# Excel forms (tests/OfficeReview.OpenXml.Tests/Workbooks): LibreOffice Calc converts the written workbooks headless
# and pdftotext reads the result. soffice alone is not enough (the Writer-only install cannot open .xlsx).
if ! command -v soffice >/dev/null 2>&1 || ! ls /usr/lib/libreoffice/program/libsclo.so >/dev/null 2>&1; then
  if [ "$apt_updated" = 0 ]; then apt-get update -qq >/dev/null && apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui fonts-liberation2 >/dev/null
fi
ensure_apt pdftotext poppler-utils

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
