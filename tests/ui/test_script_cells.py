"""An Urdu cell cut short for want of room ends in "…" at its left end, where its words
stop, as Urdu reads; Latin cells keep theirs at the right."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from labeler.client.curation import CuratedItem, ItemView
from labeler.ui.lead.gold.items import ItemList
from labeler.ui.lead.gold.model import ITEM
from labeler.ui.lead.gold.panes import make_table

URDU = "عمران نے لاہور میں پاکستان کرکٹ بورڈ کے دفتر کا دورہ کیا اور کھلاڑیوں سے ملاقات کی۔"
LATIN = "Imran visited the Pakistan Cricket Board's office in Lahore and met the players."


def _ink_runs(image: QImage, rect: QRect) -> list[tuple[int, int, int]]:
    """The runs of inked columns in `rect` of `image`, left to right, as (first column,
    last column, inked rows): a dot of "…" is a run a few pixels wide and high."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    inked = []
    for x in range(rect.left() + 2, rect.right() - 1):
        rows = sum(
            1
            for y in range(rect.top() + 2, rect.bottom() - 1)
            if image.pixelColor(x, y).lightness() < 128
        )
        inked.append((x, rows))
    runs: list[tuple[int, int, int]] = []
    for x, rows in inked:
        if not rows:
            continue
        if runs and runs[-1][1] == x - 1:
            first, _, most = runs[-1]
            runs[-1] = (first, x, max(most, rows))
        else:
            runs.append((x, x, rows))
    return runs


def _dots(runs: list[tuple[int, int, int]]) -> bool:
    """Whether the first two of `runs` are dots of an ellipsis (its third may touch the
    letter beside it)."""
    return len(runs) >= 2 and all(last - first <= 3 and rows <= 4 for first, last, rows in runs[:2])


def _cell_runs(table: QAbstractItemView, row: int, col: int) -> list[tuple[int, int, int]]:
    index = table.model().index(row, col)
    rect = table.visualRect(index)
    assert rect.width() > 100
    return _ink_runs(table.viewport().grab().toImage(), rect)


def test_an_urdu_item_cut_short_in_the_gold_list_ends_at_its_left(qtbot: QtBot) -> None:
    items = ItemList(lambda *a, **k: None)
    qtbot.addWidget(items)
    items.resize(560, 300)
    items.model.set_rows(
        [
            CuratedItem(ItemView(i, text, None, {}, None), None, 0, 0, 0, 0, 0, None, 0)
            for i, text in (("u", URDU), ("e", LATIN))
        ]
    )
    items.table.clearSelection()
    items.show()
    qtbot.waitExposed(items)
    urdu, latin = _cell_runs(items.table, 0, ITEM), _cell_runs(items.table, 1, ITEM)
    assert _dots(urdu) and not _dots(urdu[::-1])  # "…" left of the last word kept
    assert _dots(latin[::-1]) and not _dots(latin)


def test_an_urdu_answer_cut_short_in_a_gold_pane_ends_at_its_left(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    table = make_table(parent, ("Annotator", "Answer"), 1)
    table.resize(420, 160)
    table.setRowCount(2)
    for row, text in enumerate((URDU, LATIN)):
        table.setItem(row, 0, QTableWidgetItem("bilal"))
        table.setItem(row, 1, QTableWidgetItem(text))
    table.setRowHeight(0, 40)
    parent.resize(420, 160)
    parent.show()
    qtbot.waitExposed(parent)
    urdu, latin = _cell_runs(table, 0, 1), _cell_runs(table, 1, 1)
    assert _dots(urdu) and not _dots(urdu[::-1])
    assert _dots(latin[::-1]) and not _dots(latin)


def test_in_a_right_to_left_table_a_latin_cell_cut_short_ends_at_its_right(
    qtbot: QtBot,
) -> None:
    """The Urdu interface mirrors its tables; an English name in one still reads left to
    right, so its "…" is at its right end, and Urdu keeps its own at the left."""
    parent = QWidget()
    parent.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(parent)
    table = make_table(parent, ("Annotator", "Answer"), 1)
    table.resize(420, 160)
    table.setRowCount(2)
    for row, text in enumerate((URDU, LATIN)):
        table.setItem(row, 0, QTableWidgetItem("bilal"))
        table.setItem(row, 1, QTableWidgetItem(text))
    table.setRowHeight(0, 40)
    parent.resize(420, 160)
    parent.show()
    qtbot.waitExposed(parent)
    urdu, latin = _cell_runs(table, 0, 1), _cell_runs(table, 1, 1)
    assert _dots(urdu) and not _dots(urdu[::-1])
    assert _dots(latin[::-1]) and not _dots(latin)
