"""End to end: a control item answered and missed while offline shows its verdict on
the labeling screen once the outbox uploads, as an answer made online does."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.client.conftest import LiveServer, User
from tests.e2e.test_gui_amend import ONE_KEY, answered_then_next, key, live, open_window

pytestmark = pytest.mark.slow
__all__ = ["live"]


def _gold_project(live: LiveServer) -> str:
    lead = User(live, ["lead"]).caller
    body = {"name": "Reviews", "schema": ONE_KEY, "gold_ratio_new": 1.0, "review_rate": 0.0}
    r = lead.post("/projects", json=body)
    assert r.status_code == 201, r.text
    project: str = r.json()["id"]
    gold = {"answer": {"sentiment": "negative"}, "hint": "“Never again” is negative."}
    items = [{"text": f"Never again, shop {n}.", "gold": gold} for n in range(6)]
    assert lead.post(f"/projects/{project}/items", json={"items": items}).status_code == 201
    return project


def test_a_control_item_missed_offline_shows_its_banner_once_uploaded(
    qtbot: Any, live: LiveServer
) -> None:
    project = _gold_project(live)
    annotator = User(live, ["annotator"])
    window = open_window(qtbot, live, annotator.token, project)
    session = window.labeling
    live.stop()
    missed = answered_then_next(qtbot, window, Qt.Key.Key_1)  # positive: the gold says negative
    answered_then_next(qtbot, window, Qt.Key.Key_3)  # passed
    answered_then_next(qtbot, window, Qt.Key.Key_3)  # passed
    qtbot.waitUntil(lambda: not window.workspace.online, timeout=30000)
    assert session.page.gold.isHidden()

    live.start()
    gold = session.page.gold
    qtbot.waitUntil(gold.isVisible, timeout=20000)
    assert gold.title.text().startswith("Control item missed")
    assert "item 1 of this session" in gold.about.text().lower()
    key(qtbot, window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert session.gold_review.reviewing == missed
    window.close()
