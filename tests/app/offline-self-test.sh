#!/bin/sh
# Offline first is tested, not assumed: run the self-test in a network namespace with no interfaces
# but loopback-down. Where the system does not allow new namespaces, say so and skip (exit 77).
app="$1"
if ! unshare -n true 2>/dev/null; then
    echo "offline self-test: this system does not allow a network namespace (unshare -n); skipped"
    exit 77
fi
exec unshare -n "$app" --self-test
