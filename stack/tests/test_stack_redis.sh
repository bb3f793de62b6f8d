#!/usr/bin/env bash
# Checks: Redis answers on TPP_REDIS_URL with the seeded keys, and a
# `redis-cli --rdb FILE` backup (the guide's backup path) writes an RDB file.
set -euo pipefail
. "$(dirname "$0")/../lib/testing.sh"
use_stack --users 200 --pods 20

[ "$(redis-cli -u "$TPP_REDIS_URL" PING)" = PONG ] || fail "redis does not answer PING"
[ -n "$(redis-cli -u "$TPP_REDIS_URL" GET platform:version)" ] || fail "seeded key platform:version missing"
tmp=$(mktemp -d); at_exit "rm -rf '$tmp'"
redis-cli -u "$TPP_REDIS_URL" --rdb "$tmp/redis.rdb" >/dev/null 2>&1 || fail "redis-cli --rdb failed"
[ -s "$tmp/redis.rdb" ] || fail "no RDB file written"
[ "$(head -c 5 "$tmp/redis.rdb")" = REDIS ] || fail "the backup is not an RDB file"
pass "seeded keys and an RDB backup of $(stat -c %s "$tmp/redis.rdb") bytes"
