"""Comparison items in a real window, by keyboard alone, driven by xdotool on a private X
display: the demo's "Compare two answers" (pairwise: Shift+← the answer on the left is much
better, Enter) and a ranking project a lead made (1 on A, ↓ to B, 3, ↓ to C, 2: each digit
places the row it is pressed on, the rows never moving, so A first, C second, B last; Enter). Every
answer must reach the task server with what the keys put in it, in English and in Urdu
(where the layout is mirrored: the answer on the left is B), and no text may be cut by its
widget (`labeler.ui.layoutcheck`).
"""

from __future__ import annotations

import json
import os
import shutil
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

PAIRS, RANKED = 3, 2
RANKING = {
    "title": "Order the answers",
    "media": "text",
    "fields": [{"name": "order", "kind": "ranking"}],
}


def _ranking_project(url: str, lead: str) -> str:
    """A lead's project of three candidates to order, no gold."""
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {lead}"
    r = s.post(
        f"{url}/api/v1/projects",
        json={"name": "Order the answers", "schema": RANKING, "gold_ratio": 0.0,
              "gold_ratio_new": 0.0, "review_rate": 0.0},
        timeout=10,
    )  # fmt: skip
    r.raise_for_status()
    pid = str(r.json()["id"])
    candidates = [
        {"key": "A", "text": "Boil the water, add the tea, then the milk."},
        {"key": "B", "text": "Buy tea."},
        {"key": "C", "text": "Boil water with **tea leaves** for two minutes, add milk and "
                             "sugar, bring it to the boil once and strain it."},
    ]  # fmt: skip
    items = [
        {"text": f"How do I make tea? ({n})", "data": {"candidates": candidates}}
        for n in range(RANKED + 2)
    ]
    s.post(f"{url}/api/v1/projects/{pid}/items", json={"items": items}, timeout=10)
    return pid


@pytest.mark.parametrize("language", ["en", "ur"])
def test_a_pairwise_and_a_ranking_project_by_keys(tmp_path: Path, language: str) -> None:
    if language != "en":
        from tests.ui.conftest import compile_translations

        compile_translations()
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.json").write_text(json.dumps({"language": language}))
    checked = {"LABELER_CHECK_LAYOUT": "1"}
    server = Server(tmp_path)
    lead = _labeler("admin", "token", "lead", "--database", server.db).strip()
    server.start()
    ranking = _ranking_project(server.url, lead)
    display = Display()
    shots = tmp_path / "shots"
    shots.mkdir()
    window: Window | None = None
    try:
        window = Window(
            display, tmp_path, "--server", server.url, "--token", server.token,
            "--project", "compare-answers", env=checked,
        )  # fmt: skip
        window.wait_count("item_shown", 1, timeout=60)
        display.screenshot(shots / "1-pairwise.png")
        for _ in range(PAIRS):
            window.next_item("shift+Left", "Return")
        window.wait_count("uploaded", PAIRS, timeout=60)
        assert window.quit() == 0, window.tail()

        window = Window(
            display, tmp_path, "--server", server.url, "--token", server.token,
            "--project", ranking, env=checked,
        )  # fmt: skip
        shown = len(window.events("item_shown"))
        window.wait_count("item_shown", shown + 1, timeout=60)
        for n in range(RANKED):
            window.keys("1", "Down", "3", "Down", "2")
            if n == 0:
                display.screenshot(shots / "2-ranking.png")
            window.next_item("Return")
        window.wait_count("uploaded", PAIRS + RANKED, timeout=60)
        assert window.quit() == 0, window.tail()
        window = None

        cut = [f"{e['widget']} {e['text']!r} needs {e['needed']} px {e['axis']}, has {e['has']}"
               for e in _events(tmp_path, "overflow")]  # fmt: skip
        assert not cut, "text cut by its widget:\n" + "\n".join(cut)
        mine = _mine(server.url, server.token)
        assert len(mine) == PAIRS + RANKED
        left = "A" if language == "en" else "B"  # Urdu mirrors the page: B stands left
        answers: dict[str, list[dict[str, Any]]] = {}
        for s in mine:
            r = requests.get(
                f"{server.url}/api/v1/items/{s['item_id']}",
                headers={"Authorization": f"Bearer {lead}"},
                timeout=10,
            )
            r.raise_for_status()
            [answer] = [x["answer"] for x in r.json()["submissions"] if x["id"] == s["id"]]
            answers.setdefault(s["project_id"], []).append(answer)
        assert (
            answers["compare-answers"] == [{"preference": {"winner": left, "strength": 2}}] * PAIRS
        )
        assert answers[ranking] == [{"order": {"A": 1, "C": 2, "B": 3}}] * RANKED
    finally:
        if window is not None:
            display.screenshot(shots / "failed.png")
            window.quit()
        keep = os.environ.get("LABELER_KEEP_SCREENSHOTS")
        if keep:
            shutil.copytree(shots, Path(keep) / language, dirs_exist_ok=True)
        display.close()
        server.stop()


def _events(home: Path, name: str) -> list[dict[str, Any]]:
    trace = home / "trace.jsonl"
    if not trace.exists():
        return []
    lines = trace.read_text(encoding="utf-8").splitlines()
    return [e for e in (json.loads(line) for line in lines if line.strip()) if e["event"] == name]
