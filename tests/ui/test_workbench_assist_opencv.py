"""The shipped OpenCV assist in the workbench, on the demo's street-outlines project: with
the car's label armed, the crosshair moved onto the car by the arrows and Shift+Space, a
polygon is proposed around the car (checked against the box the scene was drawn with),
Enter takes it into the answer, and Ctrl+Z takes it back."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labeler.client.workitem import MediaInfo, WorkItem
from labeler.server.demo.outlines import SCHEMA, outlines_project
from labeler.ui.workbench.plugins import PluginShelf
from tests.ui.labeling import open_labeling

opencv_assist = pytest.importorskip("labeler_opencv_assist")

#: The demo item of one car alone (960 × 640).
ITEM = 4


def _press(qtbot: QtBot, key: Qt.Key, mods: Any = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, mods)


def _move_to(qtbot: QtBot, keys: Any, x: int, y: int) -> None:
    """The crosshair to (x, y) by arrows: Ctrl 50 px, Shift 10, plain 1."""
    steps = (
        (50, Qt.KeyboardModifier.ControlModifier),
        (10, Qt.KeyboardModifier.ShiftModifier),
        (1, Qt.KeyboardModifier.NoModifier),
    )
    for size, mods in steps:
        while abs(x - keys.at[0]) >= size:
            _press(qtbot, Qt.Key.Key_Right if x > keys.at[0] else Qt.Key.Key_Left, mods)
        while abs(y - keys.at[1]) >= size:
            _press(qtbot, Qt.Key.Key_Down if y > keys.at[1] else Qt.Key.Key_Up, mods)
    assert keys.at == (x, y)


def _iou(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    area = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1])
    return w * h / (area - w * h)


def test_a_click_on_a_demo_car_proposes_its_outline_and_enter_takes_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    demo = outlines_project(7).items[ITEM]
    path = tmp_path / demo.media.filename
    path.write_bytes(demo.media.content)
    info = MediaInfo(hashlib.sha256(demo.media.content).hexdigest(), "image/jpeg", 1, "", 960, 640)
    item = WorkItem("outline-4", "b1", "p1", 1, media=info, display_path=path)
    window, session, workspace = open_labeling(
        qtbot, "image", tmp_path, schema_json=SCHEMA, items=[item]
    )
    session.set_plugins(PluginShelf.of(window.runner, [opencv_assist.plugin()]))
    session.actions_changed.emit()
    [car] = [o for o in demo.truth["outlines"] if o["label"] == "car"]
    (x0, y0), _, (x1, y1), _ = car["points"]  # the box the scene drew the car in

    _press(qtbot, Qt.Key.Key_C)  # the car's key: the polygon tool and the crosshair
    keys = session.editor.keydraw
    _move_to(qtbot, keys, round((x0 + x1) / 2), round((y0 + y1) / 2))
    _press(qtbot, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: session.assists.pending is not None, timeout=10000)
    proposal = session.assists.pending.proposal()
    points = proposal.value["points"]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    assert proposal.value["label"] == "car" and len(points) >= 4
    assert _iou((min(xs), min(ys), max(xs), max(ys)), (x0, y0, x1, y1)) > 0.8
    assert 0 < proposal.confidence <= 1
    assert "Outline the object under a click proposes car" in window.workbench.assist_note.text()

    _press(qtbot, Qt.Key.Key_Return)
    assert session.draft.regions("outlines") == [proposal.value]
    _press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.draft.regions("outlines") == []
    _press(
        qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
    )
    _press(qtbot, Qt.Key.Key_Return)  # now the item's: submitted with the outline
    qtbot.waitUntil(lambda: len(workspace.sent) == 1)
    assert workspace.sent[0].answer == {"outlines": [proposal.value]}
