#!/usr/bin/env bash
# The .deb as an NGO's volunteer meets it: cpack builds it (and the .tar.gz), apt-get installs it, the
# installed app passes its self-test with the installed content, rcpack checks the installed content,
# and apt-get removes it again.
#   install-test.sh BUILD_DIR SOURCE_DIR PACKAGE APP_ID
# Needs root (CI runs as root); exits 77 (skipped) with the reason otherwise, and also when this machine
# already has a Rights Companion package installed, which it never touches.
set -euo pipefail
build_dir=$1
source_dir=$2
package=$3
app_id=$4
qml_modules=(qml6-module-qtqml qml6-module-qtqml-workerscript qml6-module-qtquick qml6-module-qtquick-controls
             qml6-module-qtquick-layouts qml6-module-qtquick-templates qml6-module-qtquick-window)
icon_sizes=(16 22 24 32 48 64 128 256 512)

say() { printf '== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; exit 1; }
skip() { printf 'SKIPPED: %s\n' "$*"; exit 77; }

[ "$(id -u)" -eq 0 ] || skip "installing a .deb needs root (CI runs as root). As root: ctest --test-dir $build_dir -L package"
command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || skip "not a Debian system (no apt-get or dpkg-deb)"
command -v dpkg-shlibdeps >/dev/null || fail "dpkg-shlibdeps is missing: run ./dev (Debian: dpkg-dev)"
command -v file >/dev/null || fail "file is missing: run ./dev (Debian: file)"
command -v appstreamcli >/dev/null || fail "appstreamcli is missing: run ./dev (Debian: appstream)"
present=$(dpkg-query -W -f='${Package} ${Provides} ${db:Status-Abbrev}\n' 2>/dev/null \
          | awk '/rights-companion-app/ && $NF ~ /^i/ {print $1}' || true)
[ -z "$present" ] || skip "a Rights Companion package ($present) is installed on this machine; this test leaves it alone"
[ ! -e /usr/bin/rights-companion ] || skip "/usr/bin/rights-companion exists and belongs to no package of ours; not touching it"

work=$(mktemp -d)
installed=0
cleanup() {
    if [ $installed = 1 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq -o DPkg::Lock::Timeout=300 "$package" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"

say "cpack in $build_dir"
rm -rf "$build_dir/packages"
(cd "$build_dir" && cpack -G "DEB;TGZ") >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
debs=("$build_dir"/packages/*.deb)
tgzs=("$build_dir"/packages/*.tar.gz)
[ ${#debs[@]} = 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $build_dir/packages"
[ ${#tgzs[@]} = 1 ] && [ -f "${tgzs[0]}" ] || fail "expected one .tar.gz in $build_dir/packages"
deb=${debs[0]}
tgz=${tgzs[0]}
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB; $(basename "$tgz"): $(du -k "$tgz" | cut -f1) KiB"

say "control fields"
dpkg-deb -f "$deb" Package Version Installed-Size Depends Recommends Provides Conflicts
[ "$(dpkg-deb -f "$deb" Package)" = "$package" ] || fail "the package is not called $package"
depends=$(dpkg-deb -f "$deb" Depends)
for dependency in "${qml_modules[@]}" fonts-noto-core libqt6quick6 libqt6qml6 libqt6gui6 libssl3 libsqlite3-0 libargon2-1; do
    grep -Eq "(^|, )$dependency( |,|$)" <<<"$depends" || fail "Depends lacks $dependency"
done

say "files: everything 'cmake --install' puts in place, and nothing else"
cmake --install "$build_dir" --prefix "$work/stage/usr" >/dev/null
(cd "$work/stage" && find . -type f | sort) >"$work/expected"
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | sort >"$work/packaged"
diff "$work/expected" "$work/packaged" || fail "the .deb does not hold exactly what the install step installs"
expect_file() { grep -qx "./usr/$1" "$work/packaged" || fail "the .deb lacks /usr/$1"; }
expect_file bin/rights-companion
expect_file bin/rcpack
expect_file "share/applications/$app_id.desktop"
expect_file "share/metainfo/$app_id.metainfo.xml"
expect_file "share/icons/hicolor/scalable/apps/$app_id.svg"
for size in "${icon_sizes[@]}"; do
    expect_file "share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
grep -q '^\./usr/share/rights-companion/' "$work/packaged" || fail "the .deb holds no bundled content"
grep '^\./usr/share/rights-companion/' "$work/packaged" | sed 's/^/    content: /'

say "the unpacked tree: binaries, icons, AppStream"
dpkg-deb -x "$deb" "$work/root"
for binary in rights-companion rcpack; do
    description=$(file -b "$work/root/usr/bin/$binary")
    echo "$binary: $description"
    grep -q 'ELF 64-bit' <<<"$description" || fail "$binary is not an ELF executable"
    grep -q ', stripped' <<<"$description" || fail "$binary is not stripped"
done
for size in "${icon_sizes[@]}"; do
    description=$(file -b "$work/root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
    grep -q "PNG image data, $size x $size" <<<"$description" || fail "icon ${size}x${size}: $description"
done
appstreamcli validate-tree --no-net "$work/root" || fail "appstreamcli validate-tree"

say "the .tar.gz runs from wherever it is unpacked"
mkdir -p "$work/tgz"
tar -xzf "$tgz" -C "$work/tgz"
unpacked=("$work"/tgz/*/bin/rights-companion)
[ -x "${unpacked[0]}" ] || fail "the .tar.gz has no bin/rights-companion in one top folder"
"${unpacked[0]}" --self-test >"$work/tgz-self-test.log" 2>&1 || { cat "$work/tgz-self-test.log"; fail "self-test of the unpacked .tar.gz"; }
grep 'self-test:' "$work/tgz-self-test.log"
grep -q 'notice shown to the user' "$work/tgz-self-test.log" && fail "the unpacked .tar.gz showed a start-up notice"

say "apt-get install $deb"
installed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "$deb" \
    >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install"; }
dpkg-query -W -f='${Package} ${Version} ${db:Status-Abbrev}\n' "$package"
[ -x /usr/bin/rights-companion ] || fail "/usr/bin/rights-companion is not installed"

say "the installed app: --print-profile and --self-test"
/usr/bin/rights-companion --print-profile
QT_DEBUG_PLUGINS=1 /usr/bin/rights-companion --self-test >"$work/self-test.log" 2>"$work/self-test.err" \
    || { cat "$work/self-test.log" "$work/self-test.err"; fail "the installed app's self-test"; }
grep 'self-test:' "$work/self-test.log"
grep -q 'self-test: ok' "$work/self-test.log" || fail "no 'self-test: ok'"
grep -q 'notice shown to the user' "$work/self-test.log" && fail "the installed app showed a start-up notice"

say "every QML module and plugin the installed app loaded comes from a package the .deb depends on"
grep -i 'loaded library' "$work/self-test.err" | grep -o '/usr/lib/[^ "]*\.so' | grep -E '/qt6/(qml|plugins)/' \
    | sort -u >"$work/loaded" || true
[ -s "$work/loaded" ] || fail "QT_DEBUG_PLUGINS showed no plugin: cannot check the dependencies"
while read -r library; do
    owner=$(dpkg -S "$library" 2>/dev/null | head -n 1 | cut -d: -f1)
    [ -n "$owner" ] || fail "$library belongs to no package"
    if grep -Eq "(^|, )$owner( |,|$)" <<<"$depends"; then
        echo "    $owner: $library"
    else
        fail "$library comes from $owner, which the .deb does not depend on"
    fi
done <"$work/loaded"

say "rcpack against the installed content"
/usr/bin/rcpack --version
content=/usr/share/rights-companion
checked=0
while IFS= read -r metadata; do
    repo=$(dirname "$metadata")
    root=$(find "$content" -maxdepth 3 -name '*root*.json' -not -path "$repo/metadata/*" | head -n 1)
    [ -n "$root" ] || root=$repo/metadata/1.root.json
    echo "rcpack verify --repo $repo --root $root --offline-media"
    /usr/bin/rcpack verify --repo "$repo" --root "$root" --offline-media || fail "rcpack verify on the installed repository"
    checked=$((checked + 1))
done < <(find "$content" -type d -name metadata)
while IFS= read -r pack; do
    echo "rcpack lint $(dirname "$pack")"
    /usr/bin/rcpack lint "$(dirname "$pack")" >/dev/null || fail "rcpack lint on the installed pack source"
    checked=$((checked + 1))
done < <(find "$content" -name pack.json)
[ $checked -gt 0 ] || echo "note: the installed content holds no TUF repository and no pack source (compiled packs only): nothing for rcpack verify or lint; the self-test imported every pack"
echo "installed sizes: package $(dpkg-deb -f "$deb" Installed-Size) KiB, of it bundled content $(du -sk "$content" | cut -f1) KiB"

say "apt-get remove $package"
DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq -o DPkg::Lock::Timeout=300 "$package" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log"; fail "apt-get remove"; }
installed=0
[ ! -e /usr/bin/rights-companion ] || fail "/usr/bin/rights-companion is still there after removal"
[ ! -e "$content" ] || fail "$content is still there after removal"
echo "installed package: all checks passed"
