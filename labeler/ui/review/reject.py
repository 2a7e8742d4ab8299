"""The reject dialog: a reason from a short list (the annotator reads it), an optional
comment. The list fits the schema: each field kind adds its reasons (missed objects for
boxes, a worse answer preferred for a pairwise field…), then come the generic ones.
Digits pick a reason, Enter rejects, Escape cancels (`pages.reasons`).

A reason is sent in English, as listed, and read in the reader's language wherever it is
shown (`reason_words`): the reviewer and the annotator may not share one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QWidget

from labeler.core.schema import Schema
from labeler.ui.i18n import translate
from labeler.ui.pages.reasons import OTHER, ReasonDialog, html

WRONG_LABEL = QT_TRANSLATE_NOOP("RejectDialog", "Wrong label")
MISSED_OBJECTS = QT_TRANSLATE_NOOP("RejectDialog", "Missed objects")
IMPRECISE_BOXES = QT_TRANSLATE_NOOP("RejectDialog", "Imprecise boxes")
INCOMPLETE_TRANSCRIPT = QT_TRANSLATE_NOOP("RejectDialog", "Incomplete transcript")
WORSE_PREFERRED = QT_TRANSLATE_NOOP("RejectDialog", "Preferred the worse answer")
RANKING_OUT_OF_ORDER = QT_TRANSLATE_NOOP("RejectDialog", "Ranking out of order")
RATINGS_OFF = QT_TRANSLATE_NOOP("RejectDialog", "Ratings off")
REASON_UNSUPPORTED = QT_TRANSLATE_NOOP("RejectDialog", "Reason does not support the choice")
MISSED_FLAG = QT_TRANSLATE_NOOP("RejectDialog", "Missed a flag")
RECORD_NOT_CHECKED = QT_TRANSLATE_NOOP("RejectDialog", "Record not checked against the item")
RECORD_NOT_CHECKED_PHOTO = QT_TRANSLATE_NOOP("RejectDialog", "Record not checked against the photo")
#: The reasons every submission may be rejected for, last in the list.
GENERIC = (
    QT_TRANSLATE_NOOP("RejectDialog", "Did not follow instructions"),
    QT_TRANSLATE_NOOP("RejectDialog", "Spam or random answers"),
    OTHER,
)
#: The reasons a field of each kind adds, before the generic ones (`reasons_for`).
KIND_REASONS: dict[str, tuple[str, ...]] = {
    "choice": (WRONG_LABEL,),
    "multichoice": (WRONG_LABEL,),
    "rating": (WRONG_LABEL,),
    "text": (WRONG_LABEL,),
    "boxes": (WRONG_LABEL, MISSED_OBJECTS, IMPRECISE_BOXES),
    "polygons": (WRONG_LABEL, MISSED_OBJECTS, IMPRECISE_BOXES),
    "points": (WRONG_LABEL, MISSED_OBJECTS),
    "spans": (WRONG_LABEL, MISSED_OBJECTS),
    "segments": (WRONG_LABEL, MISSED_OBJECTS),
    "transcript": (INCOMPLETE_TRANSCRIPT,),
    "pairwise": (WORSE_PREFERRED,),
    "ranking": (RANKING_OUT_OF_ORDER,),
    "criteria": (RATINGS_OFF,),
    "rationale": (REASON_UNSUPPORTED,),
    "flags": (MISSED_FLAG,),
    "record": (RECORD_NOT_CHECKED,),
}
#: Digits 1–9 pick a reason: no more are listed.
MAX_REASONS = 9
#: The reasons when the schema is not known (the dialog shows each through `tr`, which
#: looks under this class's name first).
REASONS = (WRONG_LABEL, MISSED_OBJECTS, IMPRECISE_BOXES, INCOMPLETE_TRANSCRIPT, *GENERIC)
#: Every reason the dialog may list, for a schema of any kinds.
EVERY_REASON = tuple(
    dict.fromkeys(
        (*(r for rs in KIND_REASONS.values() for r in rs), RECORD_NOT_CHECKED_PHOTO, *GENERIC)
    )
)


def reasons_for(schema: Schema | None) -> tuple[str, ...]:
    """The reasons offered for a submission under `schema`: those its fields' kinds add,
    in the fields' order and once each (a record beside a photo says the photo), then
    the generic ones; today's list when the schema is not known."""
    if schema is None:
        return REASONS
    own: dict[str, None] = {}
    for f in schema.fields:
        for reason in KIND_REASONS.get(f.kind, ()):
            if reason == RECORD_NOT_CHECKED and schema.media == "image":
                reason = RECORD_NOT_CHECKED_PHOTO
            own[reason] = None
    return (*list(own)[: MAX_REASONS - len(GENERIC)], *GENERIC)


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
    """Asks why (`reasons`: those of the submission's schema, `reasons_for`);
    `rejected_with(reason, comment)` when the reviewer confirms."""

    rejected_with = Signal(str, str)

    def __init__(
        self, who: str, parent: QWidget | None = None, reasons: tuple[str, ...] = REASONS
    ) -> None:
        super().__init__(reasons, MAX_COMMENT, parent)
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
