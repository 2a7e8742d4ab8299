"""`labeler admin …`: users and tokens from the command line, on the database a server
uses (the server sees each change at its next request)."""

from __future__ import annotations

import io
from typing import Any

import pytest

from labeler.cli import main

PASSWORD = "cli-password-1"


@pytest.fixture
def admin_cli(database_url: str, capsys: pytest.CaptureFixture[str]) -> Any:
    """admin_cli("disable", "amna") -> (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["admin", *args, "--database", database_url])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _me(client: Any, token: str) -> int:
    r = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    return int(r.status_code)


def _login(client: Any, username: str, password: str = PASSWORD) -> Any:
    return client.post("/api/v1/auth/token", json={"username": username, "password": password})


def _new_user(admin_cli: Any, name: str) -> str:
    code, _, _ = admin_cli("create-user", name, "--role", "annotator", "--password", PASSWORD)
    assert code == 0
    code, token, _ = admin_cli("token", name, "--token-name", "import script")
    assert code == 0
    return token.strip()


def test_disable_and_enable_from_the_command_line(admin_cli: Any, client: Any) -> None:
    token = _new_user(admin_cli, "amna")
    assert _me(client, token) == 200
    code, out, _ = admin_cli("disable", "amna")
    assert code == 0 and "disabled" in out
    assert _me(client, token) == 401
    assert _login(client, "amna").status_code == 403
    code, _, err = admin_cli("token", "amna")
    assert code == 2 and "disabled" in err
    code, out, _ = admin_cli("users")
    assert [line.split()[:2] for line in out.splitlines()[1:]] == [["amna", "disabled"]]
    assert admin_cli("enable", "amna")[0] == 0
    assert _me(client, token) == 200


def test_a_password_set_from_the_command_line_revokes_every_token(
    admin_cli: Any, client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = _new_user(admin_cli, "bilal")
    signed_in = _login(client, "bilal").json()["token"]
    monkeypatch.setattr("sys.stdin", io.StringIO("a-brand-new-one\n"))
    code, out, _ = admin_cli("set-password", "bilal")
    assert code == 0 and "2 tokens revoked" in out
    assert _me(client, token) == 401 and _me(client, signed_in) == 401
    assert _login(client, "bilal", "a-brand-new-one").status_code == 200
    code, _, err = admin_cli("set-password", "bilal", "--password", "short")
    assert code == 2 and "8 to 1024" in err


def test_creating_an_existing_user_with_a_new_password_revokes_their_tokens(
    admin_cli: Any, client: Any
) -> None:
    """The reset the CLI always had (`create-user` of an existing name) left the tokens of
    whoever held one working."""
    token = _new_user(admin_cli, "chen")
    code, _, _ = admin_cli("create-user", "chen", "--role", "annotator", "--password", PASSWORD)
    assert code == 0 and _me(client, token) == 200  # the same password: nothing to shut out
    code, out, _ = admin_cli("create-user", "chen", "--role", "annotator", "--password", "n3w-pass")
    assert code == 0 and "1 token revoked" in out
    assert _me(client, token) == 401


def test_tokens_listed_and_revoked_from_the_command_line(admin_cli: Any, client: Any) -> None:
    first = _new_user(admin_cli, "dua")
    second = _login(client, "dua").json()["token"]
    code, out, _ = admin_cli("tokens", "dua")
    lines = out.splitlines()
    header = ["id", "name", "created", "last", "used", "expires", "if", "unused"]
    assert code == 0 and lines[0].split() == header
    assert any("import script" in line for line in lines[1:]) and len(lines) == 3
    ids = [line.split()[0] for line in lines[1:]]
    assert all(len(i) == 16 for i in ids)
    assert admin_cli("revoke", "dua")[0] == 2  # neither an id nor --all
    named = next(line.split()[0] for line in lines[1:] if "import script" in line)
    assert admin_cli("revoke", "dua", named)[0] == 0
    assert _me(client, first) == 401 and _me(client, second) == 200
    code, _, err = admin_cli("revoke", "dua", named)
    assert code == 2 and "No token" in err
    code, out, _ = admin_cli("revoke", "dua", "--all")
    assert code == 0 and "1 token of dua revoked" in out
    assert _me(client, second) == 401
    assert admin_cli("tokens", "dua")[1].strip() == "dua has no tokens"


def test_delete_from_the_command_line_needs_yes_and_keeps_the_name(
    admin_cli: Any, client: Any
) -> None:
    token = _new_user(admin_cli, "ehsan")
    code, _, err = admin_cli("delete", "ehsan")
    assert code == 2 and "--yes" in err and _me(client, token) == 200
    assert admin_cli("delete", "ehsan", "--yes")[0] == 0
    assert _me(client, token) == 401
    assert _login(client, "ehsan").status_code == 401
    code, _, err = admin_cli("create-user", "ehsan", "--role", "annotator", "--password", PASSWORD)
    assert code == 2 and "deleted" in err
    assert "ehsan" not in admin_cli("users")[1]
    assert "deleted" in admin_cli("users", "--all")[1]
    code, _, err = admin_cli("disable", "nobody")
    assert code == 2 and "no user named" in err
