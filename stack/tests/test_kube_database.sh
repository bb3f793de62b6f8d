#!/bin/bash
# Sandbox pods <-> the `sandboxes` table (clustersim serve --pg-dsn): one pod per running
# row with the README's labels, node placement written back, COUNT/churn/reset and
# pod deletion keep rows and pods consistent, rows changed by others are picked up.
# Uses $TPP_STACK_DIR when set; otherwise brings up a small private stack (stack/up)
# and takes it down again.
set -euo pipefail
. "$(dirname "$0")/../clustersim/testlib.sh"
STACK_SRC_DIR="$(cd "$(dirname "$0")/.." && pwd)"
if [ -z "${TPP_STACK_DIR:-}" ]; then
    PRIV=$(mktemp -d)
    chmod 755 "$PRIV"   # the stack runs postgres as its own user: it must get through
    on_exit "'$STACK_SRC_DIR/down' '$PRIV/s' --purge"
    on_exit "rm -rf '$PRIV'"
    trap sim_cleanup EXIT
    echo "# no TPP_STACK_DIR: starting a private stack (stack/up --users 300 --pods 40)"
    "$STACK_SRC_DIR/up" --dir "$PRIV/s" --users 300 --pods 40 >/dev/null 2>"$PRIV/up.log" || { cat "$PRIV/up.log"; exit 1; }
    export TPP_STACK_DIR="$PRIV/s"
fi
sim_start
# shellcheck disable=SC1091
. "$TPP_STACK_DIR/stack.env"
SB=terminal-plus-plus-sandboxes
sq() { PGPASSWORD="$TPP_PG_SUPERPASSWORD" "$TPP_PG_BIN/psql" -h "$TPP_PG_HOST" -p "$TPP_PG_PORT" -U "$TPP_PG_SUPERUSER" -d "$TPP_PG_DB" -Atqc "$1"; }
export -f sq
export TPP_PG_SUPERPASSWORD TPP_PG_BIN TPP_PG_HOST TPP_PG_PORT TPP_PG_SUPERUSER TPP_PG_DB SB
on_exit "${SIMCTL[*]} churn 0"
on_exit "${SIMCTL[*]} sandboxes reset"
T=$(mktemp -d); on_exit "rm -rf $T"

# consistent: the running rows and the live sandbox pods are the same set, with the same node.
consistent() {
    sq "select id || ' ' || user_id || ' ' || coalesce(node_name, '-') from sandboxes where status = 'running' order by 1" > "$T/db"
    kubectl --context tpp-admin -n "$SB" get pods -o json | /usr/bin/python3 -c '
import json, sys
for p in json.load(sys.stdin)["items"]:
    if p["metadata"].get("deletionTimestamp"):
        continue
    l = p["metadata"]["labels"]
    assert l["app"] == "sandbox" and p["metadata"]["name"] == "sandbox-" + l["terminalpp.io/sandbox-id"]
    print(l["terminalpp.io/sandbox-id"], l["terminalpp.io/user-id"], p["spec"].get("nodeName") or "-")' | sort > "$T/pods"
    if ! diff -q "$T/db" "$T/pods" >/dev/null; then
        echo "# rows: $(wc -l < "$T/db"), pods: $(wc -l < "$T/pods")"; diff "$T/db" "$T/pods" | head -5; return 1
    fi
}
export T; export -f consistent

echo "# start state"
n0=$(sq "select count(*) from sandboxes where status = 'running'")
echo "# $n0 running sandbox rows"
check "running rows = sandbox pods (same ids, user ids, nodes)" wait_until 15 consistent
check "every running row has node_name set by the simulator" test "$(sq "select count(*) from sandboxes where status = 'running' and node_name is null")" -eq 0
check "pod resources come from the row (cpu/memory limits)" bash -c '
    read -r id cpu mem <<<"$(sq "select id, cpu_limit_millicores, memory_limit_mb from sandboxes where status = '"'"'running'"'"' limit 1" | tr "|" " ")"
    lim=$(kubectl --context tpp-admin -n $SB get pod sandbox-$id -o jsonpath="{.spec.containers[0].resources.limits.cpu}/{.spec.containers[0].resources.limits.memory}")
    want=$(/usr/bin/python3 -c "import sys; sys.path.insert(0, \"$SIM_SRC\"); import tppobjects as t; print(t.canon_quantity(\"%sm\" % sys.argv[1]) + \"/\" + t.canon_quantity(\"%sMi\" % sys.argv[2]))" "$cpu" "$mem")
    echo "# $lim (row: ${cpu}m/${mem}Mi)"; [ "$lim" = "$want" ]'
check "pod image is the row's image" bash -c '
    read -r id img <<<"$(sq "select id, image from sandboxes where status = '"'"'running'"'"' and image is not null limit 1" | tr "|" " ")"
    [ "$(kubectl --context tpp-admin -n $SB get pod sandbox-$id -o jsonpath="{.spec.containers[0].image}")" = "$img" ]'

echo "# sandboxes COUNT / reset"
must "simctl sandboxes $((n0 + 12))" "${SIMCTL[@]}" sandboxes $((n0 + 12)) >/dev/null
check "$((n0 + 12)) running rows, all placed, consistent with the pods" wait_until 15 bash -c "[ \$(sq \"select count(*) from sandboxes where status = 'running' and node_name is not null\") -eq $((n0 + 12)) ] && consistent"
check "new rows belong to existing users" test "$(sq "select count(*) from sandboxes s left join users u on u.id = s.user_id where s.status = 'running' and u.id is null")" -eq 0
must "simctl sandboxes reset" "${SIMCTL[@]}" sandboxes reset >/dev/null
check "back to $n0 running rows and pods" wait_until 15 bash -c "[ \$(sq \"select count(*) from sandboxes where status = 'running'\") -eq $n0 ] && consistent"

echo "# pod deleted through the API"
victim=$(sq "select id from sandboxes where status = 'running' order by created_at desc limit 1")
must "kubectl delete pod sandbox-$victim" kubectl --context tpp-admin -n $SB delete pod "sandbox-$victim"
check "its row is terminated" wait_until 5 bash -c "[ \"\$(sq \"select status from sandboxes where id = '$victim'\")\" = terminated ]"
check "still consistent" wait_until 10 consistent

echo "# rows changed by someone else (picked up within the 10 s resync)"
ext=$(sq "update sandboxes set status = 'stopped' where id = (select id from sandboxes where status = 'running' order by created_at limit 1) returning id")
check "the stopped sandbox's pod goes away" wait_until 20 bash -c "! kubectl --context tpp-admin -n $SB get pod sandbox-$ext >/dev/null 2>&1"
check "still consistent" wait_until 10 consistent
sq "update sandboxes set status = 'running' where id = '$ext'" >/dev/null
check "a row set back to running gets its pod again" wait_until 20 bash -c "kubectl --context tpp-admin -n $SB get pod sandbox-$ext >/dev/null 2>&1"

echo "# churn"
before=$(sq "select count(*) from sandboxes")
must "simctl churn 240" "${SIMCTL[@]}" churn 240 >/dev/null
sleep 4
must "simctl churn 0" "${SIMCTL[@]}" churn 0 >/dev/null
after=$(sq "select count(*) from sandboxes")
echo "# $((after - before)) rows inserted by churn"
check "churn inserted rows" test "$after" -gt "$before"
check "consistent after churn" wait_until 15 consistent
must "simctl sandboxes reset" "${SIMCTL[@]}" sandboxes reset >/dev/null
check "consistent after reset" wait_until 15 consistent
finish
