#!/usr/bin/env bash
# Whole-process speed figures of the release binary under Xvfb (software GL):
#   - start-up: from launching the process to its first painted frame, median of 5, both on a
#     fresh data folder (the renderers are probed) and on one a first start has used (the
#     renderer it painted with is remembered), in pairs;
#   - idle: frames painted in the 10 seconds after start-up has settled, without input.
# The app reports each frame it paints when KRALJIC_FRAME_STATS is set (src/ui/frame_stats.rs).
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
work="$(mktemp -d)"
trap 'kill "${xvfb:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

display=:97
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1

probing=()
remembered=()
idles=()
# One start: launches the app on a fresh copy of the example with the data folder $1, waits
# $2 seconds after start-up has settled while counting frames, and sets $first_ms and $idle.
start() {
    local data=$1 idle_seconds=$2 tag=$3
    local log="$work/$tag.log"
    # A fresh copy of the example per start: the app's lock file stays in the temporary folder,
    # and no start meets the lock a stopped one left behind.
    mkdir -p "$work/$tag"
    local file="$work/$tag/nmd-2022.kraljic.ron"
    cp workshops/nmd-2022.kraljic.ron "$file"
    local launched
    launched=$(date +%s%3N)
    # A private data folder: no preferences, renderer memory or recovery files of the user are
    # read or written.
    DISPLAY=$display XDG_DATA_HOME="$data" KRALJIC_FRAME_STATS=1 "$binary" "$file" 2>"$log" &
    local app=$!
    sleep 3
    local settled total first
    settled=$(grep -c '^painted ' "$log" || true)
    sleep "$idle_seconds"
    total=$(grep -c '^painted ' "$log" || true)
    kill "$app"
    wait "$app" 2>/dev/null || true
    first=$(grep -m1 '^painted ' "$log" | sed 's/.*epoch_ms=//')
    if [ -z "$first" ]; then
        echo "$tag: no frame was painted; the log:" >&2
        cat "$log" >&2
        exit 1
    fi
    first_ms=$((first - launched))
    idle=$((total - settled))
}

# In pairs: a start on a fresh data folder (the renderers are probed), then a start on the
# folder that first start used (the renderer it painted with is remembered, no probe).
for run in 1 2 3 4 5; do
    data="$work/data-$run"
    start "$data" 0 "probe-$run"
    probing+=("$first_ms")
    start "$data" 10 "remembered-$run"
    remembered+=("$first_ms")
    idles+=("$idle")
    echo "pair $run: probing start ${probing[-1]} ms, remembered start ${remembered[-1]} ms; $idle frames painted in 10 s idle"
done

median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }
echo
echo "| what | median of 5 | budget |"
echo "| --- | --- | --- |"
echo "| start-up, first run (renderers probed): launch to first painted frame | $(median "${probing[@]}") ms | 500 ms |"
echo "| start-up, later runs (renderer remembered): launch to first painted frame | $(median "${remembered[@]}") ms | 200 ms, and at most 75 % of the first |"
echo "| idle: frames painted in 10 s without input | $(median "${idles[@]}") | 0 |"
