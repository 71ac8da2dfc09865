#!/usr/bin/env bash
# Runs the whole test suite. The window tests render image snapshots on Mesa's software
# renderer (EGL + llvmpipe), the export tests read the PDF back with pdftotext, the report
# of Arabic and Japanese lot names needs fonts for those scripts (Noto, found through
# fontconfig as the window finds them), and the phone round's page is tried in headless
# Chromium against a server on 127.0.0.1; on a fresh Debian or Ubuntu machine this installs all
# of it first.
set -euo pipefail
cd "$(dirname "$0")/.."

have_packages() {
    ldconfig -p 2>/dev/null | grep -q 'libEGL.so.1' &&
        compgen -G '/usr/lib/*/dri/swrast_dri.so' >/dev/null &&
        command -v pdftotext >/dev/null &&
        ldconfig -p 2>/dev/null | grep -q 'libfontconfig.so.1' &&
        [ -e /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf ] &&
        [ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] &&
        command -v chromium >/dev/null
}

# Mesa's EGL and software renderer for the snapshot tests; poppler's pdftotext to read the
# exported PDF report back in the export tests; fontconfig and the Noto fonts for the report of
# names in other scripts; Chromium for the phone's page.
if ! have_packages; then
    packages="libegl1 libgl1-mesa-dri poppler-utils libfontconfig1 fonts-noto-core fonts-noto-cjk chromium"
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        echo "Installing what the tests need: $packages"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
    elif command -v apt-get >/dev/null && command -v sudo >/dev/null; then
        echo "Installing what the tests need: $packages"
        sudo apt-get update -qq
        sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
    else
        echo "The tests need Mesa's EGL and software renderer, pdftotext, fontconfig, the Noto fonts and Chromium ($packages on Debian)." >&2
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
