#!/usr/bin/env bash
# Whole-process speed figures of the release binary under Xvfb (software rendering, Mesa):
#   - start-up: from launching the process to its first painted frame, median of 5, both on a
#     fresh data folder (the renderers are probed) and on one a first start has used (the
#     renderer it painted with is remembered), in pairs;
#   - idle: frames painted in the 10 seconds after start-up has settled, without input.
# Both on a computer with a Vulkan driver (Mesa's software one here; the window opens with wgpu,
# as on most laptops) and on one with OpenGL only (the window opens with glow).
# The app reports each frame it paints when KRALJIC_FRAME_STATS is set (src/ui/frame_stats.rs).
# Needs xvfb and Mesa's Vulkan driver (installed with apt-get when missing and allowed).
# Usage: scripts/bench-window.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# A Vulkan loader and at least one driver for it.
have_vulkan() {
    compgen -G '/usr/share/vulkan/icd.d/*.json' >/dev/null &&
        { compgen -G '/usr/lib/*-linux-gnu/libvulkan.so.1' || compgen -G '/usr/lib64/libvulkan.so.1'; } >/dev/null
}
if ! command -v Xvfb >/dev/null || ! have_vulkan; then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xauth libvulkan1 \
            mesa-vulkan-drivers >/dev/null
    elif ! command -v Xvfb >/dev/null; then
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

# One start: launches the app on a fresh copy of the example with the data folder $1, waits
# $2 seconds after start-up has settled while counting frames, and sets $first_ms and $idle.
# The environment variables in $extra (the configuration) are passed to the app.
start() {
    local data=$1 idle_seconds=$2 tag=$3
    local log="$work/$tag.log"
    # A fresh copy of the example per start: the app's lock file stays in the temporary folder,
    # and no start meets the lock a stopped one left behind.
    mkdir -p "$work/$tag"
    local file="$work/$tag/nmd-2022.kraljic.ron"
    cp workshops/nmd-2022.kraljic.ron "$file"
    # A second for the X server to finish with the window of the start before (2 cores here).
    sleep 1
    local launched
    launched=$(date +%s%3N)
    # A private data folder: no preferences, renderer memory or recovery files of the user are
    # read or written.
    env $extra DISPLAY=$display XDG_DATA_HOME="$data" KRALJIC_FRAME_STATS=1 "$binary" "$file" 2>"$log" &
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

median() { printf '%s\n' "$@" | sort -n | sed -n "$((($# + 1) / 2))p"; }

# Five pairs in one configuration: a start on a fresh data folder (the renderers are probed),
# then a start on the folder that first start used (the renderer it painted with is
# remembered, no probe). Prints the pairs and the table rows of the configuration $1.
measure() {
    local name=$1
    local probing=() remembered=() idles=() renderer=""
    for run in 1 2 3 4 5; do
        local data="$work/$name-data-$run"
        start "$data" 0 "$name-probe-$run"
        probing+=("$first_ms")
        start "$data" 10 "$name-remembered-$run"
        remembered+=("$first_ms")
        idles+=("$idle")
        renderer=$(sed -n 's/.*renderer:"\([^"]*\)",adapter:"\([^"]*\)".*/\1 on \2/p' \
            "$data/kraljic-workshop/renderer.ron")
        echo "$name, pair $run: probing start ${probing[-1]} ms, remembered start ${remembered[-1]} ms; $idle frames painted in 10 s idle"
    done
    local p r
    p=$(median "${probing[@]}")
    r=$(median "${remembered[@]}")
    rows+=("| start-up, first run (renderers probed), $name ($renderer) | $p ms | 500 ms |")
    rows+=("| start-up, later runs (renderer remembered), $name | $r ms, $(awk -v r="$r" -v p="$p" 'BEGIN { printf "%.0f", 100 * r / p }') % of the first run | 200 ms, and at most 75 % of the first |")
    rows+=("| idle: frames painted in 10 s without input, $name | $(median "${idles[@]}") | 0 |")
}

rows=()
# The usual computer: a Vulkan driver (here Mesa's software one), so the window opens with wgpu.
if have_vulkan; then
    extra=""
    measure "with Vulkan"
else
    echo "No Vulkan driver here (Debian package mesa-vulkan-drivers): measured with OpenGL only."
fi
# A computer with OpenGL only: the Vulkan loader is pointed at no driver, so the probe finds
# wgpu's OpenGL adapter, the window cannot use it, and glow opens the window.
extra="VK_DRIVER_FILES=/nonexistent.json VK_ICD_FILENAMES=/nonexistent.json"
measure "OpenGL only"

echo
echo "| what (launch to the first painted frame; median of 5) | measured | budget |"
echo "| --- | --- | --- |"
printf '%s\n' "${rows[@]}"
