#!/usr/bin/env bash
# Two distribution profiles, two different apps: builds the example profile
# (packaging/distributions/example-ngo.json) in a folder of its own, only what rights-companion needs
# and without optimisation (fast), and checks that it is its own app: its name, colours and mirrors, no
# vault (its pages are refused), and its own pinned TUF root, which refuses content signed with other keys.
#   example-profile-test.sh SOURCE_DIR WORK_DIR MAIN_BUILD_DIR
set -euo pipefail
source_dir=$1
work=$2
main=$3
profile=$source_dir/packaging/distributions/example-ngo.json
root=$source_dir/packaging/distributions/example-ngo/1.root.json

say() { printf '== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; exit 1; }

say "configure and build the example-ngo profile in $work"
mkdir -p "$work"
cmake -S "$source_dir" -B "$work" -G Ninja -DRC_DISTRIBUTION=example-ngo -DRC_BUILD_TESTS=OFF -DRC_BUILD_BENCH=OFF \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O0 >"$work/configure.log" 2>&1 \
    || { cat "$work/configure.log"; fail "configure"; }
cmake --build "$work" -j2 --target rights-companion rcpack >"$work/build.log" 2>&1 \
    || { tail -n 50 "$work/build.log"; fail "build"; }
example=$work/bin/rights-companion
generic=$main/bin/rights-companion

say "--print-profile: the example's own name, colours, mirrors and root"
example_profile=$("$example" --print-profile)
generic_profile=$("$generic" --print-profile)
echo "$example_profile"
root_sha=$(sha256sum "$root" | cut -d' ' -f1)
for line in "profile: example-ngo" "name: Welcome Desk Rights" "application id: org.example.WelcomeDeskRights" \
            "accent: #4a2c7a" "rail: #ece6f4" \
            "mirror: https://content.example.org/rights/" "mirror: https://mirror.example.net/rights/" \
            "vault: not offered" "trusted root: sha256 $root_sha"; do
    grep -qxF "$line" <<<"$example_profile" || fail "the example build does not say '$line'"
    if grep -qxF "$line" <<<"$generic_profile"; then
        fail "the generic build ($generic) says '$line' too: the profiles are not different"
    fi
done

say "--self-test: every page but the vault's loads; the vault's are refused"
"$example" --self-test >"$work/self-test.log" 2>&1 || { cat "$work/self-test.log"; fail "self-test"; }
cat "$work/self-test.log"
grep -Eq '^self-test: ok, [0-9]+ pages loaded, [1-9][0-9]* vault pages refused' "$work/self-test.log" \
    || fail "the example build did not refuse the vault pages"
# The example build bundles the packs signed with the build's throwaway keys (content/CMakeLists.txt),
# not with the example NGO's: the app, which pins the example's root, must refuse them and say so.
grep -Eq 'notice shown to the user: The bundled content.*(could not be installed|not accepted)' "$work/self-test.log" \
    || fail "the example build installed content that is not signed under its pinned root"

say "content signed with the default keys is refused by the example's pinned root (rcpack verify)"
rcpack=$work/bin/rcpack
signed=$(find "$main/share/rights-companion" -type d -name metadata 2>/dev/null | head -n 1 || true)
if [ -n "$signed" ]; then
    repo=$(dirname "$signed")
    echo "using the repository the default build bundles: $repo"
else
    # No signed repository in the default build (yet): sign the same content with a fresh set of keys,
    # standing in for the default ones. What matters is that they are not the example NGO's.
    repo=$work/default-signed/repo
    rm -rf "$work/default-signed"
    "$rcpack" keygen --keys "$work/default-signed/keys" >/dev/null
    "$rcpack" publish "$source_dir/content/nl" --repo "$repo" --keys "$work/default-signed/keys" >/dev/null
    echo "the default build bundles no signed repository: signed content/nl with fresh keys in $repo"
fi
"$rcpack" verify --repo "$repo" --root "$repo/metadata/1.root.json" --offline-media \
    || fail "the repository does not verify against its own root"
if "$rcpack" verify --repo "$repo" --root "$root" --offline-media >"$work/refused.log" 2>&1; then
    cat "$work/refused.log"
    fail "the example's pinned root accepted content signed with other keys"
fi
echo "refused: $(cat "$work/refused.log")"
echo "example profile: all checks passed"
