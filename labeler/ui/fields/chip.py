"""A label chip: the label's text with its hotkey badge, filled when chosen."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QWidget

from labeler.ui.i18n import paragraph

#: The mark of an expected (gold) value: a dashed ring and a tick, in one colour.
EXPECTED_COLOR = QColor("#b8860b")
_PAD = 6
_GAP = 5


def _readable_on(color: QColor) -> QColor:
    """Black or white, whichever reads better on `color`."""
    luma = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor("black") if luma > 150 else QColor("white")


class LabelChip(QAbstractButton):
    """One label of a field. Checked when it is (part of) the answer; `expected`
    marks it as the gold answer. Takes no focus: keys go through hotkeys."""

    def __init__(
        self, text: str, key: str | None, color: QColor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setText(text)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.key: str | None = None
        self.color = color
        self._expected = False
        # Said after the expected mark's tick: what the expected answer is beyond this
        # label ("much better" on a chip that reads "B is better").
        self._note = ""
        # The expected mark's tick drawn in the key's badge, not after the text: a
        # chip whose room is counted (a preference's side) keeps its width.
        self.tick_on_badge = False
        self.set_key(key)

    def set_key(self, key: str | None) -> None:
        """Show `key` in the badge (None: no badge), e.g. after the user rebound it."""
        self.key = key
        said = self.tr("{label} (key {key})").format(label=self.text(), key=key)
        self.setToolTip(paragraph(said) if key else self.text())
        self.updateGeometry()
        self.update()

    @property
    def expected(self) -> bool:
        return self._expected

    def set_expected(self, expected: bool, note: str = "") -> None:
        """Mark (or unmark) this label as the expected answer; `note` follows the mark's
        tick when the expected answer says more than the label does."""
        note = note if expected else ""
        if expected != self._expected or note != self._note:
            self._expected = expected
            self._note = note
            self.updateGeometry()
            self.update()

    def _mark(self) -> str:
        """What follows the label's text: the expected mark, with its note."""
        if not self._expected:
            return ""
        if self.tick_on_badge and self.key:
            return f" · {self._note}" if self._note else ""
        return f" ✓ {self._note}" if self._note else " ✓"

    def _badge_width(self) -> int:
        if not self.key:
            return 0
        return self.fontMetrics().horizontalAdvance(self.key) + 8 + _GAP

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = _PAD * 2 + self._badge_width() + metrics.horizontalAdvance(self.text())
        if self._expected:
            width += metrics.horizontalAdvance(self._mark())
        return QSize(width, metrics.height() + 10)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, e: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        box = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        fill = self.color if self.isChecked() else palette.base().color()
        if self.isDown() or (self.underMouse() and not self.isChecked()):
            fill = fill.darker(108)
        border = QPen(self.color.darker(120) if self.isChecked() else palette.mid().color(), 1)
        if self._expected:
            border = QPen(EXPECTED_COLOR, 2, Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 5, 5)
        ink = _readable_on(fill) if self.isChecked() else palette.text().color()
        # Laid out from the left, then mirrored in a right-to-left layout: the badge
        # leads, on the side reading starts from.
        x = box.left() + _PAD
        if self.key:
            badge = QRectF(x, box.top() + 4, self._badge_width() - _GAP, box.height() - 8)
            badge = self._visual(badge)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink if self.isChecked() else palette.mid().color())
            painter.drawRoundedRect(badge, 3, 3)
            painter.setPen(fill if self.isChecked() else palette.base().color())
            ticked = self._expected and self.tick_on_badge
            if ticked:
                painter.setPen(EXPECTED_COLOR)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "✓" if ticked else self.key)
            x = box.left() + _PAD + self._badge_width()
        painter.setPen(ink)
        text = self.text() + self._mark()
        rest = self._visual(QRectF(x, box.top(), box.right() - x, box.height()))
        # Leading: the label's text starts next to the badge, whichever side that is.
        painter.drawText(rest, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.end()

    def _visual(self, rect: QRectF) -> QRectF:
        """`rect`, laid out left to right, where it goes in this chip's direction."""
        if not self.isRightToLeft():
            return rect
        mirrored = QRectF(rect)
        mirrored.moveRight(self.width() - rect.left())
        return mirrored
