#!/usr/bin/env bash
# Allocations per ledger record (README "Benchmarks"): a county's declaration with a 2,000-record
# visits ledger, loaded (read from memory, parsed, typed) by `stationlint-bench load`, counted by
# valgrind's malloc counter ("total heap usage: N allocs"). The station is loaded 1 and 11 times;
# the difference over 10 × 2,000 is the allocations (and bytes) one record costs, start-up and
# the pack excluded. The same records are then written as a CSV ledger (`visits.csv`, one column
# per field, as a spreadsheet saves it) and counted the same way.
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
