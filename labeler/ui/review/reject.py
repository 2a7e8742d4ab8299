"""The reject dialog: a reason from a short list (the annotator reads it), an optional
comment. Digits pick a reason, Enter rejects, Escape cancels (`pages.reasons`).

A reason is sent in English, as listed, and read in the reader's language wherever it is
shown (`reason_words`): the reviewer and the annotator may not share one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QWidget

from labeler.ui.i18n import translate
from labeler.ui.pages.reasons import OTHER, ReasonDialog, html

#: The reasons a reviewer picks from, in order (digits 1–7); the dialog shows each
#: through `tr`, which looks under this class's name first.
REASONS = (
    QT_TRANSLATE_NOOP("RejectDialog", "Wrong label"),
    QT_TRANSLATE_NOOP("RejectDialog", "Missed objects"),
    QT_TRANSLATE_NOOP("RejectDialog", "Imprecise boxes"),
    QT_TRANSLATE_NOOP("RejectDialog", "Incomplete transcript"),
    QT_TRANSLATE_NOOP("RejectDialog", "Did not follow instructions"),
    QT_TRANSLATE_NOOP("RejectDialog", "Spam or random answers"),
    OTHER,
)
#: The reason of a submission its gold verdict rejected (`labeler.client.history.MISSED`).
VERDICT = QT_TRANSLATE_NOOP("RejectDialog", "missed a control item")
MAX_COMMENT = 10_000
#: Where the dialogs' reasons are translated: this one's, then the shared "Other".
_CONTEXTS = ("RejectDialog", "ReasonDialog")


def reason_words(reason: str | None) -> str:
    """A rejection's reason in the interface's language; one not listed here (typed by
    an older workbench, or a server's words) as it was sent."""
    if not reason:
        return ""
    for context in _CONTEXTS:
        shown = translate(context, reason)
        if shown != reason:
            return shown
    return reason


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
            self.tr("Why is the submission by <b>{user}</b> rejected?").format(user=html(who)),
            self.tr("Reject"),
            self.tr("rejects"),
            self.tr("Comment for the annotator (optional)"),
            self.tr("Say in the comment what was wrong."),
        )
        self.chosen.connect(self.rejected_with)
