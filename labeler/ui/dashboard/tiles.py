"""The dashboard's tiles: one figure each, big, with a line of words under it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from labeler.client.dashboard import Dashboard
from labeler.ui.analytics.chartkit import two_digits
from labeler.ui.i18n import money, number, translate
from labeler.ui.pages.common import BAD, OK, WARN

TILE_STYLE = """
QFrame#tile { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }
QFrame#tile QLabel#tileTitle { color: palette(placeholder-text); font-weight: 600; }
QFrame#tile QLabel#tileValue { font-size: 18pt; font-weight: 600; }
QFrame#tile QLabel#tileNote { color: palette(placeholder-text); }
"""


def hours(active_ms: int) -> str:
    """Active time as `1 h 05 min`, `12 min`, `40 s`."""
    seconds = max(0, active_ms) // 1000
    if seconds < 60:
        return translate("dashboard.tiles", "{seconds} s").format(seconds=number(seconds))
    minutes = seconds // 60
    if minutes < 60:
        return translate("dashboard.tiles", "{minutes} min").format(minutes=number(minutes))
    if minutes // 60 == 1:
        text = translate("dashboard.tiles", "1 h {minutes} min")
    else:
        text = translate("dashboard.tiles", "{hours} h {minutes} min")
    return text.format(hours=number(minutes // 60), minutes=two_digits(minutes % 60))


def pace(value: float | None) -> str:
    return "—" if value is None else number(value, 0 if value >= 10 else 1)


def amount(value: Decimal, currency: str | None) -> str:
    return money(value, currency or "") if currency else "—"


class Tile(QFrame):
    """A title, a value and a note; `accent` colours the value (with words beside it,
    never colour alone)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.title = QLabel(title, self)
        self.title.setObjectName("tileTitle")
        self.value = QLabel("—", self)
        self.value.setObjectName("tileValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)
        self.note.setObjectName("tileNote")
        self.note.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(2)
        column.addWidget(self.title)
        column.addWidget(self.value)
        column.addWidget(self.note)
        column.addStretch(1)
        # Tall as the row: a tile with a line per currency leaves no neighbour shorter.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_figure(self, value: str, note: str = "", accent: str | None = None) -> None:
        self.value.setText(value)
        self.note.setText(note)
        color = {"good": OK, "waiting": WARN, "bad": BAD}.get(accent or "")
        self.value.setStyleSheet(f"color: {color.name()};" if color is not None else "")
        self.setAccessibleName(f"{self.title.text()}: {value}. {note}".strip())


class Tiles(QWidget):
    """Today: items, active time, items per hour, earned; then waiting and rejected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(TILE_STYLE)
        self.items = Tile(self.tr("Items today"), self)
        self.active = Tile(self.tr("Active time today"), self)
        self.pace = Tile(self.tr("Items per hour today"), self)
        self.earned = Tile(self.tr("Earned today"), self)
        self.waiting = Tile(self.tr("Waiting for review"), self)
        self.rejected = Tile(self.tr("Rejected"), self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        for tile in self.tiles():
            row.addWidget(tile)

    def tiles(self) -> list[Tile]:
        return [self.items, self.active, self.pace, self.earned, self.waiting, self.rejected]

    def show_dashboard(self, d: Dashboard) -> None:
        today, totals = d.today, d.totals
        if today.skips:
            skipped = self.tr("{count} skipped").format(count=number(today.skips))
        else:
            skipped = self.tr("none skipped")
        self.items.show_figure(
            number(today.items), skipped if today.items else self.tr("nothing yet today")
        )
        self.active.show_figure(hours(today.active_ms), self.tr("since local midnight"))
        overall = totals.items_per_hour
        self.pace.show_figure(
            pace(today.items_per_hour),
            self.tr("over all your work: {pace}").format(pace=pace(overall))
            if overall is not None
            else "",
        )
        self._earnings(d)

    def _earnings(self, d: Dashboard) -> None:
        """Money one line per currency, each in its own: never added up across them."""
        today, totals = d.today, d.totals
        shown = sorted(today.earnings) or ([d.currency] if d.currency else [])
        if not shown:
            self.earned.show_figure("—", self.tr("no paid work yet"))
        else:
            pending = [
                self.tr("+ {amount} pending").format(amount=amount(today.money(c).pending, c))
                for c in shown
                if today.money(c).pending
            ]
            self.earned.show_figure(
                "\n".join(amount(today.money(c).approved, c) for c in shown),
                "\n".join(pending) or self.tr("accepted work"),
                "good",
            )
        count = totals.pending
        waiting = [
            self.tr("{amount} once accepted").format(amount=amount(m.pending, c))
            for c, m in sorted(totals.earnings.items())
            if m.pending
        ]
        note = "\n".join(waiting) or (self.tr("nothing waiting") if not count else "")
        self.waiting.show_figure(number(count), note, "waiting" if count else None)
        rejected = totals.rejected
        lost = [
            self.tr("{amount} not earned").format(amount=amount(m.rejected, c))
            for c, m in sorted(totals.earnings.items())
            if m.rejected
        ]
        self.rejected.show_figure(
            number(rejected),
            "\n".join(lost) or (self.tr("none") if not rejected else ""),
            "bad" if rejected else None,
        )
