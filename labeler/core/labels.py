"""Labels of a field: value, hotkey and colour, and the hotkey rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.core.jsonvalues import join, string_problem_at, type_name
from labeler.core.problems import Problem

#: Keys the workbench keeps for itself; a label may never use them as hotkey.
RESERVED_KEYS = ("Space", "Enter", "Tab", "Escape", "Backspace", "Delete", "?")
_RESERVED_CHARS = {" ": "Space", "\n": "Enter", "\r": "Enter", "\t": "Tab", "?": "?"}
_COLOR_RE = re.compile(r"#[0-9a-fA-F]{6}")
_LABEL_KEYS = {"value", "hotkey", "color"}


@dataclass(frozen=True)
class Label:
    """One label a field offers: its value, optional hotkey and `#rrggbb` colour."""

    value: str
    hotkey: str | None = None
    color: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The label object; `hotkey` and `color` appear only when set."""
        out: dict[str, Any] = {"value": self.value}
        if self.hotkey is not None:
            out["hotkey"] = self.hotkey
        if self.color is not None:
            out["color"] = self.color
        return out


@dataclass
class Hotkeys:
    """Hotkeys seen so far, to report clashes across the whole schema."""

    seen: dict[str, str] = field(default_factory=dict)

    def claim(self, key: str, path: str, problems: list[Problem]) -> None:
        # Qt shortcuts ignore case without Shift, so "c" and "C" clash too.
        folded = key.lower()
        other = self.seen.get(folded)
        if other is not None:
            problems.append(
                Problem.of(
                    path,
                    QT_TRANSLATE_NOOP("messages", "hotkey {key} is already used at {other}"),
                    key=repr(key),
                    other=other,
                )
            )
        else:
            self.seen[folded] = path


def parse_labels(
    raw_labels: object, kind: str, where: str, hotkeys: Hotkeys, problems: list[Problem]
) -> tuple[Label, ...]:
    """Read a field's `labels` list at path `where`, appending problems."""
    if not isinstance(raw_labels, list):
        problems.append(
            Problem.of(
                where,
                QT_TRANSLATE_NOOP("messages", "{kind} fields need a list of labels"),
                kind=kind,
            )
        )
        return ()
    if not raw_labels:
        problems.append(Problem(where, QT_TRANSLATE_NOOP("messages", "must not be empty")))
        return ()

    labels: list[Label] = []
    values: dict[str, str] = {}
    for j, item in enumerate(raw_labels):
        at = join(where, j)
        if not isinstance(item, dict):
            problems.append(
                Problem.of(
                    at,
                    QT_TRANSLATE_NOOP("messages", "label must be an object, not {type}"),
                    type=type_name(item),
                )
            )
            continue
        for key in item:
            if key not in _LABEL_KEYS:
                problems.append(
                    Problem(join(at, str(key)), QT_TRANSLATE_NOOP("messages", "unknown key"))
                )
        value = item.get("value")
        if (why := string_problem_at(join(at, "value"), value)) is not None:
            problems.append(why)
            continue
        assert isinstance(value, str)
        if not value.strip():
            problems.append(
                Problem(join(at, "value"), QT_TRANSLATE_NOOP("messages", "must not be empty"))
            )
            continue
        if value in values:
            problems.append(
                Problem.of(
                    join(at, "value"),
                    QT_TRANSLATE_NOOP("messages", "{value} is already used at {other}"),
                    value=repr(value),
                    other=values[value],
                )
            )
        else:
            values[value] = join(at, "value")
        hotkey = _parse_hotkey(item.get("hotkey"), join(at, "hotkey"), hotkeys, problems)
        color = item.get("color")
        if color is not None:
            if not isinstance(color, str) or not _COLOR_RE.fullmatch(color):
                problems.append(
                    Problem.of(
                        join(at, "color"),
                        QT_TRANSLATE_NOOP("messages", "must be a colour like {example}"),
                        example="'#e6194b'",
                    )
                )
                color = None
            else:
                color = color.lower()
        labels.append(Label(value, hotkey, color))
    return tuple(labels)


def _parse_hotkey(
    hotkey: object, path: str, hotkeys: Hotkeys, problems: list[Problem]
) -> str | None:
    if hotkey is None:
        return None
    if not isinstance(hotkey, str) or len(hotkey) != 1:
        problems.append(
            Problem(path, QT_TRANSLATE_NOOP("messages", "must be exactly one character"))
        )
        return None
    reserved = _RESERVED_CHARS.get(hotkey)
    if reserved is not None:
        problems.append(
            Problem.of(
                path,
                QT_TRANSLATE_NOOP("messages", "{key} is reserved by the workbench"),
                key=reserved,
            )
        )
        return None
    if not hotkey.isprintable():
        problems.append(
            Problem(path, QT_TRANSLATE_NOOP("messages", "must be a printable character"))
        )
        return None
    hotkeys.claim(hotkey, path, problems)
    return hotkey


@dataclass(frozen=True)
class Row:
    """A named row of a field: a criterion of a `criteria` field or a key of a `record`
    field. `value` is what answers use, `text` what the workbench shows (the value when
    None)."""

    value: str
    text: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The row object; `text` appears only when set."""
        out: dict[str, Any] = {"value": self.value}
        if self.text is not None:
            out["text"] = self.text
        return out


_ROW_KEYS = {"value", "text"}


def parse_rows(raw_rows: object, where: str, problems: list[Problem]) -> tuple[Row, ...]:
    """Read a list of `{"value", "text"?}` rows at path `where`, appending problems: at
    least one, values non-empty and unique."""
    if not isinstance(raw_rows, list):
        problems.append(
            Problem.of(
                where,
                QT_TRANSLATE_NOOP("messages", "must be a list, not {type}"),
                type=type_name(raw_rows),
            )
        )
        return ()
    if not raw_rows:
        problems.append(Problem(where, QT_TRANSLATE_NOOP("messages", "must not be empty")))
        return ()
    rows: list[Row] = []
    values: dict[str, str] = {}
    for j, item in enumerate(raw_rows):
        at = join(where, j)
        if not isinstance(item, dict):
            problems.append(
                Problem.of(
                    at,
                    QT_TRANSLATE_NOOP("messages", "must be an object, not {type}"),
                    type=type_name(item),
                )
            )
            continue
        for key in item:
            if key not in _ROW_KEYS:
                problems.append(
                    Problem(join(at, str(key)), QT_TRANSLATE_NOOP("messages", "unknown key"))
                )
        value = item.get("value")
        if (why := string_problem_at(join(at, "value"), value)) is not None:
            problems.append(why)
            continue
        assert isinstance(value, str)
        if not value.strip():
            problems.append(
                Problem(join(at, "value"), QT_TRANSLATE_NOOP("messages", "must not be empty"))
            )
            continue
        if value in values:
            problems.append(
                Problem.of(
                    join(at, "value"),
                    QT_TRANSLATE_NOOP("messages", "{value} is already used at {other}"),
                    value=repr(value),
                    other=values[value],
                )
            )
            continue
        values[value] = join(at, "value")
        text = item.get("text")
        if text is not None and (why := string_problem_at(join(at, "text"), text)) is not None:
            problems.append(why)
            text = None
        rows.append(Row(value, text))
    return tuple(rows)
