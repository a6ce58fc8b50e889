#!/usr/bin/env bash
# Runs the mutation fuzzer of tests/OfficeReview.Service.Tests/Hostile/FuzzTests for SECONDS (default 600) instead of
# the bounded 3.000 iterations of the test command. Inputs that make a reader throw are saved to artifacts/fuzz/ (with
# a .txt naming the seed, the iteration and the mutations) and are replayed first by every later run.
#   scripts/fuzz.sh [SECONDS]          environment: OFFICEREVIEW_FUZZ_SEED (default 9)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
dotnet build tests/OfficeReview.Service.Tests -c Release -p:BuildAddin=false -nologo -v quiet
OFFICEREVIEW_FUZZ_SECONDS="$seconds" dotnet test tests/OfficeReview.Service.Tests -c Release --no-build -nologo \
  --filter "FullyQualifiedName~OfficeReview.Service.Tests.Hostile.FuzzTests" --logger "console;verbosity=normal"
