"""Sandbox pods and their database rows.

With --pg-dsn the database is the source of truth for which sandboxes run
(`status='running'` rows) and the simulator is the source of truth for node
placement, which it writes back in one set-based UPDATE ... FROM (VALUES ...).
Churn, `simctl sandboxes COUNT` and deleting a sandbox pod through the API all
keep rows and pods consistent; a 10 s resync picks up rows changed by others
(e.g. the console terminating a sandbox).

Database calls are blocking (psycopg2) and run on one worker thread so they
never stall the event loop and stay ordered.
"""
import asyncio
import concurrent.futures
import random
import time
import uuid

import tppobjects as plat
from store import now_iso

RESYNC_SECONDS = 10


class Db:
    """The platform database as the backend sees it. The connection is
    re-opened when it breaks (the stack restarts PostgreSQL in tests and on
    `stack/ctl stop|start postgres`), and the statement is tried once more."""

    def __init__(self, dsn):
        import psycopg2          # Debian python3-psycopg2
        import psycopg2.extras
        self.psycopg2 = psycopg2
        self.extras = psycopg2.extras
        self.dsn = dsn
        self.conn = None
        self._connect()

    def _connect(self):
        self.conn = self.psycopg2.connect(self.dsn)
        self.conn.autocommit = True

    def _run(self, work):
        for attempt in (0, 1):
            try:
                if self.conn is None or self.conn.closed:
                    self._connect()
                with self.conn.cursor() as cur:
                    return work(cur)
            except (self.psycopg2.OperationalError, self.psycopg2.InterfaceError):
                try:
                    if self.conn is not None:
                        self.conn.close()
                except Exception:
                    pass
                self.conn = None
                if attempt:
                    raise

    def running(self):
        def work(cur):
            cur.execute("SELECT id::text, user_id::text, image, node_name, coalesce(cpu_limit_millicores, 1000), "
                        "coalesce(memory_limit_mb, 1024), extract(epoch from created_at) "
                        "FROM sandboxes WHERE status = 'running'")
            return [{"id": r[0], "user_id": r[1], "image": r[2], "node": r[3], "cpu": int(r[4]), "mem": int(r[5]),
                     "created": float(r[6]) if r[6] is not None else time.time()} for r in cur.fetchall()]
        return self._run(work)

    def user_sample(self, n=2000):
        def work(cur):
            cur.execute("SELECT id::text FROM users WHERE is_active ORDER BY random() LIMIT %s", (n,))
            rows = [r[0] for r in cur.fetchall()]
            if not rows:
                cur.execute("SELECT id::text FROM users LIMIT %s", (n,))
                rows = [r[0] for r in cur.fetchall()]
            return rows
        return self._run(work)

    def write_nodes(self, pairs):
        """pairs: [(sandbox_id, node_name)] -> one UPDATE statement."""
        if not pairs:
            return
        self._run(lambda cur: self.extras.execute_values(
            cur, "UPDATE sandboxes AS s SET node_name = v.node FROM (VALUES %s) AS v(id, node) "
                 "WHERE s.id = v.id::uuid AND s.node_name IS DISTINCT FROM v.node", pairs,
            page_size=max(1, len(pairs))))

    def insert(self, rows):
        self._run(lambda cur: self.extras.execute_values(
            cur, "INSERT INTO sandboxes (id, user_id, status, image, cpu_limit_millicores, memory_limit_mb, "
                 "created_at, last_accessed) VALUES %s ON CONFLICT (id) DO NOTHING",
            [(r["id"], r["user_id"], "running", r["image"], r["cpu"], r["mem"]) for r in rows],
            template="(%s::uuid, %s::uuid, %s, %s, %s, %s, now(), now())", page_size=max(1, len(rows))))

    def terminate(self, ids):
        if not ids:
            return
        self._run(lambda cur: cur.execute(
            "UPDATE sandboxes SET status = 'terminated' WHERE id = ANY(%s::uuid[]) AND status = 'running'",
            (list(ids),)))


class Sandboxes:
    def __init__(self, store, cluster, dsn=None, count=300, seed=None, log=print):
        self.store = store
        self.cluster = cluster
        self.rng = random.Random(seed)
        self.dsn = dsn
        self.db = None
        self.initial_count = count
        self.log = log
        self.users = []
        self.images = [plat.SANDBOX_IMAGE]
        self.running = {}          # sandbox id -> spec dict (what we believe runs)
        self.ours = set()          # ids being terminated by us (not an external pod delete)
        self.node_writes = {}
        self.ext_terminated = set()
        self.churn = 0.0
        self.created_total = 0
        self.terminated_total = 0
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="pg")
        cluster.on_pod_deleted.append(self._pod_deleted)
        cluster.on_pod_scheduled.append(self._pod_scheduled)

    # -- startup ---------------------------------------------------------------
    def load(self):
        """Synchronous initial load: every running sandbox becomes a Running pod."""
        if self.dsn:
            self.db = Db(self.dsn)
            rows = self.db.running()
            self.users = self.db.user_sample()
            self.initial_count = len(rows)
        else:
            rows, self.users = plat.synthetic_sandboxes(self.initial_count, self.rng.random())
        imgs = sorted({r["image"] for r in rows if r.get("image")})
        if imgs:
            self.images = imgs
        need_nodes = max(3, -(-int((len(rows) + 20) * 1.1) // plat.PODS_PER_NODE))
        while len(self.cluster.node_load) < need_nodes:
            self.cluster.add_node(emit=False)
        pairs = []
        for r in rows:
            pod = plat.sandbox_pod(r, now_iso(r["created"]))
            node, host_ip, pod_ip = self.cluster.place_initial(pod)
            plat.running_pod_fast(pod, node, host_ip, pod_ip, now_iso(r["created"] + 3))
            self.store.create("pods", pod, emit=False)
            self.running[r["id"]] = r
            if r.get("node") != node:
                pairs.append((r["id"], node))
        if self.db is not None:
            self.db.write_nodes(pairs)
        return len(rows)

    # -- callbacks from the cluster -----------------------------------------------
    def _pod_scheduled(self, pod):
        sid = pod["metadata"].get("labels", {}).get("terminalpp.io/sandbox-id")
        if sid and pod["metadata"]["namespace"] == plat.SANDBOX_NS:
            self.node_writes[sid] = pod["spec"]["nodeName"]

    def _pod_deleted(self, pod):
        if pod["metadata"]["namespace"] != plat.SANDBOX_NS:
            return
        sid = pod["metadata"].get("labels", {}).get("terminalpp.io/sandbox-id")
        if not sid:
            return
        self.running.pop(sid, None)
        if sid in self.ours:
            self.ours.discard(sid)
        else:
            self.ext_terminated.add(sid)   # deleted through the API: the sandbox is gone

    # -- operations ----------------------------------------------------------------
    async def _db(self, fn, *args):
        if self.db is None:
            return None
        return await asyncio.get_event_loop().run_in_executor(self.pool, fn, *args)

    def _new_spec(self):
        return {"id": str(uuid.uuid4()), "user_id": self.rng.choice(self.users) if self.users else str(uuid.uuid4()),
                "image": self.rng.choice(self.images), "cpu": self.rng.choice([500, 1000, 2000]),
                "mem": self.rng.choice([512, 1024, 2048]), "created": time.time()}

    async def create(self, n):
        if n <= 0:
            return 0
        specs = [self._new_spec() for _ in range(n)]
        await self._db(self.db.insert if self.db else None, specs)
        for s in specs:
            self.running[s["id"]] = s
            self.cluster.create_pod(plat.sandbox_pod(s, now_iso()))
        self.created_total += n
        return n

    async def terminate(self, n=None, ids=None):
        if ids is None:
            # Oldest first, like an idle-timeout reaper.
            ids = [k for k, _ in sorted(self.running.items(), key=lambda kv: kv[1]["created"])[:n]]
        ids = [i for i in ids if i in self.running]
        if not ids:
            return 0
        await self._db(self.db.terminate if self.db else None, ids)
        for sid in ids:
            self.ours.add(sid)
            self.running.pop(sid, None)
            self.cluster.delete_pod(plat.SANDBOX_NS, "sandbox-" + sid, grace=None)
        self.terminated_total += len(ids)
        return len(ids)

    async def set_count(self, target):
        cur = len(self.running)
        if target > cur:
            # Big jumps in chunks so the event loop keeps serving.
            left = target - cur
            while left > 0:
                k = min(left, 500)
                await self.create(k)
                left -= k
                await asyncio.sleep(0)
        elif target < cur:
            await self.terminate(cur - target)
        return len(self.running)

    # -- background loops --------------------------------------------------------------
    async def run(self):
        acc = 0.0
        last_resync = time.monotonic()
        while True:
            await asyncio.sleep(1.0)
            try:
                if self.churn > 0:
                    acc += self.churn / 60.0
                    k = int(acc)
                    if k:
                        acc -= k
                        await self.create(k)
                        await self.terminate(k)
                if self.node_writes:
                    pairs, self.node_writes = list(self.node_writes.items()), {}
                    await self._db(self.db.write_nodes if self.db else None, pairs)
                if self.ext_terminated:
                    ids, self.ext_terminated = list(self.ext_terminated), set()
                    await self._db(self.db.terminate if self.db else None, ids)
                if self.db is not None and time.monotonic() - last_resync > RESYNC_SECONDS:
                    last_resync = time.monotonic()
                    await self.resync()
            except Exception as e:   # the database may restart under us; keep going
                self.log("sandboxes: %r" % (e,))

    async def resync(self):
        rows = await self._db(self.db.running)
        want = {r["id"]: r for r in rows}
        for sid in [s for s in self.running if s not in want]:
            self.ours.add(sid)
            self.running.pop(sid, None)
            self.cluster.delete_pod(plat.SANDBOX_NS, "sandbox-" + sid)
        for sid, r in want.items():
            if sid not in self.running and sid not in self.ours:
                self.running[sid] = r
                self.cluster.create_pod(plat.sandbox_pod(r, now_iso(r["created"])))

    def running_pod_ids(self):
        """Sandbox ids whose pod is Running (what active_sandboxes_total counts)."""
        out = []
        for sid in self.running:
            e = self.store.get("pods", plat.SANDBOX_NS, "sandbox-" + sid)
            if e is not None and e.obj["status"].get("phase") == "Running" and \
                    not e.obj["metadata"].get("deletionTimestamp"):
                out.append(sid)
        return out
