"""End to end (pytest-qt): a one-key answer typed wrong is taken back with Ctrl+Z and
corrected with the right key; the previous and next item keys walk back through the
answered items and forward again to the current one, which keeps its draft."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.client.conftest import Caller, LiveServer, User

pytestmark = pytest.mark.slow
ONE_KEY: dict[str, Any] = {
    "title": "Sentiment",
    "media": "text",
    "fields": [
        {
            "name": "sentiment",
            "kind": "choice",
            "labels": [
                {"value": "positive", "hotkey": "1"},
                {"value": "neutral", "hotkey": "2"},
                {"value": "negative", "hotkey": "3"},
            ],
        }
    ],
}
WITH_NOTE: dict[str, Any] = {
    **ONE_KEY,
    "fields": [*ONE_KEY["fields"], {"name": "note", "kind": "text"}],
}


@pytest.fixture
def live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LABELER_CONFIG_DIR", str(tmp_path / "config"))
    server = LiveServer(tmp_path / "server")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def make_project(lead: Caller, schema: dict[str, Any], texts: int = 6) -> str:
    name = f"Sentiment {len(schema['fields'])}"
    r = lead.post("/projects", json={"name": name, "schema": schema, "review_rate": 0.0})
    assert r.status_code == 201, r.text
    project_id: str = r.json()["id"]
    items = [{"text": f"Review number {n}: it was fine."} for n in range(texts)]
    assert lead.post(f"/projects/{project_id}/items", json={"items": items}).status_code == 201
    return project_id


def open_window(qtbot: Any, server: LiveServer, token: str, project: str) -> Any:
    from labeler.client.settings import load_settings
    from labeler.client.trace import Trace
    from labeler.ui.window import MainWindow, Start

    window = MainWindow(load_settings().settings, Trace())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start(Start(server.url.removesuffix("/api/v1"), token, None, project))
    qtbot.waitUntil(lambda: window.labeling is not None and window.labeling.settled, timeout=30000)
    return window


def key(qtbot: Any, window: Any, k: Qt.Key, mods: Any = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.workbench.editor, k, mods)


def answered_then_next(qtbot: Any, window: Any, k: Qt.Key) -> str:
    session = window.labeling
    qtbot.waitUntil(lambda: session.settled, timeout=15000)
    done: str = session.item.id
    key(qtbot, window, k)
    qtbot.waitUntil(lambda: session.item is not None and session.item.id != done, timeout=15000)
    return done


def final_and_trail(lead: Caller, item_id: str) -> list[tuple[str, Any]]:
    r = lead.get(f"/items/{item_id}?trail=true")
    assert r.status_code == 200, r.text
    return [(s["status"], s["answer"]) for s in r.json()["submissions"]]


def test_a_wrong_one_key_answer_is_taken_back_by_ctrl_z_and_corrected(
    qtbot: Any, live: LiveServer
) -> None:
    lead = User(live, ["lead"]).caller
    annotator = User(live, ["annotator"])
    project = make_project(lead, ONE_KEY)
    window = open_window(qtbot, live, annotator.token, project)
    session = window.labeling
    wrong = answered_then_next(qtbot, window, Qt.Key.Key_1)  # meant 3: negative
    current = session.item.id
    # A moment later (the time to see the mistake) the answer is with the server already.
    qtbot.waitUntil(lambda: final_and_trail(lead, wrong) != [], timeout=30000)

    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.back.active, timeout=15000)
    assert session.back.shown.item.id == wrong
    banner = session.page.correction
    assert banner.isVisible()
    says = "Correcting your last answer — 1, 2 or 3 sends the correction, Esc returns"
    assert banner.text() == says  # a label key sends it here, not Enter
    assert session.back.draft.answer() == {"sentiment": "positive"}  # the answer given

    key(qtbot, window, Qt.Key.Key_3)  # the right key sends the correction
    qtbot.waitUntil(lambda: not session.back.active, timeout=15000)
    assert session.item.id == current and not banner.isVisible()

    def corrected() -> bool:
        trail = final_and_trail(lead, wrong)
        return sorted(s for s, _ in trail) == ["accepted", "amended"]

    qtbot.waitUntil(corrected, timeout=30000)
    trail = dict((a["sentiment"], s) for s, a in final_and_trail(lead, wrong))
    assert trail == {"positive": "amended", "negative": "accepted"}
    window.close()


def test_previous_and_next_walk_the_answered_items_and_keep_the_current_draft(
    qtbot: Any, live: LiveServer
) -> None:
    lead = User(live, ["lead"]).caller
    annotator = User(live, ["annotator"])
    project = make_project(lead, WITH_NOTE)
    window = open_window(qtbot, live, annotator.token, project)
    session = window.labeling
    done = []
    for k in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        qtbot.waitUntil(lambda: session.settled, timeout=15000)
        key(qtbot, window, k)
        item = session.item.id
        key(qtbot, window, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda i=item: session.item.id != i, timeout=15000)
        done.append(item)
    qtbot.waitUntil(lambda: session.settled, timeout=15000)
    current = session.item.id
    key(qtbot, window, Qt.Key.Key_2)  # a draft on the current item
    previous, following = Qt.Key.Key_PageUp, Qt.Key.Key_PageDown
    ctrl = Qt.KeyboardModifier.ControlModifier

    shown = []
    for _ in range(4):  # three back, and a fourth that finds nothing earlier
        key(qtbot, window, previous, ctrl)
        qtbot.waitUntil(lambda: session.back.active, timeout=15000)
        shown.append(session.back.shown.item.id)
    assert shown == [done[2], done[1], done[0], done[0]]
    assert session.page.correction.text().startswith("Correcting your answer 1 of 3 —")
    assert session.back.draft.answer() == {"sentiment": "positive"}

    key(qtbot, window, following, ctrl)
    assert session.back.shown.item.id == done[1]
    assert session.back.draft.answer() == {"sentiment": "neutral"}
    key(qtbot, window, following, ctrl)
    key(qtbot, window, following, ctrl)
    assert not session.back.active and session.item.id == current
    assert session.draft.answer() == {"sentiment": "neutral"}  # its draft kept

    # Esc from an earlier item comes back too; Enter there sends a correction.
    key(qtbot, window, previous, ctrl)
    qtbot.waitUntil(lambda: session.back.active, timeout=15000)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert not session.back.active and session.item.id == current
    window.close()


def test_a_control_item_whose_verdict_was_shown_comes_back_only_to_say_why(
    qtbot: Any, live: LiveServer
) -> None:
    lead = User(live, ["lead"]).caller
    annotator = User(live, ["annotator"])
    body = {"name": "Practice", "schema": ONE_KEY, "training": True, "gold_ratio_new": 1.0}
    r = lead.post("/projects", json=body)
    assert r.status_code == 201, r.text
    project = r.json()["id"]
    gold = {"answer": {"sentiment": "negative"}, "hint": "“Never again” is negative."}
    items = [{"text": f"Never again, shop {n}.", "gold": gold} for n in range(3)]
    assert lead.post(f"/projects/{project}/items", json={"items": items}).status_code == 201
    window = open_window(qtbot, live, annotator.token, project)
    session = window.labeling
    answered_then_next(qtbot, window, Qt.Key.Key_1)
    said: list[str] = []
    session.status.connect(said.append)

    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.back.active, timeout=15000)
    banner = session.page.correction.text()
    assert banner.startswith("Your last answer cannot be corrected: The answer to a control item")
    key(qtbot, window, Qt.Key.Key_3)  # a label key: nothing changes
    session.page.form.pick_label("sentiment", "neutral")  # a click on a chip: taken back
    assert session.back.draft.answer() == {"sentiment": "positive"}
    key(qtbot, window, Qt.Key.Key_Return)
    assert session.back.active  # nothing was sent
    assert said and all("cannot be corrected" in s for s in said)
    assert [e.amends for e in session.workspace.outbox()] == [None]
    window.close()


def test_a_skipped_control_item_answered_on_going_back_shows_its_verdict(
    qtbot: Any, live: LiveServer
) -> None:
    lead = User(live, ["lead"]).caller
    annotator = User(live, ["annotator"])
    body = {"name": "Practice", "schema": ONE_KEY, "training": True, "gold_ratio_new": 1.0}
    project = lead.post("/projects", json=body).json()["id"]
    gold = {"answer": {"sentiment": "negative"}, "hint": "“Never again” is negative."}
    items = [{"text": f"Never again, shop {n}.", "gold": gold} for n in range(3)]
    assert lead.post(f"/projects/{project}/items", json={"items": items}).status_code == 201
    window = open_window(qtbot, live, annotator.token, project)
    session = window.labeling
    skipped = session.item.id
    key(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.skip_dialog is not None and session.skip_dialog.isVisible())
    qtbot.waitUntil(session.skip_dialog.reasons.hasFocus)  # the dialog has the keyboard
    qtbot.keyClick(session.skip_dialog.reasons, Qt.Key.Key_2)  # Cannot tell
    qtbot.keyClick(session.skip_dialog.reasons, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.item is not None and session.item.id != skipped, timeout=15000)
    assert session.page.gold.isHidden()  # a skip has no verdict

    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.back.active, timeout=15000)
    assert session.back.shown.blocked is None
    assert "you skipped it: “Cannot tell”" in session.page.correction.text()
    key(qtbot, window, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: not session.back.active, timeout=15000)
    assert session.page.gold.isVisible()  # the training verdict of the answer given now
    assert session.page.gold.title.text().startswith("Training item correct")
    window.close()
