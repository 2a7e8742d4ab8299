from __future__ import annotations

import gc
from typing import Any

from labeler.ui import app
from labeler.ui.app import collect_after_start, display_problem


def test_a_linux_machine_without_a_display_gets_a_clear_message() -> None:
    message = display_problem({}, "linux")
    assert message is not None and "xvfb-run" in message and "--no-gui" in message


def test_a_display_or_an_explicit_platform_is_enough() -> None:
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "darwin") is None


def _window(qtbot: Any) -> Any:
    from labeler.client.settings import Settings
    from labeler.client.trace import Trace
    from labeler.ui.window import MainWindow

    window = MainWindow(Settings(), Trace())
    qtbot.addWidget(window)
    return window


def test_the_collector_leaves_the_start_out_and_runs_again_at_the_first_item(qtbot) -> None:
    window = _window(qtbot)
    gc.disable()  # as `labeler` does before its imports
    try:
        collect_after_start(window)
        assert gc.get_freeze_count() > 0 and not gc.isenabled()
        window.first_item_shown.emit()
        assert gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()


def test_without_an_item_the_collector_runs_again_after_a_while(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(app, "COLLECT_AFTER_MS", 20)
    window = _window(qtbot)
    gc.disable()
    try:
        collect_after_start(window)
        qtbot.waitUntil(gc.isenabled, timeout=2000)
    finally:
        gc.enable()
        gc.unfreeze()
