#!/usr/bin/env bash
# Whole-process speed figures of the release binary under Xvfb (software GL):
#   - start-up: from launching the process to its first frame (median of 5 runs);
#   - idle: frames drawn in the 10 seconds after start-up has settled, without input.
# Needs xvfb (installed with apt-get when missing and allowed). Usage: scripts/bench-window.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v Xvfb >/dev/null; then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xauth >/dev/null
    else
        echo "This needs Xvfb (Debian package xvfb)." >&2
        exit 1
    fi
fi

cargo build --release --quiet
binary=target/release/kraljic-workshop
file=workshops/nmd-2022.kraljic.ron
work="$(mktemp -d)"
trap 'kill "${xvfb:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

display=:97
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1

starts=()
idles=()
for run in 1 2 3 4 5; do
    log="$work/run-$run.log"
    launched=$(date +%s%3N)
    # A private data folder: no preferences or recovery files of the user are read or written.
    DISPLAY=$display XDG_DATA_HOME="$work/data-$run" KRALJIC_FRAME_STATS=1 \
        "$binary" "$file" 2>"$log" &
    app=$!
    sleep 3
    settled=$(grep -c '^frame ' "$log" || true)
    sleep 10
    total=$(grep -c '^frame ' "$log" || true)
    kill "$app"
    wait "$app" 2>/dev/null || true
    first=$(grep -m1 '^frame ' "$log" | sed 's/.*epoch_ms=//')
    starts+=($((first - launched)))
    idles+=($((total - settled)))
    echo "run $run: first frame after $((first - launched)) ms; $settled frames while starting; $((total - settled)) frames in 10 s idle"
done

median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }
echo
echo "| what | median of 5 | budget |"
echo "| --- | --- | --- |"
echo "| start-up: launch to first frame | $(median "${starts[@]}") ms | 500 ms |"
echo "| idle: frames in 10 s without input | $(median "${idles[@]}") | 0 |"
