"""End to end: a project this workbench holds items of opens from the local store at
once, then the server's copy of it is checked; a schema changed meanwhile opens the
project again with the new schema, the draft kept. The window runs against
`labeler serve` with the demo data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.e2e.test_gui_labeling import _open_window, demo_server, isolated

__all__ = ["demo_server", "isolated"]  # fixtures

pytestmark = pytest.mark.slow

PROJECT = "review-sentiment"


def _settled(qtbot: Any, window: Any) -> Any:
    qtbot.waitUntil(lambda: window.labeling is not None and window.labeling.settled, timeout=30000)
    return window.labeling


def test_a_held_project_opens_from_the_store_then_takes_a_new_schema(
    qtbot: Any, demo_server: tuple[str, str], isolated: Path
) -> None:
    url, token = demo_server
    api = f"{url}/api/v1"
    signed_in = requests.post(
        f"{api}/auth/token", json={"username": "lead", "password": "labeler-lead"}, timeout=30
    )
    auth = {"Authorization": f"Bearer {signed_in.json()['token']}"}
    window, _ = _open_window(qtbot, url, token, PROJECT)
    session = _settled(qtbot, window)
    assert session.project.schema_version == 1
    item_id = session.item.id
    window.show_projects()

    schema = requests.get(f"{api}/projects/{PROJECT}/schema", headers=auth, timeout=10).json()
    schema.pop("version")
    schema["instructions"] = "Read the whole review before you choose."
    changed = requests.put(
        f"{api}/projects/{PROJECT}/schema", json=schema, headers=auth, timeout=10
    )
    assert changed.status_code == 200, changed.text

    window.open_project(PROJECT)
    # Held here: the items already leased show first, then the server's project arrives
    # with version 2 and the project opens again with it, on the same item.
    qtbot.waitUntil(
        lambda: (
            window.labeling.project is not None
            and window.labeling.project.schema_version == 2
            and window.labeling.settled
        ),
        timeout=30000,
    )
    assert window.labeling.schema.instructions == "Read the whole review before you choose."
    assert window.labeling.item.id == item_id
    assert "Read the whole review" in window.workbench.instructions.toPlainText()
    # The start's steps are traced on the way to the first item only, not at every
    # project opened after it.
    events = [json.loads(line) for line in isolated.read_text().splitlines()]
    steps = [e["phase"] for e in events if e["event"] == "launch"]
    assert steps == ["workspace", "project"]  # `imported` and `window` come from `run`
    assert len([e for e in events if e["event"] == "startup"]) == 1
