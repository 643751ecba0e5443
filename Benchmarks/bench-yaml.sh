#!/usr/bin/env bash
# The YAML-parsing benchmark (README "Benchmark: YAML parsing"): stationlint's parser on 1 and
# JOBS threads, `cat` over the same files as the floor, PyYAML's C loader as the comparison.
#
#   Benchmarks/bench-yaml.sh [CORPUS_DIR]
#
# CORPUS_DIR defaults to /tmp/stationlint-bench-corpus and is generated (Benchmarks/gen_ledgers.py,
# ~106 MB) when missing. Settings from the environment: JOBS (default 2), REPEAT (default 5),
# PYYAML_SAMPLE (percent of the files PyYAML loads, default 25; 100 for all, ~45 s more).
# Logs go to /tmp/stationlint-bench-out/. Nothing is written to the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${1:-/tmp/stationlint-bench-corpus}
JOBS=${JOBS:-2}
REPEAT=${REPEAT:-5}
PYYAML_SAMPLE=${PYYAML_SAMPLE:-25}
OUT=/tmp/stationlint-bench-out
mkdir -p "$OUT"

if [ ! -d "$CORPUS" ] || [ -z "$(ls -A "$CORPUS")" ]; then
  echo "== generating the corpus in $CORPUS"
  python3 Benchmarks/gen_ledgers.py "$CORPUS"
fi

echo "== building (release)"
swift build -c release --product stationlint-bench 2>&1 | tail -1
BIN="$(swift build -c release --show-bin-path)/stationlint-bench"

echo "== stationlint parse-to-tree: 1 and $JOBS jobs, median of $REPEAT runs"
status=0
"$BIN" yaml "$CORPUS" --jobs "$JOBS" --repeat "$REPEAT" > "$OUT/ours.txt" || status=$?
cat "$OUT/ours.txt"
if [ "$status" -ne 0 ]; then echo "stationlint-bench exited with $status (files that did not parse are listed above)" >&2; fi
ours_mb=$(sed -nE 's/^corpus: [0-9]+ files, ([0-9.]+) MB.*/\1/p' "$OUT/ours.txt")
ours1=$(sed -nE 's/^parse-to-tree, 1 job: median ([0-9.]+) MB\/s.*/\1/p' "$OUT/ours.txt")
oursN=$(sed -nE "s/^parse-to-tree, $JOBS jobs: median ([0-9.]+) MB\/s.*/\1/p" "$OUT/ours.txt")

echo "== cat over the same files (the floor: reading the bytes), median of 5 runs"
find "$CORPUS" -type f -name '*.yaml' -print0 | sort -z > "$OUT/files.list0"
cat_bytes=$(find "$CORPUS" -type f -name '*.yaml' -printf '%s\n' | awk '{s += $1} END {print s}')
xargs -0 cat < "$OUT/files.list0" > /dev/null  # warm the page cache
: > "$OUT/cat.txt"
for _ in 1 2 3 4 5; do
  t0=$EPOCHREALTIME
  xargs -0 cat < "$OUT/files.list0" > /dev/null
  t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" -v n="$cat_bytes" 'BEGIN {printf "%.4f %.1f\n", b - a, n / 1e6 / (b - a)}' >> "$OUT/cat.txt"
done
cat_mbps=$(awk '{print $2}' "$OUT/cat.txt" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
echo "cat: $(awk '{printf "%s ", $2}' "$OUT/cat.txt")MB/s, median $cat_mbps MB/s"

echo "== PyYAML CSafeLoader, one run, ${PYYAML_SAMPLE}% of the files"
python3 Benchmarks/pyyaml_load.py "$CORPUS" --sample "$PYYAML_SAMPLE" | tee "$OUT/pyyaml.txt"
py_mb=$(sed -nE 's/^pyyaml: [0-9]+ files, ([0-9.]+) MB.*/\1/p' "$OUT/pyyaml.txt")
py_mbps=$(sed -nE 's/.* s, ([0-9.]+) MB\/s,.*/\1/p' "$OUT/pyyaml.txt")

cpu=$(sed -nE 's/^model name[[:space:]]*: (.*)/\1/p' /proc/cpuinfo | head -1)
{
  echo
  echo "YAML parsing, $(date +%F), $(nproc) cores ($cpu), $(swift --version 2>/dev/null | head -1)"
  echo "MB = 10^6 bytes; MB/s = corpus MB / wall-clock seconds; files in memory before timing"
  printf '| %-44s | %8s | %8s |\n' "measure" "MB" "MB/s"
  printf '|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..46})" "$(printf -- '-%.0s' {1..10})" "$(printf -- '-%.0s' {1..10})"
  printf '| %-44s | %8s | %8s |\n' "stationlint parse-to-tree, 1 job (median $REPEAT)" "$ours_mb" "$ours1"
  if [ -n "$oursN" ]; then
    printf '| %-44s | %8s | %8s |\n' "stationlint parse-to-tree, $JOBS jobs (median $REPEAT)" "$ours_mb" "$oursN"
  fi
  printf '| %-44s | %8s | %8s |\n' "cat, the read floor (median 5)" "$(awk -v n="$cat_bytes" 'BEGIN {printf "%.2f", n / 1e6}')" "$cat_mbps"
  if [ "$PYYAML_SAMPLE" = 100 ]; then sample="all files"; else sample="${PYYAML_SAMPLE}% sample"; fi
  printf '| %-44s | %8s | %8s |\n' "PyYAML CSafeLoader (1 run, $sample)" "$py_mb" "$py_mbps"
  awk -v o="$ours1" -v p="$py_mbps" 'BEGIN {
    printf "ours (1 job) / PyYAML CSafeLoader = %.0fx   (target >= 30x)\n", o / p
    printf "ours (1 job) = %s MB/s                 (target >= 150 MB/s on one core)\n", o }'
} | tee "$OUT/table.txt"
exit "$status"
