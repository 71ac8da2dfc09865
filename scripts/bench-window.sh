#!/usr/bin/env bash
# Whole-process speed figures of the release binary under Xvfb (software GL):
#   - start-up: from launching the process to its first painted frame (median of 5 runs);
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

starts=()
idles=()
for run in 1 2 3 4 5; do
    log="$work/run-$run.log"
    # A fresh copy of the example per run: the app's lock file stays in the temporary folder,
    # and no run meets the lock a stopped run left behind.
    mkdir "$work/run-$run"
    file="$work/run-$run/nmd-2022.kraljic.ron"
    cp workshops/nmd-2022.kraljic.ron "$file"
    launched=$(date +%s%3N)
    # A private data folder: no preferences or recovery files of the user are read or written.
    DISPLAY=$display XDG_DATA_HOME="$work/data-$run" KRALJIC_FRAME_STATS=1 \
        "$binary" "$file" 2>"$log" &
    app=$!
    sleep 3
    settled=$(grep -c '^painted ' "$log" || true)
    sleep 10
    total=$(grep -c '^painted ' "$log" || true)
    kill "$app"
    wait "$app" 2>/dev/null || true
    first=$(grep -m1 '^painted ' "$log" | sed 's/.*epoch_ms=//')
    if [ -z "$first" ]; then
        echo "run $run: no frame was painted; the log:" >&2
        cat "$log" >&2
        exit 1
    fi
    starts+=($((first - launched)))
    idles+=($((total - settled)))
    echo "run $run: first frame painted after $((first - launched)) ms; $settled frames painted while starting; $((total - settled)) painted in 10 s idle"
done

median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }
echo
echo "| what | median of 5 | budget |"
echo "| --- | --- | --- |"
echo "| start-up: launch to first painted frame | $(median "${starts[@]}") ms | 500 ms |"
echo "| idle: frames painted in 10 s without input | $(median "${idles[@]}") | 0 |"
