"""The side-by-side view: one pane per submission plus the reference, headers, regions
marked matched or not, zoom and pan in step, spans and transcripts compared, the fields
table, and what each pane draws (marks)."""

from __future__ import annotations

from itertools import combinations
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage

from labeler.client.reviewing import parse_item_detail
from labeler.core.schema import parse_schema
from labeler.ui.pages.common import BAD_TINT, OK_TINT
from labeler.ui.review.arrange import GRID
from labeler.ui.review.audio_pane import AudioPane, lanes_for, transcript_html
from labeler.ui.review.compare import SideBySide
from labeler.ui.review.image_pane import ImagePane
from labeler.ui.review.loading import Fetched, LoadedItem, compare
from labeler.ui.review.marks import MATCHED, MISSED, UNMATCHED, measure_text, region_marks
from labeler.ui.review.text_pane import TextPane
from tests.client.test_reviewing import (
    AUDIO_ANSWERS,
    AUDIO_SCHEMA,
    GOLD_IMAGE,
    IMAGE_ANSWERS,
    IMAGE_SCHEMA,
    TEXT,
    TEXT_ANSWERS,
    TEXT_SCHEMA,
)

SHA = "ab" * 32


def loaded(
    schema: dict[str, Any],
    answers: list[dict[str, Any] | None],
    gold: dict[str, Any] | None = None,
    **item: Any,
) -> LoadedItem:
    subs = [
        {
            "id": f"s{n}",
            "user": {"id": f"u{n}", "username": f"annotator{n}"},
            "status": "pending",
            "answer": answer,
            "skip_reason": None if answer is not None else "Image does not load",
            "active_ms": 30_000 + n * 1000,
            "submitted_at": "2026-03-01T12:00:00Z",
            "gold_score": None if gold is None else 1.0 - n * 0.5,
            "schema_version": 1,
            "review": None,
        }
        for n, answer in enumerate(answers)
    ]
    body = {
        "item": {"id": "item-1", "project_id": "p", "data": {}, **item},
        "gold": {"answer": gold, "hint": "Both parked cars count."} if gold else None,
        "submissions": subs,
    }
    detail = parse_item_detail(body)
    return compare(Fetched(detail, "p", parse_schema(schema), 1))


IMAGE_MEDIA = {
    "media": {
        "sha256": SHA,
        "url": f"/api/v1/media/{SHA}",
        "mime": "image/png",
        "bytes": 100,
        "width": 640,
        "height": 400,
    }
}


@pytest.fixture
def side(qtbot) -> SideBySide:
    view = SideBySide()
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def image_panes(view: SideBySide) -> list[ImagePane]:
    return [p.body for p in view.panes if isinstance(p.body, ImagePane)]


def test_one_pane_per_submission_plus_gold_with_headers(side: SideBySide) -> None:
    item = loaded(IMAGE_SCHEMA, IMAGE_ANSWERS, GOLD_IMAGE, **IMAGE_MEDIA)
    side.show_item(item, "Street scenes")
    assert [p.spec.title for p in side.panes] == ["Gold", "annotator0", "annotator1", "annotator2"]
    assert side.panes[1].info.text() == "pending · 0:30 active · gold 1.00"
    assert side.panes[3].info.text() == "pending · 0:32 active · gold 0.00"
    assert "Street scenes" in side.heading.text() and "gold answer" in side.heading.text()
    side.set_current("s1")
    assert [p.current for p in side.panes] == [False, False, True, False]
    assert side.panes[2].title.text().startswith("▶")
    assert side.panes[0].summary.text() == "Hint: Both parked cars count."
    assert "F1 0.80 · 2 matched, 1 extra, 0 missed" in side.panes[2].summary.text()


def test_the_heading_names_the_item_by_the_file_it_came_from(side: SideBySide) -> None:
    named = loaded(IMAGE_SCHEMA, IMAGE_ANSWERS, GOLD_IMAGE, source="night/0007.jpg", **IMAGE_MEDIA)
    side.show_item(named, "Street scenes")
    assert "Gold item <code>night/0007.jpg</code>" in side.heading.text()
    side.show_item(loaded(IMAGE_SCHEMA, IMAGE_ANSWERS, **IMAGE_MEDIA), "Street scenes")
    assert "Item <code>item-1</code>" in side.heading.text()  # none: the id's start


def test_regions_are_coloured_matched_or_not_with_their_iou(side: SideBySide) -> None:
    side.show_item(loaded(IMAGE_SCHEMA, IMAGE_ANSWERS, GOLD_IMAGE, **IMAGE_MEDIA), "P")
    gold, first, second, third = image_panes(side)
    assert [(m.tag, m.color) for m in first.marks] == [("car 1.00", MATCHED)] * 2
    states = [(m.state, m.color) for m in second.marks]
    assert states == [("matched", MATCHED), ("matched", MATCHED), ("unmatched", UNMATCHED)]
    assert second.marks[2].tag == "bus ✗"  # the reference has no bus at all
    assert [m.state for m in third.marks] == ["unmatched", "missed", "missed"]
    assert third.marks[1].dashed and third.marks[1].color == MISSED
    assert [m.tag for m in gold.marks] == ["car · 2/3", "car · 2/3"]
    # What is drawn is what the marks say: one region item per mark, visible.
    drawn = [i for i in third.canvas.scene().items() if i.isVisible() and hasattr(i, "region")]
    assert len([i for i in drawn if i.region]) == 3


def test_zoom_one_pane_and_all_follow(side: SideBySide, qtbot) -> None:
    side.stage.set_prefer(GRID)  # every pane on screen
    side.show_item(loaded(IMAGE_SCHEMA, IMAGE_ANSWERS, GOLD_IMAGE, **IMAGE_MEDIA), "P")
    picture = QImage(640, 400, QImage.Format.Format_RGB32)
    picture.fill(QColor("#4070a0"))
    side.set_picture(picture)
    canvases = [p.canvas for p in image_panes(side)]
    qtbot.waitUntil(lambda: all(abs(c.scale_value() - c.fit_scale()) < 1e-6 for c in canvases))
    leader = canvases[2]
    leader.zoom_to(leader.scale_value() * 6, leader.viewport().rect().center())
    leader.pan_by(QPoint(40, 25))
    scale = leader.scale_value()
    centre = leader.mapToScene(leader.viewport().rect().center())
    for canvas in canvases:
        assert abs(canvas.scale_value() - scale) < 1e-9
        here = canvas.mapToScene(canvas.viewport().rect().center())
        assert abs(here.x() - centre.x()) < 2 and abs(here.y() - centre.y()) < 2
        assert canvas.image_item.image().size() == picture.size()
    side.zoom.fit()
    assert all(abs(c.scale_value() - c.fit_scale()) < 1e-6 for c in canvases)
    side.zoom.zoom_by(2.0)
    assert len({round(c.scale_value(), 9) for c in canvases}) == 1


def test_a_picture_that_cannot_be_read_says_so_in_every_pane(side: SideBySide) -> None:
    side.show_item(loaded(IMAGE_SCHEMA, IMAGE_ANSWERS, None, **IMAGE_MEDIA), "P")
    side.set_picture(None, "This image could not be read: the file is damaged.")
    assert all("damaged" in p.message.text() for p in image_panes(side))
    assert side.panes[0].spec.title == "Consensus (suggested)"


def test_a_skip_shows_its_reason(side: SideBySide) -> None:
    answers = [IMAGE_ANSWERS[0], IMAGE_ANSWERS[1], None]
    side.show_item(loaded(IMAGE_SCHEMA, answers, None, **IMAGE_MEDIA), "P")
    skipped = side.panes[3]
    assert skipped.banner.text() == "Skipped: Image does not load"
    assert not skipped.banner.isHidden()
    assert image_panes(side)[3].marks == []
    assert side.table.item(0, 3).text() == "skipped"


def test_gold_and_consensus_toggle_in_the_reference_pane(side: SideBySide) -> None:
    answers = [IMAGE_ANSWERS[0], IMAGE_ANSWERS[0], IMAGE_ANSWERS[2]]
    side.show_item(loaded(IMAGE_SCHEMA, answers, GOLD_IMAGE, **IMAGE_MEDIA), "P")
    assert side.toggle_consensus() is True
    assert side.panes[0].spec.title == "Consensus (suggested)"
    assert [m.state for m in image_panes(side)[0].marks] == ["plain", "plain"]
    assert side.panes[0].summary.text() == ""  # gold's hint is not the consensus's
    assert side.toggle_consensus() is False and side.panes[0].spec.title == "Gold"
    assert side.panes[0].summary.text() == "Hint: Both parked cars count."
    side.show_item(loaded(IMAGE_SCHEMA, answers, None, **IMAGE_MEDIA), "P")
    assert side.toggle_consensus() is False  # no gold: the consensus is the reference


def test_one_answer_without_gold_has_no_reference_pane_and_no_score(side: SideBySide) -> None:
    item = loaded(IMAGE_SCHEMA, [IMAGE_ANSWERS[1], None], None, **IMAGE_MEDIA)
    side.show_item(item, "P")
    # No "consensus" made of the one answer, and nothing scored against itself.
    assert [p.spec.title for p in side.panes] == ["annotator0", "annotator1"]
    assert "no reference" in side.heading.text() and "no gold, one answer" in side.heading.text()
    answer = side.panes[0]
    assert answer.notice.text() == "No reference to compare with: no gold, one answer."
    assert not answer.notice.isHidden() and answer.summary.text() == ""
    assert {m.state for m in image_panes(side)[0].marks} == {"plain"}
    table = side.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["annotator0", "annotator1"]
    cells = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert cells == ["urban", "3 boxes"] and not any("F1" in c for c in cells)
    assert side.toggle_consensus() is False


def test_gold_with_one_answer_offers_no_consensus(side: SideBySide) -> None:
    side.show_item(loaded(IMAGE_SCHEMA, [IMAGE_ANSWERS[1]], GOLD_IMAGE, **IMAGE_MEDIA), "P")
    assert [p.spec.title for p in side.panes] == ["Gold", "annotator0"]
    assert side.panes[1].notice.isHidden()
    table = side.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Gold", "annotator0"]  # no consensus column made of one answer
    assert side.toggle_consensus() is False and side.panes[0].spec.title == "Gold"


def test_fields_table_tints_agreement(side: SideBySide) -> None:
    side.show_item(loaded(IMAGE_SCHEMA, IMAGE_ANSWERS, GOLD_IMAGE, **IMAGE_MEDIA), "P")
    table = side.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Gold", "annotator0", "annotator1", "annotator2", "Consensus (suggested)"]
    assert table.item(0, 0).text() == "urban" and table.item(0, 3).text() == "rural"
    assert table.item(0, 1).background().color() == OK_TINT
    assert table.item(0, 3).background().color() == BAD_TINT
    assert table.item(1, 2).text() == "3 boxes · F1 0.80"
    assert table.item(1, 2).background().color() == OK_TINT  # 0.80 reaches the threshold
    assert table.item(1, 4).text() == "2 boxes"


def test_text_panes_show_span_differences(side: SideBySide) -> None:
    side.show_item(loaded(TEXT_SCHEMA, TEXT_ANSWERS, None, text=TEXT), "News")
    panes = [p.body for p in side.panes]
    assert all(isinstance(p, TextPane) for p in panes)
    assert panes[1].view.toPlainText() == TEXT
    assert {m.state for m in panes[1].marks} == {"matched"}
    third = panes[3]
    assert [m.state for m in third.marks].count("missed") == 3
    assert not third.differences.isHidden()
    text = third.differences.text()
    assert "+ LOC</span> “Jazz Telecom”" in text and "− ORG</span> “Jazz Telecom”" in text
    assert "− PER</span> “ Khan”" in text
    assert panes[1].differences.isHidden()  # the same coverage as the consensus
    assert "F1 0.00" in side.panes[3].summary.text()


def test_audio_panes_compare_lanes_and_transcripts(side: SideBySide) -> None:
    media = {
        "media": {
            "sha256": SHA,
            "url": f"/api/v1/media/{SHA}",
            "mime": "audio/wav",
            "bytes": 100,
            "duration": 3.0,
        }
    }
    side.show_item(loaded(AUDIO_SCHEMA, AUDIO_ANSWERS, None, **media), "Calls")
    panes = [p.body for p in side.panes]
    assert all(isinstance(p, AudioPane) for p in panes)
    assert len(side.times.views()) == 4
    third = panes[3]
    assert [lane.field for lane in third.wave.lanes] == ["turns", "turns (missed)"]
    assert [s["label"] for s in third.wave.lanes[1].segments] == ["missed agent", "missed caller"]
    assert "WER 0.27" in third.transcript.toPlainText()
    assert "WER 0.00" in panes[1].transcript.toPlainText()
    assert "Thank you for calling Jazz" in panes[0].transcript.toPlainText()
    side.times.views()[0].zoom(4.0)
    starts = {round(v.view.seconds_per_px, 9) for v in side.times.views()}
    assert len(starts) == 1


def test_lanes_with_gold_use_the_dashed_expected_segments() -> None:
    item = loaded(AUDIO_SCHEMA, AUDIO_ANSWERS, AUDIO_ANSWERS[0])
    spec = item.specs[3]
    marks = region_marks(item.schema, item.comparison, spec, lambda f, label: "#123456")
    lanes = lanes_for(["turns"], marks, reference_is_gold=True)
    assert len(lanes) == 1 and len(lanes[0].expected) == 2


def test_transcript_html_marks_changed_missing_and_extra_words() -> None:
    item = loaded(AUDIO_SCHEMA, AUDIO_ANSWERS, None)
    diff = item.comparison.fields["words"].transcripts["s2"]
    html = transcript_html(AUDIO_ANSWERS[2]["words"], diff)
    assert "WER 0.27" in html and "line-through" in html and "Jazz," in html
    assert "dir='rtl'" in transcript_html("آپ کا شکریہ", None)
    assert "<script>" not in transcript_html("<script>", None)


def test_measure_text() -> None:
    assert measure_text("boxes", 0.8234) == "0.82"
    assert measure_text("points", 4.4) == "4 px"
    assert measure_text("spans", None) == ""


def test_urdu_in_the_fields_table_reads_in_nastaliq(side: SideBySide) -> None:
    media = {
        "media": {
            "sha256": SHA,
            "url": f"/api/v1/media/{SHA}",
            "mime": "audio/wav",
            "bytes": 100,
            "duration": 3.0,
        }
    }
    urdu = "السلام علیکم، میں آپ کی کیا مدد کر سکتی ہوں؟"
    answers = [{**AUDIO_ANSWERS[0], "words": urdu}, {**AUDIO_ANSWERS[1], "words": urdu}]
    side.show_item(loaded(AUDIO_SCHEMA, answers, None, **media), "Calls")
    table = side.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith(urdu))
    assert table.item(row, 0).font().families()[0] == "Noto Nastaliq Urdu"
    english = next(r for r in range(table.rowCount()) if r != row)
    assert table.item(english, 0).font().families()[0] != "Noto Nastaliq Urdu"
    assert table.rowHeight(row) > table.rowHeight(english)  # room for Nastaliq


def test_urdu_quoted_in_the_differences_reads_in_nastaliq(qtbot) -> None:
    from labeler.core.consensus import SpanDiff, SpanPiece

    pane = TextPane()
    qtbot.addWidget(pane)
    urdu = "بابر اعظم نے راولپنڈی ٹیسٹ میں سنچری بنائی۔"
    pane.set_text(urdu)
    pane.set_differences([SpanDiff((SpanPiece("PER", 0, 9),), ())])
    shown = pane.differences.text()
    assert "بابر اعظم" in shown and "Nastaliq" in shown
    assert shown.index("Nastaliq") > shown.index("PER")  # the label keeps its own font


def test_text_panes_name_each_spans_label(side: SideBySide, qtbot) -> None:
    """The spans were coloured, their labels nowhere but in a tooltip: PER could not be
    told from ORG. Each span now has a chip with its label under its start, none
    covering another, with no reference (label colours) as with one (matched or not)."""
    side.resize(1000, 700)
    side.show()
    qtbot.waitExposed(side)
    side.show_item(loaded(TEXT_SCHEMA, TEXT_ANSWERS[:1], None, text=TEXT), "News")
    alone = side.panes[0].body
    assert isinstance(alone, TextPane)
    qtbot.waitUntil(lambda: len(alone.view.tag_rects()) == 3)
    tags = alone.view.tag_rects()
    assert [text for text, _ in tags] == ["PER", "ORG", "LOC"]
    for (_a, ra), (_b, rb) in combinations(tags, 2):
        assert not ra.intersects(rb)
    # Under the text's lines, never over a letter.
    line = alone.view.unit_rects(0, 3)[0]
    assert tags[0][1].top() >= line.bottom()
    side.show_item(loaded(TEXT_SCHEMA, TEXT_ANSWERS, None, text=TEXT), "News")
    compared = side.panes[3].body
    assert isinstance(compared, TextPane)
    qtbot.waitUntil(lambda: bool(compared.view.tag_rects()))
    words = [text for text, _ in compared.view.tag_rects()]
    assert "LOC ✗" in words and all(w.split()[0] in ("PER", "ORG", "LOC") for w in words)
