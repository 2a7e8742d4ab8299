"""What the task server says to annotators comes with a message code and its values, every
code is in docs/protocol.md's table, and `/health` names the oldest workbench it takes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from labeler.server import messages
from labeler.server.app import create_app
from labeler.server.config import MIN_WORKBENCH_VERSION, SettingError, Settings
from tests.server.factories import BAD, GOLD_ANSWER, lease, make_project, submission

ROOT = Path(__file__).resolve().parents[2]
SERVER = ROOT / "labeler" / "server"


def documented_codes() -> dict[str, list[str]]:
    """docs/protocol.md "Message codes": each code with the values it names."""
    text = (ROOT / "docs" / "protocol.md").read_text(encoding="utf-8")
    section = text.split("\n## Message codes\n", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([a-z0-9_]+)` \| ([^|]*) \|", section, re.M)
    assert rows, "no table of message codes in docs/protocol.md"
    return {code: re.findall(r"`([a-z_]+)`", params) for code, params in rows}


def test_the_documented_codes_are_the_servers() -> None:
    documented = documented_codes()
    assert set(documented) == set(messages.MESSAGES)
    for code, template in messages.MESSAGES.items():
        named = set(re.findall(r"\{([a-z_]+)(?::[^{}]*)?\}", template))
        assert named == set(documented[code]), code


def test_the_server_says_no_code_outside_the_table() -> None:
    """Every code the sources name (`say("…")`, the tables that pick one) is in it."""
    named: set[str] = set()
    for path in SERVER.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        named |= set(re.findall(r'\bsay\(\s*"([a-z0-9_]+)"', source))
    named |= {f"no_{what}" for what in ("project", "batch", "item", "submission")}
    named |= {f"amend_{r}" for r in ("lease_ended", "reviewed", "gold_verdict", "amended")}
    named |= {"locked_out_username", "locked_out_client", "sign_in_busy"}
    assert named <= set(messages.MESSAGES), named - set(messages.MESSAGES)
    assert len(named) > 25


def _message(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text[:300]
    error = r.json()["error"]
    said = error["details"]["message"]
    assert said["code"] == code, error
    if not code.startswith("requirement_"):  # those write their fractions as percentages
        assert messages.MESSAGES[code].format(**said["params"]) == error["message"]
    return said  # type: ignore[no-any-return]


def test_a_locked_pool_says_why_as_a_code_with_its_values(database: Any, annotator: Any) -> None:
    locked = make_project(
        database,
        real=3,
        requirement_skill="reviews",
        requirement_min_accuracy=0.925,
        requirement_min_gold=2,
    )
    project = annotator.get(f"/projects/{locked.project_id}").json()
    assert project["locked"] == {
        "code": "requirement_no_gold_yet",
        "params": {"skill": "reviews", "min_accuracy": 0.925, "min_gold": 2},
    }
    assert project["locked_reason"].startswith("needs 92.5% accuracy on reviews over ≥ 2")
    said = _message(
        annotator.post(f"/projects/{locked.project_id}/batches", json={"size": 2}),
        403,
        "requirement_no_gold_yet",
    )
    assert said == project["locked"]
    # One missed control item: the accuracy the sentence shows, over how many.
    pool = make_project(database, real=10, gold=1, skill="reviews", gold_ratio_new=0.5)
    batch = lease(annotator, pool.project_id, 4)
    (gold,) = set(item["id"] for item in batch["items"]) & set(pool.gold_ids)
    assert annotator.post("/submissions", json=submission(batch, gold, BAD)).status_code == 201
    project = annotator.get(f"/projects/{locked.project_id}").json()
    assert project["locked"]["code"] == "requirement_not_met"
    assert project["locked"]["params"]["accuracy"] == 0.0
    assert project["locked"]["params"]["answered"] == 1
    assert project["locked_reason"].endswith("you have 0.0% over 1")


def test_refusals_of_a_submission_carry_their_codes(database: Any, annotator: Any) -> None:
    world = make_project(database, real=3, overlap=1)
    batch = lease(annotator, world.project_id, 3)
    item = batch["items"][0]["id"]
    first = submission(batch, item)
    assert annotator.post("/submissions", json=first).status_code == 201
    _message(
        annotator.post("/submissions", json={**first, "active_ms": 1}), 409, "submission_id_taken"
    )
    _message(annotator.post("/submissions", json=submission(batch, item)), 409, "already_answered")
    other = {**submission(batch, item), "batch_id": "nope"}
    _message(annotator.post("/submissions", json=other), 403, "not_your_batch")
    wrong = submission(batch, batch["items"][1]["id"], {"sentiment": "furious"})
    _message(annotator.post("/submissions", json=wrong), 422, "answer_does_not_fit")
    bulk = annotator.post("/submissions/bulk", json={"submissions": [wrong]}).json()
    assert bulk["results"][0]["body"]["error"]["details"]["message"]["code"] == (
        "answer_does_not_fit"
    )


def test_a_missed_control_item_is_said_by_its_code_in_the_history(
    database: Any, annotator: Any
) -> None:
    world = make_project(database, real=2, gold=1, gold_ratio_new=1.0)
    batch = lease(annotator, world.project_id, 3)
    (gold,) = set(item["id"] for item in batch["items"]) & set(world.gold_ids)
    assert annotator.post("/submissions", json=submission(batch, gold, BAD)).status_code == 201
    entries = annotator.get("/submissions?mine=true").json()["submissions"]
    (missed,) = [e for e in entries if e["item_id"] == gold]
    assert missed["review"]["reason"] == "missed a control item"
    assert missed["review"]["message"] == {"code": "missed_control_item", "params": {}}
    assert GOLD_ANSWER  # the gold answer it missed


def test_signing_in_and_tokens_say_their_codes(client: TestClient, make_api: Any) -> None:
    user = make_api("annotator", username="nadia", password="pw-123456")
    wrong = client.post("/api/v1/auth/token", json={"username": "nadia", "password": "nope-nope"})
    _message(wrong, 401, "wrong_credentials")
    _message(client.get("/api/v1/me"), 401, "sign_in_first")
    bad = client.get("/api/v1/me", headers={"Authorization": "Bearer lbl_nothing"})
    _message(bad, 401, "token_invalid")
    assert user.get("/me").status_code == 200


def test_health_names_the_oldest_workbench_the_server_takes(client: TestClient) -> None:
    body = client.get("/api/v1/health").json()
    assert body["min_workbench_version"] == MIN_WORKBENCH_VERSION
    assert "workbench_download_url" not in body


def test_a_server_may_ask_for_a_newer_workbench(tmp_path: Path, database_url: str) -> None:
    env = {
        "LABELER_DATABASE_URL": database_url,
        "LABELER_MEDIA_DIR": str(tmp_path / "media"),
        "LABELER_MIN_WORKBENCH_VERSION": "1.4",
        "LABELER_WORKBENCH_DOWNLOAD_URL": "https://tasks.example.org/get",
    }
    settings = Settings.from_env(env)
    assert Settings.from_env(settings.to_env()) == settings
    with TestClient(create_app(settings)) as client:
        body = client.get("/api/v1/health").json()
    assert body["min_workbench_version"] == "1.4"
    assert body["workbench_download_url"] == "https://tasks.example.org/get"


@pytest.mark.parametrize("raw", ["soon", "1.4-beta-x", "0.0.1"])
def test_a_minimum_that_is_no_version_or_below_the_protocols_is_refused(raw: str) -> None:
    with pytest.raises(SettingError, match="LABELER_MIN_WORKBENCH_VERSION"):
        Settings.from_env({"LABELER_MIN_WORKBENCH_VERSION": raw})
