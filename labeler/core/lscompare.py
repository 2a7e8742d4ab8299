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
from labeler.core.lstags import AT, Draft, Tag, tag_of

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


class ComparisonControls:
    """The config import's part for comparison templates (mixed into its importer): finds
    what a Pairwise, a List, a Chat or Paragraphs make of an item, and turns Pairwise,
    Ranker and ratings of candidates into fields."""

    layout: ComparisonLayout | None
    parts: dict[str, Tag]  # the objects a comparison is made of, by name
    compared: list[str]  # the names of the Texts a Pairwise compares
    rated: Draft | None  # the criteria field of ratings on candidates

    # What the importer provides.
    def _drop(self, t: Tag, line: str) -> None:
        raise NotImplementedError

    def _targets(self, t: Tag) -> list[str]:
        raise NotImplementedError

    def _draft(self, t: Tag, kind: str) -> Draft:
        raise NotImplementedError

    def _rating(self, t: Tag) -> Draft:
        raise NotImplementedError

    def find_layout(self, events: list[tuple[str, Tag]]) -> None:
        """A comparison's parts: the Texts a Pairwise compares, a List, a Chat or
        Paragraphs; the prompt is the first other Text with task data."""
        objects = {t.get("name"): t for kind, t in events if kind == "object"}
        for kind, t in events:
            if kind == "control" and t.key == "pairwise" and not self.compared:
                names = self._targets(t)
                tags = [objects.get(n) for n in names]
                if len(set(names)) == 2 and all(x is not None and x.key == "text" for x in tags):
                    self.compared = names
        found = [t for t in objects.values() if t.key in ("list", "chat", "paragraphs")]
        if not self.compared and not found:
            return
        layout = self.layout = ComparisonLayout()
        for name in self.compared:
            self.parts[name] = objects[name]
            layout.candidates.append(data_key(objects[name].get("value")) or name)
        for t in found:
            key = data_key(t.get("value")) or t.get("name")
            if t.key == "list" and not layout.candidates and layout.candidate_list is None:
                layout.candidate_list = key
            elif t.key in ("chat", "paragraphs") and layout.conversation is None:
                layout.conversation = key
                layout.paragraphs = t.key == "paragraphs"
                layout.name_key = t.get("nameKey") or "author"
                layout.text_key = t.get("textKey") or "text"
            else:
                continue
            self.parts[t.get("name")] = t

    def rates_candidates(self, t: Tag) -> bool:
        """A Rating of one compared Text, or per item of a List."""
        targets = self._targets(t)
        part = self.parts.get(targets[0]) if targets else None
        if part is None:
            return False
        return part.get("name") in self.compared or (part.key == "list" and t.flag("perItem"))

    def comparison(self, t: Tag) -> list[Draft]:
        """Pairwise, Ranker and ratings of candidates (`lscompare`)."""
        targets = self._targets(t)
        part = self.parts.get(targets[0]) if targets else None
        name = t.get("name")
        if t.key == "pairwise":
            if targets != self.compared or len(self.parts) < 2:
                what = Said(
                    QT_TRANSLATE_NOOP("messages", "compares two Text objects here; left out")
                )
                self._drop(t, Said(AT, at=t.ref(), what=what))
                return []
            draft = self._draft(t, "pairwise")
            draft.required = True
            draft.extra = {"tie": False, "strength": False}
            draft.reads[name] = ("pairwise",)
            what = Said(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "a pairwise field without tie or strength, as in Label Studio (the schema "
                    "can allow both)",
                )
            )
            self._drop(t, Said(AT, at=t.ref(), what=what))
            return [draft]
        if t.key == "ranker":
            if part is None or part.key != "list":
                what = Said(QT_TRANSLATE_NOOP("messages", "ranks a List here; left out"))
                self._drop(t, Said(AT, at=t.ref(), what=what))
                return []
            buckets = [tag_of(c) for c in t.element if tag_of(c).key == "bucket"]
            if buckets:
                draft = self._draft(t, "flags")
                draft.labels = [{"value": b.get("name")} for b in buckets if b.get("name")]
                draft.reads[name] = ("buckets",)
                what = Said(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "its Buckets sort the listed items into groups: a flags field, each "
                        "bucket a label an item may get",
                    )
                )
                self._drop(t, Said(AT, at=t.ref(), what=what))
                return [draft] if draft.labels else []
            draft = self._draft(t, "ranking")
            draft.required = True
            draft.reads[name] = ("ranker",)
            return [draft]
        stars = self._rating(t).max or 5
        if part is not None and part.key == "list":
            draft = self._draft(t, "criteria")
            draft.extra = {"rows": "candidates", "min": 1, "max": stars}
            what = Said(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "a criteria field rating each listed item (its results in tasks are not "
                    "read: they are reported)",
                )
            )
            self._drop(t, Said(AT, at=t.ref("perItem"), what=what))
            return [draft]
        letter = "ABCDEFGHIJ"[self.compared.index(targets[0])]
        if self.rated is None:
            draft = self.rated = self._draft(t, "criteria")
            draft.extra = {"rows": "candidates", "min": 1, "max": stars}
            draft.reads[name] = ("rating", letter)
            what = Said(
                QT_TRANSLATE_NOOP(
                    "messages", "rates candidate {letter}: a criteria field rating each candidate"
                ),
                letter=letter,
            )
            self._drop(t, Said(AT, at=t.ref(), what=what))
            return [draft]
        if self.rated.extra["max"] != stars or name in self.rated.reads:
            what = Said(
                QT_TRANSLATE_NOOP(
                    "messages", "a second rating of the candidates on another scale; left out"
                )
            )
            self._drop(t, Said(AT, at=t.ref(), what=what))
            return []
        self.rated.reads[name] = ("rating", letter)
        what = Said(
            QT_TRANSLATE_NOOP(
                "messages", "rates candidate {letter}, a row of the criteria field of {field}"
            ),
            letter=letter,
            field=self.rated.source.ref(),
        )
        self._drop(t, Said(AT, at=t.ref(), what=what))
        return []
