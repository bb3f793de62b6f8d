"""Bearer-token authentication and a tiny RBAC.

Roles (the user name equals the role name, so messages read User "viewer"):
- admin:   every verb on every resource (cluster-admin).
- viewer:  get/list/watch on everything (like the `view` ClusterRole, incl. pods/log).
- support: viewer + `create pods/exec` in terminal-plus-plus-sandboxes only.
"""
import json
import os

from apierrors import forbidden, unauthorized

READ_VERBS = {"get", "list", "watch"}
SANDBOX_NS = "terminal-plus-plus-sandboxes"
GROUPS = {"admin": ["system:masters", "system:authenticated"],
          "viewer": ["tpp:viewers", "system:authenticated"],
          "support": ["tpp:support", "system:authenticated"]}


class Authenticator:
    def __init__(self, tokens_path):
        with open(tokens_path) as f:
            self.tokens = json.load(f)  # token -> role

    def user_for(self, request):
        h = request.headers.get("Authorization", "")
        if not h.lower().startswith("bearer "):
            raise unauthorized()
        role = self.tokens.get(h[7:].strip())
        if role is None:
            raise unauthorized()
        return role


def allowed(role, verb, resource, subresource="", namespace="", group=""):
    if role == "admin":
        return True
    if verb in READ_VERBS:
        return True
    if role == "support" and verb == "create" and resource == "pods" and subresource == "exec" \
            and namespace == SANDBOX_NS and group == "":
        return True
    return False


def check(role, verb, rd, name="", namespace="", subresource=""):
    """Raise the apiserver's 403 if role may not do verb on the resource."""
    if not allowed(role, verb, rd.name, subresource, namespace or "", rd.group):
        raise forbidden(role, verb, rd.name, rd.group, name, namespace, subresource)


def access_review(role, spec):
    """Status for a SelfSubjectAccessReview spec."""
    ra = spec.get("resourceAttributes")
    if ra is not None:
        verb = ra.get("verb", "")
        ok = allowed(role, verb, ra.get("resource", ""), ra.get("subresource", ""),
                     ra.get("namespace", ""), ra.get("group", ""))
        if verb == "*" or ra.get("resource") == "*":
            ok = role == "admin"
    else:
        nra = spec.get("nonResourceAttributes") or {}
        ok = role == "admin" or nra.get("verb", "get") == "get"
    st = {"allowed": ok}
    if ok:
        st["reason"] = 'RBAC: allowed by ClusterRoleBinding "tpp-%s" of ClusterRole "%s" to User "%s"' % (
            role, "cluster-admin" if role == "admin" else "view", role)
    return st


def rules_review(role, namespace):
    """SelfSubjectRulesReview status: what `kubectl auth can-i --list` prints."""
    if role == "admin":
        rules = [{"verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]}]
        nonres = [{"verbs": ["*"], "nonResourceURLs": ["*"]}]
    else:
        rules = [{"verbs": ["get", "list", "watch"], "apiGroups": ["*"], "resources": ["*"]}]
        if role == "support" and namespace == SANDBOX_NS:
            rules.append({"verbs": ["create"], "apiGroups": [""], "resources": ["pods/exec"]})
        nonres = [{"verbs": ["get"], "nonResourceURLs": ["*"]}]
    rules.append({"verbs": ["create"], "apiGroups": ["authorization.k8s.io"],
                  "resources": ["selfsubjectaccessreviews", "selfsubjectrulesreviews"]})
    return {"resourceRules": rules, "nonResourceRules": nonres, "incomplete": False}


def load_or_none(path):
    return Authenticator(path) if os.path.exists(path) else None
