"""pods/exec over WebSocket (channel.k8s.io v1..v5), running a REAL process.

Frames are binary, first byte = channel: 0 stdin, 1 stdout, 2 stderr,
3 error (v4/v5: a Status JSON with the exit code in details.causes[ExitCode];
Success on exit 0), 4 resize {"Width":W,"Height":H}; v5 adds [255, ch] =
"channel ch closed" (kubectl sends [255, 0] at stdin EOF).

The command runs in CDIR/pods/<ns>/<pod>/ (HOME too) with a minimal
environment; with tty=true inside a pseudo-terminal (80x24 until resized),
otherwise with pipes. This is a simulator: the process runs as the
simulator's user on this machine, not in a container.
"""
import asyncio
import fcntl
import json
import os
import pty
import signal
import struct
import termios

from aiohttp import WSMsgType, web

import apierrors

PROTOCOLS = ("v5.channel.k8s.io", "v4.channel.k8s.io", "v3.channel.k8s.io", "v2.channel.k8s.io", "channel.k8s.io")
PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
RUNNING = set()   # pids (= process group ids) of live exec sessions, ended on shutdown


def kill_all():
    """Called when the simulator stops: no exec'd process may outlive it."""
    for pid in list(RUNNING):
        try:
            os.killpg(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def _status(proto, code, argv):
    if proto not in ("v4.channel.k8s.io", "v5.channel.k8s.io"):
        return b"" if code == 0 else ("command terminated with non-zero exit code: exit status %d" % code).encode()
    compact = {"separators": (",", ":")}
    if code == 0:
        return json.dumps({"metadata": {}, "status": "Success"}, **compact).encode()
    return json.dumps({"metadata": {}, "status": "Failure",
                       "message": "command terminated with non-zero exit code: error executing command %s, exit code %d"
                       % ("[" + " ".join(argv) + "]", code),
                       "reason": "NonZeroExitCode",
                       "details": {"causes": [{"reason": "ExitCode", "message": str(code)}]}}, **compact).encode()


def _set_size(fd, w, h):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", h, w, 0, 0))


async def handle(request, store, ns, name, cdir):
    ent = store.get("pods", ns, name)
    if ent is None:
        raise apierrors.ApiError(404, "NotFound", 'pods "%s" not found' % name, {"name": name, "kind": "pods"})
    pod = ent.obj
    q = request.query
    containers = [c["name"] for c in pod["spec"].get("containers", [])]
    cname = q.get("container") or containers[0]
    if cname not in containers:
        raise apierrors.bad_request("container %s is not valid for pod %s" % (cname, name))
    if pod["status"].get("phase") != "Running" or pod["metadata"].get("deletionTimestamp"):
        raise apierrors.bad_request("unable to upgrade connection: container not found (\"%s\")" % cname)
    argv = q.getall("command", [])
    if not argv:
        raise apierrors.bad_request("you must specify at least 1 command")
    ws = web.WebSocketResponse(protocols=PROTOCOLS, autoping=True, max_msg_size=0)
    if not ws.can_prepare(request).ok:
        # Not a WebSocket request (e.g. kubectl's SPDY fallback): refuse like a
        # server without SPDY would, so the WebSocket path is the one that works.
        raise apierrors.bad_request("Upgrade request required")
    await ws.prepare(request)
    proto = ws.ws_protocol or "channel.k8s.io"
    tty = q.get("tty") in ("1", "true")
    want_stdin = q.get("stdin") in ("1", "true")
    workdir = os.path.join(cdir, "pods", ns, name)
    os.makedirs(workdir, exist_ok=True)
    env = {"HOME": workdir, "TERM": "xterm-256color", "PATH": PATH, "HOSTNAME": name, "LANG": "C.UTF-8",
           "POD_NAME": name, "POD_NAMESPACE": ns}
    loop = asyncio.get_event_loop()
    master = None
    try:
        if tty:
            master, slave = pty.openpty()
            _set_size(master, 80, 24)

            def ctty():
                fcntl.ioctl(0, termios.TIOCSCTTY, 0)
            proc = await asyncio.create_subprocess_exec(*argv, stdin=slave, stdout=slave, stderr=slave, cwd=workdir,
                                                        env=env, start_new_session=True, preexec_fn=ctty)
            os.close(slave)
        else:
            proc = await asyncio.create_subprocess_exec(
                *argv, stdin=asyncio.subprocess.PIPE if want_stdin else asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, cwd=workdir, env=env,
                start_new_session=True)
    except (FileNotFoundError, PermissionError, NotADirectoryError) as e:
        msg = ('Internal error occurred: error executing command in container: failed to exec in container: '
               'OCI runtime exec failed: exec failed: unable to start container process: exec: "%s": %s: unknown'
               % (argv[0], "executable file not found in $PATH" if isinstance(e, FileNotFoundError) else "permission denied"))
        st = {"metadata": {}, "status": "Failure", "message": msg, "reason": "InternalError", "code": 500,
              "details": {"causes": [{"message": msg}]}}
        if master is not None:
            os.close(master)
        await ws.send_bytes(b"\x03" + json.dumps(st).encode())
        await ws.close()
        return ws

    RUNNING.add(proc.pid)
    try:
        return await _session(ws, proc, master, tty, want_stdin, proto, argv, loop)
    finally:
        RUNNING.discard(proc.pid)


async def _session(ws, proc, master, tty, want_stdin, proto, argv, loop):
    send_lock = asyncio.Lock()

    async def send(ch, data):
        async with send_lock:
            if not ws.closed:
                await ws.send_bytes(bytes([ch]) + data)

    readers = []
    if tty:
        out_q = asyncio.Queue()

        def on_readable():
            try:
                data = os.read(master, 65536)
            except OSError:
                data = b""
            if not data:
                loop.remove_reader(master)
                out_q.put_nowait(None)
            else:
                out_q.put_nowait(data)
        loop.add_reader(master, on_readable)

        async def pump_pty():
            while True:
                d = await out_q.get()
                if d is None:
                    return
                await send(1, d)
        readers.append(asyncio.ensure_future(pump_pty()))
    else:
        async def pump(stream, ch):
            while True:
                d = await stream.read(65536)
                if not d:
                    return
                await send(ch, d)
        readers.append(asyncio.ensure_future(pump(proc.stdout, 1)))
        readers.append(asyncio.ensure_future(pump(proc.stderr, 2)))

    async def receive():
        async for msg in ws:
            if msg.type != WSMsgType.BINARY or not msg.data:
                continue
            ch, data = msg.data[0], msg.data[1:]
            try:
                if ch == 0 and want_stdin:
                    if tty:
                        os.write(master, data)
                    elif proc.stdin is not None and not proc.stdin.is_closing():
                        proc.stdin.write(data)
                        await proc.stdin.drain()
                elif ch == 4 and tty:
                    sz = json.loads(data)
                    _set_size(master, int(sz.get("Width", 80)), int(sz.get("Height", 24)))
                elif ch == 255 and data[:1] == b"\x00":
                    if tty:
                        os.write(master, b"\x04")
                    elif proc.stdin is not None:
                        proc.stdin.close()
            except (OSError, ValueError, ConnectionResetError, BrokenPipeError):
                pass
        return "closed"

    recv_task = asyncio.ensure_future(receive())
    wait_task = asyncio.ensure_future(proc.wait())
    done, _ = await asyncio.wait({recv_task, wait_task}, return_when=asyncio.FIRST_COMPLETED)
    if wait_task not in done:
        # The client went away first: end the process group (like closing a container exec session).
        try:
            os.killpg(proc.pid, signal.SIGHUP)
        except ProcessLookupError:
            pass
        try:
            await asyncio.wait_for(proc.wait(), 2)
        except asyncio.TimeoutError:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            await proc.wait()
    # Drain the output before the status so nothing arrives after the exit code.
    try:
        await asyncio.wait_for(asyncio.gather(*readers), 2)
    except asyncio.TimeoutError:
        pass
    for t in readers:
        t.cancel()
    if master is not None:
        loop.remove_reader(master)
        os.close(master)
    code = proc.returncode
    if code is not None and code < 0:
        code = 128 - code
    if not ws.closed:
        st = _status(proto, code or 0, argv)
        if st or proto in ("v4.channel.k8s.io", "v5.channel.k8s.io"):
            await send(3, st)
        await ws.close()
    recv_task.cancel()
    return ws
