#!/usr/bin/env bash
# Builds the Linux package dist/kraljic-workshop_VERSION_ARCH.deb with dpkg-deb (no other
# packaging tool needed): the program, a menu entry (.desktop), the icon, and the MIME type of
# workshop files (*.kraljic.ron), so that opening one from the file manager starts the app with
# it. Debian's triggers update the MIME and desktop databases on install; no scripts of our own.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --locked
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
arch=$(dpkg --print-architecture)
name="kraljic-workshop_${version}_${arch}"
root="target/deb/$name"
rm -rf "$root"
install -d "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/mime/packages" \
    "$root/usr/share/doc/kraljic-workshop/examples"
install -m 755 target/release/kraljic-workshop "$root/usr/bin/"
strip --strip-unneeded "$root/usr/bin/kraljic-workshop"
install -m 644 packaging/linux/kraljic-workshop.desktop "$root/usr/share/applications/"
install -m 644 assets/icon.png "$root/usr/share/icons/hicolor/256x256/apps/kraljic-workshop.png"
install -m 644 packaging/linux/kraljic-workshop.xml "$root/usr/share/mime/packages/"
install -m 644 workshops/*.kraljic.ron "$root/usr/share/doc/kraljic-workshop/examples/"
install -m 644 CHANGELOG.md README.md "$root/usr/share/doc/kraljic-workshop/"
install -m 644 docs/handleiding.md "$root/usr/share/doc/kraljic-workshop/"
cat >"$root/usr/share/doc/kraljic-workshop/copyright" <<COPYRIGHT
Kraljic Workshop is licensed under the EUPL-1.2.
The Inter font is embedded under the SIL Open Font License 1.1 (assets/fonts/LICENSE-Inter.txt).
COPYRIGHT

size=$(du -sk "$root/usr" | cut -f1)
# The program links only glibc and libgcc; the window loads X11 or Wayland, OpenGL or Vulkan,
# and fontconfig (for fonts of other scripts) when it starts.
cat >"$root/DEBIAN/control" <<CONTROL
Package: kraljic-workshop
Version: $version
Architecture: $arch
Maintainer: Kraljic Workshop <kraljic-workshop@example.invalid>
Installed-Size: $size
Depends: libc6 (>= 2.34), libgcc-s1
Recommends: libx11-6, libxkbcommon0, libxkbcommon-x11-0, libegl1, libgl1, libvulkan1, libfontconfig1, xdg-utils
Suggests: fonts-noto-core, fonts-noto-cjk
Section: misc
Priority: optional
Description: Kraljic matrix and lot strategy workshops for procurement
 An offline desktop application for procurement strategy workshops of Dutch
 municipalities buying youth care (Jeugdwet) and social support (Wmo): the team
 scores each lot on impact, scarcity and switching effort, the app places it live
 on a Kraljic matrix, and the workshop is saved to a file that policy officers
 open later to finish the strategy and the report.
CONTROL

mkdir -p dist
dpkg-deb --build --root-owner-group -Zxz "$root" "dist/$name.deb" >/dev/null
ls -l "dist/$name.deb"
dpkg-deb --info "dist/$name.deb" | sed -n '/Package:/,/Description:/p'
