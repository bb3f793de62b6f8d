#!/usr/bin/env bash
# Checks: the Secret Service (gnome-keyring on the stack's own D-Bus) answers
# secret-tool store, lookup and clear on TPP_DBUS_ADDRESS.
set -euo pipefail
. "$(dirname "$0")/../lib/testing.sh"
use_stack --users 200 --pods 20
export DBUS_SESSION_BUS_ADDRESS=$TPP_DBUS_ADDRESS

key="test-$$-$RANDOM"; secret="s3cret-$RANDOM with spaces"
at_exit "DBUS_SESSION_BUS_ADDRESS='$TPP_DBUS_ADDRESS' secret-tool clear service tpp-stack-test account '$key' 2>/dev/null"
printf '%s' "$secret" | timeout 20 secret-tool store --label="Terminal++ stack test" service tpp-stack-test account "$key" \
    || fail "secret-tool store failed"
got=$(timeout 20 secret-tool lookup service tpp-stack-test account "$key") || fail "secret-tool lookup failed"
[ "$got" = "$secret" ] || fail "lookup returned '$got'"
timeout 20 secret-tool clear service tpp-stack-test account "$key" || fail "secret-tool clear failed"
if got=$(timeout 20 secret-tool lookup service tpp-stack-test account "$key" 2>/dev/null) && [ -n "$got" ]; then
    fail "secret still there after clear"
fi
pass "store, lookup, clear"
