"""Sign-in limits per client address and per username, a lock-out strangers cannot turn
against the real user, trusted proxies, the hash queue, disabled accounts, the password
cost and its re-hash, and one password rule everywhere."""

from __future__ import annotations

import asyncio
import dataclasses
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from labeler.server import security
from labeler.server.app import create_app
from labeler.server.config import Settings
from labeler.server.db import Database
from labeler.server.models import LoginFailure, User, utcnow
from labeler.server.services import accounts

ATTACKER = "203.0.113.7"
OWNER = "198.51.100.4"
PROXY = "10.0.0.2"


def _client(app: Any, address: str) -> TestClient:
    return TestClient(app, raise_server_exceptions=False, client=(address, 40000))


@pytest.fixture
def app_with(settings: Settings, database: Database, app: Any) -> Iterator[Any]:
    """An app of the test database (migrated by `app`) with some settings changed."""

    def make(**changes: Any) -> Any:
        return create_app(dataclasses.replace(settings, **changes), database, migrate=False)

    yield make


def _login(client: TestClient, username: str, password: str, **headers: str) -> Any:
    body = {"username": username, "password": password}
    return client.post("/api/v1/auth/token", json=body, headers=headers)


def _code(r: Any) -> str:
    return r.json()["error"]["code"] if r.status_code >= 400 else "ok"


def test_one_client_is_limited_across_usernames(app_with: Any, make_api: Any) -> None:
    make_api("annotator", username="iqra", password="iqra-password")
    app = app_with(login_client_max_failures=5)
    with _client(app, ATTACKER) as attacker, _client(app, OWNER) as owner:
        for n in range(5):  # a spray: a different username each time
            assert _login(attacker, f"user-{n}", "guess-guess").status_code == 401
        r = _login(attacker, "iqra", "iqra-password")
        assert r.status_code == 429 and "from this address" in r.json()["error"]["message"]
        assert 1 <= int(r.headers["Retry-After"]) <= 600
        # Another client is not held back by it.
        assert _login(owner, "iqra", "iqra-password").status_code == 200


def test_strangers_cannot_lock_the_real_user_out(
    app_with: Any, make_api: Any, database: Database
) -> None:
    make_api("annotator", username="hina", password="hina-password")
    app = app_with()
    with _client(app, ATTACKER) as attacker, _client(app, OWNER) as owner:
        for _ in range(10):
            assert _login(attacker, "hina", "wrong-guess").status_code == 401
        # The username is locked for the client that failed on it, even with the password.
        assert _code(_login(attacker, "hina", "hina-password")) == "rate_limited"
        # The owner, on a client that has not failed, signs in; their success does not
        # clear the attacker's failures.
        assert _login(owner, "hina", "hina-password").status_code == 200
        assert _code(_login(attacker, "hina", "hina-password")) == "rate_limited"
        # A client that fails on the locked username is locked with it.
        assert _login(owner, "hina", "a-typo-here").status_code == 401
        assert _code(_login(owner, "hina", "hina-password")) == "rate_limited"
    with database.transaction(write=False) as session:
        clients = session.execute(
            select(LoginFailure.client).where(LoginFailure.username == "hina")
        ).scalars()
        assert sorted(set(clients)) == [OWNER, ATTACKER]


def test_the_client_limit_holds_across_server_processes(app_with: Any) -> None:
    first, second = app_with(login_client_max_failures=4), app_with(login_client_max_failures=4)
    with _client(first, ATTACKER) as one, _client(second, ATTACKER) as two:
        for n in range(2):
            assert _login(one, f"a-{n}", "guess-guess").status_code == 401
            assert _login(two, f"b-{n}", "guess-guess").status_code == 401
        assert _code(_login(one, "c", "guess-guess")) == "rate_limited"
        assert _code(_login(two, "c", "guess-guess")) == "rate_limited"


def test_forwarded_addresses_count_only_behind_a_trusted_proxy(app_with: Any) -> None:
    trusting = app_with(login_client_max_failures=3, trusted_proxies=("10.0.0.0/8",))
    with _client(trusting, PROXY) as proxy:
        # Each forwarded client has its own count; an address the client wrote itself
        # (left of what the proxy appended) is not believed.
        for n in range(3):
            r = _login(
                proxy, f"x-{n}", "guess-guess", **{"X-Forwarded-For": f"1.1.1.{n}, {ATTACKER}"}
            )
            assert r.status_code == 401
        assert _code(_login(proxy, "x", "guess", **{"X-Forwarded-For": ATTACKER})) == "rate_limited"
        assert _login(proxy, "x", "guess-guess", **{"X-Forwarded-For": OWNER}).status_code == 401
    ignoring = app_with(login_client_max_failures=3)
    with _client(ignoring, "192.0.2.9") as direct:
        # Untrusted: the header is ignored, and every attempt counts for the peer.
        for n in range(3):
            r = _login(direct, f"y-{n}", "guess-guess", **{"X-Forwarded-For": f"2.2.2.{n}"})
            assert r.status_code == 401
        assert _code(_login(direct, "y", "guess-guess", **{"X-Forwarded-For": "2.2.2.99"})) == (
            "rate_limited"
        )


def test_client_keys() -> None:
    assert accounts.client_key("192.0.2.1") == "192.0.2.1"
    # One IPv6 subscriber can use any address of its /64: they count together.
    assert accounts.client_key("2001:db8:1:2::5") == accounts.client_key("2001:db8:1:2:ff::9")
    assert accounts.client_key("2001:db8:1:2::5") == "2001:db8:1:2::/64"
    assert accounts.client_key("2001:db8:1:3::5") != accounts.client_key("2001:db8:1:2::5")
    assert accounts.client_key("::ffff:192.0.2.1") == "192.0.2.1"
    assert accounts.client_key(None) == "unknown"


def test_a_disabled_account_is_told_so_only_after_the_right_password(
    client: Any, make_api: Any, database: Database
) -> None:
    make_api("annotator", username="jamal", password="jamal-password")
    with database.transaction() as session:
        session.execute(update(User).where(User.username == "jamal").values(disabled_at=utcnow()))
    assert _code(_login(client, "jamal", "wrong-password")) == "unauthenticated"
    r = _login(client, "jamal", "jamal-password")
    assert _code(r) == "forbidden" and "disabled" in r.json()["error"]["message"]


def test_sign_ins_beyond_the_hash_queue_are_asked_to_come_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = threading.Event()

    def slow_verify(password: str, stored: str) -> bool:
        release.wait(10)
        return False

    monkeypatch.setattr(accounts, "verify_password", slow_verify)
    hashing = accounts._Hashing(workers=1, queue=2)

    async def run() -> list[bool | None]:
        tasks = [asyncio.create_task(hashing.verify("p", "h")) for _ in range(2)]
        await asyncio.sleep(0.1)
        refused = await hashing.verify("p", "h")  # a third while two wait or hash
        release.set()
        return [refused, *await asyncio.gather(*tasks)]

    assert asyncio.run(run()) == [None, False, False]
    assert hashing.waiting == 0


def test_a_sign_in_re_hashes_a_hash_of_an_older_cost(
    client: Any, make_api: Any, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_api("annotator", username="kiran", password="kiran-password")  # the lower cost
    stronger = security.ScryptCost(n=2**11, r=8, p=1)
    monkeypatch.setattr(security, "COST", stronger)

    def stored() -> str:
        with database.transaction(write=False) as session:
            return session.execute(
                select(User.password_hash).where(User.username == "kiran")
            ).scalar_one()

    before = stored()
    assert security.needs_rehash(before)
    assert _login(client, "kiran", "wrong-password").status_code == 401
    assert stored() == before  # only the owner's sign-in changes it
    assert _login(client, "kiran", "kiran-password").status_code == 200
    after = stored()
    assert after.startswith(f"scrypt${2**11}$8$1$") and not security.needs_rehash(after)
    assert _login(client, "kiran", "kiran-password").status_code == 200


def test_new_hashes_get_the_recommended_cost() -> None:
    # The tests run at a lower cost (tests/conftest.py): ask a fresh interpreter.
    code = (
        "from labeler.server import security as s; print(s.COST); print(s.hash_password('x' * 8))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0] == "ScryptCost(n=131072, r=8, p=1)"
    assert out[1].startswith("scrypt$131072$8$1$")
    assert security.verify_password("x" * 8, out[1])


def test_a_hash_asking_for_absurd_memory_is_not_tried() -> None:
    assert not security.verify_password("x", "scrypt$1073741824$8$1$AAAA$AAAA")


@pytest.mark.parametrize("password", ["x", "seven77", "p" * 1025])
def test_one_password_rule_on_the_api_and_the_command_line(
    password: str, admin: Any, tmp_path: Path
) -> None:
    r = admin.post("/users", json={"username": "lina", "password": password, "roles": ["lead"]})
    assert r.status_code == 400 and r.json()["error"]["details"]["path"] == "password"
    db = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    argv = ["admin", "create-user", "lina", "--role", "lead", "--password", password]
    done = subprocess.run(
        [sys.executable, "-m", "labeler.cli", *argv, "--database", db],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "password must be a string of 8 to 1024 characters" in done.stderr


def test_a_real_server_believes_no_forwarded_address_unless_told(
    settings: Settings, database: Database, app: Any
) -> None:
    """uvicorn on its own would believe `X-Forwarded-For` from any peer on 127.0.0.1."""
    import requests

    from labeler.server.embedded import EmbeddedServer
    from tests.server.test_concurrency import _free_port

    server = EmbeddedServer(
        dataclasses.replace(settings, login_client_max_failures=2), database, _free_port()
    )
    server.start()
    try:
        url = f"{server.url}/api/v1/auth/token"
        codes = [
            requests.post(
                url,
                json={"username": f"z-{n}", "password": "guess-guess"},
                headers={"X-Forwarded-For": f"198.51.100.{n}"},
                timeout=30,
            ).status_code
            for n in range(3)
        ]
    finally:
        server._server.should_exit = True
        server._thread.join(timeout=10)
    assert codes == [401, 401, 429]


def test_a_sign_in_names_its_token(client: Any, make_api: Any) -> None:
    make_api("annotator", username="nadia", password="nadia-password")
    body = {"username": "nadia", "password": "nadia-password", "name": "workbench on laptop-7"}
    token = client.post("/api/v1/auth/token", json=body).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    listed = client.get("/api/v1/me/tokens", headers=headers).json()
    names = [t["name"] for t in listed["tokens"]]
    assert "workbench on laptop-7" in names
    long = {**body, "name": "x" * 101}
    r = client.post("/api/v1/auth/token", json=long)
    assert r.status_code == 400 and r.json()["error"]["details"]["path"] == "name"
