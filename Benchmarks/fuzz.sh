#!/usr/bin/env bash
# Fuzzes stationlint with libFuzzer: the YAML parser, the CSV reader, a whole station check,
# reading back a JSON report (merge/diff inputs), the DEFLATE decoder, whole .xlsx workbooks,
# a tailoring file (check --tailoring) and a baseline (check --baseline).
#
#   Benchmarks/fuzz.sh [SECONDS] [TARGET...]     SECONDS per target (default 60); targets default
#                                                to: yaml csv station report inflate xlsx
#                                                tailoring baseline
#
# Builds Tests/Fuzz/*.swift with Sources/StationLintCore into one instrumented binary
# (.build/fuzz/stationlint-fuzz; rebuilt only when a source is newer), seeds each target from
# Fixtures/ (YAML corpus, CSV fixtures, stations, broken inputs, workbooks of Fixtures/xlsx/ and
# the raw DEFLATE streams inside them, regressions) and runs them one
# after the other (one core each: the machine is shared). The corpus grows in $FUZZ_WORK
# (default /tmp/stationlint-fuzz) and is reused by the next run. A crash, a trap, a sanitizer
# report, a timeout (FUZZ_TIMEOUT s, default 10) or memory above FUZZ_RSS_MB (default 2048)
# stops that target, leaves the input in $FUZZ_WORK/artifacts/TARGET/ and makes the script
# exit 1: copy it under Fixtures/regressions/ (see the README) and fix the code. FUZZ_SEED fixes
# libFuzzer's random seed (default 0: a new one each run).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SECONDS_EACH=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(yaml csv station report inflate xlsx tailoring baseline)
WORK=${FUZZ_WORK:-/tmp/stationlint-fuzz}
# Swift keeps its globals (the pack, the fixture stations) to the end: not leaks worth a report.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
BIN=.build/fuzz/stationlint-fuzz
mkdir -p .build/fuzz "$WORK"

# Build when missing or older than any source it is made of.
SOURCES=$(find Sources/StationLintCore Tests/Fuzz -name '*.swift' | LC_ALL=C sort)
if [ ! -x "$BIN" ] || [ -n "$(find Sources/StationLintCore Tests/Fuzz -name '*.swift' -newer "$BIN" | head -1)" ]; then
  echo "fuzz: building $BIN" >&2
  # -O for speed, -assert-config Debug to keep the bounds checks of unsafe buffers (the parser
  # walks UnsafeBufferPointer), ASan for any memory error the checks would not see.
  # shellcheck disable=SC2086
  # gold warns once per ASan helper symbol it cannot export (harmless, ~140 lines): not shown.
  swiftc -swift-version 6 -parse-as-library -module-name StationLintFuzz \
    -sanitize=fuzzer,address -O -assert-config Debug \
    $SOURCES -o "$BIN.tmp" 2>&1 | { grep -v "Cannot export local symbol" || true; } >&2
  mv "$BIN.tmp" "$BIN"
fi

# Seeds: files straight from Fixtures/, plus station and report inputs the binary writes itself.
SEEDS="$WORK/seeds"
rm -rf "$SEEDS"
mkdir -p "$SEEDS/yaml" "$SEEDS/csv" "$SEEDS/xlsx" "$SEEDS/inflate" "$SEEDS/tailoring" "$SEEDS/baseline"
find Fixtures/xlsx -name '*.xlsx' -type f -size -256k -exec cp -t "$SEEDS/xlsx" --backup=numbered {} +
# The inflate target's seeds: each deflated entry's raw stream, cut out of the workbooks.
python3 - "$SEEDS/inflate" Fixtures/xlsx/*.xlsx <<'PY' || echo "fuzz: no python3, the inflate target starts from an empty corpus" >&2
import sys, zipfile
out, n = sys.argv[1], 0
for path in sys.argv[2:]:
    with zipfile.ZipFile(path) as z, open(path, "rb") as f:
        data = f.read()
        for info in z.infolist():
            if info.compress_type != zipfile.ZIP_DEFLATED:
                continue
            start = info.header_offset + 30 + int.from_bytes(data[info.header_offset + 26:info.header_offset + 28], "little") + int.from_bytes(data[info.header_offset + 28:info.header_offset + 30], "little")
            open("%s/seed-%d" % (out, n), "wb").write(data[start:start + info.compress_size])
            n += 1
PY
find Fixtures Rules -name '*.yaml' -type f -size -256k -exec cp -t "$SEEDS/yaml" --backup=numbered {} +
find Fixtures -name '*.csv' -type f -size -256k -exec cp -t "$SEEDS/csv" --backup=numbered {} +
# Tailorings and baselines: the committed ones (the report seeds, written below, are baselines too).
find Fixtures/tailoring -name '*.yaml' -type f -exec cp -t "$SEEDS/tailoring" --backup=numbered {} +
find Fixtures/baseline -name '*.json' -type f -exec cp -t "$SEEDS/baseline" --backup=numbered {} +
for kind in yaml csv station report inflate xlsx tailoring baseline; do
  if [ -d "Fixtures/regressions/$kind" ]; then
    find "Fixtures/regressions/$kind" -type f ! -name '*.md' -exec cp -t "$SEEDS/$kind" --backup=numbered {} + 2>/dev/null || true
  fi
done
STATIONLINT_ROOT="$ROOT" STATIONLINT_FUZZ_SEEDS="$SEEDS" STATIONLINT_FUZZ_TARGET=yaml "$BIN" >/dev/null
if [ -d Fixtures/regressions/station ]; then cp -t "$SEEDS/station" --backup=numbered Fixtures/regressions/station/* 2>/dev/null || true; fi
if [ -d Fixtures/regressions/report ]; then cp -t "$SEEDS/report" --backup=numbered Fixtures/regressions/report/* 2>/dev/null || true; fi
cp -t "$SEEDS/baseline" --backup=numbered "$SEEDS"/report/* 2>/dev/null || true

status=0
total_runs=0
for target in "${TARGETS[@]}"; do
  corpus="$WORK/corpus/$target"
  artifacts="$WORK/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  log="$WORK/$target.log"
  max_len=65536
  [ "$target" = station ] && max_len=131072
  set +e
  STATIONLINT_ROOT="$ROOT" STATIONLINT_FUZZ_TARGET="$target" nice -n 10 "$BIN" \
    -max_total_time="$SECONDS_EACH" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" \
    -max_len="$max_len" -seed="${FUZZ_SEED:-0}" -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$artifacts/" \
    "$corpus" "$SEEDS/$target" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}')
  secs=$(grep -m1 'Done .* runs in' "$log" | sed -E 's/.*in ([0-9]+) second.*/\1/')
  echo "fuzz $target: ${runs:-?} executions in ${secs:-?} s, corpus $(find "$corpus" -type f | wc -l) inputs, exit $rc (log $log)"
  total_runs=$((total_runs + ${runs:-0}))
  if [ $rc -ne 0 ]; then
    status=1
    grep -E 'ERROR|Fatal error|SUMMARY|Test unit written' "$log" | head -10 >&2 || true
  fi
done
echo "fuzz: $total_runs executions in all"
exit $status
