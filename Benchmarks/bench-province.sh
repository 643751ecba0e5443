#!/usr/bin/env bash
# The province benchmark (README "Benchmarks"): a whole check of a synthetic Shanxi at a tenth,
# half and the whole of the province, side by side with `cat` (the read floor) and PyYAML's C
# loader, at 1 and 2 jobs, with peak memory.
#
#   Benchmarks/bench-province.sh [SCALE...]          # default: 0.1 0.5 1
#
# Environment: RUNS (timed runs per figure, median reported; default 3), JOBS_LIST (default
# "1 2"), PYYAML_SAMPLE (percent of the .yaml files PyYAML loads, default 2: at ~3 MB/s the whole
# province would take 8 minutes; its MB/s is what is compared), SEED (default 20241231),
# CACHE (where provinces are generated and kept between runs; default /tmp/stationlint-province),
# PARSE_SCALE (the scale the YAML parse-only figure is taken on, default the first SCALE; it
# holds every file in memory).
# Needs GNU time for peak memory: apt-get install time (Debian/Ubuntu package "time").
# Logs go to /tmp/stationlint-bench-out/province/. Nothing is written to the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALES=("$@")
[ ${#SCALES[@]} -gt 0 ] || SCALES=(0.1 0.5 1)
RUNS=${RUNS:-3}
JOBS_LIST=${JOBS_LIST:-"1 2"}
PYYAML_SAMPLE=${PYYAML_SAMPLE:-2}
SEED=${SEED:-20241231}
CACHE=${CACHE:-/tmp/stationlint-province}
PARSE_SCALE=${PARSE_SCALE:-${SCALES[0]}}
OUT=/tmp/stationlint-bench-out/province
ASOF=2024-12-31
mkdir -p "$OUT" "$CACHE"

if [ ! -x /usr/bin/time ] || ! /usr/bin/time -v true 2>/dev/null; then
  echo "bench-province: GNU time (/usr/bin/time -v) is missing; install it with: apt-get install time" >&2
  exit 2
fi

echo "== building (release)"
swift build -c release 2>&1 | tail -1
BIN="$(swift build -c release --show-bin-path)"

median() { sort -n | awk '{a[NR] = $1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.4f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# Seconds of wall clock of "$@" (stdout to /dev/null), peak RSS in MB appended to $OUT/rss.txt.
timed() {
  /usr/bin/time -v -o "$OUT/time.txt" "$@" > /dev/null 2> "$OUT/stderr.txt" || {
    rc=$?
    if [ "$rc" -ne 1 ]; then echo "failed ($rc): $*" >&2; cat "$OUT/stderr.txt" >&2; exit "$rc"; fi
  }
  awk -F': ' '/Maximum resident set size/ {printf "%.1f\n", $2 / 1024}' "$OUT/time.txt" >> "$OUT/rss.txt"
  awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.3f\n", s}' "$OUT/time.txt"
}

# Median seconds of $RUNS runs of "$@" through EPOCHREALTIME (finer than time -v's centiseconds).
wall() {
  : > "$OUT/rss.txt"
  for _ in $(seq "$RUNS"); do
    t0=$EPOCHREALTIME
    timed "$@" > /dev/null
    t1=$EPOCHREALTIME
    awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f\n", b - a}'
  done | median
}

ROWS="$OUT/rows.txt"
: > "$ROWS"
for scale in "${SCALES[@]}"; do
  dir="$CACHE/scale-$scale-seed-$SEED"
  if [ ! -f "$dir.done" ]; then
    echo "== generating scale $scale in $dir"
    rm -rf "$dir"
    "$BIN/stationlint-synth" "$dir" --scale "$scale" --seed "$SEED" | tee "$dir.done"
  fi
  stations=$(sed -nE 's/^stationlint-synth: ([0-9]+) stations.*/\1/p' "$dir.done")
  find "$dir" -type f -print0 > "$OUT/files.list0"
  files=$(tr -cd '\0' < "$OUT/files.list0" | wc -c)
  bytes=$(find "$dir" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
  mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
  echo "== scale $scale: $stations stations, $files files, $mb MB"

  xargs -0 cat < "$OUT/files.list0" > /dev/null  # warm the page cache
  cat_s=$(wall xargs -0 -a "$OUT/files.list0" cat)
  echo "cat: median $cat_s s"

  py=$(python3 Benchmarks/pyyaml_load.py "$dir" --sample "$PYYAML_SAMPLE")
  echo "$py"
  py_mbps=$(sed -nE 's/.* s, ([0-9.]+) MB\/s,.*/\1/p' <<< "$py")

  for jobs in $JOBS_LIST; do
    s=$(wall "$BIN/stationlint" check "$dir" --as-of "$ASOF" --jobs "$jobs" --format json --output /tmp/x.json)
    rss=$(median < "$OUT/rss.txt")
    echo "stationlint check --jobs $jobs: median $s s, peak RSS median $rss MB"
    echo "$scale $stations $files $mb $cat_s $py_mbps $jobs $s $rss" >> "$ROWS"
  done
done

if [ -n "$PARSE_SCALE" ]; then
  echo "== YAML parse-to-tree only (stationlint-bench yaml, files in memory), scale $PARSE_SCALE"
  "$BIN/stationlint-bench" yaml "$CACHE/scale-$PARSE_SCALE-seed-$SEED" --jobs 2 --repeat "$RUNS" | tee "$OUT/parse.txt"
fi

cpu=$(sed -nE 's/^model name[[:space:]]*: (.*)/\1/p' /proc/cpuinfo | head -1)
ram=$(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)
{
  echo
  echo "Province check, $(date +%F), $(nproc) cores ($cpu), $ram RAM, $(swift --version 2>/dev/null | head -1)"
  echo "MB = 10^6 bytes of all files; times are medians of $RUNS runs, wall clock; check = stationlint check DIR --as-of $ASOF --format json --output /tmp/x.json"
  echo "| scale | stations | files | MB | cat s | PyYAML MB/s | jobs | check s | MB/s | MB/s/core | stations/s | ÷ cat | × PyYAML | peak RSS MB |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  awk '{mbps = $4 / $8
        printf "| %s | %d | %d | %.1f | %.2f | %.2f | %d | %.2f | %.1f | %.1f | %.0f | %.1f | %.0f | %.0f |\n",
               $1, $2, $3, $4, $5, $6, $7, $8, mbps, mbps / $7, $2 / $8, $8 / $5, mbps / $6, $9}' "$ROWS"
  awk '{t[$1 " " $7] = $8; mb[$1] = $4; if (!($1 in seen)) {order[++n] = $1; seen[$1] = 1}; rss[$1 " " $7] = $9}
       END {
         for (i = 1; i <= n; i++) { s = order[i]
           if ((s " 1") in t && (s " 2") in t) printf "scale %s: 2-job scaling %.2fx\n", s, t[s " 1"] / t[s " 2"] }
         first = order[1]; last = order[n]
         if (n > 1) for (j = 1; j <= 2; j++) if ((first " " j) in t && (last " " j) in t) {
           printf "jobs %d: time per MB at scale %s / at scale %s = %.2f (1.00 is linear); peak RSS %s vs %s MB (%+.0f%%)\n",
                  j, last, first, (t[last " " j] / mb[last]) / (t[first " " j] / mb[first]), rss[first " " j], rss[last " " j],
                  100 * (rss[last " " j] / rss[first " " j] - 1) }
       }' "$ROWS"
  if [ -s "$OUT/parse.txt" ]; then grep -E '^parse-to-tree' "$OUT/parse.txt"; fi
} | tee "$OUT/table.txt"
