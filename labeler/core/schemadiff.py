"""What changed between two versions of a schema, change by change, in words.

`diff_schemas(old, new)` matches fields by name and labels by value, never by
position: a reorder is one `order` change, not every field changed. Changes come
in the new schema's field order: the schema's own keys first, then each field of
the new schema, then the fields that were removed. Pass normalised documents
(`parse_schema(doc).to_json()`) so that a default written out on one side only is
no difference; anything else that is JSON is compared as it is, never an error.

Paths name the place with field names and label values, not indexes:
`title`, `fields` (their order), `fields["vehicle"]`, `fields["vehicle"].required`,
`fields["vehicle"].labels` (their order), `fields["vehicle"].labels["car"].hotkey`,
`fields["vehicle"].gold.threshold`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["ChangeKind", "SchemaChange", "diff_schemas"]

ChangeKind = Literal["added", "removed", "changed"]

_IGNORED = {"version"}  # the server assigns versions; they are not part of a change
_FIRST = ("title", "media", "instructions")
_WORDS = {"color": "colour"}
_SEGMENT = re.compile(r'\.?([A-Za-z_][A-Za-z0-9_]*)|\[("(?:[^"\\]|\\.)*")\]')
_MISSING: Any = object()


@dataclass(frozen=True)
class SchemaChange:
    """One difference: where (`path`), whether it was added, removed or changed, and the
    old and new values (None on the side where it does not exist)."""

    path: str
    kind: ChangeKind
    old: Any
    new: Any

    def describe(self) -> str:
        """The change in plain English, e.g. `field "vehicle", label "car": hotkey "c" → "v"`."""
        parts = _segments(self.path)
        if parts == ["fields"]:
            return "field order changed"
        if len(parts) == 1:
            key = parts[0]
            if key == "instructions":
                return f"instructions {self.kind}"
            return f"{_word(key)} {self._values()}"
        where = f"field {_show(parts[1])}"
        rest = parts[2:]
        if not rest:
            if self.kind == "added" and isinstance(self.new, Mapping) and "kind" in self.new:
                return f"{where} added ({_plain(self.new['kind'])})"
            return f"{where} {self.kind}"
        if rest[0] == "labels" and len(rest) == 1:
            return f"{where}: label order changed"
        if rest[0] == "labels" and len(rest) == 2:
            return f"{where}: label {_show(rest[1])} {self.kind}"
        if rest[0] == "labels":
            return f"{where}, label {_show(rest[1])}: {_word(rest[2])} {self._values()}"
        if rest[0] == "gold" and len(rest) == 2:
            return f"{where}: gold {_word(rest[1])} {self._values()}"
        return f"{where}: {_word(rest[0])} {self._values()}"

    def _values(self) -> str:
        if self.kind == "added":
            return f"{_show(self.new)} added"
        if self.kind == "removed":
            return f"{_show(self.old)} removed"
        return f"{_show(self.old)} → {_show(self.new)}"


def diff_schemas(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[SchemaChange]:
    """Every difference from `old` to `new`, ordered by the new schema's fields."""
    changes: list[SchemaChange] = []
    keys = [k for k in _FIRST if k in old or k in new]
    keys += [k for k in new if k not in keys and k != "fields" and k not in _IGNORED]
    keys += [k for k in old if k not in keys and k not in new and k != "fields"]
    for key in keys:
        if key not in _IGNORED:
            changes += _compare(key, old.get(key, _MISSING), new.get(key, _MISSING))
    old_fields = _by_key(old.get("fields"), "name")
    new_fields = _by_key(new.get("fields"), "name")
    if (order := _order_change("fields", old_fields, new_fields)) is not None:
        changes.append(order)
    for name, field in new_fields.items():
        path = f"fields[{_quote(name)}]"
        if name not in old_fields:
            changes.append(SchemaChange(path, "added", None, field))
        else:
            changes += _field_changes(path, old_fields[name], field)
    for name, field in old_fields.items():
        if name not in new_fields:
            changes.append(SchemaChange(f"fields[{_quote(name)}]", "removed", field, None))
    return changes


def _field_changes(path: str, old: Any, new: Any) -> Iterator[SchemaChange]:
    if not isinstance(old, Mapping) or not isinstance(new, Mapping):
        yield from _compare(path, old, new)
        return
    keys = [k for k in new if k != "name"] + [k for k in old if k not in new and k != "name"]
    for key in keys:
        if key not in ("labels", "gold"):
            yield from _compare(f"{path}.{key}", old.get(key, _MISSING), new.get(key, _MISSING))
    yield from _label_changes(f"{path}.labels", old.get("labels"), new.get("labels"))
    yield from _gold_changes(f"{path}.gold", old.get("gold"), new.get("gold"))


def _label_changes(path: str, old: Any, new: Any) -> Iterator[SchemaChange]:
    old_labels = _by_key(old, "value")
    new_labels = _by_key(new, "value")
    for value, label in new_labels.items():
        at = f"{path}[{_quote(value)}]"
        if value not in old_labels:
            yield SchemaChange(at, "added", None, label)
            continue
        before = old_labels[value]
        if isinstance(before, Mapping) and isinstance(label, Mapping):
            keys = [k for k in label if k != "value"]
            keys += [k for k in before if k not in label and k != "value"]
            for key in keys:
                yield from _compare(
                    f"{at}.{key}", before.get(key, _MISSING), label.get(key, _MISSING)
                )
        else:
            yield from _compare(at, before, label)
    for value, label in old_labels.items():
        if value not in new_labels:
            yield SchemaChange(f"{path}[{_quote(value)}]", "removed", label, None)
    if (order := _order_change(path, old_labels, new_labels)) is not None:
        yield order


def _gold_changes(path: str, old: Any, new: Any) -> Iterator[SchemaChange]:
    if isinstance(old, Mapping | None) and isinstance(new, Mapping | None):
        old, new = old or {}, new or {}
        keys = list(new) + [k for k in old if k not in new]
        for key in keys:
            yield from _compare(f"{path}.{key}", old.get(key, _MISSING), new.get(key, _MISSING))
    else:
        yield from _compare(path, old, new)


def _compare(path: str, old: Any, new: Any) -> Iterator[SchemaChange]:
    if old is _MISSING and new is _MISSING:
        return
    if old is _MISSING:
        yield SchemaChange(path, "added", None, new)
    elif new is _MISSING:
        yield SchemaChange(path, "removed", old, None)
    elif not _same(old, new):
        yield SchemaChange(path, "changed", old, new)


def _same(a: Any, b: Any) -> bool:
    """JSON equality: 1 and 1.0 are equal, True and 1 are not."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def _by_key(items: Any, key: str) -> dict[str, Any]:
    """List entries by their `key` (field name, label value); the first of a repeated key
    wins, and entries without a string key go by their position (`#2`)."""
    out: dict[str, Any] = {}
    if not isinstance(items, list | tuple):
        return out
    for i, item in enumerate(items):
        ident = item.get(key) if isinstance(item, Mapping) else None
        out.setdefault(ident if isinstance(ident, str) else f"#{i}", item)
    return out


def _order_change(path: str, old: dict[str, Any], new: dict[str, Any]) -> SchemaChange | None:
    """One change when the entries both sides share come in another order."""
    before = [k for k in old if k in new]
    after = [k for k in new if k in old]
    return SchemaChange(path, "changed", before, after) if before != after else None


def _quote(key: str) -> str:
    return json.dumps(key, ensure_ascii=False)


def _segments(path: str) -> list[str]:
    """`fields["a"].labels["b"].hotkey` → `["fields", "a", "labels", "b", "hotkey"]`."""
    return [name or json.loads(quoted) for name, quoted in _SEGMENT.findall(path)]


def _word(key: str) -> str:
    return _WORDS.get(key, key.replace("_", " "))


def _plain(value: Any) -> str:
    return value if isinstance(value, str) else _show(value)


def _show(value: Any, limit: int = 60) -> str:
    """A value as JSON writes it, cut to `limit` characters."""
    try:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
