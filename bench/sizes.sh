#!/usr/bin/env bash
# Installed sizes of a build, for the packaging budget (docs/packaging.md): what `cmake --install`
# puts on a machine (the .deb holds exactly that), not counting Qt or other Debian packages, and the
# part of it that is the bundled content. Sizes are disk usage (du, KiB), the same measure dpkg's
# Installed-Size uses, with the binaries stripped as in the package.
#   sizes.sh BUILD_DIR
set -euo pipefail
build=$1
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
DESTDIR="$root" cmake --install "$build" --prefix /usr --strip >/dev/null # stripped, as the .deb is
usr=$root/usr
kib() { du -sk "$1" 2>/dev/null | cut -f1; }
total=$(kib "$usr")
binaries=$(( $(kib "$usr/bin/rights-companion") + $(kib "$usr/bin/rcpack") ))
content=$(kib "$usr/share/rights-companion/content")
icons=$(kib "$usr/share/icons")
printf '%-34s %8s KiB\n' "installed, without Qt" "$total" \
    "  rights-companion + rcpack" "$binaries" \
    "  bundled content (repository)" "$content" \
    "  icons" "$icons"
awk -v c="$content" -v t="$total" 'BEGIN { printf "%-34s %8.2f\n", "content / installed", c / t }'
