#!/bin/sh
# The generated AppStream metainfo: appstreamcli validates it (offline, warnings count as failures),
# every screenshot it names exists in the repository, and its newest release is the project version.
#   check-metainfo.sh METAINFO SOURCE_DIR VERSION
set -eu
metainfo=$1
source_dir=$2
version=$3
command -v appstreamcli >/dev/null || { echo "appstreamcli is not installed: run ./dev (Debian: appstream)"; exit 1; }
status=0
appstreamcli validate --no-net --explain "$metainfo" || status=1

screenshots=$(sed -n 's|.*<image[^>]*>[^<]*/\(packaging/screenshots/[^<]*\)</image>.*|\1|p' "$metainfo")
[ -n "$screenshots" ] || { echo "no screenshots in $metainfo"; status=1; }
for shot in $screenshots; do
    if [ -f "$source_dir/$shot" ]; then
        echo "screenshot present: $shot"
    else
        echo "screenshot missing from the repository: $shot"; status=1
    fi
done

newest=$(sed -n 's|.*<release version="\([^"]*\)".*|\1|p' "$metainfo" | head -n 1)
if [ "$newest" != "$version" ]; then
    echo "the newest <release> is '$newest' but the project version is $version: add a release to packaging/linux/metainfo.xml.in"
    status=1
fi
[ $status = 0 ] && echo "metainfo: valid, $(echo "$screenshots" | wc -l) screenshots present, release $version"
exit $status
