"""The annotator's whole day in a real window, driven by xdotool on a private X display.

Against `labeler serve` with the demo data, by keyboard alone: open the project list,
label a run of image items (scene key, a box added and labelled by keys), text items
(a span chosen with Shift+arrows and labelled, a sentiment key; the app killed with a
draft on screen and started again, the draft back as it was), with the task server
stopped halfway through the text items and started again, then audio items (a segment
marked by keys, a transcript typed). Every answer must reach the task server once, with
what the keys put in it; the screenshots of each screen are kept for a person to look at
(`LABELER_KEEP_SCREENSHOTS=DIR`). It runs in English and in Urdu, and no text may be cut
by its widget on any screen it passes (`labeler.ui.layoutcheck`).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.e2e.test_gui_labeling import _labeler, _mine
from tests.e2e.test_gui_offline import Server
from tests.e2e.xwindow import Display, Window, have_tools

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not have_tools(), reason="needs Xvfb, xdotool and imagemagick"),
]

#: Cards of the demo project list, top to bottom.
STREET, NEWS, CALLS = 0, 3, 5
IMAGES, TEXTS_ONLINE, TEXTS_OFFLINE, CLIPS = 6, 4, 4, 4


def _open(window: Window, card: int) -> None:
    """Ctrl+P, then Down to the card and Enter; waits for the project's first item."""
    listed = len(window.events("projects_listed"))
    window.keys("ctrl+p")
    window.wait_count("projects_listed", listed + 1)
    window.keys("Home")
    window.next_item(*(["Down"] * card), "Return")
    time.sleep(0.5)  # an audio clip's player learns its duration


def _item(url: str, token: str, item_id: str) -> dict[str, Any]:
    r = requests.get(
        f"{url}/api/v1/items/{item_id}", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    r.raise_for_status()
    return dict(r.json())


@pytest.mark.parametrize("language", ["en", "ur"])
def test_a_day_of_labeling_every_media_kind_by_keys_with_the_plug_pulled(
    tmp_path: Path, language: str
) -> None:
    if language != "en":
        from tests.ui.conftest import compile_translations

        compile_translations()
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.json").write_text(json.dumps({"language": language}))
    checked = {"LABELER_CHECK_LAYOUT": "1"}
    server = Server(tmp_path)
    lead = _labeler("admin", "token", "lead", "--database", server.db).strip()
    server.start()
    display = Display()
    shots = tmp_path / "shots"
    shots.mkdir()
    window: Window | None = None
    try:
        window = Window(
            display, tmp_path, "--server", server.url, "--token", server.token, env=checked
        )
        window.wait_count("projects_listed", 1)
        assert window.events("language")[0]["language"] == language
        display.screenshot(shots / "1-projects.png")

        # Image: the scene key, `c` arms the car box, Insert adds one, Enter submits.
        window.next_item("Return")
        for _ in range(IMAGES):
            window.next_item("1", "c", "Insert", "Return")
        display.screenshot(shots / "2-image.png")

        # A draft outlives a crash: the first line of the first text item becomes an ORG
        # span, the autosave stores it, the app is killed (kill -9) and started again
        # straight into the project; the same item comes back with the span, and only
        # the sentiment key is pressed before it is submitted.
        window.wait_count("uploaded", IMAGES, timeout=60)
        _open(window, NEWS)
        drafted = window.events("item_shown")[-1]["item_id"]
        window.keys("shift+End", "o")
        window.wait("the draft in the local store", lambda: _has_draft(tmp_path, drafted))
        window.proc.kill()  # SIGKILL: nothing of the app runs after it
        window.proc.wait(timeout=10)
        shown = len(window.events("item_shown"))
        window = Window(
            display, tmp_path, "--server", server.url, "--token", server.token,
            "--project", "news-entities", env=checked,
        )  # fmt: skip
        window.wait_count("item_shown", shown + 1, timeout=60)
        assert window.events("item_shown")[-1]["item_id"] == drafted
        display.screenshot(shots / "3-text-draft-after-kill.png")
        window.next_item("2", "Return")

        # Text: the first line (Shift+End, whichever way it runs) becomes a person span,
        # `2` is neutral.
        text_keys = ["shift+End", "p", "2", "Return"]
        for _ in range(TEXTS_ONLINE - 1):
            window.next_item(*text_keys)
        server.stop()  # the network plug
        for _ in range(TEXTS_OFFLINE):
            window.next_item(*text_keys)
        window.wait(
            "the window to go offline",
            lambda: {"event": "connection", "online": False} in _bare(window.events("connection")),
            timeout=60,
        )
        display.screenshot(shots / "4-text-offline.png")
        server.start()
        window.wait_count("uploaded", IMAGES + TEXTS_ONLINE + TEXTS_OFFLINE, timeout=90)

        # Audio: speech armed, then a segment marked from the start to 2 s on (two
        # 1 s steps); a transcript.
        _open(window, CALLS)
        for i in range(CLIPS):
            window.keys("s", "Home", "ctrl+b", "Right", "Right", "ctrl+e", "F2", "ctrl+a")
            window.type("hello there")  # over a pre-filled transcript, if there is one
            if i == CLIPS - 1:
                display.screenshot(shots / "5-audio.png")
            window.next_item("ctrl+Return")
            time.sleep(0.5)

        total = IMAGES + TEXTS_ONLINE + TEXTS_OFFLINE + CLIPS
        window.wait_count("uploaded", total, timeout=90)
        window.keys("ctrl+h")
        time.sleep(1.5)
        display.screenshot(shots / "6-history.png")
        assert window.quit() == 0, window.tail()
        window = None

        cut = [f"{e['widget']} {e['text']!r} needs {e['needed']} px {e['axis']}, has {e['has']}"
               for e in _events(tmp_path, "overflow")]  # fmt: skip
        assert not cut, "text cut by its widget:\n" + "\n".join(cut)
        mine = _mine(server.url, server.token)
        submitted = {e["submission_id"]: e["item_id"] for e in _events(tmp_path, "submitted")}
        assert len(submitted) == total
        assert {s["id"]: s["item_id"] for s in mine} == submitted  # each once, none lost
        assert _events(tmp_path, "startup") and _events(tmp_path, "gold_feedback")
        # A control item decides its submission: missed, it is rejected with the reason the
        # annotator reads, and earns nothing; passed, it is accepted.
        missed = [s for s in mine if s["gold"] and not s["gold"]["passed"]]
        assert missed, "the keys above miss at least one control item"
        for s in missed:
            assert s["status"] == "rejected"
            assert s["review"]["reason"] == "missed a control item"
        for s in mine:
            if s["gold"] and s["gold"]["passed"]:
                assert s["status"] == "accepted"
        earnings = requests.get(
            f"{server.url}/api/v1/me",
            headers={"Authorization": f"Bearer {server.token}"},
            timeout=10,
        ).json()["earnings"]
        paid = sum(Decimal(s["reward"]["amount"]) for s in mine if s["status"] == "accepted")
        assert Decimal(earnings["approved"]) == paid

        by_project: dict[str, list[dict[str, Any]]] = {}
        for s in mine:
            detail = _item(server.url, lead, s["item_id"])
            [answer] = [x["answer"] for x in detail["submissions"] if x["id"] == s["id"]]
            answer["prefill"] = detail["item"].get("prefill") or {}
            by_project.setdefault(s["project_id"], []).append(answer)
        assert len(by_project["street-scenes"]) == IMAGES
        for answer in by_project["street-scenes"]:
            assert answer["scene"] == "urban"
            assert any(box["label"] == "car" for box in answer.get("objects", []))
        assert len(by_project["news-entities"]) == TEXTS_ONLINE + TEXTS_OFFLINE
        labels = []
        for answer in by_project["news-entities"]:
            assert answer["sentiment"] == "neutral"
            before = answer["prefill"].get("entities", [])
            [span] = [e for e in answer["entities"] if e not in before]
            assert span["start"] == 0 and span["end"] > 0
            labels.append(span["label"])
        assert sorted(labels) == ["ORG"] + ["PER"] * (TEXTS_ONLINE + TEXTS_OFFLINE - 1)
        assert len(by_project["call-snippets"]) == CLIPS
        for answer in by_project["call-snippets"]:
            assert answer["transcript"] == "hello there"
            before = answer["prefill"].get("regions", [])
            [segment] = [r for r in answer["regions"] if r not in before]
            assert segment["label"] == "speech"
            assert segment["start"] == pytest.approx(0.0, abs=0.05)
            assert segment["end"] == pytest.approx(2.0, abs=0.05)
    finally:
        if window is not None:
            display.screenshot(shots / "failed.png")
            window.quit()
        keep = os.environ.get("LABELER_KEEP_SCREENSHOTS")
        if keep:
            shutil.copytree(shots, keep, dirs_exist_ok=True)
        display.close()
        server.stop()


def _has_draft(home: Path, item_id: str) -> bool:
    for path in (home / "data" / "profiles").glob("*.sqlite3"):
        with sqlite3.connect(path) as raw:
            found = raw.execute("SELECT 1 FROM drafts WHERE item_id = ?", (item_id,))
            if found.fetchone():
                return True
    return False


def _bare(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in e.items() if k != "t"} for e in events]


def _events(home: Path, name: str) -> list[dict[str, Any]]:
    return [e for e in _read(home / "trace.jsonl") if e["event"] == name]


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
