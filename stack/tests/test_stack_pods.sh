#!/usr/bin/env bash
# Checks: every running sandbox row has its pod in terminal-plus-plus-sandboxes
# (labels app=sandbox, terminalpp.io/sandbox-id, terminalpp.io/user-id) and
# every sandbox pod has its running row; compared with the real kubectl.
set -euo pipefail
. "$(dirname "$0")/../lib/testing.sh"
use_stack --users 500 --pods 60
command -v kubectl >/dev/null || fail "kubectl is not installed"

tmp=$(mktemp -d); at_exit "rm -rf '$tmp'"
pods() {
    kubectl --kubeconfig "$TPP_KUBECONFIG" get pods -n terminal-plus-plus-sandboxes -l app=sandbox -o json \
        | jq -r '.items[] | select(.metadata.deletionTimestamp == null)
                 | "\(.metadata.labels["terminalpp.io/sandbox-id"]) \(.metadata.labels["terminalpp.io/user-id"])"' | sort
}
rows() { console_psql -At -F' ' -c "SELECT id, user_id FROM sandboxes WHERE status = 'running'" | sort; }
# The simulator's churn may move a sandbox between the reads: retry until
# a read of the pods, the rows and the pods again agrees.
same=0
for _ in 1 2 3 4 5 6 7 8 9 10; do
    pods >"$tmp/p1"; rows >"$tmp/r"; pods >"$tmp/p2"
    if cmp -s "$tmp/p1" "$tmp/p2" && cmp -s "$tmp/p1" "$tmp/r"; then same=1; break; fi
    sleep 1
done
if [ $same -ne 1 ]; then
    say "pods without a running row:"; comm -23 "$tmp/p2" "$tmp/r" | head >&2
    say "running rows without a pod:"; comm -13 "$tmp/p2" "$tmp/r" | head >&2
    fail "pods and running sandbox rows differ"
fi
n=$(wc -l <"$tmp/r")
[ "$n" -gt 0 ] || fail "no running sandboxes"
nodes=$(console_psql -At -c "SELECT count(*) FROM sandboxes WHERE status = 'running' AND node_name IS NULL")
[ "$nodes" = 0 ] || say "note: $nodes running sandboxes have no node_name yet"
pass "$n running sandboxes, each with its pod and each pod with its row"
