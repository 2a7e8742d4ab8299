"""A comparison's candidates with pictures: the sync engine fetches each candidate's
media as it fetches an item's, and the item shows once they are here, with their
files by candidate key."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest

from labeler.client.workitem import WorkItem
from labeler.client.workspace import Workspace
from tests.client.conftest import Caller, LiveServer, Recorder, User, wait_for
from tests.server.scenario import png_bytes

pytestmark = pytest.mark.slow
SCHEMA = {
    "title": "Which picture",
    "media": "text",
    "fields": [{"name": "better", "kind": "pairwise"}],
}


def test_the_candidates_pictures_come_with_the_item(
    server: LiveServer,
    lead: Caller,
    annotator: User,
    open_workspace: Callable[..., tuple[Workspace, Recorder]],
) -> None:
    shas = []
    for color in ((200, 40, 40), (40, 40, 200)):
        r = lead.post("/media", files={"file": ("c.png", png_bytes(color=color), "image/png")})
        assert r.status_code == 201, r.text
        shas.append(r.json()["sha256"])
    r = lead.post("/projects", json={"name": f"P {uuid.uuid4().hex[:6]}", "schema": SCHEMA})
    assert r.status_code == 201, r.text
    pid = str(r.json()["id"])
    candidates = [{"key": "A", "media": shas[0]}, {"key": "B", "media": shas[1]}]
    item = {"text": "Which is redder?", "data": {"candidates": candidates}}
    r = lead.post(f"/projects/{pid}/items", json={"items": [item]})
    assert r.status_code == 201, r.text
    ws, _rec = open_workspace(server, annotator)
    ws.open_project(pid, batch_size=1)
    shown: WorkItem = wait_for(ws.next_item, 15, "the item with its candidates' pictures")
    assert shown.candidates_missing == 0
    assert set(shown.candidate_paths) == {"A", "B"}
    assert set(shown.candidate_media()) == {"A", "B"}
    assert shown.candidate_media()["A"].sha256 == shas[0]
    assert all(path.is_file() for path in shown.candidate_paths.values())
