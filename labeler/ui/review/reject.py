"""The reject dialog: a reason from a short list (the annotator reads it), an optional
comment. Digits pick a reason, Enter rejects, Escape cancels (`pages.reasons`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from labeler.ui.pages.reasons import OTHER, ReasonDialog, html

#: The reasons a reviewer picks from, in order (digits 1–7).
REASONS = (
    "Wrong label",
    "Missed objects",
    "Imprecise boxes",
    "Incomplete transcript",
    "Did not follow instructions",
    "Spam or random answers",
    OTHER,
)
MAX_COMMENT = 10_000


class RejectDialog(ReasonDialog):
    """Asks why; `rejected_with(reason, comment)` when the reviewer confirms."""

    rejected_with = Signal(str, str)

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(REASONS, MAX_COMMENT, parent)
        self.setObjectName("rejectDialog")
        self.reasons.setObjectName("rejectReasons")
        self.comment.setObjectName("rejectComment")
        self.reject_button = self.confirm_button
        self.set_words(
            self.tr("Reject submission"),
            self.tr("Why is the submission by <b>%s</b> rejected?") % html(who),
            self.tr("Reject"),
            self.tr("rejects"),
            self.tr("Comment for the annotator (optional)"),
            self.tr("Say in the comment what was wrong."),
        )
        self.chosen.connect(self.rejected_with)
