"""HorizontalPodAutoscaler controller (autoscaling/v2).

Simulated metrics sit near the guide's targets, so the recommendation equals
the current replica count; the controller therefore only acts on the bounds:
replicas below minReplicas are scaled up, above maxReplicas down (exactly
what a real HPA does when metrics are at target). This keeps
`kubectl scale deployment backend --replicas=5` stable, while
`kubectl patch hpa backend-hpa -p '{"spec":{"minReplicas":4}}'` scales to 4.
"""
import random

from store import now_iso


class HpaController:
    def __init__(self, store, rng=None):
        self.store = store
        self.rng = rng or random.Random()
        self.dirty = True
        self.seen_gen = {}
        store.listeners.append(self._watch)

    def _watch(self, ev):
        if ev.res == "horizontalpodautoscalers" and ev.type != "DELETED":
            md = ev.entry.obj["metadata"]
            if self.seen_gen.get(md["uid"]) != md.get("generation"):
                self.dirty = True

    def _metrics(self, spec, replicas):
        cur = []
        for m in spec.get("metrics", []):
            if m["type"] == "Resource":
                name = m["resource"]["name"]
                target = m["resource"]["target"].get("averageUtilization", 70)
                util = max(5, int(target * self.rng.uniform(0.55, 0.85)))
                if name == "cpu":
                    value = "%dm" % (util * 5)
                else:
                    value = "%dMi" % (util * 512 // 100)
                cur.append({"type": "Resource", "resource": {"name": name, "current": {
                    "averageValue": value, "averageUtilization": util}}})
            elif m["type"] == "Pods":
                tv = int(str(m["pods"]["target"].get("averageValue", "100")).rstrip("m") or 100)
                cur.append({"type": "Pods", "pods": {"metric": m["pods"]["metric"], "current": {
                    "averageValue": str(int(tv * self.rng.uniform(0.3, 0.7)))}}})
        return cur

    def update(self, cluster):
        self.dirty = False
        for _, e in list(self.store.items("horizontalpodautoscalers")):
            self._one(cluster, e.obj)

    def _one(self, cluster, hpa):
        sp = hpa["spec"]
        md = hpa["metadata"]
        self.seen_gen[md["uid"]] = md.get("generation")
        ref = sp.get("scaleTargetRef", {})
        dep = self.store.get("deployments", md["namespace"], ref.get("name", ""))
        now = now_iso()
        if dep is None:
            conds = [{"type": "AbleToScale", "status": "False", "lastTransitionTime": now, "reason": "FailedGetScale",
                      "message": 'the HPA controller was unable to get the target\'s current scale: deployments.apps "%s" not found' % ref.get("name")}]
            self._set(hpa, {"currentReplicas": 0, "desiredReplicas": 0, "conditions": conds})
            return
        spec_r = dep.obj["spec"].get("replicas", 1)
        cur_r = dep.obj.get("status", {}).get("replicas", spec_r)
        lo, hi = sp.get("minReplicas", 1), sp.get("maxReplicas", 1)
        desired = min(max(spec_r, lo), hi)
        old = hpa.get("status", {})
        last_scale = old.get("lastScaleTime")
        if desired != spec_r:
            reason = "Current number of replicas below Spec.MinReplicas" if desired > spec_r else \
                "Current number of replicas above Spec.MaxReplicas"

            def scale(o):
                o["spec"]["replicas"] = desired
                o["metadata"]["generation"] = o["metadata"].get("generation", 1) + 1
            self.store.modify("deployments", md["namespace"], ref["name"], scale)
            cluster.event(hpa, "Normal", "SuccessfulRescale", "New size: %d; reason: %s" % (desired, reason),
                          "horizontal-pod-autoscaler")
            last_scale = now
        limited = spec_r < lo or spec_r > hi
        old_c = {c["type"]: c for c in old.get("conditions", [])}

        def c(typ, status, reason, msg):
            t = old_c.get(typ, {})
            return {"type": typ, "status": status,
                    "lastTransitionTime": t.get("lastTransitionTime", now) if t.get("status") == status else now,
                    "reason": reason, "message": msg}
        conds = [c("AbleToScale", "True", "ReadyForNewScale", "recommended size matches current size"),
                 c("ScalingActive", "True", "ValidMetricFound",
                   "the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)"),
                 c("ScalingLimited", "True" if limited else "False", "TooFewReplicas" if spec_r < lo else
                   ("TooManyReplicas" if spec_r > hi else "DesiredWithinRange"),
                   "the desired replica count is less than the minimum replica count" if spec_r < lo else
                   ("the desired replica count is more than the maximum replica count" if spec_r > hi else
                    "the desired count is within the acceptable range"))]
        st = {"observedGeneration": md.get("generation", 1), "currentReplicas": cur_r, "desiredReplicas": desired,
              "currentMetrics": self._metrics(sp, cur_r), "conditions": conds}
        if last_scale:
            st["lastScaleTime"] = last_scale
        self._set(hpa, st)

    def _set(self, hpa, st):
        def upd(o):
            o["status"] = st
        self.store.modify("horizontalpodautoscalers", hpa["metadata"]["namespace"], hpa["metadata"]["name"], upd)
