#!/usr/bin/env bash
# The house style (.editorconfig, addin/biome.jsonc; docs/architecture.md "House rules"), applied or verified:
#   bash scripts/format.sh            rewrite the tree: C# whitespace and code style (dotnet format), the add-in (Biome)
#   bash scripts/format.sh --check    change nothing; exit 1 and name the files when anything differs (scripts/test.sh)
# Analyzer rules (CA*) are not rewritten here: the build reports them as errors and they are fixed by hand.
# Options: --no-restore (the solution is already restored, e.g. after a build), --csharp-only, --addin-only.
set -uo pipefail
cd "$(dirname "$0")/.."

check=0; restore=(); csharp=1; addin=1
for a in "$@"; do
  case "$a" in
    --check) check=1 ;;
    --no-restore) restore=(--no-restore) ;;
    --csharp-only) addin=0 ;;
    --addin-only) csharp=0 ;;
    *) echo "usage: bash scripts/format.sh [--check] [--no-restore] [--csharp-only|--addin-only]" >&2; exit 2 ;;
  esac
done
verify=(); [ "$check" = 1 ] && verify=(--verify-no-changes)
status=0

if [ "$csharp" = 1 ]; then
  # The solution's projects: code style (IDE rules at warning in .editorconfig: usings, braces, var, naming, ...) then
  # whitespace. The benchmarks outside the solution (bench/*) get whitespace by folder; the build checks their style.
  dotnet format style OfficeReview.sln --severity warn "${restore[@]}" "${verify[@]}" -v q || status=1
  dotnet format whitespace OfficeReview.sln "${restore[@]}" "${verify[@]}" -v q || status=1
  for p in bench/ColdStart bench/Documents bench/ReportCheckBench bench/Workbooks; do
    [ -d "$p" ] && { dotnet format whitespace "$p" --folder "${verify[@]}" -v q || status=1; }
  done
fi

if [ "$addin" = 1 ]; then
  if [ ! -x addin/node_modules/.bin/biome ]; then
    echo "addin/node_modules is missing: run (cd addin && npm ci) first" >&2; status=1
  elif [ "$check" = 1 ]; then
    (cd addin && npx biome check --error-on-warnings .) || status=1
  else
    (cd addin && npx biome check --write .) || status=1
  fi
fi

if [ "$check" = 1 ]; then
  [ "$status" = 0 ] && echo "format: the tree follows the house style" || echo "format: differences found (bash scripts/format.sh fixes them)"
fi
exit "$status"
