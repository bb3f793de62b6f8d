#!/usr/bin/python3
"""simctl: drive a running clustersim through its control API (/_sim/* on MPORT).

    simctl.py --url http://127.0.0.1:MPORT VERB ...
      state
      fault drop-watches | gone N | throttle N RETRY_AFTER | error N | latency MS | compact | clear
      churn PER_MINUTE
      errors RATE
      slow on|off
      cpu-hog SANDBOX_ID|auto|off
      sandboxes COUNT|reset

Prints the simulator's JSON answer; exits 1 on an error (2 on bad usage).
"""
import json
import sys
import urllib.error
import urllib.request

USAGE = __doc__.split("\n", 2)[2]


def call(url, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url.rstrip("/") + path, data=data, method="GET" if body is None else "POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())


def request_for(args):
    """Map VERB ARGS to (path, body); raises ValueError on bad usage."""
    verb, rest = args[0], args[1:]
    if verb == "state" and not rest:
        return "/_sim/state", None
    if verb == "fault" and rest:
        kind = rest[0]
        if kind in ("drop-watches", "compact", "clear") and len(rest) == 1:
            return "/_sim/fault", {"kind": kind}
        if kind in ("gone", "error") and len(rest) == 2:
            return "/_sim/fault", {"kind": kind, "n": int(rest[1])}
        if kind == "throttle" and len(rest) in (2, 3):
            return "/_sim/fault", {"kind": kind, "n": int(rest[1]),
                                   "retry_after": int(rest[2]) if len(rest) == 3 else 1}
        if kind == "latency" and len(rest) == 2:
            return "/_sim/fault", {"kind": kind, "ms": int(rest[1])}
    if verb == "churn" and len(rest) == 1:
        return "/_sim/churn", {"per_minute": float(rest[0])}
    if verb == "errors" and len(rest) == 1:
        return "/_sim/errors", {"rate": float(rest[0])}
    if verb == "slow" and len(rest) == 1 and rest[0] in ("on", "off"):
        return "/_sim/slow", {"on": rest[0] == "on"}
    if verb == "cpu-hog" and len(rest) == 1:
        return "/_sim/cpu-hog", {"target": rest[0]}
    if verb == "sandboxes" and len(rest) == 1:
        if rest[0] == "reset":
            return "/_sim/sandboxes", {"reset": True}
        return "/_sim/sandboxes", {"count": int(rest[0])}
    raise ValueError("bad usage")


def main(argv):
    url = None
    if len(argv) >= 2 and argv[0] == "--url":
        url, argv = argv[1], argv[2:]
    elif argv and argv[0].startswith("--url="):
        url, argv = argv[0][6:], argv[1:]
    if not url or not argv or argv[0] in ("-h", "--help", "help"):
        sys.stderr.write("usage: simctl.py --url http://127.0.0.1:MPORT VERB ...\n" + USAGE)
        return 0 if argv and argv[0] in ("-h", "--help", "help") else 2
    try:
        path, body = request_for(argv)
    except (ValueError, IndexError):
        sys.stderr.write("simctl: bad arguments: %s\n%s" % (" ".join(argv), USAGE))
        return 2
    try:
        out = call(url, path, body)
    except urllib.error.HTTPError as e:
        sys.stderr.write("simctl: %s: %s\n" % (e.code, e.read().decode(errors="replace")))
        return 1
    except (urllib.error.URLError, OSError) as e:
        sys.stderr.write("simctl: cannot reach %s: %s\n" % (url, e))
        return 1
    print(json.dumps(out, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
