"""Text that does not fit its widget: the check a translation's length is held to.

A translated word is often longer than the English one; Qt then clips a button's text or
cuts a label off at its edge without a word. `overflowing` walks what is on screen and
names every text widget whose text needs more room than it has. With
`LABELER_CHECK_LAYOUT=1` the workbench runs it on its windows every second and writes
each new finding to the trace (`overflow` events), so the real-window scenario can fail
on a screen where a string does not fit, in each language.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QToolButton,
    QWidget,
)

from labeler.client.trace import Trace

#: Pixels of slack: rounding in Qt's own size hints.
SLACK = 2


@dataclass(frozen=True)
class Overflow:
    """One widget whose text needs `needed` pixels along an axis where it has `has`."""

    widget: str
    text: str
    axis: str
    needed: int
    has: int

    def __str__(self) -> str:
        where = f"{self.widget} {self.text!r}"
        return f"{where}: needs {self.needed} px {self.axis}, has {self.has}"  # notr


def _shown(root: QWidget) -> Iterator[QWidget]:
    if root.isVisible():
        yield root
        for child in root.findChildren(QWidget):
            if child.isVisible() and child.width() > 0 and child.height() > 0:
                yield child


def _name(widget: QWidget) -> str:
    name = type(widget).__name__
    return f"{name}#{widget.objectName()}" if widget.objectName() else name


def _label(label: QLabel) -> Overflow | None:
    text = label.text()
    if not text.strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK and label.sizePolicy().verticalPolicy() != (
            label.sizePolicy().Policy.Ignored
        ):
            return Overflow(_name(label), text, "high", needed, label.height())
        return None
    needed = label.sizeHint().width() - (label.width() - room.width())
    if needed > room.width() + SLACK and label.minimumSizeHint().width() > label.width() + SLACK:
        return Overflow(_name(label), text, "wide", needed, room.width())
    return None


def _button(button: QAbstractButton) -> Overflow | None:
    if not button.text().strip():
        return None
    if isinstance(button, QToolButton) and button.toolButtonStyle() == (
        Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None
    needed = button.sizeHint().width()
    if needed > button.width() + SLACK:
        return Overflow(_name(button), button.text(), "wide", needed, button.width())
    return None


def overflowing(root: QWidget) -> list[Overflow]:
    """The text widgets on screen under `root` (itself included) whose text is cut."""
    found: list[Overflow] = []
    for widget in _shown(root):
        problem: Overflow | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton | QToolButton):
            problem = _button(widget)
        if problem is not None:
            found.append(problem)
    return found


class LayoutWatch(QObject):
    """Checks the application's windows each `interval_ms` and traces new overflows."""

    def __init__(self, trace: Trace, interval_ms: int = 1000) -> None:
        super().__init__()
        self.trace = trace
        self.seen: set[tuple[str, str, str]] = set()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> list[Overflow]:
        # A label whose text just changed has not been laid out again yet (that waits for
        # a posted LayoutRequest): lay everything out first, so only what stays cut counts.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        new: list[Overflow] = []
        for window in QApplication.topLevelWidgets():
            for problem in overflowing(window):
                key = (problem.widget, problem.text, problem.axis)
                if key not in self.seen:
                    self.seen.add(key)
                    new.append(problem)
                    self.trace.event(
                        "overflow",
                        widget=problem.widget,
                        text=problem.text,
                        axis=problem.axis,
                        needed=problem.needed,
                        has=problem.has,
                    )
        return new
