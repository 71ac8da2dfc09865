#!/usr/bin/env bash
# Reads the real window's accessibility tree as a screen reader gets it on Linux: the window runs
# under Xvfb with the AT-SPI bus switched on, and scripts/atspi_tree.py reads the tree (every
# focusable control named and none with egui's English defaults, every scored lot with its
# quadrant, the lot list's size and positions), then presses N 2 2 2 and listens for the live
# region. Installs what it needs on Debian or Ubuntu (run as root, or with sudo).
#
# Usage: scripts/accessibility.sh [BINARY]   (default: target/debug/kraljic-workshop)
set -euo pipefail
cd "$(dirname "$0")/.."

# The system's Python, where Debian's python3-pyatspi and python3-gi live (not a pyenv one).
py=/usr/bin/python3

if [ "${1:-}" = "--in-session" ]; then
    binary="$2"
    # A display no other X server holds (a developer's own Xvfb may run beside this one).
    n=90
    while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do
        n=$((n + 1))
    done
    display=":$n"
    Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    export DISPLAY="$display"
    sleep 1
    # Switch the accessibility bus on, as a desktop does when a screen reader runs.
    $py - <<'PY'
from gi.repository import Gio, GLib
bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
bus.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.freedesktop.DBus.Properties", "Set",
              GLib.Variant("(ssv)", ("org.a11y.Status", "IsEnabled", GLib.Variant("b", True))),
              None, Gio.DBusCallFlags.NONE, -1, None)
PY
    work="$(mktemp -d)"
    cp workshops/nmd-2022.kraljic.ron "$work/nmd.kraljic.ron"
    HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
        "$binary" "$work/nmd.kraljic.ron" >"$work/app.log" 2>&1 &
    app=$!
    trap 'kill $app $xvfb 2>/dev/null || true' EXIT
    sleep 6
    status=0
    $py scripts/atspi_tree.py check || status=1
    # N 2 2 2 scores the next unscored lot; the live region says its new quadrant.
    $py scripts/atspi_tree.py listen "kwadrant" n 2 2 2 || status=1
    exit $status
fi

binary="${1:-target/debug/kraljic-workshop}"
need="xvfb xdotool at-spi2-core dbus-x11 python3-pyatspi"
if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null ||
    ! command -v dbus-run-session >/dev/null || ! "$py" -c 'import pyatspi' 2>/dev/null; then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
    elif command -v apt-get >/dev/null && command -v sudo >/dev/null; then
        sudo apt-get update -qq
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
    else
        echo "The accessibility check needs $need (Debian)." >&2
        exit 1
    fi
fi
[ -x "$binary" ] || cargo build --bin kraljic-workshop
exec dbus-run-session -- "$0" --in-session "$binary"
