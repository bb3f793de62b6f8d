#!/usr/bin/env bash
# The core and the models must never need QtWidgets (DESIGN.md, "Layers"):
# every core/model test binary is checked for a QtWidgets entry in its
# dynamic section, directly or through a library it loads.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 BINARY…" >&2; exit 2; }
bad=0
for binary in "$@"; do
    [ -x "$binary" ] || { echo "missing test binary: $binary" >&2; bad=1; continue; }
    if readelf -d "$binary" | grep -E 'NEEDED.*libQt6(Widgets|Charts)' ; then
        echo "FAIL: $binary links QtWidgets/QtCharts" >&2; bad=1
    elif ldd "$binary" | grep -E 'libQt6(Widgets|Charts)'; then
        echo "FAIL: $binary loads QtWidgets/QtCharts through a dependency" >&2; bad=1
    else
        echo "ok: $(basename "$binary") has no QtWidgets"
    fi
done
exit $bad
