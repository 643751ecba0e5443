#!/usr/bin/env bash
# Reading a ledger kept in Excel against the same ledger as CSV, end to end: the bundled village
# with a registry (建档立卡) of ROWS persons, once as 台账/建档立卡.xlsx (written by openpyxl, dates
# as date cells, a title row) and once as 台账/建档立卡.csv (UTF-8), checked by the release
# binary RUNS times each; prints the medians and their ratio. Needs python3 with openpyxl
# (pip install openpyxl); stationlint itself needs nothing of it.
#
#   Benchmarks/bench-workbook.sh [ROWS] [RUNS]     default 10000 rows, 9 runs
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-10000}
RUNS=${2:-9}
# BENCH_WORK=DIR keeps the generated stations there (for a profiler); else a temporary folder.
if [ -n "${BENCH_WORK:-}" ]; then WORK=$BENCH_WORK; rm -rf "$WORK"; mkdir -p "$WORK"
else WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT; fi
BIN=${BENCH_BIN:-.build/release/stationlint}
[ -n "${BENCH_BIN:-}" ] || swift build -c release --product stationlint >/dev/null
for form in xlsx csv; do
  mkdir -p "$WORK/$form"
  cp -r Fixtures/stations/village/. "$WORK/$form/station"
  rm "$WORK/$form/station/ledgers/veterans.csv"
done
python3 - "$ROWS" "$WORK" <<'PY'
import csv, datetime, random, sys
import openpyxl
rows, work = int(sys.argv[1]), sys.argv[2]
random.seed(20241231)
header = ["序号", "身份证号", "姓名", "类别", "退役时间", "返乡时间", "电话", "优抚对象", "年度确认时间", "重大变故", "备注"]
weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def id_number(i):
    birth = datetime.date(1960, 1, 1) + datetime.timedelta(days=i % 12000)
    body = "140105" + birth.strftime("%Y%m%d") + "%03d" % (i % 1000)
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]
people = []
for i in range(rows):
    discharge = datetime.date(1990, 1, 1) + datetime.timedelta(days=random.randrange(12000))
    people.append([i + 1, id_number(i * 7 + 1), "张%d" % i, "退役士兵", discharge, discharge + datetime.timedelta(days=20),
                   "138%08d" % i, "否", None, None, None])
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "建档立卡"
ws.append(["东沟村退役军人建档立卡台账"])
ws.append(header)
for p in people:
    ws.append(p)
for row in ws.iter_rows(min_row=3):
    for c in (row[4], row[5]):
        c.number_format = "yyyy/m/d"
wb.save(work + "/xlsx/station/ledgers/veterans.xlsx")
with open(work + "/csv/station/ledgers/veterans.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["东沟村退役军人建档立卡台账"])
    w.writerow(header)
    for p in people:
        w.writerow(["" if v is None else (f"{v.year}/{v.month}/{v.day}" if isinstance(v, datetime.date) else v) for v in p])
PY
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A MEDIAN
for form in xlsx csv; do
  times=()
  for _ in $(seq "$RUNS"); do
    start=$(date +%s%N)
    "$BIN" check "$WORK/$form/station" --as-of 2024-12-31 --format json >/dev/null || true
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
  done
  MEDIAN[$form]=$(printf '%s\n' "${times[@]}" | median)
  size=$(stat -c %s "$WORK/$form/station/ledgers/veterans.$form")
  echo "$form: $ROWS rows, $size bytes, check median ${MEDIAN[$form]} ms of $RUNS runs"
done
awk -v a="${MEDIAN[xlsx]}" -v b="${MEDIAN[csv]}" 'BEGIN { printf "xlsx / csv: %.2f\n", a / b }'
