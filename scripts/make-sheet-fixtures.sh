#!/usr/bin/env bash
# Makes the workbooks the import tests read (tests/data/sheets/): the project's own writer
# makes the Excel-style workbook (examples/sheet_fixtures.rs), and LibreOffice saves the same
# workbook again as .xlsx, .xls (BIFF8) and .ods, the way a colleague's copy arrives.
# Run it only to change the fixtures; the tests read the committed files and need neither.
# Needs LibreOffice Calc: apt-get install -y libreoffice-calc-nogui
set -euo pipefail
cd "$(dirname "$0")/.."
out=tests/data/sheets
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
cargo run --quiet --example sheet_fixtures -- "$out/inkoop-excel.xlsx"
cp "$out/inkoop-excel.xlsx" "$work/inkoop-libreoffice.xlsx"
profile="file://$work/profile"
for kind in "xlsx:Calc MS Excel 2007 XML" "xls:MS Excel 97" "ods:calc8"; do
    ext=${kind%%:*}
    filter=${kind#*:}
    soffice -env:UserInstallation="$profile" --headless --calc \
        --convert-to "$ext:$filter" --outdir "$work/out" "$work/inkoop-libreoffice.xlsx" >/dev/null
    cp "$work/out/inkoop-libreoffice.$ext" "$out/inkoop-libreoffice.$ext"
done
ls -l "$out"
