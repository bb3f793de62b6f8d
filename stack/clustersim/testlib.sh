# Shared helpers for stack/tests/test_kube_*.sh (sourced, not executed).
#
# sim_start [serve args...]
#   With TPP_STACK_DIR set: use the running stack (reads $TPP_STACK_DIR/stack.env).
#   Otherwise: init + serve a private simulator (no database) on free ports in a
#   mktemp -d folder; it is stopped by the EXIT trap (sim_cleanup).
# Exports KUBECONFIG, SIM_URL (http://127.0.0.1:MPORT), KUBE_URL, KUBE_CA,
# TOKEN_ADMIN/TOKEN_VIEWER/TOKEN_SUPPORT, SIMCTL (command prefix).

SIM_SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY=/usr/bin/python3
SIM_PID=""
SIM_TMP=""
FAILS=0
CLEANUPS=()

free_port() {
    "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

sim_cleanup() {
    local c
    for c in "${CLEANUPS[@]}"; do eval "$c" >/dev/null 2>&1 || true; done
    if [ -n "$SIM_PID" ]; then
        kill "$SIM_PID" 2>/dev/null || true
        wait "$SIM_PID" 2>/dev/null || true
    fi
    if [ -n "$SIM_TMP" ]; then rm -rf "$SIM_TMP"; fi
}

# on_exit CMD: run CMD when the test ends (restore knobs/faults).
on_exit() { CLEANUPS+=("$1"); }

token_of() {  # token_of DIR ROLE
    "$PY" -c 'import json,sys; print([t for t,r in json.load(open(sys.argv[1])).items() if r==sys.argv[2]][0])' "$1/tokens.json" "$2"
}

sim_start() {
    trap sim_cleanup EXIT
    if [ -n "${TPP_STACK_DIR:-}" ] && [ -z "${SIM_FORCE_PRIVATE:-}" ]; then
        # shellcheck disable=SC1090,SC1091
        . "$TPP_STACK_DIR/stack.env"
        export KUBECONFIG="$TPP_KUBECONFIG"
        SIM_URL="$TPP_SIM_URL"; KUBE_URL="$TPP_KUBE_URL"; KUBE_CA="$TPP_KUBE_CA"
        TOKEN_ADMIN="$TPP_KUBE_TOKEN_ADMIN"; TOKEN_VIEWER="$TPP_KUBE_TOKEN_VIEWER"; TOKEN_SUPPORT="$TPP_KUBE_TOKEN_SUPPORT"
        echo "# using the stack's simulator: $KUBE_URL / $SIM_URL"
    else
        SIM_TMP="$(mktemp -d)"
        local port mport t0
        port="$(free_port)"; mport="$(free_port)"
        "$PY" "$SIM_SRC/clustersim.py" init --dir "$SIM_TMP" --port "$port" >/dev/null
        t0=$(date +%s.%N)
        "$PY" "$SIM_SRC/clustersim.py" serve --dir "$SIM_TMP" --port "$port" --metrics-port "$mport" "$@" \
            >"$SIM_TMP/sim.log" 2>&1 &
        SIM_PID=$!
        export KUBECONFIG="$SIM_TMP/kubeconfig"
        SIM_URL="http://127.0.0.1:$mport"; KUBE_URL="https://127.0.0.1:$port"; KUBE_CA="$SIM_TMP/ca.crt"
        TOKEN_ADMIN="$(token_of "$SIM_TMP" admin)"; TOKEN_VIEWER="$(token_of "$SIM_TMP" viewer)"
        TOKEN_SUPPORT="$(token_of "$SIM_TMP" support)"
        local i
        for i in $(seq 1 600); do
            if grep -q "serving https" "$SIM_TMP/sim.log" 2>/dev/null; then break; fi
            if ! kill -0 "$SIM_PID" 2>/dev/null; then cat "$SIM_TMP/sim.log"; echo "FAIL: simulator died"; exit 1; fi
            sleep 0.1
        done
        SIM_START_SECONDS=$("$PY" -c "import sys; print('%.2f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$t0" "$(date +%s.%N)")
        echo "# private simulator on $KUBE_URL (metrics $SIM_URL), ready in ${SIM_START_SECONDS}s"
    fi
    SIMCTL=("$PY" "$SIM_SRC/simctl.py" --url "$SIM_URL")
    export KUBECONFIG SIM_URL KUBE_URL KUBE_CA TOKEN_ADMIN TOKEN_VIEWER TOKEN_SUPPORT
}

# check "description" command...   (runs the command; records a failure, keeps going)
check() {
    local desc="$1"; shift
    if "$@"; then
        echo "ok   - $desc"
    else
        echo "FAIL - $desc"
        FAILS=$((FAILS + 1))
    fi
}

# must "description" command...    (like check, but stops the test on failure)
must() {
    local desc="$1"; shift
    if "$@"; then
        echo "ok   - $desc"
    else
        echo "FAIL - $desc (fatal)"
        exit 1
    fi
}

finish() {
    if [ "$FAILS" -ne 0 ]; then
        echo "# $FAILS check(s) failed"
        exit 1
    fi
    echo "# all checks passed"
}

# api ROLE PATH [curl args...]: curl the API as ROLE, printing "<http code>" last line.
api() {
    local role="$1" path="$2"; shift 2
    local tok
    case "$role" in admin) tok="$TOKEN_ADMIN";; viewer) tok="$TOKEN_VIEWER";; support) tok="$TOKEN_SUPPORT";; none) tok="";; *) tok="$role";; esac
    if [ -n "$tok" ]; then
        curl -sS --cacert "$KUBE_CA" -H "Authorization: Bearer $tok" "$@" "$KUBE_URL$path"
    else
        curl -sS --cacert "$KUBE_CA" "$@" "$KUBE_URL$path"
    fi
}

# wait_until SECONDS command...: poll every 0.5 s
wait_until() {
    local secs="$1"; shift
    local end=$(( $(date +%s) + secs ))
    while [ "$(date +%s)" -le "$end" ]; do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 0.5
    done
    return 1
}

jq_py() {  # jq_py 'python expression over d' < json
    "$PY" -c 'import json,sys; d=json.load(sys.stdin); r=eval(sys.argv[1]); print(r if not isinstance(r,(dict,list)) else json.dumps(r))' "$1"
}

K() { kubectl --context tpp-admin "$@"; }

# Make the helpers usable inside `check "..." bash -c '...'`.
export PY SIM_SRC
export -f api jq_py wait_until K
