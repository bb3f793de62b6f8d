"""Server-side printing: `meta.k8s.io/v1 Table` responses.

kubectl asks for `Accept: application/json;as=Table;v=v1;g=meta.k8s.io` on
`get` and prints the columns the server chooses, so the columns and cell
formats below follow kube-apiserver's printers (pkg/printers/internalversion).
Rows are built per request (AGE changes with time); only a page (500) is
converted at a time, so this stays cheap at 30,000 pods.
"""
import calendar
import functools
import time

from store import dumps


def _col(name, typ="string", desc="", fmt="", prio=0):
    return {"name": name, "type": typ, "format": fmt, "description": desc, "priority": prio}


NAME = _col("Name", fmt="name", desc="Name must be unique within a namespace.")
AGE = _col("Age", desc="CreationTimestamp is a timestamp representing the server time when this object was created.")


@functools.lru_cache(maxsize=65536)
def _epoch(ts):
    try:
        return calendar.timegm(time.strptime(ts, "%Y-%m-%dT%H:%M:%SZ"))
    except (ValueError, TypeError):
        return time.time()


def human_duration(secs):
    """k8s.io/apimachinery/pkg/util/duration.HumanDuration."""
    s = int(secs)
    if s < -1:
        return "<invalid>"
    if s < 0:
        return "0s"
    if s < 120:
        return "%ds" % s
    m = s // 60
    if m < 10:
        return "%dm" % m if s % 60 == 0 else "%dm%ds" % (m, s % 60)
    if m < 180:
        return "%dm" % m
    h = s // 3600
    if h < 8:
        return "%dh" % h if m % 60 == 0 else "%dh%dm" % (h, m % 60)
    if h < 48:
        return "%dh" % h
    if h < 24 * 8:
        return "%dd" % (h // 24) if h % 24 == 0 else "%dd%dh" % (h // 24, h % 24)
    if h < 24 * 365 * 2:
        return "%dd" % (h // 24)
    if h < 24 * 365 * 8:
        dy = (h // 24) % 365
        return "%dy" % (h // 24 // 365) if dy == 0 else "%dy%dd" % (h // 24 // 365, dy)
    return "%dy" % (h // 24 // 365)


def age(ts, now):
    if not ts:
        return "<unknown>"
    return human_duration(now - _epoch(ts))


def pod_status(p):
    st = p.get("status", {})
    reason = st.get("reason") or st.get("phase", "Unknown")
    ready = 0
    restarts = 0
    total = len(p.get("spec", {}).get("containers", []))
    for cs in st.get("containerStatuses", []) or []:
        restarts += cs.get("restartCount", 0)
        state = cs.get("state", {})
        if "waiting" in state and state["waiting"].get("reason"):
            reason = state["waiting"]["reason"]
        elif "terminated" in state:
            reason = state["terminated"].get("reason") or "Error"
        elif "running" in state and cs.get("ready"):
            ready += 1
    if p["metadata"].get("deletionTimestamp"):
        reason = "Terminating"
    return reason, "%d/%d" % (ready, total), restarts


def _images(tmpl_spec):
    cs = tmpl_spec.get("containers", [])
    return ",".join(c["name"] for c in cs), ",".join(c.get("image", "") for c in cs)


def _selector(sel):
    ml = (sel or {}).get("matchLabels") or {}
    return ",".join("%s=%s" % kv for kv in sorted(ml.items()))


def _pods(o, now):
    reason, ready, restarts = pod_status(o)
    st = o.get("status", {})
    return [o["metadata"]["name"], ready, reason, restarts, age(o["metadata"].get("creationTimestamp"), now),
            st.get("podIP") or "<none>", o["spec"].get("nodeName") or "<none>", "<none>", "<none>"]


def _deploy(o, now):
    sp, st = o.get("spec", {}), o.get("status", {})
    c, i = _images(sp.get("template", {}).get("spec", {}))
    return [o["metadata"]["name"], "%d/%d" % (st.get("readyReplicas", 0), sp.get("replicas", 1)),
            st.get("updatedReplicas", 0), st.get("availableReplicas", 0),
            age(o["metadata"].get("creationTimestamp"), now), c, i, _selector(sp.get("selector"))]


def _rs(o, now):
    sp, st = o.get("spec", {}), o.get("status", {})
    c, i = _images(sp.get("template", {}).get("spec", {}))
    return [o["metadata"]["name"], sp.get("replicas", 0), st.get("replicas", 0), st.get("readyReplicas", 0),
            age(o["metadata"].get("creationTimestamp"), now), c, i, _selector(sp.get("selector"))]


def hpa_targets(o):
    sp, st = o.get("spec", {}), o.get("status", {})
    cur = st.get("currentMetrics") or []
    parts = []
    for i, m in enumerate(sp.get("metrics", [])):
        c = cur[i] if i < len(cur) else {}
        if m["type"] == "Resource":
            t = m["resource"]["target"]
            name = m["resource"]["name"]
            cv = (c.get("resource") or {}).get("current", {}).get("averageUtilization")
            cur_s = "%d%%" % cv if cv is not None else "<unknown>"
            parts.append("%s: %s/%d%%" % (name, cur_s, t.get("averageUtilization", 0)))
        elif m["type"] == "Pods":
            t = m["pods"]["target"]
            cv = (c.get("pods") or {}).get("current", {}).get("averageValue")
            parts.append("%s/%s" % (cv if cv is not None else "<unknown>", t.get("averageValue")))
    if len(parts) > 2:
        return "%s + %d more..." % (", ".join(parts[:2]), len(parts) - 2)
    return ", ".join(parts) or "<none>"


def _hpa(o, now):
    sp, st = o.get("spec", {}), o.get("status", {})
    ref = sp.get("scaleTargetRef", {})
    return [o["metadata"]["name"], "%s/%s" % (ref.get("kind"), ref.get("name")), hpa_targets(o),
            sp.get("minReplicas", 1), sp.get("maxReplicas"), st.get("currentReplicas", 0),
            age(o["metadata"].get("creationTimestamp"), now)]


def _cm(o, now):
    return [o["metadata"]["name"], len(o.get("data") or {}) + len(o.get("binaryData") or {}),
            age(o["metadata"].get("creationTimestamp"), now)]


def _ns(o, now):
    return [o["metadata"]["name"], o.get("status", {}).get("phase", "Active"),
            age(o["metadata"].get("creationTimestamp"), now)]


def _node(o, now):
    st = o.get("status", {})
    ready = "Unknown"
    for c in st.get("conditions", []):
        if c["type"] == "Ready":
            ready = "Ready" if c["status"] == "True" else "NotReady"
    if o.get("spec", {}).get("unschedulable"):
        ready += ",SchedulingDisabled"
    labels = o["metadata"].get("labels", {})
    roles = ",".join(sorted(k.split("/", 1)[1] for k in labels if k.startswith("node-role.kubernetes.io/"))) or "<none>"
    addrs = {a["type"]: a["address"] for a in st.get("addresses", [])}
    ni = st.get("nodeInfo", {})
    return [o["metadata"]["name"], ready, roles, age(o["metadata"].get("creationTimestamp"), now),
            ni.get("kubeletVersion", ""), addrs.get("InternalIP", "<none>"), addrs.get("ExternalIP", "<none>"),
            ni.get("osImage", ""), ni.get("kernelVersion", ""), ni.get("containerRuntimeVersion", "")]


def _event(o, now):
    last = o.get("lastTimestamp") or o.get("eventTime") or o["metadata"].get("creationTimestamp")
    first = o.get("firstTimestamp") or last
    io = o.get("involvedObject", {})
    src = o.get("source", {})
    cnt = o.get("count", 1)
    last_seen = age(last, now)
    if cnt > 1:
        last_seen = "%s (x%d over %s)" % (last_seen, cnt, age(first, now))
    return [last_seen, o.get("type", ""), o.get("reason", ""), "%s/%s" % (io.get("kind", "").lower(), io.get("name", "")),
            io.get("fieldPath", ""), src.get("component", "") + ((", " + src["host"]) if src.get("host") else ""),
            o.get("message", ""), age(first, now), cnt, o["metadata"]["name"]]


PRINTERS = {
    "pods": ([NAME, _col("Ready", desc="The aggregate readiness state of this pod for accepting traffic."),
              _col("Status", desc="The aggregate status of the containers in this pod."),
              _col("Restarts", "string", "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted."),
              AGE, _col("IP", prio=1, desc="IP address allocated to the pod. Routable at least within the cluster."),
              _col("Node", prio=1, desc="Name of the node this pod is running on."),
              _col("Nominated Node", prio=1), _col("Readiness Gates", prio=1)], _pods),
    "deployments": ([NAME, _col("Ready", desc="Number of the pod with ready state"),
                     _col("Up-to-date", "integer", "Total number of non-terminated pods targeted by this deployment that have the desired template spec."),
                     _col("Available", "integer", "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment."),
                     AGE, _col("Containers", prio=1), _col("Images", prio=1), _col("Selector", prio=1)], _deploy),
    "replicasets": ([NAME, _col("Desired", "integer", "Number of desired pods."),
                     _col("Current", "integer", "Number of actual replicas."),
                     _col("Ready", "integer", "The number of ready replicas for this replica set."),
                     AGE, _col("Containers", prio=1), _col("Images", prio=1), _col("Selector", prio=1)], _rs),
    "horizontalpodautoscalers": ([NAME, _col("Reference"), _col("Targets"), _col("MinPods", "string"),
                                  _col("MaxPods", "integer"), _col("Replicas", "integer"), AGE], _hpa),
    "configmaps": ([NAME, _col("Data", "integer"), AGE], _cm),
    "namespaces": ([NAME, _col("Status"), AGE], _ns),
    "nodes": ([NAME, _col("Status"), _col("Roles"), AGE, _col("Version"), _col("Internal-IP", prio=1),
               _col("External-IP", prio=1), _col("OS-Image", prio=1), _col("Kernel-Version", prio=1),
               _col("Container-Runtime", prio=1)], _node),
    "events": ([_col("Last Seen"), _col("Type"), _col("Reason"), _col("Object"), _col("Subobject", prio=1),
                _col("Source", prio=1), _col("Message"), _col("First Seen", prio=1), _col("Count", "integer", prio=1),
                _col("Name", prio=1)], _event),
}


def wants_table(accept):
    return "as=Table" in (accept or "")


def _row_object(ent, include):
    if include == "Object":
        return ent.raw
    if include == "None":
        return b"null"
    md = ent.obj["metadata"]
    return dumps({"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1", "metadata": md})


def table_bytes(rd, entries, list_meta, include="PartialObjectMetadata", with_columns=True):
    """entries: iterable of store.Entry. Returns the Table as bytes."""
    cols, fn = PRINTERS.get(rd.name, ([NAME, AGE], None))
    now = time.time()
    rows = []
    for ent in entries:
        o = ent.obj
        cells = fn(o, now) if fn else [o["metadata"]["name"], age(o["metadata"].get("creationTimestamp"), now)]
        rows.append(b'{"cells":' + dumps(cells) + b',"object":' + _row_object(ent, include) + b"}")
    # Watch events carry the column definitions only in the first event, like the apiserver.
    head = {"kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": list_meta,
            "columnDefinitions": cols if with_columns else None}
    h = dumps(head)
    return h[:-1] + b',"rows":[' + b",".join(rows) + b"]}"


def scale_obj(rd, obj):
    md = obj["metadata"]
    return {"kind": "Scale", "apiVersion": "autoscaling/v1",
            "metadata": {"name": md["name"], "namespace": md.get("namespace"), "uid": md.get("uid"),
                         "resourceVersion": md.get("resourceVersion"),
                         "creationTimestamp": md.get("creationTimestamp")},
            "spec": {"replicas": obj.get("spec", {}).get("replicas", 0)},
            "status": {"replicas": obj.get("status", {}).get("replicas", 0),
                       "selector": _selector(obj.get("spec", {}).get("selector"))}}
