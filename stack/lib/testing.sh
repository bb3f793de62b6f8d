# Helpers for stack/tests/test_stack_*.sh. Sourced.
# use_stack [UP ARGS]: with TPP_STACK_DIR set, use that running stack;
# otherwise start one (removed again when the test exits).
TESTS_STACK_SRC="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TEST_NAME=$(basename "$0" .sh)

say()  { printf '[%s] %s\n' "$TEST_NAME" "$*" >&2; }
fail() { printf '[%s] FAIL: %s\n' "$TEST_NAME" "$*" >&2; exit 1; }
pass() { printf '[%s] PASS%s\n' "$TEST_NAME" "${1:+: $1}" >&2; }

OWN_STACKS=()
TEST_CLEANUPS=()
on_test_exit() {
    local rc=$? i
    for ((i = ${#TEST_CLEANUPS[@]} - 1; i >= 0; i--)); do eval "${TEST_CLEANUPS[$i]}" || true; done
    for d in "${OWN_STACKS[@]}"; do "$TESTS_STACK_SRC/down" "$d" --purge >/dev/null 2>&1 || true; done
    exit $rc
}
trap on_test_exit EXIT
at_exit() { TEST_CLEANUPS+=("$1"); }

# start_own_stack [UP ARGS] -> prints the folder
start_own_stack() {
    local out
    out=$("$TESTS_STACK_SRC/up" "$@" 2>"${TMPDIR:-/tmp}/$TEST_NAME.up.$$.log") \
        || { cat "${TMPDIR:-/tmp}/$TEST_NAME.up.$$.log" >&2; fail "stack/up $* failed"; }
    rm -f "${TMPDIR:-/tmp}/$TEST_NAME.up.$$.log"
    printf '%s\n' "$out" | tail -n1
}

use_stack() {
    if [ -n "${TPP_STACK_DIR:-}" ]; then
        [ -f "$TPP_STACK_DIR/stack.env" ] || fail "TPP_STACK_DIR=$TPP_STACK_DIR has no stack.env"
        STACK_DIR=$TPP_STACK_DIR
        say "using the running stack $STACK_DIR"
    else
        say "starting a stack for this test (stack/up $*)"
        STACK_DIR=$(start_own_stack "$@")
        OWN_STACKS+=("$STACK_DIR")
    fi
    set -a; . "$STACK_DIR/stack.env"; set +a
}

# poll SECONDS INTERVAL CMD...: true once CMD succeeds, false at the timeout.
poll() {
    local timeout=$1 interval=$2; shift 2
    local end=$((SECONDS + timeout))
    while :; do
        "$@" && return 0
        [ $SECONDS -ge $end ] && return 1
        sleep "$interval"
    done
}

# psql as the console role; extra args follow.
console_psql() {
    PGPASSWORD=$TPP_PG_PASSWORD "$TPP_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$TPP_PG_HOST" \
        -p "$TPP_PG_PORT" -U "$TPP_PG_USER" -d "$TPP_PG_DB" "$@"
}

# Processes of a stack folder still alive: from its pid files and by name.
stack_leftovers() {
    local d=$1 f p
    for f in "$d"/run/*.pid "$d"/pg/data/postmaster.pid; do
        [ -f "$f" ] || continue
        p=$(head -n1 "$f")
        kill -0 "$p" 2>/dev/null && [ "$(sed 's/^.*) //; s/ .*//' "/proc/$p/stat" 2>/dev/null)" != Z ] \
            && echo "$p $(ps -o args= -p "$p")"
    done
    pgrep -af -- "$d/" | grep -v -e "pgrep" -e "$TEST_NAME" || true
}
