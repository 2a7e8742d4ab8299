"""The layout check finds text cut by its widget, and nothing in widgets that fit."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from labeler.client.trace import Trace
from labeler.ui.layoutcheck import LayoutWatch, overflowing


def _shown(qtbot: QtBot, *widgets: QWidget) -> QWidget:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    for w in widgets:
        layout.addWidget(w)
    host.show()
    qtbot.waitExposed(host)
    return host


def test_a_button_too_narrow_for_its_text_is_found(qtbot: QtBot) -> None:
    button = QPushButton("Upload every answer now")
    button.setFixedWidth(60)
    host = _shown(qtbot, button)
    [found] = overflowing(host)
    assert found.text == "Upload every answer now" and found.axis == "wide"
    assert found.needed > found.has == 60


def test_a_label_cut_at_its_edge_is_found_and_a_wrapped_one_that_fits_is_not(
    qtbot: QtBot,
) -> None:
    cut = QLabel("A sentence far longer than its box")
    cut.setFixedWidth(50)
    wraps = QLabel("A sentence that wraps onto lines of its own in a box that grows")
    wraps.setWordWrap(True)
    host = _shown(qtbot, cut, wraps)
    host.resize(200, 300)
    qtbot.wait(10)
    assert [f.text for f in overflowing(host)] == ["A sentence far longer than its box"]


def test_a_wrapped_label_without_the_height_it_needs_is_found(qtbot: QtBot) -> None:
    label = QLabel("Words " * 40)
    label.setWordWrap(True)
    label.setFixedSize(120, 20)
    [found] = overflowing(_shown(qtbot, label))
    assert found.axis == "high"


def test_what_fits_is_not_reported(qtbot: QtBot) -> None:
    row = QWidget()
    line = QHBoxLayout(row)
    line.addWidget(QLabel("Name"))
    line.addWidget(QPushButton("Save"))
    assert overflowing(_shown(qtbot, row)) == []


def test_the_watch_traces_each_overflow_once(qtbot: QtBot) -> None:
    import io
    import json

    stream = io.StringIO()
    button = QPushButton("Upload every answer now")
    button.setFixedWidth(60)
    host = _shown(qtbot, button)
    watch = LayoutWatch(Trace(stream), interval_ms=60_000)
    assert len(watch.check()) == 1
    assert watch.check() == []
    [event] = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert event["event"] == "overflow" and event["text"] == "Upload every answer now"
    host.close()


def test_a_text_longer_than_before_is_judged_once_laid_out_again(qtbot: QtBot) -> None:
    import io

    label = QLabel("Gold")
    row = QWidget()
    line = QHBoxLayout(row)
    line.addWidget(label)
    line.addStretch(1)
    host = _shown(qtbot, row)
    host.resize(600, 100)
    qtbot.wait(20)
    label.setText("Gold calibrating 1/20, a longer text")  # the layout has not run yet
    watch = LayoutWatch(Trace(io.StringIO()), interval_ms=60_000)
    assert watch.check() == []
    host.close()
