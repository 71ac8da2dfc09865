#!/usr/bin/env bash
# Draws the app's icon: the Kraljic matrix as four rounded squares in the quadrant colours of the
# chart (src/chart/style.rs: leverage blue, strategic orange, routine grey, bottleneck pink), with
# a lot in the leverage square and one in the bottleneck square, shaped as the chart shapes them. Writes assets/icon.png (256 px, for Linux and the window) and
# assets/icon.ico (16-256 px, embedded in the Windows exe). Needs ImageMagick; run it only to
# change the icon (the results are committed).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
convert -size 256x256 xc:none \
    -fill '#0072B2' -draw 'roundrectangle 8,8 124,124 18,18' \
    -fill '#D55E00' -draw 'roundrectangle 132,8 248,124 18,18' \
    -fill '#595959' -draw 'roundrectangle 8,132 124,248 18,18' \
    -fill '#CC79A7' -draw 'roundrectangle 132,132 248,248 18,18' \
    -fill white -draw 'circle 66,66 66,96' \
    -fill white -draw 'polygon 190,158 222,214 158,214' \
    -depth 8 "PNG32:$work/icon.png"
cp "$work/icon.png" assets/icon.png
convert "$work/icon.png" -define icon:auto-resize=256,128,64,48,32,16 assets/icon.ico
ls -l assets/icon.png assets/icon.ico
