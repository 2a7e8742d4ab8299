"""The status line speaks of the screen shown, and goes with it."""

from __future__ import annotations

from typing import Any


def test_a_status_message_goes_with_its_screen(labeling_window: Any) -> None:
    window = labeling_window("text")
    window.show_status("Draft discarded: Ctrl+Z brings it back.")
    assert window.status_line.text().startswith("Draft discarded")
    window.pages.setCurrentWidget(window.workbench)  # the same screen: it stays
    assert window.status_line.text().startswith("Draft discarded")
    window.pages.setCurrentWidget(window.history)
    assert window.status_line.text() == ""
    window.show_status("Could not read your history: offline")
    window.pages.setCurrentWidget(window.projects)
    assert window.status_line.text() == ""
