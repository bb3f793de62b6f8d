# Start functions for every service of a stack. Sourced after common.sh and
# postgres.sh with DIR set and stack.env loaded (TPP_* variables), so that
# `up` and `ctl start SERVICE` start a service the same way.

SERVICES="postgres redis node-exporter postgres-exporter redis-exporter alertmanager prometheus sshd keyring clustersim"

# The postmaster's pid is copied to run/ like every other service's, so that
# `down` still finds it if pg_ctl stop fails.
start_postgres() {
    pg_start "$DIR/pg" "$DIR/logs/postgres.log"
    head -n1 "$DIR/pg/data/postmaster.pid" >"$DIR/run/postgres.pid"
}
stop_postgres()  { pg_stop "$DIR/pg"; rm -f "$DIR/run/postgres.pid"; }

start_redis() {
    mkdir -p "$DIR/redis"
    cat >"$DIR/redis/redis.conf" <<CONF
# The stack's Redis: loopback only, no unix socket, data in DIR/redis,
# in the foreground (stack/down stops it by pid).
bind 127.0.0.1
port $TPP_REDIS_PORT
unixsocket ""
daemonize no
dir $DIR/redis
dbfilename dump.rdb
appendonly no
save 3600 1
logfile ""
protected-mode yes
CONF
    spawn redis -- /usr/bin/redis-server "$DIR/redis/redis.conf"
    wait_port redis "$TPP_REDIS_PORT"
}

start_node_exporter() {
    mkdir -p "$DIR/node-exporter"
    spawn node-exporter -- /usr/bin/prometheus-node-exporter \
        --web.listen-address="127.0.0.1:$TPP_NODE_EXPORTER_PORT" \
        --collector.textfile.directory="$DIR/node-exporter"
    wait_port node-exporter "$TPP_NODE_EXPORTER_PORT"
}

start_postgres_exporter() {
    DATA_SOURCE_NAME="postgresql://tpp_monitor:$TPP_PG_MONITOR_PASSWORD@127.0.0.1:$TPP_PG_PORT/$TPP_PG_DB?sslmode=disable" \
        spawn postgres-exporter -- /usr/bin/prometheus-postgres-exporter \
        --web.listen-address="127.0.0.1:$TPP_PG_EXPORTER_PORT"
    wait_port postgres-exporter "$TPP_PG_EXPORTER_PORT"
}

start_redis_exporter() {
    spawn redis-exporter -- /usr/bin/prometheus-redis-exporter \
        -redis.addr "redis://127.0.0.1:$TPP_REDIS_PORT" \
        -web.listen-address "127.0.0.1:$TPP_REDIS_EXPORTER_PORT"
    wait_port redis-exporter "$TPP_REDIS_EXPORTER_PORT"
}

write_prometheus_config() {
    mkdir -p "$DIR/prometheus/data"
    sed -e "s/@PROMETHEUS_PORT@/$TPP_PROMETHEUS_PORT/; s/@ALERTMANAGER_PORT@/$TPP_ALERTMANAGER_PORT/" \
        -e "s/@SIM_METRICS_PORT@/$TPP_SIM_PORT/; s/@PG_EXPORTER_PORT@/$TPP_PG_EXPORTER_PORT/" \
        -e "s/@REDIS_EXPORTER_PORT@/$TPP_REDIS_EXPORTER_PORT/; s/@NODE_EXPORTER_PORT@/$TPP_NODE_EXPORTER_PORT/" \
        -e "s|@STACK_NAME@|$(basename "$DIR")|" \
        "$STACK_SRC/monitoring/prometheus.yml.in" >"$DIR/prometheus/prometheus.yml"
    cp "$STACK_SRC/monitoring/alert_rules.yml" "$DIR/prometheus/alert_rules.yml"
}

start_prometheus() {
    spawn prometheus -- /usr/bin/prometheus \
        --config.file="$DIR/prometheus/prometheus.yml" \
        --storage.tsdb.path="$DIR/prometheus/data" \
        --storage.tsdb.retention.time=30d \
        --web.listen-address="127.0.0.1:$TPP_PROMETHEUS_PORT" \
        --web.enable-lifecycle
    wait_port prometheus "$TPP_PROMETHEUS_PORT" 30
}

start_alertmanager() {
    mkdir -p "$DIR/alertmanager/data"
    cp "$STACK_SRC/monitoring/alertmanager.yml" "$DIR/alertmanager/alertmanager.yml"
    # An empty cluster address turns gossip off: two stacks would otherwise
    # both want the default port 9094.
    spawn alertmanager -- /usr/bin/prometheus-alertmanager \
        --config.file="$DIR/alertmanager/alertmanager.yml" \
        --storage.path="$DIR/alertmanager/data" \
        --web.listen-address="127.0.0.1:$TPP_ALERTMANAGER_PORT" \
        --cluster.listen-address=
    wait_port alertmanager "$TPP_ALERTMANAGER_PORT"
}

start_sshd() {
    # sshd re-executes itself and wants its privilege separation directory
    # when it runs as root; the Debian package normally makes it at boot.
    is_root && mkdir -p /run/sshd && chmod 755 /run/sshd
    spawn sshd -- /usr/sbin/sshd -D -e -f "$DIR/ssh/sshd_config"
    wait_port sshd "$TPP_SSH_PORT"
}

start_keyring() {
    mkdir -p "$DIR/keyring/runtime" "$DIR/keyring/data" "$DIR/keyring/config"
    chmod 700 "$DIR/keyring/runtime"
    rm -f "$DIR/run/dbus.sock"
    cat >"$DIR/keyring/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<!-- A private session bus for the stack's Secret Service; its socket lives in
     the stack folder so that parallel stacks never meet. -->
<busconfig>
  <type>session</type>
  <listen>unix:path=$DIR/run/dbus.sock</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    spawn dbus -- /usr/bin/dbus-daemon --config-file="$DIR/keyring/session.conf" --nofork --nopidfile
    local end=$((SECONDS + 10))
    until [ -S "$DIR/run/dbus.sock" ]; do
        [ $SECONDS -ge $end ] && die "dbus-daemon did not create $DIR/run/dbus.sock"
        sleep 0.05
    done
    # The password on stdin creates (first start) or unlocks (restart) the
    # "login" collection, the default one clients store into. An empty
    # password creates no collection at all, hence a known one, kept in
    # stack.env. The keyring files stay inside the stack folder.
    [ -s "$DIR/keyring/password" ] || (umask 077; printf '%s' "$TPP_KEYRING_PASSWORD" >"$DIR/keyring/password")
    DBUS_SESSION_BUS_ADDRESS="$TPP_DBUS_ADDRESS" XDG_RUNTIME_DIR="$DIR/keyring/runtime" \
    XDG_DATA_HOME="$DIR/keyring/data" XDG_CONFIG_HOME="$DIR/keyring/config" \
        spawn keyring --stdin "$DIR/keyring/password" -- \
        /usr/bin/gnome-keyring-daemon --foreground --unlock --components=secrets
    end=$((SECONDS + 10))
    until DBUS_SESSION_BUS_ADDRESS="$TPP_DBUS_ADDRESS" dbus-send --session --print-reply \
            --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
            string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
        [ $SECONDS -ge $end ] && { tail -n 20 "$DIR/logs/keyring.log" >&2; die "the Secret Service did not appear on $TPP_DBUS_ADDRESS"; }
        sleep 0.05
    done
}
stop_keyring() { stop_service_pid keyring; stop_service_pid dbus; }

start_clustersim() {
    local sim="$STACK_SRC/clustersim/clustersim.py"
    [ -f "$sim" ] || die "the cluster simulator $sim is missing"
    spawn clustersim -- "$SYS_PY" "$sim" serve --dir "$DIR/cluster" --port "$TPP_KUBE_PORT" \
        --metrics-port "$TPP_SIM_PORT" --pg-dsn "$TPP_PG_OWNER_DSN" --pods "$TPP_PODS"
    wait_port clustersim "$TPP_SIM_PORT" 30
    wait_port clustersim "$TPP_KUBE_PORT" 30
}

start_service() {
    case $1 in
        postgres) start_postgres ;;
        redis) start_redis ;;
        node-exporter) start_node_exporter ;;
        postgres-exporter) start_postgres_exporter ;;
        redis-exporter) start_redis_exporter ;;
        prometheus) start_prometheus ;;
        alertmanager) start_alertmanager ;;
        sshd) start_sshd ;;
        keyring) start_keyring ;;
        clustersim) start_clustersim ;;
        *) die "unknown service '$1' (one of: $SERVICES)" ;;
    esac
}

stop_service() {
    case $1 in
        postgres) stop_postgres ;;
        keyring) stop_keyring ;;
        redis|node-exporter|postgres-exporter|redis-exporter|prometheus|alertmanager|sshd|clustersim)
            stop_service_pid "$1" ;;
        *) die "unknown service '$1' (one of: $SERVICES)" ;;
    esac
}

service_running() {
    case $1 in
        postgres) [ -f "$DIR/pg/data/postmaster.pid" ] && pid_alive "$(head -n1 "$DIR/pg/data/postmaster.pid")" ;;
        keyring) [ -f "$DIR/run/keyring.pid" ] && pid_alive "$(cat "$DIR/run/keyring.pid")" ;;
        *) [ -f "$DIR/run/$1.pid" ] && pid_alive "$(cat "$DIR/run/$1.pid")" ;;
    esac
}
