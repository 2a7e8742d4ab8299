"""What the pages share: status colours, number formats, Urdu-safe text, the note line
(and its one-line slot that moves nothing), the thin busy bar and a label that elides
instead of widening its window."""

from __future__ import annotations

import html
import unicodedata
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QModelIndex, QPersistentModelIndex, QSize, Qt, QTime
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from labeler.ui import i18n
from labeler.ui.i18n import translate
from labeler.ui.text.fonts import (
    ARABIC_FAMILIES,
    INTERFACE_FAMILY,
    arabic_runs,
    arabic_style,
    register_fonts,
)

#: Status colours: text on the window background, and a light tint behind it.
OK = QColor("#2e7d32")
OK_TINT = QColor("#e8f5e9")
WARN = QColor("#a15c00")
WARN_TINT = QColor("#fff4e0")
BAD = QColor("#c62828")
BAD_TINT = QColor("#fdecea")
INFO_TINT = QColor("#e8f0fb")

#: Nastaliq reads smaller than Latin at one point size (a little less than in the text
#: editor: a label's line stays close to its neighbours').
ARABIC_SCALE = 1.25

# One look for the pages: headings, muted text, badges and the note line.
PAGE_STYLE = f"""
QLabel#heading {{ font-size: 16pt; font-weight: 600; }}
QLabel#muted {{ color: palette(placeholder-text); }}
QLabel#banner {{
  color: {WARN.name()}; background: {WARN_TINT.name()};
  border: 1px solid #f0d4a8; border-radius: 4px; padding: 6px 10px;
}}
"""


#: The note line's looks, set on the label itself (a hidden label is not re-polished).
NOTE_STYLES = {
    "error": f"color: {BAD.name()}; background: {BAD_TINT.name()};"
    " border-radius: 4px; padding: 6px 10px;",
    "notice": f"background: {INFO_TINT.name()}; border-radius: 4px; padding: 6px 10px;",
}


def label_room() -> str:
    """Style for a page's labels: in a right-to-left interface, a little room on each
    side. Nastaliq letters reach past the width they advance (the stroke of a first ک by
    about 4 px at the interface's size), and a label as wide as its text cut them off."""
    return "QLabel { padding-left: 2px; padding-right: 5px; }" if interface_rtl() else ""


def interface_rtl() -> bool:
    """The interface reads right to left (Urdu)."""
    return i18n.direction() == Qt.LayoutDirection.RightToLeft


def has_arabic(text: str) -> bool:
    """True when `text` has Arabic-script letters (Urdu names, hints)."""
    return next(arabic_runs(text), None) is not None


def is_rtl(text: str) -> bool:
    """True when the first strong character of `text` is right-to-left."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def in_nastaliq(font: QFont) -> bool:
    """Whether `font` is the Urdu interface's (Nastaliq first, already at its size): Urdu in
    it needs no other font and no larger size."""
    families = font.families() or [font.family()]
    return families[0] == INTERFACE_FAMILY


def script_html(text: str) -> str:
    """`text` escaped for Qt rich text, its Arabic-script runs in Nastaliq (Latin keeps
    the font around it); in the Urdu interface, set in Nastaliq already, as it is."""
    if in_nastaliq(QApplication.font()):
        return html.escape(text)
    out, at = [], 0
    for start, end in arabic_runs(text):
        out.append(html.escape(text[at:start]))
        out.append(f'<span style="{arabic_style()}">{html.escape(text[start:end])}</span>')
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def script_font(base: QFont, text: str, scale: float = ARABIC_SCALE) -> QFont:
    """`base`, or for Arabic-script text the bundled Nastaliq first and a little larger
    (DejaVu Sans lacks Urdu's ہ and ے); the Urdu interface's own font as it is."""
    if not has_arabic(text) or in_nastaliq(base) or not register_fonts():
        return base
    font = QFont(base)
    font.setFamilies([*ARABIC_FAMILIES, *base.families()])
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * scale)
    return font


#: Urdu in a table's cell: a little larger than the Latin around it (the row stays a row).
CELL_SCALE = 1.1


def script_row_height(base: QFont) -> int:
    """The height of a table row that holds a line of Urdu in a cell of `base`."""
    return QFontMetrics(script_font(base, "ا", CELL_SCALE)).height() + 4


def set_script_text(label: QLabel, text: str, base: QFont | None = None) -> None:
    """Show `text` in `label` with the right font and reading direction."""
    if base is None:
        parent = label.parentWidget()
        base = parent.font() if parent is not None else QFont()
    label.setFont(script_font(base, text))
    rtl = is_rtl(text)
    label.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    # Absolute: in a right-to-left label a plain AlignRight would mirror to the left.
    label.setAlignment(
        (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        | Qt.AlignmentFlag.AlignAbsolute
        | Qt.AlignmentFlag.AlignVCenter
    )
    label.setText(text)


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make `row` of a row-selecting view current and selected. Not `selectRow`: in a
    right-to-left layout Qt's looks for the column at the viewport's right edge, one
    pixel past the last column when the columns fill the width, and selects nothing."""
    model = view.model()
    if model is not None and 0 <= row < model.rowCount():
        view.setCurrentIndex(model.index(row, 0))


class RowsTable(QTableView):
    """A table read a row at a time: Home and End go to the first and the last row loaded
    (Qt's go to the first and last column of the row, which a row-selecting table does not
    show as a move), as Ctrl+Home and Ctrl+End do."""

    def moveCursor(  # noqa: N802 - Qt's name
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        action = QAbstractItemView.CursorAction
        model = self.model()
        if cursorAction in (action.MoveHome, action.MoveEnd) and model is not None:
            rows = model.rowCount()
            if rows:
                row = 0 if cursorAction == action.MoveHome else rows - 1
                column = max(0, self.currentIndex().column())
                return model.index(row, column)
        return super().moveCursor(cursorAction, modifiers)


class ScriptDelegate(QStyledItemDelegate):
    """Draws a cell in its text's own direction: Urdu as a right-to-left line, from the
    cell's reading edge and cut short with "…" at its left end, where the words stop (in
    the view's left-to-right line the "…" went to the right end, beside the first word,
    as if the text's start were cut); in a right-to-left view, English (a project's name,
    a server's reason) as a left-to-right line on the right, cut at its right end."""

    def initStyleOption(  # noqa: N802 (Qt)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if is_rtl(option.text):
            option.direction = Qt.LayoutDirection.RightToLeft
        elif option.direction == Qt.LayoutDirection.RightToLeft and option.text:
            option.direction = Qt.LayoutDirection.LeftToRight
            option.displayAlignment = (
                Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignVCenter
            )


def money(amount: Decimal, currency: str) -> str:
    """Money as the interface's language writes it (`i18n.money`): `1.20 USD`, in Urdu
    PKR as `Rs1.20`; at least two decimals, more when the amount has them."""
    return i18n.money(amount, currency)


def clock(ms: int) -> str:
    """`m:ss`, or `h:mm:ss` from an hour up (in the locale's digits)."""
    seconds = max(0, int(ms)) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    digits = i18n.locale().toString
    two = [digits(n).rjust(2, digits(0)) for n in (minutes, secs)]
    return f"{digits(hours)}:{two[0]}:{two[1]}" if hours else f"{digits(minutes)}:{two[1]}"


def _local(moment: datetime) -> QDateTime:
    """`moment` in the computer's time zone, as Qt writes dates."""
    local = moment.astimezone()
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )


def moment_text(moment: datetime, seconds: bool = False) -> str:
    """A date and time in the computer's time zone as the interface's language writes
    them (`2026-03-02 14:05`; with `seconds`, `2026-03-02 14:05:09`)."""
    if seconds:
        shape = translate("pages.common", "yyyy-MM-dd HH:mm:ss", "date and time (Qt format)")
    else:
        shape = translate("pages.common", "yyyy-MM-dd HH:mm", "date and time (Qt format)")
    return i18n.locale().toString(_local(moment), shape)


def time_text(moment: datetime) -> str:
    """The time of day of `moment` in the computer's time zone: `14:05`."""
    shape = translate("pages.common", "HH:mm", "time of day (Qt format)")
    return i18n.locale().toString(_local(moment).time(), shape)


def accuracy_text(fraction: float, bar: float | None = None) -> str:
    """An accuracy as `88.0%`, rounded to the nearest tenth; under `bar` (the required
    accuracy in view) it never reads as the bar. Rounded here, written by the locale."""
    return i18n.percent(fraction, 1, bar=bar)


def requirement_text(fraction: float) -> str:
    """A required accuracy as `92%` (as the task server writes it; `92.5%`)."""
    value = round(fraction * 100, 1)
    return i18n.percent(value / 100, 0 if value == int(value) else 1)


class NoteLine(QLabel):
    """One line (wrapping) for an error or a notice; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if not interface_rtl():
            # Selectable, a label draws its text clipped to the text's own width: right to
            # left, the first letter of each line (Nastaliq's ک reaches past its width)
            # would lose its stroke. Its padding gives the letters room only when it is not.
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._kind = ""
        self.hide()

    def show_error(self, message: str) -> None:
        self._show(message, "error")

    def show_notice(self, message: str) -> None:
        self._show(message, "notice")

    def clear_note(self) -> None:
        self.clear()
        self.hide()

    @property
    def kind(self) -> str:
        """`error`, `notice`, or empty when hidden."""
        return self._kind if not self.isHidden() else ""

    def _show(self, message: str, kind: str) -> None:
        self._kind = kind
        self.setStyleSheet(NOTE_STYLES[kind])
        set_script_text(self, message)
        self.show()


def busy_bar(parent: QWidget | None = None) -> QProgressBar:
    """A thin indeterminate bar, hidden until a long operation runs."""
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setFixedHeight(4)
    bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    bar.hide()
    return bar


class ElidedLabel(QLabel):
    """A plain one-line label that elides its end when short of room, so a long
    message never forces its window wider; the full text is in `text()` and the tip."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(
            self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height()
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt)
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        # The style sheet's background and border, as QLabel would draw them.
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()), shown)


class NoteSlot(ElidedLabel):
    """The note line's words in a place kept for them (the spare width of a row): one
    line, cut with "…" when long and whole in the tooltip. Clearing empties it and never
    hides it, so showing or clearing a note moves nothing beside or below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() + 12)  # the styles' padding
        self._kind = ""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        # Whatever room the row has: a long note is cut, it never widens the row.
        return self.minimumSizeHint()

    def show_error(self, message: str) -> None:
        self._show(message, "error")

    def show_notice(self, message: str) -> None:
        self._show(message, "notice")

    def clear_note(self) -> None:
        self._kind = ""
        self.setStyleSheet("")
        self.setToolTip("")
        self.clear()

    @property
    def kind(self) -> str:
        """`error`, `notice`, or empty when clear."""
        return self._kind

    def _show(self, message: str, kind: str) -> None:
        self._kind = kind
        self.setStyleSheet(NOTE_STYLES[kind])
        set_script_text(self, message)
        self.setToolTip(message)
