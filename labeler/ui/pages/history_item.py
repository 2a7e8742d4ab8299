"""The selected submission drawn on its item: the picture, the text or the waveform with
the annotator's answer, and for a control item the expected answer beside it, the
differences marked as the review marks them (regions matched, unmatched or missed with
their IoU, spans, the transcript's words with its WER) and the fields under them.

It is the review's own view (`labeler.ui.review.compare.SideBySide`) on a one-answer item
marked `own`: "Your answer" and "Expected answer" panes, compared by
`labeler.core.consensus` as the review compares. `own_item` builds what it shows (CPU work:
run it on the decoding pool); the media follows (`history_show`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from labeler.client.history import HistoryRow
from labeler.client.reviewing import Gold, ItemDetail, Review, ReviewEntry, ReviewItem
from labeler.client.submitted import Submitted
from labeler.core.consensus import compare_item
from labeler.ui.audio.peaks import Peaks
from labeler.ui.i18n import translate
from labeler.ui.messages import review_words
from labeler.ui.review.compare import SideBySide
from labeler.ui.review.loading import LoadedItem
from labeler.ui.review.marks import GOLD, SUBMISSION, PaneSpec

#: The panes' titles (translated where the panes are made).
YOURS = QT_TRANSLATE_NOOP("pages.history_item", "Your answer")
EXPECTED = QT_TRANSLATE_NOOP("pages.history_item", "Expected answer")
#: Zoom steps of the keys (the review's).
ZOOM_STEP = 1.25


def expected_of(row: HistoryRow) -> Gold | None:
    """The verdict's expected answer and hint, when the row has a verdict that still
    holds one (a withdrawn verdict's item is gold no more)."""
    gold = row.gold if isinstance(row.gold, dict) else None
    if gold is None or not isinstance(gold.get("expected"), dict):
        return None
    hint = gold.get("hint")
    return Gold(gold["expected"], hint if isinstance(hint, str) and hint.strip() else None)


def _review(row: HistoryRow) -> Review | None:
    review = row.review if isinstance(row.review, dict) else None
    if not review or not isinstance(review.get("decision"), str):
        return None
    who = review.get("reviewer")
    name = who.get("username") if isinstance(who, dict) else who
    reason, comment = review_words(review)
    return Review(
        review["decision"],
        reason if isinstance(reason, str) else None,
        comment if isinstance(comment, str) else None,
        name if isinstance(name, str) else None,
    )


def own_item(row: HistoryRow, got: Submitted) -> LoadedItem:
    """The annotator's submission (and the expected answer of a control item) as the
    review's view takes it, compared field by field."""
    gold = expected_of(row)
    score = row.gold.get("score") if isinstance(row.gold, dict) else None
    if row.gold_failed and not row.missed:  # upheld or withdrawn: no failing score
        score = None
    entry = ReviewEntry(
        id=row.submission_id,
        item_id=got.item.id,
        project_id=got.item.project_id,
        user="you",
        user_id=None,
        status=row.state,
        answer=got.answer,
        skip_reason=got.skip_reason,
        active_ms=row.active_ms,
        submitted_at=row.submitted_at,
        gold_score=float(score) if isinstance(score, int | float) else None,
        schema_version=got.schema_version,
        review=_review(row),
        is_gold=gold is not None,
    )
    item = got.item
    detail = ItemDetail(
        ReviewItem(item.id, item.project_id, item.text, item.data, item.prefill, item.media),
        gold,
        (entry,),
    )
    answers: dict[str, Any] = {row.submission_id: got.answer}
    comparison = compare_item(got.schema, answers, gold.answer if gold else None)
    yours = translate("pages.history_item", YOURS)
    specs = [PaneSpec(row.submission_id, SUBMISSION, yours, got.answer, entry)]
    if gold is not None:
        expected = translate("pages.history_item", EXPECTED)
        specs.append(PaneSpec(GOLD, GOLD, expected, gold.answer))
    return LoadedItem(
        detail, item.project_id, got.schema, got.schema_version, comparison, specs, own=True
    )


class OwnItemView(QWidget):
    """The review's side-by-side view of one's own submission, or a message in its place.
    Zoom and play act on what is shown (keys: the history page's)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownItem")
        self.side = SideBySide(self)
        self.loaded: LoadedItem | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.side)
        self.clear(self.tr("Select a submission to see its item and your answer."))

    def clear(self, message: str) -> None:
        """No item: a sentence in its place (loading, offline, not found)."""
        self.loaded = None
        self.side.clear(message)

    def show_item(self, loaded: LoadedItem, project_name: str) -> None:
        """Draw a submission's item and answers (the media follows)."""
        self.loaded = loaded
        self.side.show_item(loaded, project_name)
        self.side.set_current(None)

    def set_picture(self, image: QImage | None, message: str | None = None) -> None:
        self.side.set_picture(image, message)

    def set_audio(self, peaks: Peaks | None, duration: float, message: str | None) -> None:
        self.side.set_audio(peaks, duration, message)

    def media_message(self, message: str) -> None:
        """Why the picture or waveform is not drawn yet (or at all)."""
        if self.loaded is None:
            return
        media = self.loaded.detail.item.media
        self.side.set_picture(None, message)
        self.side.set_audio(None, (media.duration if media else None) or 0.0, message)

    def zoom(self, factor: float) -> None:
        """Zoom the picture (every pane at once) or the waveform's time axis."""
        self.side.zoom.zoom_by(factor)
        self.side.times.zoom(factor)

    def other_pane(self) -> None:
        """Where the room allows one large pane only (a waveform's, under Urdu's taller
        lines at 1366×768), show the other answer in it."""
        if self.side.shown_pane() is not None:
            self.side.cycle(1)

    def fit(self) -> None:
        self.side.zoom.fit()
        self.side.times.fit()
