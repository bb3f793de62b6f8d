"""Create / update / patch / delete, the scale subresource, validation and dryRun.

Every write goes: build the would-be object -> keep server-owned fields ->
validate (422 with the apiserver's field messages) -> if dryRun=All return it
unchanged in the store, else persist (the controllers react to the event).
"""
import copy
import json
import random
import re

import apierrors
import patching
import tppobjects as plat
import tables
from apierrors import ApiError, bad_request, invalid
from store import now_iso

DNS1123 = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
CM_KEY = re.compile(r"^[-._a-zA-Z0-9]+$")
GENERATION_KINDS = {"deployments", "replicasets", "horizontalpodautoscalers"}


class Writer:
    def __init__(self, store, cluster):
        self.store = store
        self.cluster = cluster

    # -- validation ----------------------------------------------------------
    def validate(self, rd, obj, old=None):
        name = obj["metadata"].get("name", "")
        causes = []
        if old is None and (not name or len(name) > 253 or not DNS1123.match(name)):
            causes.append(("metadata.name", 'Invalid value: "%s": a lowercase RFC 1123 subdomain must consist of '
                           "lower case alphanumeric characters, '-' or '.', and must start and end with an "
                           "alphanumeric character (e.g. 'example.com', regex used for validation is "
                           "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')" % name))
        for k, v in (obj["metadata"].get("labels") or {}).items():
            if not isinstance(v, str):
                raise bad_request("json: cannot unmarshal %s into Go struct field ObjectMeta.metadata.labels of type string"
                                  % type(v).__name__)
        sp = obj.get("spec") or {}
        if rd.name in ("deployments", "replicasets"):
            r = sp.get("replicas", 1)
            if not isinstance(r, int) or isinstance(r, bool):
                raise bad_request("json: cannot unmarshal %s into Go struct field %sSpec.spec.replicas of type int32"
                                  % (type(r).__name__, rd.kind))
            if r < 0:
                causes.append(("spec.replicas", "Invalid value: %d: must be greater than or equal to 0" % r))
            ml = (sp.get("selector") or {}).get("matchLabels") or {}
            tl = ((sp.get("template") or {}).get("metadata") or {}).get("labels") or {}
            if not ml:
                causes.append(("spec.selector", "Required value"))
            elif any(tl.get(k) != v for k, v in ml.items()):
                causes.append(("spec.template.metadata.labels", "Invalid value: map[string]string%s: `selector` does not match template `labels`"
                               % _gomap(tl)))
            if not ((sp.get("template") or {}).get("spec") or {}).get("containers"):
                causes.append(("spec.template.spec.containers", "Required value"))
            if old is not None and old.get("spec", {}).get("selector") != sp.get("selector"):
                causes.append(("spec.selector", "Invalid value: v1.LabelSelector{MatchLabels:map[string]string%s, "
                               "MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable"
                               % _gomap(ml)))
        elif rd.name == "horizontalpodautoscalers":
            lo, hi = sp.get("minReplicas", 1), sp.get("maxReplicas")
            if not isinstance(lo, int) or (hi is not None and not isinstance(hi, int)):
                raise bad_request("json: cannot unmarshal string into Go struct field HorizontalPodAutoscalerSpec.spec.minReplicas of type int32")
            if lo < 1:
                causes.append(("spec.minReplicas", "Invalid value: %d: must be greater than or equal to 1" % lo))
            if hi is None:
                causes.append(("spec.maxReplicas", "Required value"))
            elif hi < lo:
                causes.append(("spec.maxReplicas", "Invalid value: %d: must be greater than or equal to `minReplicas`" % hi))
        elif rd.name == "configmaps":
            for k, v in (obj.get("data") or {}).items():
                if not isinstance(v, str):
                    raise bad_request("json: cannot unmarshal %s into Go struct field ConfigMap.data of type string"
                                      % ("number" if isinstance(v, (int, float)) else type(v).__name__))
                if not CM_KEY.match(k):
                    causes.append(("data[%s]" % k, "Invalid value: \"%s\": a valid config key must consist of alphanumeric "
                                   "characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex "
                                   "used for validation is '[-._a-zA-Z0-9]+')" % k))
        elif rd.name == "pods" and old is not None:
            a, b = copy.deepcopy(old.get("spec", {})), copy.deepcopy(sp)
            for s in (a, b):
                for c in s.get("containers", []):
                    c.pop("image", None)
                s.pop("activeDeadlineSeconds", None)
                s.pop("tolerations", None)
            if a != b:
                causes.append(("spec", "Forbidden: pod updates may not change fields other than `spec.containers[*].image`,"
                               "`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only "
                               "additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be "
                               "set to 1 if it was previously negative)"))
        if causes:
            raise invalid(rd, name, causes)

    # -- helpers -------------------------------------------------------------
    def _current(self, rd, ns, name):
        ent = self.store.get(rd.name, ns, name)
        if ent is None:
            raise apierrors.not_found(rd, name)
        return ent

    def _finish_update(self, rd, old, new, subresource, dry_run, precondition_rv=None):
        """Keep server-owned fields, bump generation, validate, persist."""
        omd, nmd = old["metadata"], new.setdefault("metadata", {})
        if nmd.get("name", omd["name"]) != omd["name"]:
            raise bad_request("the name of the object (%s) does not match the name on the URL (%s)"
                              % (nmd.get("name"), omd["name"]))
        if precondition_rv and precondition_rv != omd.get("resourceVersion"):
            raise apierrors.conflict(rd, omd["name"])
        for k in ("name", "namespace", "uid", "creationTimestamp", "deletionTimestamp", "generation",
                  "ownerReferences" if not nmd.get("ownerReferences") else "__none__"):
            if k in omd:
                nmd[k] = omd[k]
            else:
                nmd.pop(k, None)
        nmd["resourceVersion"] = omd.get("resourceVersion")
        new["kind"], new["apiVersion"] = rd.kind, rd.api_version
        if subresource == "status":
            if "spec" in old:
                new["spec"] = old["spec"]
        elif "status" in old or "status" in new:
            new["status"] = old.get("status", {})
        if rd.name in ("deployments", "replicasets"):
            plat.canon_pod_spec(((new.get("spec") or {}).get("template") or {}).get("spec"))
        if rd.name in GENERATION_KINDS and new.get("spec") != old.get("spec"):
            nmd["generation"] = omd.get("generation", 1) + 1
        self.validate(rd, new, old)
        if dry_run:
            return new
        if new == old:
            return self.store.get(rd.name, omd.get("namespace"), omd["name"]).obj
        return self.store.put(rd.name, new).obj

    # -- verbs ----------------------------------------------------------------
    def create(self, rd, ns, body, dry_run):
        if not isinstance(body, dict):
            raise bad_request("the body of the request was not a JSON object")
        obj = copy.deepcopy(body)
        md = obj.setdefault("metadata", {})
        if rd.namespaced:
            if md.get("namespace") and md["namespace"] != ns:
                raise bad_request("the namespace of the provided object does not match the namespace sent on the request")
            md["namespace"] = ns
            if self.store.get("namespaces", None, ns) is None:
                raise ApiError(404, "NotFound", 'namespaces "%s" not found' % ns, {"name": ns, "kind": "namespaces"})
        if not md.get("name") and md.get("generateName"):
            md["name"] = md["generateName"] + plat.rand_suffix(5)
        obj["kind"], obj["apiVersion"] = rd.kind, rd.api_version
        for k in ("uid", "resourceVersion", "creationTimestamp", "deletionTimestamp", "generation"):
            md.pop(k, None)
        if rd.name == "deployments":
            plat.deployment_defaults(obj)
        elif rd.name in ("replicasets", "horizontalpodautoscalers"):
            md["generation"] = 1
            obj.setdefault("status", {})
        elif rd.name == "pods":
            plat._pod_spec_defaults(obj.setdefault("spec", {}))
            obj["status"] = {"phase": "Pending", "qosClass": "BestEffort"}
        elif rd.name == "namespaces":
            md.setdefault("labels", {})["kubernetes.io/metadata.name"] = md.get("name", "")
            obj["spec"] = {"finalizers": ["kubernetes"]}
            obj["status"] = {"phase": "Active"}
        self.validate(rd, obj)
        if self.store.get(rd.name, md.get("namespace"), md["name"]) is not None:
            raise apierrors.already_exists(rd, md["name"])
        if dry_run:
            md["uid"] = "%08x-0000-4000-8000-%012x" % (random.getrandbits(32), random.getrandbits(48))
            md["creationTimestamp"] = now_iso()
            return obj
        if rd.name == "pods":
            return self.cluster.create_pod(obj).obj
        return self.store.create(rd.name, obj).obj

    def update(self, rd, ns, name, body, subresource, dry_run):
        ent = self._current(rd, ns, name)
        if not isinstance(body, dict):
            raise bad_request("the body of the request was not a JSON object")
        if subresource == "scale":
            return self._scale_write(rd, ent, copy.deepcopy(body), dry_run)
        rv = (body.get("metadata") or {}).get("resourceVersion")
        return self._finish_update(rd, ent.obj, copy.deepcopy(body), subresource, dry_run, rv)

    def patch(self, rd, ns, name, content_type, body, subresource, dry_run):
        ent = self._current(rd, ns, name)
        if subresource == "scale":
            cur = tables.scale_obj(rd, ent.obj)
            return self._scale_write(rd, ent, patching.apply_patch(content_type, cur, body), dry_run)
        new = patching.apply_patch(content_type, ent.clone(), body)
        if not isinstance(new, dict):
            raise bad_request("patch did not produce an object")
        rv = None
        if isinstance(body, dict):
            rv = (body.get("metadata") or {}).get("resourceVersion")
        else:
            rv = (new.get("metadata") or {}).get("resourceVersion")
            rv = rv if rv != ent.obj["metadata"].get("resourceVersion") else None
        return self._finish_update(rd, ent.obj, new, subresource, dry_run, rv)

    def _scale_write(self, rd, ent, scale, dry_run):
        old = ent.obj
        want = (scale.get("spec") or {}).get("replicas", 0)
        srv = (scale.get("metadata") or {}).get("resourceVersion")
        if srv and srv != old["metadata"].get("resourceVersion"):
            raise apierrors.conflict(rd, old["metadata"]["name"])
        if not isinstance(want, int) or isinstance(want, bool):
            raise bad_request("json: cannot unmarshal string into Go struct field ScaleSpec.spec.replicas of type int32")
        if want < 0:
            r = type("R", (), {"name": rd.name, "group": "autoscaling", "kind": "Scale"})()
            raise invalid(r, old["metadata"]["name"], [("spec.replicas", "Invalid value: %d: must be greater than or equal to 0" % want)])
        new = copy.deepcopy(old)
        new["spec"]["replicas"] = want
        res = self._finish_update(rd, old, new, "", dry_run)
        return tables.scale_obj(rd, res)

    def delete(self, rd, ns, name, opts, dry_run):
        ent = self._current(rd, ns, name)
        pre = (opts or {}).get("preconditions") or {}
        if pre.get("uid") and pre["uid"] != ent.obj["metadata"].get("uid"):
            raise ApiError(409, "Conflict", 'Operation cannot be fulfilled on %s "%s": Precondition failed: UID in '
                           "precondition: %s, UID in object meta: %s" % (apierrors.qualified(rd), name, pre["uid"],
                                                                          ent.obj["metadata"].get("uid")),
                           {"name": name, "kind": rd.name})
        if pre.get("resourceVersion") and pre["resourceVersion"] != ent.obj["metadata"].get("resourceVersion"):
            raise apierrors.conflict(rd, name)
        grace = (opts or {}).get("gracePeriodSeconds")
        if rd.name == "pods":
            if dry_run:
                o = ent.clone()
                o["metadata"]["deletionTimestamp"] = now_iso()
                o["metadata"]["deletionGracePeriodSeconds"] = grace if grace is not None else \
                    o["spec"].get("terminationGracePeriodSeconds", 30)
                return o
            return self.cluster.delete_pod(ns, name, grace).obj
        md = ent.obj["metadata"]
        st = apierrors.success_status({"name": name, "kind": rd.name, "uid": md.get("uid")})
        if rd.group:
            st["details"]["group"] = rd.group
        if dry_run:
            return st
        if rd.name == "namespaces":
            def term(o):
                o["metadata"]["deletionTimestamp"] = now_iso()
                o["status"] = {"phase": "Terminating"}
            new = self.store.modify("namespaces", None, name, term)
            for res in ("pods", "deployments", "replicasets", "horizontalpodautoscalers", "configmaps", "events"):
                for _, e in list(self.store.items(res, name)):
                    if res == "pods":
                        self.cluster.delete_pod(name, e.obj["metadata"]["name"], 0)
                    else:
                        self.store.delete(res, name, e.obj["metadata"]["name"])
            import asyncio
            asyncio.get_event_loop().call_later(1.0, self.store.delete, "namespaces", None, name)
            return new.obj
        self.store.delete(rd.name, ns, name)
        if (opts or {}).get("propagationPolicy") != "Orphan":
            self.cluster.cascade_delete_owner(md.get("uid"))
        return st


def _gomap(d):
    return "{" + ", ".join('"%s":"%s"' % (k, v) for k, v in sorted(d.items())) + "}"


def parse_body(raw, content_type=""):
    if not raw:
        return None
    if "protobuf" in (content_type or ""):
        import kproto
        try:
            return kproto.decode_object(raw)
        except (ValueError, IndexError) as e:
            raise ApiError(415, "UnsupportedMediaType", str(e))
    try:
        return json.loads(raw)
    except ValueError as e:
        raise bad_request("error decoding request body: %s" % e)
