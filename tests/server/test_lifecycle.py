"""Accounts with a lifecycle: admins list, disable, enable and delete users, set their
passwords and revoke their tokens; users list and revoke their own tokens and change their
own password."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from labeler.server.models import LoginFailure, Submission, Token, User
from tests.server.scenario import build_world, submission

PASSWORD = "pw-123456"


def _error(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text[:300]
    body = r.json()["error"]
    assert body["code"] == code and body["message"] and isinstance(body["details"], dict)
    return body


def _login(client: Any, username: str, password: str = PASSWORD) -> Any:
    return client.post("/api/v1/auth/token", json={"username": username, "password": password})


def _as(client: Any, token: str, method: str, path: str, **kw: Any) -> Any:
    headers = {"Authorization": f"Bearer {token}"}
    return client.request(method, f"/api/v1{path}", headers=headers, **kw)


def _tokens(database: Any, user_id: str) -> int:
    with database.transaction(write=False) as session:
        return session.execute(
            select(func.count()).select_from(Token).where(Token.user_id == user_id)
        ).scalar_one()


# -- listing --------------------------------------------------------------------------------


def test_admins_list_users_with_their_state_a_page_at_a_time(admin: Any, make_api: Any) -> None:
    made = [make_api("annotator", username=f"user-{i:02d}") for i in range(5)]
    assert admin.post(f"/users/{made[1].user['id']}/disable").status_code == 200
    first = admin.get("/users", params={"limit": 3}).json()
    assert [u["username"] for u in first["users"]] == ["admin0", "user-00", "user-01"]
    rest = admin.get("/users", params={"limit": 3, "cursor": first["next_cursor"]}).json()
    assert [u["username"] for u in rest["users"]] == ["user-02", "user-03", "user-04"]
    assert rest["next_cursor"] is None
    by_name = {u["username"]: u for u in first["users"] + rest["users"]}
    assert by_name["user-01"]["state"] == "disabled" and by_name["user-01"]["disabled_at"]
    assert by_name["user-00"]["state"] == "active" and by_name["user-00"]["disabled_at"] is None
    assert by_name["user-00"]["tokens"] == 1 and by_name["user-00"]["roles"] == ["annotator"]
    disabled = admin.get("/users", params={"state": "disabled"}).json()["users"]
    assert [u["username"] for u in disabled] == ["user-01"]
    one = admin.get(f"/users/{made[2].user['id']}").json()
    assert one == by_name["user-02"]


def test_listing_users_is_for_admins_and_checks_its_filter(admin: Any, lead: Any) -> None:
    _error(lead.get("/users"), 403, "forbidden")
    _error(admin.get("/users", params={"state": "sleeping"}), 400, "invalid_request")
    _error(admin.get("/users", params={"cursor": "not-a-cursor"}), 400, "invalid_request")
    _error(admin.get("/users/no-such-user"), 404, "not_found")


# -- disabling ------------------------------------------------------------------------------


def test_a_disabled_user_cannot_sign_in_and_no_token_of_theirs_works(
    client: Any, admin: Any, make_api: Any
) -> None:
    user = make_api("annotator", username="nadia")
    second = _login(client, "nadia").json()["token"]
    r = admin.post(f"/users/{user.user['id']}/disable")
    assert r.status_code == 200 and r.json()["state"] == "disabled"
    for token in (user.token, second):
        body = _error(_as(client, token, "GET", "/me"), 401, "unauthenticated")
        assert body["details"] == {
            "reason": "account_disabled",
            "message": {"code": "account_disabled", "params": {}},
        }
    # A wrong password answers as for anyone; the right one is told the account is disabled.
    wrong = _error(_login(client, "nadia", "not-the-password"), 401, "unauthenticated")
    assert wrong == _error(_login(client, "nobody", "not-the-password"), 401, "unauthenticated")
    assert "disabled" in _error(_login(client, "nadia"), 403, "forbidden")["message"]
    # Enabled again, the tokens it had work again and the password signs in.
    r = admin.post(f"/users/{user.user['id']}/enable")
    assert r.status_code == 200 and r.json()["state"] == "active"
    assert _as(client, second, "GET", "/me").status_code == 200
    assert _login(client, "nadia").status_code == 200


def test_disabling_gives_the_users_leased_items_back(admin: Any, lead: Any, make_api: Any) -> None:
    world = build_world(lead, real=1, gold=0)
    first, second = make_api("annotator"), make_api("annotator")
    r = first.post(f"/projects/{world.project_id}/batches", json={"size": 5})
    assert r.status_code == 201 and len(r.json()["items"]) == 1
    assert second.post(f"/projects/{world.project_id}/batches", json={"size": 5}).status_code == 204
    admin.post(f"/users/{first.user['id']}/disable")
    r = second.post(f"/projects/{world.project_id}/batches", json={"size": 5})
    assert r.status_code == 201 and [i["id"] for i in r.json()["items"]] == world.real_ids


def test_disabling_twice_and_enabling_an_active_user_change_nothing(
    admin: Any, make_api: Any
) -> None:
    uid = make_api("annotator").user["id"]
    at = admin.post(f"/users/{uid}/disable").json()["disabled_at"]
    assert admin.post(f"/users/{uid}/disable").json()["disabled_at"] == at
    assert admin.post(f"/users/{uid}/enable").json()["state"] == "active"
    assert admin.post(f"/users/{uid}/enable").json()["state"] == "active"


def test_an_admin_cannot_disable_or_delete_their_own_account(admin: Any) -> None:
    me = admin.user["id"]
    _error(admin.post(f"/users/{me}/disable"), 409, "conflict")
    _error(admin.delete(f"/users/{me}"), 409, "conflict")
    assert admin.get("/me").status_code == 200


def test_only_admins_change_accounts(lead: Any, annotator: Any) -> None:
    uid = annotator.user["id"]
    for method, path, body in (
        ("POST", f"/users/{uid}/disable", None),
        ("POST", f"/users/{uid}/enable", None),
        ("DELETE", f"/users/{uid}", None),
        ("PUT", f"/users/{uid}/password", {"password": "a-new-password"}),
        ("GET", f"/users/{uid}/tokens", None),
        ("DELETE", f"/users/{uid}/tokens", None),
    ):
        _error(lead.request(method, path, json=body), 403, "forbidden")
    assert annotator.get("/me").status_code == 200


# -- deleting -------------------------------------------------------------------------------


def test_a_deleted_users_work_stays_under_their_name(
    client: Any, admin: Any, lead: Any, reviewer: Any, make_api: Any, database: Any
) -> None:
    world = build_world(lead, real=2, gold=0, review_rate=1.0)
    gone = make_api("annotator", username="farewell")
    batch = gone.post(f"/projects/{world.project_id}/batches", json={"size": 2}).json()
    answered, leased = batch["items"][0]["id"], batch["items"][1]["id"]
    assert gone.post("/submissions", json=submission(batch, answered)).status_code == 201
    assert admin.delete(f"/users/{gone.user['id']}").status_code == 204

    # The answer stays, and still names who gave it: the review, the item, the export.
    detail = reviewer.get(f"/items/{answered}").json()
    assert [s["user"] for s in detail["submissions"]] == [
        {"id": gone.user["id"], "username": "farewell"}
    ]
    queue = reviewer.get("/review/queue", params={"project_id": world.project_id}).json()
    assert [s["user"]["username"] for s in queue["submissions"]] == ["farewell"]
    with database.transaction(write=False) as session:
        assert session.execute(select(func.count()).select_from(Submission)).scalar_one() == 1
    # The item they held but did not answer went back to the pool.
    other = make_api("annotator")
    r = other.post(f"/projects/{world.project_id}/batches", json={"size": 2})
    assert r.status_code == 201 and [i["id"] for i in r.json()["items"]] == [leased]

    # Nothing signs in as the account, and it looks like no account at all to a stranger.
    _error(_as(client, gone.token, "GET", "/me"), 401, "unauthenticated")
    assert _tokens(database, gone.user["id"]) == 0
    assert _error(_login(client, "farewell"), 401, "unauthenticated") == _error(
        _login(client, "never-was"), 401, "unauthenticated"
    )
    # The name stays taken, so no new account is read as the one that did this work.
    body = {"username": "farewell", "password": PASSWORD, "roles": ["annotator"]}
    _error(admin.post("/users", json=body), 409, "conflict")


def test_a_deleted_account_is_listed_only_when_asked_and_cannot_change(
    admin: Any, make_api: Any
) -> None:
    uid = make_api("annotator", username="zz-gone").user["id"]
    assert admin.delete(f"/users/{uid}").status_code == 204
    assert admin.delete(f"/users/{uid}").status_code == 204  # repeating it changes nothing
    names = [u["username"] for u in admin.get("/users").json()["users"]]
    assert "zz-gone" not in names
    deleted = admin.get("/users", params={"state": "deleted"}).json()["users"]
    assert [(u["username"], u["state"]) for u in deleted] == [("zz-gone", "deleted")]
    assert deleted[0]["deleted_at"] and deleted[0]["tokens"] == 0
    for method, path, body in (
        ("POST", f"/users/{uid}/disable", None),
        ("POST", f"/users/{uid}/enable", None),
        ("PUT", f"/users/{uid}/password", {"password": "back-from-the-dead"}),
    ):
        _error(admin.request(method, path, json=body), 409, "account_deleted")
    _error(admin.delete("/users/no-such-user"), 404, "not_found")


# -- passwords ------------------------------------------------------------------------------


def test_an_admin_setting_a_password_revokes_every_token_of_the_user(
    client: Any, admin: Any, make_api: Any, database: Any
) -> None:
    user = make_api("annotator", username="reset-me")
    other = _login(client, "reset-me").json()["token"]
    r = admin.put(f"/users/{user.user['id']}/password", json={"password": "the-new-one"})
    assert r.status_code == 200 and r.json() == {"revoked": 2}
    for token in (user.token, other):
        _error(_as(client, token, "GET", "/me"), 401, "unauthenticated")
    _error(_login(client, "reset-me"), 401, "unauthenticated")
    assert _login(client, "reset-me", "the-new-one").status_code == 200
    assert admin.get("/me").status_code == 200


@pytest.mark.parametrize(
    "body", [{}, {"password": "short"}, {"password": 12345678}, {"password": "long-enough", "x": 1}]
)
def test_a_password_an_admin_sets_follows_the_rule(
    admin: Any, annotator: Any, body: dict[str, Any]
) -> None:
    _error(admin.put(f"/users/{annotator.user['id']}/password", json=body), 400, "invalid_request")
    assert annotator.get("/me").status_code == 200


def test_users_change_their_own_password_with_the_current_one(client: Any, make_api: Any) -> None:
    user = make_api("annotator", username="self-service")
    elsewhere = _login(client, "self-service").json()["token"]
    body = {"current_password": PASSWORD, "password": "mine-and-new"}
    r = user.put("/me/password", json=body)
    assert r.status_code == 200 and r.json() == {"revoked": 1}
    assert user.get("/me").status_code == 200  # the token it was changed with stays
    _error(_as(client, elsewhere, "GET", "/me"), 401, "unauthenticated")
    assert _login(client, "self-service", "mine-and-new").status_code == 200
    _error(_login(client, "self-service"), 401, "unauthenticated")


def test_wrong_current_passwords_count_as_failed_sign_ins(
    client: Any, make_api: Any, database: Any
) -> None:
    user = make_api("annotator", username="guessed")
    body = {"current_password": "a-guess-123", "password": "taken-over-1"}
    for _ in range(10):
        _error(user.put("/me/password", json=body), 403, "forbidden")
    r = user.put("/me/password", json={**body, "current_password": PASSWORD})
    _error(r, 429, "rate_limited")
    assert 1 <= int(r.headers["Retry-After"]) <= 600
    with database.transaction(write=False) as session:
        count = session.execute(
            select(func.count()).where(LoginFailure.username == "guessed")
        ).scalar_one()
        stored = session.execute(select(User.password_hash).where(User.username == "guessed"))
        assert count == 10 and stored.scalar_one()
    _error(_login(client, "guessed"), 429, "rate_limited")  # one budget with sign-in
    _error(user.put("/me/password", json={"password": "x" * 8}), 400, "invalid_request")


# -- tokens ---------------------------------------------------------------------------------


def test_tokens_are_listed_by_id_and_name_and_revoked_one_or_all(
    client: Any, admin: Any, make_api: Any, database: Any
) -> None:
    user = make_api("annotator", username="many-tokens")
    second = _login(client, "many-tokens").json()["token"]
    third = _login(client, "many-tokens").json()["token"]
    listed = admin.get(f"/users/{user.user['id']}/tokens").json()["tokens"]
    assert len(listed) == 3 and len({t["id"] for t in listed}) == 3
    for entry in listed:
        assert set(entry) == {
            "id",
            "name",
            "created_at",
            "last_used_at",
            "expires_at",
            "idle_expires_at",
            "current",
        }
        assert len(entry["id"]) == 16 and entry["current"] is False
        assert entry["id"] not in (user.token, second, third)
    mine = _as(client, second, "GET", "/me/tokens").json()["tokens"]
    assert sum(t["current"] for t in mine) == 1
    current = next(t for t in mine if t["current"])
    # Revoking one by its id: that token stops working, the others go on.
    r = admin.delete(f"/users/{user.user['id']}/tokens/{current['id']}")
    assert r.status_code == 204
    _error(_as(client, second, "GET", "/me"), 401, "unauthenticated")
    assert _as(client, third, "GET", "/me").status_code == 200
    _error(admin.delete(f"/users/{user.user['id']}/tokens/{current['id']}"), 404, "not_found")
    _error(admin.delete(f"/users/{user.user['id']}/tokens/%25"), 404, "not_found")
    r = admin.delete(f"/users/{user.user['id']}/tokens")
    assert r.status_code == 200 and r.json() == {"revoked": 2}
    for token in (user.token, third):
        _error(_as(client, token, "GET", "/me"), 401, "unauthenticated")


def test_users_revoke_their_own_tokens_and_only_theirs(client: Any, make_api: Any) -> None:
    user = make_api("annotator", username="own-tokens")
    stranger = make_api("annotator")
    other = _login(client, "own-tokens").json()["token"]
    theirs = stranger.get("/me/tokens").json()["tokens"][0]["id"]
    _error(user.delete(f"/me/tokens/{theirs}"), 404, "not_found")
    assert stranger.get("/me").status_code == 200
    # Sign out everywhere else: the calling token stays.
    r = user.delete("/me/tokens")
    assert r.status_code == 200 and r.json() == {"revoked": 1}
    _error(_as(client, other, "GET", "/me"), 401, "unauthenticated")
    mine = user.get("/me/tokens").json()["tokens"]
    assert [t["current"] for t in mine] == [True]
    assert user.delete(f"/me/tokens/{mine[0]['id']}").status_code == 204
    _error(user.get("/me"), 401, "unauthenticated")
