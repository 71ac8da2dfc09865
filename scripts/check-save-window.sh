#!/usr/bin/env bash
# Saving is never silent, checked in the real window (release build under Xvfb, a desktop with no
# portal and no zenity, so the built-in file chooser appears): start on the built-in example,
# type N 3 3 3 at xdotool's default speed, press Ctrl+S, type a path into the chooser, press
# Enter; the file must exist and hold 3, 3, 3 for the lot N selected. Screenshots of the chooser
# go to $SHOTS (default: a temporary folder, printed).
# Needs xvfb, xdotool and imagemagick (installed with apt-get when missing and allowed).
# Usage: scripts/check-save-window.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null || ! command -v import >/dev/null; then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xauth xdotool imagemagick >/dev/null
    else
        echo "This needs Xvfb, xdotool and ImageMagick (Debian: xvfb xdotool imagemagick)." >&2
        exit 1
    fi
fi

cargo build --release --quiet
binary=target/release/kraljic-workshop
work="$(mktemp -d)"
shots="${SHOTS:-$work/shots}"
mkdir -p "$shots"
trap 'kill "${xvfb:-0}" 2>/dev/null || true' EXIT
display=:95
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=$display XDG_DATA_HOME="$work/data" HOME="$work/home"
mkdir -p "$HOME"
# No session bus: no portal answers, and zenity is not installed on this machine.
unset DBUS_SESSION_BUS_ADDRESS

"$binary" >"$work/app.log" 2>&1 &
app=$!
window=""
for _ in $(seq 100); do
    window=$(xdotool search --name "Kraljic Workshop" 2>/dev/null | head -1) || true
    [ -n "$window" ] && break
    sleep 0.1
done
[ -n "$window" ] || { echo "the window did not appear" >&2; exit 1; }
sleep 1
xdotool windowfocus --sync "$window"
xdotool key n 3 3 3
sleep 0.5
xdotool key ctrl+s
sleep 1
import -window root "$shots/chooser-save.png"
target="$work/opgeslagen"
xdotool key ctrl+a
xdotool type --delay 20 "$target"
sleep 0.3
import -window root "$shots/chooser-typed.png"
xdotool key Return
sleep 1
import -window root "$shots/saved.png"
xdotool key ctrl+q
sleep 1
kill "$app" 2>/dev/null || true

saved="$target.kraljic.ron"
[ -f "$saved" ] || { echo "WRONG: $saved was not written"; cat "$work/app.log"; exit 1; }
scores=$("$binary" export "$saved" --csv | awk -F, '$2 == "Landelijk transitiearrangement (J)" { print $7 "," $8 "," $9 }')
echo "screenshots in $shots"
if [ "$scores" = "3,3,3" ]; then
    echo "ok    saved $saved with 3,3,3"
else
    echo "WRONG saved $scores, typed 3,3,3"
    exit 1
fi
