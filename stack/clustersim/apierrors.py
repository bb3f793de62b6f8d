"""Kubernetes `Status` objects, phrased the way kube-apiserver phrases them.

Clients (kubectl, client-go, the console) show `message` verbatim and branch on
`reason`/`code`, so the wording below is copied from the apiserver's
k8s.io/apimachinery/pkg/api/errors package rather than invented.
"""
import json

from aiohttp import web


class ApiError(Exception):
    """Raised anywhere in a handler; the server middleware turns it into a Status."""

    def __init__(self, code, reason, message, details=None, headers=None):
        super().__init__(message)
        self.code = code
        self.reason = reason
        self.message = message
        self.details = details
        self.headers = headers or {}

    def status(self):
        return status_obj(self.code, self.reason, self.message, self.details)

    def response(self):
        return web.Response(status=self.code, body=json.dumps(self.status(), separators=(",", ":")).encode(),
                            content_type="application/json", headers=self.headers)


def status_obj(code, reason, message, details=None):
    st = {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
          "message": message, "reason": reason}
    if details is not None:
        st["details"] = details
    st["code"] = code
    return st


def success_status(details=None):
    st = {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success"}
    if details:
        st["details"] = details
    return st


def qualified(rd):
    """`pods` for the core group, `deployments.apps` otherwise (as in messages)."""
    return rd.name if not rd.group else "%s.%s" % (rd.name, rd.group)


def _details(rd, name):
    d = {}
    if name:
        d["name"] = name
    if rd.group:
        d["group"] = rd.group
    d["kind"] = rd.name
    return d


def not_found(rd, name):
    return ApiError(404, "NotFound", '%s "%s" not found' % (qualified(rd), name), _details(rd, name))


def already_exists(rd, name):
    return ApiError(409, "AlreadyExists", '%s "%s" already exists' % (qualified(rd), name),
                    _details(rd, name))


def conflict(rd, name):
    return ApiError(409, "Conflict",
                    'Operation cannot be fulfilled on %s "%s": the object has been modified; '
                    "please apply your changes to the latest version and try again"
                    % (qualified(rd), name), _details(rd, name))


def invalid(rd, name, causes):
    """causes: list of (field, message) — message like 'Invalid value: -1: must be ...'."""
    kind = rd.kind if not rd.group else "%s.%s" % (rd.kind, rd.group)
    msg = "; ".join("%s: %s" % (f, m) for f, m in causes)
    if len(causes) > 1:
        msg = "[" + ", ".join("%s: %s" % (f, m) for f, m in causes) + "]"
    det = {"name": name, "kind": rd.kind,
           "causes": [{"reason": "FieldValueInvalid", "message": m, "field": f} for f, m in causes]}
    if rd.group:
        det["group"] = rd.group
    return ApiError(422, "Invalid", '%s "%s" is invalid: %s' % (kind, name, msg), det)


def forbidden(user, verb, rd_name, group, name, namespace, subresource=""):
    """RBAC denial text, e.g. pods "x" is forbidden: User "viewer" cannot delete
    resource "pods" in API group "" in the namespace "terminal-plus-plus"."""
    res = rd_name + ("/" + subresource if subresource else "")
    qual = rd_name if not group else "%s.%s" % (rd_name, group)
    head = '%s "%s" is forbidden' % (qual, name) if name else "%s is forbidden" % qual
    where = 'in the namespace "%s"' % namespace if namespace else "at the cluster scope"
    msg = '%s: User "%s" cannot %s resource "%s" in API group "%s" %s' % (
        head, user, verb, res, group, where)
    det = {"kind": rd_name}
    if name:
        det = {"name": name, "kind": rd_name}
    if group:
        det["group"] = group
    return ApiError(403, "Forbidden", msg, det)


def unauthorized():
    return ApiError(401, "Unauthorized", "Unauthorized")


def bad_request(message):
    return ApiError(400, "BadRequest", message)


def method_not_allowed():
    return ApiError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource")


def unsupported_media(ct):
    return ApiError(415, "UnsupportedMediaType", "the body of the request was in an unknown format - "
                    "accepted media types include: application/json-patch+json, "
                    "application/merge-patch+json, application/strategic-merge-patch+json", None)


def gone(message):
    return ApiError(410, "Expired", message)


def too_old(requested, oldest):
    return gone("too old resource version: %s (%s)" % (requested, oldest))


def too_many_requests(retry_after):
    return ApiError(429, "TooManyRequests", "Too many requests, please try again later.",
                    {"retryAfterSeconds": int(retry_after)},
                    headers={"Retry-After": str(int(retry_after))})


def internal(message="An error on the server (\"\") has prevented the request from succeeding"):
    return ApiError(500, "InternalError", "Internal error occurred: " + message,
                    {"causes": [{"message": message}]})


def page_not_found():
    return ApiError(404, "NotFound", "the server could not find the requested resource",
                    {})
