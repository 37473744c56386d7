#!/bin/sh
# Fails when any C++ file differs from .clang-format. Fix with:
#   clang-format -i $(find app tests bench -name '*.cpp' -o -name '*.h')
set -eu
cd "$(dirname "$0")/../.."
find app tests bench \( -name '*.cpp' -o -name '*.h' \) -print | sort | xargs clang-format --dry-run --Werror
echo "clang-format: all files formatted"
