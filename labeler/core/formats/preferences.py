"""Comparisons out for training: preference pairs (`preference-jsonl`) and rankings
(`ranking-jsonl`), one JSON object per line, merged from every annotator's answer.

**Preference pairs**, `preferences.jsonl`: what TRL's DPO and reward trainers take as a
"preference" data set (`prompt`, `chosen`, `rejected`), one line per item whose pairwise
consensus (`comparisonconsensus.majority_winner`: the winner most annotators chose, a tie
when split) has a winner:

    {"prompt": "…", "chosen": "…", "rejected": "…", "margin": 1.5, "agreement": 0.75}

- `margin`: the votes for the chosen side, each weighing its strength (1, or 2 for "much
  better"), less those for the other side, over all votes (a tie weighs 0): from 2.0 (all
  much better) down; TRL's reward trainer subtracts it in its loss when the column is
  there.
- `agreement`: the share of the item's annotators who chose the chosen side.

A file has one shape, as TRL and Hugging Face `datasets` (pyarrow) need: when any item
has a conversation, every line is in TRL's conversational form: `prompt` is the item's
turns as `{"role", "content"}` (the item's text after them as a user turn, when there is
one; an item without a conversation has its text as the one user turn), `chosen` and
`rejected` one assistant turn each. Otherwise every line is in the standard form, strings.
The rankings file likewise gives every `prompt` as turns when any item has a conversation.

**Rankings**, `rankings.jsonl`: per item with rankings, its prompt, its candidates in the
order of their Borda count (`comparisonconsensus.borda_ranking`; equal points share a
rank when the field takes ties) with that `rank` and `points`, and each annotator's
ranking, a `{"key", "rank"}` per candidate in the item's order (A, B, …). Every `rank`
is dense (`comparisonscores.dense_ranks`): tied candidates share one and the next takes
the next number, so a ranking stored as 1, 1, 3 is written 1, 1, 2, the same order:

    {"id": "…", "prompt": "…", "candidates": [{"key": "B", "text": "…", "rank": 1,
     "points": 3.0}, …], "rankings": [{"annotator": "ali", "ranking": [{"key": "A",
     "rank": 2}, {"key": "B", "rank": 1}]}]}

A ranking is a list rather than an object keyed by candidate so that every file has one
shape whatever its items' number of candidates: pyarrow (Hugging Face `datasets`) makes
an object a struct with a column per key, and two files with three and four candidates
would not concatenate.

Both read the schema's first field of their kind; other fields are not held (the report
counts them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import IO, Any

from labeler.core.agreement import mid_ranks
from labeler.core.comparisonconsensus import TIE, borda_ranking, majority_winner
from labeler.core.comparisonscores import dense_ranks, winner
from labeler.core.formats.base import ExportEntry, ExportReport, Format, WriteOptions
from labeler.core.formats.regions import item_groups
from labeler.core.formats.streams import Sink
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.schema import Field, Schema

PREFERENCE = "preference-jsonl"
RANKING = "ranking-jsonl"
PREFERENCE_FILE = "preferences.jsonl"
RANKING_FILE = "rankings.jsonl"
NO_TEXT = QT_TRANSLATE_NOOP("messages", "left out: the item's text is unknown")
NO_PAIR = QT_TRANSLATE_NOOP("messages", "left out: the item has no candidates A and B with text")
TIED = QT_TRANSLATE_NOOP(
    "messages", "left out: the consensus is a tie (the annotators are split, or chose tie)"
)
NO_VOTE = QT_TRANSLATE_NOOP("messages", "left out: no annotator answered it")
NOT_HELD = QT_TRANSLATE_NOOP("messages", "not held: this format holds the {kind} field {name} only")


def first_field(schema: Schema, kind: str) -> Field | None:
    """The schema's first field of `kind`."""
    return next((f for f in schema.fields if f.kind == kind), None)


def candidates_of(entry: ExportEntry) -> dict[str, dict[str, Any]]:
    """The item's candidates by key (`data.candidates`; a key left out is its letter)."""
    data = entry.data or {}
    raw = data.get("candidates")
    out: dict[str, dict[str, Any]] = {}
    if isinstance(raw, list):
        for i, c in enumerate(raw):
            if isinstance(c, dict):
                key = c.get("key", "ABCDEFGHIJ"[i] if i < 10 else "")
                if isinstance(key, str) and key:
                    out[key] = c
    return out


def prompt_of(entry: ExportEntry) -> str | list[dict[str, str]]:
    """The item's text, or its conversation as messages (`{"role", "content"}`) with the
    text after them as a user turn when there is one."""
    data = entry.data or {}
    turns = data.get("conversation")
    text = entry.text or ""
    if not isinstance(turns, list) or not turns:
        return text
    messages = [
        {"role": str(t.get("role", "")), "content": str(t.get("text", ""))}
        for t in turns
        if isinstance(t, dict)
    ]
    if text.strip():
        messages.append({"role": "user", "content": text})
    return messages


def _line(out: IO[bytes], value: Mapping[str, Any]) -> None:
    out.write(json.dumps(value, ensure_ascii=False).encode("utf-8") + b"\n")


def _others(group: list[ExportEntry], keep: Field, schema: Schema, report: ExportReport) -> None:
    for entry in group:
        for f in schema.fields:
            if f is not keep and (entry.answer or {}).get(f.name) not in (None, [], {}, ""):
                why = Said(NOT_HELD, kind=keep.kind, name=repr(keep.name))
                report.omit(f.name, f.kind, why, entry.item_id)


def write_preferences(
    entries: Iterable[ExportEntry], schema: Schema, sink: Sink, options: WriteOptions
) -> ExportReport:
    """Preference pairs of the schema's first pairwise field; see the module docstring."""
    report = ExportReport(PREFERENCE)
    f = first_field(schema, "pairwise")
    lines: list[dict[str, Any]] = []
    for group in item_groups(entries, report):
        if f is None:
            continue
        _others(group, f, schema, report)
        line = _pair(group, f, report)
        if line is not None:
            lines.append(line)
    conversational = any(isinstance(line["prompt"], list) for line in lines)
    with sink.open(PREFERENCE_FILE) as out:
        for line in lines:
            if conversational and isinstance(line["prompt"], str):
                line = {
                    **line,
                    "prompt": as_turns(line["prompt"]),
                    "chosen": [{"role": "assistant", "content": line["chosen"]}],
                    "rejected": [{"role": "assistant", "content": line["rejected"]}],
                }
            _line(out, line)
            report.items += 1
    return report


def as_turns(prompt: str | list[dict[str, str]]) -> list[dict[str, str]]:
    """A prompt in the conversational form: a text is one user turn (none when empty)."""
    if isinstance(prompt, list):
        return prompt
    return [{"role": "user", "content": prompt}] if prompt else []


def _pair(group: list[ExportEntry], f: Field, report: ExportReport) -> dict[str, Any] | None:
    entry = group[0]
    values = [e.answer.get(f.name) for e in group if e.answer]
    votes: list[dict[str, Any]] = [v for v in values if isinstance(v, dict) and winner(v)]
    if not votes:
        report.omit(f.name, f.kind, NO_VOTE, entry.item_id)
        return None
    consensus = majority_winner(votes, ties=True)
    side = consensus["winner"] if consensus else TIE
    if side == TIE:
        report.omit(f.name, f.kind, TIED, entry.item_id)
        return None
    candidates = candidates_of(entry)
    other = "B" if side == "A" else "A"
    chosen, rejected = candidates.get(side, {}), candidates.get(other, {})
    if not isinstance(chosen.get("text"), str) or not isinstance(rejected.get("text"), str):
        report.omit(f.name, f.kind, NO_PAIR, entry.item_id)
        return None
    if entry.text is None:
        report.omit(f.name, f.kind, NO_TEXT, entry.item_id)
        return None
    weight = 0
    for vote in votes:
        said = winner(vote)
        if said != TIE:
            strength = 2 if vote.get("strength") == 2 else 1
            weight += strength if said == side else -strength
    prompt = prompt_of(entry)
    if isinstance(prompt, list):
        pair: dict[str, Any] = {
            "prompt": prompt,
            "chosen": [{"role": "assistant", "content": chosen["text"]}],
            "rejected": [{"role": "assistant", "content": rejected["text"]}],
        }
    else:
        pair = {"prompt": prompt, "chosen": chosen["text"], "rejected": rejected["text"]}
    pair["margin"] = round(weight / len(votes), 6)
    pair["agreement"] = round(sum(winner(v) == side for v in votes) / len(votes), 6)
    return pair


def write_rankings(
    entries: Iterable[ExportEntry], schema: Schema, sink: Sink, options: WriteOptions
) -> ExportReport:
    """Rankings of the schema's first ranking field; see the module docstring."""
    report = ExportReport(RANKING)
    f = first_field(schema, "ranking")
    lines: list[dict[str, Any]] = []
    for group in item_groups(entries, report):
        if f is None:
            continue
        _others(group, f, schema, report)
        line = _ranked(group, f, report)
        if line is not None:
            lines.append(line)
    conversational = any(isinstance(line["prompt"], list) for line in lines)
    with sink.open(RANKING_FILE) as out:
        for line in lines:
            if conversational:
                line = {**line, "prompt": as_turns(line["prompt"])}
            _line(out, line)
            report.items += 1
    return report


def _ranked(group: list[ExportEntry], f: Field, report: ExportReport) -> dict[str, Any] | None:
    entry = group[0]
    given = [(e.annotator, dense_ranks(e.answer.get(f.name))) for e in group if e.answer]
    given = [(who, ranks) for who, ranks in given if ranks]
    if not given:
        report.omit(f.name, f.kind, NO_VOTE, entry.item_id)
        return None
    if entry.text is None:
        report.omit(f.name, f.kind, NO_TEXT, entry.item_id)
        return None
    consensus = borda_ranking([ranks for _, ranks in given], ties=f.ties) or {}
    points = _points([ranks for _, ranks in given])
    candidates = candidates_of(entry)
    order = sorted(consensus, key=lambda k: (consensus[k], k))
    listed = []
    for key in order:
        shown = {k: v for k, v in candidates.get(key, {}).items() if k != "key"}
        listed.append({"key": key, **shown, "rank": consensus[key], "points": points[key]})
    return {
        "id": entry.item_id,
        "prompt": prompt_of(entry),
        "candidates": listed,
        "rankings": [
            {"annotator": who, "ranking": _in_item_order(ranks, candidates)} for who, ranks in given
        ],
    }


def _in_item_order(ranks: dict[str, int], candidates: Mapping[str, Any]) -> list[dict[str, Any]]:
    """A rank map as `{"key", "rank"}` per candidate, in the item's order of candidates
    (keys the item does not list after them, in key order)."""
    order = [k for k in candidates if k in ranks] + sorted(k for k in ranks if k not in candidates)
    return [{"key": k, "rank": ranks[k]} for k in order]


def _points(maps: list[dict[str, int]]) -> dict[str, float]:
    """Each candidate's Borda points, as `borda_ranking` counts them."""
    points: dict[str, float] = {}
    for ranking in maps:
        keys = list(ranking)
        ranks, _ = mid_ranks([ranking[k] for k in keys])
        for key, rank in zip(keys, ranks, strict=True):
            points[key] = points.get(key, 0.0) + len(keys) - rank
    return points


PREFERENCE_FORMAT = Format(
    name=PREFERENCE,
    title="Preference pairs JSONL (TRL: prompt, chosen, rejected)",
    media=frozenset({"text"}),
    multi_file=False,
    file_name=PREFERENCE_FILE,
    writer=write_preferences,
    kinds=frozenset({"pairwise"}),
    votes=True,
    item_data=True,
)
RANKING_FORMAT = Format(
    name=RANKING,
    title="Rankings JSONL (Borda order, each annotator's ranking)",
    media=frozenset({"text"}),
    multi_file=False,
    file_name=RANKING_FILE,
    writer=write_rankings,
    kinds=frozenset({"ranking"}),
    votes=True,
    item_data=True,
)
