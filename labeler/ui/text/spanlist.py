"""The spans of one item as the text view draws them: UTF-16 ranges and drawing lanes.

Qt-free on purpose: the geometry of spans (which one is under the caret, which one
comes next, which lane an overlapping span is drawn in) is plain arithmetic.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from labeler.core.codepoints import CodepointIndex


@dataclass(frozen=True)
class ShownSpan:
    """One span of a spans field: code point offsets, UTF-16 offsets and its lane.

    Lane 0 is drawn as a background; a span overlapping one already drawn gets the
    next free lane and is drawn as a bar under the text, so none hides another.
    """

    field: str
    index: int
    label: str
    start: int
    end: int
    ustart: int
    uend: int
    lane: int = 0

    def covers(self, unit: int) -> bool:
        """True when UTF-16 position `unit` lies inside the span or at its end."""
        return self.ustart <= unit <= self.uend


def shown_spans(values: Mapping[str, Iterable[Any]], index: CodepointIndex) -> list[ShownSpan]:
    """The drawable spans of every field in `values` (field name -> list of spans),
    sorted by start, with lanes assigned. Malformed spans (a hostile prefill) are left
    out rather than drawn wrong."""
    found: list[ShownSpan] = []
    for name, regions in values.items():
        for i, region in enumerate(regions):
            span = _shown(name, i, region, index)
            if span is not None:
                found.append(span)
    found.sort(key=lambda s: (s.ustart, -s.uend, s.field, s.index))
    return _with_lanes(found)


def _shown(name: str, i: int, region: Any, index: CodepointIndex) -> ShownSpan | None:
    if not isinstance(region, Mapping):
        return None
    start, end, label = region.get("start"), region.get("end"), region.get("label")
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(label, str)):
        return None
    if not 0 <= start < end <= index.length:
        return None
    ustart, uend = index.span_to_utf16(start, end)
    return ShownSpan(name, i, label, start, end, ustart, uend)


def _with_lanes(spans: list[ShownSpan]) -> list[ShownSpan]:
    lane_ends: list[int] = []  # per lane, where its last span ends
    out = []
    for span in spans:
        lane = next((k for k, end in enumerate(lane_ends) if end <= span.ustart), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(span.uend)
        else:
            lane_ends[lane] = span.uend
        out.append(replace(span, lane=lane))
    return out


def span_at(
    spans: list[ShownSpan],
    unit: int,
    field: str | None = None,
    prefer: tuple[str, int] | None = None,
) -> ShownSpan | None:
    """The span under the caret at `unit` (of `field`, when given): `prefer` (the
    current span) if it covers the caret, else the narrowest one inside which the caret
    lies, else one that ends right at the caret."""
    covering = [s for s in spans if s.covers(unit) and (field is None or s.field == field)]
    if not covering:
        return None
    for span in covering:
        if (span.field, span.index) == prefer:
            return span
    inside = [s for s in covering if s.ustart <= unit < s.uend] or covering
    return min(inside, key=lambda s: (s.uend - s.ustart, -s.index))


def next_span(
    spans: list[ShownSpan], current: tuple[str, int] | None, unit: int, step: int
) -> ShownSpan | None:
    """The span after (step 1) or before (step -1) the `current` one (field, index), or
    after/before the caret when there is none; wraps around."""
    if not spans:
        return None
    keys = [(s.field, s.index) for s in spans]
    if current in keys:
        return spans[(keys.index(current) + step) % len(spans)]
    if step > 0:
        return next((s for s in spans if s.ustart >= unit), spans[0])
    return next((s for s in reversed(spans) if s.ustart < unit), spans[-1])


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """`[start, end)` without the whitespace at its edges (a word selected by
    Ctrl+Shift+Right carries the space after it)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
