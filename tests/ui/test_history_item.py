"""History draws the selected submission on its item, with the review's own panes: a gold
image row shows the picture with the annotator's boxes and the expected ones marked
matched or not and the per-field scores in words; a text row the spans; an audio row the
transcript's word diff; a row that is not gold the answer alone; media that is not cached
yet shows when it arrives; an answer made on another computer comes from the task
server; arrows move the rows and the drawing follows; keys zoom and play.

The window's flow (`SubmissionFlow`) on a host with the window's parts, over a workspace
that knows some submissions (the client's side is tested against the real server in
tests/client/test_submitted.py)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from labeler.client.errors import NotFound, Offline
from labeler.client.history import History, HistoryRow
from labeler.client.submitted import LOCAL, SERVER, Submitted
from labeler.client.wire import ContestInfo, Reward
from labeler.client.workitem import MediaInfo, WorkItem
from labeler.client.workspace import MediaState
from labeler.core.schema import parse_schema
from labeler.ui.bridge import QtSyncListener
from labeler.ui.pages.common import OK_TINT, select_row
from labeler.ui.pages.history import HistoryPage
from labeler.ui.pages.history_item import OwnItemView, own_item
from labeler.ui.pages.history_model import ROW_ROLE
from labeler.ui.pages.history_show import SubmissionFlow
from labeler.ui.review.audio_pane import AudioPane
from labeler.ui.review.comparewords import WordsPane
from labeler.ui.review.image_pane import ImagePane
from labeler.ui.review.marks import MATCHED, UNMATCHED
from labeler.ui.review.pane import entry_line
from labeler.ui.review.text_pane import TextPane
from labeler.ui.tasks import Runner
from tests.client.test_reviewing import (
    AUDIO_ANSWERS,
    AUDIO_SCHEMA,
    GOLD_IMAGE,
    IMAGE_ANSWERS,
    IMAGE_SCHEMA,
    TEXT,
    TEXT_ANSWERS,
    TEXT_SCHEMA,
    call_wav,
    street_png,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PICTURE, CLIP = "a1" * 32, "c3" * 32
HINT = "Both parked cars count, the bus does not."
URDU_PROJECT = "خبروں کی شناخت"


def media(sha: str, **kw: Any) -> MediaInfo:
    return MediaInfo(sha256=sha, mime="x", bytes=100, url=f"/api/v1/media/{sha}", **kw)


def verdict(expected: dict[str, Any], fields: dict[str, float], passed: bool) -> dict[str, Any]:
    scores = {name: {"score": s, "passed": s >= 0.8} for name, s in fields.items()}
    score = sum(fields.values()) / len(fields)
    return {"passed": passed, "score": score, "fields": scores, "expected": expected, "hint": HINT}


def row(sid: str, project: str, n: int, gold: dict[str, Any] | None = None) -> HistoryRow:
    return HistoryRow(
        submission_id=sid,
        item_id=f"item-{sid}",
        project_id=project,
        state="rejected" if gold and not gold["passed"] else "accepted",
        submitted_at=NOW - timedelta(minutes=n),
        active_ms=12_000,
        skipped=False,
        reward=Reward(Decimal("0.05"), "USD"),
        gold=gold,
        review=None,
        reason=None,
    )


def submitted(
    sid: str, schema: dict[str, Any], answer: dict[str, Any], source: str = LOCAL, **item: Any
) -> Submitted:
    work = WorkItem(
        id=f"item-{sid}", batch_id="b", project_id=item.pop("project"), schema_version=1, **item
    )
    return Submitted(sid, work, answer, None, parse_schema(schema), 1, source)


ROWS = (
    row("img-gold", "street", 1, verdict(GOLD_IMAGE, {"scene": 1.0, "objects": 0.8}, True)),
    row("txt-gold", "news", 2, verdict(TEXT_ANSWERS[0], {"entities": 0.4, "tone": 0.0}, False)),
    row("wav-gold", "calls", 3, verdict(AUDIO_ANSWERS[0], {"turns": 0.0, "words": 0.5}, False)),
    row("img-real", "street", 4),
    row("elsewhere", "street", 5),
)


@dataclass
class Known:
    """A workspace that knows some submissions: made here (the local store), on the task
    server only, and which media files are cached."""

    local: dict[str, Submitted] = field(default_factory=dict)
    server: dict[str, Submitted] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    online: bool = True
    asked: list[str] = field(default_factory=list)
    fetched: list[str] = field(default_factory=list)
    gate: threading.Event = field(default_factory=threading.Event)

    def local_submission(self, submission_id: str) -> Submitted | None:
        return self.local.get(submission_id)

    def submission(self, submission_id: str) -> Submitted:
        self.asked.append(submission_id)
        self.gate.wait(10)
        if submission_id in self.local:
            return self.local[submission_id]
        if not self.online:
            raise Offline("The task server cannot be reached.")
        if submission_id in self.server:
            return self.server[submission_id]
        raise NotFound(404, "not_found", "No submission with that id.")

    def shown_media(self, info: MediaInfo, project_id: str | None = None) -> MediaState:
        return MediaState(self.files.get(info.sha256), None)

    def media(self, info: MediaInfo, *, progress: Any = None) -> Path:
        """A candidate's picture downloaded into the media cache (network)."""
        self.fetched.append(info.sha256)
        if progress is not None:
            progress(50, 100)
            time.sleep(0.05)  # the rest of the download
        if not self.online or info.sha256 not in self.files:
            raise Offline("The task server cannot be reached.")
        return self.files[info.sha256]


class Host(QWidget):
    """What the flow uses of the window."""

    def __init__(self, workspace: Known) -> None:
        super().__init__()
        self.workspace = workspace
        self.runner = Runner(self)
        self.listener = QtSyncListener(self)
        self.project_names = {"street": "Street scenes", "news": URDU_PROJECT, "calls": "Calls"}
        self.history = HistoryPage()
        self.history.set_project_names(self.project_names)
        QVBoxLayout(self).addWidget(self.history)
        self.flow = SubmissionFlow(self)


@pytest.fixture
def known(tmp_path: Path) -> Known:
    picture = tmp_path / "street.png"
    picture.write_bytes(street_png())
    clip = tmp_path / "call.wav"
    clip.write_bytes(call_wav())
    image = {"project": "street", "media": media(PICTURE, width=640, height=400)}
    known = Known(files={PICTURE: picture, CLIP: clip})
    known.gate.set()
    known.local = {
        "img-gold": submitted("img-gold", IMAGE_SCHEMA, IMAGE_ANSWERS[1], **image),
        "txt-gold": submitted("txt-gold", TEXT_SCHEMA, TEXT_ANSWERS[2], project="news", text=TEXT),
        "wav-gold": submitted(
            "wav-gold",
            AUDIO_SCHEMA,
            AUDIO_ANSWERS[2],
            project="calls",
            media=media(CLIP, duration=3.0),
        ),
        "img-real": submitted("img-real", IMAGE_SCHEMA, IMAGE_ANSWERS[2], **image),
    }
    known.server = {
        "elsewhere": submitted("elsewhere", IMAGE_SCHEMA, IMAGE_ANSWERS[0], SERVER, **image)
    }
    return known


@pytest.fixture
def host(qtbot, known: Known) -> Host:
    h = Host(known)
    qtbot.addWidget(h)
    h.resize(1366, 760)
    h.show()
    qtbot.waitExposed(h)
    h.activateWindow()
    qtbot.waitUntil(h.isActiveWindow)
    h.history.set_history(History(ROWS, None, True))
    return h


def select(host: Host, submission_id: str) -> None:
    page = host.history
    ids = [
        page.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).submission_id
        for r in range(page.proxy.rowCount())
    ]
    page.table.selectRow(ids.index(submission_id))


def titles(host: Host) -> list[str]:
    return [p.spec.title for p in host.history.item_view.side.panes]


def drawn(qtbot, host: Host, submission_id: str, panes: list[str]) -> None:
    """Wait until the view draws `submission_id` with these panes."""
    flow = host.flow

    def ready() -> bool:
        loaded = flow.loaded
        return (
            loaded is not None
            and loaded.detail.submissions[0].id == submission_id
            and titles(host) == panes
        )

    qtbot.waitUntil(ready, timeout=10_000)


def picture_shown(pane: ImagePane) -> bool:
    return (
        not pane.canvas.image_item.image().isNull() and pane._pages.currentWidget() is pane.canvas
    )


def test_a_gold_image_row_shows_the_picture_the_boxes_matched_or_not_and_each_fields_score(
    qtbot, host: Host
) -> None:
    select(host, "img-gold")
    drawn(qtbot, host, "img-gold", ["Your answer", "Expected answer"])
    side = host.history.item_view.side
    yours, expected = (p.body for p in side.panes)
    assert isinstance(yours, ImagePane) and isinstance(expected, ImagePane)
    qtbot.waitUntil(lambda: picture_shown(yours) and picture_shown(expected), timeout=10_000)
    assert yours.canvas.image_item.image().width() == 640
    # The annotator's boxes against the expected ones: two matched (with their IoU), the
    # bus has no partner.
    assert [(m.state, m.color) for m in yours.marks] == [
        ("matched", MATCHED),
        ("matched", MATCHED),
        ("unmatched", UNMATCHED),
    ]
    assert yours.marks[0].tag.startswith("car 0.") and yours.marks[2].tag == "bus ✗"
    assert [m.tag for m in expected.marks] == ["car · 1/1", "car · 1/1"]
    assert "objects: F1 0.80 · 2 matched, 1 extra, 0 missed" in side.panes[0].summary.text()
    assert side.panes[1].summary.text() == f"Hint: {HINT}"
    assert "your answer beside the expected one" in side.heading.text()
    # The fields under the panes: the scene given and expected, tinted as passed.
    table = side.table
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == titles(host)
    assert table.item(0, 0).text() == "urban" and table.item(0, 0).background().color() == OK_TINT
    assert table.item(1, 0).text() == "3 boxes · F1 0.80"
    # And in words beside them: the verdict, each field's score, the expected answer.
    words = host.history.details.toPlainText()
    assert "scene: passed, score 1.00" in words and "objects: passed, score 0.80" in words
    assert "objects: 2 car" in words and "{" not in words


def test_a_text_row_shows_the_spans_and_their_differences(qtbot, host: Host) -> None:
    select(host, "txt-gold")
    drawn(qtbot, host, "txt-gold", ["Your answer", "Expected answer"])
    side = host.history.item_view.side
    yours = side.panes[0].body
    assert isinstance(yours, TextPane) and yours.view.toPlainText() == TEXT
    assert [(m.region["label"], m.state) for m in yours.marks if not m.dashed] == [
        ("PER", "unmatched"),
        ("LOC", "unmatched"),
    ]
    assert {m.region["label"] for m in yours.marks if m.dashed} == {"PER", "ORG", "LOC"}
    differences = yours.differences.text()
    assert "Jazz Telecom" in differences and not yours.differences.isHidden()
    # The Urdu project name reads in Nastaliq in the heading.
    assert URDU_PROJECT in side.heading.text() and "Nastaliq" in side.heading.text()


def test_an_audio_row_shows_the_transcripts_word_diff(qtbot, host: Host) -> None:
    select(host, "wav-gold")
    drawn(qtbot, host, "wav-gold", ["Your answer", "Expected answer"])
    yours = host.history.item_view.side.panes[0].body
    assert isinstance(yours, AudioPane)
    html = yours.transcript.toHtml()
    assert "WER" in yours.transcript.toPlainText()
    assert "line-through" in html  # the expected words that are missing
    assert "Jazz" in yours.transcript.toPlainText()
    qtbot.waitUntil(lambda: yours.wave.peaks is not None, timeout=10_000)
    assert [s["label"] for s in yours.wave.lanes[0].segments][0].startswith("agent")


def test_a_row_that_is_not_gold_shows_the_answer_alone(qtbot, host: Host) -> None:
    select(host, "img-real")
    drawn(qtbot, host, "img-real", ["Your answer"])
    pane = host.history.item_view.side.panes[0]
    assert pane.notice.isHidden()  # no "no reference" talk to an annotator
    assert {m.state for m in pane.body.marks} == {"plain"} and len(pane.body.marks) == 1
    assert "F1" not in pane.summary.text()
    assert "nothing to compare with" in host.history.item_view.side.heading.text()
    qtbot.waitUntil(lambda: picture_shown(pane.body), timeout=10_000)


def test_media_not_cached_yet_shows_when_it_arrives(qtbot, host: Host, known: Known) -> None:
    path = known.files.pop(PICTURE)
    select(host, "img-real")
    drawn(qtbot, host, "img-real", ["Your answer"])
    pane = host.history.item_view.side.panes[0].body
    qtbot.waitUntil(lambda: "Fetching the picture" in pane.message.text())
    assert not picture_shown(pane)
    host.listener.media_ready_.emit(PICTURE, "original", path)  # the sync engine's news
    qtbot.waitUntil(lambda: picture_shown(pane), timeout=10_000)


def test_media_asked_for_offline_says_when_it_comes(qtbot, host: Host, known: Known) -> None:
    known.files.pop(PICTURE)
    known.online = False
    select(host, "img-real")
    drawn(qtbot, host, "img-real", ["Your answer"])
    pane = host.history.item_view.side.panes[0].body
    qtbot.waitUntil(lambda: "when the task server can be reached" in pane.message.text())


def test_an_answer_made_elsewhere_comes_from_the_task_server(qtbot, host: Host, known: Known):
    select(host, "elsewhere")
    drawn(qtbot, host, "elsewhere", ["Your answer"])
    assert known.asked == ["elsewhere"]
    select(host, "img-real")
    drawn(qtbot, host, "img-real", ["Your answer"])
    select(host, "elsewhere")  # kept: not asked again
    drawn(qtbot, host, "elsewhere", ["Your answer"])
    assert known.asked == ["elsewhere"]


def test_another_profile_keeps_nothing_of_the_last(qtbot, host: Host, known: Known) -> None:
    select(host, "elsewhere")
    drawn(qtbot, host, "elsewhere", ["Your answer"])
    other = Known(files=known.files)  # signed in as someone else: no such submission
    other.gate.set()
    host.workspace = other
    host.history.set_history(History((), None, True))
    host.history.set_history(History(ROWS, None, True))
    qtbot.waitUntil(lambda: "no longer has" in host.history.item_view.side.message.text())
    assert other.asked == ["img-gold"]  # the first row
    select(host, "elsewhere")
    qtbot.waitUntil(lambda: other.asked[-1:] == ["elsewhere"])
    qtbot.waitUntil(lambda: "no longer has" in host.history.item_view.side.message.text())


def test_offline_an_answer_made_elsewhere_says_when_it_shows(qtbot, host: Host, known: Known):
    known.online = False
    select(host, "elsewhere")
    view = host.history.item_view.side
    qtbot.waitUntil(lambda: "not made on this computer" in view.message.text())
    assert not view.message.isHidden() and view.panes == []


def test_one_request_at_a_time_and_the_last_row_wins(qtbot, host: Host, known: Known) -> None:
    """Arrows over rows the task server must give: the first is asked, the rows passed
    over are not, the one the annotator stops on is asked next and drawn."""
    known.gate.clear()  # the server takes its time
    known.server["far-1"] = submitted(
        "far-1",
        IMAGE_SCHEMA,
        IMAGE_ANSWERS[1],
        SERVER,
        project="street",
        media=media(PICTURE, width=640, height=400),
    )
    known.server["far-2"] = submitted(
        "far-2",
        IMAGE_SCHEMA,
        IMAGE_ANSWERS[2],
        SERVER,
        project="street",
        media=media(PICTURE, width=640, height=400),
    )
    rows = (*ROWS, row("far-1", "street", 6), row("far-2", "street", 7))
    host.history.set_history(History(rows, None, True))
    for sid in ("elsewhere", "far-1", "far-2"):
        select(host, sid)
        qtbot.waitUntil(
            lambda: "Asking the task server" in host.history.item_view.side.message.text()
        )
    # The task server's page comes meanwhile: far-2 anew, with nothing new to draw.
    news = (*ROWS, row("far-1", "street", 6), replace(row("far-2", "street", 7), active_ms=9))
    host.history.set_history(History(news, None, True))
    known.gate.set()
    drawn(qtbot, host, "far-2", ["Your answer"])
    assert known.asked == ["elsewhere", "far-2"]


def test_arrows_move_the_rows_and_the_drawing_follows_keys_zoom(qtbot, host: Host) -> None:
    page = host.history
    select(host, "img-gold")
    drawn(qtbot, host, "img-gold", ["Your answer", "Expected answer"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    drawn(qtbot, host, "txt-gold", ["Your answer", "Expected answer"])
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    drawn(qtbot, host, "img-gold", ["Your answer", "Expected answer"])
    canvas = page.item_view.side.panes[0].body.canvas
    qtbot.waitUntil(lambda: picture_shown(page.item_view.side.panes[0].body), timeout=10_000)
    qtbot.waitUntil(lambda: abs(canvas.scale_value() - canvas.fit_scale()) < 1e-6)
    fitted = canvas.scale_value()
    qtbot.keyClick(page.table, Qt.Key.Key_Plus)
    assert canvas.scale_value() > fitted * 1.2
    qtbot.keyClick(page.table, Qt.Key.Key_0)
    assert abs(canvas.scale_value() - canvas.fit_scale()) < 1e-6
    table_rows = page.splitter.sizes()[0]
    qtbot.keyClick(page.table, Qt.Key.Key_F)  # the item large: the table gives it room
    assert page.splitter.sizes()[0] < table_rows - 60
    assert page.table.visualRect(page.table.currentIndex()).isValid()  # the row stays in view
    qtbot.keyClick(page.table, Qt.Key.Key_F)
    assert page.splitter.sizes()[0] == table_rows
    ids = {a.id: a.keys for a in page.actions()}
    assert ids["history.zoom_in"] == ("+", "=") and ids["history.zoom_out"] == ("-",)
    assert ids["history.fit"] == ("0",) and ids["history.play"] == ("Space",)


def test_an_upheld_contest_shows_no_failing_score_on_ones_answer(known: Known) -> None:
    """ "Your answer" says the score of a miss that still stands; once the lead upheld the
    contest (or removed the item's gold) the answer is accepted and shows no failing score."""
    failed = verdict(TEXT_ANSWERS[0], {"entities": 0.4}, False)
    missed = row("txt-gold", "news", 2, failed)
    upheld = ContestInfo("c-1", "upheld", "It is.", None, NOW, NOW, "lead")
    removed = {**failed, "expected": None, "hint": None, "withdrawn": True}
    got = known.local["txt-gold"]

    def line(r: HistoryRow) -> str:
        return entry_line(own_item(r, got).detail.submissions[0])

    assert line(missed) == "rejected · 0:12 active · gold 0.40"
    assert line(replace(missed, state="accepted", contest=upheld)) == "accepted · 0:12 active"
    assert line(replace(missed, state="accepted", gold=removed)) == "accepted · 0:12 active"


#: The history page's size in a 1366×768 window (the window's tab bar above it).
LAPTOP = (1366, 720)


def drawing_readable(side: Any) -> list[str]:
    """What is wrong with the audio panes on screen: a waveform under its least height, a
    pane past the stage's bottom, its summary cut, panes over each other or the table."""
    wrong: list[str] = []
    stage = side.stage
    shown = stage.visible_panes()
    if not shown:
        return ["no pane on screen"]
    for pane in shown:
        wave = pane.body.wave
        name = pane.spec.title
        seen = wave.visibleRegion().boundingRect().height()  # not what its parents cut off
        if not wave.isVisible() or seen < max(wave.minimumHeight(), 80):
            wrong.append(f"{name}: waveform {seen} px high on screen")
        if pane.geometry().bottom() > stage.height() - 1 or pane.geometry().top() < 0:
            wrong.append(f"{name}: past the stage ({pane.geometry()} in {stage.size()})")
        summary = pane.summary
        if summary.isVisible() and summary.geometry().bottom() > pane.height() - 1:
            wrong.append(f"{name}: its summary cut")
        if summary.isVisible() and summary.height() < summary.heightForWidth(summary.width()):
            wrong.append(f"{name}: its summary {summary.height()} px for its lines")
    for a, b in zip(shown, shown[1:], strict=False):
        if a.geometry().intersects(b.geometry()):
            wrong.append("panes over each other")
    if side.table.isVisible():
        table_top = side.table.mapTo(side, side.table.rect().topLeft()).y()
        stage_bottom = stage.mapTo(side, stage.rect().bottomLeft()).y()
        if stage_bottom >= table_top:
            wrong.append("the panes run under the fields table")
    return wrong


def wait_readable(qtbot, side: Any) -> None:
    try:
        qtbot.waitUntil(lambda: not drawing_readable(side), timeout=3000)
    except Exception:
        pytest.fail("; ".join(drawing_readable(side)))


@pytest.mark.parametrize("language", ["en", "ur"])
def test_an_audio_answer_is_drawn_readable_at_1366x768(
    qtbot, request, known: Known, language: str
) -> None:
    if language == "ur":
        request.getfixturevalue("urdu")  # taller Nastaliq rows, headers and summaries
    host = Host(known)
    qtbot.addWidget(host)
    host.resize(*LAPTOP)
    host.show()
    qtbot.waitExposed(host)
    page = host.history
    page.set_history(History(ROWS, None, True))
    rows = [page.proxy.index(r, 0).data(ROW_ROLE).submission_id for r in range(5)]
    select_row(page.table, rows.index("wav-gold"))
    side = page.item_view.side
    qtbot.waitUntil(lambda: len(side.panes) == 2 and side.panes[0].body.wave.peaks is not None)
    wait_readable(qtbot, side)
    # The table keeps the selected row and a header in view.
    assert page.table.height() >= page.table_height(1)
    page.toggle_large()  # F: more room for the drawing, still readable
    wait_readable(qtbot, side)
    page.toggle_large()
    wait_readable(qtbot, side)
    yours, expected = side.panes
    if side.shown_pane() is None:  # both on screen: English has the room
        assert language == "en"
        assert set(side.stage.visible_panes()) == {yours, expected}
    else:  # one large: E shows the other answer in it, readable too
        assert side.shown_pane() is yours
        qtbot.keyClick(page.table, Qt.Key.Key_E)
        qtbot.waitUntil(lambda: side.shown_pane() is expected)
        assert not drawing_readable(side)


def test_a_comparison_row_shows_its_prompt_and_candidates_beside_the_answers(qtbot) -> None:
    """History of "Compare two answers": the prompt the candidates answer, the candidates,
    and one's answer beside the expected one, in words."""
    schema = {
        "title": "Compare",
        "media": "text",
        "fields": [
            {"name": "preference", "kind": "pairwise"},
            {"name": "flags", "kind": "flags", "labels": [{"value": "factual_error"}]},
        ],
    }
    data = {"candidates": [{"key": "A", "text": "100 °C."}, {"key": "B", "text": "90 °C."}]}
    expected = {"preference": {"winner": "A", "strength": 2}, "flags": {"B": ["factual_error"]}}
    mine = {"preference": {"winner": "A", "strength": 2}}
    got = submitted(
        "cmp", schema, mine, project="compare", text="Boiling point at sea level?", data=data
    )
    view = OwnItemView()
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    view.show_item(
        own_item(row("cmp", "compare", 1, verdict(expected, {"preference": 1.0}, True)), got),
        "Compare",
    )
    side = view.side
    assert side.prompt.isVisible() and side.prompt.toPlainText() == "Boiling point at sea level?"
    assert side.itemdata.comparison.isVisible()
    yours, gold = [p.body.text() for p in side.panes if isinstance(p.body, WordsPane)]
    assert "prefers A, much better" in yours and "B: factual error" in gold


CAND_A, CAND_B = "d4" * 32, "e5" * 32
PHOTOS = {
    "title": "Which photo is sharper?",
    "media": "text",
    "fields": [{"name": "pref", "kind": "pairwise"}],
}


def test_a_comparisons_candidate_pictures_are_fetched_and_shown(
    qtbot, host: Host, known: Known
) -> None:
    """Candidates that are pictures (`data.candidates[].media`): the history fetches them
    as the review does, in the background with their progress in the page's note, and
    the candidate cards show them (they were empty)."""
    known.files[CAND_A] = known.files[CAND_B] = known.files[PICTURE]
    candidates = [
        {
            "key": "A",
            "media": {
                "sha256": CAND_A,
                "url": f"/api/v1/media/{CAND_A}",
                "mime": "image/png",
                "bytes": 100,
            },
        },
        {
            "key": "B",
            "media": {
                "sha256": CAND_B,
                "url": f"/api/v1/media/{CAND_B}",
                "mime": "image/png",
                "bytes": 100,
            },
        },
    ]
    known.local["photos"] = submitted(
        "photos",
        PHOTOS,
        {"pref": {"winner": "B"}},
        project="street",
        text="Which is sharper?",
        data={"candidates": candidates},
    )
    host.history.set_history(History((*ROWS, row("photos", "street", 6)), None, True))
    notes: list[str] = []
    host.flow.loader.progress.connect(notes.append)
    select(host, "photos")
    drawn(qtbot, host, "photos", ["Your answer"])

    def shown() -> bool:
        cards = host.history.item_view.side.itemdata.comparison.cards  # drawn anew
        return sorted(cards) == ["A", "B"] and all(
            card.picture is not None
            and card.picture.pixmap() is not None
            and not card.picture.pixmap().isNull()
            for card in cards.values()
        )

    qtbot.waitUntil(shown, timeout=10_000)
    assert known.fetched == [CAND_A, CAND_B]
    assert any(text.startswith("Downloading candidate A") for text in notes)
    assert notes[-1] == "" and host.history.note.text() == ""  # cleared once here
    assert not host.history.busy.isVisible()
