"""Tokens expire after an idle time and a maximum age; their use is written at most every
few minutes and never on a request's path; a valid token is renewed into a new one."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from labeler.server import tokenuse
from labeler.server.app import create_app
from labeler.server.config import SettingError, Settings
from labeler.server.models import Token
from labeler.server.security import token_hash

DAY = timedelta(days=1)
EXPIRED = {"code": "token_expired", "params": {}}


def _error(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text[:300]
    body = r.json()["error"]
    assert body["code"] == code and body["message"] and isinstance(body["details"], dict)
    return body


def _me(client: Any, token: str) -> Any:
    return client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})


def _row(database: Any, token: str) -> Token | None:
    with database.transaction(write=False) as session:
        return session.get(Token, token_hash(token))


def _set(database: Any, token: str, **values: Any) -> None:
    with database.transaction() as session:
        session.execute(update(Token).where(Token.token_hash == token_hash(token)).values(**values))


def _settled(app: Any) -> None:
    """Every use noted so far is written."""
    app.state.token_use.wait()


def test_a_token_unused_for_the_idle_time_expires(
    client: Any, app: Any, annotator: Any, database: Any
) -> None:
    now = datetime.now(UTC)
    _set(database, annotator.token, created_at=now - 20 * DAY, last_used_at=now - 13 * DAY)
    assert _me(client, annotator.token).status_code == 200  # 13 days idle: still good
    _settled(app)
    _set(database, annotator.token, last_used_at=now - 14 * DAY - timedelta(seconds=1))
    body = _error(_me(client, annotator.token), 401, "unauthenticated")
    assert body["details"] == {"reason": "token_expired", "message": EXPIRED}


def test_a_token_older_than_the_maximum_age_expires_however_used(
    client: Any, app: Any, annotator: Any, database: Any
) -> None:
    now = datetime.now(UTC)
    _set(database, annotator.token, created_at=now - 89 * DAY, last_used_at=now)
    assert _me(client, annotator.token).status_code == 200
    _settled(app)
    _set(database, annotator.token, created_at=now - 90 * DAY - timedelta(seconds=1))
    body = _error(_me(client, annotator.token), 401, "unauthenticated")
    assert body["details"] == {"reason": "token_expired", "message": EXPIRED}
    # A token never used counts its idle time from when it was made.
    _set(database, annotator.token, created_at=now - 15 * DAY, last_used_at=None)
    _error(_me(client, annotator.token), 401, "unauthenticated")


def test_the_times_come_from_the_settings_and_the_environment(
    database: Any, settings: Settings, make_api: Any
) -> None:
    env = {"LABELER_TOKEN_IDLE_SECONDS": "3600", "LABELER_TOKEN_MAX_AGE_SECONDS": "86400"}
    assert Settings.from_env(env).token_idle_seconds == 3600
    assert Settings.from_env(env).token_max_age_seconds == 86400
    with pytest.raises(SettingError, match="LABELER_TOKEN_IDLE_SECONDS"):
        Settings.from_env({"LABELER_TOKEN_IDLE_SECONDS": "two weeks"})
    short = Settings(
        database_url=settings.database_url, media_dir=settings.media_dir, token_idle_seconds=3600
    )
    api = make_api("annotator")
    _set(database, api.token, last_used_at=datetime.now(UTC) - timedelta(hours=2))
    with TestClient(create_app(short, database, migrate=False)) as client:
        _error(_me(client, api.token), 401, "unauthenticated")
    assert _me(api.client, api.token).status_code == 200  # under the default of 14 days


def test_use_is_written_once_per_few_minutes_not_per_request(
    client: Any, app: Any, settings: Settings, database: Any, make_api: Any, monkeypatch: Any
) -> None:
    writes: list[str] = []
    record = tokenuse.record_use

    def counted(session: Any, policy: Any, digest: str, *rest: Any) -> None:
        writes.append(digest)
        record(session, policy, digest, *rest)

    monkeypatch.setattr(tokenuse, "record_use", counted)
    api = make_api("annotator")
    assert _row(database, api.token).last_used_at is None
    for _ in range(20):
        assert api.get("/me").status_code == 200
    _settled(app)
    assert writes == [token_hash(api.token)]
    first = _row(database, api.token).last_used_at
    assert first is not None and datetime.now(UTC) - first < timedelta(minutes=1)
    # Another server process reads the fresh time and writes nothing either.
    other = create_app(settings, database, migrate=False)
    with TestClient(other) as second:
        assert _me(second, api.token).status_code == 200
        other.state.token_use.wait()
    assert len(writes) == 1
    # Once the recorded use is older than the touch interval, a request records it again.
    _set(database, api.token, last_used_at=first - timedelta(minutes=6))
    another = create_app(settings, database, migrate=False)
    with TestClient(another) as third:
        assert _me(third, api.token).status_code == 200
        another.state.token_use.wait()
    assert len(writes) == 2 and _row(database, api.token).last_used_at > first


def test_recording_use_never_holds_up_a_request(
    client: Any, app: Any, database: Any, make_api: Any
) -> None:
    """While another transaction holds the write lock (SQLite) or the token's row
    (PostgreSQL), a request is answered; its use is written once that ends."""
    api = make_api("annotator")
    holding, answered, released = threading.Event(), threading.Event(), threading.Event()

    def hold() -> None:
        with database.transaction() as session:
            session.execute(
                update(Token).where(Token.token_hash == token_hash(api.token)).values(name="held")
            )
            holding.set()
            answered.wait(timeout=60)
            released.set()

    holder = threading.Thread(target=hold)
    holder.start()
    assert holding.wait(timeout=60)
    assert api.get("/me").status_code == 200
    # Answered while the holder still holds on: had the request written its token's use
    # itself, it would have waited for the holder to give up.
    assert not released.is_set()
    answered.set()
    holder.join()
    _settled(app)
    row = _row(database, api.token)
    assert row.name == "held" and row.last_used_at is not None


def test_expired_tokens_are_cleared_when_the_user_is_next_seen(
    client: Any, app: Any, database: Any, make_api: Any
) -> None:
    api = make_api("annotator", username="tidy")
    old = client.post("/api/v1/auth/token", json={"username": "tidy", "password": "pw-123456"})
    stale = old.json()["token"]
    _set(database, stale, created_at=datetime.now(UTC) - 100 * DAY)
    listed = api.get("/me/tokens").json()["tokens"]
    assert [t["current"] for t in listed] == [True]  # a token that no longer works is not listed
    _settled(app)
    assert _row(database, stale) is None and _row(database, api.token) is not None


def test_the_calling_token_says_when_it_expires(
    client: Any, app: Any, annotator: Any, database: Any
) -> None:
    created = _row(database, annotator.token).created_at
    info = annotator.get("/auth/token").json()
    assert info["current"] is True and info["id"] == token_hash(annotator.token)[:16]
    assert datetime.fromisoformat(info["expires_at"]) == created + 90 * DAY
    # 14 days from its last use: this request's, when already written, else its making.
    idle = datetime.fromisoformat(info["idle_expires_at"])
    assert created + 14 * DAY <= idle <= datetime.now(UTC) + 14 * DAY


def test_renewal_gives_a_new_token_and_the_old_one_goes_when_it_is_first_used(
    client: Any, app: Any, annotator: Any, database: Any
) -> None:
    _set(database, annotator.token, name="workbench")
    r = annotator.post("/auth/token/renew")
    assert r.status_code == 200, r.text
    body = r.json()
    new = body["token"]
    assert new.startswith("lbl_") and new != annotator.token
    assert body["user"] == annotator.user
    assert set(body) == {"token", "user", "expires_at", "idle_expires_at"}
    assert _row(database, new).name == "workbench"
    # Until the new token is used, the old one works: an answer lost on the way costs nothing.
    assert _me(client, annotator.token).status_code == 200
    assert _me(client, new).status_code == 200
    _settled(app)
    _error(_me(client, annotator.token), 401, "unauthenticated")
    assert _me(client, new).status_code == 200


def test_renewing_again_when_the_answer_was_lost_drops_the_unused_token(
    client: Any, app: Any, annotator: Any, database: Any
) -> None:
    lost = annotator.post("/auth/token/renew").json()["token"]
    kept = annotator.post("/auth/token/renew").json()["token"]
    _error(_me(client, lost), 401, "unauthenticated")
    assert _me(client, kept).status_code == 200
    _settled(app)
    _error(_me(client, annotator.token), 401, "unauthenticated")
    with database.transaction(write=False) as session:
        hashes = session.execute(
            select(Token.token_hash).where(Token.user_id == annotator.user["id"])
        ).scalars()
        assert list(hashes) == [token_hash(kept)]


def test_expired_or_disabled_tokens_are_not_renewed(
    client: Any, admin: Any, make_api: Any, database: Any
) -> None:
    expired, disabled = make_api("annotator"), make_api("annotator")
    _set(database, expired.token, created_at=datetime.now(UTC) - 91 * DAY)
    _error(expired.post("/auth/token/renew"), 401, "unauthenticated")
    admin.post(f"/users/{disabled.user['id']}/disable")
    _error(disabled.post("/auth/token/renew"), 401, "unauthenticated")
    _error(client.post("/api/v1/auth/token/renew"), 401, "unauthenticated")
