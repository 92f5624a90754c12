#!/usr/bin/env bash
# Renders the charts of an exported workbook (the scenarios compared, and the tornado) as PNG pictures,
# drawn by LibreOffice headless from the recalculated cells.
# Usage: scripts/render-chart-pictures.sh workbooks/finveden.flop docs/finveden
#        (writes docs/finveden-scenario-chart.png and docs/finveden-tornado.png)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source="$1" prefix="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/flopsheet" export "$source" -o "$work/book.xlsx" >/dev/null
/usr/bin/python3 "$root/poi-export/src/test/resources/libreoffice/chart.py" "$work/profile" "$work/book.xlsx" \
    Scenarios "$prefix-scenario-chart.png" Tornado "$prefix-tornado.png"
echo "wrote $prefix-scenario-chart.png and $prefix-tornado.png"
