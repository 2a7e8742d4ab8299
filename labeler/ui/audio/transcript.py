"""The transcript box of a `transcript` field and, under it, the word diff against gold.

Typing is reported as the whole text (the editor folds it into one undo step per
run of typing). The box has no undo of its own: the draft's history is the only
one. Keys bound to actions that work while typing (play, seek, mark) reach the
workbench's shortcuts instead of moving the cursor.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QGuiApplication, QKeyEvent, QKeySequence, QTextOption
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from labeler.core.worddiff import WordDiff, word_diff
from labeler.ui.i18n import isolate, number, paragraph, percent, translate
from labeler.ui.text.fonts import ArabicSizer, arabic_style, text_font

# Undo and redo belong to the draft (the workbench's Ctrl+Z), never to the box.
_ALWAYS_PASSED = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
DIFF_DELAY_MS = 120


def is_rtl(text: str) -> bool:
    """True when the first letter with a direction is right-to-left (Urdu, Arabic)."""
    return text_direction(text) == Qt.LayoutDirection.RightToLeft


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first letter that has one; None when no letter has."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return None


class TranscriptBox(QPlainTextEdit):
    """Plain-text box that reads right-to-left when its text starts in Urdu or Arabic."""

    edited = Signal(str)
    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._silent = False
        self._passed: list[QKeySequence] = []
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("Type what is said…"))
        option = self.document().defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        size = self.font().pointSizeF() * 1.25
        self.setFont(text_font(size))
        self._sizer = ArabicSizer(self.document(), size)  # Urdu in Nastaliq
        lines = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(3 * lines + 12)
        self.setMaximumHeight(7 * lines + 12)
        self._set_direction(QGuiApplication.layoutDirection())
        self.textChanged.connect(self._on_text_changed)

    def _set_direction(self, direction: Qt.LayoutDirection) -> None:
        """Read, align and move the cursor in `direction`."""
        self.setLayoutDirection(direction)
        option = self.document().defaultTextOption()
        option.setTextDirection(direction)
        rtl = direction == Qt.LayoutDirection.RightToLeft
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        self.document().setDefaultTextOption(option)

    def set_passed_keys(self, keys: Iterable[str]) -> None:
        """Key sequences ("Ctrl+Space") the box leaves to shortcuts while it has focus."""
        self._passed = [QKeySequence(k) for k in keys]

    def set_text(self, text: str) -> None:
        """Show `text` without reporting it as typed (a new item, an undo)."""
        if self.toPlainText() == text:
            return
        self._silent = True
        try:
            self.setPlainText(text)
            self.moveCursor(self.textCursor().MoveOperation.End)
        finally:
            self._silent = False

    def _on_text_changed(self) -> None:
        text = self.toPlainText()
        # QPlainTextEdit aligns every paragraph to the left unless told the text's
        # direction: an Urdu transcript must read, and align, from the right, an English
        # one from the left, whatever the interface's language; an empty box (and its
        # placeholder) follows the interface.
        direction = text_direction(text) or QGuiApplication.layoutDirection()
        if direction != self.layoutDirection():
            self._set_direction(direction)
        if not self._silent:
            self.edited.emit(text)

    def _is_passed(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        if any(event.matches(key) for key in _ALWAYS_PASSED):
            return True
        return any(
            key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for key in self._passed
        )

    def event(self, event: QEvent) -> bool:
        # Ignoring ShortcutOverride lets the shortcut fire; unbound keys still
        # arrive as key presses afterwards.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if self._is_passed(event):
                event.ignore()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._is_passed(event):
            event.ignore()  # let it travel up to whoever handles the key
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class WordDiffView(QLabel):
    """The gold feedback of a transcript: every word, with what differs marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.diff: WordDiff | None = None
        self.hide()

    def show_diff(self, diff: WordDiff | None, rtl: bool) -> None:
        """Render `diff` (None hides the view)."""
        self.diff = diff
        if diff is None:
            self.clear()
            self.hide()
            return
        self.setText(render_diff(diff, rtl))
        self.show()


_MISSING = "background-color:#ffe08a; color:#5d4000; text-decoration:underline"
_EXTRA = "color:#c62828; text-decoration:line-through"
_EXPECTED = "color:#1b5e20; font-weight:600; background-color:#dcedc8"


def _words(words: Iterable[str], style: str = "") -> str:
    text = html.escape(" ".join(words))
    return f"<span style='{style}'>{text}</span>" if style else text


def render_diff(diff: WordDiff, rtl: bool) -> str:
    """The diff as Qt rich text: a summary line, then the words marked."""
    if diff.is_exact:
        summary = translate("audio.transcript", "<b>Gold transcript:</b> every word matches.")
    else:
        counts = (
            (diff.missing, translate("audio.transcript", "{count} missing")),
            (diff.extra, translate("audio.transcript", "{count} extra")),
            (diff.changed, translate("audio.transcript", "{count} changed")),
        )
        parts = [said.format(count=number(count)) for count, said in counts if count]
        total = max(1, diff.expected_words)
        comma = translate("audio.transcript", ", ", "between the counts of word errors")
        summary = translate(
            "audio.transcript",
            "<b>Gold transcript:</b> {errors} word errors ({counts}; WER {rate}) · {missing}"
            " {extra} {expected}",
        ).format(
            errors=number(diff.errors),
            counts=comma.join(parts),
            rate=percent(diff.errors / total),
            missing=_words([translate("audio.transcript", "missing")], _MISSING),
            extra=_words([translate("audio.transcript", "extra")], _EXTRA),
            expected=_words([translate("audio.transcript", "expected")], _EXPECTED),
        )
    runs = []
    for op in diff.ops:
        if op.kind == "same":
            runs.append(_words(op.actual))
        elif op.kind == "missing":
            runs.append(_words(op.expected, _MISSING))
        elif op.kind == "extra":
            runs.append(_words(op.actual, _EXTRA))
        else:
            runs.append(_words(op.actual, _EXTRA) + " " + _words(op.expected, _EXPECTED))
    direction = "rtl" if rtl else "ltr"
    align = "right" if rtl else "left"
    style = arabic_style(1.5) if rtl else "font-size: large"  # notr: a style
    return (
        f"<div>{summary}</div>"
        f"<div dir='{direction}' align='{align}' style=\"{style}\">{' '.join(runs)}</div>"
    )


class TranscriptPanel(QWidget):
    """One transcript field: its title, its box and its gold diff."""

    def __init__(self, field: str, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._title = title
        self.title = QLabel(self)
        self.set_hint(hint)
        self.box = TranscriptBox(self)
        self.box.setAccessibleName(title)
        self.diff_view = WordDiffView(self)
        self.expected: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DIFF_DELAY_MS)
        self._timer.timeout.connect(self.update_diff)
        self.box.textChanged.connect(self._schedule_diff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.box)
        layout.addWidget(self.diff_view)

    def set_hint(self, hint: str) -> None:
        """The keys named beside the title (after the user rebound them)."""
        title = html.escape(self._title)
        said = f"{isolate(f'<b>{title}</b>')} &nbsp; <small>{html.escape(hint)}</small>"
        self.title.setText(paragraph(said))

    def set_expected(self, expected: str | None) -> None:
        """Compare with `expected` from now on (None: hide the diff)."""
        self.expected = expected
        self.update_diff()

    def update_diff(self) -> None:
        self._timer.stop()
        if self.expected is None:
            self.diff_view.show_diff(None, False)
            return
        diff = word_diff(self.expected, self.box.toPlainText())
        self.diff_view.show_diff(diff, is_rtl(self.expected))

    def _schedule_diff(self) -> None:
        if self.expected is not None:
            self._timer.start()
