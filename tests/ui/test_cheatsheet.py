"""The `?` sheet of the real labeling screens (window, labels, item and editor keys) at
laptop sizes: every title and keycap whole and inside the card, groups kept, scrolling
by keyboard and wheel when it does not fit, closing on `?` and Escape."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from labeler.ui.cheatsheet import CheatSheet, _partition
from labeler.ui.window import MainWindow
from tests.ui.conftest import SCHEMAS

SIZES = ((1366, 768), (1024, 600))


def open_sheet(qtbot: QtBot, window: MainWindow) -> CheatSheet:
    editor = window.workbench.editor
    target = getattr(editor, "waveform", editor)  # not the transcript box: `?` types there
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)
    qtbot.keyClick(target, Qt.Key.Key_Question)
    sheet = window.cheatsheet
    qtbot.waitUntil(sheet.isVisible)
    return sheet


def shown_in(sheet: CheatSheet, label: QLabel) -> QRect:
    """Where `label` lies in the sheet's coordinates."""
    return QRect(label.mapTo(sheet, QPoint(0, 0)), label.size())


@pytest.mark.parametrize("media", list(SCHEMAS))
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_title_and_keycap_is_whole_and_inside_the_card(
    qtbot: QtBot, labeling_window: Any, media: str, size: tuple[int, int]
) -> None:
    window = labeling_window(media, size)
    sheet = open_sheet(qtbot, window)
    card = sheet._card.geometry()
    assert sheet.rect().contains(card)
    view = QRect(sheet.area.viewport().mapTo(sheet, QPoint(0, 0)), sheet.area.viewport().size())
    assert sheet.area.horizontalScrollBar().maximum() == 0  # nothing cut on the right
    labels = [w for w in sheet.area.widget().findChildren(QLabel) if w.isVisible()]
    titles = {title for _, rows in sheet.sections() for title, _ in rows}
    assert {w.text() for w in labels} >= titles
    for label in labels:
        text_width = label.fontMetrics().horizontalAdvance(label.text())
        # Whole: as wide as its text in its own font (keycaps: their padding too).
        assert label.contentsRect().width() >= text_width, (label.objectName(), label.text())
        place = shown_in(sheet, label)
        assert view.left() <= place.left() and place.right() <= view.right(), label.text()
    for cap in (w for w in labels if w.objectName() == "keycap"):
        assert cap.width() >= cap.sizeHint().width(), cap.text()  # no "Ctr Shi"
    # Groups are whole: every row sits in the column of its group's heading.
    for group, rows in sheet.sections():
        heading = next(w for w in labels if w.objectName() == "group" and w.text() == group)
        column = shown_in(sheet, heading).left()
        for title, _keys in rows:
            row = next(w for w in labels if w.text() == title)
            assert shown_in(sheet, row).left() >= column
            assert shown_in(sheet, row).top() > shown_in(sheet, heading).top()


def test_a_sheet_taller_than_the_window_scrolls_by_keys_and_wheel(
    qtbot: QtBot, labeling_window: Any
) -> None:
    window = labeling_window("audio", (1024, 600))
    sheet = open_sheet(qtbot, window)
    bar = sheet.area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    assert "scroll" in sheet._hint.text()
    for key, moved in (
        (Qt.Key.Key_Down, lambda v: v > 0),
        (Qt.Key.Key_Up, lambda v: v == 0),
        (Qt.Key.Key_PageDown, lambda v: v >= min(bar.pageStep(), bar.maximum())),
        (Qt.Key.Key_End, lambda v: v == bar.maximum()),
        (Qt.Key.Key_PageUp, lambda v: v == max(0, bar.maximum() - bar.pageStep())),
        (Qt.Key.Key_Home, lambda v: v == 0),
    ):
        qtbot.keyClick(sheet, key)
        assert moved(bar.value()), key
    assert sheet.isVisible() and sheet.hasFocus()
    # The wheel scrolls over the list and beside the card alike.
    for where in (sheet.area.viewport(), sheet):
        before = bar.value()
        point = QPointF(5, 5)
        wheel = QWheelEvent(
            point,
            QPointF(where.mapToGlobal(point.toPoint())),
            QPoint(),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(where, wheel)
        assert bar.value() > before
        bar.setValue(0)
    # A click on the scroll bar scrolls, not closes; a click beside the card closes.
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2, bar.height() - 30)
    )
    assert sheet.isVisible()
    with qtbot.waitSignal(sheet.closed):
        qtbot.mouseClick(sheet, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))


@pytest.mark.parametrize("key", [Qt.Key.Key_Question, Qt.Key.Key_Escape])
def test_the_sheet_closes_on_question_mark_and_escape(
    qtbot: QtBot, labeling_window: Any, key: Qt.Key
) -> None:
    window = labeling_window("text", (1024, 600))
    sheet = open_sheet(qtbot, window)
    with qtbot.waitSignal(sheet.closed):
        qtbot.keyClick(sheet, key)
    assert not sheet.isVisible()


def test_a_larger_window_takes_more_columns_and_scrolls_less(
    qtbot: QtBot, labeling_window: Any
) -> None:
    window = labeling_window("audio", (1024, 600))
    sheet = open_sheet(qtbot, window)
    narrow = sheet._columns.count()
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: sheet.width() == 1366)
    assert sheet._columns.count() >= narrow
    assert sheet._card.width() <= 1366 and sheet.rect().contains(sheet._card.geometry())


def test_partition_keeps_order_and_balances() -> None:
    assert _partition([5, 1, 1, 1, 5], 2) == [[0, 1, 2], [3, 4]] or _partition(
        [5, 1, 1, 1, 5], 2
    ) == [[0, 1], [2, 3, 4]]
    assert _partition([3, 3, 3], 5) == [[0], [1], [2]]
    assert _partition([4], 1) == [[0]] and _partition([], 3) == []


def test_the_image_sheet_names_escape_and_escape_still_goes_back(
    qtbot: QtBot, labeling_window: Any
) -> None:
    """Escape cancels the box being drawn (the canvas takes it then): the sheet says so
    in the Image group, and the workbench's Escape keeps its key, without a conflict."""
    window = labeling_window("image")
    sheet = open_sheet(qtbot, window)
    image = dict(sheet.sections())["Image"]
    assert ("Cancel the box or polygon being drawn; again: hide the crosshair", ("Esc",)) in [
        (title, tuple(k.replace("Escape", "Esc") for k in keys)) for title, keys in image
    ]
    assert window.keymap.keys("gold.back") == window.keymap.keys("image.cancel") != ()
    assert not window.keymap.conflicts()
    assert "image.cancel" not in {a.id for a in window.all_actions() if not a.claimed}


RELABEL = "a label key relabels it"


def test_the_image_sheet_and_the_readme_say_a_label_key_relabels_the_selection(
    qtbot: QtBot, labeling_window: Any
) -> None:
    """With a region selected (Tab), its label key relabels it rather than arming a tool:
    the `?` sheet says so where it names Tab, and so does the README's image row."""
    window = labeling_window("image")
    sheet = open_sheet(qtbot, window)
    image = dict(sheet.sections())["Image"]
    assert (f"Select the next region ({RELABEL})", ("Tab",)) in image
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    (row,) = [line for line in readme.splitlines() if line.startswith("| image |")]
    assert f"Tab selects a region: arrows move it (same steps), {RELABEL}" in row
