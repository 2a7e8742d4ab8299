"""The problems of the schema under edit, one line each with its path; Enter or a double
click on one puts the keyboard on the input it concerns."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from labeler.core.problems import Problem
from labeler.ui import messages
from labeler.ui.i18n import isolate, number
from labeler.ui.lead.room import lines_high

PATH_ROLE = Qt.ItemDataRole.UserRole
OK_STYLE = "color: #2e7d32; font-weight: 600;"
BAD_STYLE = "color: #c62828; font-weight: 600;"
VISIBLE_ROWS = 4
#: ... at most this high (`room`): four Nastaliq rows would push the schema editor past a
#: 768-pixel screen (then at least two show).
MAX_LIST_HEIGHT = 100


class ProblemList(QWidget):
    """`set_problems(problems, source)`; `activated(path)` when one is chosen."""

    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Problems of the schema"))
        self.list.itemActivated.connect(lambda item: self.activated.emit(item.data(PATH_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        # Always the same height, with or without problems: the editor above it (its
        # buttons, its tables) never moves when a problem appears or goes; more than
        # fit scroll.
        row = self.list.fontMetrics().height() + 6
        rows = lines_high(row, VISIBLE_ROWS, MAX_LIST_HEIGHT)
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 4)
        self.problems: tuple[Problem, ...] = ()
        self.set_problems([])

    def set_problems(self, problems: Sequence[Problem], source: str = "") -> None:
        """Show `problems`; `source` says where they come from when not the live check
        (e.g. "The task server refused the schema")."""
        self.problems = tuple(problems)
        self.list.clear()
        for problem in problems:
            path = problem.path or self.tr("(the schema)")
            said = messages.problem_text(problem)
            item = QListWidgetItem(f"{isolate(path)}  —  {said}", self.list)
            item.setData(PATH_ROLE, problem.path)
            item.setForeground(QBrush(QColor("#8a1c13")))
            item.setToolTip(self.tr("Enter goes to the input"))
        count = len(problems)
        if not count:
            calm = QListWidgetItem(self.tr("Nothing to fix."), self.list)
            calm.setFlags(Qt.ItemFlag.NoItemFlags)
            self.heading.setText(self.tr("No problems: the schema is valid."))
            self.heading.setStyleSheet(OK_STYLE)
        else:
            if count == 1:
                said = self.tr("1 problem")
            else:
                said = self.tr("{n} problems").format(n=number(count))
            if source:
                said = self.tr("{source}: {problems}").format(source=source, problems=said)
            self.heading.setText(said)
            self.heading.setStyleSheet(BAD_STYLE)
