#!/usr/bin/env bash
# Checks the Windows zip (scripts/build-windows.sh) under Wine: the command line's check, table
# and exports on both examples, from a folder whose path has spaces, with the CSV compared byte
# for byte (apart from line ends) with the Linux build's; then the window under Wine and Xvfb,
# with a screenshot in docs/windows-wine.png: DirectX 12 (wgpu's choice under Wine, which fails
# there) must be passed over by the app's renderer probe, and glow must paint as the last resort.
#
# Installs what it needs: Debian's wine64, xvfb, xdotool and imagemagick. Wine 8 lacks
# bcryptprimitives.dll (every Windows 10/11 has it), so a stand-in built here with mingw goes
# beside the exes in the test folder only; the zip itself is checked not to contain it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "Needs root to install packages: $*" >&2
        exit 1
    fi
}
need=""
command -v /usr/lib/wine/wine64 >/dev/null || need="$need wine64"
command -v Xvfb >/dev/null || need="$need xvfb xauth"
command -v xdotool >/dev/null || need="$need xdotool"
command -v import >/dev/null || need="$need imagemagick"
command -v x86_64-w64-mingw32-gcc >/dev/null || need="$need gcc-mingw-w64-x86-64"
command -v unzip >/dev/null || need="$need unzip"
if [ -n "$need" ]; then
    echo "Installing:$need"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
fi

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
zip="dist/kraljic-workshop-$version-windows-x64.zip"
[ -f "$zip" ] || ./scripts/build-windows.sh
if unzip -l "$zip" | grep -qi bcryptprimitives; then
    echo "FAIL: the zip holds the test-only bcryptprimitives.dll" >&2
    exit 1
fi
cargo build --release --locked --quiet

work=$(mktemp -d)
trap 'wineserver64 -k 2>/dev/null || true; kill $XVFB 2>/dev/null || true; rm -rf "$work"' EXIT
XVFB=""
folder="$work/Mijn documenten/Kraljic test"
mkdir -p "$folder"
unzip -q "$zip" -d "$folder"
app="$folder/kraljic-workshop-$version-windows-x64"
x86_64-w64-mingw32-gcc -shared -O2 -o "$app/bcryptprimitives.dll" \
    packaging/windows/wine/bcryptprimitives.c -ladvapi32

export WINEPREFIX="$work/wineprefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
wine=/usr/lib/wine/wine64
cli() { (cd "$app" && "$wine" kraljic-workshop-cli.exe "$@"); }
failures=0
step() {
    local what=$1
    shift
    if "$@"; then echo "ok    $what"; else echo "FAIL  $what"; failures=$((failures + 1)); fi
}

for example in nmd-2022 rivierenland-2019; do
    file="workshops\\$example.kraljic.ron"
    [ -f "$app/workshops/$example.kraljic.ron" ] || continue
    step "check $example" cli check "$file"
    step "table $example" bash -c "cd '$app' && '$wine' kraljic-workshop-cli.exe table '$file' | grep -q Totaal"
    step "export --csv $example" cli export "$file" --csv -o "uit $example.csv" --force
    "$repo/target/release/kraljic-workshop" export "$repo/workshops/$example.kraljic.ron" --csv >"$work/linux.csv"
    step "csv $example equals Linux" bash -c "tr -d '\r' <'$app/uit $example.csv' | cmp -s - '$work/linux.csv'"
    step "export --pdf $example" cli export "$file" --pdf -o "uit $example.pdf" --force
    step "pdf $example is a PDF" bash -c "head -c 5 '$app/uit $example.pdf' | grep -q '%PDF-'"
    step "export --xlsx $example" cli export "$file" --xlsx -o "uit $example.xlsx" --force
    step "xlsx $example is a zip" bash -c "head -c 2 '$app/uit $example.xlsx' | grep -q PK"
done

# The window, under Xvfb: the exe as a user starts it (no renderer asked for), and once more
# with both wgpu renderers made to fail, to see the last one (glow, OpenGL) paint too.
Xvfb :97 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
sleep 1
export DISPLAY=:97

# Which renderer the window takes here: wgpu's own choice under Wine is DX12, which finds an
# adapter and then fails on the first shader; the app's probe must pass it over.
chosen=$(cli renderer 2>/dev/null | tr -d '\r' || true)
echo "$chosen" | sed 's/^/      /'
chosen_line() { printf '%s\n' "$chosen" | grep -q "$1"; }
step "DirectX 12 is passed over, Vulkan chosen" chosen_line '^wgpu-vulkan: werkt ('

window_run() { # NAME SHOT [ENV...]
    local name=$1 shot=$2
    shift 2
    (cd "$app" && env "$@" "$wine" kraljic-workshop.exe >"$work/window.log" 2>&1 &)
    local window=""
    for _ in $(seq 120); do
        window=$(xdotool search --name "Kraljic Workshop" 2>/dev/null | head -1 || true)
        [ -n "$window" ] && break
        sleep 0.5
    done
    if [ -z "$window" ]; then
        echo "FAIL  $name: the window did not appear"; cat "$work/window.log"; failures=$((failures + 1))
        return
    fi
    sleep 6
    xdotool windowsize "$window" 1366 768 windowmove "$window" 0 0 2>/dev/null || true
    sleep 3
    import -window root -crop 1366x768+0+0 "$shot"
    local colours
    colours=$(convert "$shot" -colors 16 -unique-colors txt:- | wc -l)
    step "$name paints ($colours colours)" test "$colours" -gt 6
    # Closing stores the preferences: in the user's %APPDATA%, never beside the exe.
    xdotool windowfocus --sync "$window" key ctrl+q 2>/dev/null || true
    for _ in $(seq 40); do
        xdotool search --name "Kraljic Workshop" >/dev/null 2>&1 || break
        sleep 0.5
    done
}
mkdir -p docs
window_run "the window (docs/windows-wine.png)" docs/windows-wine.png KRALJIC_LOG=info
drawn=$(tr -d '\r' <"$work/window.log" | sed -n 's/.*the window is drawn with //p' | head -1)
echo "      the window is drawn with: ${drawn:-(not in its log)}"
window_run "the window on glow" "$work/glow.png" KRALJIC_RENDERER_FAIL=wgpu,wgpu-vulkan
stored=$(find "$WINEPREFIX/drive_c/users" -path '*AppData/Roaming/kraljic-workshop/data/*' -type f | head -1)
step "preferences in %APPDATA% (${stored#"$WINEPREFIX/"})" test -n "$stored"
beside=$(find "$app" -newer "$app/kraljic-workshop.exe" -type f ! -name 'uit *' ! -name bcryptprimitives.dll)
step "nothing written beside the exe" test -z "$beside"

echo "zip: $(du -h "$zip" | cut -f1)  ($zip)"
if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "every check passed"
