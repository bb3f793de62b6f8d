# Shared helpers for stack/up, stack/down and stack/ctl. Sourced, not run.
# Progress goes to stderr so that `up` can keep stdout for the one line that
# callers parse (the stack folder).

STACK_SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_BIN=/usr/lib/postgresql/15/bin
SYS_PY=/usr/bin/python3          # Debian's, the one that sees python3-aiohttp
STACK_PG_OSUSER=tpp-stack         # postgres refuses to run as root
STACK_SUPPORT_OSUSER=tpp-support  # the ssh login user when the stack runs as root

log()  { printf '[stack %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die()  { printf '[stack] ERROR: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# N distinct free loopback ports for stack $DIR. Ports come from below the
# kernel's ephemeral range (so no outgoing connection takes one before its
# service binds it) and are reserved in a machine-wide folder, one file per
# port naming its stack, so that parallel `up` never pick the same port.
# `down` releases them; a reservation whose stack folder is gone is free.
PORT_RESERVATIONS=${TMPDIR:-/tmp}/tpp-stack-ports
free_ports() {
    "$SYS_PY" - "$1" "$DIR" "$PORT_RESERVATIONS" <<'PY'
import os, random, socket, sys
n, owner, resdir = int(sys.argv[1]), sys.argv[2], sys.argv[3]
try:
    os.mkdir(resdir)
    os.chmod(resdir, 0o1777)
except FileExistsError:
    pass
with open("/proc/sys/net/ipv4/ip_local_port_range") as f:
    eph_lo = int(f.read().split()[0])
lo, hi = 12000, max(14000, min(eph_lo, 32768))
chosen = []
rnd = random.SystemRandom()
for _ in range(20000):
    if len(chosen) == n:
        break
    port = rnd.randrange(lo, hi)
    if port in chosen:
        continue
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
    except OSError:
        continue
    finally:
        s.close()
    path = os.path.join(resdir, str(port))
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        try:
            holder = open(path).read().strip()
        except OSError:
            continue
        if holder and os.path.isdir(holder):
            continue
        try:
            os.unlink(path)
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except OSError:
            continue
    os.write(fd, (owner + "\n").encode())
    os.close(fd)
    chosen.append(port)
if len(chosen) < n:
    sys.exit("no free ports")
print(" ".join(map(str, chosen)))
PY
}

release_ports() {
    local f
    for f in "$PORT_RESERVATIONS"/*; do
        [ -f "$f" ] && [ "$(cat "$f" 2>/dev/null)" = "$DIR" ] && rm -f "$f"
    done
    return 0
}

rand_secret() { local s; s=$(head -c 18 /dev/urandom | base64 | tr -d '/+='); printf '%s' "${s:0:24}"; }

# Start a service in its own session (so `down` can kill its whole process
# group) and remember its pid.
# Usage: spawn NAME [--as USER] [--stdin FILE] -- CMD...
spawn() {
    local name=$1; shift
    local as="" in=/dev/null
    if [ "${1:-}" = "--as" ]; then as=$2; shift 2; fi
    if [ "${1:-}" = "--stdin" ]; then in=$2; shift 2; fi
    [ "${1:-}" = "--" ] && shift
    local logf="$DIR/logs/$name.log"
    if [ -n "$as" ] && is_root; then
        setsid runuser -u "$as" -- "$@" <"$in" >>"$logf" 2>&1 &
    else
        setsid "$@" <"$in" >>"$logf" 2>&1 &
    fi
    echo $! >"$DIR/run/$name.pid"
}

# A zombie counts as gone: orphaned services are re-parented to PID 1, which
# on some machines reaps them only seconds later.
pid_alive() {
    [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null || return 1
    local st; st=$(sed 's/^.*) //; s/ .*//' "/proc/$1/stat" 2>/dev/null) || return 1
    [ "$st" != Z ]
}

# Wait until something accepts TCP connections on 127.0.0.1:PORT.
wait_port() {
    local name=$1 port=$2 timeout=${3:-20} pidf="$DIR/run/$1.pid"
    local end=$((SECONDS + timeout))
    while ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        if [ -f "$pidf" ] && ! pid_alive "$(cat "$pidf")"; then
            tail -n 20 "$DIR/logs/$name.log" >&2 || true
            die "$name exited before listening on $port (log: $DIR/logs/$name.log)"
        fi
        [ $SECONDS -ge $end ] && { tail -n 20 "$DIR/logs/$name.log" >&2 || true; die "$name did not listen on $port within ${timeout}s"; }
        sleep 0.05
    done
}

# Stop one spawned service: TERM its process group, then KILL what is left.
stop_service_pid() {
    local name=$1 pidf="$DIR/run/$1.pid" pid
    [ -f "$pidf" ] || return 0
    pid=$(cat "$pidf")
    if pid_alive "$pid"; then
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do pid_alive "$pid" || break; sleep 0.05; done
        if pid_alive "$pid"; then
            kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
            sleep 0.1
        fi
    fi
    # Children that left the group (none should) go with the same signal.
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$pidf"
}

# Run a command as the OS user that owns the PostgreSQL cluster.
as_pg() {
    if is_root; then runuser -u "$STACK_PG_OSUSER" -- "$@"; else "$@"; fi
}

load_env() {
    [ -f "$DIR/stack.env" ] || die "$DIR/stack.env not found: is $DIR a stack folder?"
    # shellcheck disable=SC1091
    set -a; . "$DIR/stack.env"; set +a
}
