#!/usr/bin/python3
"""clustersim: a simulated Kubernetes API server for the Terminal++ stack.

    clustersim.py init  --dir CDIR --port PORT
    clustersim.py serve --dir CDIR --port PORT --metrics-port MPORT
                        [--pg-dsn DSN] [--pods N] [--seed S] [--churn PER_MINUTE]

See stack/README.md ("The simulator") for what is simulated and the limits.
"""
import argparse
import asyncio
import os
import random
import signal
import ssl
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import tppobjects as plat  # noqa: E402
from aiohttp import web  # noqa: E402

import auth  # noqa: E402
import execws  # noqa: E402
import pki  # noqa: E402
from api import Api  # noqa: E402
from autoscale import HpaController  # noqa: E402
from control import Cluster  # noqa: E402
from control_api import SimControl  # noqa: E402
from sandboxes import Sandboxes  # noqa: E402
from simmetrics import Metrics  # noqa: E402
from store import Store, now_iso  # noqa: E402
from watch import WatchHub  # noqa: E402


def log(msg):
    sys.stderr.write("%s clustersim: %s\n" % (time.strftime("%H:%M:%S"), msg))
    sys.stderr.flush()


class Sim:
    def __init__(self, args):
        self.args = args
        self.started = time.time()
        self.rng = random.Random(args.seed)
        self.store = Store()
        self.cluster = Cluster(self.store, random.Random(self.rng.random()))
        self.hpa = HpaController(self.store, random.Random(self.rng.random()))
        self.sandboxes = Sandboxes(self.store, self.cluster, args.pg_dsn, args.pods, self.rng.random(), log)
        self.sandboxes.churn = args.churn
        self.metrics = Metrics(self.sandboxes, self.rng.random())
        self.hub = WatchHub(self.store)
        authn = auth.Authenticator(os.path.join(args.dir, "tokens.json"))
        self.api = Api(self.store, self.cluster, authn, self.hub, os.path.abspath(args.dir),
                       "127.0.0.1:%d" % args.port)
        self.control = SimControl(self)

    def seed(self):
        """The initial cluster: platform namespaces, app Deployments/HPAs/ConfigMap, sandboxes."""
        s = self.store
        t0 = time.time() - 14 * 86400
        for ns, extra in (("default", {}), ("kube-system", {}), ("kube-public", {}), ("kube-node-lease", {}),
                          (plat.APP_NS, {"name": plat.APP_NS}), (plat.SANDBOX_NS, {"name": plat.SANDBOX_NS})):
            s.create("namespaces", plat.namespace(ns, now_iso(t0), extra), emit=False)
        n = self.sandboxes.load()          # adds nodes sized for the sandbox count
        s.create("configmaps", plat.configmap(now_iso(t0)), emit=False)
        for name, tmpl in (("frontend", plat.FRONTEND_TEMPLATE), ("backend", plat.BACKEND_TEMPLATE)):
            dep = s.create("deployments", plat.deployment(name, tmpl, 3, now_iso(t0)), emit=False).obj
            rs = self.cluster.make_rs(dep, 1, 3)
            rs["metadata"]["creationTimestamp"] = now_iso(t0)
            rs = s.create("replicasets", rs, emit=False).obj
            for _ in range(3):
                pod = plat.pod_from_template(rs, "%s-%s" % (rs["metadata"]["name"], plat.rand_suffix(5, self.rng)))
                pod["metadata"]["creationTimestamp"] = now_iso(t0 + 60)
                node, host_ip, pod_ip = self.cluster.place_initial(pod)
                plat.running_pod_fast(pod, node, host_ip, pod_ip, now_iso(t0 + 65))
                s.create("pods", pod, emit=False)
        for h in plat.hpas(now_iso(t0)):
            h["metadata"]["generation"] = 1
            s.create("horizontalpodautoscalers", h, emit=False)
        # Index the seeded pods by owner (create(emit=False) bypasses listeners).
        for _, e in s.items("pods"):
            md = e.obj["metadata"]
            for ref in md.get("ownerReferences") or ():
                self.cluster.owner_pods[ref["uid"]].add("%s/%s" % (md["namespace"], md["name"]))
        self.cluster.reconcile()
        self.hpa.update(self.cluster)
        return n

    async def preserialize(self):
        """Serialize every object once, in the background and in slices, so the
        server answers at once and the first big list is as fast as the rest."""
        for res in list(self.store.objs):
            ents = list(self.store.objs[res].values())
            for i in range(0, len(ents), 500):
                for e in ents[i:i + 500]:
                    e.raw
                await asyncio.sleep(0)


async def serve(args):
    t = time.time()
    sim = Sim(args)
    n = sim.seed()
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(os.path.join(args.dir, "server.crt"), os.path.join(args.dir, "server.key"))
    ctx.set_alpn_protocols(["http/1.1"])
    api_runner = web.AppRunner(sim.api.app(), access_log=None, handle_signals=False)
    await api_runner.setup()
    # Short shutdown_timeout: open log/watch streams must not hold `stack/down` for 60 s.
    await web.TCPSite(api_runner, "127.0.0.1", args.port, ssl_context=ctx, backlog=512, shutdown_timeout=0.5).start()
    ctl_runner = web.AppRunner(sim.control.app(), access_log=None, handle_signals=False)
    await ctl_runner.setup()
    await web.TCPSite(ctl_runner, "127.0.0.1", args.metrics_port, shutdown_timeout=0.5).start()
    tasks = [asyncio.ensure_future(sim.cluster.run(sim.hpa)), asyncio.ensure_future(sim.sandboxes.run()),
             asyncio.ensure_future(sim.preserialize())]
    log("serving https://127.0.0.1:%d (metrics/control http://127.0.0.1:%d): %d sandboxes, %d pods, %d nodes, "
        "ready in %.2fs" % (args.port, args.metrics_port, n, sim.store.count("pods"),
                             sim.store.count("nodes"), time.time() - t))
    stop = asyncio.Event()
    loop = asyncio.get_event_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    log("stopping")
    execws.kill_all()
    sim.hub.drop_all()
    for tk in tasks:
        tk.cancel()
    await api_runner.cleanup()
    await ctl_runner.cleanup()


def main(argv=None):
    p = argparse.ArgumentParser(prog="clustersim.py", description="simulated Kubernetes API server")
    sub = p.add_subparsers(dest="cmd", required=True)
    pi = sub.add_parser("init", help="create CA, server cert, tokens.json and kubeconfig")
    pi.add_argument("--dir", required=True)
    pi.add_argument("--port", type=int, required=True)
    ps = sub.add_parser("serve", help="run the API server")
    ps.add_argument("--dir", required=True)
    ps.add_argument("--port", type=int, required=True)
    ps.add_argument("--metrics-port", type=int, required=True)
    ps.add_argument("--pg-dsn", default=None)
    ps.add_argument("--pods", type=int, default=300, help="synthetic sandboxes without --pg-dsn (default 300)")
    ps.add_argument("--seed", type=int, default=None)
    ps.add_argument("--churn", type=float, default=0.0, help="sandboxes created and terminated per minute")
    args = p.parse_args(argv)
    if args.cmd == "init":
        pki.init(args.dir, args.port)
        print(os.path.join(os.path.abspath(args.dir), "kubeconfig"))
        return 0
    if not os.path.exists(os.path.join(args.dir, "tokens.json")):
        sys.stderr.write("clustersim: %s has no tokens.json; run `clustersim.py init` first\n" % args.dir)
        return 2
    asyncio.run(serve(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
