#!/usr/bin/python3
"""Writes 24 h of the platform's metrics (the guide's names and labels) as
OpenMetrics text for `promtool tsdb create-blocks-from openmetrics`, so that
Prometheus has a day of history the moment it starts.

The series carry job="backend" and the live backend target's instance, so the
back-filled and the scraped series are the same series. Values have a daily
shape and stay below every alert threshold of alert_rules.yml (5xx rate per
series < 0.1/s, p95 < 2 s, active sandboxes < 1000, CPU < 90 %).

Step 60 s rather than the live 15 s: it keeps the file (and promtool's time,
which is part of `up`'s budget) four times smaller, and every rule uses a 5 m
window, which still holds five samples.
"""
import argparse
import math
import random
import time

BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0]

# (method, endpoint, requests/s at the daily peak, median seconds, spread)
ENDPOINTS = [
    ("GET", "/api/sandboxes", 3.0, 0.045, 0.6),
    ("POST", "/api/sandboxes", 0.3, 0.300, 0.5),
    ("GET", "/api/sessions", 2.0, 0.030, 0.6),
    ("POST", "/api/terminal/exec", 4.0, 0.060, 0.7),
    ("GET", "/api/files", 1.5, 0.040, 0.6),
    ("POST", "/api/ai/complete", 0.8, 0.400, 0.5),
    ("GET", "/health", 0.2, 0.003, 0.3),
]
# status code and its share of an endpoint's requests
STATUSES = [("200", 0.975), ("404", 0.02), ("500", 0.005)]
OPERATIONS = [("create", 0.05), ("start", 0.08), ("stop", 0.07), ("delete", 0.02)]
MODELS = [("gpt-4", 0.3), ("claude-3", 0.35), ("codellama", 0.15)]


def phi(x):
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def daily(t):
    """1.0 at 15:00 UTC, about 0.2 at 03:00 UTC."""
    hour = (t % 86400) / 3600.0
    return 0.6 + 0.4 * math.cos(2 * math.pi * (hour - 15) / 24)


def fmt_labels(labels):
    return "{" + ",".join('%s="%s"' % kv for kv in labels) + "}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--instance", required=True, help="host:port of the live backend target")
    ap.add_argument("--job", default="backend")
    ap.add_argument("--hours", type=float, default=24)
    ap.add_argument("--step", type=int, default=60)
    ap.add_argument("--end", type=float, default=None, help="unix time of the last sample (default: now - step)")
    ap.add_argument("--active", type=int, default=300, help="running sandboxes now")
    ap.add_argument("--sandbox", action="append", default=[], help="sandbox id for container_resource_usage")
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()

    rnd = random.Random(a.seed)
    end = int(a.end if a.end is not None else time.time() - a.step)
    end -= end % a.step
    start = end - int(a.hours * 3600)
    times = list(range(start, end + 1, a.step))
    base = (("job", a.job), ("instance", a.instance))
    noise = [0.9 + 0.2 * rnd.random() for _ in times]

    families = {}

    def add(name, labels, values):
        families.setdefault(name, []).append((fmt_labels(base + tuple(labels)), values))

    # Requests per step for each endpoint, then counters and histograms from them.
    for method, endpoint, peak, median, spread in ENDPOINTS:
        per_step = [peak * daily(t) * n * a.step for t, n in zip(times, noise)]
        for code, share in STATUSES:
            total, vals = rnd.randint(1000, 5000) * share, []
            for r in per_step:
                total += r * share
                vals.append(round(total))
            add("http_requests_total", (("method", method), ("endpoint", endpoint), ("status_code", code)), vals)
        cdf = [phi(math.log(le / median) / spread) for le in BUCKETS] + [1.0]
        cum = 0.0
        counts = []
        for r in per_step:
            cum += r
            counts.append(cum)
        for le, frac in zip([repr(b) for b in BUCKETS] + ["+Inf"], cdf):
            add("http_request_duration_seconds_bucket", (("method", method), ("endpoint", endpoint), ("le", le)),
                [round(c * frac) for c in counts])
        add("http_request_duration_seconds_count", (("method", method), ("endpoint", endpoint)), [round(c) for c in counts])
        mean = median * math.exp(spread * spread / 2)
        add("http_request_duration_seconds_sum", (("method", method), ("endpoint", endpoint)),
            [round(c * mean, 3) for c in counts])

    now_shape = daily(end)
    add("active_sandboxes_total", (), [max(0, round(a.active * (1 + 0.25 * (daily(t) - now_shape)) + rnd.randint(-3, 3)))
                                       if t != end else a.active for t in times])

    for op, rate in OPERATIONS:
        for status, share in (("success", 0.98), ("failure", 0.02)):
            total, vals = 0.0, []
            for t, n in zip(times, noise):
                total += rate * share * daily(t) * n * a.step
                vals.append(round(total))
            add("sandbox_operations_total", (("operation", op), ("status", status)), vals)

    for model, rate in MODELS:
        for status, share in (("success", 0.97), ("error", 0.03)):
            total, vals = 0.0, []
            for t, n in zip(times, noise):
                total += rate * share * daily(t) * n * a.step
                vals.append(round(total))
            add("ai_requests_total", (("model", model), ("status", status)), vals)

    for sid in a.sandbox:
        level = 10 + 40 * rnd.random()
        add("container_resource_usage", (("sandbox_id", sid), ("resource_type", "cpu_percent")),
            [round(min(85.0, level * (0.5 + daily(t)) * (0.8 + 0.4 * rnd.random())), 1) for t in times])
        mem = rnd.choice([256, 384, 512, 768])
        add("container_resource_usage", (("sandbox_id", sid), ("resource_type", "memory_mb")),
            [round(mem * (0.8 + 0.3 * daily(t)) + rnd.uniform(-10, 10), 1) for t in times])

    with open(a.out, "w") as f:
        for name, series in families.items():
            kind = "gauge" if name in ("active_sandboxes_total", "container_resource_usage") else "unknown"
            f.write("# TYPE %s %s\n" % (name, kind))
            for labels, values in series:
                f.writelines("%s%s %s %d\n" % (name, labels, v, t) for t, v in zip(times, values))
        f.write("# EOF\n")


if __name__ == "__main__":
    main()
