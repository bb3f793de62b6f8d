#!/bin/bash
# The simulated platform metrics (/metrics, /api/metrics), health endpoints and the
# platform knobs (errors, slow, cpu-hog, sandboxes, churn); every knob is restored.
set -euo pipefail
. "$(dirname "$0")/../clustersim/testlib.sh"
sim_start
on_exit "${SIMCTL[*]} errors 0"
on_exit "${SIMCTL[*]} slow off"
on_exit "${SIMCTL[*]} cpu-hog off"
on_exit "${SIMCTL[*]} churn 0"
on_exit "${SIMCTL[*]} sandboxes reset"
T=$(mktemp -d); on_exit "rm -rf $T"

# metric FILE 'python expr over samples s (dict name{labels} -> value)'
cat > "$T/prom.py" <<'PY'
import re, sys, math
BUCKETS = None
def parse(path):
    s = {}
    for line in open(path):
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})? (\S+)$', line.strip())
        assert m, "bad exposition line: %r" % line
        s[m.group(1) + (m.group(2) or "")] = float(m.group(3))
    return s
def labels(key):
    return dict(re.findall(r'(\w+)="([^"]*)"', key))
def series(s, name):
    return {k: v for k, v in s.items() if k.split("{")[0] == name}
def p95(s0, s1, dt):
    """histogram_quantile(0.95, rate(bucket)) per (method,endpoint) -> max over series."""
    out = {}
    for k, v in series(s1, "http_request_duration_seconds_bucket").items():
        l = labels(k); key = (l["method"], l["endpoint"])
        le = float("inf") if l["le"] == "+Inf" else float(l["le"])
        out.setdefault(key, []).append((le, (v - s0.get(k, 0)) / dt))
    best = 0
    for key, bs in out.items():
        bs.sort(); tot = bs[-1][1]
        if tot <= 0: continue
        rank = 0.95 * tot; prev_le, prev_c = 0.0, 0.0
        for le, c in bs:
            if c >= rank:
                q = prev_le if le == float("inf") else prev_le + (le - prev_le) * (rank - prev_c) / max(1e-9, c - prev_c)
                best = max(best, q); break
            prev_le, prev_c = le, c
    return best
a, b = parse(sys.argv[1]), parse(sys.argv[2]); dt = float(sys.argv[3])
print(eval(sys.argv[4]))
PY
scrape() { curl -sf "$SIM_URL/metrics" > "$1"; }
prom() { /usr/bin/python3 "$T/prom.py" "$@"; }
export T
export -f prom scrape

echo "# exposition"
scrape "$T/m0"
check "Content-Type is text/plain; version=0.0.4" bash -c "curl -sI '$SIM_URL/metrics' | tr -d '\r' | grep -qi '^content-type: text/plain; version=0.0.4'"
for name in http_requests_total http_request_duration_seconds active_sandboxes_total sandbox_operations_total ai_requests_total container_resource_usage; do
    check "HELP/TYPE for $name" grep -q "^# TYPE $name " "$T/m0"
done
check "http_requests_total has method, endpoint, status_code labels" grep -Eq '^http_requests_total\{method="[A-Z]+",endpoint="/[^"]*",status_code="[0-9]{3}"\} [0-9.]+$' "$T/m0"
check "histogram has buckets up to +Inf, _sum and _count" bash -c "grep -q 'http_request_duration_seconds_bucket{method=\"GET\",endpoint=\"/api/sandboxes\",le=\"+Inf\"}' $T/m0 && grep -q '^http_request_duration_seconds_sum{' $T/m0 && grep -q '^http_request_duration_seconds_count{' $T/m0"
running=$(kubectl --context tpp-admin get pods -n terminal-plus-plus-sandboxes --field-selector status.phase=Running --no-headers | wc -l)
check "active_sandboxes_total equals the Running sandbox pods ($running)" grep -qx "active_sandboxes_total $running.0" "$T/m0"
check "container_resource_usage has cpu_percent and memory_mb for at most ~50 sandboxes" bash -c "
    n=\$(grep -c 'resource_type=\"cpu_percent\"' $T/m0); m=\$(grep -c 'resource_type=\"memory_mb\"' $T/m0); echo \"# \$n cpu series\"; [ \$n -ge 1 ] && [ \$n -le 51 ] && [ \$n -eq \$m ]"
check "frontend /api/metrics has http_requests_total for pages" bash -c "curl -sf $SIM_URL/api/metrics | grep -q 'http_requests_total{method=\"GET\",endpoint=\"/dashboard\",status_code=\"200\"}'"

echo "# normal behaviour over 4 s"
sleep 4; scrape "$T/m1"
check "counters advance at a few requests per second" bash -c "r=\$(prom $T/m0 $T/m1 4 'sum(v - a.get(k, 0) for k, v in series(b, \"http_requests_total\").items()) / 4'); echo \"# \$r req/s\"; prom $T/m0 $T/m1 4 \"0.5 < \$r < 30\" | grep -q True"
check "no 5xx series above 0.1/s (HighErrorRate expression false)" bash -c "prom $T/m0 $T/m1 4 'max([(v - a.get(k, 0)) / 4 for k, v in series(b, \"http_requests_total\").items() if labels(k)[\"status_code\"].startswith(\"5\")] + [0]) <= 0.1' | grep -q True"
check "p95 below 2 s (HighResponseTime expression false)" bash -c "q=\$(prom $T/m0 $T/m1 4 'p95(a, b, 4)'); echo \"# p95 \$q\"; prom $T/m0 $T/m1 4 \"\$q < 2\" | grep -q True"
check "max cpu_percent <= 90 (ContainerResourceExhaustion false)" bash -c "prom $T/m0 $T/m1 4 'max(v for k, v in series(b, \"container_resource_usage\").items() if \"cpu_percent\" in k) <= 90' | grep -q True"
check "/health and /api/health are 200 healthy" bash -c "curl -sf $SIM_URL/health | grep -q '\"status\": \"healthy\"' && curl -sf $SIM_URL/api/health | grep -q healthy"

echo "# knobs make the guide's alert expressions true within one scrape"
must "simctl errors 0.5" "${SIMCTL[@]}" errors 0.5 >/dev/null
sleep 2; scrape "$T/m2"
# rate(x[5m]) over a 5-minute window: increase / 300 (the knob back-fills 5 minutes of errors)
check "a 5xx series has increased by >= 0.5*300 (rate[5m] >= 0.5/s > 0.1)" bash -c "prom $T/m1 $T/m2 1 'max((v - a.get(k, 0)) / 300 for k, v in series(b, \"http_requests_total\").items() if labels(k)[\"status_code\"].startswith(\"5\")) >= 0.5' | grep -q True"
sleep 2; scrape "$T/m3"
check "... and keeps growing at ~0.5/s" bash -c "prom $T/m2 $T/m3 2 'max((v - a.get(k, 0)) for k, v in series(b, \"http_requests_total\").items() if labels(k)[\"status_code\"]==\"500\") >= 0.5' | grep -q True"
must "simctl errors 2" "${SIMCTL[@]}" errors 2 >/dev/null
check "/health turns 503 unhealthy at errors >= 1/s" bash -c "[ \"\$(curl -s -o /dev/null -w '%{http_code}' $SIM_URL/health)\" = 503 ]"
must "simctl errors 0" "${SIMCTL[@]}" errors 0 >/dev/null
check "/health is 200 again" bash -c "[ \"\$(curl -s -o /dev/null -w '%{http_code}' $SIM_URL/health)\" = 200 ]"

scrape "$T/s0"
must "simctl slow on" "${SIMCTL[@]}" slow on >/dev/null
sleep 2; scrape "$T/s1"
check "p95 over the window > 2 s with slow on" bash -c "q=\$(prom $T/s0 $T/s1 300 'p95(a, b, 300)'); echo \"# p95 \$q\"; prom $T/s0 $T/s1 1 \"\$q > 2\" | grep -q True"
must "simctl slow off" "${SIMCTL[@]}" slow off >/dev/null

must "simctl cpu-hog auto" "${SIMCTL[@]}" cpu-hog auto >/dev/null
scrape "$T/h1"
check "max(container_resource_usage{resource_type=cpu_percent}) > 90" bash -c "prom $T/h1 $T/h1 1 'max(v for k, v in series(b, \"container_resource_usage\").items() if \"cpu_percent\" in k) > 90' | grep -q True"
sid=$(kubectl --context tpp-admin -n terminal-plus-plus-sandboxes get pods -l app=sandbox -o jsonpath='{.items[3].metadata.labels.terminalpp\.io/sandbox-id}')
must "simctl cpu-hog $sid" "${SIMCTL[@]}" cpu-hog "$sid" >/dev/null
check "that sandbox is the one at 97" bash -c "curl -s $SIM_URL/metrics | grep -q 'container_resource_usage{sandbox_id=\"$sid\",resource_type=\"cpu_percent\"} 97.0'"
must "simctl cpu-hog off" "${SIMCTL[@]}" cpu-hog off >/dev/null

echo "# sandboxes COUNT / reset / churn"
start=$(curl -s "$SIM_URL/_sim/state" | jq_py 'd["sandboxes"]["running"]')
target=$((start + 7))
must "simctl sandboxes $target" "${SIMCTL[@]}" sandboxes "$target" >/dev/null
check "$target sandbox pods Running and active_sandboxes_total = $target" wait_until 15 bash -c "
    [ \"\$(kubectl --context tpp-admin get pods -n terminal-plus-plus-sandboxes --field-selector status.phase=Running --no-headers | wc -l)\" -eq $target ] &&
    curl -s $SIM_URL/metrics | grep -qx 'active_sandboxes_total $target.0'"
must "simctl sandboxes reset" "${SIMCTL[@]}" sandboxes reset >/dev/null
check "back to $start sandboxes" wait_until 15 bash -c "curl -s $SIM_URL/metrics | grep -qx 'active_sandboxes_total $start.0' && [ \"\$(kubectl --context tpp-admin get pods -n terminal-plus-plus-sandboxes --no-headers | wc -l)\" -eq $start ]"
before=$(curl -s "$SIM_URL/_sim/state" | jq_py 'd["sandboxes"]["created"]')
must "simctl churn 120" "${SIMCTL[@]}" churn 120 >/dev/null
sleep 3
must "simctl churn 0" "${SIMCTL[@]}" churn 0 >/dev/null
check "churn created and terminated sandboxes, count unchanged" bash -c "
    s=\$(curl -s $SIM_URL/_sim/state); c=\$(echo \"\$s\" | jq_py 'd[\"sandboxes\"][\"created\"]'); r=\$(echo \"\$s\" | jq_py 'd[\"sandboxes\"][\"running\"]')
    echo \"# created \$((c - $before)), running \$r\"; [ \$((c - $before)) -ge 2 ] && [ \$r -eq $start ]"
check "sandbox_operations_total{operation=create} advanced" bash -c "scrape $T/c1; prom $T/m0 $T/c1 1 'b[\"sandbox_operations_total{operation=\\\"create\\\",status=\\\"success\\\"}\"] - a[\"sandbox_operations_total{operation=\\\"create\\\",status=\\\"success\\\"}\"] >= 9' | grep -q True"
finish
