"""The HTTPS Kubernetes API: routing, authn/authz, faults, discovery and reads.

A single catch-all handler parses /api/v1/... and /apis/G/V/... paths itself
(namespaced vs cluster-scoped, subresources), because aiohttp's router cannot
express "namespaces/{ns}/{resource}" vs "namespaces/{name}/status" cleanly.
"""
import asyncio
import base64
import bisect
import json

from aiohttp import web

import apierrors
import auth
import execws
import kproto
import podlogs
import resources as R
import tables
import watch
from apierrors import ApiError
from labelsel import match_fields, match_labels, parse_fields, parse_labels
from store import dumps
from writes import Writer, parse_body


PUBLIC_PATHS = {"/version", "/healthz", "/livez", "/readyz", "/version/"}


class Faults:
    """Injected by /_sim/fault (see control_api.py)."""

    def __init__(self):
        self.throttle = 0
        self.retry_after = 1
        self.errors = 0
        self.latency_ms = 0


def _json(obj, status=200):
    return web.Response(status=status, body=dumps(obj), content_type="application/json")


def _raw(b, status=200):
    return web.Response(status=status, body=b, content_type="application/json")


class Api:
    def __init__(self, store, cluster, authn, hub, cdir, server_addr):
        self.store = store
        self.cluster = cluster
        self.authn = authn
        self.hub = hub
        self.cdir = cdir
        self.server_addr = server_addr
        self.faults = Faults()
        self.writer = Writer(store, cluster)
        self.requests = 0

    def app(self):
        app = web.Application(middlewares=[self.middleware], client_max_size=16 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self.dispatch)
        return app

    @web.middleware
    async def middleware(self, request, handler):
        self.requests += 1
        try:
            if request.path in PUBLIC_PATHS and "Authorization" not in request.headers:
                # Like system:public-info-viewer: version and health need no token.
                request["role"] = "anonymous"
                return await handler(request)
            role = self.authn.user_for(request)
            request["role"] = role
            f = self.faults
            if f.latency_ms:
                await asyncio.sleep(f.latency_ms / 1000.0)
            if f.throttle > 0:
                f.throttle -= 1
                raise apierrors.too_many_requests(f.retry_after)
            if f.errors > 0:
                f.errors -= 1
                raise apierrors.internal("simulated failure (simctl fault error)")
            return await handler(request)
        except ApiError as e:
            return e.response()
        except web.HTTPException:
            raise
        except (ConnectionResetError, asyncio.CancelledError):
            raise
        except Exception as e:  # never leak a traceback page to kubectl
            import traceback
            traceback.print_exc()
            return apierrors.internal(repr(e)).response()

    # -- routing -----------------------------------------------------------------
    async def dispatch(self, request):
        path = request.path.rstrip("/") or "/"
        parts = [p for p in path.split("/") if p]
        m = request.method
        if path == "/version":
            return _json(R.VERSION_INFO)
        if path in ("/healthz", "/livez", "/readyz"):
            return web.Response(text="ok")
        if not parts or parts[0] not in ("api", "apis"):
            raise apierrors.page_not_found()
        if parts[0] == "api":
            if len(parts) == 1:
                return _json(R.api_versions(self.server_addr))
            group, version, rest = "", parts[1], parts[2:]
        else:
            if len(parts) == 1:
                return _json(R.api_group_list())
            if len(parts) == 2:
                g = R.api_group(parts[1])
                if g is None:
                    raise apierrors.page_not_found()
                return _json(g)
            group, version, rest = parts[1], parts[2], parts[3:]
        if not rest:
            rl = R.resource_list(group, version)
            if rl is None:
                raise apierrors.page_not_found()
            return _json(rl)
        ns = None
        if rest[0] == "namespaces" and len(rest) >= 3 and (group, version, rest[2]) in R.BY_PATH:
            ns, rest = rest[1], rest[2:]
        res = rest[0]
        if (group, version) in R.REVIEWS and m == "POST" and len(rest) == 1:
            return await self.review(request, group, res)
        rd = R.BY_PATH.get((group, version, res))
        if rd is None or (ns is not None and not rd.namespaced):
            raise apierrors.page_not_found()
        name = rest[1] if len(rest) > 1 else ""
        sub = rest[2] if len(rest) > 2 else ""
        if len(rest) > 3 or (sub and sub not in rd.subresources):
            raise apierrors.page_not_found()
        if rd.namespaced and ns is None and name:
            raise apierrors.page_not_found()
        q = request.query
        role = request["role"]
        dry = q.get("dryRun") == "All"
        if not name:
            if m == "GET":
                verb = "watch" if q.get("watch") in ("1", "true") else "list"
                auth.check(role, verb, rd, "", ns)
                return await self.list_or_watch(request, rd, ns, q, verb == "watch")
            if m == "POST":
                if rd.namespaced and ns is None:
                    raise apierrors.method_not_allowed()
                auth.check(role, "create", rd, "", ns)
                body = parse_body(await request.read(), request.headers.get("Content-Type"))
                obj = self.writer.create(rd, ns, body, dry)
                return _json(obj, 201)
            if m == "DELETE":
                auth.check(role, "deletecollection", rd, "", ns)
                return self.delete_collection(request, rd, ns, q, dry)
            raise apierrors.method_not_allowed()
        if sub == "exec":
            auth.check(role, "create", rd, name, ns, "exec")
            return await execws.handle(request, self.store, ns, name, self.cdir)
        if sub == "log":
            auth.check(role, "get", rd, name, ns, "log")
            return await podlogs.handle(request, self.store, ns, name)
        if m == "GET":
            auth.check(role, "get", rd, name, ns, sub)
            ent = self.store.get(rd.name, ns, name)
            if ent is None:
                raise apierrors.not_found(rd, name)
            if sub == "scale":
                return _json(tables.scale_obj(rd, ent.obj))
            if tables.wants_table(request.headers.get("Accept")):
                return _raw(tables.table_bytes(rd, [ent], {"resourceVersion": ent.obj["metadata"]["resourceVersion"]},
                                               q.get("includeObject", "PartialObjectMetadata")))
            return _raw(ent.raw)
        if m == "PUT":
            auth.check(role, "update", rd, name, ns, sub)
            body = parse_body(await request.read(), request.headers.get("Content-Type"))
            return _json(self.writer.update(rd, ns, name, body, sub, dry))
        if m == "PATCH":
            auth.check(role, "patch", rd, name, ns, sub)
            ct = request.headers.get("Content-Type", "").split(";")[0].strip()
            if ct not in ("application/merge-patch+json", "application/strategic-merge-patch+json",
                          "application/json-patch+json"):
                raise apierrors.unsupported_media(ct)
            body = parse_body(await request.read())
            return _json(self.writer.patch(rd, ns, name, request.headers.get("Content-Type"), body, sub, dry))
        if m == "DELETE" and not sub:
            auth.check(role, "delete", rd, name, ns)
            opts = parse_body(await request.read()) or {}
            if "gracePeriodSeconds" in q:
                opts["gracePeriodSeconds"] = int(q["gracePeriodSeconds"])
            if "propagationPolicy" in q:
                opts["propagationPolicy"] = q["propagationPolicy"]
            dry = dry or "All" in (opts.get("dryRun") or [])
            return _json(self.writer.delete(rd, ns, name, opts, dry))
        raise apierrors.method_not_allowed()

    def delete_collection(self, request, rd, ns, q, dry):
        """DELETE on a collection (with label/field selectors): the deleted objects as a List."""
        labels = parse_labels(q.get("labelSelector"))
        fields = parse_fields(q.get("fieldSelector"), rd)
        victims, _, _ = self._select(rd, ns, labels, fields, 0, None)
        out = []
        for e in victims:
            md = e.obj["metadata"]
            res = self.writer.delete(rd, md.get("namespace"), md["name"], {}, dry)
            out.append(res if res.get("kind") != "Status" else e.obj)
        return _json({"kind": rd.list_kind, "apiVersion": rd.api_version,
                      "metadata": {"resourceVersion": str(self.store.rv)}, "items": out})

    # -- reviews -----------------------------------------------------------------
    async def review(self, request, group, res):
        raw = await request.read()
        if "protobuf" in request.headers.get("Content-Type", ""):
            try:
                body = kproto.review_spec(raw)
            except (ValueError, IndexError) as e:
                raise apierrors.bad_request("error decoding protobuf request body: %s" % e)
        else:
            body = parse_body(raw) or {}
        role = request["role"]
        kinds = dict(R.REVIEWS[(group, "v1")])
        if res not in kinds:
            raise apierrors.page_not_found()
        out = {"kind": kinds[res], "apiVersion": "%s/v1" % group,
               "metadata": {"creationTimestamp": None}, "spec": body.get("spec", {})}
        if res == "selfsubjectaccessreviews":
            out["status"] = auth.access_review(role, body.get("spec") or {})
        elif res == "selfsubjectrulesreviews":
            out["status"] = auth.rules_review(role, (body.get("spec") or {}).get("namespace", ""))
        else:
            out.pop("spec")
            out["status"] = {"userInfo": {"username": role, "groups": auth.GROUPS.get(role, [])}}
        return _json(out, 201)

    # -- list / watch --------------------------------------------------------------
    async def list_or_watch(self, request, rd, ns, q, is_watch):
        labels = parse_labels(q.get("labelSelector"))
        fields = parse_fields(q.get("fieldSelector"), rd)
        if is_watch:
            return await watch.serve(request, rd, ns, q, self.store, self.hub, labels, fields, tables.table_bytes)
        try:
            limit = int(q.get("limit") or 0)
        except ValueError:
            limit = 0
        list_rv = self.store.rv
        start = None
        cont = q.get("continue")
        if cont:
            try:
                tok = json.loads(base64.urlsafe_b64decode(cont + "=" * (-len(cont) % 4)))
                start, tok_rv = tok["start"], int(tok["rv"])
            except (ValueError, KeyError, TypeError):
                raise apierrors.bad_request("continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)")
            if tok_rv < self.store.floor_rv:
                raise apierrors.gone(
                    "The provided continue parameter is too old to display a consistent list result. You can start a "
                    "new list without the continue parameter, or use the continue token in this response to retrieve "
                    "the remainder of the results. Continuing with the provided token results in an inconsistent list "
                    "- objects that were created, modified, or deleted between the time the first chunk was returned "
                    "and now may show up in the list.")
            list_rv = tok_rv
        items, more_key, remaining = self._select(rd, ns, labels, fields, limit, start)
        meta = {"resourceVersion": str(list_rv)}
        if more_key is not None:
            tok = {"v": "meta.k8s.io/v1", "rv": list_rv, "start": more_key + "\x00"}
            meta["continue"] = base64.urlsafe_b64encode(json.dumps(tok).encode()).decode().rstrip("=")
            if remaining is not None:
                meta["remainingItemCount"] = remaining
        if tables.wants_table(request.headers.get("Accept")):
            return _raw(tables.table_bytes(rd, items, meta, q.get("includeObject", "PartialObjectMetadata")))
        head = b'{"kind":"' + rd.list_kind.encode() + b'","apiVersion":"' + rd.api_version.encode() + \
            b'","metadata":' + dumps(meta) + b',"items":['
        return _raw(head + b",".join(e.raw for e in items) + b"]}")

    def _select(self, rd, ns, labels, fields, limit, start):
        """Walk keys in order from `start`; return (entries, next key or None, remaining count)."""
        # Fast path: fieldSelector=metadata.name=X (kubectl rollout status, delete --wait).
        if fields and ns is not None:
            for path, neg, val in fields:
                if path == ("metadata", "name") and not neg:
                    e = self.store.get(rd.name, ns, val)
                    ok = e is not None and match_labels(labels, e.obj["metadata"].get("labels")) and match_fields(fields, e.obj)
                    return ([e] if ok else []), None, None
        keys = self.store.sorted_keys(rd.name)
        objs = self.store.objs[rd.name]
        lo = 0
        prefix = None
        if ns is not None and rd.namespaced:
            prefix = ns + "/"
            lo = bisect.bisect_left(keys, prefix)
        if start:
            lo = max(lo, bisect.bisect_left(keys, start))
        out = []
        filtering = bool(labels or fields)
        i = lo
        n = len(keys)
        while i < n:
            k = keys[i]
            if prefix and not k.startswith(prefix):
                break
            i += 1
            e = objs.get(k)
            if e is None:
                continue
            if filtering:
                md = e.obj["metadata"]
                if not match_labels(labels, md.get("labels")) or not match_fields(fields, e.obj):
                    continue
            out.append(e)
            if limit and len(out) >= limit:
                # Is there anything after this one?
                if i < n and (not prefix or keys[i].startswith(prefix)):
                    remaining = None
                    if not filtering:
                        end = bisect.bisect_left(keys, prefix[:-1] + "0") if prefix else n
                        remaining = end - i
                    return out, k, remaining
                break
        return out, None, None
