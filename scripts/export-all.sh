#!/usr/bin/env bash
# Writes every export of both examples into the folder given (CSV, xlsx, SVG, PNG, PDF, the
# Gantt chart as SVG and PNG, the agenda file), with SOURCE_DATE_EPOCH fixed so that two runs,
# or two versions of the program, can be compared byte for byte:
#   ./scripts/export-all.sh /tmp/a && (change, build) && ./scripts/export-all.sh /tmp/b && diff -r /tmp/a /tmp/b
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: $0 FOLDER [BINARY]}"
bin="${2:-target/debug/kraljic-workshop}"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1765000000}"
mkdir -p "$out"
for example in nmd-2022 rivierenland-2019; do
    file="workshops/$example.kraljic.ron"
    for kind in csv xlsx svg png pdf ics; do
        "$bin" export "$file" "--$kind" -o "$out/$example.$kind" --force
    done
    "$bin" export "$file" --svg --gantt -o "$out/$example-gantt.svg" --force
    "$bin" export "$file" --png --gantt -o "$out/$example-gantt.png" --force
done
