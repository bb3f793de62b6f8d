"""pods/log: synthetic but plausible, deterministic log lines.

Line k of a pod is written at start + k*interval and its text depends only on
(pod uid, k), so repeated reads agree, `tailLines`/`sinceSeconds` are exact
and `follow` continues the same sequence. Only the last MAX_LINES lines are
kept (as if the kubelet had rotated the file).
"""
import asyncio
import calendar
import random
import time

from aiohttp import web

import apierrors

MAX_LINES = 1000
INTERVAL = {"backend": 1.5, "frontend": 2.5, "sandbox": 4.0}

BACKEND_PATHS = [("GET", "/health", 200), ("GET", "/api/sandboxes", 200), ("POST", "/api/sandboxes", 201),
                 ("GET", "/api/sessions", 200), ("POST", "/api/auth/login", 200), ("POST", "/api/auth/login", 401),
                 ("GET", "/api/terminal/ws", 101), ("DELETE", "/api/sandboxes/{id}", 204),
                 ("GET", "/api/sandboxes/{id}/files", 200), ("POST", "/api/ai/complete", 200),
                 ("GET", "/metrics", 200), ("GET", "/api/users/me", 200)]
PHRASE = {200: "OK", 201: "Created", 204: "No Content", 101: "Switching Protocols", 401: "Unauthorized",
          404: "Not Found", 500: "Internal Server Error"}
FRONT_PATHS = ["/", "/dashboard", "/terminal", "/login", "/api/health", "/settings", "/sandboxes", "/_next/static/chunks/main.js"]
SHELL = ["ls -la", "cd project", "git status", "python3 main.py", "npm install", "npm run dev", "pip install -r requirements.txt",
         "cat README.md", "vim app.py", "make test", "node index.js", "pytest -q", "htop", "df -h", "curl -s localhost:8080/health"]


def _epoch(ts):
    return calendar.timegm(time.strptime(ts, "%Y-%m-%dT%H:%M:%SZ"))


def _kind(pod):
    app = pod["metadata"].get("labels", {}).get("app", "")
    return app if app in INTERVAL else "sandbox"


HEADER = {
    "backend": ["INFO:     Started server process [1]", "INFO:     Waiting for application startup.",
                "INFO:     Application startup complete.",
                "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)"],
    "frontend": ["  \u25b2 Next.js 14.2.3", "  - Local:        http://localhost:3000", " \u2713 Starting...",
                 " \u2713 Ready in 612ms"],
    "sandbox": ["sandbox: workspace mounted at /workspace", "sandbox: shell ready (bash 5.2.15)"],
}
HEADER_STEP = 0.05   # start-up lines come out together


def t_of(kind, start, k):
    """When line k was written."""
    h = len(HEADER[kind])
    if k < h:
        return start + HEADER_STEP * k
    return start + (k - h + 1) * INTERVAL[kind]


def index_at(kind, start, t):
    """Index of the last line written at or before t (-1 if none)."""
    e = t - start
    if e < 0:
        return -1
    h = len(HEADER[kind])
    if e < INTERVAL[kind]:
        return min(h - 1, int(e / HEADER_STEP))
    return h - 1 + int(e / INTERVAL[kind])


def line_text(pod, kind, k, t):
    rng = random.Random("%s:%d" % (pod["metadata"].get("uid"), k))
    if k < len(HEADER[kind]):
        return HEADER[kind][k]
    if kind == "backend":
        m, p, s = rng.choice(BACKEND_PATHS)
        if rng.random() < 0.01:
            s = 500
        p = p.replace("{id}", "%08x-%04x-4%03x-a%03x-%012x" % (rng.getrandbits(32), rng.getrandbits(16),
                                                              rng.getrandbits(12), rng.getrandbits(12), rng.getrandbits(48)))
        ip = "10.244.%d.%d:%d" % (rng.randint(0, 20), rng.randint(2, 250), rng.randint(30000, 60000))
        return 'INFO:     %s - "%s %s HTTP/1.1" %d %s' % (ip, m, p, s, PHRASE[s])
    if kind == "frontend":
        return " GET %s %d in %dms" % (rng.choice(FRONT_PATHS), 200 if rng.random() > 0.02 else 404, rng.randint(3, 180))
    cmd = rng.choice(SHELL)
    code = 0 if rng.random() > 0.1 else rng.choice([1, 2, 127])
    return "[%s] $ %s (exit %d, %d ms)" % (time.strftime("%H:%M:%S", time.gmtime(t)), cmd, code, rng.randint(2, 4000))


def _stamp(t):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(t)) + ".%09dZ" % int((t % 1) * 1e9)


async def handle(request, store, ns, name):
    ent = store.get("pods", ns, name)
    if ent is None:
        raise apierrors.ApiError(404, "NotFound", 'pods "%s" not found' % name, {"name": name, "kind": "pods"})
    pod = ent.obj
    q = request.query
    containers = [c["name"] for c in pod["spec"].get("containers", [])]
    cname = q.get("container") or containers[0]
    if cname not in containers:
        raise apierrors.bad_request("container %s is not valid for pod %s" % (cname, name))
    if q.get("previous") in ("true", "1"):
        raise apierrors.bad_request('previous terminated container "%s" in pod "%s" not found' % (cname, name))
    if pod["status"].get("phase") != "Running":
        raise apierrors.bad_request('container "%s" in pod "%s" is waiting to start: ContainerCreating' % (cname, name))
    kind = _kind(pod)
    started = _epoch(pod["status"].get("startTime") or pod["metadata"]["creationTimestamp"])
    now = time.time()
    last = index_at(kind, started, now)       # index of the newest line written so far
    first = max(0, last - MAX_LINES + 1)
    if "sinceSeconds" in q:
        first = max(first, index_at(kind, started, now - int(q["sinceSeconds"])) + 1)
    if "sinceTime" in q:
        try:
            ts = q["sinceTime"].replace("Z", "").split(".")[0]
            since = calendar.timegm(time.strptime(ts, "%Y-%m-%dT%H:%M:%S"))
        except ValueError:
            raise apierrors.bad_request('parsing time "%s" as "2006-01-02T15:04:05Z07:00": cannot parse' % q["sinceTime"])
        first = max(first, index_at(kind, started, since - 1e-6) + 1)
    if "tailLines" in q:
        first = max(first, last - int(q["tailLines"]) + 1)
    ts = q.get("timestamps") in ("true", "1")
    follow = q.get("follow") in ("true", "1")
    limit = int(q.get("limitBytes") or 0)

    def fmt(k):
        t = t_of(kind, started, k)
        txt = line_text(pod, kind, k, t)
        out = "\n".join((_stamp(t) + " " + ln) if ts else ln for ln in txt.split("\n")) + "\n"
        return out.encode()

    resp = web.StreamResponse(status=200, headers={"Content-Type": "text/plain"})
    if follow:
        resp.enable_chunked_encoding()
    await resp.prepare(request)
    body = b"".join(fmt(k) for k in range(first, last + 1))
    if limit:
        body = body[:limit]
    await resp.write(body)
    if follow:
        k = last + 1
        try:
            while True:
                wait = t_of(kind, started, k) - time.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                if store.get("pods", ns, name) is None:
                    break          # the container is gone: the stream ends as on a real cluster
                await resp.write(fmt(k))
                k += 1
        except (ConnectionResetError, asyncio.CancelledError):
            return resp
    await resp.write_eof()
    return resp
