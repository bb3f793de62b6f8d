#!/usr/bin/env bash
# Runs the real binary under Xvfb with --screenshot, in both palettes, in a
# throw-away HOME, and checks that every page was written as a 1280×800 PNG
# that is not blank. The pictures stay in OUT_DIR for people to look at.
set -euo pipefail
bin=${1:?usage: $0 TPP_CONSOLE OUT_DIR}
out=${2:?usage: $0 TPP_CONSOLE OUT_DIR}
command -v xvfb-run >/dev/null || { echo "xvfb-run is not installed (package xvfb)" >&2; exit 1; }
command -v identify >/dev/null || { echo "identify is not installed (package imagemagick)" >&2; exit 1; }
home=$(mktemp -d); trap 'rm -rf "$home"' EXIT
rm -rf "$out"; mkdir -p "$out"
expected=9
for theme in light dark; do
    HOME=$home XDG_CONFIG_HOME=$home/.config DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
        xvfb-run -a -s "-screen 0 1600x1000x24" "$bin" --theme "$theme" --screenshot "$out/$theme" \
        > "$out/$theme.log" 2>&1 || { cat "$out/$theme.log" >&2; echo "FAIL: $theme run failed" >&2; exit 1; }
    count=$(find "$out/$theme" -name '*.png' | wc -l)
    [ "$count" -eq "$expected" ] || { echo "FAIL: $theme: $count pictures, expected $expected" >&2; exit 1; }
    for png in "$out/$theme"/*.png; do
        read -r w h colours < <(identify -format '%w %h %k\n' "$png")
        [ "$w" = 1280 ] && [ "$h" = 800 ] || { echo "FAIL: $png is ${w}x${h}" >&2; exit 1; }
        # A real page has text, icons and anti-aliasing: hundreds of colours.
        [ "$colours" -gt 50 ] || { echo "FAIL: $png looks blank ($colours colours)" >&2; exit 1; }
    done
    echo "ok: $theme: $count pages in $out/$theme"
done
