#!/usr/bin/env bash
# Checks: two stack/up in parallel, in two folders, both come up on distinct
# ports with working databases and APIs; both stack/down leave nothing.
set -euo pipefail
. "$(dirname "$0")/../lib/testing.sh"

tmp=$(mktemp -d); at_exit "rm -rf '$tmp'"
"$TESTS_STACK_SRC/up" --users 200 --pods 20 >"$tmp/a.out" 2>"$tmp/a.err" & pa=$!
"$TESTS_STACK_SRC/up" --users 200 --pods 20 >"$tmp/b.out" 2>"$tmp/b.err" & pb=$!
ra=0; rb=0; wait $pa || ra=$?; wait $pb || rb=$?
A=$(tail -n1 "$tmp/a.out" 2>/dev/null || true); B=$(tail -n1 "$tmp/b.out" 2>/dev/null || true)
[ -n "$A" ] && OWN_STACKS+=("$A"); [ -n "$B" ] && OWN_STACKS+=("$B")
[ $ra -eq 0 ] || { cat "$tmp/a.err" >&2; fail "first up failed"; }
[ $rb -eq 0 ] || { cat "$tmp/b.err" >&2; fail "second up failed"; }
[ "$A" != "$B" ] || fail "both ups used $A"

ports() { grep -E '^TPP_[A-Z_]*PORT=' "$1/stack.env" | cut -d= -f2 | sort; }
common=$(comm -12 <(ports "$A") <(ports "$B"))
[ -z "$common" ] || fail "the two stacks share ports: $common"
for d in "$A" "$B"; do
    (
        set -a; . "$d/stack.env"; set +a
        n=$(console_psql -At -c 'SELECT count(*) FROM users') || exit 1
        [ "$n" = 200 ] || { echo "users: $n" >&2; exit 1; }
        kubectl --kubeconfig "$TPP_KUBECONFIG" get ns >/dev/null || exit 1
        curl -sf -o /dev/null "$TPP_PROMETHEUS_URL/-/ready" || exit 1
    ) || fail "stack $d does not work"
done
say "both stacks answer: $A $B"
for d in "$A" "$B"; do "$TESTS_STACK_SRC/down" "$d" 2>/dev/null || fail "down $d failed"; done
for d in "$A" "$B"; do
    left=$(stack_leftovers "$d"); [ -z "$left" ] || fail "left after down of $d: $left"
done
pass "two stacks side by side"
