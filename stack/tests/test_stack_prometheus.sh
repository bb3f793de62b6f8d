#!/usr/bin/env bash
# Checks: Prometheus has the guide's five alert rules loaded, every scrape
# target is up, and there are ~24 h of platform metrics (data within minutes
# of 24 h ago, job="backend" on the live target's instance); on a stack of
# its own, no alert is pending or firing after start.
set -euo pipefail
. "$(dirname "$0")/../lib/testing.sh"
use_stack --users 300 --pods 30

rules=$(curl -sf "$TPP_PROMETHEUS_URL/api/v1/rules" | jq -r '.data.groups[].rules[] | select(.type == "alerting") | .name' | sort)
want=$(printf '%s\n' ContainerResourceExhaustion DatabaseConnectionFailure HighErrorRate HighResponseTime TooManySandboxes)
[ "$rules" = "$want" ] || fail "alert rules loaded: $(echo $rules)"

poll 60 2 bash -c "curl -sf '$TPP_PROMETHEUS_URL/api/v1/targets' | jq -e '[.data.activeTargets[] | .health] | length >= 6 and all(. == \"up\")' >/dev/null" \
    || fail "not every target is up: $(curl -sf "$TPP_PROMETHEUS_URL/api/v1/targets" | jq -c '[.data.activeTargets[] | [.labels.job, .health, .lastError]]')"

now=$(date +%s); start=$((now - 86400)); instance="127.0.0.1:${TPP_SIM_URL##*:}"
for q in 'active_sandboxes_total{job="backend"}' 'sum(rate(http_requests_total{job="backend"}[5m]))' \
         'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{job="backend"}[5m])))' \
         'sum(sandbox_operations_total)' 'sum(ai_requests_total)' 'max(container_resource_usage{resource_type="cpu_percent"})'; do
    first=$(curl -sf "$TPP_PROMETHEUS_URL/api/v1/query_range" --data-urlencode "query=$q" \
            --data-urlencode "start=$start" --data-urlencode "end=$((start + 3600))" --data-urlencode step=60 \
            | jq -r '[.data.result[].values[0][0]] | min // empty')
    [ -n "$first" ] || fail "no data 24 h back for $q"
    [ "${first%.*}" -le $((start + 600)) ] || fail "$q starts only $(( ${first%.*} - start )) s after 24 h ago"
done
inst=$(curl -sf "$TPP_PROMETHEUS_URL/api/v1/query" --data-urlencode 'query=active_sandboxes_total' \
       --data-urlencode "time=$((start + 300))" | jq -r '.data.result[0].metric.instance // empty')
[ "$inst" = "$instance" ] || fail "back-filled instance '$inst' is not the live target $instance"
hours=$(curl -sf "$TPP_PROMETHEUS_URL/api/v1/query" --data-urlencode 'query=count_over_time(active_sandboxes_total{job="backend"}[25h])' \
        | jq -r '.data.result[0].value[1]')
[ "${hours%.*}" -ge 1400 ] || fail "only $hours samples of active_sandboxes_total in 25 h"

# The history (and its join with the live series) stays under the alert
# thresholds: no 5xx burst, no slow p95, no sandbox or CPU peak in 24 h.
for check in 'max_over_time(max(rate(http_requests_total{status_code=~"5.."}[5m]))[24h:5m]) > 0.1' \
             'max_over_time(max(histogram_quantile(0.95, rate(http_request_duration_seconds_bucket[5m])))[24h:5m]) > 2' \
             'max_over_time(active_sandboxes_total[24h]) > 1000' \
             'max_over_time(max(container_resource_usage{resource_type="cpu_percent"})[24h:5m]) > 90'; do
    [ -n "${TPP_STACK_DIR:-}" ] && break   # a shared stack may have fired alerts on purpose
    hit=$(curl -sf "$TPP_PROMETHEUS_URL/api/v1/query" --data-urlencode "query=$check" | jq -r '.data.result | length')
    [ "$hit" = 0 ] || fail "history crosses an alert threshold: $check"
done

if [ -z "${TPP_STACK_DIR:-}" ]; then
    alerts=$(curl -sf "$TPP_PROMETHEUS_URL/api/v1/alerts" | jq -r '[.data.alerts[].labels.alertname] | join(" ")')
    [ -z "$alerts" ] || fail "alerts pending or firing on a fresh stack: $alerts"
fi
pass "5 rules, all targets up, 24 h of history"
