"""Segments as plain data: colours, making and resizing them, finding one by time.

Qt-free; the waveform draws what these functions decide and the editor turns
their results into draft operations.
"""

from __future__ import annotations

from typing import Any, Literal

from labeler.core.jsonvalues import is_number
from labeler.core.schema import Field

#: Shortest segment a drag or a mark makes; anything shorter was a click.
MIN_LENGTH = 0.02
#: Colours of labels without their own, by position in the field (well apart in hue).
PALETTE = (
    "#4363d8",
    "#f58231",
    "#3cb44b",
    "#e6194b",
    "#911eb4",
    "#42d4f4",
    "#f032e6",
    "#9a6324",
    "#469990",
    "#808000",
)

Edge = Literal["start", "end"]


def label_colors(field: Field) -> dict[str, str]:
    """`#rrggbb` per label value: the schema's colour, else a stable palette entry."""
    return {
        label.value: label.color or PALETTE[i % len(PALETTE)]
        for i, label in enumerate(field.labels)
    }


def _ms(t: float) -> float:
    # Answers keep milliseconds: finer is noise, and it keeps JSON short.
    return round(t, 3)


def make_segment(label: str, a: float, b: float, duration: float) -> dict[str, Any] | None:
    """A segment between `a` and `b` (either order), inside [0, duration]; None when
    it would be shorter than `MIN_LENGTH`."""
    start = _ms(min(max(0.0, min(a, b)), duration))
    end = _ms(min(max(0.0, max(a, b)), duration))
    if end - start < MIN_LENGTH:
        return None
    return {"label": label, "start": start, "end": end}


def moved_edge(segment: dict[str, Any], edge: Edge, t: float, duration: float) -> dict[str, Any]:
    """`segment` with one edge moved to `t`, never past the other edge."""
    out = dict(segment)
    if edge == "start":
        out["start"] = _ms(min(max(0.0, t), float(segment["end"]) - MIN_LENGTH))
    else:
        out["end"] = _ms(max(min(duration, t), float(segment["start"]) + MIN_LENGTH))
    return out


def is_segment(value: object) -> bool:
    """True for `{"label": str, "start": number, "end": number}` (expected answers
    come from the server and are drawn, never trusted)."""
    return (
        isinstance(value, dict)
        and isinstance(value.get("label"), str)
        and is_number(value.get("start"))
        and is_number(value.get("end"))
    )


def time_order(segments: list[dict[str, Any]]) -> list[int]:
    """Indices of `segments` by start, then end."""
    return sorted(range(len(segments)), key=lambda i: (segments[i]["start"], segments[i]["end"], i))


def cycle(segments: list[dict[str, Any]], current: int | None, step: int) -> int | None:
    """The next (`step` 1) or previous (-1) segment in time order, wrapping; the first
    or last when none is selected; None when there are none."""
    order = time_order(segments)
    if not order:
        return None
    if current is None or current not in order:
        return order[0] if step > 0 else order[-1]
    return order[(order.index(current) + step) % len(order)]


def edge_at(
    segments: list[dict[str, Any]], t: float, tolerance: float, prefer: int | None = None
) -> tuple[int, Edge] | None:
    """The segment edge within `tolerance` seconds of `t`, or None: the selected
    segment's first, else the closest; where two segments touch, the one on the
    side of `t`."""

    def hits(indices: list[int]) -> list[tuple[float, int, int, Edge]]:
        out: list[tuple[float, int, int, Edge]] = []
        for i in indices:
            for edge in ("start", "end"):
                at = float(segments[i][edge])
                if abs(at - t) <= tolerance:
                    inside = (t >= at) if edge == "start" else (t <= at)
                    out.append((abs(at - t), 0 if inside else 1, i, edge))
        return out

    if prefer is not None and 0 <= prefer < len(segments) and (mine := hits([prefer])):
        best = min(mine)
    else:
        found = hits(list(range(len(segments))))
        if not found:
            return None
        best = min(found)
    return best[2], best[3]


def segment_at(segments: list[dict[str, Any]], t: float, prefer: int | None = None) -> int | None:
    """The segment under time `t`: the selected one if it is there, else the shortest."""
    hits = [i for i, s in enumerate(segments) if s["start"] <= t <= s["end"]]
    if prefer in hits:
        return prefer
    return min(hits, key=lambda i: segments[i]["end"] - segments[i]["start"], default=None)


def previous_end(segments: list[dict[str, Any]], t: float) -> float:
    """Where the last segment ending before `t` ends (0 when none): the start of a
    segment marked by its end only, so boundaries can be tapped in one pass."""
    ends = [float(s["end"]) for s in segments if float(s["end"]) < t - MIN_LENGTH]
    return max(ends, default=0.0)
