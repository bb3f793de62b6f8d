#!/bin/bash
# Watch semantics and injected faults (simctl fault ...), checked with curl and kubectl.
set -euo pipefail
. "$(dirname "$0")/../clustersim/testlib.sh"
sim_start
NS=terminal-plus-plus
on_exit "${SIMCTL[*]} fault clear"
on_exit "kubectl --context tpp-admin -n $NS delete configmap fault-test --ignore-not-found"
T=$(mktemp -d); on_exit "rm -rf $T"
status_of() { api admin "$1" -o /dev/null -w "%{http_code}"; }

echo "# watch stream"
rv=$(api admin /api/v1/namespaces/$NS/configmaps | jq_py 'd["metadata"]["resourceVersion"]')
api admin "/api/v1/namespaces/$NS/configmaps?watch=1&resourceVersion=$rv&timeoutSeconds=4" -N > "$T/w1" &
wpid=$!
sleep 0.7
kubectl --context tpp-admin -n $NS create configmap fault-test --from-literal=a=1 >/dev/null
kubectl --context tpp-admin -n $NS patch configmap fault-test -p '{"data":{"a":"2"}}' >/dev/null
kubectl --context tpp-admin -n $NS delete configmap fault-test >/dev/null
wait $wpid || true
cat "$T/w1" | cut -c1-120
check "watch from a resourceVersion streams ADDED, MODIFIED, DELETED as JSON lines" bash -c "
    /usr/bin/python3 -c '
import json,sys
ev=[json.loads(l) for l in open(sys.argv[1]) if l.strip()]
assert [e[\"type\"] for e in ev]==[\"ADDED\",\"MODIFIED\",\"DELETED\"], ev
rvs=[int(e[\"object\"][\"metadata\"][\"resourceVersion\"]) for e in ev]; assert rvs==sorted(rvs) and rvs[0]>int(sys.argv[2])' $T/w1 $rv"
check "the stream ended by itself after timeoutSeconds" true
check "watch without resourceVersion starts with synthetic ADDED of the current state" bash -c "
    api admin '/apis/apps/v1/namespaces/$NS/deployments?watch=1&timeoutSeconds=1' -N | grep -c '\"type\":\"ADDED\"' | grep -qx 2"

echo "# 410 Gone"
must "simctl fault gone 1" "${SIMCTL[@]}" fault gone 1 >/dev/null
check "next watch gets an ERROR event with a 410 Expired Status (HTTP 200 stream, like the apiserver)" bash -c "
    out=\$(api admin '/api/v1/namespaces/$NS/pods?watch=1&resourceVersion=$rv&timeoutSeconds=2' -N -w '\n%{http_code}'); echo \"\$out\" | cut -c1-160
    echo \"\$out\" | tail -1 | grep -q 200 && echo \"\$out\" | head -1 | /usr/bin/python3 -c \"import json,sys; e=json.load(sys.stdin); assert e['type']=='ERROR' and e['object']['code']==410 and e['object']['reason']=='Expired'\""
check "the watch after that works again" bash -c "out=\$(api admin '/api/v1/namespaces/$NS/pods?watch=1&resourceVersion=$rv&timeoutSeconds=1' -N -w '%{http_code}'); ! echo \"\$out\" | grep -q ERROR && echo \"\$out\" | tail -1 | grep -q 200"
must "simctl fault compact" "${SIMCTL[@]}" fault compact >/dev/null
check "after compaction an old resourceVersion gets 'too old resource version'" bash -c "
    api admin '/api/v1/namespaces/$NS/pods?watch=1&resourceVersion=$rv&timeoutSeconds=2' -N | grep -q 'too old resource version: $rv'"
check "kubectl get -w still works after compaction (it relists)" bash -c "timeout 3 kubectl --context tpp-admin -n $NS get deploy -w 2>&1 | grep -q backend"

echo "# drop-watches"
api admin "/api/v1/pods?watch=1&timeoutSeconds=60" -N -o /dev/null &
dpid=$!
sleep 1
check "simctl fault drop-watches closes open streams" bash -c "${SIMCTL[*]} fault drop-watches | grep -q '\"dropped\": [1-9]'"
check "the client's stream ended well before its timeout" wait_until 5 bash -c "! kill -0 $dpid"

echo "# 429 / 500 / latency"
must "simctl fault throttle 2 7" "${SIMCTL[@]}" fault throttle 2 7 >/dev/null
check "1st request: 429 with Retry-After: 7" bash -c "
    api admin /api/v1/namespaces -D - -o $T/429 | tr -d '\r' | grep -Eiq '^(HTTP/1.1 429|retry-after: 7)' && grep -q TooManyRequests $T/429 && grep -q '\"code\":429' $T/429"
check "2nd request: 429" test "$(status_of /api/v1/namespaces)" = 429
check "3rd request: 200" test "$(status_of /api/v1/namespaces)" = 200
must "simctl fault error 1" "${SIMCTL[@]}" fault error 1 >/dev/null
check "next request: 500 InternalError Status" bash -c "api admin /api/v1/namespaces | grep -q '\"reason\":\"InternalError\"'"
check "then 200 again" test "$(status_of /api/v1/namespaces)" = 200
must "simctl fault latency 400" "${SIMCTL[@]}" fault latency 400 >/dev/null
check "requests take >= 0.4 s" bash -c "t=\$(api admin /version -o /dev/null -w '%{time_total}'); echo \"# \$t s\"; /usr/bin/python3 -c \"import sys; assert float(sys.argv[1]) >= 0.4\" \$t"
must "simctl fault clear" "${SIMCTL[@]}" fault clear >/dev/null
check "latency cleared" bash -c "t=\$(api admin /version -o /dev/null -w '%{time_total}'); /usr/bin/python3 -c \"import sys; assert float(sys.argv[1]) < 0.4\" \$t"
check "simctl state shows no faults" bash -c "${SIMCTL[*]} state | jq_py 'd[\"faults\"]' | grep -q '\"throttle\": 0'"

echo "# bookmarks"
rv=$(api admin /api/v1/namespaces/$NS/configmaps | jq_py 'd["metadata"]["resourceVersion"]')
api admin "/api/v1/namespaces/$NS/configmaps?watch=1&resourceVersion=$rv&allowWatchBookmarks=true&timeoutSeconds=4" -N > "$T/bm" || true
check "allowWatchBookmarks: a BOOKMARK event with a resourceVersion arrived" bash -c "grep '\"BOOKMARK\"' $T/bm | head -1 | grep -q resourceVersion"
finish
