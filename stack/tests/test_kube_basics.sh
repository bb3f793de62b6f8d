#!/bin/bash
# kubectl reads: discovery, lists (-o json/yaml/wide, tables), selectors, paging, 404s.
set -euo pipefail
. "$(dirname "$0")/../clustersim/testlib.sh"
sim_start

echo "# kubectl version / discovery"
check "kubectl version reaches the server (v1.32)" bash -c 'K version -o json | grep -q "\"gitVersion\": \"v1.32"'
check "api-resources lists short names po,deploy,rs,hpa,cm,ev,no,ns" bash -c '
    out=$(kubectl --context tpp-admin api-resources --no-headers)
    for s in po deploy rs hpa cm ev no ns; do echo "$out" | grep -qw "$s" || { echo "missing $s"; exit 1; }; done'
check "/openapi/v2 answers 404 (and kubectl still works)" bash -c '[ "$(curl -s -o /dev/null -w "%{http_code}" --cacert "$KUBE_CA" -H "Authorization: Bearer $TOKEN_ADMIN" "$KUBE_URL/openapi/v2")" = 404 ]'

echo "# get pods -A -o json"
expected=$(curl -s "$SIM_URL/_sim/state" | jq_py 'd["objects"]["pods"]')
count=$(kubectl --context tpp-admin get pods -A -o json | jq_py 'len(d["items"])')
echo "# server has $expected pods, kubectl listed $count"
check "kubectl get pods -A -o json is valid JSON with every pod" test "$count" = "$expected"
check "the platform namespace has 3+ frontend and backend pods" bash -c '
    [ "$(kubectl --context tpp-admin get pods -n terminal-plus-plus -l app=backend --no-headers | wc -l)" -ge 3 ] &&
    [ "$(kubectl --context tpp-admin get pods -n terminal-plus-plus -l app=frontend --no-headers | wc -l)" -ge 3 ]'
check "sandbox pods carry app=sandbox and the sandbox/user id labels" bash -c '
    kubectl --context tpp-admin get pods -n terminal-plus-plus-sandboxes -l app=sandbox -o json | /usr/bin/python3 -c "
import json,sys; d=json.load(sys.stdin); assert d[\"items\"]
for p in d[\"items\"]:
    l=p[\"metadata\"][\"labels\"]; assert \"terminalpp.io/sandbox-id\" in l and \"terminalpp.io/user-id\" in l
    assert p[\"metadata\"][\"name\"].endswith(l[\"terminalpp.io/sandbox-id\"])"'

echo "# kinds and output formats"
out=$(kubectl --context tpp-admin get deploy,rs,hpa,cm,events,nodes -A)
head -20 <<<"$out"  # not echo | head: under pipefail a closed pipe would fail the test
check "deploy,rs,hpa,cm,nodes -A show the platform objects" bash -c '
    o=$(kubectl --context tpp-admin get deploy,rs,hpa,cm,nodes -A)
    for w in deployment.apps/backend deployment.apps/frontend replicaset.apps/backend- horizontalpodautoscaler.autoscaling/backend-hpa horizontalpodautoscaler.autoscaling/frontend-hpa configmap/app-config node/tpp-node-001; do
        echo "$o" | grep -q "$w" || { echo "missing $w"; exit 1; }; done'
check "pod table has NAME READY STATUS RESTARTS AGE columns" bash -c 'kubectl --context tpp-admin get pods | head -1 | grep -Eq "^NAME +READY +STATUS +RESTARTS +AGE"'
check "-o wide adds IP and NODE" bash -c 'kubectl --context tpp-admin get pods -o wide | head -1 | grep -Eq "IP +NODE"'
check "-o yaml of a deployment" bash -c 'kubectl --context tpp-admin get deploy backend -o yaml | grep -q "kind: Deployment"'
check "HPA backend-hpa is as in the guide (3..20, cpu 70, memory 80, active_connections 100)" bash -c '
    kubectl --context tpp-admin get hpa backend-hpa -o json | /usr/bin/python3 -c "
import json,sys; h=json.load(sys.stdin); s=h[\"spec\"]
assert (s[\"minReplicas\"], s[\"maxReplicas\"]) == (3, 20), s
m=s[\"metrics\"]; assert m[0][\"resource\"][\"target\"][\"averageUtilization\"]==70 and m[1][\"resource\"][\"target\"][\"averageUtilization\"]==80
assert m[2][\"pods\"][\"metric\"][\"name\"]==\"active_connections\" and m[2][\"pods\"][\"target\"][\"averageValue\"]==\"100\"
assert h[\"status\"][\"currentReplicas\"] >= 1 and h[\"status\"][\"conditions\"]"'
check "configmap app-config has the guide's keys" bash -c 'kubectl --context tpp-admin get cm app-config -o jsonpath="{.data.NODE_ENV}/{.data.ENVIRONMENT}" | grep -q "production/production"'
check "nodes are Ready with capacity" bash -c 'kubectl --context tpp-admin get nodes -o jsonpath="{.items[0].status.capacity.pods}" | grep -q 110 && kubectl --context tpp-admin get nodes --no-headers | grep -q " Ready "'
check "deployment status is complete (observedGeneration, ready=replicas)" bash -c '
    kubectl --context tpp-admin get deploy backend -o json | /usr/bin/python3 -c "
import json,sys; d=json.load(sys.stdin); s=d[\"status\"]
assert s[\"observedGeneration\"]==d[\"metadata\"][\"generation\"] and s[\"readyReplicas\"]==d[\"spec\"][\"replicas\"]
assert {c[\"type\"] for c in s[\"conditions\"]} >= {\"Available\",\"Progressing\"}"'

echo "# selectors and paging"
check "fieldSelector status.phase=Running,spec.nodeName" bash -c '
    n=$(kubectl --context tpp-admin get pods -A -o jsonpath="{.items[0].spec.nodeName}")
    kubectl --context tpp-admin get pods -A --field-selector "status.phase=Running,spec.nodeName=$n" --no-headers | grep -q Running'
check "fieldSelector metadata.name" bash -c '[ "$(kubectl --context tpp-admin get deploy --field-selector metadata.name=frontend -o name)" = deployment.apps/frontend ]'
check "unknown field selector gives the server's 400" bash -c 'kubectl --context tpp-admin get pods --field-selector spec.bogus=1 2>&1 | grep -q "field label not supported: spec.bogus"'
check "labelSelector with set syntax" bash -c '[ "$(kubectl --context tpp-admin get pods -l "app in (frontend,backend)" --no-headers | wc -l)" -ge 6 ]'
check "limit/continue paging returns every pod exactly once" bash -c '
    tot=0; cont=""; names=""
    while :; do
        d=$(curl -s --cacert "$KUBE_CA" -H "Authorization: Bearer $TOKEN_ADMIN" "$KUBE_URL/api/v1/pods?limit=70${cont:+&continue=$cont}")
        n=$(echo "$d" | /usr/bin/python3 -c "import json,sys; print(len(json.load(sys.stdin)[\"items\"]))")
        [ "$n" -le 70 ] || exit 1
        tot=$((tot+n))
        cont=$(echo "$d" | /usr/bin/python3 -c "import json,sys; print(json.load(sys.stdin)[\"metadata\"].get(\"continue\",\"\"))")
        [ -n "$cont" ] || break
    done
    all=$(curl -s --cacert "$KUBE_CA" -H "Authorization: Bearer $TOKEN_ADMIN" "$KUBE_URL/api/v1/pods" | /usr/bin/python3 -c "import json,sys; print(len(json.load(sys.stdin)[\"items\"]))")
    echo "# paged $tot, unpaged $all"; [ "$tot" -eq "$all" ]'
check "404 NotFound Status with the server's text" bash -c 'kubectl --context tpp-admin get pod nosuchpod 2>&1 | grep -q "Error from server (NotFound): pods \"nosuchpod\" not found"'
check "404 Status object shape" bash -c '
    curl -s --cacert "$KUBE_CA" -H "Authorization: Bearer $TOKEN_ADMIN" "$KUBE_URL/api/v1/namespaces/terminal-plus-plus/pods/nosuch" | /usr/bin/python3 -c "
import json,sys; s=json.load(sys.stdin)
assert s[\"kind\"]==\"Status\" and s[\"apiVersion\"]==\"v1\" and s[\"status\"]==\"Failure\" and s[\"reason\"]==\"NotFound\" and s[\"code\"]==404
assert s[\"details\"]=={\"name\":\"nosuch\",\"kind\":\"pods\"}, s"'
finish
