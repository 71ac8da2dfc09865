#!/usr/bin/env bash
# Cross-builds the portable Windows release on Linux: dist/kraljic-workshop-VERSION-windows-x64.zip
# with kraljic-workshop.exe (the window; no console opens behind it), kraljic-workshop-cli.exe
# (the same program for the command prompt), the example workshops and a Dutch "Lees mij".
# No installer and no administrator rights: unpack and double-click. Preferences and recovery
# files go to %APPDATA%\kraljic-workshop\data (eframe's storage folder), never beside the exe.
#
# Installs what it needs: Debian's mingw-w64 (linker and windres, for the icon and version
# resource of build.rs), zip, and the Rust target x86_64-pc-windows-gnu.
set -euo pipefail
cd "$(dirname "$0")/.."
target=x86_64-pc-windows-gnu

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        echo "Needs root to install packages: $*" >&2
        exit 1
    fi
}
if ! command -v x86_64-w64-mingw32-gcc >/dev/null || ! command -v zip >/dev/null; then
    echo "Installing mingw-w64 and zip"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gcc-mingw-w64-x86-64 zip >/dev/null
fi
if ! rustup target list --installed | grep -qx "$target"; then
    rustup target add "$target"
fi

export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
export WINDRES=x86_64-w64-mingw32-windres
cargo build --release --locked --target "$target" --features windows-cli --bins

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
name="kraljic-workshop-$version-windows-x64"
stage="target/$name"
rm -rf "$stage"
mkdir -p "$stage/workshops" dist
cp "target/$target/release/kraljic-workshop.exe" "target/$target/release/kraljic-workshop-cli.exe" "$stage/"
# Symbols only make the download larger (a panic still names its place in the one-line report).
x86_64-w64-mingw32-strip --strip-unneeded "$stage"/*.exe
cp workshops/*.kraljic.ron "$stage/workshops/"
# Notepad on older Windows needs Windows line ends.
sed 's/$/\r/' packaging/windows/Lees-mij.txt >"$stage/Lees mij.txt"
cp LICENSE* "$stage/" 2>/dev/null || true

# The programs need only what every Windows 10/11 has: no mingw runtime DLL, and never the
# bcryptprimitives.dll shim that the Wine check (scripts/check-windows.sh) puts beside them.
for exe in "$stage"/*.exe; do
    dlls=$(x86_64-w64-mingw32-objdump -p "$exe" | sed -n 's/^\s*DLL Name: //p' | tr 'A-Z' 'a-z' | sort -u)
    if echo "$dlls" | grep -Eq 'libgcc|libwinpthread|libstdc'; then
        echo "$exe needs a mingw runtime DLL: $dlls" >&2
        exit 1
    fi
done
if find "$stage" -iname 'bcryptprimitives.dll' | grep -q .; then
    echo "the test-only bcryptprimitives.dll shim must not be shipped" >&2
    exit 1
fi

rm -f "dist/$name.zip"
(cd target && zip -q -r -9 "../dist/$name.zip" "$name")
ls -l "dist/$name.zip"
unzip -l "dist/$name.zip"
