#!/bin/bash
# Authentication (401), RBAC per role (403 texts), kubectl auth can-i / whoami, Status objects.
set -euo pipefail
. "$(dirname "$0")/../clustersim/testlib.sh"
sim_start
NS=terminal-plus-plus
SB=terminal-plus-plus-sandboxes

echo "# 401"
check "no token: 401 Unauthorized Status" bash -c '
    out=$(api none /api/v1/namespaces -w "\n%{http_code}"); echo "$out" | tail -1 | grep -q 401 &&
    echo "$out" | head -1 | /usr/bin/python3 -c "import json,sys; s=json.load(sys.stdin); assert s[\"reason\"]==\"Unauthorized\" and s[\"code\"]==401 and s[\"kind\"]==\"Status\""'
check "bad token: 401" bash -c '[ "$(api not-a-token /api/v1/namespaces -o /dev/null -w "%{http_code}")" = 401 ]'
check "kubectl with a bad token says Unauthorized" bash -c 'kubectl --token=bad --context tpp-admin get pods 2>&1 | grep -Eq "Unauthorized|provide credentials"'

echo "# kubectl auth can-i"
can() { kubectl --context "tpp-$1" auth can-i "${@:2}" 2>/dev/null || true; }
expect() {  # expect ROLE ANSWER ARGS...
    local role=$1 want=$2; shift 2
    local got; got=$(can "$role" "$@")
    if [ "$got" = "$want" ]; then echo "ok   - $role can-i $* -> $got"; else echo "FAIL - $role can-i $* -> $got (want $want)"; FAILS=$((FAILS+1)); fi
}
for r in admin viewer support; do
    expect $r yes get pods -n $NS
    expect $r yes list deployments -A
    expect $r yes watch events -n $SB
    expect $r yes get pods --subresource=log -n $NS
done
expect admin yes delete pods -n $NS
expect admin yes patch deployments/backend -n $NS
expect admin yes create pods --subresource=exec -n $NS
expect admin yes '*' '*' -A
expect viewer no delete pods -n $NS
expect viewer no patch horizontalpodautoscalers -n $NS
expect viewer no create pods --subresource=exec -n $SB
expect viewer no update configmaps -n $NS
expect support yes create pods --subresource=exec -n $SB
expect support no create pods --subresource=exec -n $NS
expect support no delete pods -n $SB
expect support no patch deployments -n $NS
check "auth whoami names the role" bash -c '[ "$(kubectl --context tpp-viewer auth whoami -o jsonpath={.status.userInfo.username})" = viewer ]'
check "auth can-i --list for support shows pods/exec in the sandboxes namespace" bash -c "kubectl --context tpp-support auth can-i --list -n $SB | grep -q 'pods/exec'"

echo "# 403 texts as kube-apiserver phrases them"
POD=$(kubectl --context tpp-admin -n $NS get pods -l app=backend -o jsonpath='{.items[0].metadata.name}')
check "viewer delete pod" bash -c "kubectl --context tpp-viewer -n $NS delete pod $POD 2>&1 | grep -qF 'Error from server (Forbidden): pods \"$POD\" is forbidden: User \"viewer\" cannot delete resource \"pods\" in API group \"\" in the namespace \"$NS\"'"
check "viewer scale deployment" bash -c "kubectl --context tpp-viewer -n $NS scale deployment backend --replicas=4 2>&1 | grep -qF 'deployments.apps \"backend\" is forbidden: User \"viewer\" cannot patch resource \"deployments/scale\" in API group \"apps\" in the namespace \"$NS\"'"
check "viewer patch hpa" bash -c "kubectl --context tpp-viewer -n $NS patch hpa backend-hpa -p '{\"spec\":{\"minReplicas\":4}}' 2>&1 | grep -qF 'horizontalpodautoscalers.autoscaling \"backend-hpa\" is forbidden: User \"viewer\" cannot patch resource \"horizontalpodautoscalers\" in API group \"autoscaling\" in the namespace \"$NS\"'"
check "viewer create configmap (no name in the collection message)" bash -c "kubectl --context tpp-viewer -n $NS create configmap x --from-literal=a=b 2>&1 | grep -qF 'configmaps is forbidden: User \"viewer\" cannot create resource \"configmaps\" in API group \"\" in the namespace \"$NS\"'"
check "support delete node (cluster scope)" bash -c "kubectl --context tpp-support delete node tpp-node-001 2>&1 | grep -qF 'nodes \"tpp-node-001\" is forbidden: User \"support\" cannot delete resource \"nodes\" in API group \"\" at the cluster scope'"
check "403 Status object shape" bash -c "
    api viewer /api/v1/namespaces/$NS/pods/$POD -X DELETE | /usr/bin/python3 -c \"
import json,sys; s=json.load(sys.stdin)
assert s['kind']=='Status' and s['status']=='Failure' and s['reason']=='Forbidden' and s['code']==403, s
assert s['details']=={'name':'$POD','kind':'pods'}, s\""
check "the pod is still there" kubectl --context tpp-admin -n $NS get pod "$POD"
finish
