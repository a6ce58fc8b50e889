#!/usr/bin/env bash
# Writes the hostile corpus of issue #9 into OUTDIR: several hundred bad files (zip bombs, deep nesting, damaged
# workbooks, dangerous templates, look-alike unit codes, …) and OUTDIR/manifest.json, which says for each file where it
# goes (validate | check-report | unit-import | merge | generate-template | submit | json-api), which item of the issue
# it reproduces, and what the product must answer (unreadable | findings-with-errors | refused-4xx).
# The corpus tests use it when OFFICEREVIEW_HOSTILE_CORPUS=OUTDIR is set (otherwise they generate their own).
set -euo pipefail
if [ $# -ne 1 ]; then echo "usage: scripts/hostile-corpus.sh OUTDIR" >&2; exit 2; fi
cd "$(dirname "$0")/.."
dotnet run --project tests/OfficeReview.HostileCorpus -c Release -- "$1"
