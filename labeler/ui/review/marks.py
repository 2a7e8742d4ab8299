"""What each pane of the side-by-side view shows, as plain data (no widgets here).

A pane is the reference (gold, or the suggested consensus when the item has no gold)
or one submission. A submission's regions are marked matched (green, with the IoU,
distance or overlap of the pair) or unmatched (red), and the reference regions it
missed are drawn dashed (orange); the reference's regions say how many submissions
matched each one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from labeler.client.reviewing import ItemDetail, ReviewEntry
from labeler.core.consensus import (
    MEASURES,
    REGION_KINDS,
    FieldComparison,
    ItemComparison,
    RegionMatch,
    usable_regions,
)
from labeler.core.schema import Schema
from labeler.ui.i18n import number, translate

MATCHED = "#2fb344"
UNMATCHED = "#e53935"
MISSED = "#fb8c00"
PARTIAL = "#f9a825"

GOLD, CONSENSUS, SUBMISSION = "gold", "consensus", "submission"


@dataclass(frozen=True)
class PaneSpec:
    """One pane: `key` is the submission id (or `gold`, `consensus`)."""

    key: str
    role: str
    title: str
    answer: dict[str, Any] | None
    entry: ReviewEntry | None = None

    @property
    def is_reference(self) -> bool:
        return self.role != SUBMISSION


@dataclass(frozen=True)
class Mark:
    """One region to draw: which field and region, its tag (and `short`, the tag in
    fewer words for where the whole does not fit), colour (`#rrggbb`) and whether it is
    a reference region this submission missed (drawn dashed)."""

    field: str
    kind: str
    index: int
    region: dict[str, Any]
    tag: str
    color: str
    state: str  # matched, unmatched, missed, reference, plain
    short: str = ""

    def __post_init__(self) -> None:
        if not self.short:
            object.__setattr__(self, "short", self.tag)

    @property
    def dashed(self) -> bool:
        return self.state == "missed"


def gold_title() -> str:
    """The reference pane's title when it is the item's gold answer."""
    return translate("review.marks", "Gold")


def consensus_title() -> str:
    """The reference pane's title when it is the suggested consensus."""
    return translate("review.marks", "Consensus (suggested)")


def reference_role(detail: ItemDetail, comparison: ItemComparison) -> str | None:
    """What the submissions are compared with: `gold`, the `consensus` (two answers or
    more), or None (no gold and fewer than two answers: nothing to compare with)."""
    if detail.gold is not None:
        return GOLD
    return CONSENSUS if comparison.has_consensus else None


def pane_specs(detail: ItemDetail, comparison: ItemComparison) -> list[PaneSpec]:
    """The reference pane first (gold, else the consensus, else none), then one per
    submission."""
    role = reference_role(detail, comparison)
    first: list[PaneSpec] = []
    if role == GOLD and detail.gold is not None:
        first = [PaneSpec(GOLD, GOLD, gold_title(), detail.gold.answer)]
    elif role == CONSENSUS:
        first = [PaneSpec(CONSENSUS, CONSENSUS, consensus_title(), comparison.consensus)]
    subs = [PaneSpec(s.id, SUBMISSION, s.user, s.answer, s) for s in detail.submissions]
    return [*first, *subs]


def measure_text(kind: str, value: float | None) -> str:
    """`0.82` for an IoU or overlap, `4 px` for a distance; empty without a value."""
    if value is None:
        return ""
    if MEASURES.get(kind) == "distance":
        return translate("review.marks", "{distance} px").format(distance=number(value))
    return number(value, 2)


def region_marks(
    schema: Schema,
    comparison: ItemComparison,
    spec: PaneSpec,
    label_color: Callable[[str, str], str],
    kinds: tuple[str, ...] = REGION_KINDS,
    show_consensus: bool = False,
) -> list[Mark]:
    """The regions of every field of `kinds` that `spec`'s pane draws."""
    marks: list[Mark] = []
    for f in schema.fields:
        if f.kind not in kinds:
            continue
        compared = comparison.fields.get(f.name)
        if compared is None:
            continue
        if spec.is_reference:
            if show_consensus:
                marks += _plain(f.name, f.kind, comparison.consensus.get(f.name), label_color)
            else:
                marks += _reference(f.name, f.kind, compared.reference, compared)
        elif spec.answer is not None:
            marks += _submission(f.name, f.kind, spec, compared, label_color)
    return marks


def _plain(name: str, kind: str, value: Any, label_color: Callable[[str, str], str]) -> list[Mark]:
    return [
        Mark(name, kind, i, r, r["label"], label_color(name, r["label"]), "plain")
        for i, r in usable_regions(kind, value)
    ]


def _reference(name: str, kind: str, value: Any, compared: FieldComparison) -> list[Mark]:
    voters = len(compared.regions)
    out = []
    for i, region in usable_regions(kind, value):
        found = sum(1 for d in compared.regions.values() if d.partner_of(i) is not None)
        color = MATCHED if found == voters else (UNMATCHED if found == 0 else PARTIAL)
        tag = f"{region['label']} · {found}/{voters}" if voters else region["label"]
        out.append(Mark(name, kind, i, region, tag, color, "reference", region["label"]))
    return out


def _submission(
    name: str,
    kind: str,
    spec: PaneSpec,
    compared: FieldComparison,
    label_color: Callable[[str, str], str],
) -> list[Mark]:
    value = (spec.answer or {}).get(name)
    diff = compared.regions.get(spec.key)
    if diff is None:  # nothing to compare with: the regions as drawn
        return _plain(name, kind, value, label_color)
    by_index: dict[int, RegionMatch] = {m.index: m for m in diff.regions}
    out = []
    for i, region in usable_regions(kind, value):
        match = by_index.get(i)
        if match is None:
            continue
        shown = measure_text(kind, match.measure)
        label = region["label"]
        if match.matched:
            tag = f"{label} {shown}".strip()
            out.append(Mark(name, kind, i, region, tag, MATCHED, "matched", label))
        else:
            tag = f"{label} ✗ {shown}".strip()
            out.append(Mark(name, kind, i, region, tag, UNMATCHED, "unmatched", f"{label} ✗"))
    reference = dict(usable_regions(kind, compared.reference))
    for j in diff.missed:
        if j in reference:
            label = reference[j]["label"]
            tag = translate("review.marks", "missed {label}").format(label=label)
            out.append(Mark(name, kind, j, reference[j], tag, MISSED, "missed", label))
    return out


def field_summary(kind: str, compared: FieldComparison, key: str) -> str:
    """One submission's field in a few words: `F1 0.80 · 2 matched, 1 extra, 1 missed`,
    `WER 0.25`, or the score of the field's metric."""
    score = compared.scores.get(key)
    if score is None:
        return ""
    if kind in REGION_KINDS and key in compared.regions:
        diff = compared.regions[key]
        matched = sum(1 for r in diff.regions if r.matched)
        extra = len(diff.regions) - matched
        return translate(
            "review.marks", "F1 {f1} · {matched} matched, {extra} extra, {missed} missed"
        ).format(
            f1=number(diff.f1, 2),
            matched=number(matched),
            extra=number(extra),
            missed=number(len(diff.missed)),
        )
    if kind == "transcript" and key in compared.transcripts:
        return translate("review.marks", "WER {wer}").format(
            wer=number(compared.transcripts[key].wer, 2)
        )
    return translate("review.marks", "score {score}").format(score=number(score, 2))
