"""The reject dialog: digits pick a reason, Enter rejects, Escape cancels, "Other"
needs a comment."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from labeler.client.history import MISSED
from labeler.ui.i18n import translate
from labeler.ui.review.pane import skip_words
from labeler.ui.review.reject import REASONS, RejectDialog, reason_words


@pytest.fixture
def dialog(qtbot) -> RejectDialog:
    d = RejectDialog("ayesha")
    qtbot.addWidget(d)
    d.open()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(d.reasons.hasFocus)
    return d


def test_lists_the_reasons_in_order(dialog: RejectDialog) -> None:
    assert [dialog.reasons.item(i).data(Qt.ItemDataRole.UserRole) for i in range(7)] == list(
        REASONS
    )
    assert dialog.reason() == "Wrong label"
    assert "<b>ayesha</b>" in dialog.heading.text()


def test_a_digit_picks_and_enter_rejects_with_the_comment(dialog: RejectDialog, qtbot) -> None:
    got: list[tuple[str, str]] = []
    dialog.rejected_with.connect(lambda r, c: got.append((r, c)))
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_3)
    assert dialog.reason() == "Imprecise boxes"
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Down)
    assert dialog.reason() == "Incomplete transcript"
    dialog.comment.setFocus()
    qtbot.keyClicks(dialog.comment, "  The second speaker is missing.  ")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return)
    assert got == [("Incomplete transcript", "The second speaker is missing.")]
    assert not dialog.isVisible()


def test_enter_in_the_list_rejects_at_once(dialog: RejectDialog, qtbot) -> None:
    got: list[tuple[str, str]] = []
    dialog.rejected_with.connect(lambda r, c: got.append((r, c)))
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_2)
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Return)
    assert got == [("Missed objects", "")]


def test_escape_cancels(dialog: RejectDialog, qtbot) -> None:
    got: list[tuple[str, str]] = []
    dialog.rejected_with.connect(lambda r, c: got.append((r, c)))
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Escape)
    assert got == [] and not dialog.isVisible()


def test_other_needs_a_comment(dialog: RejectDialog, qtbot) -> None:
    got: list[tuple[str, str]] = []
    dialog.rejected_with.connect(lambda r, c: got.append((r, c)))
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_7)
    assert dialog.reason() == "Other" and dialog.comment.hasFocus()
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return)
    assert got == [] and dialog.isVisible()
    assert dialog.note.kind == "error" and "comment" in dialog.note.text()
    qtbot.keyClicks(dialog.comment, "Boxes drawn on the sky")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Return)
    assert got == [("Other", "Boxes drawn on the sky")]


def test_digits_that_are_not_ascii_pick_nothing(dialog: RejectDialog, qtbot) -> None:
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_3)
    for text in ("²", "٢", "۴"):
        _type(dialog.reasons, text)
    assert dialog.reason() == "Imprecise boxes"


def _type(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """A key press that types `text` (QTest refuses characters outside Latin-1)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text)
        QApplication.sendEvent(widget, event)


def test_in_urdu_the_reasons_read_in_urdu_and_are_sent_in_english(qtbot, urdu) -> None:  # type: ignore[no-untyped-def]
    d = RejectDialog("ayesha")
    qtbot.addWidget(d)
    assert d.reasons.item(0).text() == "1   غلط لیبل"
    assert d.reasons.item(0).data(Qt.ItemDataRole.UserRole) == "Wrong label"
    # Wherever a reason is shown it reads in the reader's language; words no dialog
    # lists (an older workbench's, a comment) as they were sent.
    assert reason_words("Wrong label") == "غلط لیبل"
    assert reason_words(MISSED) == "جانچ آئٹم کا جواب غلط تھا"
    assert reason_words("Blurry") == "Blurry"
    # A skip reason is sent in English with the annotator's comment after it: the
    # skip dialog's reason reads translated, the comment as written, the whole set apart
    # (an English sentence keeps its full stop at its end inside the Urdu one).
    cannot_tell = translate("SkipDialog", "Cannot tell")
    assert cannot_tell != "Cannot tell"
    assert skip_words("Cannot tell: the boxes overlap") == (
        f"چھوڑا گیا: \u2068{cannot_tell}: the boxes overlap\u2069"
    )
    assert skip_words("Blurry") == "چھوڑا گیا: \u2068Blurry\u2069"
    assert skip_words(None) == "چھوڑا گیا: کوئی وجہ نہیں بتائی گئی"


def test_the_reasons_fit_the_schemas_field_kinds() -> None:
    from labeler.core.schema import parse_schema
    from labeler.ui.review.reject import EVERY_REASON, GENERIC, reasons_for

    def schema(media: str, *kinds: str) -> Any:
        fields: list[dict[str, Any]] = []
        for n, kind in enumerate(kinds):
            f: dict[str, Any] = {"name": f"f{n}", "kind": kind}
            if kind in ("choice", "multichoice", "boxes", "flags"):
                f["labels"] = [{"value": "x"}]
            if kind == "record":
                f["keys"] = [{"value": "name"}]
            if kind == "criteria":
                f["rows"] = [{"value": "helpful"}]
            fields.append(f)
        return parse_schema({"title": "t", "media": media, "fields": fields})

    compare = schema("text", "pairwise", "flags", "rationale")
    assert reasons_for(compare) == (
        "Preferred the worse answer",
        "Missed a flag",
        "Reason does not support the choice",
        *GENERIC,
    )
    assert reasons_for(schema("text", "ranking", "criteria")) == (
        "Ranking out of order",
        "Ratings off",
        *GENERIC,
    )
    assert reasons_for(schema("image", "record"))[0] == "Record not checked against the photo"
    assert reasons_for(schema("text", "record"))[0] == "Record not checked against the item"
    # Image and audio schemas keep their own; none is offered where it cannot apply.
    assert reasons_for(schema("image", "boxes", "choice")) == (
        "Wrong label",
        "Missed objects",
        "Imprecise boxes",
        *GENERIC,
    )
    assert reasons_for(schema("audio", "transcript"))[0] == "Incomplete transcript"
    assert reasons_for(None) == REASONS
    assert "Missed objects" not in reasons_for(compare)
    assert set(reasons_for(compare)) <= set(EVERY_REASON)


def test_a_comparison_reason_reads_in_urdu(qtbot, urdu) -> None:  # type: ignore[no-untyped-def]
    from labeler.ui.review.reject import EVERY_REASON

    for reason in EVERY_REASON:
        assert reason_words(reason) != reason, reason
    d = RejectDialog("ayesha", reasons=("Preferred the worse answer", "Other"))
    qtbot.addWidget(d)
    assert d.reasons.item(0).data(Qt.ItemDataRole.UserRole) == "Preferred the worse answer"
    assert d.reasons.item(0).text() != "1   Preferred the worse answer"
