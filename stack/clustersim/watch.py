"""Watch streams: `?watch=1` answered as a chunked stream of JSON lines
{"type": ADDED|MODIFIED|DELETED|BOOKMARK|ERROR, "object": ...}.

Semantics follow the apiserver's watch cache:
- resourceVersion unset or "0": synthetic ADDED for the current state first.
- resourceVersion N: replay history after N; if N is older than the kept
  history (5 min, or `simctl fault compact`), the stream opens with 200 and
  carries one ERROR event holding a 410 Expired Status, then ends.
- allowWatchBookmarks: BOOKMARK events with only metadata.resourceVersion.
- timeoutSeconds: the server ends the stream (clean end, no error).
"""
import asyncio

from aiohttp import web

import apierrors
import tables
from labelsel import match_fields, match_labels
from store import dumps

BOOKMARK_SECONDS = 15


class Watcher:
    def __init__(self, rd, ns, labels, fields):
        self.rd = rd
        self.ns = ns
        self.labels = labels
        self.fields = fields
        self.queue = asyncio.Queue()

    def matches(self, obj):
        md = obj["metadata"]
        if self.ns and md.get("namespace") != self.ns:
            return False
        return match_labels(self.labels, md.get("labels")) and match_fields(self.fields, obj)

    def translate(self, ev):
        """The event type this watcher sees, or None. Like the apiserver's cacher:
        an object that starts matching the selectors is ADDED for this watcher,
        one that stops matching is DELETED."""
        cur = self.matches(ev.entry.obj)
        if ev.type != "MODIFIED" or ev.prev is None:
            return ev.type if cur else None
        was = self.matches(ev.prev.obj)
        if cur and was:
            return "MODIFIED"
        if cur:
            return "ADDED"
        if was:
            return "DELETED"
        return None

    def offer(self, ev):
        if self.translate(ev) is not None:
            self.queue.put_nowait(ev)

    def close(self):
        self.queue.put_nowait(None)


class WatchHub:
    """Tracks open streams for `fault drop-watches` and the `gone N` fault."""

    def __init__(self, store):
        self.store = store
        self.open = set()
        self.gone_budget = 0

    def drop_all(self):
        n = len(self.open)
        for w in list(self.open):
            w.close()
        return n


def _line(etype, obj_bytes):
    return b'{"type":"' + etype.encode() + b'","object":' + obj_bytes + b"}\n"


async def serve(request, rd, ns, q, store, hub, labels, fields, encode_table):
    resp = web.StreamResponse(status=200, headers={"Content-Type": "application/json",
                                                   "Cache-Control": "no-cache, private"})
    resp.enable_chunked_encoding()
    await resp.prepare(request)
    as_table = tables.wants_table(request.headers.get("Accept"))
    first = [True]

    def enc(ent):
        if not as_table:
            return ent.raw
        b = encode_table(rd, [ent], {"resourceVersion": ent.obj["metadata"].get("resourceVersion", "")},
                         with_columns=first[0])
        first[0] = False
        return b

    rv_s = q.get("resourceVersion", "")
    bookmarks = q.get("allowWatchBookmarks") in ("true", "1")
    try:
        timeout = float(q.get("timeoutSeconds") or 1800)
    except ValueError:
        timeout = 1800

    if hub.gone_budget > 0:
        hub.gone_budget -= 1
        err = apierrors.too_old(rv_s or store.rv, store.rv)
        await resp.write(_line("ERROR", dumps(err.status())))
        return resp

    w = Watcher(rd, ns, labels, fields)
    # Register before computing the replay so nothing falls between the two.
    store.watchers[rd.name].add(w)
    hub.open.add(w)
    try:
        start_rv = store.rv
        initial = q.get("sendInitialEvents") == "true"   # WatchList (KEP-3157)
        if rv_s in ("", "0") or initial:
            buf = []
            for _, e in store.items(rd.name, ns):
                if w.matches(e.obj):
                    buf.append(_line("ADDED", enc(e)))
                    if len(buf) >= 200:
                        await resp.write(b"".join(buf))
                        buf = []
            if buf:
                await resp.write(b"".join(buf))
            if initial:
                bm = {"kind": rd.kind, "apiVersion": rd.api_version,
                      "metadata": {"resourceVersion": str(start_rv),
                                   "annotations": {"k8s.io/initial-events-end": "true"}}}
                await resp.write(_line("BOOKMARK", dumps(bm)))
        else:
            try:
                rv = int(rv_s)
            except ValueError:
                raise apierrors.bad_request('invalid resource version "%s"' % rv_s)
            past = store.events_since(rv, rd.name)
            if past is None:
                err = apierrors.too_old(rv, store.floor_rv + 1)
                await resp.write(_line("ERROR", dumps(err.status())))
                return resp
            lines = []
            for ev in past:
                t = w.translate(ev) if ev.rv <= start_rv else None
                if t is not None:
                    lines.append(_line(t, enc(ev.entry)))
            if lines:
                await resp.write(b"".join(lines))
        loop = asyncio.get_event_loop()
        deadline = loop.time() + timeout
        last_rv = start_rv
        # Like the watch cache: a bookmark every BOOKMARK_SECONDS and one ~2 s
        # before the deadline, so a client can resume right where it stopped.
        next_bm = loop.time() + BOOKMARK_SECONDS
        if deadline - 2 > loop.time():
            next_bm = min(next_bm, deadline - 2)
        while True:
            now = loop.time()
            left = deadline - now
            if left <= 0:
                break
            if bookmarks and now >= next_bm:
                bm = {"kind": rd.kind, "apiVersion": rd.api_version,
                      "metadata": {"resourceVersion": str(max(last_rv, store.rv))}}
                await resp.write(_line("BOOKMARK", dumps(bm)))
                next_bm = now + BOOKMARK_SECONDS
                if next_bm > deadline - 2 and now < deadline - 2:
                    next_bm = deadline - 2
            wait = left if not bookmarks else max(0.01, min(left, next_bm - now))
            try:
                ev = await asyncio.wait_for(w.queue.get(), wait)
            except asyncio.TimeoutError:
                continue
            if ev is None:     # drop-watches: end the stream abruptly
                break
            if ev.rv <= start_rv:
                continue       # already sent by the replay
            last_rv = ev.rv
            batch = [_line(w.translate(ev), enc(ev.entry))]
            while not w.queue.empty() and len(batch) < 500:
                nxt = w.queue.get_nowait()
                if nxt is None:
                    await resp.write(b"".join(batch))
                    return resp
                batch.append(_line(w.translate(nxt), enc(nxt.entry)))
                last_rv = nxt.rv
            await resp.write(b"".join(batch))
    except (ConnectionResetError, asyncio.CancelledError):
        pass
    finally:
        store.watchers[rd.name].discard(w)
        hub.open.discard(w)
    return resp
