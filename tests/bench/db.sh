#!/usr/bin/env bash
# scripts/bench db: keyset paging through PlatformDb vs. psql running the same
# page with OFFSET, on a stack with 100,000 users (1M sessions), and the RSS
# growth of scrolling 100,000 rows. Uses $TPP_STACK_DIR when given, else starts
# (and afterwards stops) its own stack. Not a test: it measures and prints.
# Env: TPP_STACK_DIR, TPP_BUILD_DIR (default build/ci, else build/dev), TPP_BENCH_USERS.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs=20
limit=200

build=${TPP_BUILD_DIR:-}
if [ -z "$build" ]; then
    for b in "$root/build/ci" "$root/build/dev"; do
        [ -f "$b/CMakeCache.txt" ] && { build=$b; break; }
    done
fi
[ -n "$build" ] || { cmake --preset dev -S "$root" >/dev/null; build=$root/build/dev; }
cmake --build "$build" --target bench_db >/dev/null
bench="$build/tests/db/bench/bench_db"

own=""
if [ -z "${TPP_STACK_DIR:-}" ]; then
    own=$(mktemp -d /tmp/tpp-bench-db.XXXXXX)
    echo "bench db: starting a stack with ${TPP_BENCH_USERS:-100000} users in $own" >&2
    "$root/stack/up" --dir "$own" --users "${TPP_BENCH_USERS:-100000}" >"$own.log" 2>&1 ||
        { tail -n 30 "$own.log" >&2; exit 1; }
    trap '"$root/stack/down" "$own" >/dev/null 2>&1 || true' EXIT
    export TPP_STACK_DIR=$own
fi
# shellcheck disable=SC1091
. "$TPP_STACK_DIR/stack.env"
psql_bin="${TPP_PG_BIN:-/usr/lib/postgresql/15/bin}/psql"
export PGPASSWORD=$TPP_PG_PASSWORD
pq() { "$psql_bin" -X -q -h "$TPP_PG_HOST" -p "$TPP_PG_PORT" -U "$TPP_PG_USER" -d "$TPP_PG_DB" "$@"; }

out=$(mktemp); trap 'rm -f "$out"; [ -z "$own" ] || "$root/stack/down" "$own" >/dev/null 2>&1 || true' EXIT
"$bench" | tee "$out" >&2
val() { sed -n "s/^$1=//p" "$out" | tail -n 1; }
rows=$(val rows)

# The same page as PlatformDb's sessions page (columns, join, order), by OFFSET:
# p50 of 20 runs in one psql session, \timing = the query's round trip.
offset_p50() {
    local offset=$1
    {
        echo '\timing on'
        echo '\o /dev/null'
        for _ in $(seq 0 "$runs"); do
            echo "SELECT s.id, s.user_id, u.email AS user_email, s.sandbox_id, s.created_at,
                  s.expires_at, (s.expires_at > now()) AS active, s.last_activity,
                  host(s.ip_address) AS ip_address, s.user_agent
                  FROM sessions s LEFT JOIN users u ON u.id = s.user_id
                  ORDER BY s.created_at DESC, s.id DESC OFFSET $offset LIMIT $limit;"
        done
    } | pq 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n "$runs" | sort -g |
        awk '{v[NR]=$1} END {printf "%.2f", (v[int((NR+1)/2)] + v[int(NR/2)+1]) / 2}'
}
offset_mid=$(offset_p50 $(( rows / 2 )))
offset_last=$(offset_p50 $(( rows > limit ? rows - limit : 0 )))
echo "offset_mid_ms=$offset_mid offset_last_ms=$offset_last (psql, OFFSET, p50 of $runs)" >&2

first=$(val first_ms); mid=$(val mid_ms); last=$(val last_ms)
ratio=$(awk -v o="$offset_last" -v l="$last" 'BEGIN{printf "%.0f", (l > 0 ? o / l : 0)}')
echo "sessions: $rows rows, pages of $limit; window: $(val window); scrolled $(val scrolled) rows," \
     "RSS $(val rss_base_mb) -> $(val rss_end_mb) MB" >&2
echo "db: first=$first mid=$mid last=$last ms  offset_last=$offset_last ms  ratio=$ratio  rss_growth=$(val rss_growth_mb) MB"
