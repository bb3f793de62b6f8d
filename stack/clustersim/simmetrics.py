"""The platform's application metrics (DevOps guide, "Application Metrics"),
simulated and exposed in Prometheus text format 0.0.4.

Counters advance lazily on every read by (elapsed time x rate), with Poisson-
like noise, so any scrape interval gives sane `rate()` values. Knobs:
- errors RATE: adds RATE/s of 500s on http_requests_total{method="POST",
  endpoint="/api/sandboxes",status_code="500"}. When switched on, the series
  also gets a backlog of RATE*300 (as if it had failed for the last 5 min) so
  `rate(...[5m]) > 0.1` holds on the next scrape, not 5 minutes later.
- slow on: API latency ~ lognormal with median 1.6 s + 10x normal, plus a
  5-minute backlog of slow observations, so histogram_quantile(0.95, rate(
  http_request_duration_seconds_bucket[5m])) > 2 on the next scrape.
- cpu-hog: one sandbox's cpu_percent pinned at 97.
container_resource_usage is emitted for the ~50 busiest running sandboxes
(plus the hog) only, to keep the scrape small at 30,000 pods.
"""
import hashlib
import math
import random
import time

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0)
TOP_CONTAINERS = 50
BACKLOG_SECONDS = 300

# (method, endpoint, req/s, {status: share}, median latency s, sigma)
BACKEND = [
    ("GET", "/health", 0.6, {"200": 1.0}, 0.003, 0.5),
    ("GET", "/api/sandboxes", 0.8, {"200": 0.962, "401": 0.02, "404": 0.015, "500": 0.003}, 0.06, 0.9),
    ("POST", "/api/sandboxes", 0.15, {"201": 0.945, "400": 0.03, "429": 0.02, "500": 0.005}, 0.18, 0.5),
    ("DELETE", "/api/sandboxes/{id}", 0.08, {"204": 0.97, "404": 0.03}, 0.09, 0.5),
    ("GET", "/api/sessions", 0.5, {"200": 0.98, "401": 0.02}, 0.04, 0.8),
    ("POST", "/api/sessions", 0.1, {"201": 0.99, "500": 0.01}, 0.05, 0.6),
    ("POST", "/api/auth/login", 0.2, {"200": 0.9, "401": 0.098, "500": 0.002}, 0.12, 0.5),
    ("GET", "/api/terminal/ws", 0.3, {"101": 0.985, "403": 0.015}, 0.02, 0.6),
    ("POST", "/api/ai/complete", 0.12, {"200": 0.975, "429": 0.02, "500": 0.005}, 0.2, 0.5),
    ("GET", "/metrics", 0.067, {"200": 1.0}, 0.008, 0.4),
]
FRONTEND = [("GET", "/", 0.4), ("GET", "/dashboard", 0.6), ("GET", "/terminal", 0.5), ("GET", "/login", 0.2),
            ("GET", "/api/health", 0.4), ("GET", "/sandboxes", 0.3)]
ERROR_SERIES = ("POST", "/api/sandboxes", "500")
AI_MODELS = [("gpt-4", 0.45), ("gpt-3.5-turbo", 0.35), ("claude-3-sonnet", 0.2)]


def _phi(x):
    return 0.5 * (1 + math.erf(x / math.sqrt(2)))


def _esc(v):
    return str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _fmt(v):
    return repr(float(v)) if not isinstance(v, str) else v


class Metrics:
    def __init__(self, sandboxes, seed=None):
        self.sb = sandboxes
        self.rng = random.Random(seed)
        self.t = time.time()
        self.started = self.t
        self.requests = {}   # (method, endpoint, status) -> count
        self.hist = {}       # (method, endpoint) -> [bucket counts..., +Inf], sum
        self.front = {}
        self.ai = {}
        self.ops = {}
        self.error_rate = 0.0
        self.slow = False
        self.hog = None      # sandbox id, "auto" or None
        self.carry = {}
        self.err_carry = 0.0
        self._seed_history()

    def _seed_history(self):
        """Start counters at plausible totals (three days of uptime)."""
        up = 3 * 86400 * self.rng.uniform(0.8, 1.2)
        for m, ep, rate, shares, med, sig in BACKEND:
            n = 0
            for st, sh in shares.items():
                c = int(rate * sh * up)
                self.requests[(m, ep, st)] = c
                n += c
            self.hist[(m, ep)] = self._observe([0] * (len(BUCKETS) + 1) + [0.0], n, med, sig, exact=False)
        for m, ep, rate in FRONTEND:
            self.front[(m, ep, "200")] = int(rate * up)
            self.front[(m, ep, "404")] = int(rate * up * 0.01)
        for model, share in AI_MODELS:
            self.ai[(model, "success")] = int(0.12 * share * up * 0.975)
            self.ai[(model, "error")] = int(0.12 * share * up * 0.005)
            self.ai[(model, "rate_limited")] = int(0.12 * share * up * 0.02)
        for op, r in (("create", 0.02), ("start", 0.03), ("stop", 0.025), ("terminate", 0.018), ("exec", 0.4)):
            self.ops[(op, "success")] = int(r * up)
            self.ops[(op, "failure")] = int(r * up * 0.01)

    def _observe(self, h, n, med, sig, exact=True):
        """Add n observations from lognormal(med, sig) to histogram h = [counts..., +Inf, sum]."""
        if n <= 0:
            return h
        nb = len(BUCKETS)
        if exact and n <= 200:
            for _ in range(n):
                v = self.rng.lognormvariate(math.log(med), sig)
                for i, b in enumerate(BUCKETS):
                    if v <= b:
                        h[i] += 1
                h[nb] += 1
                h[nb + 1] += v
            return h
        for i, b in enumerate(BUCKETS):
            h[i] += int(round(n * _phi((math.log(b) - math.log(med)) / sig)))
        h[nb] += n
        h[nb + 1] += n * med * math.exp(sig * sig / 2)
        return h

    def _count(self, expected):
        if expected <= 0:
            return 0
        if expected < 30:
            # Poisson by inversion is fine for small means.
            L, k, p = math.exp(-expected), 0, 1.0
            while True:
                p *= self.rng.random()
                if p <= L:
                    return k
                k += 1
        return max(0, int(round(self.rng.gauss(expected, math.sqrt(expected)))))

    def _latency(self, med, sig, endpoint):
        if self.slow and endpoint not in ("/health", "/metrics"):
            return 1.6 + med * 10, 0.4
        return med, sig

    def advance(self):
        now = time.time()
        dt = now - self.t
        if dt <= 0:
            return
        self.t = now
        active = max(1, len(self.sb.running))
        load = (0.6 + 0.4 * min(4.0, active / 300.0)) * (1 + 0.15 * math.sin(now / 3600.0))
        for m, ep, rate, shares, med, sig in BACKEND:
            r = rate * (load if ep not in ("/health", "/metrics") else 1.0)
            n = 0
            for st, sh in shares.items():
                c = self._count(r * sh * dt)
                self.requests[(m, ep, st)] += c
                n += c
            if (m, ep, "500") == ERROR_SERIES and self.error_rate > 0:
                # Injected errors are deterministic (no noise): exactly RATE per second.
                self.err_carry += self.error_rate * dt
                c = int(self.err_carry)
                self.err_carry -= c
                self.requests[ERROR_SERIES] += c
                n += c
            lm, ls = self._latency(med, sig, ep)
            self._observe(self.hist[(m, ep)], n, lm, ls)
            if ep == "/api/ai/complete":
                for model, share in AI_MODELS:
                    self.ai[(model, "success")] += self._count(r * share * 0.975 * dt)
                    self.ai[(model, "error")] += self._count(r * share * 0.005 * dt)
                    self.ai[(model, "rate_limited")] += self._count(r * share * 0.02 * dt)
        for m, ep, rate in FRONTEND:
            self.front[(m, ep, "200")] += self._count(rate * load * dt)
            self.front[(m, ep, "404")] += self._count(rate * load * 0.01 * dt)
        self.ops[("exec", "success")] += self._count(0.4 * load * dt)
        self.ops[("start", "success")] += self._count(0.03 * dt)
        self.ops[("stop", "success")] += self._count(0.025 * dt)
        # create/terminate follow the simulator's real sandbox operations.
        for op, total in (("create", self.sb.created_total), ("terminate", self.sb.terminated_total)):
            last = self.carry.get(op, 0)
            if total > last:
                self.ops[(op, "success")] += total - last
                self.carry[op] = total

    # -- knobs --------------------------------------------------------------------
    def set_errors(self, rate):
        self.advance()
        if rate > 0 and rate > self.error_rate:
            self.requests[ERROR_SERIES] += int(math.ceil((rate - self.error_rate) * BACKLOG_SECONDS))
        self.error_rate = max(0.0, rate)

    def set_slow(self, on):
        self.advance()
        if on and not self.slow:
            self.slow = True
            for m, ep, rate, shares, med, sig in BACKEND:
                if ep in ("/health", "/metrics"):
                    continue
                n = int(rate * BACKLOG_SECONDS)
                lm, ls = self._latency(med, sig, ep)
                self._observe(self.hist[(m, ep)], n, lm, ls, exact=False)
                for st, sh in shares.items():
                    self.requests[(m, ep, st)] += int(n * sh)
        self.slow = bool(on)

    def hog_target(self):
        if self.hog is None:
            return None
        if self.hog != "auto":
            return self.hog if self.hog in self.sb.running else None
        return min(self.sb.running) if self.sb.running else None

    # -- per-sandbox usage ------------------------------------------------------------
    def _usage(self, sid, spec, now):
        h = int(hashlib.md5(sid.encode()).hexdigest()[:8], 16)
        base = [1.5, 4, 8, 15, 30, 55][h % 6]
        wave = 1 + 0.5 * math.sin(now / (60 + h % 240) + h)
        cpu = min(85.0, max(0.1, base * wave))
        mem_limit = spec.get("mem", 1024)
        mem = mem_limit * (0.15 + 0.5 * ((h >> 8) % 100) / 100.0) * (1 + 0.1 * math.sin(now / 300.0 + h))
        return round(cpu, 2), round(mem, 1)

    def container_usage(self):
        now = time.time()
        running = self.sb.running
        hog = self.hog_target()
        scored = []
        for sid, spec in running.items():
            cpu, mem = self._usage(sid, spec, now)
            scored.append((cpu, sid, mem))
        scored.sort(reverse=True)
        top = scored[:TOP_CONTAINERS]
        if hog is not None:
            top = [(97.0, hog, self._usage(hog, running[hog], now)[1])] + [t for t in top if t[1] != hog][:TOP_CONTAINERS - 1]
        return top

    # -- exposition ---------------------------------------------------------------------
    def backend_text(self):
        self.advance()
        out = []
        out += ["# HELP http_requests_total Total HTTP requests", "# TYPE http_requests_total counter"]
        for (m, ep, st), v in sorted(self.requests.items()):
            out.append('http_requests_total{method="%s",endpoint="%s",status_code="%s"} %s' % (m, _esc(ep), st, _fmt(v)))
        out += ["# HELP http_request_duration_seconds HTTP request duration",
                "# TYPE http_request_duration_seconds histogram"]
        for (m, ep), h in sorted(self.hist.items()):
            lab = 'method="%s",endpoint="%s"' % (m, _esc(ep))
            for i, b in enumerate(BUCKETS):
                out.append('http_request_duration_seconds_bucket{%s,le="%s"} %s' % (lab, repr(b), _fmt(h[i])))
            out.append('http_request_duration_seconds_bucket{%s,le="+Inf"} %s' % (lab, _fmt(h[len(BUCKETS)])))
            out.append("http_request_duration_seconds_sum{%s} %s" % (lab, _fmt(h[len(BUCKETS) + 1])))
            out.append("http_request_duration_seconds_count{%s} %s" % (lab, _fmt(h[len(BUCKETS)])))
        out += ["# HELP active_sandboxes_total Number of active sandboxes", "# TYPE active_sandboxes_total gauge",
                "active_sandboxes_total %s" % _fmt(len(self.sb.running_pod_ids()))]
        out += ["# HELP sandbox_operations_total Total sandbox operations", "# TYPE sandbox_operations_total counter"]
        for (op, st), v in sorted(self.ops.items()):
            out.append('sandbox_operations_total{operation="%s",status="%s"} %s' % (op, st, _fmt(v)))
        out += ["# HELP ai_requests_total Total AI requests", "# TYPE ai_requests_total counter"]
        for (model, st), v in sorted(self.ai.items()):
            out.append('ai_requests_total{model="%s",status="%s"} %s' % (model, st, _fmt(v)))
        out += ["# HELP container_resource_usage Container resource usage", "# TYPE container_resource_usage gauge"]
        for cpu, sid, mem in self.container_usage():
            out.append('container_resource_usage{sandbox_id="%s",resource_type="cpu_percent"} %s' % (sid, _fmt(cpu)))
            out.append('container_resource_usage{sandbox_id="%s",resource_type="memory_mb"} %s' % (sid, _fmt(mem)))
        return "\n".join(out) + "\n"

    def frontend_text(self):
        self.advance()
        out = ["# HELP http_requests_total Total HTTP requests", "# TYPE http_requests_total counter"]
        for (m, ep, st), v in sorted(self.front.items()):
            out.append('http_requests_total{method="%s",endpoint="%s",status_code="%s"} %s' % (m, _esc(ep), st, _fmt(v)))
        out += ["# HELP nodejs_heap_size_used_bytes Process heap size used from Node.js in bytes.",
                "# TYPE nodejs_heap_size_used_bytes gauge",
                "nodejs_heap_size_used_bytes %s" % _fmt(int(9.5e7 + 1.5e7 * math.sin(time.time() / 600.0)))]
        return "\n".join(out) + "\n"

    def state(self):
        return {"error_rate": self.error_rate, "slow": self.slow, "cpu_hog": self.hog_target(),
                "cpu_hog_setting": self.hog}
