"""The arithmetic behind the text view: lanes, the span under the caret, the next span."""

from __future__ import annotations

from labeler.core.codepoints import CodepointIndex
from labeler.ui.text.fonts import arabic_runs
from labeler.ui.text.spanlist import next_span, shown_spans, span_at, trimmed

TEXT = "😀 Pakistan Cricket Board, Lahore"


def _spans(*regions: tuple[str, int, int]) -> list:
    values = {"entities": [{"label": lb, "start": s, "end": e} for lb, s, e in regions]}
    return shown_spans(values, CodepointIndex(TEXT))


def test_units_follow_the_emoji() -> None:
    (span,) = _spans(("ORG", 2, 24))
    assert (span.start, span.end, span.ustart, span.uend) == (2, 24, 3, 25)


def test_lanes_for_nested_and_chained_overlaps() -> None:
    spans = _spans(("ORG", 2, 24), ("LOC", 2, 10), ("PER", 11, 18), ("LOC", 26, 32))
    lanes = {(s.label, s.start): s.lane for s in spans}
    assert lanes == {("ORG", 2): 0, ("LOC", 2): 1, ("PER", 11): 1, ("LOC", 26): 0}
    # Three spans over one place: three lanes.
    triple = _spans(("ORG", 2, 24), ("LOC", 2, 10), ("PER", 5, 8))
    assert sorted(s.lane for s in triple) == [0, 1, 2]


def test_malformed_spans_are_left_out() -> None:
    values = {
        "entities": [
            {"label": "PER", "start": 5, "end": 2},
            {"label": "PER", "start": 0, "end": 99},
            {"label": 3, "start": 0, "end": 1},
            "junk",
            {"label": "PER", "start": 0, "end": 1},
        ]
    }
    spans = shown_spans(values, CodepointIndex(TEXT))
    assert [(s.index, s.start) for s in spans] == [(4, 0)]


def test_span_at_prefers_current_then_narrowest() -> None:
    spans = _spans(("ORG", 2, 24), ("LOC", 2, 10))
    assert span_at(spans, 5).label == "LOC"  # type: ignore[union-attr]
    assert span_at(spans, 5, prefer=("entities", 0)).label == "ORG"  # type: ignore[union-attr]
    assert span_at(spans, 20).label == "ORG"  # type: ignore[union-attr]
    assert span_at(spans, 25).label == "ORG"  # type: ignore[union-attr]  # right after it
    assert span_at(spans, 0) is None
    assert span_at(spans, 5, field="cues") is None


def test_next_span_wraps_and_starts_at_the_caret() -> None:
    spans = _spans(("ORG", 2, 24), ("LOC", 26, 32))
    assert next_span(spans, None, 0, 1).label == "ORG"  # type: ignore[union-attr]
    assert next_span(spans, None, 10, 1).label == "LOC"  # type: ignore[union-attr]
    assert next_span(spans, ("entities", 1), 0, 1).label == "ORG"  # type: ignore[union-attr]
    assert next_span(spans, ("entities", 0), 0, -1).label == "LOC"  # type: ignore[union-attr]
    assert next_span([], None, 0, 1) is None


def test_trimmed_strips_edge_whitespace_only() -> None:
    assert trimmed(" ab c \n", 0, 7) == (1, 5)
    assert trimmed("   ", 0, 3) == (3, 3)


def test_arabic_runs_join_words() -> None:
    text = "Imran عمران نے لاہور, Lahore میں"
    runs = [text[a:b] for a, b in arabic_runs(text)]
    assert runs == ["عمران نے لاہور", "میں"]
