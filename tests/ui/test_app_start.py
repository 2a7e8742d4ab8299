from __future__ import annotations

from labeler.ui.app import display_problem


def test_a_linux_machine_without_a_display_gets_a_clear_message() -> None:
    message = display_problem({}, "linux")
    assert message is not None and "xvfb-run" in message and "--no-gui" in message


def test_a_display_or_an_explicit_platform_is_enough() -> None:
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "darwin") is None
