"""Resource descriptors and the discovery documents built from them.

One `Res` per served resource drives routing, discovery (/api/v1, /apis/...),
error messages and authorization, so adding a kind is a one-line change here
plus its table columns in tables.py.
"""

VERBS_RW = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]
VERBS_NS = ["create", "delete", "get", "list", "patch", "update", "watch"]


class Res:
    def __init__(self, name, kind, group, version, namespaced, short=(), verbs=VERBS_RW,
                 subresources=(), categories=(), singular=None, field_selectors=()):
        self.name = name
        self.kind = kind
        self.group = group
        self.version = version
        self.namespaced = namespaced
        self.short = list(short)
        self.verbs = list(verbs)
        self.subresources = dict(subresources)  # name -> (kind, verbs)
        self.categories = list(categories)
        self.singular = singular or kind.lower()
        self.api_version = version if not group else "%s/%s" % (group, version)
        self.list_kind = kind + "List"
        # Besides metadata.name/metadata.namespace every kind accepts.
        self.field_selectors = ["metadata.name", "metadata.namespace"] + list(field_selectors)


POD_FIELDS = ["status.phase", "spec.nodeName", "spec.restartPolicy", "spec.schedulerName",
              "spec.serviceAccountName", "status.podIP", "status.nominatedNodeName",
              "spec.hostNetwork"]
EVENT_FIELDS = ["involvedObject.kind", "involvedObject.namespace", "involvedObject.name",
                "involvedObject.uid", "involvedObject.apiVersion", "involvedObject.resourceVersion",
                "involvedObject.fieldPath", "reason", "reportingComponent", "source", "type"]

RESOURCES = [
    Res("namespaces", "Namespace", "", "v1", False, ["ns"], VERBS_NS,
        {"status": ("Namespace", ["get", "patch", "update"])},
        field_selectors=["status.phase"]),
    Res("nodes", "Node", "", "v1", False, ["no"], VERBS_RW,
        {"status": ("Node", ["get", "patch", "update"])}, field_selectors=["spec.unschedulable"]),
    Res("pods", "Pod", "", "v1", True, ["po"], VERBS_RW,
        {"exec": ("PodExecOptions", ["create", "get"]), "log": ("Pod", ["get"]),
         "status": ("Pod", ["get", "patch", "update"])}, ["all"], field_selectors=POD_FIELDS),
    Res("configmaps", "ConfigMap", "", "v1", True, ["cm"]),
    Res("events", "Event", "", "v1", True, ["ev"], field_selectors=EVENT_FIELDS),
    Res("deployments", "Deployment", "apps", "v1", True, ["deploy"], VERBS_RW,
        {"scale": ("Scale", ["get", "patch", "update"]),
         "status": ("Deployment", ["get", "patch", "update"])}, ["all"]),
    Res("replicasets", "ReplicaSet", "apps", "v1", True, ["rs"], VERBS_RW,
        {"scale": ("Scale", ["get", "patch", "update"]),
         "status": ("ReplicaSet", ["get", "patch", "update"])}, ["all"],
        field_selectors=["status.replicas"]),
    Res("horizontalpodautoscalers", "HorizontalPodAutoscaler", "autoscaling", "v2", True, ["hpa"],
        VERBS_RW, {"status": ("HorizontalPodAutoscaler", ["get", "patch", "update"])}, ["all"]),
]

BY_PATH = {(r.group, r.version, r.name): r for r in RESOURCES}
BY_NAME = {r.name: r for r in RESOURCES}

# Review kinds: create-only, not stored.
REVIEWS = {
    ("authorization.k8s.io", "v1"): [("selfsubjectaccessreviews", "SelfSubjectAccessReview"),
                                     ("selfsubjectrulesreviews", "SelfSubjectRulesReview")],
    ("authentication.k8s.io", "v1"): [("selfsubjectreviews", "SelfSubjectReview")],
}

GROUPS = [("apps", ["v1"]), ("autoscaling", ["v2"]), ("authorization.k8s.io", ["v1"]),
          ("authentication.k8s.io", ["v1"])]

VERSION_INFO = {
    "major": "1", "minor": "32", "gitVersion": "v1.32.4", "gitCommit": "59526cd4867447956156ae3a602fcbac10a2c335",
    "gitTreeState": "clean", "buildDate": "2025-04-22T16:02:27Z", "goVersion": "go1.23.6",
    "compiler": "gc", "platform": "linux/amd64",
}


def api_versions(server_addr):
    return {"kind": "APIVersions", "versions": ["v1"],
            "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": server_addr}]}


def api_group_list():
    groups = []
    for g, versions in GROUPS:
        vs = [{"groupVersion": "%s/%s" % (g, v), "version": v} for v in versions]
        groups.append({"name": g, "versions": vs, "preferredVersion": vs[0]})
    return {"kind": "APIGroupList", "apiVersion": "v1", "groups": groups}


def api_group(group):
    for g, versions in GROUPS:
        if g == group:
            vs = [{"groupVersion": "%s/%s" % (g, v), "version": v} for v in versions]
            return {"kind": "APIGroup", "apiVersion": "v1", "name": g, "versions": vs,
                    "preferredVersion": vs[0]}
    return None


def resource_list(group, version):
    """APIResourceList for one group/version, or None if we do not serve it."""
    gv = version if not group else "%s/%s" % (group, version)
    out = []
    for r in RESOURCES:
        if r.group != group or r.version != version:
            continue
        ent = {"name": r.name, "singularName": r.singular, "namespaced": r.namespaced,
               "kind": r.kind, "verbs": r.verbs}
        if r.short:
            ent["shortNames"] = r.short
        if r.categories:
            ent["categories"] = r.categories
        out.append(ent)
        for sub, (kind, verbs) in r.subresources.items():
            e = {"name": "%s/%s" % (r.name, sub), "singularName": "", "namespaced": r.namespaced,
                 "kind": kind, "verbs": verbs}
            if sub == "scale":
                e.update(group="autoscaling", version="v1")
            out.append(e)
    for name, kind in REVIEWS.get((group, version), []):
        out.append({"name": name, "singularName": kind.lower(), "namespaced": False,
                    "kind": kind, "verbs": ["create"]})
    if not out and (group, version) not in REVIEWS:
        return None
    return {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": gv, "resources": out}
