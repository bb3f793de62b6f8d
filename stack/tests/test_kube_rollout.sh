#!/bin/bash
# Deployments through kubectl: scale, rollout restart/status/history/undo, HPA patch, dry-run.
set -euo pipefail
. "$(dirname "$0")/../clustersim/testlib.sh"
sim_start
NS=terminal-plus-plus
k() { kubectl --context tpp-admin -n "$NS" "$@"; }
# Leave the platform as we found it, whatever happens.
on_exit "kubectl --context tpp-admin -n $NS patch hpa backend-hpa --type=merge -p '{\"spec\":{\"minReplicas\":3}}'"
on_exit "kubectl --context tpp-admin -n $NS scale deployment backend --replicas=3"

running_backends() { k get pods -l app=backend --field-selector status.phase=Running -o json |
    /usr/bin/python3 -c 'import json,sys; print(sum(1 for p in json.load(sys.stdin)["items"] if not p["metadata"].get("deletionTimestamp")))'; }

echo "# scale"
must "kubectl scale deployment backend --replicas=5" k scale deployment backend --replicas=5
check "5 backend pods Running within 15 s" wait_until 15 bash -c "[ \"\$(kubectl --context tpp-admin -n $NS get pods -l app=backend --no-headers | grep -c ' Running ')\" -eq 5 ]"
check "deployment reports 5/5 ready" wait_until 10 bash -c "[ \"\$(kubectl --context tpp-admin -n $NS get deploy backend -o jsonpath='{.status.readyReplicas}/{.status.availableReplicas}/{.status.updatedReplicas}')\" = 5/5/5 ]"
check "scale events were emitted (ScalingReplicaSet, SuccessfulCreate, Scheduled)" bash -c "
    e=\$(kubectl --context tpp-admin -n $NS get events -o json)
    for r in ScalingReplicaSet SuccessfulCreate Scheduled Started; do echo \"\$e\" | grep -q \"\\\"reason\\\": \\\"\$r\\\"\" || { echo missing \$r; exit 1; }; done"
must "kubectl scale back to 3" k scale deployment backend --replicas=3
check "back to 3 Running backend pods" wait_until 15 bash -c "[ \"\$(kubectl --context tpp-admin -n $NS get pods -l app=backend -o json | /usr/bin/python3 -c 'import json,sys; print(sum(1 for p in json.load(sys.stdin)[\"items\"] if not p[\"metadata\"].get(\"deletionTimestamp\") and p[\"status\"][\"phase\"]==\"Running\"))')\" -eq 3 ]"
check "scale subresource via GET /scale" bash -c "api admin /apis/apps/v1/namespaces/$NS/deployments/backend/scale | grep -q '\"kind\":\"Scale\"'"

echo "# dry-run=server changes nothing"
gen_before=$(k get deploy backend -o jsonpath='{.metadata.generation}')
hpa_rv_before=$(k get hpa backend-hpa -o jsonpath='{.metadata.generation}')
check "scale --dry-run=server says so" bash -c "kubectl --context tpp-admin -n $NS scale deployment backend --replicas=7 --dry-run=server | grep -q 'server dry run'"
check "patch --dry-run=server returns the would-be object" bash -c "[ \"\$(kubectl --context tpp-admin -n $NS patch hpa backend-hpa -p '{\"spec\":{\"maxReplicas\":15}}' --dry-run=server -o jsonpath='{.spec.maxReplicas}')\" = 15 ]"
# the oldest pod: scale-down just terminated the newest ones
victim=$(k get pods -l app=backend --sort-by=.metadata.creationTimestamp -o jsonpath='{.items[0].metadata.name}')
check "delete --dry-run=server" bash -c "kubectl --context tpp-admin -n $NS delete pod $victim --dry-run=server | grep -q 'server dry run'"
check "nothing changed after the dry runs" bash -c "
    [ \"\$(kubectl --context tpp-admin -n $NS get deploy backend -o jsonpath='{.spec.replicas}')\" = 3 ] &&
    [ \"\$(kubectl --context tpp-admin -n $NS get hpa backend-hpa -o jsonpath='{.spec.maxReplicas}')\" = 20 ] &&
    kubectl --context tpp-admin -n $NS get pod $victim >/dev/null &&
    [ \"\$(kubectl --context tpp-admin -n $NS get deploy backend -o jsonpath='{.metadata.generation}')\" = $gen_before ] &&
    [ \"\$(kubectl --context tpp-admin -n $NS get hpa backend-hpa -o jsonpath='{.metadata.generation}')\" = $hpa_rv_before ]"

echo "# rollout restart / status / history / undo"
rev0=$(k get deploy backend -o jsonpath='{.metadata.annotations.deployment\.kubernetes\.io/revision}')
must "kubectl rollout restart deployment/backend" k rollout restart deployment/backend
check "kubectl rollout status finishes" timeout 90 kubectl --context tpp-admin -n "$NS" rollout status deployment/backend --timeout=80s
rev1=$(k get deploy backend -o jsonpath='{.metadata.annotations.deployment\.kubernetes\.io/revision}')
echo "# revision $rev0 -> $rev1"
check "restart made a new revision" test "$rev1" -eq $((rev0 + 1))
check "restartedAt annotation in the pod template" bash -c "kubectl --context tpp-admin -n $NS get deploy backend -o jsonpath='{.spec.template.metadata.annotations}' | grep -q restartedAt"
check "all backend pods belong to the new ReplicaSet" wait_until 10 bash -c "
    h=\$(kubectl --context tpp-admin -n $NS get rs -l app=backend -o json | /usr/bin/python3 -c 'import json,sys; print([r[\"metadata\"][\"labels\"][\"pod-template-hash\"] for r in json.load(sys.stdin)[\"items\"] if r[\"metadata\"][\"annotations\"][\"deployment.kubernetes.io/revision\"]==\"$rev1\"][0])')
    [ \"\$(kubectl --context tpp-admin -n $NS get pods -l app=backend --no-headers | wc -l)\" -eq 3 ] &&
    [ \"\$(kubectl --context tpp-admin -n $NS get pods -l app=backend,pod-template-hash=\$h --no-headers | grep -c Running)\" -eq 3 ]"
hist=$(k rollout history deployment/backend)
echo "$hist"
check "rollout history lists both revisions" bash -c "echo \"$hist\" | grep -Eq \"^$rev0 \" && echo \"$hist\" | grep -Eq \"^$rev1 \""
check "rollout history --revision shows the template" bash -c "kubectl --context tpp-admin -n $NS rollout history deployment/backend --revision=$rev1 | grep -q restartedAt"
must "kubectl rollout undo deployment/backend" k rollout undo deployment/backend
check "rollout status after undo" timeout 90 kubectl --context tpp-admin -n "$NS" rollout status deployment/backend --timeout=80s
rev2=$(k get deploy backend -o jsonpath='{.metadata.annotations.deployment\.kubernetes\.io/revision}')
check "undo re-used the old ReplicaSet as revision $((rev1 + 1))" test "$rev2" -eq $((rev1 + 1))
check "template has no restartedAt after undo" bash -c "! kubectl --context tpp-admin -n $NS get deploy backend -o jsonpath='{.spec.template.metadata.annotations}' | grep -q restartedAt"
check "history no longer lists revision $rev0 (it became $rev2)" bash -c "! kubectl --context tpp-admin -n $NS rollout history deployment/backend | grep -Eq \"^$rev0 \""

echo "# HPA patch"
must "kubectl patch hpa backend-hpa minReplicas 4" k patch hpa backend-hpa -p '{"spec":{"minReplicas":4}}'
check "HPA spec is 4" bash -c "[ \"\$(kubectl --context tpp-admin -n $NS get hpa backend-hpa -o jsonpath='{.spec.minReplicas}')\" = 4 ]"
check "the HPA scaled backend up to its new minimum" wait_until 20 bash -c "[ \"\$(kubectl --context tpp-admin -n $NS get deploy backend -o jsonpath='{.spec.replicas}')\" = 4 ]"
check "an invalid HPA patch is refused with 422 text" bash -c "kubectl --context tpp-admin -n $NS patch hpa backend-hpa -p '{\"spec\":{\"minReplicas\":30}}' 2>&1 | grep -q 'spec.maxReplicas: Invalid value: 20: must be greater than or equal to \`minReplicas\`'"
must "patch back to 3" k patch hpa backend-hpa -p '{"spec":{"minReplicas":3}}'
must "scale back to 3" k scale deployment backend --replicas=3
check "back to 3 replicas" wait_until 15 bash -c "[ \"\$(kubectl --context tpp-admin -n $NS get deploy backend -o jsonpath='{.status.readyReplicas}/{.status.replicas}')\" = 3/3 ]"
finish
