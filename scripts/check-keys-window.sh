#!/usr/bin/env bash
# The real window (release build, under Xvfb) takes every key press, in the order pressed.
# On a copy of the NMD example opened by path (so Ctrl+S needs no file dialog) it types:
#   1. N 3 3 3 at xdotool's default speed (12 ms between keys);
#   2. N 3 2 1 in one burst (no delay);
#   3. N 0 3 N 1 1 1 in one burst;
# each followed by Ctrl+S and Ctrl+Q, and then reads the saved scores back with the CLI.
# Needs xvfb and xdotool (installed with apt-get when missing and allowed).
# Usage: scripts/check-keys-window.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xauth xdotool >/dev/null
    else
        echo "This needs Xvfb and xdotool (Debian packages xvfb, xdotool)." >&2
        exit 1
    fi
fi

cargo build --release --quiet
binary=target/release/kraljic-workshop
work="$(mktemp -d)"
trap 'kill "${xvfb:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
display=:96
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
file="$work/nmd.kraljic.ron"
cp workshops/nmd-2022.kraljic.ron "$file"

# Starts the window on the copy, types, saves, quits.
type_and_save() {
    DISPLAY=$display XDG_DATA_HOME="$work/data" "$binary" "$file" >"$work/app.log" 2>&1 &
    local app=$! window=""
    for _ in $(seq 100); do
        window=$(DISPLAY=$display xdotool search --name "Kraljic Workshop" 2>/dev/null | head -1) || true
        [ -n "$window" ] && break
        sleep 0.1
    done
    [ -n "$window" ] || { echo "the window did not appear" >&2; exit 1; }
    sleep 1
    DISPLAY=$display xdotool windowfocus --sync "$window"
    DISPLAY=$display xdotool key "$@"
    sleep 0.5
    DISPLAY=$display xdotool key ctrl+s
    sleep 1
    DISPLAY=$display xdotool key ctrl+q
    wait "$app"
}

# The scores of a lot in the saved file: "impact,scarcity,switching".
scores() {
    "$binary" export "$file" --csv | awk -F, -v lot="$1" '$2 == lot { print $7 "," $8 "," $9 }'
}

failed=0
expect() {
    local got
    got=$(scores "$1")
    if [ "$got" = "$2" ]; then
        echo "ok    $1: $got"
    else
        echo "WRONG $1: saved $got, typed $2"
        failed=1
    fi
}

type_and_save n 3 3 3
expect "Landelijk transitiearrangement (J)" "3,3,3"
type_and_save --delay 0 n 3 2 1
expect "Landelijk transitiearrangement (Wmo)" "3,2,1"
type_and_save --delay 0 n 0 3 n 1 1 1
expect "Overig: Time-out" "0,3,"
expect "Overig: Logeren (Wmo)" "1,1,1"
exit $failed
