# PostgreSQL 15 for the stack: a private cluster in $DIR/pg, TCP on
# 127.0.0.1 only (no unix socket, so nothing collides in /var/run/postgresql
# and no socket path length limit applies to long stack folders).
# Sourced after common.sh.

ensure_pg_osuser() {
    is_root || return 0
    if ! getent passwd "$STACK_PG_OSUSER" >/dev/null; then
        # --system: no login, no aging; two parallel first runs may race here.
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
            "$STACK_PG_OSUSER" 2>/dev/null || getent passwd "$STACK_PG_OSUSER" >/dev/null \
            || die "cannot create system user $STACK_PG_OSUSER"
    fi
}

# pg_init PGDIR PORT SUPERUSER SUPERPASSWORD
pg_init() {
    local pgdir=$1 port=$2 su=$3 supw=$4
    mkdir -p "$pgdir"
    is_root && chown "$STACK_PG_OSUSER:" "$pgdir"
    chmod 700 "$pgdir"
    printf '%s\n' "$supw" >"$pgdir/pwfile"
    is_root && chown "$STACK_PG_OSUSER:" "$pgdir/pwfile"
    as_pg "$PG_BIN/initdb" -D "$pgdir/data" -U "$su" --pwfile="$pgdir/pwfile" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$pgdir/initdb.log" 2>&1 \
        || { cat "$pgdir/initdb.log" >&2; die "initdb failed"; }
    rm -f "$pgdir/pwfile"
    # Settings for a throwaway single-node platform that loads millions of
    # rows at start: wal_level=minimal lets rows of tables created in the
    # loading transaction skip the WAL (the tables stay logged afterwards),
    # and big WAL/checkpoint limits keep checkpoints out of the load.
    cat >>"$pgdir/data/postgresql.conf" <<CONF

# --- stack/lib/postgres.sh ---
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
max_connections = 100
shared_buffers = 256MB
work_mem = 32MB
maintenance_work_mem = 512MB
max_parallel_maintenance_workers = 0
wal_level = minimal
max_wal_senders = 0
synchronous_commit = off
max_wal_size = 8GB
checkpoint_timeout = 30min
logging_collector = off
log_line_prefix = '%m [%p] %u@%d '
log_min_duration_statement = -1
timezone = 'UTC'
CONF
}

pg_start() {
    local pgdir=$1 logf=$2
    touch "$logf"; is_root && chown "$STACK_PG_OSUSER:" "$logf"
    as_pg "$PG_BIN/pg_ctl" -D "$pgdir/data" -l "$logf" -w -t 60 start >/dev/null \
        || { tail -n 30 "$logf" >&2; die "postgres did not start (log: $logf)"; }
}

pg_stop() {
    local pgdir=$1
    [ -f "$pgdir/data/postmaster.pid" ] || return 0
    local pid; pid=$(head -n1 "$pgdir/data/postmaster.pid" 2>/dev/null || true)
    as_pg "$PG_BIN/pg_ctl" -D "$pgdir/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
    if pid_alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
}
