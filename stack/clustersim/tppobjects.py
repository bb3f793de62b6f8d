"""The Terminal++ platform as Kubernetes objects (from the DevOps guide's
"Kubernetes Deployment" and "Auto-Scaling Configuration" sections) and the
factories for nodes and pods.

Objects here are plain dicts in the exact JSON shape the apiserver returns.
"""
import decimal
import functools
import hashlib
import json
import random
import re
import time

from store import now_iso

APP_NS = "terminal-plus-plus"
SANDBOX_NS = "terminal-plus-plus-sandboxes"
PODS_PER_NODE = 110
SANDBOX_IMAGE = "ghcr.io/yourusername/terminal-plus-plus/sandbox:latest"
IMG = "ghcr.io/yourusername/terminal-plus-plus/%s:latest"
HASH_ALPHABET = "bcdfghjklmnpqrstvwxz2456789"  # k8s.io/apimachinery/pkg/util/rand SafeEncodeString


def rand_suffix(n=5, rng=random):
    return "".join(rng.choice(HASH_ALPHABET) for _ in range(n))


_Q = re.compile(r"^([0-9]+(?:\.[0-9]+)?)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$")
_DEC = {"m": -3, "": 0, "k": 3, "M": 6, "G": 9, "T": 12, "P": 15, "E": 18}
_BIN = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]


@functools.lru_cache(maxsize=4096)
def canon_quantity(s):
    """resource.Quantity's canonical form ("1000m" -> "1", "1024Mi" -> "1Gi"), as the
    apiserver returns it; unparseable values are left alone."""
    if not isinstance(s, str):
        return s
    m = _Q.match(s.strip())
    if not m:
        return s
    num, suf = decimal.Decimal(m.group(1)), m.group(2) or ""
    if suf in _BIN and suf:
        v = num * (1024 ** _BIN.index(suf))
        if v == v.to_integral_value() and v != 0:
            v = int(v)
            i = 0
            while i + 1 < len(_BIN) and v % 1024 == 0:
                v //= 1024
                i += 1
            return "%d%s" % (v, _BIN[i])
        num, suf = v, ""
    v = num * (decimal.Decimal(10) ** _DEC[suf])
    milli = v * 1000
    if milli != milli.to_integral_value():
        return s
    milli = int(milli)
    if milli % 1000:
        return "%dm" % milli
    v = milli // 1000
    exp = 0
    while v and v % 1000 == 0 and exp < 18:
        v //= 1000
        exp += 3
    return "%d%s" % (v, {0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E"}[exp])


def canon_pod_spec(spec):
    """Canonicalize resource quantities in place (containers' requests/limits)."""
    for key in ("containers", "initContainers"):
        for c in (spec or {}).get(key) or []:
            for kind in ("requests", "limits"):
                r = (c.get("resources") or {}).get(kind)
                if isinstance(r, dict):
                    for k in list(r):
                        r[k] = canon_quantity(r[k])
    return spec


def normalize_template(template):
    """A pod template as compared by the Deployment controller: no hash label,
    no null creationTimestamp, canonical quantities."""
    t = json.loads(json.dumps(template))
    md = t.get("metadata") or {}
    if md.get("creationTimestamp") is None:
        md.pop("creationTimestamp", None)
    labels = md.get("labels")
    if labels:
        labels.pop("pod-template-hash", None)
    canon_pod_spec(t.get("spec"))
    return t


def template_hash(template):
    """Stable pod-template-hash of a template (label itself excluded)."""
    h = hashlib.sha256(json.dumps(normalize_template(template), sort_keys=True).encode()).digest()
    return "".join(HASH_ALPHABET[b % len(HASH_ALPHABET)] for b in h[:10])


def strip_hash(template):
    return normalize_template(template)


def namespace(name, created, labels=None):
    lb = {"kubernetes.io/metadata.name": name}
    lb.update(labels or {})
    return {"kind": "Namespace", "apiVersion": "v1",
            "metadata": {"name": name, "labels": lb, "creationTimestamp": created},
            "spec": {"finalizers": ["kubernetes"]}, "status": {"phase": "Active"}}


def node(i, created):
    name = "tpp-node-%03d" % i
    zone = "zone-%s" % "abc"[i % 3]
    cond = []
    for typ, st, reason, msg in [
            ("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
            ("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
            ("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
            ("Ready", "True", "KubeletReady", "kubelet is posting ready status")]:
        cond.append({"type": typ, "status": st, "lastHeartbeatTime": now_iso(), "lastTransitionTime": created,
                     "reason": reason, "message": msg})
    res = {"cpu": "128", "ephemeral-storage": "507944172Ki", "memory": "527939692Ki", "pods": str(PODS_PER_NODE)}
    alloc = {"cpu": "127610m", "ephemeral-storage": "468118122282", "memory": "521540716Ki", "pods": str(PODS_PER_NODE)}
    return {"kind": "Node", "apiVersion": "v1",
            "metadata": {"name": name, "creationTimestamp": created,
                         "labels": {"kubernetes.io/arch": "amd64", "kubernetes.io/os": "linux",
                                    "kubernetes.io/hostname": name, "beta.kubernetes.io/arch": "amd64",
                                    "beta.kubernetes.io/os": "linux", "node.kubernetes.io/instance-type": "m6i.32xlarge",
                                    "topology.kubernetes.io/zone": zone, "topology.kubernetes.io/region": "sim-1",
                                    "node-role.kubernetes.io/worker": ""},
                         "annotations": {"node.alpha.kubernetes.io/ttl": "0"}},
            "spec": {"podCIDR": "10.244.%d.0/24" % (i % 256), "podCIDRs": ["10.244.%d.0/24" % (i % 256)],
                     "providerID": "sim://%s" % name},
            "status": {"capacity": res, "allocatable": alloc, "conditions": cond,
                       "addresses": [{"type": "InternalIP", "address": "10.0.%d.%d" % (i // 250, i % 250 + 4)},
                                     {"type": "Hostname", "address": name}],
                       "daemonEndpoints": {"kubeletEndpoint": {"Port": 10250}},
                       "nodeInfo": {"machineID": hashlib.md5(name.encode()).hexdigest(),
                                    "systemUUID": hashlib.md5(name.encode() + b"u").hexdigest(),
                                    "bootID": hashlib.md5(name.encode() + b"b").hexdigest(),
                                    "kernelVersion": "6.1.0-28-amd64", "osImage": "Debian GNU/Linux 12 (bookworm)",
                                    "containerRuntimeVersion": "containerd://1.7.24", "kubeletVersion": "v1.32.4",
                                    "kubeProxyVersion": "v1.32.4", "operatingSystem": "linux", "architecture": "amd64"}}}


def _probe(path, port, delay, period):
    return {"httpGet": {"path": path, "port": port, "scheme": "HTTP"}, "initialDelaySeconds": delay,
            "timeoutSeconds": 1, "periodSeconds": period, "successThreshold": 1, "failureThreshold": 3}


def _container_defaults(c):
    c.setdefault("terminationMessagePath", "/dev/termination-log")
    c.setdefault("terminationMessagePolicy", "File")
    c.setdefault("imagePullPolicy", "Always" if c.get("image", "").endswith(":latest") else "IfNotPresent")
    return c


def _pod_spec_defaults(spec):
    canon_pod_spec(spec)
    for c in spec.get("containers", []):
        _container_defaults(c)
    spec.setdefault("restartPolicy", "Always")
    spec.setdefault("terminationGracePeriodSeconds", 30)
    spec.setdefault("dnsPolicy", "ClusterFirst")
    spec.setdefault("securityContext", {})
    spec.setdefault("schedulerName", "default-scheduler")
    return spec


FRONTEND_TEMPLATE = {
    "metadata": {"labels": {"app": "frontend"}},
    "spec": _pod_spec_defaults({"containers": [{
        "name": "frontend", "image": IMG % "frontend", "ports": [{"containerPort": 3000, "protocol": "TCP"}],
        "env": [{"name": "NODE_ENV", "valueFrom": {"configMapKeyRef": {"name": "app-config", "key": "NODE_ENV"}}},
                {"name": "NEXT_PUBLIC_API_URL", "value": "https://api.terminal-plus-plus.com"}],
        "resources": {"requests": {"memory": "256Mi", "cpu": "250m"}, "limits": {"memory": "512Mi", "cpu": "500m"}},
        "livenessProbe": _probe("/api/health", 3000, 30, 10),
        "readinessProbe": _probe("/api/health", 3000, 5, 5)}]}),
}

BACKEND_TEMPLATE = {
    "metadata": {"labels": {"app": "backend"}},
    "spec": _pod_spec_defaults({"containers": [{
        "name": "backend", "image": IMG % "backend", "ports": [{"containerPort": 8000, "protocol": "TCP"}],
        "env": [{"name": "DATABASE_URL", "valueFrom": {"secretKeyRef": {"name": "app-secrets", "key": "database-url"}}},
                {"name": "JWT_SECRET", "valueFrom": {"secretKeyRef": {"name": "app-secrets", "key": "jwt-secret"}}},
                {"name": "ENVIRONMENT", "valueFrom": {"configMapKeyRef": {"name": "app-config", "key": "ENVIRONMENT"}}}],
        "volumeMounts": [{"name": "docker-socket", "mountPath": "/var/run/docker.sock"}],
        "resources": {"requests": {"memory": "512Mi", "cpu": "500m"}, "limits": {"memory": "1Gi", "cpu": "1000m"}},
        "livenessProbe": _probe("/health", 8000, 30, 10),
        "readinessProbe": _probe("/health", 8000, 5, 5)}],
        "volumes": [{"name": "docker-socket", "hostPath": {"path": "/var/run/docker.sock", "type": ""}}]}),
}


def deployment(name, template, replicas, created):
    return {"kind": "Deployment", "apiVersion": "apps/v1",
            "metadata": {"name": name, "namespace": APP_NS, "creationTimestamp": created, "generation": 1,
                         "labels": {"app": name}, "annotations": {"deployment.kubernetes.io/revision": "1"}},
            "spec": {"replicas": replicas, "selector": {"matchLabels": {"app": name}},
                     "template": json.loads(json.dumps(template)),
                     "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "25%", "maxSurge": "25%"}},
                     "revisionHistoryLimit": 10, "progressDeadlineSeconds": 600},
            "status": {}}


def deployment_defaults(obj):
    """Defaults the apiserver fills on create (for user-created Deployments)."""
    sp = obj.setdefault("spec", {})
    sp.setdefault("replicas", 1)
    sp.setdefault("strategy", {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "25%", "maxSurge": "25%"}})
    sp.setdefault("revisionHistoryLimit", 10)
    sp.setdefault("progressDeadlineSeconds", 600)
    _pod_spec_defaults(sp.setdefault("template", {}).setdefault("spec", {}))
    obj["metadata"]["generation"] = 1
    obj.setdefault("status", {})
    return obj


def hpas(created):
    def hpa(name, target, lo, hi, metrics):
        return {"kind": "HorizontalPodAutoscaler", "apiVersion": "autoscaling/v2",
                "metadata": {"name": name, "namespace": APP_NS, "creationTimestamp": created},
                "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": target},
                         "minReplicas": lo, "maxReplicas": hi, "metrics": metrics},
                "status": {"currentReplicas": 0, "desiredReplicas": 0}}

    def res(n, u):
        return {"type": "Resource", "resource": {"name": n, "target": {"type": "Utilization", "averageUtilization": u}}}
    return [hpa("backend-hpa", "backend", 3, 20,
                [res("cpu", 70), res("memory", 80),
                 {"type": "Pods", "pods": {"metric": {"name": "active_connections"},
                                           "target": {"type": "AverageValue", "averageValue": "100"}}}]),
            hpa("frontend-hpa", "frontend", 2, 10, [res("cpu", 70)])]


def configmap(created):
    return {"kind": "ConfigMap", "apiVersion": "v1",
            "metadata": {"name": "app-config", "namespace": APP_NS, "creationTimestamp": created},
            "data": {"NODE_ENV": "production", "ENVIRONMENT": "production", "LOG_LEVEL": "info"}}


def pod_from_template(rs, name):
    """A new (Pending, unscheduled) pod owned by ReplicaSet rs."""
    tmpl = json.loads(json.dumps(rs["spec"]["template"]))
    md = tmpl.get("metadata") or {}
    ns = rs["metadata"]["namespace"]
    pod = {"kind": "Pod", "apiVersion": "v1",
           "metadata": {"name": name, "generateName": rs["metadata"]["name"] + "-", "namespace": ns,
                        "labels": md.get("labels", {}),
                        "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet",
                                             "name": rs["metadata"]["name"], "uid": rs["metadata"]["uid"],
                                             "controller": True, "blockOwnerDeletion": True}]},
           "spec": _pod_spec_defaults(tmpl.get("spec", {})),
           "status": {"phase": "Pending", "qosClass": "Burstable"}}
    if md.get("annotations"):
        pod["metadata"]["annotations"] = md["annotations"]
    pod["spec"].setdefault("serviceAccountName", "default")
    pod["spec"].setdefault("serviceAccount", "default")
    pod["spec"].setdefault("enableServiceLinks", True)
    pod["spec"].setdefault("priority", 0)
    pod["spec"].setdefault("preemptionPolicy", "PreemptLowerPriority")
    pod["spec"].setdefault("tolerations", [
        {"key": "node.kubernetes.io/not-ready", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300},
        {"key": "node.kubernetes.io/unreachable", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 300}])
    return pod


def sandbox_pod(sb, created):
    """sb: dict id, user_id, image, cpu (millicores), mem (MB)."""
    res = {"cpu": canon_quantity("%dm" % sb["cpu"]), "memory": canon_quantity("%dMi" % sb["mem"])}
    return {"kind": "Pod", "apiVersion": "v1",
            "metadata": {"name": "sandbox-" + sb["id"], "namespace": SANDBOX_NS, "creationTimestamp": created,
                         "labels": {"app": "sandbox", "terminalpp.io/sandbox-id": sb["id"],
                                    "terminalpp.io/user-id": sb["user_id"]}},
            "spec": {"containers": [{"name": "sandbox", "image": sb["image"] or SANDBOX_IMAGE,
                                     "command": ["/bin/sh", "-c", "sleep infinity"],
                                     "resources": {"requests": res, "limits": res},
                                     "workingDir": "/workspace",
                                     "terminationMessagePath": "/dev/termination-log",
                                     "terminationMessagePolicy": "File", "imagePullPolicy": "IfNotPresent"}],
                     "restartPolicy": "Always", "terminationGracePeriodSeconds": 10, "dnsPolicy": "ClusterFirst",
                     "serviceAccountName": "sandbox", "automountServiceAccountToken": False,
                     "schedulerName": "default-scheduler"},
            "status": {"phase": "Pending", "qosClass": "Guaranteed"}}


def mark_scheduled(pod, node_name, host_ip, now):
    pod["spec"]["nodeName"] = node_name
    st = pod["status"]
    st["conditions"] = [{"type": "PodScheduled", "status": "True", "lastProbeTime": None, "lastTransitionTime": now}]
    st["hostIP"] = host_ip
    st["hostIPs"] = [{"ip": host_ip}]
    st["startTime"] = now
    st["containerStatuses"] = [{"name": c["name"], "state": {"waiting": {"reason": "ContainerCreating"}},
                                "lastState": {}, "ready": False, "restartCount": 0, "image": c["image"],
                                "imageID": "", "started": False} for c in pod["spec"]["containers"]]


_IMAGE_IDS = {}


def _image_id(image):
    iid = _IMAGE_IDS.get(image)
    if iid is None:
        iid = _IMAGE_IDS[image] = image.rsplit(":", 1)[0] + "@sha256:" + hashlib.sha256(image.encode()).hexdigest()
    return iid


def mark_running(pod, pod_ip, now):
    st = pod["status"]
    st["phase"] = "Running"
    sched = (st.get("conditions") or [{}])[0].get("lastTransitionTime", now)
    st["conditions"] = [{"type": t, "status": "True", "lastProbeTime": None,
                         "lastTransitionTime": sched if t == "PodScheduled" else now}
                        for t in ("PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady", "PodScheduled")]
    st["podIP"] = pod_ip
    st["podIPs"] = [{"ip": pod_ip}]
    cs = []
    for c in pod["spec"]["containers"]:
        cs.append({"name": c["name"], "state": {"running": {"startedAt": now}}, "lastState": {},
                   "ready": True, "restartCount": 0, "image": c["image"], "imageID": _image_id(c["image"]),
                   "containerID": "containerd://%064x" % random.getrandbits(256), "started": True})
    st["containerStatuses"] = cs


def running_pod_fast(pod, node_name, host_ip, pod_ip, created):
    """Initial-state pods go straight to Running (no events) so 30,000 start fast."""
    pod["spec"]["nodeName"] = node_name
    st = pod["status"]
    st["hostIP"] = host_ip
    st["hostIPs"] = [{"ip": host_ip}]
    st["startTime"] = created
    mark_running(pod, pod_ip, created)
    return pod


def synthetic_sandboxes(n, seed):
    """Sandboxes for --pods N without a database (deterministic for a seed)."""
    import uuid
    rng = random.Random(seed)
    users = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(max(1, n // 3))]
    now = time.time()
    out = []
    for _ in range(n):
        out.append({"id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "user_id": rng.choice(users),
                    "image": rng.choice(["ghcr.io/yourusername/terminal-plus-plus/sandbox-python:3.11",
                                         "ghcr.io/yourusername/terminal-plus-plus/sandbox-node:20",
                                         "ghcr.io/yourusername/terminal-plus-plus/sandbox-ubuntu:22.04"]),
                    "cpu": rng.choice([500, 1000, 2000]), "mem": rng.choice([512, 1024, 2048]),
                    "created": now - rng.uniform(60, 3 * 86400)})
    return out, users
