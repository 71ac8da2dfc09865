#!/usr/bin/env bash
# Installs the Linux package (scripts/build-deb.sh) into a clean Debian chroot made with
# debootstrap (containers do not run on every machine; a chroot does, as root) and checks that
# the program runs there and that the desktop knows workshop files: xdg-mime names their type
# and the app as the program that opens them. Every run starts from a fresh copy of the base.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || { echo "Run as root (debootstrap and chroot need it)." >&2; exit 1; }

base=${KRALJIC_CHROOT:-/var/tmp/deb-chroot}
suite=${KRALJIC_SUITE:-bookworm}

# The Debian mirror this machine's own apt uses (a municipal mirror or proxy works as well as
# the public one): the first URI of a deb822 .sources file, else the first `deb` line of
# sources.list; KRALJIC_MIRROR overrides it.
apt_mirror() {
    local uri
    uri=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null |
        grep -v -- '-security' | head -1)
    if [ -z "$uri" ]; then
        uri=$(sed -n 's/^deb[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\([^[:space:]]*\).*/\2/p' \
            /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | grep -v -- '-security' | head -1)
    fi
    [ -n "$uri" ] || { echo "No Debian mirror found in /etc/apt; set KRALJIC_MIRROR." >&2; exit 1; }
    echo "$uri"
}
mirror=${KRALJIC_MIRROR:-$(apt_mirror)}
if [ ! -x "$base/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
    debootstrap --variant=minbase "$suite" "$base" "$mirror"
fi
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
deb="dist/kraljic-workshop_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || ./scripts/build-deb.sh

root=$(mktemp -d /var/tmp/kraljic-chroot.XXXXXX)
cleanup() {
    umount "$root/proc" "$root/dev" 2>/dev/null || true
    rm -rf "$root"
}
trap cleanup EXIT
cp -a "$base/." "$root/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$(basename "$deb")" \
    xdg-utils desktop-file-utils shared-mime-info libfile-mimeinfo-perl >/dev/null
failures=0
step() {
    local what=$1
    shift
    if "$@"; then echo "ok    $what"; else echo "FAIL  $what"; failures=$((failures + 1)); fi
}
example=/usr/share/doc/kraljic-workshop/examples/nmd-2022.kraljic.ron
step "the program runs (table of the example)" bash -c "chroot '$root' kraljic-workshop table $example | grep -q Totaal"
type=$(in_root xdg-mime query filetype "$example" || true)
step "xdg-mime knows the type ($type)" test "$type" = application/x-kraljic-workshop
app=$(in_root xdg-mime query default application/x-kraljic-workshop || true)
step "the app opens it ($app)" test "$app" = kraljic-workshop.desktop
step "the menu entry is valid" bash -c "chroot '$root' desktop-file-validate /usr/share/applications/kraljic-workshop.desktop"
echo "package: $(du -h "$deb" | cut -f1)  ($deb)"
[ "$failures" = 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
echo "every check passed"
