"""Label and field selectors (the subset of k8s.io/apimachinery/pkg/labels|fields
grammar that clients actually send): `a=b`, `a==b`, `a!=b`, `a in (x,y)`,
`a notin (x)`, `a`, `!a`, comma-separated (AND)."""
import re

from apierrors import bad_request

_SET_RE = re.compile(r"^\s*([A-Za-z0-9_./-]+)\s+(in|notin)\s+\(([^)]*)\)\s*$")


def _split_top(s):
    """Split on commas that are not inside parentheses."""
    parts, depth, cur = [], 0, []
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def parse_labels(s):
    """Returns a list of (key, op, values) or None for 'everything'."""
    if not s:
        return None
    reqs = []
    for part in _split_top(s):
        m = _SET_RE.match(part)
        if m:
            vals = {v.strip() for v in m.group(3).split(",") if v.strip()}
            reqs.append((m.group(1), m.group(2), vals))
        elif "!=" in part:
            k, v = part.split("!=", 1)
            reqs.append((k.strip(), "!=", {v.strip()}))
        elif "==" in part:
            k, v = part.split("==", 1)
            reqs.append((k.strip(), "=", {v.strip()}))
        elif "=" in part:
            k, v = part.split("=", 1)
            reqs.append((k.strip(), "=", {v.strip()}))
        elif part.startswith("!"):
            reqs.append((part[1:].strip(), "!exists", None))
        elif re.match(r"^[A-Za-z0-9_./-]+$", part):
            reqs.append((part, "exists", None))
        else:
            raise bad_request("unable to parse requirement: found '%s', expected: identifier" % part)
    return reqs


def match_labels(reqs, labels):
    if not reqs:
        return True
    labels = labels or {}
    for k, op, vals in reqs:
        has = k in labels
        if op == "=" or op == "in":
            if not has or labels[k] not in vals:
                return False
        elif op == "!=" or op == "notin":
            if has and labels[k] in vals:
                return False
        elif op == "exists":
            if not has:
                return False
        elif op == "!exists":
            if has:
                return False
    return True


def selector_from_match_labels(ml):
    return ",".join("%s=%s" % (k, v) for k, v in sorted((ml or {}).items()))


def parse_fields(s, rd):
    """Returns a list of (path tuple, negate, value). Unknown fields give the
    apiserver's 400 'field label not supported'."""
    if not s:
        return None
    reqs = []
    for part in _split_top(s):
        if "!=" in part:
            k, v = part.split("!=", 1)
            neg = True
        elif "==" in part:
            k, v = part.split("==", 1)
            neg = False
        elif "=" in part:
            k, v = part.split("=", 1)
            neg = False
        else:
            raise bad_request("invalid selector: '%s'; can't understand '%s'" % (s, part))
        k = k.strip()
        if k not in rd.field_selectors:
            raise bad_request('field label not supported: %s' % k)
        reqs.append((tuple(k.split(".")), neg, v.strip()))
    return reqs


def field_value(obj, path):
    cur = obj
    for p in path:
        if not isinstance(cur, dict):
            return ""
        cur = cur.get(p)
        if cur is None:
            return ""
    if isinstance(cur, bool):
        return "true" if cur else "false"
    return str(cur)


def match_fields(reqs, obj):
    if not reqs:
        return True
    for path, neg, val in reqs:
        if (field_value(obj, path) == val) == neg:
            return False
    return True
