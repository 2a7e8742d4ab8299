"""The `?` sheet on a comparison item lists the keys that item has: Alt+letter for its
own candidates only, ↑/↓ for the flags' rows, and Tab into the rationale's box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from labeler.client.workitem import WorkItem
from tests.ui.labeling import open_labeling

SCHEMA = {
    "title": "Which answer is better",
    "media": "text",
    "fields": [
        {"name": "preference", "kind": "pairwise"},
        {"name": "flags", "kind": "flags", "labels": [{"value": "unsafe", "hotkey": "u"}]},
        {"name": "rationale", "kind": "rationale", "required": "when_close"},
    ],
}


def _data(keys: str) -> dict[str, Any]:
    return {"candidates": [{"key": k, "text": f"Answer {k}."} for k in keys]}


def _comparison_rows(window: Any, qtbot: QtBot) -> dict[str, tuple[str, ...]]:
    window.cheatsheet.show_sheet()
    qtbot.waitUntil(window.cheatsheet.isVisible)
    rows = dict(window.cheatsheet.sections())["Comparison"]
    window.cheatsheet.hide_sheet()
    return dict(rows)


def test_the_sheet_lists_the_keys_of_the_candidates_shown(qtbot: QtBot, tmp_path: Path) -> None:
    items = [
        WorkItem("two", "b1", "p1", 1, text="Which is better?", data=_data("AB")),
        WorkItem("three", "b1", "p1", 1, text="Which is better?", data=_data("ABC")),
    ]
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=SCHEMA, items=items
    )
    assert session.item is not None and session.item.id == "two"
    rows = _comparison_rows(window, qtbot)
    assert rows["Flags: go to candidate A"] == ("Alt+A",)
    assert rows["Flags: go to candidate B"] == ("Alt+B",)
    for letter in "CDEFGHIJ":
        assert f"Flags: go to candidate {letter}" not in rows
    # Keys in the order of their meaning, as the sheet's other rows (Tab / Shift+Tab).
    assert rows["Flags: the next or previous candidate"] == ("Down", "Up", "PgDown", "PgUp")
    assert rows["Rationale: Tab goes into its box to write why, Tab again leaves it"] == ("Tab",)
    # Still bound: a third candidate's key works on an item that has one.
    assert window.keymap.keys("compare.flags_c") == ("Alt+C",)
    assert not window.keymap.conflicts()

    window.workbench.setFocus()
    qtbot.keyClick(window.workbench, Qt.Key.Key_Right)
    qtbot.keyClick(window.workbench, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    session.submit()
    qtbot.waitUntil(lambda: session.item is not None and session.item.id == "three")
    rows = _comparison_rows(window, qtbot)
    assert [t for t in rows if t.startswith("Flags: go to")] == [
        "Flags: go to candidate A",
        "Flags: go to candidate B",
        "Flags: go to candidate C",
    ]


def test_a_schema_without_flags_lists_no_candidate_keys(qtbot: QtBot, tmp_path: Path) -> None:
    schema = {**SCHEMA, "fields": [SCHEMA["fields"][0]]}
    items = [WorkItem("two", "b1", "p1", 1, text="Which?", data=_data("AB"))]
    window, _session, _workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=schema, items=items
    )
    rows = _comparison_rows(window, qtbot)
    assert "The candidate on the left is better" in rows
    assert not [t for t in rows if t.startswith(("Flags", "Rationale"))]
