"""Sign-in, its rate limit, token revocation and GET /me."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from labeler.server.app import create_app
from labeler.server.models import LoginFailure
from tests.server.factory import add_submission
from tests.server.scenario import build_world, submission


def _error(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text[:300]
    body = r.json()["error"]
    assert body["code"] == code
    assert isinstance(body["message"], str) and body["message"]
    assert isinstance(body["details"], dict)
    return body


def _login(client: Any, username: str, password: str) -> Any:
    return client.post("/api/v1/auth/token", json={"username": username, "password": password})


def test_sign_in_returns_a_working_token(client: Any, make_api: Any) -> None:
    api = make_api("annotator", username="amna", password="correct horse")
    r = _login(client, "amna", "correct horse")
    assert r.status_code == 200
    body = r.json()
    assert body["user"] == {"id": api.user["id"], "username": "amna", "roles": ["annotator"]}
    token = body["token"]
    assert token.startswith("lbl_") and len(token) >= 4 + 43  # the prefix, 32 random bytes
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200 and me.json()["username"] == "amna"


def test_bad_credentials_look_alike(client: Any, make_api: Any) -> None:
    make_api("annotator", username="bilal", password="right-password")
    wrong = _error(_login(client, "bilal", "wrong-password"), 401, "unauthenticated")
    unknown = _error(_login(client, "nobody-here", "wrong-password"), 401, "unauthenticated")
    assert wrong == unknown


def test_malformed_sign_in_bodies(client: Any) -> None:
    for body in ({}, {"username": "x"}, {"username": 5, "password": "p"}, [], "x"):
        _error(client.post("/api/v1/auth/token", json=body), 400, "invalid_request")


def test_rate_limit_after_ten_failures(client: Any, make_api: Any, database: Any) -> None:
    make_api("annotator", username="chand", password="the-password")
    for _ in range(10):
        _error(_login(client, "chand", "nope-nope"), 401, "unauthenticated")
    r = _login(client, "chand", "nope-nope")
    _error(r, 429, "rate_limited")
    assert 1 <= int(r.headers["Retry-After"]) <= 600
    # Even the right password waits out the lock.
    _error(_login(client, "chand", "the-password"), 429, "rate_limited")
    # Other usernames are not affected.
    make_api("annotator", username="dua", password="dua-password")
    assert _login(client, "dua", "dua-password").status_code == 200
    with database.transaction(write=False) as session:
        count = session.execute(
            select(func.count()).where(LoginFailure.username == "chand")
        ).scalar_one()
    assert count == 10


def test_failures_are_shared_between_processes(
    client: Any, make_api: Any, settings: Any, database: Any
) -> None:
    """A second app on the same database (another server process) sees the same count."""
    from fastapi.testclient import TestClient

    make_api("annotator", username="ehsan", password="ehsan-password")
    for _ in range(5):
        _login(client, "ehsan", "bad-password")
    other = create_app(settings, database, migrate=False)
    with TestClient(other, raise_server_exceptions=False) as second:
        for _ in range(5):
            assert _login(second, "ehsan", "bad-password").status_code == 401
        _error(_login(second, "ehsan", "ehsan-password"), 429, "rate_limited")
    _error(_login(client, "ehsan", "ehsan-password"), 429, "rate_limited")


def test_old_failures_expire(client: Any, make_api: Any, database: Any) -> None:
    make_api("annotator", username="faiza", password="faiza-password")
    long_ago = datetime.now(UTC) - timedelta(minutes=11)
    with database.transaction() as session:
        for _ in range(10):
            session.add(LoginFailure(username="faiza", at=long_ago))
    assert _login(client, "faiza", "faiza-password").status_code == 200


def test_success_clears_earlier_failures(client: Any, make_api: Any) -> None:
    make_api("annotator", username="ghazal", password="ghazal-password")
    for _ in range(9):
        _login(client, "ghazal", "wrong-one")
    assert _login(client, "ghazal", "ghazal-password").status_code == 200
    for _ in range(9):
        assert _login(client, "ghazal", "wrong-one").status_code == 401
    assert _login(client, "ghazal", "ghazal-password").status_code == 200


def test_revoking_a_token(client: Any, make_api: Any) -> None:
    api = make_api("annotator")
    other = make_api("annotator")
    assert api.delete("/auth/token").status_code == 204
    _error(api.get("/me"), 401, "unauthenticated")
    _error(api.delete("/auth/token"), 401, "unauthenticated")
    assert other.get("/me").status_code == 200


def test_me_without_history(annotator: Any) -> None:
    me = annotator.get("/me").json()
    assert me == {
        "id": annotator.user["id"],
        "username": annotator.user["username"],
        "roles": ["annotator"],
        "skills": {},
        "earnings": {"currency": "USD", "pending": "0.00", "approved": "0.00", "rejected": "0.00"},
        "earnings_by_currency": [],
    }


def test_me_skills_and_earnings(lead: Any, annotator: Any, database: Any) -> None:
    world = build_world(lead, real=3, gold=2, reward={"amount": "0.40", "currency": "PKR"})
    skill = lead.get(f"/projects/{world.project_id}").json()["skill"]
    uid, pid = annotator.user["id"], world.project_id
    for item, status in zip(world.real_ids, ("pending", "accepted", "rejected"), strict=True):
        add_submission(
            database,
            uid,
            pid,
            item,
            {"scene": "urban"},
            skill=skill,
            status=status,
            reward="0.40",
            currency="PKR",
        )
    add_submission(
        database,
        uid,
        pid,
        world.gold_ids[0],
        {"scene": "rural"},
        skill=skill,
        is_gold=True,
        gold_passed=True,
        reward="0.40",
        currency="PKR",
    )
    add_submission(
        database,
        uid,
        pid,
        world.gold_ids[1],
        {"scene": "urban"},
        skill=skill,
        is_gold=True,
        gold_passed=False,
        reward="0.40",
        currency="PKR",
    )
    me = annotator.get("/me").json()
    assert me["skills"] == {skill: {"gold_answered": 2, "gold_passed": 1, "accuracy": 0.5}}
    assert me["earnings"] == {
        "currency": "PKR",
        "pending": "0.40",
        "approved": "1.20",
        "rejected": "0.40",
    }
    assert me["earnings_by_currency"] == [me["earnings"]]


def test_me_earnings_in_two_currencies(lead: Any, annotator: Any, database: Any) -> None:
    """Money earned in USD stays, in USD, after a first answer in a project paying PKR;
    `earnings` names the currency of the newest paid submission, never a sum of two."""
    usd = build_world(lead, real=5, gold=0, reward={"amount": "0.845", "currency": "USD"})
    pkr = build_world(lead, real=2, gold=0, reward={"amount": "12", "currency": "PKR"})
    uid, skill = annotator.user["id"], "streets"
    earlier = datetime.now(UTC) - timedelta(hours=1)
    for item in usd.real_ids[:4]:
        add_submission(
            database, uid, usd.project_id, item, {"scene": "urban"},
            skill=skill, status="accepted", reward="0.845", currency="USD", at=earlier,
        )  # fmt: skip
    r = annotator.post(f"/projects/{pkr.project_id}/batches", json={"size": 2})
    assert r.status_code == 201, r.text
    batch = r.json()
    first, second = (item["id"] for item in batch["items"])
    r = annotator.post("/submissions", json=submission(batch, first))
    assert r.status_code == 201 and r.json()["status"] == "pending", r.text
    # A skip after it pays nothing: the newest paid submission is still the PKR answer.
    skip = {**submission(batch, second), "answer": None, "skip_reason": "unclear"}
    r = annotator.post("/submissions", json=skip)
    assert r.status_code == 201, r.text

    me = annotator.get("/me").json()
    assert me["earnings_by_currency"] == [
        {"currency": "PKR", "pending": "12.00", "approved": "0.00", "rejected": "0.00"},
        {"currency": "USD", "pending": "0.00", "approved": "3.38", "rejected": "0.00"},
    ]
    assert me["earnings"] == me["earnings_by_currency"][0]

    # Another USD answer, newer than the PKR one: `earnings` follows it, PKR stays listed.
    add_submission(
        database, uid, usd.project_id, usd.real_ids[4], {"scene": "rural"},
        skill=skill, status="rejected", reward="0.50", currency="USD",
        at=datetime.now(UTC) + timedelta(minutes=1),
    )  # fmt: skip
    me = annotator.get("/me").json()
    assert [e["currency"] for e in me["earnings_by_currency"]] == ["PKR", "USD"]
    assert me["earnings"] == {
        "currency": "USD", "pending": "0.00", "approved": "3.38", "rejected": "0.50"
    }  # fmt: skip


def test_a_token_is_safe_on_a_command_line() -> None:
    """URL-safe base64 may start with "-", which `labeler --token -x…` would read as an
    option; the prefix rules that out."""
    from labeler.server.security import new_token

    tokens = [new_token() for _ in range(2000)]
    assert all(t.startswith("lbl_") for t in tokens)
    assert len(set(tokens)) == len(tokens)
