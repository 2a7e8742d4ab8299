"""Room on a low screen: the lead's pages at 1366×768 in Nastaliq, whose lines are about
twice as tall as Latin ones. A table keeps a few rows in sight however low its pane gets,
and a box sized in lines is capped in pixels, so that the window never grows past the
screen and no table is left with its header alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


def at_least_rows(table: QTableView, rows: int) -> None:
    """Keep `rows` rows of `table` in sight (the panes around it give way instead)."""
    row = table.verticalHeader().defaultSectionSize()
    head = table.horizontalHeader().sizeHint().height()
    table.setMinimumHeight(head + rows * row + 2 * table.frameWidth())


def lines_high(line: int, lines: int, cap: int, least: int = 2) -> int:
    """The height of `lines` lines of `line` pixels, but no more than `cap` pixels unless
    `least` lines need more: a Latin box keeps its lines, a Nastaliq one gives way."""
    return max(least * line, min(lines * line, cap))
