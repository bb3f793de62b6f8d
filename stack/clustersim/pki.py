"""`clustersim.py init`: CA, server certificate, tokens and kubeconfig.

openssl runs as an argument list (never through a shell). Secrets (CA key,
server key, tokens.json, kubeconfig) are created 0600 from the start.
"""
import base64
import json
import os
import secrets
import subprocess

import yaml

ROLES = ("admin", "viewer", "support")
DEFAULT_NS = "terminal-plus-plus"


def _openssl(*args, cwd):
    subprocess.run(["openssl"] + list(args), cwd=cwd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE)


def _write_private(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(data)
    os.chmod(path, 0o600)


def init(cdir, port):
    os.makedirs(cdir, exist_ok=True)
    old = os.umask(0o077)
    try:
        _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt",
                 "-days", "3650", "-subj", "/CN=tpp-clustersim-ca",
                 "-addext", "basicConstraints=critical,CA:TRUE",
                 "-addext", "keyUsage=critical,keyCertSign,cRLSign,digitalSignature", cwd=cdir)
        _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr",
                 "-subj", "/CN=kube-apiserver", cwd=cdir)
        with open(os.path.join(cdir, "server.ext"), "w") as f:
            f.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
                    "extendedKeyUsage=serverAuth\n"
                    "subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default\n")
        _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                 "-out", "server.crt", "-days", "825", "-sha256", "-extfile", "server.ext", cwd=cdir)
        for tmp in ("server.csr", "server.ext", "ca.srl"):
            try:
                os.remove(os.path.join(cdir, tmp))
            except FileNotFoundError:
                pass
    finally:
        os.umask(old)
    os.chmod(os.path.join(cdir, "ca.crt"), 0o644)
    os.chmod(os.path.join(cdir, "server.crt"), 0o644)
    tokens = {secrets.token_urlsafe(32): role for role in ROLES}
    _write_private(os.path.join(cdir, "tokens.json"), json.dumps(tokens, indent=2) + "\n")
    by_role = {r: t for t, r in tokens.items()}
    with open(os.path.join(cdir, "ca.crt"), "rb") as f:
        ca_data = base64.b64encode(f.read()).decode()
    server = "https://127.0.0.1:%d" % int(port)
    kc = {"apiVersion": "v1", "kind": "Config", "preferences": {},
          "clusters": [{"name": "tpp-%s" % r, "cluster": {"server": server, "certificate-authority-data": ca_data}}
                       for r in ROLES],
          "users": [{"name": "tpp-%s" % r, "user": {"token": by_role[r]}} for r in ROLES],
          "contexts": [{"name": "tpp-%s" % r, "context": {"cluster": "tpp-%s" % r, "user": "tpp-%s" % r,
                                                          "namespace": DEFAULT_NS}} for r in ROLES],
          "current-context": "tpp-admin"}
    _write_private(os.path.join(cdir, "kubeconfig"), yaml.safe_dump(kc, sort_keys=False))
    return by_role
