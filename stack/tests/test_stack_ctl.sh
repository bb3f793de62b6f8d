#!/usr/bin/env bash
# Checks: stack/ctl help lists its verbs, env prints stack.env, status shows
# every service running, psql runs as the console role, and stop/start of a
# service (redis-exporter, then redis) stops and restarts it.
set -euo pipefail
. "$(dirname "$0")/../lib/testing.sh"
use_stack --users 200 --pods 20
ctl() { "$TESTS_STACK_SRC/ctl" "$STACK_DIR" "$@"; }

help=$(ctl help)
for verb in alert fault churn stop start status env psql; do grep -qw "$verb" <<<"$help" || fail "help lacks $verb"; done
grep -q "^TPP_PG_PORT=$TPP_PG_PORT\$" <<<"$(ctl env)" || fail "env does not print stack.env"
st=$(ctl status)
[ "$(grep -c ' running ' <<<"$st")" -eq 10 ] || fail "status: $st"
[ "$(ctl psql -At -c 'SELECT current_user')" = tpp_console ] || fail "ctl psql is not the console role"

for svc in redis-exporter redis; do
    at_exit "'$TESTS_STACK_SRC/ctl' '$STACK_DIR' start $svc >/dev/null 2>&1"
    ctl stop "$svc" 2>/dev/null
    grep -q "^$svc *stopped" <<<"$(ctl status)" || fail "$svc not stopped"
    ctl start "$svc" 2>/dev/null
    grep -q "^$svc *running" <<<"$(ctl status)" || fail "$svc not running again"
done
[ "$(redis-cli -u "$TPP_REDIS_URL" PING)" = PONG ] || fail "redis does not answer after restart"
curl -sf -o /dev/null "$TPP_REDIS_EXPORTER_URL/metrics" || fail "redis-exporter does not answer after restart"
pass "help, env, status, psql, stop/start"
