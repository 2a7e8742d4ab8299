"""The skip dialog: why an item is skipped, from numbered reasons as the review's reject
dialog asks (`pages.reasons`); the reviewer reads the reason, and the comment after it.

The reasons keep their digits for every media kind, so a hand learns them once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QWidget

from labeler.ui.i18n import translate
from labeler.ui.pages.reasons import OTHER, ReasonDialog

#: What the first reason says, by the schema's media. The reasons are sent in English
#: (the reviewer's words); the dialog shows them in the interface's language
#: (`ReasonDialog` translates each, in the context of `SkipDialog`).
NOT_SHOWN = {
    "image": QT_TRANSLATE_NOOP("SkipDialog", "Image does not load"),
    "text": QT_TRANSLATE_NOOP("SkipDialog", "Text does not show properly"),
    "audio": QT_TRANSLATE_NOOP("SkipDialog", "Audio does not play"),
}
#: The reasons after the first, in order.
REASONS = (
    QT_TRANSLATE_NOOP("SkipDialog", "Cannot tell"),
    QT_TRANSLATE_NOOP("SkipDialog", "Not in my language"),
    QT_TRANSLATE_NOOP("SkipDialog", "Offensive or unsafe content"),
    OTHER,
)
#: The protocol's limit on a skip reason.
MAX_REASON = 2000


def skip_reasons(media: str) -> tuple[str, ...]:
    """The reasons offered for an item of `media`, in order (digits 1–5)."""
    return (NOT_SHOWN.get(media, NOT_SHOWN["image"]), *REASONS)


def reason_text(reason: str, comment: str) -> str:
    """The skip reason sent: `Cannot tell: the boxes overlap`, or the reason alone."""
    return f"{reason}: {comment}" if comment else reason


def shown_reason(sent: str) -> str:
    """A skip reason as sent (`reason_text`, in English) in the interface's language: the
    chosen reason translated, the comment as it was typed."""
    for reason in (*NOT_SHOWN.values(), *REASONS):
        if sent == reason or sent.startswith(f"{reason}: "):
            # "Other" is the reason dialog's own word.
            context = "ReasonDialog" if reason == OTHER else "SkipDialog"
            return translate(context, reason) + sent[len(reason) :]
    return sent


class SkipDialog(ReasonDialog):
    """Asks why the item is skipped; `skipped_with(text)` with the reason to send (the
    chosen reason, then the comment). An item whose media failed starts on the first
    reason with the failure as the comment."""

    skipped_with = Signal(str)

    def __init__(
        self, media: str, media_error: str | None = None, parent: QWidget | None = None
    ) -> None:
        reasons = skip_reasons(media)
        longest = max(len(r) for r in reasons)
        super().__init__(reasons, MAX_REASON - longest - 2, parent)
        self.setObjectName("skipDialog")
        self.reasons.setObjectName("skipReasons")
        self.comment.setObjectName("skipComment")
        self.skip_button = self.confirm_button
        self.set_words(
            self.tr("Skip this item"),
            self.tr("Why skip this item? The reviewer reads your reason."),
            self.tr("Skip"),
            self.tr("skips"),
            self.tr("What the reviewer should know (optional)"),
            self.tr("Say in the comment why you skip it."),
        )
        if media_error:
            self.comment.setText(media_error[: self.comment.maxLength()])
        self.chosen.connect(
            lambda reason, comment: self.skipped_with.emit(reason_text(reason, comment))
        )


def ask_skip(
    parent: QWidget, media: str, media_error: str | None, skipped: Callable[[str], object]
) -> SkipDialog:
    """Open the skip dialog over `parent` (never blocking): `skipped(reason)` once the
    annotator confirms; nothing on Escape."""
    dialog = SkipDialog(media, media_error, parent)
    dialog.skipped_with.connect(skipped)
    # The keyboard goes back to the item, also where nothing hands the window focus back.
    dialog.finished.connect(lambda _result: parent.window().activateWindow())
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog
