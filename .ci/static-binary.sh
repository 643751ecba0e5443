#!/usr/bin/env bash
# The station head's binary: `swift build -c release --static-swift-stdlib` makes a stationlint
# that runs on an x86-64 Linux with no Swift installed. This proves it, then measures it:
#
#   1. ldd: no Swift runtime, Foundation, Dispatch or ICU library, nothing from the toolchain;
#      only the C libraries every Linux has (libc, libm, libstdc++, libgcc_s), and the newest
#      glibc and libstdc++ symbol versions it asks for (the oldest system it can run on);
#   2. a chroot holding nothing but the stripped binary, those libraries and fixture stations
#      (no /opt/swift, no /usr/share, no zoneinfo, no locale), run under `env -i` with PATH=/bin:
#      --version, `check` of a station with English keys, one with Chinese keys and 台账/, an
#      Excel-workbook station, in Chinese and in English, JSON with today's date (no --as-of),
#      `explain` (the embedded pack's text) and `schema` — each must say what the toolchain's
#      own build says, byte for byte;
#   3. the size of the binary and the time of `check` over the bundled fixture stations.
#
# Run by .ci/run after the tests; alone: .ci/static-binary.sh (about 2 minutes to build here).
# Without root (no chroot), step 2 runs the copy under env -i with LD_LIBRARY_PATH empty and
# says so.
#
# .ci/static-binary.sh --static-executable does the same for a binary with glibc linked in too
# (`-Xswiftc -static-executable`, for systems older than the glibc this machine has), in a root
# holding no library at all; not part of CI (another 3 minutes of release build).
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "static-binary: FAIL: $*" >&2; exit 1; }

if [ "${1:-}" = --static-executable ]; then
  swift build -c release --static-swift-stdlib -Xswiftc -static-executable --product stationlint \
    --build-path .build/static-executable 2>&1 | grep -v "statically linked applications requires at runtime" | tail -1
  bin=.build/static-executable/release/stationlint
else
  swift build -c release --static-swift-stdlib --product stationlint 2>&1 | tail -1
  bin=.build/release/stationlint
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. What it is linked against.
deps=$(ldd "$bin" 2>&1 || true)
echo "$deps" | sed 's/^/  ldd: /'
if echo "$deps" | grep -Eiq 'swift|foundation|dispatch|icu|blocksruntime|not found|/opt/'; then
  fail "the binary needs a library of the Swift toolchain (above)"
fi
if echo "$deps" | grep -q 'not a dynamic executable'; then
  echo "static-binary: needs no shared library at all (Linux 3.2 or later: file says $(file -b "$bin" | cut -d, -f1-4))"
  deps=""
else
  while read -r lib; do
    case "$lib" in
      linux-vdso.so.1 | libc.so.6 | libm.so.6 | libstdc++.so.6 | libgcc_s.so.1 | ld-linux-x86-64.so.2) ;;
      *) fail "unexpected dependency $lib" ;;
    esac
  done < <(echo "$deps" | awk '{print $1}' | sed 's#.*/##')
  glibc=$(objdump -T "$bin" | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1)
  glibcxx=$(objdump -T "$bin" | grep -o 'GLIBCXX_[0-9.]*' | sort -uV | tail -1)
  echo "static-binary: needs $glibc and $glibcxx at most (this machine: $(ldd --version | head -1))"
fi

# 2. A root with nothing of Swift in it.
root="$work/root"
mkdir -p "$root/bin" "$root/data" "$root/tmp"
strip -o "$root/bin/stationlint" "$bin"
for lib in $(echo "$deps" | grep -o '/[^ ]*'); do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
for station in county township village-xlsx; do cp -R "Fixtures/stations/$station" "$root/data/$station"; done
cp -R Fixtures/region "$root/data/region"

# Paths are given relative to the root, so both runs below print the same ones. The root gets
# a /proc, as every Linux has one: Swift's runtime reads the command line from
# /proc/self/cmdline (without it a binary sees no arguments).
mkdir -p "$root/proc"
chroot_bin=$(command -v chroot || true)
in_chroot() {
  unshare --mount --fork bash -c 'r=$1; c=$2; shift 2; mount -t proc proc "$r/proc" && exec env -i PATH=/bin "$c" "$r" /bin/stationlint "$@"' \
    _ "$root" "$chroot_bin" "$@"
}
if [ "$(id -u)" = 0 ] && [ -n "$chroot_bin" ] && [ "$(in_chroot --version 2>/dev/null)" = "stationlint $(sed -n 's/.*static let version = "\(.*\)"/\1/p' Sources/stationlint/CLI/StationLintCLI.swift)" ]; then
  how="in a chroot holding only the binary, $(echo "$deps" | grep -c '/' || true) C libraries, a /proc and the fixtures, under env -i PATH=/bin"
  isolated() { in_chroot "$@"; }
else
  how="as a copy in $work under env -i PATH=/bin LD_LIBRARY_PATH= (no chroot here: not root, or no unshare)"
  isolated() { (cd "$root" && env -i PATH=/bin LD_LIBRARY_PATH= "$root/bin/stationlint" "$@"); }
fi
echo "static-binary: running $how"

# What the toolchain's own (dynamically linked) build says, where .ci/run has built it.
reference_bin=$PWD/.build/debug/stationlint
[ -x "$reference_bin" ] || reference_bin=$PWD/$bin
reference() { (cd "$root" && "$reference_bin" "$@"); }
compare() {
  local what=$1; shift
  local got expected status=0 expected_status=0
  got=$(isolated "$@" 2>&1) || status=$?
  expected=$(reference "$@" 2>&1) || expected_status=$?
  if [ "$got" != "$expected" ] || [ "$status" != "$expected_status" ]; then
    diff <(echo "$expected") <(echo "$got") | head -20 >&2
    fail "$what: the static binary says something else than $reference_bin (exit $status, not $expected_status)"
  fi
  echo "  ok (exit $status, $(echo "$got" | wc -l) lines as $reference_bin prints them): $what"
  printf '%s\n' "$got" > "$work/last.txt"
}

version=$(isolated --version) || fail "--version does not run"
echo "  ok: $version"
compare "check, English keys (Chinese report)" check data/county --as-of 2024-12-31
grep -q '得分' "$work/last.txt" || fail "no Chinese summary line"
compare "check, Chinese keys and 台账/" check data/township --as-of 2024-12-31 --quiet
compare "check, an Excel workbook of ledgers, English" check data/village-xlsx --as-of 2024-12-31 --lang en
compare "check of a region, JSON" check data/region --as-of 2024-12-31 --format json --jobs 2
compare "explain (the embedded pack's clause text)" explain 5.2.1.6
grep -q '思想政治指导员' "$work/last.txt" || fail "explain lacks the clause text"
compare "schema (the pack's vocabularies)" schema visits
compare "rules of a level" rules --level village
# No --as-of: today from the clock, with no time zone data in the root.
today=$(isolated check data/county --format json | grep -o '"asOf": "[0-9-]*"') || true
[ "$today" = "\"asOf\": \"$(date -u +%F)\"" ] || [ "$today" = "\"asOf\": \"$(date +%F)\"" ] || fail "today's date read as $today"
echo "  ok: today's date without --as-of ($today)"

# 3. Figures.
size=$(stat -c %s "$bin")
stripped=$(stat -c %s "$root/bin/stationlint")
echo "static-binary: size $((size / 1000000)) MB as built, $((stripped / 1000000)) MB stripped ($stripped bytes)"
cp -R Fixtures/stations "$root/data/all"
timed() {
  local what=$1; shift
  local runs=() start
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    isolated "$@" > /dev/null || true
    runs+=($((($(date +%s%N) - start) / 1000000)))
  done
  echo "static-binary: $what: median $(printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p) ms of 5 runs (${runs[*]} ms)"
}
timed "check of the bundled county centre (the README's first command)" check data/county --as-of 2024-12-31
timed "check of all $(ls Fixtures/stations | wc -l) bundled fixture stations" check data/all --as-of 2024-12-31 --format json
echo "static-binary: passed"
