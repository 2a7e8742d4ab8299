"""Which key picks which label: the schema's hotkeys plus the workbench's defaults.

Choice labels without a hotkey get the digits 1–9 in schema order (skipping digits the
schema already uses). When a schema has one required choice field and nothing else, its
hotkey answers AND submits: one keystroke per item.
"""

from __future__ import annotations

from dataclasses import dataclass

from labeler.core.schema import Field, Schema

_DIGITS = "123456789"


@dataclass(frozen=True)
class LabelKey:
    """A key that picks `label` in `field`."""

    key: str
    field: str
    label: str


def label_keys(schema: Schema) -> list[LabelKey]:
    """Every label hotkey of the schema, the defaults for choice labels included."""
    taken = {label.hotkey.lower() for f in schema.fields for label in f.labels if label.hotkey}
    free = [d for d in _DIGITS if d not in taken]
    keys: list[LabelKey] = []
    for f in schema.fields:
        for label in f.labels:
            key = label.hotkey
            if key is None and f.kind == "choice" and free:
                key = free.pop(0)
            if key is not None:
                keys.append(LabelKey(key, f.name, label.value))
    return keys


def one_key_field(schema: Schema) -> Field | None:
    """The field whose hotkey answers and submits at once, when there is one."""
    if len(schema.fields) != 1:
        return None
    only = schema.fields[0]
    return only if only.kind == "choice" and only.required else None
