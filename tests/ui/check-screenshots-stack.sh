#!/usr/bin/env bash
# The console on the running stack/ platform (TPP_STACK_DIR), under Xvfb: the
# profile is imported from the stack's profile.ini, the database password is
# in the stack's Secret Service (stored as QtKeychain stores it), and every
# page must reach "ready" — the database pages only once their first page of
# rows (or an error) is in; --screenshot exits non-zero otherwise. The
# pictures stay in OUT_DIR for people to look at.
set -euo pipefail
bin=${1:?usage: $0 TPP_CONSOLE OUT_DIR}
out=${2:?usage: $0 TPP_CONSOLE OUT_DIR}
: "${TPP_STACK_DIR:?TPP_STACK_DIR must name a running stack}"
# shellcheck disable=SC1091
source "$TPP_STACK_DIR/stack.env"
home=$(mktemp -d); trap 'rm -rf "$home"' EXIT
rm -rf "$out"; mkdir -p "$out"
export HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share
export DBUS_SESSION_BUS_ADDRESS=$TPP_DBUS_ADDRESS
printf '%s' "$TPP_PG_PASSWORD" | secret-tool store --label="tpp-console local-stack/db-password" \
    user local-stack/db-password server tpp-console type plaintext
xvfb-run -a -s "-screen 0 1600x1000x24" "$bin" --import-profile "$TPP_STACK_DIR/profile.ini" \
    --profile local-stack --theme light --screenshot "$out" > "$out/run.log" 2>&1 ||
    { cat "$out/run.log" >&2; echo "FAIL: a page did not load on the stack" >&2; exit 1; }
count=$(find "$out" -name '*.png' | wc -l)
[ "$count" -eq 9 ] || { echo "FAIL: $count pictures, expected 9" >&2; exit 1; }
echo "ok: $count pages loaded against the stack; pictures in $out"
