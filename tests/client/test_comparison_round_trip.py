"""Preference pairs through the whole product: `labeler import --format prompts-jsonl`
into a real task server (the chosen response as gold), `labeler export --format
preference-jsonl`: the same prompts, chosen and rejected texts come out, with the
candidates stored as the protocol has them."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from labeler.cli import main
from tests.client.conftest import LiveServer, User

pytestmark = pytest.mark.slow

SCHEMA = {
    "title": "Preferences",
    "media": "text",
    "fields": [{"name": "better", "kind": "pairwise"}],
}
PAIRS = [
    {"prompt": "Capital of Pakistan?", "chosen": "Islamabad.", "rejected": "Lahore."},
    {"prompt": "پاکستان کا دارالحکومت؟", "chosen": "اسلام آباد", "rejected": "کراچی"},
    {"prompt": "2 + 2?", "chosen": "4", "rejected": "5"},
]


def test_preference_pairs_in_and_out(server: LiveServer, tmp_path: Path) -> None:
    lead = User(server, ["lead"])
    connection = ["--server", server.url.removesuffix("/api/v1"), "--token", lead.token]
    r = lead.caller.post("/projects", json={"name": f"P {uuid.uuid4().hex[:6]}", "schema": SCHEMA})
    assert r.status_code == 201, r.text
    pid = str(r.json()["id"])
    source = tmp_path / "pairs.jsonl"
    source.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in PAIRS), "utf-8")
    into = ["import", pid, str(source), "--format", "prompts-jsonl", "--as", "gold"]
    assert main([*into, *connection]) == 0
    items = lead.caller.get(f"/projects/{pid}/items", params={"limit": 10}).json()["items"]
    assert len(items) == 3
    assert [c["key"] for c in items[0]["data"]["candidates"]] == ["A", "B"]
    out = tmp_path / "preferences.jsonl"
    export = ["export", pid, "--format", "preference-jsonl", "--answers", "gold"]
    assert main([*export, "--out", str(out), *connection]) == 0
    lines = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert sorted(lines, key=lambda x: x["prompt"]) == sorted(
        ({**p, "margin": 1.0, "agreement": 1.0} for p in PAIRS), key=lambda x: x["prompt"]
    )
