#!/usr/bin/env bash
# Checks: each of the guide's five alerts fires in Alertmanager after
# `stack/ctl DIR alert NAME fire` (all five at once; their `for:` is up to
# 5 min, so this waits up to ~9 min), then, after `... clear`, each leaves
# Prometheus's firing list (the 5-minute rate windows take up to ~5 min to
# forget the injected errors and slow requests). Clears everything it fired.
set -euo pipefail
. "$(dirname "$0")/../lib/testing.sh"
use_stack --users 1000 --pods 100
ALERTS="HighErrorRate HighResponseTime TooManySandboxes ContainerResourceExhaustion DatabaseConnectionFailure"
FIRE_TIMEOUT=${TPP_ALERT_FIRE_TIMEOUT:-540}
CLEAR_TIMEOUT=${TPP_ALERT_CLEAR_TIMEOUT:-480}
ctl() { "$TESTS_STACK_SRC/ctl" "$STACK_DIR" "$@"; }

for a in $ALERTS; do at_exit "'$TESTS_STACK_SRC/ctl' '$STACK_DIR' alert $a clear >/dev/null 2>&1"; done
for a in $ALERTS; do ctl alert "$a" fire 2>/dev/null >/dev/null || fail "ctl alert $a fire failed"; done
t0=$SECONDS
say "fired all five; waiting for Alertmanager (up to ${FIRE_TIMEOUT}s)"

am_active() {
    curl -sf "$TPP_ALERTMANAGER_URL/api/v2/alerts?active=true&silenced=false&inhibited=false" \
        | jq -r '.[] | select(.status.state == "active") | .labels.alertname' | sort -u
}
all_active() {
    local got; got=$(am_active)
    for a in $ALERTS; do grep -qx "$a" <<<"$got" || return 1; done
}
last=""
wait_fire() {
    local got; got=$(am_active | tr '\n' ' ')
    [ "$got" != "$last" ] && say "after $((SECONDS - t0)) s active in Alertmanager: ${got:-none}"
    last=$got
    all_active
}
poll "$FIRE_TIMEOUT" 10 wait_fire || fail "not all five alerts active in Alertmanager after ${FIRE_TIMEOUT}s (active: $(am_active | tr '\n' ' '))"
say "all five active in Alertmanager after $((SECONDS - t0)) s"

for a in $ALERTS; do ctl alert "$a" clear 2>/dev/null >/dev/null || fail "ctl alert $a clear failed"; done
t1=$SECONDS
prom_firing() {
    curl -sf "$TPP_PROMETHEUS_URL/api/v1/alerts" | jq -r '.data.alerts[] | select(.state == "firing") | .labels.alertname' | sort -u
}
wait_clear() {
    local got; got=$(prom_firing | grep -xF -f <(tr ' ' '\n' <<<"$ALERTS") | tr '\n' ' ' || true)
    [ "$got" != "$last" ] && say "after $((SECONDS - t1)) s still firing: ${got:-none}"
    last=$got
    [ -z "$got" ]
}
last="-"
poll "$CLEAR_TIMEOUT" 10 wait_clear || fail "alerts still firing ${CLEAR_TIMEOUT}s after clear: $(prom_firing | tr '\n' ' ')"
pass "all five fired in Alertmanager and resolved after clear ($((t1 - t0)) s to fire, $((SECONDS - t1)) s to clear)"
