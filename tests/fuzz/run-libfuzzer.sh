#!/usr/bin/env bash
# Builds libFuzzer targets with clang in a build folder of their own and runs each for a while.
#   run-libfuzzer.sh SOURCE_DIR BUILD_DIR SECONDS TARGET...
# The main build may use gcc; libFuzzer needs clang (and Debian's libclang-rt-14-dev). Each target runs
# from the seeds in tests/data/fuzz/<target> (if any) for SECONDS, and fails the test on the first crash,
# leak, sanitizer report or timeout, leaving the input that caused it in BUILD_DIR/findings.
set -euo pipefail
source_dir=$1
build_dir=$2
seconds=$3
shift 3

cmake -S "$source_dir" -B "$build_dir" -G Ninja \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" --target "$@"

mkdir -p "$build_dir/findings"
for target in "$@"; do
    corpus="$build_dir/corpus/$target"
    mkdir -p "$corpus"
    seeds=()
    [ -d "$source_dir/tests/data/fuzz/$target" ] && seeds=("$source_dir/tests/data/fuzz/$target")
    echo "== $target: ${seconds}s"
    "$build_dir/tests/$target" "$corpus" "${seeds[@]}" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$build_dir/findings/$target-" -print_final_stats=1 2>&1 | tail -n 15
done
echo "libFuzzer: all targets ran clean"
