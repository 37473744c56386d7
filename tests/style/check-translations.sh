#!/bin/sh
# Fails unless the interface exists in all twelve languages, completely: every .ts file present, no
# unfinished message and no empty plural form, and `update_translations` (lupdate over the sources)
# changes nothing, i.e. no string in the code is missing from the files.
#   check-translations.sh BUILD_DIR
set -eu
build_dir=$1
cd "$(dirname "$0")/../.."
status=0
for code in en nl ar fa prs ps ti tr ckb so uk fr; do
    file=translations/rights-companion_$code.ts
    if [ ! -f "$file" ]; then
        echo "missing: $file"; status=1; continue
    fi
    unfinished=$(grep -c 'type="unfinished"' "$file" || true)
    empty=$(grep -c '<numerusform></numerusform>' "$file" || true)
    if [ "$unfinished" != 0 ] || [ "$empty" != 0 ]; then
        echo "$file: $unfinished unfinished message(s), $empty empty plural form(s)"; status=1
    fi
done
saved=$(mktemp -d)
cp translations/*.ts "$saved/"
cmake --build "$build_dir" --target update_translations >/dev/null 2>&1 || { echo "update_translations failed"; status=1; }
for file in translations/*.ts; do
    if ! cmp -s "$file" "$saved/$(basename "$file")"; then
        echo "$file: update_translations changes it (strings added or removed in the code); run it and translate"
        diff "$saved/$(basename "$file")" "$file" | head -20
        cp "$saved/$(basename "$file")" "$file"
        status=1
    fi
done
rm -rf "$saved"
[ $status = 0 ] && echo "translations: 12 languages, complete and up to date"
exit $status
