#!/usr/bin/env bash
# Runs the whole test suite. The window tests render image snapshots on Mesa's software
# renderer (EGL + llvmpipe); on a fresh Debian or Ubuntu machine this installs it first.
set -euo pipefail
cd "$(dirname "$0")/.."

have_mesa() {
    ldconfig -p 2>/dev/null | grep -q 'libEGL.so.1' &&
        compgen -G '/usr/lib/*/dri/swrast_dri.so' >/dev/null
}

if ! have_mesa; then
    packages="libegl1 libgl1-mesa-dri"
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        echo "Installing Mesa's software renderer for the snapshot tests: $packages"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
    elif command -v apt-get >/dev/null && command -v sudo >/dev/null; then
        echo "Installing Mesa's software renderer for the snapshot tests: $packages"
        sudo apt-get update -qq
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
    else
        echo "The snapshot tests need Mesa's EGL and software renderer ($packages on Debian)." >&2
        exit 1
    fi
fi

# A private runtime folder keeps the software Vulkan driver from warning about a missing one.
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    XDG_RUNTIME_DIR="$(mktemp -d)"
    export XDG_RUNTIME_DIR
    chmod 700 "$XDG_RUNTIME_DIR"
fi

exec cargo test "$@"
