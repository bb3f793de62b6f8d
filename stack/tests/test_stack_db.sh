#!/usr/bin/env bash
# Checks: as tpp_console (TPP_PG_DSN) the generated rows are visible in every
# platform table in the expected proportions (N users and sandboxes, 10N
# sessions with some active, 100N commands in monthly partitions, file
# versions), the guide's and the paging indexes exist, and the role may
# not INSERT/UPDATE/DELETE/TRUNCATE platform rows but may create its own
# table in its schema (dropped again).
set -euo pipefail
. "$(dirname "$0")/../lib/testing.sh"
use_stack --users 500 --pods 50

q() { console_psql -At -c "$1"; }
n_users=$(q "SELECT count(*) FROM users")
[ "$n_users" -gt 0 ] || fail "no users visible"
for t in sandboxes sessions command_history file_versions; do
    n=$(q "SELECT count(*) FROM $t")
    [ "$n" -gt 0 ] || fail "no rows visible in $t"
    say "$t: $n rows"
done
# Proportions of the generator (the simulator's churn may move a few rows).
read -r sb se ch fv <<<"$(q "SELECT (SELECT count(*) FROM sandboxes), (SELECT count(*) FROM sessions),
    (SELECT count(*) FROM command_history), (SELECT count(*) FROM file_versions)" | tr '|' ' ')"
[ "$se" -ge $((9 * n_users)) ] || fail "sessions $se < 9 x users $n_users"
[ "$ch" -ge $((90 * n_users)) ] || fail "commands $ch < 90 x users $n_users"
[ "$fv" -ge "$n_users" ] || fail "file_versions $fv < users $n_users"
active=$(q "SELECT count(*) FROM sessions WHERE expires_at > now()")
[ "$active" -gt 0 ] && [ "$active" -lt "$se" ] || fail "active sessions: $active of $se"
running=$(q "SELECT count(*) FROM sandboxes WHERE status = 'running'")
[ "$running" -gt 0 ] || fail "no running sandboxes"
for s in stopped terminated error; do
    [ "$(q "SELECT count(*) FROM sandboxes WHERE status = '$s'")" -gt 0 ] || fail "no $s sandboxes"
done
dups=$(q "SELECT count(*) - count(DISTINCT email) FROM users")
[ "$dups" = 0 ] || fail "duplicate e-mails"
span=$(q "SELECT extract(day FROM max(executed_at) - min(executed_at))::int FROM command_history")
[ "$span" -ge 150 ] || fail "command history spans only $span days"

parts=$(q "SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
           WHERE i.inhparent = 'command_history'::regclass AND c.relname ~ '^command_history_y[0-9]{4}m[0-9]{2}\$'")
[ "$parts" -ge 7 ] || fail "command_history has $parts monthly partitions"
next=$(q "SELECT count(*) FROM pg_class WHERE relname = to_char(now() + interval '1 month', '\"command_history_y\"YYYY\"m\"MM')")
[ "$next" = 1 ] || fail "no partition for next month"
for idx in idx_sessions_user_id idx_sessions_sandbox_id idx_sessions_expires_at idx_command_history_session_id \
           idx_command_history_executed_at idx_sandboxes_user_id idx_sandboxes_status idx_sandboxes_last_accessed \
           idx_file_versions_sandbox_id idx_file_versions_file_path idx_sessions_created_at_id \
           idx_command_history_executed_at_id idx_sandboxes_last_accessed_id users_email_key; do
    [ "$(q "SELECT count(*) FROM pg_indexes WHERE indexname = '$idx'")" = 1 ] || fail "index $idx missing"
done

denied() {
    local out
    if out=$(console_psql -c "$1" 2>&1); then fail "tpp_console may: $1"; fi
    grep -q "permission denied" <<<"$out" || fail "unexpected error for '$1': $out"
}
denied "UPDATE sandboxes SET status = 'stopped' WHERE id = (SELECT id FROM sandboxes LIMIT 1)"
denied "DELETE FROM command_history WHERE id = (SELECT min(id) FROM command_history)"
denied "DELETE FROM users WHERE id = (SELECT id FROM users LIMIT 1)"
denied "INSERT INTO users (id, email, name) VALUES (gen_random_uuid(), 'x@example.com', 'x')"
denied "TRUNCATE file_versions"
denied "CREATE TABLE public.not_allowed (x int)"

table="admin_audit_test_$$"
at_exit "console_psql -c 'DROP TABLE IF EXISTS $table' >/dev/null 2>&1"
console_psql -c "CREATE TABLE $table (id bigserial PRIMARY KEY, actor text, action text, at timestamptz DEFAULT now())" \
    || fail "tpp_console cannot create its own table"
schema=$(q "SELECT schemaname FROM pg_tables WHERE tablename = '$table'")
[ "$schema" = tpp_console ] || fail "the console's table landed in schema '$schema'"
console_psql -c "INSERT INTO $table (actor, action) VALUES ('test', 'check')" || fail "cannot write own table"
console_psql -c "DROP TABLE $table" || fail "cannot drop own table"
pass "rows visible, read-only platform tables, own schema writable"
