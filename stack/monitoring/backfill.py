#!/usr/bin/python3
"""Back-fills 24 h of the platform's metrics so Prometheus has a day of
history the moment it starts.

Input: one live scrape of each simulated target (the backend's /metrics and
the frontend's /api/metrics), taken just before Prometheus starts. Every
series of those scrapes gets a history that ENDS AT ITS LIVE VALUE, with the
live target's job and instance labels, so the back-filled and the scraped
series are one series with no jump or counter reset where they meet (a jump
would show up in rate() as a burst and could push HighErrorRate into firing).

Counters (and histogram buckets, sums, counts) run backwards from the live
value at a rate estimated from the value itself (the simulator starts its
counters at about three days of traffic), shaped by a daily curve: busy in
the afternoon (UTC), quiet at night. All series of one step share the same
noise factor, so histogram buckets stay cumulative and the p95 of the
history equals the live p95 (normal, well under the 2 s alert threshold).
Gauges wander around their live value and end at it; active_sandboxes_total
stays under 1000 and container_resource_usage (a few sandboxes) under 90 %.

Output: one OpenMetrics file per UTC day (so two for 24 h), for `promtool
tsdb create-blocks-from openmetrics --max-block-duration=24h`, which reads
its whole input once per block it writes: one file per block makes that one
pass in all, and the two files convert in parallel.
Step 60 s rather than the live 15 s (four times less to write; every rule
uses a 5 m window, which still holds five samples).
"""
import argparse
import math
import os
import random
import re
import time

BLOCK = 86400   # must match promtool's --max-block-duration in stack/up
ASSUMED_UPTIME = 3 * 86400      # what the simulator's counters start at
KEEP_CONTAINERS = 5

LABEL_RE = re.compile(r'\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*,?')


def parse_exposition(text):
    """Prometheus text format -> (types {family: type}, [(name, labels-str, value)])."""
    types, samples = {}, []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            parts = line.split(None, 3)
            if len(parts) >= 4 and parts[1] == "TYPE":
                types[parts[2]] = parts[3].strip()
            continue
        brace = line.find("{")
        space = line.find(" ")
        if brace != -1 and (space == -1 or brace < space):
            name = line[:brace]
            i, inq, esc = brace + 1, False, False
            while i < len(line):
                c = line[i]
                if esc:
                    esc = False
                elif c == "\\":
                    esc = True
                elif c == '"':
                    inq = not inq
                elif c == "}" and not inq:
                    break
                i += 1
            body = line[brace + 1:i]
            rest = line[i + 1:].split()
            pairs = LABEL_RE.findall(body)
            labels = ",".join('%s="%s"' % (k, v) for k, v in pairs if k not in ("job", "instance"))
        else:
            name, rest, labels = line[:space], line[space + 1:].split(), ""
        if not rest:
            continue
        try:
            value = float(rest[0])
        except ValueError:
            continue
        if math.isnan(value) or math.isinf(value):
            continue
        samples.append((name, labels, value))
    return types, samples


def kind_of(name, types):
    if name in types:
        return types[name]
    for suffix in ("_bucket", "_sum", "_count", "_total", "_created"):
        if name.endswith(suffix) and name[: -len(suffix)] in types:
            return types[name[: -len(suffix)]]
    return "untyped"


def daily(t):
    """Load factor, mean 1: about 1.6 at 15:00 UTC, 0.4 at 03:00 UTC."""
    hour = (t % 86400) / 3600.0
    return 1.0 + 0.6 * math.cos(2 * math.pi * (hour - 15) / 24)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scrape", action="append", required=True, metavar="JOB=FILE",
                    help="a live scrape of the target of job JOB (repeatable)")
    ap.add_argument("--instance", required=True, help="host:port of the live targets")
    ap.add_argument("--outdir", required=True)
    ap.add_argument("--hours", type=float, default=24)
    ap.add_argument("--step", type=int, default=60)
    ap.add_argument("--end", type=float, default=None, help="unix time of the scrapes (default now)")
    ap.add_argument("--seed", type=int, default=42)
    a = ap.parse_args()

    rnd = random.Random(a.seed)
    end = int(a.end if a.end is not None else time.time()) - 1
    times = list(range(end - int(a.hours * 3600), end + 1, a.step))
    times[-1] = end
    # Cumulative load from each time to the end, in "seconds at mean load".
    noise = [0.85 + 0.3 * rnd.random() for _ in times]
    after = [0.0] * len(times)
    for k in range(len(times) - 2, -1, -1):
        dt = times[k + 1] - times[k]
        after[k] = after[k + 1] + daily(times[k]) * noise[k] * dt
    shape_end = daily(end)

    families = {}   # name -> [(labels, [values])]
    for spec in a.scrape:
        job, path = spec.split("=", 1)
        with open(path) as f:
            types, samples = parse_exposition(f.read())
        base = 'job="%s",instance="%s"' % (job, a.instance)
        containers = set()
        for name, labels, value in samples:
            kind = kind_of(name, types)
            if name == "container_resource_usage":
                sid = re.search(r'sandbox_id="([^"]*)"', labels)
                sid = sid.group(1) if sid else ""
                if sid not in containers and len(containers) >= KEEP_CONTAINERS:
                    continue
                containers.add(sid)
            full = base + ("," + labels if labels else "")
            if kind in ("counter", "histogram", "summary") and not name.endswith("_created"):
                r = value / ASSUMED_UPTIME
                vals = [max(0.0, value - r * s) for s in after]
                vals = [round(v) if float(value).is_integer() else round(v, 4) for v in vals]
            elif kind == "gauge" or kind == "untyped":
                wander = [1 + 0.25 * (daily(t) - shape_end) / 1.6 + 0.03 * (n - 1) for t, n in zip(times, noise)]
                if name == "active_sandboxes_total":
                    cap = 950 if value < 1000 else value
                    vals = [min(cap, max(0, round(value * w))) for w in wander]
                elif name == "container_resource_usage":
                    cap = 85.0 if value <= 90 else value
                    vals = [round(min(cap, max(0.0, value * w)), 2) for w in wander]
                else:
                    vals = [round(value * w, 4) for w in wander]
                vals[-1] = value
            else:
                continue
            families.setdefault(name, []).append((full, vals))

    os.makedirs(a.outdir, exist_ok=True)
    first_block = times[0] - times[0] % BLOCK
    n_files = 0
    for b0 in range(first_block, end + 1, BLOCK):
        idx = [k for k, t in enumerate(times) if b0 <= t < b0 + BLOCK]
        if not idx:
            continue
        path = os.path.join(a.outdir, "block-%d.om" % b0)
        with open(path, "w") as f:
            for name, series in families.items():
                f.write("# TYPE %s %s\n" % (name, "gauge" if name in ("active_sandboxes_total",
                                                                     "container_resource_usage") else "unknown"))
                for labels, vals in series:
                    f.writelines("%s{%s} %s %d\n" % (name, labels, vals[k], times[k]) for k in idx)
            f.write("# EOF\n")
        n_files += 1
    print("backfill: %d series, %d samples each, %d block files" %
          (sum(len(s) for s in families.values()), len(times), n_files))


if __name__ == "__main__":
    main()
