#!/usr/bin/env bash
# Builds the .deb with CPack, checks its metadata and file list with dpkg-deb,
# unpacks it into a temporary root and runs the unpacked binary's --version.
set -euo pipefail
build=${1:?usage: $0 BUILD_DIR VERSION}
version=${2:?usage: $0 BUILD_DIR VERSION}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" > cpack.log 2>&1) ||
    { cat "$work/cpack.log" >&2; echo "FAIL: cpack" >&2; exit 1; }
deb=$(find "$work" -maxdepth 1 -name 'tpp-console_*.deb' | head -n 1)
[ -n "$deb" ] || { echo "FAIL: no .deb produced" >&2; exit 1; }
echo "built $(basename "$deb")"

info=$(dpkg-deb -I "$deb")
grep -q "^ Package: tpp-console$" <<<"$info" || { echo "FAIL: package name" >&2; exit 1; }
grep -q "^ Version: $version$" <<<"$info" || { echo "FAIL: version is not $version" >&2; echo "$info" >&2; exit 1; }
depends=$(grep '^ Depends:' <<<"$info")
# What the binary links is found by dpkg-shlibdeps; what it loads at run time is declared.
for dep in libqt6core6 libqt6widgets6 libqt6keychain1 libyaml-cpp qt6-qpa-plugins libsecret-1-0 libqt6sql6-psql; do
    grep -q "$dep" <<<"$depends" || { echo "FAIL: Depends lacks $dep: $depends" >&2; exit 1; }
done

files=$(dpkg-deb -c "$deb")
for f in ./usr/bin/tpp-console ./usr/share/applications/tpp-console.desktop \
         ./usr/share/icons/hicolor/scalable/apps/tpp-console.svg \
         ./usr/share/metainfo/io.terminalpp.Console.metainfo.xml; do
    grep -q " $f\$" <<<"$files" || { echo "FAIL: $f missing from the package" >&2; echo "$files" >&2; exit 1; }
done

dpkg-deb -x "$deb" "$work/root"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/root/usr/share/applications/tpp-console.desktop"
fi
out=$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/tpp-console" --version)
[ "$out" = "tpp-console $version" ] || { echo "FAIL: --version printed '$out'" >&2; exit 1; }
echo "ok: unpacked binary says '$out'"
