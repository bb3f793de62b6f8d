#!/usr/bin/env bash
# CTest fixture "stack": one local platform shared by the integration tests.
# A folder left by an interrupted run is stopped and purged first, so a new
# run never trips over the last one.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:?usage: $0 DIR}
if [ -e "$dir" ]; then
    "$root/stack/down" "$dir" --purge >/dev/null 2>&1 || true
    rm -rf "$dir"
fi
exec "$root/stack/up" --dir "$dir"
