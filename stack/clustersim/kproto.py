"""Just enough Kubernetes protobuf to read what kubectl's typed clients POST.

kubectl sends SelfSubjectAccessReview / SelfSubjectRulesReview /
SelfSubjectReview as `application/vnd.kubernetes.protobuf` (it accepts JSON
back). The envelope is the magic b"k8s\\x00" + runtime.Unknown{typeMeta=1,
raw=2, contentEncoding=3, contentType=4}; field numbers below are from
k8s.io/api/authorization/v1/generated.proto.
"""

MAGIC = b"k8s\x00"


def _varint(b, i):
    shift = result = 0
    while True:
        c = b[i]
        i += 1
        result |= (c & 0x7F) << shift
        if not c & 0x80:
            return result, i
        shift += 7


def fields(b):
    """Decode one message level into {field number: [values]} (bytes for length-delimited)."""
    out = {}
    i = 0
    while i < len(b):
        key, i = _varint(b, i)
        num, wt = key >> 3, key & 7
        if wt == 0:
            v, i = _varint(b, i)
        elif wt == 2:
            n, i = _varint(b, i)
            v = b[i:i + n]
            i += n
        elif wt == 1:
            v = b[i:i + 8]
            i += 8
        elif wt == 5:
            v = b[i:i + 4]
            i += 4
        else:
            raise ValueError("unsupported wire type %d" % wt)
        out.setdefault(num, []).append(v)
    return out


def _s(f, n):
    v = f.get(n)
    return v[0].decode() if v else ""


def unwrap(body):
    """Return (apiVersion, kind, raw message bytes) from the k8s protobuf envelope."""
    if not body.startswith(MAGIC):
        raise ValueError("missing k8s protobuf magic")
    unk = fields(body[4:])
    tm = fields(unk.get(1, [b""])[0])
    return _s(tm, 1), _s(tm, 2), unk.get(2, [b""])[0]


def review_spec(body):
    """Decode a review object to the JSON-shaped {"spec": {...}} the handlers use."""
    _, kind, raw = unwrap(body)
    msg = fields(raw)
    spec_f = fields(msg.get(2, [b""])[0])
    spec = {}
    if kind == "SelfSubjectAccessReview":
        if 1 in spec_f:
            ra = fields(spec_f[1][0])
            spec["resourceAttributes"] = {k: _s(ra, n) for n, k in
                                          ((1, "namespace"), (2, "verb"), (3, "group"), (4, "version"),
                                           (5, "resource"), (6, "subresource"), (7, "name")) if ra.get(n)}
        if 2 in spec_f:
            nra = fields(spec_f[2][0])
            spec["nonResourceAttributes"] = {"path": _s(nra, 1), "verb": _s(nra, 2)}
    elif kind == "SelfSubjectRulesReview":
        spec["namespace"] = _s(spec_f, 1)
    return {"spec": spec}


def _map(entries):
    """map<string,string> entries (each a {1: key, 2: value} message)."""
    out = {}
    for e in entries or ():
        f = fields(e)
        out[_s(f, 1)] = _s(f, 2)
    return out


def object_meta(b):
    f = fields(b)
    md = {}
    for n, k in ((1, "name"), (2, "generateName"), (3, "namespace")):
        if f.get(n) and f[n][0]:
            md[k] = _s(f, n)
    if f.get(11):
        md["labels"] = _map(f[11])
    if f.get(12):
        md["annotations"] = _map(f[12])
    return md


def decode_object(body):
    """ConfigMap and Namespace bodies (what `kubectl create configmap|namespace`
    send). Other kinds raise ValueError: the caller answers 415."""
    api_version, kind, raw = unwrap(body)
    f = fields(raw)
    obj = {"kind": kind, "apiVersion": api_version, "metadata": object_meta(f.get(1, [b""])[0])}
    if kind == "ConfigMap":
        if f.get(2):
            obj["data"] = _map(f[2])
        if f.get(3):
            import base64
            obj["binaryData"] = {k: base64.b64encode(v.encode("latin-1")).decode() for k, v in _map(f[3]).items()}
        if f.get(4):
            obj["immutable"] = bool(f[4][0])
        return obj
    if kind == "Namespace":
        return obj
    if kind == "Deployment":
        obj["spec"] = _deployment_spec(f.get(2, [b""])[0])
        return obj
    if kind == "Pod":
        obj["spec"] = _pod_spec(f.get(2, [b""])[0])
        return obj
    raise ValueError("protobuf body of kind %s is not supported by the simulator; send JSON" % kind)


# Field numbers from k8s.io/api/{core,apps}/v1/generated.proto (checked against
# `kubectl create deployment -v=9` request dumps). Only what kubectl's
# generators set is decoded; unset (empty) strings are left out.
def _strs(f, n):
    return [v.decode() for v in f.get(n, [])]


def _container(b):
    f = fields(b)
    c = {"name": _s(f, 1), "image": _s(f, 2)}
    if f.get(3):
        c["command"] = _strs(f, 3)
    if f.get(4):
        c["args"] = _strs(f, 4)
    if _s(f, 5):
        c["workingDir"] = _s(f, 5)
    ports = []
    for pb in f.get(6, []):
        pf = fields(pb)
        p = {"containerPort": pf.get(3, [0])[0], "protocol": _s(pf, 4) or "TCP"}
        if _s(pf, 1):
            p["name"] = _s(pf, 1)
        ports.append(p)
    if ports:
        c["ports"] = ports
    env = []
    for eb in f.get(7, []):
        ef = fields(eb)
        env.append({"name": _s(ef, 1), "value": _s(ef, 2)})
    if env:
        c["env"] = env
    c["resources"] = {}
    if _s(f, 14):
        c["imagePullPolicy"] = _s(f, 14)
    return c


def _pod_spec(b):
    f = fields(b)
    spec = {"containers": [_container(cb) for cb in f.get(2, [])]}
    for n, k in ((3, "restartPolicy"), (6, "dnsPolicy"), (8, "serviceAccountName")):
        if _s(f, n):
            spec[k] = _s(f, n)
    if f.get(7):
        spec["nodeSelector"] = _map(f[7])
    return spec


def _deployment_spec(b):
    f = fields(b)
    spec = {}
    if f.get(1):
        spec["replicas"] = f[1][0]
    if f.get(2):
        spec["selector"] = {"matchLabels": _map(fields(f[2][0]).get(1))}
    if f.get(3):
        tf = fields(f[3][0])
        spec["template"] = {"metadata": object_meta(tf.get(1, [b""])[0]), "spec": _pod_spec(tf.get(2, [b""])[0])}
    if f.get(4):
        st = _s(fields(f[4][0]), 1)
        if st:
            spec["strategy"] = {"type": st}
    for n, k in ((5, "minReadySeconds"), (6, "revisionHistoryLimit"), (9, "progressDeadlineSeconds")):
        if f.get(n) and f[n][0]:
            spec[k] = f[n][0]
    if f.get(7) and f[7][0]:
        spec["paused"] = True
    return spec
