#!/usr/bin/env bash
# Renders the first two sheets of an exported workbook (the base case and the scenarios side by side)
# as PNG pictures through LibreOffice headless: xlsx -> PDF -> PNG, cropped to the top of each page.
# Usage: scripts/render-workbook-picture.sh workbooks/finveden.flop docs/finveden
#        (writes docs/finveden-workbook.png and docs/finveden-scenarios.png; for a model with
#        distributions and no scenarios, the second picture is the Samples sheet: PREFIX-simulation.png)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source="$1" prefix="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/flopsheet" export "$source" -o "$work/book.xlsx" >/dev/null
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/book.xlsx" >/dev/null 2>&1
crop=(-r 150 -x 95 -y 100 -W 1460 -H 300)
pdftoppm -png "${crop[@]}" -f 1 -l 1 -singlefile "$work/book.pdf" "$prefix-workbook"
if unzip -p "$work/book.xlsx" xl/workbook.xml | grep -q 'name="Samples"' \
   && ! unzip -p "$work/book.xlsx" xl/workbook.xml | grep -q 'name="Scenarios"'; then
  pdftoppm -png -r 150 -x 95 -y 100 -W 1460 -H 700 -f 2 -l 2 -singlefile "$work/book.pdf" "$prefix-simulation"
  echo "wrote $prefix-workbook.png and $prefix-simulation.png"
else
  pdftoppm -png "${crop[@]}" -f 2 -l 2 -singlefile "$work/book.pdf" "$prefix-scenarios"
  echo "wrote $prefix-workbook.png and $prefix-scenarios.png"
fi
