#!/bin/bash
# Writes through kubectl and curl: delete pod (+ watch DELETED + replacement), create/apply,
# merge/strategic/JSON patches, 409/415/422 Status answers, namespaces, cascading deletes.
set -euo pipefail
. "$(dirname "$0")/../clustersim/testlib.sh"
sim_start
NS=terminal-plus-plus
TNS=clustersim-test-$$
T=$(mktemp -d); on_exit "rm -rf $T"
on_exit "kubectl --context tpp-admin delete namespace $TNS --ignore-not-found --wait=false"
on_exit "kubectl --context tpp-admin -n $NS delete configmap writes-test --ignore-not-found"
k() { kubectl --context tpp-admin -n "$NS" "$@"; }
export TNS

echo "# delete pod"
POD=$(k get pods -l app=frontend -o jsonpath='{.items[0].metadata.name}')
rv=$(api admin /api/v1/namespaces/$NS/pods | jq_py 'd["metadata"]["resourceVersion"]')
api admin "/api/v1/namespaces/$NS/pods?watch=1&resourceVersion=$rv&fieldSelector=metadata.name%3D$POD&timeoutSeconds=8" -N > "$T/w" &
wpid=$!
sleep 0.5
check "kubectl delete pod $POD (waits until it is gone)" timeout 30 kubectl --context tpp-admin -n $NS delete pod "$POD"
check "the pod is gone" bash -c "! kubectl --context tpp-admin -n $NS get pod $POD 2>/dev/null"
wait $wpid || true
check "a watch saw MODIFIED (terminating) then DELETED" bash -c "grep -o '\"type\":\"[A-Z]*\"' $T/w | tr '\n' ' ' | grep -q 'MODIFIED.*DELETED'"
check "the ReplicaSet replaced it: 3 frontend pods Running" wait_until 10 bash -c "[ \"\$(kubectl --context tpp-admin -n $NS get pods -l app=frontend --no-headers | grep -c ' Running ')\" -eq 3 ]"
check "Killing event for the deleted pod" bash -c "kubectl --context tpp-admin -n $NS get events --field-selector involvedObject.name=$POD | grep -q Killing"

echo "# configmaps: create, patch (merge / strategic / json), apply, conflicts"
must "kubectl create configmap (protobuf body)" k create configmap writes-test --from-literal=a=1 --from-literal=b=2
check "409 AlreadyExists with the server's text" bash -c "kubectl --context tpp-admin -n $NS create configmap writes-test --from-literal=a=1 2>&1 | grep -qF 'configmaps \"writes-test\" already exists' &&
    api admin /api/v1/namespaces/$NS/configmaps -X POST -H 'Content-Type: application/json' -d '{\"metadata\":{\"name\":\"writes-test\"}}' | grep -q '\"reason\":\"AlreadyExists\",\"details\":{\"name\":\"writes-test\",\"kind\":\"configmaps\"},\"code\":409'"
check "merge patch" bash -c "kubectl --context tpp-admin -n $NS patch configmap writes-test --type=merge -p '{\"data\":{\"a\":\"10\",\"b\":null}}' >/dev/null && [ \"\$(kubectl --context tpp-admin -n $NS get cm writes-test -o jsonpath='{.data.a}:{.data.b}')\" = 10: ]"
check "strategic merge patch" bash -c "kubectl --context tpp-admin -n $NS patch configmap writes-test -p '{\"data\":{\"c\":\"3\"}}' >/dev/null && [ \"\$(kubectl --context tpp-admin -n $NS get cm writes-test -o jsonpath='{.data.c}')\" = 3 ]"
check "JSON patch" bash -c "kubectl --context tpp-admin -n $NS patch configmap writes-test --type=json -p '[{\"op\":\"replace\",\"path\":\"/data/c\",\"value\":\"30\"},{\"op\":\"add\",\"path\":\"/data/d\",\"value\":\"4\"}]' >/dev/null && [ \"\$(kubectl --context tpp-admin -n $NS get cm writes-test -o jsonpath='{.data.c}/{.data.d}')\" = 30/4 ]"
cat > "$T/cm.json" <<JSON
{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"writes-test","namespace":"$NS"},"data":{"a":"applied"}}
JSON
check "kubectl apply --validate=false -f (client-side apply; the server has no OpenAPI)" bash -c "kubectl --context tpp-admin apply --validate=false -f $T/cm.json >/dev/null 2>$T/apply.err || { cat $T/apply.err; exit 1; }; [ \"\$(kubectl --context tpp-admin -n $NS get cm writes-test -o jsonpath='{.data.a}')\" = applied ]"
check "409 Conflict on a PUT with a stale resourceVersion" bash -c "
    api admin /api/v1/namespaces/$NS/configmaps/writes-test > $T/cm.cur
    /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); d[\"metadata\"][\"resourceVersion\"]=\"1\"; print(json.dumps(d))' $T/cm.cur > $T/cm.stale
    out=\$(api admin /api/v1/namespaces/$NS/configmaps/writes-test -X PUT -H 'Content-Type: application/json' --data-binary @$T/cm.stale -w '\n%{http_code}')
    echo \"\$out\" | tail -1 | grep -q 409 && echo \"\$out\" | grep -qF 'Operation cannot be fulfilled on configmaps \\\"writes-test\\\": the object has been modified; please apply your changes to the latest version and try again'"
check "422 Invalid for a negative replica count" bash -c "
    out=\$(api admin /apis/apps/v1/namespaces/$NS/deployments/backend -X PATCH -H 'Content-Type: application/merge-patch+json' -d '{\"spec\":{\"replicas\":-1}}' -w '\n%{http_code}')
    echo \"\$out\" | tail -1 | grep -q 422 && echo \"\$out\" | grep -qF 'Deployment.apps \\\"backend\\\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0'"
check "415 for an unknown patch type" bash -c "[ \"\$(api admin /api/v1/namespaces/$NS/configmaps/writes-test -X PATCH -H 'Content-Type: application/xml' -d '<x/>' -o /dev/null -w '%{http_code}')\" = 415 ]"
check "deployment selector is immutable (422)" bash -c "kubectl --context tpp-admin -n $NS patch deploy backend -p '{\"spec\":{\"selector\":{\"matchLabels\":{\"app\":\"x\"}}}}' 2>&1 | grep -q 'field is immutable'"
must "kubectl delete configmap" k delete configmap writes-test

echo "# namespaces and a user Deployment"
must "kubectl create namespace $TNS" kubectl --context tpp-admin create namespace "$TNS"
cat > "$T/dep.json" <<JSON
{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"$TNS"},
 "spec":{"replicas":2,"selector":{"matchLabels":{"app":"web"}},
         "template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"web","image":"nginx:1.27"}]}}}}
JSON
must "kubectl apply --validate=false -f a new Deployment" kubectl --context tpp-admin apply --validate=false -f "$T/dep.json"
check "rollout status of the new Deployment" timeout 60 kubectl --context tpp-admin -n "$TNS" rollout status deploy/web --timeout=50s
web_images() { kubectl --context tpp-admin -n "$TNS" get pods -o jsonpath='{.items[*].spec.containers[0].image}' | tr ' ' '\n' | sort -u; }
images_are() { [ "$(web_images)" = "$1" ]; }
export -f web_images images_are
must "kubectl set image" kubectl --context tpp-admin -n "$TNS" set image deploy/web web=nginx:1.28
check "rollout status after set image" timeout 60 kubectl --context tpp-admin -n "$TNS" rollout status deploy/web --timeout=50s
check "all pods run the new image (old ones terminated)" wait_until 10 images_are nginx:1.28
check "deleting the Deployment removes its ReplicaSets and pods" bash -c "kubectl --context tpp-admin -n $TNS delete deploy web >/dev/null && sleep 3 && [ -z \"\$(kubectl --context tpp-admin -n $TNS get rs,pods --no-headers 2>/dev/null)\" ]"
must "kubectl create deployment (protobuf body)" kubectl --context tpp-admin -n "$TNS" create deployment gen --image=nginx:1.27 --replicas=2 --port=80
check "its rollout finishes with 2 ready pods" bash -c "timeout 60 kubectl --context tpp-admin -n $TNS rollout status deploy/gen --timeout=50s >/dev/null && [ \"\$(kubectl --context tpp-admin -n $TNS get deploy gen -o jsonpath='{.status.readyReplicas}')\" = 2 ]"
must "kubectl run" kubectl --context tpp-admin -n "$TNS" run solo --image=busybox:1.36 --labels=role=solo -- sleep 3600
check "the bare pod becomes Ready" timeout 20 kubectl --context tpp-admin -n "$TNS" wait --for=condition=Ready pod/solo --timeout=15s
check "kubectl delete namespace" timeout 30 kubectl --context tpp-admin delete namespace "$TNS"
check "namespace gone" bash -c "! kubectl --context tpp-admin get namespace $TNS 2>/dev/null"
finish
