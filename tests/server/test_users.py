"""POST /users (admin)."""

from __future__ import annotations

from typing import Any

import pytest


def _error(r: Any, status: int, code: str) -> None:
    assert r.status_code == status, r.text[:300]
    error = r.json()["error"]
    assert error["code"] == code and error["message"] and isinstance(error["details"], dict)


def test_admin_creates_a_user_who_can_sign_in(admin: Any, client: Any) -> None:
    r = admin.post(
        "/users", json={"username": "زینب", "password": "long enough", "roles": ["annotator"]}
    )
    assert r.status_code == 201, r.text
    user = r.json()
    assert user["username"] == "زینب" and user["roles"] == ["annotator"] and user["id"]
    r = client.post("/api/v1/auth/token", json={"username": "زینب", "password": "long enough"})
    assert r.status_code == 200 and r.json()["user"]["id"] == user["id"]


def test_taken_username_is_a_conflict(admin: Any) -> None:
    body = {"username": "hamza", "password": "password1", "roles": ["annotator"]}
    assert admin.post("/users", json=body).status_code == 201
    _error(admin.post("/users", json=body), 409, "conflict")


@pytest.mark.parametrize(
    "body",
    [
        {"username": "", "password": "password1", "roles": ["annotator"]},
        {"username": "x" * 65, "password": "password1", "roles": ["annotator"]},
        {"username": "two words", "password": "password1", "roles": ["annotator"]},
        {"username": "tab\tname", "password": "password1", "roles": ["annotator"]},
        {"username": "ok", "password": "short", "roles": ["annotator"]},
        {"username": "ok", "password": 12345678, "roles": ["annotator"]},
        {"username": "ok", "password": "password1", "roles": []},
        {"username": "ok", "password": "password1", "roles": ["emperor"]},
        {"username": "ok", "password": "password1", "roles": "admin"},
        {"username": "ok", "password": "password1", "roles": ["annotator"], "extra": 1},
    ],
)
def test_invalid_users_are_refused(admin: Any, body: dict[str, Any]) -> None:
    _error(admin.post("/users", json=body), 400, "invalid_request")


def test_only_admins_create_users(lead: Any, client: Any) -> None:
    body = {"username": "iqra", "password": "password1", "roles": ["annotator"]}
    _error(lead.post("/users", json=body), 403, "forbidden")
    _error(client.post("/api/v1/users", json=body), 401, "unauthenticated")
