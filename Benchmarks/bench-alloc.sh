#!/usr/bin/env bash
# Allocations per ledger record (README "Benchmarks"): a county's declaration with a 2,000-record
# visits ledger, loaded (read from memory, parsed, typed) by `stationlint-bench load`, counted by
# valgrind's malloc counter ("total heap usage: N allocs"). The station is loaded 1 and 11 times;
# the difference over 10 × 2,000 is the allocations (and bytes) one record costs, start-up and
# the pack excluded. The same records are then written as a CSV ledger (`visits.csv`, one column
# per field, as a spreadsheet saves it) and counted the same way; then the CSV with two values
# a record that do not read, and the same rows as a workbook (written by openpyxl, then saved
# again by LibreOffice, which keeps text as shared strings as Excel and WPS do).
#
#   Benchmarks/bench-alloc.sh [RECORDS]        # default 2000
#
# Needs valgrind (apt-get install valgrind) and the synthetic province's tenth, which
# Benchmarks/bench-province.sh generates (or: stationlint-synth DIR --scale 0.1 --seed 20241231).
set -euo pipefail
cd "$(dirname "$0")/.."
RECORDS=${1:-2000}
SEED=${SEED:-20241231}
CACHE=${CACHE:-/tmp/stationlint-province}
OUT=/tmp/stationlint-bench-out/alloc
command -v valgrind >/dev/null || { echo "bench-alloc: valgrind is missing; install it with: apt-get install valgrind" >&2; exit 2; }
swift build -c release --product stationlint-bench 2>&1 | tail -1
swift build -c release --product stationlint-synth 2>&1 | tail -1
BIN="$(swift build -c release --show-bin-path)"
province="$CACHE/scale-0.1-seed-$SEED"
if [ ! -d "$province" ]; then "$BIN/stationlint-synth" "$province" --scale 0.1 --seed "$SEED"; fi
county=$(find "$province" -path '*/ledgers/visits.yaml' -size +200k | sort | head -1)
county=${county%/ledgers/visits.yaml}
rm -rf "$OUT" && mkdir -p "$OUT/station/ledgers"
cp "$county/station.yaml" "$OUT/station/"
awk -v n="$RECORDS" '/^  - / {k++} k <= n {print}' "$county/ledgers/visits.yaml" > "$OUT/station/ledgers/visits.yaml"
got=$(grep -c '^  - ' "$OUT/station/ledgers/visits.yaml")
echo "== $got records of $county/ledgers/visits.yaml ($(wc -c < "$OUT/station/ledgers/visits.yaml") bytes)"
count() {
  valgrind --tool=memcheck --leak-check=no "$BIN/stationlint-bench" load "$OUT/station" --repeat "$1" 2> "$OUT/valgrind-$1.txt" > /dev/null
  sed -nE 's/.*total heap usage: ([0-9,]+) allocs, [0-9,]+ frees, ([0-9,]+) bytes allocated.*/\1 \2/p' "$OUT/valgrind-$1.txt" | tr -d ,
}
measure() {
  read -r a1 b1 < <(count 1)
  read -r a11 b11 < <(count 11)
  awk -v a1="$a1" -v a11="$a11" -v b1="$b1" -v b11="$b11" -v n="$got" -v what="$1" 'BEGIN {
    printf "%s, one load: %d allocations, %.0f bytes allocated (start-up and pack included: %d allocations)\n", what, (a11 - a1) / 10, (b11 - b1) / 10, a1
    printf "%s, per record: %.2f allocations, %.0f bytes allocated\n", what, (a11 - a1) / 10 / n, (b11 - b1) / 10 / n }'
}
measure "YAML"
# The same records as CSV: the fields in the order of the first record's keys, quotes taken off.
awk '
  /^  - / { n++; sub(/^  - /, "    ") }
  n && /^    [a-z_]+: / {
    key = $1; sub(/:$/, "", key); value = $0; sub(/^    [a-z_]+: /, "", value); gsub(/^"|"$/, "", value)
    if (!(key in seen)) { seen[key] = 1; keys[++k] = key }
    cell[n, key] = value
  }
  END {
    line = keys[1]; for (i = 2; i <= k; i++) line = line "," keys[i]; print line
    for (r = 1; r <= n; r++) { line = cell[r, keys[1]]; for (i = 2; i <= k; i++) line = line "," cell[r, keys[i]]; print line }
  }' "$OUT/station/ledgers/visits.yaml" > "$OUT/visits.csv"
rm "$OUT/station/ledgers/visits.yaml" && mv "$OUT/visits.csv" "$OUT/station/ledgers/visits.csv"
echo "== the same records as $OUT/station/ledgers/visits.csv ($(wc -c < "$OUT/station/ledgers/visits.csv") bytes, $(($(wc -l < "$OUT/station/ledgers/visits.csv") - 1)) rows)"
measure "CSV"
# The same rows with every record's date and method not reading (2024-02-30, 飞鸽): the reasons
# and messages are made only when shown (the ledger check shows 20), so this costs little more.
python3 - "$OUT/station/ledgers/visits.csv" "$OUT/bad.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
date, method = rows[0].index("date"), rows[0].index("method")
for r in rows[1:]:
    r[date], r[method] = "2024-02-30", "飞鸽"
csv.writer(open(sys.argv[2], "w", encoding="utf-8", newline=""), lineterminator="\n").writerows(rows)
PY
mv "$OUT/station/ledgers/visits.csv" "$OUT/good.csv" && mv "$OUT/bad.csv" "$OUT/station/ledgers/visits.csv"
echo "== the same rows, every date and method invalid"
measure "CSV, two invalid values a record"
# The same rows as a workbook written by openpyxl (dates as date cells), if it is installed.
rm "$OUT/station/ledgers/visits.csv"
if python3 - "$OUT/good.csv" "$OUT/station/ledgers/visits.xlsx" <<'PY'
import csv, datetime, sys
try:
    import openpyxl
except ImportError:
    sys.exit(1)
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
date = rows[0].index("date")
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "visits"
ws.append(rows[0])
for r in rows[1:]:
    r[date] = datetime.date.fromisoformat(r[date])
    ws.append(r)
    ws.cell(row=ws.max_row, column=date + 1).number_format = "yyyy/m/d"
wb.save(sys.argv[2])
PY
then
  echo "== the same rows as $OUT/station/ledgers/visits.xlsx ($(wc -c < "$OUT/station/ledgers/visits.xlsx") bytes, written by openpyxl)"
  measure "xlsx"
  # Saved again by LibreOffice, which writes every text cell as a shared string, as Excel and
  # WPS do (openpyxl writes them inline).
  soffice=$(command -v soffice || command -v libreoffice || true)
  if [ -n "$soffice" ]; then
    rm -rf "$OUT/lo" && mkdir -p "$OUT/lo/in" && mv "$OUT/station/ledgers/visits.xlsx" "$OUT/lo/in/"
    "$soffice" --headless "-env:UserInstallation=file://$OUT/lo/profile" --convert-to "xlsx:Calc MS Excel 2007 XML" \
      --outdir "$OUT/lo" "$OUT/lo/in/visits.xlsx" > /dev/null 2>&1
    mv "$OUT/lo/visits.xlsx" "$OUT/station/ledgers/visits.xlsx"
    echo "== the same rows saved again by LibreOffice ($(wc -c < "$OUT/station/ledgers/visits.xlsx") bytes, shared strings)"
    measure "xlsx, shared strings"
  else
    echo "bench-alloc: no LibreOffice (apt-get install libreoffice-calc), the shared-string workbook is not counted" >&2
  fi
else
  echo "bench-alloc: no openpyxl (pip install openpyxl), the workbook is not counted" >&2
fi
