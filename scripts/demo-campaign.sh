#!/usr/bin/env bash
# Demo of the campaign service (docs/campaigns.md#demo): a synthetic province submits its workbooks to a running
# service (some late, some with errors, some missing), then the status tree, a merge at the top, and the consolidated
# workbook downloaded (and converted to PDF when LibreOffice is installed).
#   scripts/demo-campaign.sh [BASE_URL] [WORK_DIR]     default http://localhost:7071 and ./demo
# Start the service first:  dotnet run --project functions/OfficeReview.Service
# Sign-in: the script signs itself in with `dev-token` on the service's data folder (OFFICEREVIEW_DATA, default ./data
# from the repository root, where the command above keeps it), or uses OFFICEREVIEW_TOKEN when set.
set -euo pipefail
base=${1:-http://localhost:7071}
work=${2:-demo}
cd "$(dirname "$0")/.."
need() { command -v "$1" >/dev/null 2>&1 || { echo "$1 is required" >&2; exit 2; }; }
need curl; need jq
curl -sf "$base/api/health" >/dev/null || { echo "no service at $base (dotnet run --project functions/OfficeReview.Service)" >&2; exit 2; }
data=${OFFICEREVIEW_DATA:-./data}
devtoken() { dotnet run --project functions/OfficeReview.Service -v quiet -- dev-token --data "$data" "$@" 2>/dev/null | tail -n 1; }
token=${OFFICEREVIEW_TOKEN:-$(devtoken --user demo-admin --role admin)}
curl() { command curl -H "Authorization: Bearer $token" "$@"; }
curl -sf "$base/api/auth/me" >/dev/null || { echo "the service at $base does not accept the token (is its data folder $data? set OFFICEREVIEW_DATA or OFFICEREVIEW_TOKEN)" >&2; exit 2; }

echo "== 1. A synthetic province: 50 units, 1.000 members, with planted errors"
rm -rf "$work" && mkdir -p "$work"
dotnet run --project functions/OfficeReview.Service -v quiet -- sample --units 50 --members 1000 --plant-errors -o "$work/files"

echo "== 2. The campaign: chi bộ trực thuộc were due on 10/12/2025 (so they are late), everyone else by 31/12/2099"
campaign="demo-$(date +%s)"
curl -sf -X POST "$base/api/campaigns" -H 'Content-Type: application/json' -d @- <<JSON | jq -c '.campaign | {id, year, rulesetId}'
{ "id": "$campaign", "name": "Kiểm điểm, đánh giá, xếp loại năm 2025 — Đảng bộ tỉnh Mẫu", "year": 2025,
  "deadlines": [ { "unitKind": "chi-bo-truc-thuoc", "due": "2025-12-10", "label": "Chi bộ nộp đảng ủy" }, { "due": "2099-12-31" } ] }
JSON

echo "== 3. The unit tree, taken from the workbooks themselves"
args=(); for f in "$work"/files/*.xlsx; do args+=(-F "files=@$f"); done
curl -sf -X PUT "$base/api/campaigns/$campaign/units" "${args[@]}" | jq -c '{units, roots}'

echo "== 4. Every unit but three submits its workbook (the province itself submits to nobody)"
for f in "$work"/files/T.X*.xlsx; do
  unit=$(basename "$f" .xlsx)
  case "$unit" in T.X001.C05|T.X002.C03.B02|T.X002.C09) continue ;; esac
  curl -sf -X POST "$base/api/campaigns/$campaign/units/$unit/submissions" -F "file=@$f" \
    | jq -r '"  \(.unit): lần \(.version), \(.errors) lỗi\(if .late then ", nộp muộn" else "" end)"'
done

echo "== 5. Status"
curl -sf "$base/api/campaigns/$campaign/status" > "$work/status.json"
jq -r '.text' "$work/status.json"
jq -r '.units[0].children[] | "  \(.code) \(.name): \(.statusText) — \(.subtree.text)"' "$work/status.json"
jq -r '[.units[0] | .. | objects | select(.status? == "chua-nop" and .code != "T")] | .[] | "  chưa nộp: \(.code) \(.name)"' "$work/status.json"

echo "== 6. Merge at the top"
curl -sf -D "$work/merge.headers" -o "$work/merge.json" -X POST "$base/api/campaigns/$campaign/units/T/merge"
result=$(grep -i '^x-result-id:' "$work/merge.headers" | tr -d '\r' | awk '{print $2}')
jq -c '.counts' "$work/merge.json"
jq -r '.findings | group_by(.code) | .[] | "  \(.[0].code): \(length)"' "$work/merge.json"
jq -r '.provenance[] | select(.path == "members.good") | "  \(.label) = \(.value): " + ([.contributions[] | "\(.unit) \(.value)"] | join(", "))' "$work/merge.json"

echo "== 7. The consolidated workbook"
curl -sf -o "$work/tong-hop.xlsx" "$base/api/campaigns/$campaign/results/$result/workbook"
ls -l "$work/tong-hop.xlsx"
if command -v soffice >/dev/null 2>&1; then
  HOME=$(mktemp -d) soffice --headless --convert-to pdf --outdir "$work" "$work/tong-hop.xlsx" >/dev/null 2>&1 && ls -l "$work/tong-hop.pdf"
fi
echo "== 8. Roles: a clerk of T.X001.C01 sees their own unit, not another one's"
clerk=$(devtoken --user demo-clerk --role clerk --unit T.X001.C01 --campaign "$campaign")
command curl -s -H "Authorization: Bearer $clerk" "$base/api/campaigns/$campaign/status" | jq -r '"  own unit: \(.text)"'
command curl -s -o /dev/null -w "  T.X002 status: HTTP %{http_code}\n" -H "Authorization: Bearer $clerk" "$base/api/campaigns/$campaign/status?unit=T.X002"

echo "== 9. Audit log (hash chain)"
curl -sf "$base/api/audit?campaign=$campaign&limit=3" | jq -r '.[] | "  \(.id) \(.user) \(.action) \(.unit // "")"'
curl -sf "$base/api/audit/verify" | jq -c '{intact, entries}'
echo "Open $work/tong-hop.xlsx in Excel or LibreOffice (sheets: figures, Theo đơn vị, Nguồn)."
