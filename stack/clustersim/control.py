"""Controllers: scheduler (+ a cluster autoscaler), kubelet-ish pod lifecycle,
ReplicaSet, Deployment (rolling update) and HPA controllers, and events.

They run in the server's event loop; a reconcile pass is cheap because pods are
indexed by owning ReplicaSet (sandbox pods have no owner and are skipped).
Timings are compressed: a pod is scheduled at once and Running ~1 s later,
deleted pods terminate in ~1 s, so `rollout status` finishes in seconds.
"""
import asyncio
import collections
import heapq
import copy
import json
import math
import random
import time

import tppobjects as plat
from store import now_iso

START_DELAY = 1.0       # Pending/ContainerCreating -> Running
TERMINATE_DELAY = 1.0   # deletionTimestamp -> gone
EVENTS_MAX = 3000


def _int_or_percent(v, total, round_up):
    if isinstance(v, str) and v.endswith("%"):
        x = int(v[:-1]) * total / 100.0
        return int(math.ceil(x)) if round_up else int(math.floor(x))
    return int(v or 0)


class Cluster:
    def __init__(self, store, rng=None):
        self.store = store
        self.rng = rng or random.Random()
        self.node_load = {}           # node name -> pod count
        self.node_heap = []           # lazy min-heap of (load, node name)
        self.node_ip = {}
        self.ip_seq = collections.Counter()
        self.owner_pods = collections.defaultdict(set)   # rs uid -> pod keys
        self.event_keys = {}          # (uid, reason, message) -> event name
        self.event_order = collections.deque()
        self.dirty = True
        self.on_pod_deleted = []      # callbacks(pod obj): sandbox manager hooks in
        self.on_pod_scheduled = []
        store.listeners.append(self._index)

    # -- indexes ---------------------------------------------------------------
    def _index(self, ev):
        if ev.res == "pods":
            md = ev.entry.obj["metadata"]
            key = "%s/%s" % (md["namespace"], md["name"])
            for ref in md.get("ownerReferences") or ():
                if ev.type == "DELETED":
                    self.owner_pods[ref["uid"]].discard(key)
                else:
                    self.owner_pods[ref["uid"]].add(key)
            if ev.type == "DELETED":
                n = ev.entry.obj["spec"].get("nodeName")
                if n in self.node_load:
                    self.node_load[n] -= 1
                    self._load_changed(n)
                for fn in self.on_pod_deleted:
                    fn(ev.entry.obj)
        if ev.res in ("pods", "replicasets", "deployments", "horizontalpodautoscalers") and \
                ev.entry.obj["metadata"].get("namespace") != plat.SANDBOX_NS:
            self.dirty = True

    # -- nodes / scheduling ----------------------------------------------------
    def add_node(self, emit=True):
        i = len(self.node_load) + 1
        n = plat.node(i, now_iso(time.time() - (30 * 86400 if not emit else 0)))
        self.store.create("nodes", n, emit=emit)
        self.node_load[n["metadata"]["name"]] = 0
        self._load_changed(n["metadata"]["name"])
        self.node_ip[n["metadata"]["name"]] = n["status"]["addresses"][0]["address"]
        if emit:
            self.event(n, "Normal", "RegisteredNode", "Node %s event: Registered Node %s in Controller"
                       % (n["metadata"]["name"], n["metadata"]["name"]), "node-controller")
        return n["metadata"]["name"]

    def pick_node(self):
        """Least-loaded node with room; scale the node pool up when full (cluster autoscaler).
        A lazy min-heap of (load, node): stale entries are skipped, so placing
        30,000 pods on 300 nodes is O(n log nodes), not O(n * nodes)."""
        h = self.node_heap
        while h:
            load, name = h[0]
            if self.node_load.get(name) != load:
                heapq.heappop(h)          # stale
                continue
            if load >= plat.PODS_PER_NODE:
                break
            return name
        return self.add_node()

    def _load_changed(self, name):
        heapq.heappush(self.node_heap, (self.node_load[name], name))
        if len(self.node_heap) > 4 * len(self.node_load) + 1000:   # compact the lazy heap
            self.node_heap = [(v, k) for k, v in self.node_load.items()]
            heapq.heapify(self.node_heap)

    def alloc_ip(self, node_name):
        idx = int(node_name.rsplit("-", 1)[1])
        self.ip_seq[node_name] += 1
        n = self.ip_seq[node_name]
        return "10.%d.%d.%d" % (244 + (idx // 256), idx % 256, (n % 253) + 1)

    def place_initial(self, pod):
        node = self.pick_node()
        self.node_load[node] += 1
        self._load_changed(node)
        return node, self.node_ip[node], self.alloc_ip(node)

    # -- events ----------------------------------------------------------------
    def event(self, obj, etype, reason, message, component="kubelet", host=None, field_path=None):
        md = obj["metadata"]
        ns = md.get("namespace") or "default"
        now = now_iso()
        k = (md.get("uid"), reason, message)
        name = self.event_keys.get(k)
        if name is not None:
            def bump(e):
                e["count"] = e.get("count", 1) + 1
                e["lastTimestamp"] = now
            if self.store.modify("events", ns, name, bump) is not None:
                return
        name = "%s.%s" % (md["name"], "%016x" % self.rng.getrandbits(64))
        io = {"kind": obj.get("kind"), "namespace": md.get("namespace"), "name": md["name"], "uid": md.get("uid"),
              "apiVersion": obj.get("apiVersion"), "resourceVersion": md.get("resourceVersion")}
        if not md.get("namespace"):
            io.pop("namespace")
        if field_path:
            io["fieldPath"] = field_path
        src = {"component": component}
        if host:
            src["host"] = host
        ev = {"kind": "Event", "apiVersion": "v1", "metadata": {"name": name, "namespace": ns},
              "involvedObject": io, "reason": reason, "message": message, "source": src,
              "firstTimestamp": now, "lastTimestamp": now, "count": 1, "type": etype,
              "eventTime": None, "reportingComponent": component, "reportingInstance": host or ""}
        self.store.create("events", ev)
        self.event_keys[k] = name
        self.event_order.append((ns, name, k))
        while len(self.event_order) > EVENTS_MAX:   # the apiserver's event TTL, by count
            ons, oname, ok = self.event_order.popleft()
            self.event_keys.pop(ok, None)
            self.store.delete("events", ons, oname)

    # -- pod lifecycle -----------------------------------------------------------
    def create_pod(self, pod, controller_obj=None):
        """Create a Pending pod, schedule it now and start it after START_DELAY."""
        ent = self.store.create("pods", pod)
        if controller_obj is not None:
            self.event(controller_obj, "Normal", "SuccessfulCreate",
                       "Created pod: %s" % pod["metadata"]["name"], "replicaset-controller")
        loop = asyncio.get_event_loop()
        loop.call_soon(self._schedule, pod["metadata"]["namespace"], pod["metadata"]["name"])
        return ent

    def _schedule(self, ns, name):
        ent = self.store.get("pods", ns, name)
        if ent is None or ent.obj["spec"].get("nodeName") or ent.obj["metadata"].get("deletionTimestamp"):
            return
        node = self.pick_node()
        self.node_load[node] += 1
        self._load_changed(node)
        pod = copy.deepcopy(ent.obj)
        plat.mark_scheduled(pod, node, self.node_ip[node], now_iso())
        self.store.put("pods", pod)
        self.event(pod, "Normal", "Scheduled", "Successfully assigned %s/%s to %s" % (ns, name, node),
                   "default-scheduler")
        for fn in self.on_pod_scheduled:
            fn(pod)
        asyncio.get_event_loop().call_later(START_DELAY * (0.7 + 0.6 * self.rng.random()), self._start, ns, name)

    def _start(self, ns, name):
        ent = self.store.get("pods", ns, name)
        if ent is None or ent.obj["metadata"].get("deletionTimestamp"):
            return
        pod = copy.deepcopy(ent.obj)
        node = pod["spec"]["nodeName"]
        for c in pod["spec"]["containers"]:
            fp = "spec.containers{%s}" % c["name"]
            self.event(pod, "Normal", "Pulled", 'Container image "%s" already present on machine' % c["image"],
                       host=node, field_path=fp)
            self.event(pod, "Normal", "Created", "Created container: %s" % c["name"], host=node, field_path=fp)
            self.event(pod, "Normal", "Started", "Started container %s" % c["name"], host=node, field_path=fp)
        plat.mark_running(pod, self.alloc_ip(node), now_iso())
        self.store.put("pods", pod)

    def delete_pod(self, ns, name, grace=None, reason_obj=None):
        """Graceful delete: mark terminating (MODIFIED) and remove shortly after (DELETED)."""
        ent = self.store.get("pods", ns, name)
        if ent is None:
            return None
        if ent.obj["metadata"].get("deletionTimestamp"):
            return ent
        if grace == 0 or not ent.obj["spec"].get("nodeName"):
            self.store.delete("pods", ns, name)
            return ent

        def mark(p):
            p["metadata"]["deletionTimestamp"] = now_iso()
            p["metadata"]["deletionGracePeriodSeconds"] = p["spec"].get("terminationGracePeriodSeconds", 30) \
                if grace is None else grace
        new = self.store.modify("pods", ns, name, mark)
        for c in new.obj["spec"]["containers"]:
            self.event(new.obj, "Normal", "Killing", "Stopping container %s" % c["name"],
                       host=new.obj["spec"].get("nodeName"), field_path="spec.containers{%s}" % c["name"])
        asyncio.get_event_loop().call_later(TERMINATE_DELAY, self.store.delete, "pods", ns, name)
        return new

    # -- ReplicaSets -------------------------------------------------------------
    def rs_pods(self, rs):
        out = []
        for key in list(self.owner_pods.get(rs["metadata"]["uid"], ())):
            ns, name = key.split("/", 1)
            e = self.store.get("pods", ns, name)
            if e is not None:
                out.append(e.obj)
        return out

    @staticmethod
    def pod_ready(p):
        for c in p.get("status", {}).get("conditions") or ():
            if c["type"] == "Ready":
                return c["status"] == "True"
        return False

    def reconcile_rs(self, rs):
        pods = [p for p in self.rs_pods(rs) if not p["metadata"].get("deletionTimestamp")]
        want = rs["spec"].get("replicas", 0)
        if len(pods) < want:
            for _ in range(want - len(pods)):
                name = "%s-%s" % (rs["metadata"]["name"], plat.rand_suffix(5, self.rng))
                self.create_pod(plat.pod_from_template(rs, name), rs)
        elif len(pods) > want:
            # Prefer not-ready, then newest (like the ReplicaSet controller's ranking).
            victims = [p for p in pods if not self.pod_ready(p)] + \
                sorted([p for p in pods if self.pod_ready(p)], key=lambda p: p["metadata"]["creationTimestamp"], reverse=True)
            for p in victims[:len(pods) - want]:
                self.delete_pod(p["metadata"]["namespace"], p["metadata"]["name"])
                self.event(rs, "Normal", "SuccessfulDelete", "Deleted pod: %s" % p["metadata"]["name"],
                           "replicaset-controller")
        live = [p for p in self.rs_pods(rs) if not p["metadata"].get("deletionTimestamp")]
        ready = sum(1 for p in live if self.pod_ready(p))
        st = {"replicas": len(live), "fullyLabeledReplicas": len(live), "readyReplicas": ready,
              "availableReplicas": ready, "observedGeneration": rs["metadata"].get("generation", 1)}
        if not ready:
            st.pop("readyReplicas")
            st.pop("availableReplicas")
        if rs.get("status") != st:
            def upd(o):
                o["status"] = st
            self.store.modify("replicasets", rs["metadata"]["namespace"], rs["metadata"]["name"], upd)

    # -- Deployments -------------------------------------------------------------
    def owned_rs(self, dep):
        uid = dep["metadata"]["uid"]
        out = []
        for _, e in self.store.items("replicasets", dep["metadata"]["namespace"]):
            for ref in e.obj["metadata"].get("ownerReferences") or ():
                if ref.get("uid") == uid:
                    out.append(e.obj)
        return out

    @staticmethod
    def revision(rs):
        try:
            return int(rs["metadata"].get("annotations", {}).get("deployment.kubernetes.io/revision", "0"))
        except ValueError:
            return 0

    def new_rs_for(self, dep, rss):
        want = json.dumps(plat.strip_hash(dep["spec"]["template"]), sort_keys=True)
        for rs in rss:
            if json.dumps(plat.strip_hash(rs["spec"]["template"]), sort_keys=True) == want:
                return rs
        return None

    def make_rs(self, dep, revision, replicas):
        h = plat.template_hash(dep["spec"]["template"])
        tmpl = copy.deepcopy(dep["spec"]["template"])
        tmpl.setdefault("metadata", {}).setdefault("labels", {})["pod-template-hash"] = h
        sel = copy.deepcopy(dep["spec"]["selector"])
        sel.setdefault("matchLabels", {})["pod-template-hash"] = h
        md = dep["metadata"]
        ann = {k: v for k, v in (md.get("annotations") or {}).items()
               if k not in ("kubectl.kubernetes.io/last-applied-configuration",)}
        ann.update({"deployment.kubernetes.io/revision": str(revision),
                    "deployment.kubernetes.io/desired-replicas": str(dep["spec"]["replicas"]),
                    "deployment.kubernetes.io/max-replicas": str(dep["spec"]["replicas"] + self.max_surge(dep))})
        labels = dict(tmpl["metadata"]["labels"])
        rs = {"kind": "ReplicaSet", "apiVersion": "apps/v1",
              "metadata": {"name": "%s-%s" % (md["name"], h), "namespace": md["namespace"], "labels": labels,
                           "annotations": ann, "generation": 1,
                           "ownerReferences": [{"apiVersion": "apps/v1", "kind": "Deployment", "name": md["name"],
                                                "uid": md["uid"], "controller": True, "blockOwnerDeletion": True}]},
              "spec": {"replicas": replicas, "selector": sel, "template": tmpl}, "status": {"replicas": 0}}
        return rs

    def max_surge(self, dep):
        ru = (dep["spec"].get("strategy") or {}).get("rollingUpdate") or {}
        return _int_or_percent(ru.get("maxSurge", "25%"), dep["spec"].get("replicas", 1), True)

    def max_unavailable(self, dep):
        ru = (dep["spec"].get("strategy") or {}).get("rollingUpdate") or {}
        mu = _int_or_percent(ru.get("maxUnavailable", "25%"), dep["spec"].get("replicas", 1), False)
        if mu == 0 and self.max_surge(dep) == 0:
            mu = 1
        return mu

    def set_rs_replicas(self, rs, n, dep, ann=None):
        if rs["spec"].get("replicas") == n and not ann:
            return
        old = rs["spec"].get("replicas", 0)

        def upd(o):
            o["spec"]["replicas"] = n
            a = o["metadata"].setdefault("annotations", {})
            a["deployment.kubernetes.io/desired-replicas"] = str(dep["spec"]["replicas"])
            a.update(ann or {})
        self.store.modify("replicasets", rs["metadata"]["namespace"], rs["metadata"]["name"], upd)
        if n != old:
            self.event(dep, "Normal", "ScalingReplicaSet", "Scaled %s replica set %s from %d to %d"
                       % ("up" if n > old else "down", rs["metadata"]["name"], old, n), "deployment-controller")

    def reconcile_deployment(self, dep):
        ns = dep["metadata"]["namespace"]
        want = dep["spec"].get("replicas", 1)
        rss = self.owned_rs(dep)
        new = self.new_rs_for(dep, rss)
        maxrev = max([self.revision(r) for r in rss] or [0])
        if new is None and not dep["spec"].get("paused"):
            rs = self.make_rs(dep, maxrev + 1, 0 if any(r["spec"].get("replicas") for r in rss) else want)
            new = self.store.create("replicasets", rs).obj
            self.event(dep, "Normal", "ScalingReplicaSet", "Scaled up replica set %s from 0 to %d"
                       % (rs["metadata"]["name"], rs["spec"]["replicas"]), "deployment-controller")
            rss.append(new)
        elif new is not None and self.revision(new) < maxrev and not dep["spec"].get("paused"):
            # Rollback to an old template: that ReplicaSet becomes the newest revision.
            hist = new["metadata"].get("annotations", {}).get("deployment.kubernetes.io/revision-history", "")
            hist = ",".join([h for h in hist.split(",") if h] + [str(self.revision(new))])
            self.set_rs_replicas(new, new["spec"].get("replicas", 0), dep,
                                 {"deployment.kubernetes.io/revision": str(maxrev + 1),
                                  "deployment.kubernetes.io/revision-history": hist})
            new = self.store.get("replicasets", ns, new["metadata"]["name"]).obj
            self.event(dep, "Normal", "DeploymentRollback", "Rolled back deployment \"%s\" to revision %s"
                       % (dep["metadata"]["name"], hist.split(",")[-1]), "deployment-controller")
        olds = [r for r in rss if new is None or r["metadata"]["uid"] != new["metadata"]["uid"]]
        if new is not None and not dep["spec"].get("paused"):
            active_olds = [r for r in olds if r["spec"].get("replicas", 0) > 0]
            if not active_olds:
                self.set_rs_replicas(new, want, dep)
            else:
                total = new["spec"].get("replicas", 0) + sum(r["spec"].get("replicas", 0) for r in active_olds)
                cur = new["spec"].get("replicas", 0)
                if cur < want:
                    inc = min(want + self.max_surge(dep) - total, want - cur)
                    if inc > 0:
                        self.set_rs_replicas(new, cur + inc, dep)
                        cur += inc
                elif cur > want:
                    self.set_rs_replicas(new, want, dep)
                    cur = want
                avail = sum(r.get("status", {}).get("availableReplicas", 0) for r in rss)
                new_unavail = cur - new.get("status", {}).get("availableReplicas", 0)
                budget = avail - (want - self.max_unavailable(dep)) - new_unavail
                for r in sorted(active_olds, key=self.revision):
                    n = r["spec"]["replicas"]
                    unhealthy = n - r.get("status", {}).get("availableReplicas", 0)
                    d = min(n, max(0, unhealthy) + max(0, budget))
                    if d > 0:
                        budget -= max(0, d - max(0, unhealthy))
                        self.set_rs_replicas(r, n - d, dep)
        # Keep at most revisionHistoryLimit old, scaled-down ReplicaSets.
        limit = dep["spec"].get("revisionHistoryLimit", 10)
        dead = sorted([r for r in olds if not r["spec"].get("replicas") and not r.get("status", {}).get("replicas")],
                      key=self.revision)
        for r in dead[:max(0, len(dead) - limit)]:
            self.store.delete("replicasets", ns, r["metadata"]["name"])
        self.dep_status(dep, new)

    def dep_status(self, dep, new):
        ns, name = dep["metadata"]["namespace"], dep["metadata"]["name"]
        cur = self.store.get("deployments", ns, name).obj
        rss = [self.store.get("replicasets", ns, r["metadata"]["name"]) for r in self.owned_rs(cur)]
        rss = [e.obj for e in rss if e is not None]
        want = cur["spec"].get("replicas", 1)
        replicas = sum(r.get("status", {}).get("replicas", 0) for r in rss)
        ready = sum(r.get("status", {}).get("readyReplicas", 0) for r in rss)
        avail = sum(r.get("status", {}).get("availableReplicas", 0) for r in rss)
        newst = (self.store.get("replicasets", ns, new["metadata"]["name"]).obj.get("status", {})
                 if new is not None and self.store.get("replicasets", ns, new["metadata"]["name"]) else {})
        updated = newst.get("replicas", 0)
        done = updated == want and replicas == want and avail >= want
        old_conds = {c["type"]: c for c in cur.get("status", {}).get("conditions", [])}
        now = now_iso()

        def cond(typ, status, reason, msg):
            o = old_conds.get(typ, {})
            same = o.get("status") == status and o.get("reason") == reason
            return {"type": typ, "status": status, "lastUpdateTime": o.get("lastUpdateTime", now) if same and o.get("message") == msg else now,
                    "lastTransitionTime": o.get("lastTransitionTime", now) if o.get("status") == status else now,
                    "reason": reason, "message": msg}
        is_avail = avail >= want - self.max_unavailable(cur)
        rsname = new["metadata"]["name"] if new is not None else ""
        conds = [cond("Available", "True" if is_avail else "False",
                      "MinimumReplicasAvailable" if is_avail else "MinimumReplicasUnavailable",
                      "Deployment has minimum availability." if is_avail else "Deployment does not have minimum availability."),
                 cond("Progressing", "True", "NewReplicaSetAvailable" if done else "ReplicaSetUpdated",
                      ('ReplicaSet "%s" has successfully progressed.' if done else 'ReplicaSet "%s" is progressing.') % rsname)]
        st = {"observedGeneration": cur["metadata"].get("generation", 1), "replicas": replicas,
              "updatedReplicas": updated, "readyReplicas": ready, "availableReplicas": avail,
              "conditions": conds}
        if want - avail > 0:
            st["unavailableReplicas"] = want - avail
        for k in ("updatedReplicas", "readyReplicas", "availableReplicas", "replicas"):
            if not st[k]:
                st.pop(k)
        rev = str(self.revision(new)) if new is not None else None
        if cur.get("status") == st and (rev is None or cur["metadata"].get("annotations", {}).get(
                "deployment.kubernetes.io/revision") == rev):
            return

        def upd(o):
            o["status"] = st
            if rev:
                o["metadata"].setdefault("annotations", {})["deployment.kubernetes.io/revision"] = rev
        self.store.modify("deployments", ns, name, upd)

    # -- main loop -----------------------------------------------------------------
    def reconcile(self):
        self.dirty = False
        for _, e in list(self.store.items("deployments")):
            if e.obj["metadata"].get("deletionTimestamp"):
                continue
            self.reconcile_deployment(e.obj)
        for _, e in list(self.store.items("replicasets")):
            cur = self.store.get("replicasets", e.obj["metadata"]["namespace"], e.obj["metadata"]["name"])
            if cur is not None:
                self.reconcile_rs(cur.obj)

    async def run(self, hpa):
        last_hpa = 0.0
        while True:
            await asyncio.sleep(0.2)
            try:
                if self.dirty:
                    self.reconcile()
                if time.monotonic() - last_hpa > 15 or hpa.dirty:
                    last_hpa = time.monotonic()
                    hpa.update(self)
            except Exception:   # a controller bug must not kill the API server
                import traceback
                traceback.print_exc()

    def cascade_delete_owner(self, uid):
        """Garbage collector (background propagation) for objects owned by uid."""
        for res in ("replicasets", "pods"):
            for _, e in list(self.store.items(res)):
                if any(r.get("uid") == uid for r in e.obj["metadata"].get("ownerReferences") or ()):
                    md = e.obj["metadata"]
                    if res == "pods":
                        self.delete_pod(md["namespace"], md["name"])
                    else:
                        self.store.delete(res, md["namespace"], md["name"])
                        self.cascade_delete_owner(md["uid"])
