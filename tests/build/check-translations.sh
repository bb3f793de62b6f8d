#!/usr/bin/env bash
# Fails when translations/tpp-console_de.ts is stale against the sources (a
# string was added, changed or removed without running scripts/update-translations)
# or when an entry is unfinished. Uses the same lupdate options as CMake.
set -euo pipefail
src=${1:?usage: $0 SOURCE_DIR}
lupdate=$(command -v lupdate || true)
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || { echo "lupdate not found (qt6-l10n-tools)" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/tpp-console_de.ts" "$tmp/current.ts"
(cd "$src" && "$lupdate" -silent -locations none -no-obsolete app models ui -ts "$tmp/current.ts")
if ! diff -u "$src/translations/tpp-console_de.ts" "$tmp/current.ts" > "$tmp/diff"; then
    echo "FAIL: translations/tpp-console_de.ts is stale; run scripts/update-translations" >&2
    head -n 60 "$tmp/diff" >&2
    exit 1
fi
unfinished=$(grep -c 'type="unfinished"' "$src/translations/tpp-console_de.ts" || true)
if [ "$unfinished" != 0 ]; then
    echo "FAIL: $unfinished German entries are unfinished" >&2
    grep -B3 'type="unfinished"' "$src/translations/tpp-console_de.ts" | grep '<source>' | head -n 20 >&2
    exit 1
fi
echo "ok: German translation is current and complete ($(grep -c '<source>' "$src/translations/tpp-console_de.ts") strings)"
