"""Comparing the answers to one item, for review.

Each submission is compared, field by field, against a reference: the gold answer when
the item has one for that field, else the suggested consensus of the submissions.

- Region fields (boxes, polygons, points, spans, segments) are matched one-to-one
  against the reference with the matching gold scoring uses (same label, IoU or
  distance or overlap as the field's gold rule says, Hungarian maximising matches), so a
  region is matched exactly when it would count for the field's F1.
- The consensus: majority vote for choice and text, per label more than half for
  multichoice, the median for rating, the transcript closest to the others (least
  total WER both ways), and for regions the clusters most annotators drew, merged.
  It takes at least two answers (`MIN_ANSWERS`): one answer is no consensus, and
  compared with itself it would score 1.0 everywhere. An item with one answer and no
  gold has no reference at all.
- The comparison kinds (`comparisonconsensus`): the majority winner of a pairwise
  field (a tie when split), the Borda count of rankings, the median per row of
  criteria, the majority value per key of a record, per candidate the flags more than
  half gave; a rationale has none.
- Spans also get their code-point differences per label; transcripts their word diff
  and WER.

Everything here is a pure function of JSON values; malformed regions (an answer of an
older schema version) are left out, never raised on.
"""

from __future__ import annotations

import dataclasses
import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from labeler.core.comparisonconsensus import (
    borda_ranking,
    majority_per_key,
    majority_winner,
    median_per_row,
    vote_flags,
)
from labeler.core.jsonvalues import is_int, is_number
from labeler.core.matching import (
    PairFn,
    Pairs,
    assignment,
    box_pairs,
    f1,
    interval_pairs,
    point_pairs,
    polygon_pairs,
)
from labeler.core.schema import UNSCORED_KINDS, Field, Schema
from labeler.core.scoring import score_field
from labeler.core.textnorm import normalize_text, wer
from labeler.core.worddiff import WordDiff, word_diff

#: Field kinds whose value is a list of regions.
REGION_KINDS = ("boxes", "polygons", "points", "spans", "segments")

#: What `RegionMatch.measure` holds for each region kind.
MEASURES = {
    "boxes": "iou",
    "polygons": "iou",
    "segments": "iou",
    "points": "distance",
    "spans": "overlap",
}

#: Answers a consensus needs, item-wide and for each non-region field.
MIN_ANSWERS = 2

_NUMBERS = {"boxes": ("x", "y", "w", "h"), "points": ("x", "y"), "polygons": ()}
_INTERVAL = ("start", "end")


@dataclass(frozen=True)
class RegionMatch:
    """One region of a submission against the reference.

    `index` is its position in the submission's list, `partner` the position of the
    reference region it matched (None when unmatched). `measure` is, as `MEASURES`
    names it for the kind, the IoU, the distance in pixels, or the code-point IoU of
    the pair; for an unmatched region, the closest same-label reference region's
    value (None when the reference has no region of that label).
    """

    index: int
    label: str
    partner: int | None
    measure: float | None

    @property
    def matched(self) -> bool:
        """True when the region has a partner in the reference."""
        return self.partner is not None


@dataclass(frozen=True)
class RegionDiff:
    """One submission's regions of one field against the reference's.

    `missed` lists the reference regions nothing matched; `f1` is the field's gold
    score of these regions against the reference.
    """

    regions: tuple[RegionMatch, ...]
    missed: tuple[int, ...]
    f1: float

    def partner_of(self, reference_index: int) -> RegionMatch | None:
        """The submission's region matched to reference region `reference_index`."""
        return next((r for r in self.regions if r.partner == reference_index), None)


@dataclass(frozen=True)
class SpanPiece:
    """A code-point range `[start, end)` under `label`."""

    label: str
    start: int
    end: int


@dataclass(frozen=True)
class SpanDiff:
    """Code-point ranges one side labels and the other does not, label by label.

    `extra`: labelled in the submission, not in the reference; `missing`: labelled in
    the reference, not in the submission. Both empty when the coverage is the same.
    """

    extra: tuple[SpanPiece, ...]
    missing: tuple[SpanPiece, ...]

    @property
    def same(self) -> bool:
        return not self.extra and not self.missing


@dataclass(frozen=True)
class TranscriptDiff:
    """A transcript against the reference: its word error rate and word diff."""

    wer: float
    words: WordDiff


@dataclass(frozen=True)
class FieldComparison:
    """One field of an item: the reference and each submission against it.

    `source` says where the reference comes from (`gold`, `consensus`, or None when
    there is none: a tied vote, no answer to the field). `scores` holds the field's
    gold metric score per submission key; `regions`, `spans`, `transcripts` the
    details for the kinds they apply to. Skips have no entry.
    """

    name: str
    kind: str
    source: str | None
    reference: Any
    scores: dict[str, float] = field(default_factory=dict)
    regions: dict[str, RegionDiff] = field(default_factory=dict)
    spans: dict[str, SpanDiff] = field(default_factory=dict)
    transcripts: dict[str, TranscriptDiff] = field(default_factory=dict)


@dataclass(frozen=True)
class ItemComparison:
    """Every field of an item compared, and the suggested consensus answer.

    `answered` counts the answers compared (skips left out); with fewer than
    `MIN_ANSWERS` there is no consensus, so without gold there is no reference.
    """

    consensus: dict[str, Any]
    fields: dict[str, FieldComparison]
    answered: int = 0

    @property
    def has_consensus(self) -> bool:
        """True when enough answers were given for a consensus to be suggested."""
        return self.answered >= MIN_ANSWERS


# -- regions -----------------------------------------------------------------------------


def usable_regions(kind: str, value: Any) -> list[tuple[int, dict[str, Any]]]:
    """The well-formed regions of a field's value, each with its position in the list:
    objects with a string label and the finite numbers their kind needs (polygons: at
    least three `[x, y]` points). Anything else is left out, as gold scoring does."""
    if not isinstance(value, list):
        return []
    numbers = _NUMBERS.get(kind, _INTERVAL)
    out = []
    for i, region in enumerate(value):
        if not isinstance(region, dict) or not isinstance(region.get("label"), str):
            continue
        if not all(is_number(region.get(key)) for key in numbers):
            continue
        if kind == "polygons" and not _polygon_points(region.get("points")):
            continue
        if kind == "spans" and not (is_int(region["start"]) and is_int(region["end"])):
            continue
        out.append((i, region))
    return out


def _polygon_points(points: Any) -> bool:
    return (
        isinstance(points, list)
        and len(points) >= 3
        and all(isinstance(p, list) and len(p) == 2 and all(map(is_number, p)) for p in points)
    )


def _pairs(f: Field, *, exact_spans: bool) -> PairFn:
    """How two lists of regions of `f` may pair, as gold scoring decides it."""
    params = f.gold.params
    if f.kind == "boxes":
        return box_pairs(params.get("iou", 0.5))
    if f.kind == "polygons":
        return polygon_pairs(params.get("iou", 0.5))
    if f.kind == "points":
        return point_pairs(params.get("radius", 10.0))
    if f.kind == "segments":
        return interval_pairs(params.get("iou", 0.5))
    if params.get("overlap", False) or not exact_spans:
        return interval_pairs(None)
    return _exact_span_pairs


def _exact_span_pairs(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> Pairs:
    """Spans pair when their ranges are the same (any overlap tells how near they came)."""
    near = interval_pairs(None)(a, b)
    same = np.array(
        [
            (a[i]["start"], a[i]["end"]) == (b[j]["start"], b[j]["end"])
            for i, j in zip(near.rows.tolist(), near.cols.tolist(), strict=True)
        ],
        dtype=bool,
    )
    return dataclasses.replace(near, admissible=same)


def _measure(f: Field, similarity: float) -> float:
    if f.kind == "points":
        return max(0.0, (1.0 - similarity) * f.gold.params.get("radius", 10.0))
    return max(0.0, min(1.0, similarity))


def match_regions(f: Field, regions: Any, reference: Any) -> RegionDiff:
    """Match one submission's regions of field `f` against the reference's, one-to-one
    among regions of the same label, as gold scoring does; `f1` equals the field's gold
    score of `regions` against `reference`."""
    mine = usable_regions(f.kind, regions)
    theirs = usable_regions(f.kind, reference)
    pairs = _pairs(f, exact_spans=True)
    by_label: dict[str, list[int]] = defaultdict(list)
    for j, (_, region) in enumerate(theirs):
        by_label[region["label"]].append(j)
    mine_by_label: dict[str, list[int]] = defaultdict(list)
    for i, (_, region) in enumerate(mine):
        mine_by_label[region["label"]].append(i)
    partner: dict[int, int] = {}
    measure: dict[int, float] = {}
    for label, rows in mine_by_label.items():
        cols = by_label.get(label)
        if not cols:
            continue
        near = pairs([mine[i][1] for i in rows], [theirs[j][1] for j in cols])
        similarity = near.by_pair()
        matched = dict(assignment(near))
        for r, i in enumerate(rows):
            if r in matched:
                partner[i] = cols[matched[r]]
                measure[i] = _measure(f, similarity[r, matched[r]])
            else:
                measure[i] = _measure(f, float(near.best[r]))
    found = tuple(
        RegionMatch(
            index=mine[i][0],
            label=mine[i][1]["label"],
            partner=theirs[partner[i]][0] if i in partner else None,
            measure=measure.get(i),
        )
        for i in range(len(mine))
    )
    taken = set(partner.values())
    missed = tuple(theirs[j][0] for j in range(len(theirs)) if j not in taken)
    return RegionDiff(found, missed, f1(len(partner), len(mine), len(theirs)))


def merge_regions(f: Field, values: Sequence[Any]) -> list[dict[str, Any]]:
    """The consensus regions of field `f` from each annotator's value (None or a
    missing value: no regions).

    Annotators are taken in order; each one's regions are matched one-to-one (any
    label) against the clusters so far, by the pairing the field's gold rule uses
    (IoU ≥ its `iou`, distance ≤ its `radius`, for spans the same range or, with
    `overlap`, any overlap); unmatched regions start new clusters. Clusters drawn by
    more than half of the annotators are kept, in the order they were started, each
    merged: coordinates averaged (spans: the lower median of starts and ends;
    polygons: the member closest to the others), the most frequent label (the first
    seen on a tie).
    """
    if not values:
        return []
    pairs = _pairs(f, exact_spans=True)
    clusters: list[list[dict[str, Any]]] = []
    for value in values:
        regions = [r for _, r in usable_regions(f.kind, value)]
        if not regions:
            continue
        joined: dict[int, int] = {}
        if clusters:
            merged = [_merged(f, c) for c in clusters]
            joined = dict(assignment(pairs(regions, merged)))
        for i, region in enumerate(regions):
            if i in joined:
                clusters[joined[i]].append(region)
            else:
                clusters.append([region])
    return [_merged(f, c) for c in clusters if 2 * len(c) > len(values)]


def _mean(values: Sequence[Any]) -> Any:
    """The mean; the value itself when all are equal (no float noise, ints stay ints)."""
    first = values[0]
    if all(v == first for v in values):
        return first
    return math.fsum(values) / len(values)


def _merged(f: Field, members: Sequence[dict[str, Any]]) -> dict[str, Any]:
    label = Counter(m["label"] for m in members).most_common(1)[0][0]
    if f.kind == "polygons":
        return {"label": label, "points": [list(p) for p in _medoid(f, members)["points"]]}
    if f.kind == "spans":
        start = statistics.median_low(m["start"] for m in members)
        end = statistics.median_low(m["end"] for m in members)
        if start >= end:
            start, end = members[0]["start"], members[0]["end"]
        return {"label": label, "start": start, "end": end}
    keys = _NUMBERS.get(f.kind, _INTERVAL)
    return {"label": label, **{k: _mean([m[k] for m in members]) for k in keys}}


def _medoid(f: Field, members: Sequence[dict[str, Any]]) -> dict[str, Any]:
    if len(members) == 1:
        return members[0]
    found = polygon_pairs(f.gold.params.get("iou", 0.5))(list(members), list(members))
    totals = np.bincount(found.rows, weights=found.similarity, minlength=len(members))
    return members[int(np.argmax(totals))]


# -- spans and transcripts -----------------------------------------------------------------


def _coverage(spans: Any) -> dict[str, list[tuple[int, int]]]:
    """Per label, the union of its ranges as sorted disjoint `[start, end)` pieces."""
    ranges: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for _, s in usable_regions("spans", spans):
        if s["start"] < s["end"]:
            ranges[s["label"]].append((s["start"], s["end"]))
    out: dict[str, list[tuple[int, int]]] = {}
    for label, pieces in ranges.items():
        merged: list[tuple[int, int]] = []
        for start, end in sorted(pieces):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        out[label] = merged
    return out


def _subtract(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of disjoint sorted ranges `a` outside disjoint sorted ranges `b`."""
    out = []
    for start, end in a:
        cursor = start
        for b0, b1 in b:
            if b1 <= cursor or b0 >= end:
                continue
            if b0 > cursor:
                out.append((cursor, b0))
            cursor = max(cursor, b1)
        if cursor < end:
            out.append((cursor, end))
    return out


def span_differences(spans: Any, reference: Any) -> SpanDiff:
    """Which code-point ranges each side labels (label by label) that the other does
    not; overlapping spans of one label count as their union."""
    mine, theirs = _coverage(spans), _coverage(reference)

    def pieces(a: dict[str, list[tuple[int, int]]], b: dict[str, list[tuple[int, int]]]) -> Any:
        found = [
            SpanPiece(label, s, e)
            for label, ranges in a.items()
            for s, e in _subtract(ranges, b.get(label, []))
        ]
        return tuple(sorted(found, key=lambda p: (p.start, p.end, p.label)))

    return SpanDiff(pieces(mine, theirs), pieces(theirs, mine))


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def transcript_difference(reference: Any, transcript: Any) -> TranscriptDiff:
    """A transcript's WER against the reference and the word diff that explains it
    (words compared as gold scoring compares them)."""
    ref, hyp = _text(reference), _text(transcript)
    return TranscriptDiff(wer(ref, hyp), word_diff(ref, hyp))


# -- the consensus answer ------------------------------------------------------------------


def vote(values: Sequence[Any]) -> Any:
    """The most frequent value; None when there is none or the top is tied."""
    counts = Counter(v for v in values if v is not None and isinstance(v, str | int))
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def vote_labels(f: Field, values: Sequence[Any], voters: int) -> list[str]:
    """Multichoice: each label chosen by more than half of `voters`, in schema order."""
    counts: Counter[str] = Counter()
    for value in values:
        if isinstance(value, list):
            counts.update({v for v in value if isinstance(v, str)})
    order = {label.value: i for i, label in enumerate(f.labels)}
    kept = [label for label, n in counts.items() if 2 * n > voters]
    return sorted(kept, key=lambda label: (order.get(label, len(order)), label))


def median_rating(values: Sequence[Any]) -> int | None:
    """The median rating (the lower middle one for an even count, so it stays a
    rating); None without ratings."""
    ratings = [v for v in values if is_int(v)]
    return statistics.median_low(ratings) if ratings else None


def vote_text(values: Sequence[Any]) -> str | None:
    """The text most annotators wrote (compared after NFKC, casefold and whitespace
    collapse), in its first spelling; None on a tie or without texts."""
    texts = [v for v in values if isinstance(v, str)]
    winner = vote([normalize_text(t) for t in texts])
    return next((t for t in texts if normalize_text(t) == winner), None)


def central_transcript(values: Sequence[Any]) -> str | None:
    """The transcript with the least total WER against the others, each pair scored
    both ways (WER divides by the reference's length); the first on a tie; None
    without transcripts."""
    texts = [v for v in values if isinstance(v, str)]
    if not texts:
        return None
    costs = [sum(wer(other, t) + wer(t, other) for other in texts) for t in texts]
    return texts[costs.index(min(costs))]


_COMPARISON: dict[str, Any] = {
    "pairwise": lambda f, values, voters: majority_winner(values, ties=f.tie),
    "ranking": lambda f, values, voters: borda_ranking(values, ties=f.ties),
    "criteria": lambda f, values, voters: median_per_row(values),
    "record": lambda f, values, voters: majority_per_key(values),
    "flags": lambda f, values, voters: vote_flags(values, voters),
}


def suggest_consensus(schema: Schema, answers: Sequence[Any]) -> dict[str, Any]:
    """The suggested consensus answer of several answers to one item.

    Skips (anything not an object) take no part. Fewer than `MIN_ANSWERS` answers
    have no consensus (empty result). A field is in the result when a consensus exists
    for it: at least `MIN_ANSWERS` answers give it (a tied choice has none). Region
    fields left out of an answer count as that annotator drawing nothing.
    """
    given = [a for a in answers if isinstance(a, dict)]
    result: dict[str, Any] = {}
    if len(given) < MIN_ANSWERS:
        return result
    for f in schema.fields:
        values = [a.get(f.name) for a in given]
        present = [v for v in values if v is not None]
        if not present or (f.kind not in REGION_KINDS and len(present) < MIN_ANSWERS):
            continue
        value: Any
        if f.kind == "rationale":
            continue
        if f.kind in _COMPARISON:
            value = _COMPARISON[f.kind](f, present, len(given))
        elif f.kind in REGION_KINDS:
            value = merge_regions(f, values)
        elif f.kind == "multichoice":
            value = vote_labels(f, present, len(given))
        elif f.kind == "rating":
            value = median_rating(present)
        elif f.kind == "text":
            value = vote_text(present)
        elif f.kind == "transcript":
            value = central_transcript(present)
        else:
            value = vote(present)
        if value is not None:
            result[f.name] = value
    return result


def compare_item(
    schema: Schema, answers: Mapping[str, Any], gold: Mapping[str, Any] | None = None
) -> ItemComparison:
    """Compare the answers to one item (keyed by submission id, or any key; a skip is
    None) field by field against the reference: the gold answer's value when it has
    the field, else the consensus's; a field with neither has no reference and no
    scores (one answer without gold is never scored against itself)."""
    consensus = suggest_consensus(schema, list(answers.values()))
    given = {key: a for key, a in answers.items() if isinstance(a, dict)}
    fields: dict[str, FieldComparison] = {}
    for f in schema.fields:
        source: str | None = None
        reference: Any = None
        if gold is not None and gold.get(f.name) is not None:
            source, reference = "gold", gold[f.name]
        elif f.name in consensus:
            source, reference = "consensus", consensus[f.name]
        comparison = FieldComparison(f.name, f.kind, source, reference)
        if source is not None and f.kind not in UNSCORED_KINDS:  # a rationale: shown only
            for key, answer in given.items():
                value = answer.get(f.name)
                comparison.scores[key] = score_field(f, value, reference)
                if f.kind in REGION_KINDS:
                    comparison.regions[key] = match_regions(f, value, reference)
                if f.kind == "spans":
                    comparison.spans[key] = span_differences(value, reference)
                if f.kind == "transcript":
                    comparison.transcripts[key] = transcript_difference(reference, value)
        fields[f.name] = comparison
    return ItemComparison(consensus, fields, len(given))
