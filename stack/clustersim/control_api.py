"""Plain-HTTP side port (MPORT): /metrics, /api/metrics, /health, /api/health
and the control API /_sim/* that simctl.py (and stack/ctl) drive.

/_sim is unauthenticated: the port listens on 127.0.0.1 only and the stack is
a local test platform. Health answers 503 "unhealthy" while `errors` is set to
1.0/s or more (a platform whose API fails that often fails its probes too).
"""
import json
import time

from aiohttp import web

UNHEALTHY_ERROR_RATE = 1.0
TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8"


class SimControl:
    def __init__(self, sim):
        self.sim = sim      # clustersim.Sim: store, api, hub, sandboxes, metrics, cluster

    def app(self):
        app = web.Application()
        r = app.router
        r.add_get("/metrics", self.metrics)
        r.add_get("/api/metrics", self.front_metrics)
        r.add_get("/health", self.health)
        r.add_get("/api/health", self.front_health)
        r.add_get("/_sim/state", self.state)
        r.add_post("/_sim/fault", self.fault)
        r.add_post("/_sim/churn", self.churn)
        r.add_post("/_sim/errors", self.errors)
        r.add_post("/_sim/slow", self.slow)
        r.add_post("/_sim/cpu-hog", self.cpu_hog)
        r.add_post("/_sim/sandboxes", self.sandboxes)
        return app

    async def metrics(self, request):
        return web.Response(body=self.sim.metrics.backend_text().encode(), headers={"Content-Type": TEXT_FORMAT})

    async def front_metrics(self, request):
        return web.Response(body=self.sim.metrics.frontend_text().encode(), headers={"Content-Type": TEXT_FORMAT})

    def _health(self, service):
        m = self.sim.metrics
        ok = m.error_rate < UNHEALTHY_ERROR_RATE
        body = {"status": "healthy" if ok else "unhealthy", "service": service, "version": "1.4.2",
                "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "uptime_seconds": int(time.time() - self.sim.started)}
        if service == "backend":
            body["checks"] = {"database": "ok" if ok else "error", "redis": "ok", "docker": "ok"}
            body["active_sandboxes"] = len(self.sim.sandboxes.running)
        if not ok:
            body["error"] = "error rate %.2f/s above threshold" % m.error_rate
        return web.json_response(body, status=200 if ok else 503)

    async def health(self, request):
        return self._health("backend")

    async def front_health(self, request):
        return self._health("frontend")

    def state_dict(self):
        s = self.sim
        f = s.api.faults
        return {"resourceVersion": s.store.rv, "historyFloor": s.store.floor_rv,
                "objects": {res: s.store.count(res) for res in sorted(s.store.objs)},
                "faults": {"throttle": f.throttle, "retry_after": f.retry_after, "error": f.errors,
                           "latency_ms": f.latency_ms, "gone": s.hub.gone_budget},
                "openWatches": len(s.hub.open), "apiRequests": s.api.requests,
                "sandboxes": {"running": len(s.sandboxes.running), "initial": s.sandboxes.initial_count,
                              "created": s.sandboxes.created_total, "terminated": s.sandboxes.terminated_total,
                              "database": s.sandboxes.db is not None},
                "churn_per_minute": s.sandboxes.churn, "nodes": len(s.cluster.node_load),
                "metrics": s.metrics.state(), "uptime_seconds": int(time.time() - s.started)}

    async def state(self, request):
        return web.json_response(self.state_dict())

    async def _body(self, request):
        try:
            return await request.json()
        except (ValueError, json.JSONDecodeError):
            raise web.HTTPBadRequest(text="body must be JSON")

    async def fault(self, request):
        b = await self._body(request)
        kind = b.get("kind")
        s = self.sim
        f = s.api.faults
        out = {"kind": kind}
        if kind == "drop-watches":
            out["dropped"] = s.hub.drop_all()
        elif kind == "gone":
            s.hub.gone_budget = int(b.get("n", 1))
        elif kind == "throttle":
            f.throttle = int(b.get("n", 1))
            f.retry_after = int(b.get("retry_after", 1))
        elif kind == "error":
            f.errors = int(b.get("n", 1))
        elif kind == "latency":
            f.latency_ms = int(b.get("ms", 0))
        elif kind == "compact":
            s.store.compact()
            out["floor"] = s.store.floor_rv
        elif kind == "clear":
            f.throttle = f.errors = f.latency_ms = 0
            s.hub.gone_budget = 0
        else:
            return web.json_response({"error": "unknown fault %r" % kind}, status=400)
        out["state"] = self.state_dict()["faults"]
        return web.json_response(out)

    async def churn(self, request):
        b = await self._body(request)
        self.sim.sandboxes.churn = max(0.0, float(b.get("per_minute", 0)))
        return web.json_response({"churn_per_minute": self.sim.sandboxes.churn})

    async def errors(self, request):
        b = await self._body(request)
        self.sim.metrics.set_errors(float(b.get("rate", 0)))
        return web.json_response(self.sim.metrics.state())

    async def slow(self, request):
        b = await self._body(request)
        self.sim.metrics.set_slow(bool(b.get("on")))
        return web.json_response(self.sim.metrics.state())

    async def cpu_hog(self, request):
        b = await self._body(request)
        t = b.get("target", "off")
        if t in ("off", None, ""):
            self.sim.metrics.hog = None
        elif t == "auto":
            self.sim.metrics.hog = "auto"
        else:
            if t not in self.sim.sandboxes.running:
                return web.json_response({"error": "no running sandbox %s" % t}, status=404)
            self.sim.metrics.hog = t
        return web.json_response(self.sim.metrics.state())

    async def sandboxes(self, request):
        b = await self._body(request)
        sb = self.sim.sandboxes
        if b.get("reset"):
            target = sb.initial_count
        else:
            target = int(b.get("count", len(sb.running)))
        if target < 0:
            return web.json_response({"error": "count must be >= 0"}, status=400)
        n = await sb.set_count(target)
        return web.json_response({"running": n, "target": target})
