#!/usr/bin/env bash
# Checks: stack/up (own small stack) writes stack.env with every contract
# variable, kubeconfig and profile.ini, and its services run; stack/down then
# leaves no process of that stack (pid files and pgrep on the folder), and
# a second stack/down is a no-op.
set -euo pipefail
. "$(dirname "$0")/../lib/testing.sh"

t0=$SECONDS
DIR=$(start_own_stack --users 300 --pods 30)
OWN_STACKS+=("$DIR")
say "up took $((SECONDS - t0)) s: $DIR"
[ -f "$DIR/stack.env" ] || fail "no stack.env"
set -a; . "$DIR/stack.env"; set +a
for v in TPP_STACK_DIR TPP_KUBECONFIG TPP_KUBE_URL TPP_KUBE_CA TPP_KUBE_TOKEN_ADMIN TPP_KUBE_TOKEN_VIEWER \
         TPP_KUBE_TOKEN_SUPPORT TPP_SIM_URL TPP_PG_HOST TPP_PG_PORT TPP_PG_DB TPP_PG_SUPERUSER \
         TPP_PG_SUPERPASSWORD TPP_PG_USER TPP_PG_PASSWORD TPP_PG_DSN TPP_PG_BIN TPP_REDIS_URL TPP_REDIS_PORT \
         TPP_PROMETHEUS_URL TPP_ALERTMANAGER_URL TPP_NODE_EXPORTER_URL TPP_PG_EXPORTER_URL \
         TPP_REDIS_EXPORTER_URL TPP_SSH_HOST TPP_SSH_PORT TPP_SSH_USER TPP_SSH_KEY TPP_SSH_KEY_PUB \
         TPP_SSH_HOST_KEY_PUB TPP_SSH_HOST_FINGERPRINT TPP_SSH_KNOWN_HOSTS TPP_DBUS_ADDRESS TPP_BACKUP_DIR; do
    [ -n "${!v:-}" ] || fail "stack.env lacks $v"
done
[ "$TPP_STACK_DIR" = "$DIR" ] || fail "TPP_STACK_DIR is $TPP_STACK_DIR, not $DIR"
for f in "$TPP_KUBECONFIG" "$TPP_KUBE_CA" "$TPP_SSH_KEY" "$TPP_SSH_KNOWN_HOSTS" "$DIR/profile.ini"; do
    [ -s "$f" ] || fail "missing file $f"
done
grep -q "^dbPort=$TPP_PG_PORT\$" "$DIR/profile.ini" || fail "profile.ini has not dbPort=$TPP_PG_PORT"
grep -q "^kubeContext=tpp-admin\$" "$DIR/profile.ini" || fail "profile.ini kubeContext"
! grep -qi -e password -e "$TPP_PG_PASSWORD" "$DIR/profile.ini" || fail "profile.ini holds a secret"
for u in "$TPP_PROMETHEUS_URL/-/ready" "$TPP_ALERTMANAGER_URL/-/ready" "$TPP_NODE_EXPORTER_URL/metrics" \
         "$TPP_PG_EXPORTER_URL/metrics" "$TPP_REDIS_EXPORTER_URL/metrics" "$TPP_SIM_URL/health"; do
    curl -sf -o /dev/null "$u" || fail "$u does not answer"
done
"$TESTS_STACK_SRC/ctl" "$DIR" status | grep -w stopped && fail "a service is stopped after up"

"$TESTS_STACK_SRC/down" "$DIR" 2>/dev/null || fail "stack/down failed"
left=$(stack_leftovers "$DIR")
[ -z "$left" ] || fail "processes left after down: $left"
for port in $TPP_PG_PORT $TPP_REDIS_PORT $TPP_SSH_PORT ${TPP_PROMETHEUS_URL##*:} ${TPP_SIM_URL##*:}; do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && fail "port $port still listening after down"
done
"$TESTS_STACK_SRC/down" "$DIR" 2>/dev/null || fail "second stack/down failed"
[ -f "$DIR/stack.env" ] || fail "down without --purge removed the folder's files"
pass "up, down, nothing left"
