"""PATCH bodies: JSON merge patch (RFC 7386), strategic merge patch (the subset
kubectl and the console send) and JSON patch (RFC 6902; `kubectl rollout undo`
sends one)."""
import copy

from apierrors import ApiError, bad_request, unsupported_media

# Strategic merge: lists merged by key instead of replaced (from the Go structs' patchMergeKey tags).
MERGE_KEYS = {"containers": "name", "initContainers": "name", "env": "name", "volumes": "name",
              "volumeMounts": "mountPath", "ports": "containerPort", "conditions": "type",
              "imagePullSecrets": "name", "tolerations": None, "ownerReferences": "uid"}


def merge_patch(target, patch):
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    if not isinstance(target, dict):
        target = {}
    out = dict(target)
    for k, v in patch.items():
        if v is None:
            out.pop(k, None)
        else:
            out[k] = merge_patch(out.get(k), v)
    return out


def strategic_merge(target, patch):
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    if not isinstance(target, dict):
        target = {}
    if patch.get("$patch") == "replace":
        return {k: copy.deepcopy(v) for k, v in patch.items() if k != "$patch"}
    out = dict(target)
    for k, v in patch.items():
        if k.startswith("$setElementOrder/") or k in ("$retainKeys", "$patch"):
            continue
        if k.startswith("$deleteFromPrimitiveList/"):
            name = k.split("/", 1)[1]
            out[name] = [x for x in out.get(name) or [] if x not in v]
            continue
        if v is None:
            out.pop(k, None)
        elif isinstance(v, list) and MERGE_KEYS.get(k) and isinstance(out.get(k), list):
            out[k] = _merge_list(out[k], v, MERGE_KEYS[k])
        elif isinstance(v, dict):
            out[k] = strategic_merge(out.get(k), v)
        else:
            out[k] = copy.deepcopy(v)
    return out


def _merge_list(cur, patch, key):
    res = [copy.deepcopy(x) for x in cur]
    for item in patch:
        if not isinstance(item, dict) or key not in item:
            res.append(copy.deepcopy(item))
            continue
        idx = next((i for i, x in enumerate(res) if isinstance(x, dict) and x.get(key) == item[key]), None)
        if item.get("$patch") == "delete":
            if idx is not None:
                res.pop(idx)
        elif idx is None:
            res.append({k: v for k, v in item.items() if k != "$patch"})
        else:
            res[idx] = strategic_merge(res[idx], item)
    return res


def _ptr(path):
    if path == "":
        return []
    if not path.startswith("/"):
        raise bad_request("invalid JSON pointer %r" % path)
    return [p.replace("~1", "/").replace("~0", "~") for p in path[1:].split("/")]


def _walk(doc, parts):
    cur = doc
    for p in parts:
        if isinstance(cur, list):
            cur = cur[int(p)]
        elif isinstance(cur, dict):
            cur = cur[p]
        else:
            raise KeyError(p)
    return cur


def json_patch(doc, ops):
    doc = copy.deepcopy(doc)
    if not isinstance(ops, list):
        raise bad_request("json patch must be a list of operations")
    for op in ops:
        try:
            kind = op["op"]
            parts = _ptr(op["path"])
            if kind == "test":
                if _walk(doc, parts) != op.get("value"):
                    raise ApiError(422, "Invalid", "the server rejected our request due to an error in our request")
                continue
            if kind in ("move", "copy"):
                val = copy.deepcopy(_walk(doc, _ptr(op["from"])))
                if kind == "move":
                    _remove(doc, _ptr(op["from"]))
                doc = _add(doc, parts, val)
            elif kind == "add":
                doc = _add(doc, parts, copy.deepcopy(op["value"]))
            elif kind == "remove":
                _remove(doc, parts)
            elif kind == "replace":
                _walk(doc, parts)  # must exist
                _remove(doc, parts)
                doc = _add(doc, parts, copy.deepcopy(op["value"]))
            else:
                raise bad_request("Unexpected kind: %s" % kind)
        except (KeyError, IndexError, ValueError, TypeError):
            raise ApiError(422, "Invalid", "the server rejected our request due to an error in our request")
    return doc


def _add(doc, parts, val):
    if not parts:
        return val
    parent = _walk(doc, parts[:-1])
    last = parts[-1]
    if isinstance(parent, list):
        if last == "-":
            parent.append(val)
        else:
            parent.insert(int(last), val)
    else:
        parent[last] = val
    return doc


def _remove(doc, parts):
    parent = _walk(doc, parts[:-1])
    if isinstance(parent, list):
        parent.pop(int(parts[-1]))
    else:
        del parent[parts[-1]]


def apply_patch(content_type, target, body):
    ct = (content_type or "").split(";")[0].strip()
    if ct == "application/merge-patch+json":
        if not isinstance(body, dict):
            raise bad_request("merge patch must be a JSON object")
        return merge_patch(target, body)
    if ct == "application/strategic-merge-patch+json":
        if not isinstance(body, dict):
            raise bad_request("strategic merge patch must be a JSON object")
        return strategic_merge(target, body)
    if ct == "application/json-patch+json":
        return json_patch(target, body)
    raise unsupported_media(ct)
