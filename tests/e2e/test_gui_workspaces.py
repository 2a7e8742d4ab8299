"""End to end: the workspaces each role sees on the window's bar, switched by Alt+number,
and the lead's unsaved schema changes guarded when leaving."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.e2e.test_gui_labeling import _labeler, demo_server, isolated  # noqa: F401

pytestmark = pytest.mark.slow


def _window(qtbot: Any, url: str, token: str, opens_on: str = "annotate") -> Any:
    from labeler.client.settings import load_settings
    from labeler.client.trace import open_trace
    from labeler.ui.window import MainWindow, Start

    window = MainWindow(load_settings().settings, open_trace())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start(Start(url, token))
    qtbot.waitUntil(lambda: bool(window._roles), timeout=20000)
    qtbot.waitUntil(lambda: window.bar.current() == opens_on, timeout=20000)
    if opens_on == "annotate":
        assert window.pages.currentWidget() is window.projects
    else:
        assert window.pages.currentWidget() is window.spaces[opens_on]
    return window


def _alt(qtbot: Any, window: Any, digit: int) -> None:
    key = getattr(Qt.Key, f"Key_{digit}")
    qtbot.keyClick(window.pages.currentWidget(), key, Qt.KeyboardModifier.AltModifier)


def test_an_annotator_sees_annotate_and_dashboard(
    qtbot: Any,
    demo_server: tuple[str, str],  # noqa: F811
    isolated: Path,  # noqa: F811
) -> None:
    url, token = demo_server
    window = _window(qtbot, url, token)
    assert list(window.bar.buttons) == ["annotate", "dashboard"]
    window.show_workspace("review")  # not for this role: nothing happens
    assert window.pages.currentWidget() is window.projects
    window.close()


def test_a_lead_switches_workspaces_by_keys_and_is_asked_before_losing_changes(
    qtbot: Any,
    demo_server: tuple[str, str],  # noqa: F811
    isolated: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, _demo = demo_server
    lead = _labeler(
        "admin", "token", "lead", "--database", f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    ).strip()
    window = _window(qtbot, url, lead, opens_on="lead")  # a lead opens on Lead
    assert list(window.bar.buttons) == ["annotate", "dashboard", "review", "lead", "analytics"]

    _alt(qtbot, window, 1)
    assert window.pages.currentWidget() is window.projects
    _alt(qtbot, window, 4)
    space = window.spaces["lead"]
    assert window.pages.currentWidget() is space and window.bar.current() == "lead"
    assert any(a.id.startswith("app.workspace.") for a in window.keymap.actions())

    _alt(qtbot, window, 3)
    assert window.pages.currentWidget() is window.spaces["review"]
    assert window.bar.current() == "review"

    # Unsaved changes in the lead workspace: leaving asks, and "no" stays.
    window.show_workspace("lead")
    monkeypatch.setattr(space, "has_unsaved_changes", lambda: True)
    asked: list[str] = []
    monkeypatch.setattr(space, "ask_discard", lambda text: asked.append(text) or False)
    _alt(qtbot, window, 1)
    assert asked and window.pages.currentWidget() is space
    monkeypatch.setattr(space, "ask_discard", lambda text: True)
    _alt(qtbot, window, 1)
    assert window.pages.currentWidget() is window.projects
    window.close()


def test_a_reviewer_opens_on_review_and_alt_numbers_follow_the_bar(
    qtbot: Any,
    demo_server: tuple[str, str],  # noqa: F811
    isolated: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    url, _demo = demo_server
    qa = _labeler(
        "admin", "token", "qa", "--database", f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    ).strip()
    window = _window(qtbot, url, qa, opens_on="review")
    assert list(window.bar.buttons) == ["annotate", "dashboard", "review", "analytics"]
    # Alt+4 is the fourth button, Analytics, as the bar shows it.
    _alt(qtbot, window, 4)
    assert window.bar.current() == "analytics"
    assert window.pages.currentWidget() is window.spaces["analytics"]
    assert "Alt+4" in window.bar.buttons["analytics"].toolTip()
    _alt(qtbot, window, 3)
    assert window.pages.currentWidget() is window.spaces["review"]
    _alt(qtbot, window, 5)  # no fifth button: nothing happens
    assert window.pages.currentWidget() is window.spaces["review"]
    window.close()


def test_straight_into_a_project_a_lead_lands_on_lead_and_an_annotator_keeps_the_project(
    qtbot: Any,
    demo_server: tuple[str, str],  # noqa: F811
    isolated: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    from labeler.client.settings import load_settings
    from labeler.client.trace import open_trace
    from labeler.ui.window import MainWindow, Start

    url, demo = demo_server
    lead = _labeler(
        "admin", "token", "lead", "--database", f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    ).strip()
    for token, lands_on in ((lead, "lead"), (demo, "annotate")):
        window = MainWindow(load_settings().settings, open_trace())
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.start(Start(url, token, None, "review-sentiment"))
        qtbot.waitUntil(lambda w=window: bool(w._roles), timeout=20000)
        qtbot.waitUntil(lambda w=window, k=lands_on: w.bar.current() == k, timeout=20000)
        if lands_on == "annotate":  # an annotator stays on the project, with the bar
            assert window.pages.currentWidget() is window.workbench
            assert window.bar.isVisible() and "dashboard" in window.bar.buttons
        window.close()


def test_annotate_brings_the_annotator_back_to_the_item_left_for_the_dashboard(
    qtbot: Any,
    demo_server: tuple[str, str],  # noqa: F811
    isolated: Path,  # noqa: F811
) -> None:
    url, token = demo_server
    window = _window(qtbot, url, token)
    window.open_project("review-sentiment")
    qtbot.waitUntil(lambda: window.labeling is not None and window.labeling.settled, timeout=30000)
    item_id = window.labeling.item.id
    _alt(qtbot, window, 2)
    assert window.pages.currentWidget() is window.spaces["dashboard"]
    _alt(qtbot, window, 1)  # back to the item, not to the project list
    qtbot.waitUntil(
        lambda: window.pages.currentWidget() is window.workbench and window.labeling.settled,
        timeout=30000,
    )
    assert window.labeling.item.id == item_id
    window.show_projects()  # Ctrl+P: the list; Dashboard and back stay on it
    _alt(qtbot, window, 2)
    _alt(qtbot, window, 1)
    assert window.pages.currentWidget() is window.projects
    window.close()
