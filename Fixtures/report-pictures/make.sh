#!/usr/bin/env bash
# Regenerates region-page1.png: the first printed page of the region report of the bundled
# district (Fixtures/region), as headless Chromium prints it on A4.
# Needs chromium and poppler-utils (Debian: apt-get install chromium poppler-utils).
# Usage: Fixtures/report-pictures/make.sh [STATIONLINT]   (default: swift run stationlint)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ $# -gt 0 ]; then run=("$1"); else run=(swift run --quiet stationlint); fi
"${run[@]}" check Fixtures/region --as-of 2024-12-31 --format html --output "$work/region.html" || [ $? -eq 1 ]
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --user-data-dir="$work/profile" \
  --print-to-pdf="$work/region.pdf" "file://$work/region.html" 2>/dev/null
pdfinfo "$work/region.pdf" | grep Pages
pdftoppm -png -r 50 -f 1 -l 1 -singlefile "$work/region.pdf" Fixtures/report-pictures/region-page1
ls -l Fixtures/report-pictures/region-page1.png
