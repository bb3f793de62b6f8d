"""The object store: every object once as a dict plus its cached JSON bytes.

Why this shape:
- `kubectl get pods -A -o json` over 30,000 pods must take < 5 s, so lists are
  built by joining each object's pre-serialized JSON; nothing is deep-copied
  or re-encoded per request.
- Stored dicts are never mutated in place. A writer builds a new dict (copy
  of the old one, changed) and calls `put`; readers may keep references.
- One global, monotonic resourceVersion, like etcd's revision.
- A bounded event history (about 5 minutes, like the watch cache) serves
  watches from a resourceVersion; older versions answer 410 Expired.
"""
import collections
import copy
import json
import time
import uuid

HISTORY_SECONDS = 300
HISTORY_MAX = 200000


def dumps(obj):
    return json.dumps(obj, separators=(",", ":")).encode()


def now_iso(t=None):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t if t is not None else time.time()))


class Entry:
    __slots__ = ("obj", "_raw")

    def __init__(self, obj, raw=None):
        self.obj = obj
        self._raw = raw

    @property
    def raw(self):
        if self._raw is None:
            self._raw = dumps(self.obj)
        return self._raw

    def clone(self):
        """A private, mutable deep copy (decoding cached JSON is the cheapest deep copy)."""
        return json.loads(self.raw)


class Event:
    __slots__ = ("rv", "res", "type", "entry", "prev", "t")

    def __init__(self, rv, res, etype, entry, prev=None):
        self.rv = rv
        self.res = res
        self.type = etype
        self.entry = entry
        self.prev = prev      # the object before a MODIFIED (selector transitions)
        self.t = time.monotonic()


def key_of(ns, name):
    return "%s/%s" % (ns, name) if ns else name


class Store:
    def __init__(self):
        self.rv = 1000
        self.objs = collections.defaultdict(dict)  # res name -> key -> Entry
        self._sorted = {}                          # res name -> sorted keys (None = dirty)
        self.history = collections.deque()
        self.floor_rv = self.rv                    # events with rv > floor_rv are all in history
        self.watchers = collections.defaultdict(set)  # res name -> set of watch.Watcher
        self.listeners = []                        # callables(event) for controllers/metrics

    # -- reads ---------------------------------------------------------------
    def get(self, res, ns, name):
        return self.objs[res].get(key_of(ns, name))

    def sorted_keys(self, res):
        keys = self._sorted.get(res)
        if keys is None:
            keys = sorted(self.objs[res])
            self._sorted[res] = keys
        return keys

    def items(self, res, ns=None):
        """Entries in etcd key order (namespace/name), optionally one namespace."""
        objs = self.objs[res]
        for k in self.sorted_keys(res):
            e = objs.get(k)
            if e is None:
                continue
            if ns is not None and e.obj["metadata"].get("namespace") != ns:
                continue
            yield k, e

    def values(self, res):
        return list(self.objs[res].values())

    def count(self, res):
        return len(self.objs[res])

    # -- writes --------------------------------------------------------------
    def next_rv(self):
        self.rv += 1
        return self.rv

    def create(self, res, obj, emit=True):
        """obj is owned by the store from now on. Fills uid/rv/creationTimestamp."""
        md = obj.setdefault("metadata", {})
        md.setdefault("uid", str(uuid.uuid4()))
        md.setdefault("creationTimestamp", now_iso())
        rv = self.next_rv()
        md["resourceVersion"] = str(rv)
        ent = Entry(obj)
        k = key_of(md.get("namespace"), md["name"])
        self.objs[res][k] = ent
        self._sorted[res] = None
        if emit:
            self._emit(rv, res, "ADDED", ent)
        return ent

    def put(self, res, obj):
        """Replace an existing object with a new dict (MODIFIED)."""
        md = obj["metadata"]
        rv = self.next_rv()
        md["resourceVersion"] = str(rv)
        ent = Entry(obj)
        k = key_of(md.get("namespace"), md["name"])
        prev = self.objs[res].get(k)
        if prev is None:
            self._sorted[res] = None
        self.objs[res][k] = ent
        self._emit(rv, res, "MODIFIED", ent, prev)
        return ent

    def delete(self, res, ns, name):
        k = key_of(ns, name)
        old = self.objs[res].pop(k, None)
        if old is None:
            return None
        self._sorted[res] = None
        rv = self.next_rv()
        # A DELETED event carries the object at the deletion's resourceVersion.
        obj = dict(old.obj)
        obj["metadata"] = dict(obj["metadata"], resourceVersion=str(rv))
        ent = Entry(obj)
        self._emit(rv, res, "DELETED", ent)
        return ent

    def modify(self, res, ns, name, fn):
        """Copy-modify-put helper for controllers: fn(mutable copy) -> bool changed."""
        ent = self.get(res, ns, name)
        if ent is None:
            return None
        obj = copy.deepcopy(ent.obj)
        if fn(obj) is False:
            return ent
        return self.put(res, obj)

    # -- events --------------------------------------------------------------
    def _emit(self, rv, res, etype, ent, prev=None):
        ev = Event(rv, res, etype, ent, prev)
        self.history.append(ev)
        self._trim()
        for w in list(self.watchers.get(res, ())):
            w.offer(ev)
        for fn in self.listeners:
            fn(ev)

    def _trim(self):
        h = self.history
        limit = time.monotonic() - HISTORY_SECONDS
        while h and (len(h) > HISTORY_MAX or h[0].t < limit):
            self.floor_rv = h.popleft().rv

    def compact(self):
        """Forget all history: any watch from an older resourceVersion gets 410."""
        self.history.clear()
        self.floor_rv = self.rv

    def events_since(self, rv, res):
        """Events for res with rv > given rv, or None if the history no longer reaches back."""
        self._trim()
        if rv < self.floor_rv:
            return None
        out = []
        # History is ordered by rv; scan from the right end until older than rv.
        for ev in reversed(self.history):
            if ev.rv <= rv:
                break
            if ev.res == res:
                out.append(ev)
        out.reverse()
        return out
