"""A mistyped one-key answer taken back in a real window, driven by xdotool on a private X
display against `labeler serve`: the wrong key submits and shows the next item, Ctrl+Z
brings the item back with its answer, the right key sends the correction, and the task
server holds the corrected answer as final and the first one as amended. A training
control item whose verdict was shown comes back only to say why it cannot change. The
screenshots of each screen are kept for a person to look at (`LABELER_KEEP_SCREENSHOTS`).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.client.conftest import Caller, LiveServer, User
from tests.e2e.test_gui_amend import ONE_KEY, make_project
from tests.e2e.xwindow import Display, Window, have_tools

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not have_tools(), reason="needs Xvfb, xdotool and imagemagick"),
]


def _trail(lead: Caller, item_id: str) -> list[tuple[str, Any]]:
    r = lead.get(f"/items/{item_id}?trail=true")
    assert r.status_code == 200, r.text
    return [(s["status"], s["answer"]) for s in r.json()["submissions"]]


def _training_project(lead: Caller) -> str:
    body = {"name": "Practice", "schema": ONE_KEY, "training": True, "gold_ratio_new": 1.0}
    r = lead.post("/projects", json=body)
    assert r.status_code == 201, r.text
    project_id: str = r.json()["id"]
    gold = {"answer": {"sentiment": "negative"}, "hint": "“Never again” is negative."}
    items = [{"text": f"Never again, shop {n}.", "gold": gold} for n in range(3)]
    assert lead.post(f"/projects/{project_id}/items", json={"items": items}).status_code == 201
    return project_id


def test_a_wrong_key_is_taken_back_by_ctrl_z_and_corrected_in_a_real_window(
    tmp_path: Path,
) -> None:
    server = LiveServer(tmp_path / "server")
    server.start()
    display = Display()
    shots = tmp_path / "shots"
    shots.mkdir()
    window: Window | None = None
    try:
        lead = User(server, ["lead"]).caller
        annotator = User(server, ["annotator"])
        project = make_project(lead, ONE_KEY)
        url = server.url.removesuffix("/api/v1")
        args = ("--server", url, "--token", annotator.token, "--project", project)
        window = Window(display, tmp_path, *args)
        window.wait_count("item_shown", 1)
        display.screenshot(shots / "1-first-item.png")

        wrong = window.events("item_shown")[0]["item_id"]
        current = window.next_item("1")["item_id"]  # meant 3: the wrong key submits
        window.wait("the wrong answer uploaded", lambda: len(window.events("uploaded")) >= 1)

        window.keys("ctrl+z")
        window.wait_count("earlier_shown", 1)
        assert window.events("earlier_shown")[0]["item_id"] == wrong
        display.screenshot(shots / "2-brought-back.png")

        window.keys("3")  # the right key sends the correction, then the current item
        window.wait_count("amended", 1)
        window.wait_count("current_again", 1)
        assert window.events("current_again")[0]["item_id"] == current
        window.wait("the correction uploaded", lambda: len(window.events("uploaded")) >= 2)
        trail = dict((a["sentiment"], s) for s, a in _trail(lead, wrong))
        assert trail == {"positive": "amended", "negative": "accepted"}
        display.screenshot(shots / "3-current-again.png")

        window.keys("ctrl+h")
        window.wait_count("history_listed", 1)
        display.screenshot(shots / "4-history.png")
        window.keys("Escape")
        assert window.quit() == 0

        # A control item of a training project: its verdict showed at once.
        practice = _training_project(lead)
        home = tmp_path / "practice"
        home.mkdir()
        args = ("--server", url, "--token", annotator.token, "--project", practice)
        window = Window(display, home, *args)
        window.wait_count("item_shown", 1)
        window.next_item("1")
        window.keys("ctrl+z")
        window.wait_count("earlier_shown", 1)
        assert window.events("earlier_shown")[0]["blocked"] is True
        display.screenshot(shots / "5-gold-refused.png")
        window.keys("3", "Return")  # nothing changes: it says why instead
        window.keys("Escape")
        window.wait_count("current_again", 1)
        assert window.events("amended") == []
        assert window.quit() == 0
        window = None
    finally:
        if window is not None:
            window.quit()
        display.close()
        server.stop()
        keep = os.environ.get("LABELER_KEEP_SCREENSHOTS")
        if keep:
            shutil.copytree(shots, Path(keep), dirs_exist_ok=True)
