"""Label Studio's comparison templates: what in a config is compared, and where a task's
data holds it (`ComparisonLayout`), for the config import (`lsconfig`) and the task reader
(`formats.labelstudio_read`).

- `<Pairwise toName="a,b">` compares two `<Text>` objects: they are the item's
  candidates A and B (`data.candidates`), and the pairwise field's answer is the side
  Label Studio's result selects (`{"selected": "left"}` is A, `"right"` B).
- `<List value="$items">` with a `<Ranker>` ranks the list's items: they are the
  candidates A, B, … in the list's order (each `{id, title, body}`), and the ranking
  field's answer is the order of ids Label Studio's result gives
  (`{"ranker": {"<ranker>": [ids]}}`, the first ranked 1); a Ranker with `<Bucket>`s
  sorts the items into groups instead: a flags field, each bucket a label.
- `<Chat value="$chat">` (messages `{role, content}`) or `<Paragraphs value="$dialogue">`
  (`{author, text}`, or its `nameKey` / `textKey`) is the item's `data.conversation`.
- `<Rating>` on one of the compared `<Text>` objects rates that candidate: such ratings
  become one criteria field with a row per candidate; a rating `perItem` on a `<List>`
  too.
- The first other `<Text>` with task data (the prompt) is the item's text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.itemdata import CANDIDATE_KEYS

_NO_TEXT = QT_TRANSLATE_NOOP("messages", "data has no text under {key}")
_NO_COMPARED = QT_TRANSLATE_NOOP("messages", "data has no text under {key} (a compared text)")
_NOT_A_LIST = QT_TRANSLATE_NOOP("messages", "data's {key} must be a list of 2 to {max} items")
_NOT_AN_ITEM = QT_TRANSLATE_NOOP(
    "messages", "data's {at} must be an object such as {{id, title, body}}"
)
_NO_BODY = QT_TRANSLATE_NOOP("messages", "data's {at} has no body or title")
_NOT_MESSAGES = QT_TRANSLATE_NOOP("messages", "data's {key} must be a list of messages")
_NOT_A_MESSAGE = QT_TRANSLATE_NOOP(
    "messages", "data's {at} must be a message with {role} and {text}"
)
_NO_ORDER = QT_TRANSLATE_NOOP("messages", "value.ranker has no list under {name}")
_STRANGE_IDS = QT_TRANSLATE_NOOP(
    "messages", "value.ranker names items the task's list does not hold, or one twice"
)
_SOME_RANKED = QT_TRANSLATE_NOOP(
    "messages", "value.ranker ranks {ranked} of the list's {listed} items"
)

#: The object tags a comparison is made of, besides `<Text>`.
PART_OBJECTS = frozenset({"list", "chat", "paragraphs"})


@dataclass
class ComparisonLayout:
    """Where a task's data holds what a comparison config shows (data keys without `$`).

    `text`: the prompt's key (None: no prompt); `candidates`: the keys of the compared
    texts, in order (Pairwise), or `candidate_list` the key of a List's items;
    `conversation` the key of a Chat's or Paragraphs' messages, with the Paragraphs'
    `name_key` and `text_key`; `results`: per control name, how its result reads
    (`("pairwise", field)`, `("ranker", field)`, `("rating", field, candidate key)`).
    """

    text: str | None = None
    candidates: list[str] = field(default_factory=list)
    candidate_list: str | None = None
    conversation: str | None = None
    paragraphs: bool = False
    name_key: str = "author"
    text_key: str = "text"
    results: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """A plain form (tests, the import plan)."""
        return {
            "text": self.text,
            "candidates": list(self.candidates),
            "candidate_list": self.candidate_list,
            "conversation": self.conversation,
            "paragraphs": self.paragraphs,
            "results": {k: list(v) for k, v in self.results.items()},
        }


def data_key(value: str) -> str | None:
    """`$answer1` → `answer1`; None for a value that is not one data key."""
    value = value.strip()
    if value.startswith("$") and len(value) > 1 and "$" not in value[1:]:
        return value[1:]
    return None


@dataclass
class TaskParts:
    """What one task's data gives a comparison item, or why it cannot."""

    text: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    #: A List's item ids by candidate key, to read the Ranker's order.
    ids: dict[str, str] = field(default_factory=dict)
    problem: str | None = None


def task_parts(layout: ComparisonLayout, data: Mapping[str, Any]) -> TaskParts:
    """The item's text and `data` (candidates, conversation) from a task's data."""
    out = TaskParts()
    if layout.text is not None:
        text = data.get(layout.text)
        if not isinstance(text, str):
            out.problem = Said(_NO_TEXT, key=repr(layout.text))
            return out
        out.text = text
    if layout.candidates:
        candidates = []
        for i, key in enumerate(layout.candidates):
            value = data.get(key)
            if not isinstance(value, str):
                out.problem = Said(_NO_COMPARED, key=repr(key))
                return out
            candidates.append({"key": CANDIDATE_KEYS[i], "text": value})
        out.data["candidates"] = candidates
    elif layout.candidate_list is not None:
        listed = _list_items(data.get(layout.candidate_list), layout.candidate_list, out)
        if listed is None:
            return out
        out.data["candidates"] = listed
    if layout.conversation is not None:
        turns = _turns(layout, data.get(layout.conversation), out)
        if turns is None:
            return out
        out.data["conversation"] = turns
    return out


def _list_items(raw: object, key: str, out: TaskParts) -> list[dict[str, Any]] | None:
    if not isinstance(raw, list) or not 2 <= len(raw) <= len(CANDIDATE_KEYS):
        out.problem = Said(_NOT_A_LIST, key=repr(key), max=len(CANDIDATE_KEYS))
        return None
    listed = []
    for i, item in enumerate(raw):
        letter = CANDIDATE_KEYS[i]
        if isinstance(item, str):
            listed.append({"key": letter, "text": item})
            continue
        if not isinstance(item, dict):
            out.problem = Said(_NOT_AN_ITEM, at=f"{key}[{i}]")
            return None
        body = next(
            (item[k] for k in ("body", "text", "content") if isinstance(item.get(k), str)), None
        )
        title = item.get("title")
        if body is None and not isinstance(title, str):
            out.problem = Said(_NO_BODY, at=f"{key}[{i}]")
            return None
        candidate: dict[str, Any] = {"key": letter, "text": body if body is not None else title}
        if isinstance(title, str) and body is not None:
            candidate["title"] = title
        listed.append(candidate)
        if item.get("id") is not None:
            out.ids[letter] = str(item["id"])
    return listed


def _turns(layout: ComparisonLayout, raw: object, out: TaskParts) -> list[dict[str, str]] | None:
    role_key, text_key = (
        (layout.name_key, layout.text_key) if layout.paragraphs else ("role", "content")
    )
    if not isinstance(raw, list) or not raw:
        out.problem = Said(_NOT_MESSAGES, key=repr(layout.conversation))
        return None
    turns = []
    for i, turn in enumerate(raw):
        role = turn.get(role_key) if isinstance(turn, dict) else None
        text = turn.get(text_key) if isinstance(turn, dict) else None
        if not isinstance(text, str) and isinstance(turn, dict):
            text = turn.get("text")
        if not isinstance(role, str) or not isinstance(text, str):
            out.problem = Said(
                _NOT_A_MESSAGE,
                at=f"{layout.conversation}[{i}]",
                role=repr(role_key),
                text=repr(text_key),
            )
            return None
        turns.append({"role": role, "text": text})
    return turns


def pairwise_winner(value: Mapping[str, Any]) -> str | None:
    """A Pairwise result's side as a winner: `left` is A, `right` B."""
    return {"left": "A", "right": "B"}.get(str(value.get("selected", "")))


def ranker_ranks(
    value: Mapping[str, Any], name: str, ids: Mapping[str, str]
) -> dict[str, int] | str:
    """A Ranker result's order as a rank map over the candidate keys, or why not."""
    ranker = value.get("ranker")
    order = ranker.get(name) if isinstance(ranker, dict) else None
    if not isinstance(order, list):
        return Said(_NO_ORDER, name=repr(name))
    by_id = {v: k for k, v in ids.items()}
    keys = [by_id.get(str(i)) for i in order]
    if None in keys or len(set(keys)) != len(keys):
        return Said(_STRANGE_IDS)
    if len(keys) != len(ids):
        return Said(_SOME_RANKED, ranked=len(keys), listed=len(ids))
    return {k: n for n, k in enumerate(keys, start=1) if k is not None}
