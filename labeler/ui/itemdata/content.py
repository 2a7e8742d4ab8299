"""What an item's `data` holds for the views beyond the key/value panel: a conversation,
candidates, a record or a record pair (docs/protocol.md, "Items"). Read leniently: the
task server checked the shapes; whatever does not fit stays in the key/value panel."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

#: The keys of `data` shown by a view of their own rather than the key/value panel.
SHOWN_APART = ("conversation", "candidates", "record", "records")
KEY_LETTERS = "ABCDEFGHIJ"


@dataclass(frozen=True)
class Turn:
    role: str
    text: str


@dataclass(frozen=True)
class Candidate:
    """One candidate of a comparison: its key letter, and its text or media."""

    key: str
    text: str | None = None
    #: The media object as the batch gives it (sha256, url, mime…), or a bare sha256.
    media: dict[str, Any] | None = None
    title: str | None = None
    url: str | None = None

    @property
    def mime(self) -> str:
        return str((self.media or {}).get("mime") or "")

    @property
    def sha256(self) -> str | None:
        value = (self.media or {}).get("sha256")
        return str(value) if value else None


def conversation(data: dict[str, Any] | None) -> list[Turn]:
    turns = (data or {}).get("conversation")
    if not isinstance(turns, list):
        return []
    return [
        Turn(str(t.get("role", "")), str(t.get("text", ""))) for t in turns if isinstance(t, dict)
    ]


def candidates(data: dict[str, Any] | None) -> list[Candidate]:
    """The item's candidates, keyed A, B, C… in order where an import gave no key."""
    raw = (data or {}).get("candidates")
    if not isinstance(raw, list):
        return []
    found = []
    for i, one in enumerate(raw[: len(KEY_LETTERS)]):
        if not isinstance(one, dict):
            continue
        media = one.get("media")
        if isinstance(media, str):
            media = {"sha256": media}
        text = one.get("text")
        found.append(
            Candidate(
                key=str(one.get("key") or KEY_LETTERS[i]),
                text=str(text) if text is not None else None,
                media=media if isinstance(media, dict) else None,
                title=str(one["title"]) if one.get("title") is not None else None,
                url=str(one["url"]) if one.get("url") is not None else None,
            )
        )
    return found


def candidate_keys(data: dict[str, Any] | None) -> list[str]:
    return [c.key for c in candidates(data)]


def record(data: dict[str, Any] | None) -> dict[str, Any] | None:
    value = (data or {}).get("record")
    return value if isinstance(value, dict) else None


def record_pair(data: dict[str, Any] | None) -> tuple[dict[str, Any], dict[str, Any]] | None:
    value = (data or {}).get("records")
    if isinstance(value, list) and len(value) == 2 and all(isinstance(r, dict) for r in value):
        return value[0], value[1]
    return None


def shown_value(value: Any) -> str:
    """A record's value as the form shows it (and as a confirmed answer keeps it)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def same_value(a: Any, b: Any) -> bool:
    """Whether two values of a record pair read the same (case, spacing and the
    script of digits aside): those that do not are highlighted."""
    return _normalised(a) == _normalised(b)


def _normalised(value: Any) -> str:
    text = unicodedata.normalize("NFKC", shown_value(value)).casefold()
    text = "".join(
        str(unicodedata.digit(c)) if unicodedata.category(c) == "Nd" else c for c in text
    )
    return " ".join(text.split())


def rest(data: dict[str, Any] | None) -> dict[str, Any]:
    """`data` without what the views above show (the key/value panel's part)."""
    return {k: v for k, v in (data or {}).items() if k not in SHOWN_APART}
