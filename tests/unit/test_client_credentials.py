"""Tokens: in the keyring when there is one, else in a private file with a notice."""

from __future__ import annotations

import json
import stat

import pytest

keyring = pytest.importorskip("keyring")  # the GUI extra

from keyring.backend import KeyringBackend  # noqa: E402
from keyring.backends import fail, null  # noqa: E402
from keyring.errors import KeyringLocked, PasswordDeleteError  # noqa: E402

from labeler.client.credentials import SERVICE, TokenStore, credential_key  # noqa: E402

URL = "https://tasks.example/"
USER = "amna"


class MemoryKeyring(KeyringBackend):
    """A working keyring that lives in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        if self.saved.pop((service, username), None) is None:
            raise PasswordDeleteError("not there")


class LockedKeyring(MemoryKeyring):
    """A keyring that is there but refuses, like a locked Secret Service."""

    def get_password(self, service, username):
        raise KeyringLocked("the collection is locked")

    def set_password(self, service, username, password):
        raise KeyringLocked("the collection is locked")


@pytest.fixture
def global_keyring():
    """Put back whatever keyring the process had."""
    before = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(before)


def test_tokens_go_to_a_working_keyring(tmp_path, global_keyring):
    ring = MemoryKeyring()
    global_keyring(ring)
    store = TokenStore(tmp_path)
    assert store.uses_keyring and store.notice is None
    store.set(URL, USER, "secret-1")
    assert ring.saved == {(SERVICE, credential_key(URL, USER)): "secret-1"}
    assert store.get(URL, USER) == "secret-1"
    assert not store.path.exists()
    store.delete(URL, USER)
    assert store.get(URL, USER) is None
    store.delete(URL, USER)  # twice is fine


def test_the_key_names_server_and_user():
    assert credential_key("https://a.example/", "amna") == credential_key(
        "https://a.example", "amna"
    )
    assert credential_key("https://a.example", "amna") != credential_key(
        "https://b.example", "amna"
    )
    assert credential_key("https://a.example", "x") != credential_key("https://a.example", "y")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_without_a_keyring_tokens_go_to_a_private_file(tmp_path, global_keyring, backend):
    global_keyring(backend)
    store = TokenStore(tmp_path / "data")
    assert not store.uses_keyring
    store.set(URL, USER, "secret-2")
    store.set("http://other", "bilal", "secret-3")
    assert store.get(URL, USER) == "secret-2"
    assert store.get("http://other", "bilal") == "secret-3"
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert store.notice == (
        f"No system keyring found; the token is kept in {store.path}, readable only by you."
    )
    store.delete(URL, USER)
    assert store.get(URL, USER) is None
    assert json.loads(store.path.read_text())["tokens"] == {
        credential_key("http://other", "bilal"): "secret-3"
    }


def test_this_machine_falls_back_when_it_has_no_keyring(tmp_path):
    # Whatever keyring the test machine has, a store works end to end.
    store = TokenStore(tmp_path)
    store.set(URL, USER, "t")
    assert store.get(URL, USER) == "t"
    assert (store.notice is None) == store.uses_keyring


def test_a_failing_keyring_falls_back_and_says_why(tmp_path, caplog):
    store = TokenStore(tmp_path, backend=LockedKeyring())
    assert store.uses_keyring
    store.set(URL, USER, "secret-4")
    assert not store.uses_keyring
    assert store.get(URL, USER) == "secret-4"
    assert "locked" in (store.notice or "")
    assert str(store.path) in (store.notice or "")
    assert any("keyring failed" in r.getMessage() for r in caplog.records)


def test_a_token_saved_without_keyring_is_found_and_moved_once_one_exists(tmp_path):
    TokenStore(tmp_path, backend=fail.Keyring()).set(URL, USER, "old")
    ring = MemoryKeyring()
    store = TokenStore(tmp_path, backend=ring)
    assert store.get(URL, USER) == "old"
    store.set(URL, USER, "new")
    assert store.get(URL, USER) == "new"
    # No plain-text copy left behind once the keyring holds it.
    assert json.loads(store.path.read_text())["tokens"] == {}


def test_a_file_others_can_read_is_made_private(tmp_path):
    store = TokenStore(tmp_path, backend=fail.Keyring())
    store.set(URL, USER, "t")
    store.path.chmod(0o644)
    assert store.get(URL, USER) == "t"
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_a_damaged_file_reads_as_empty(tmp_path):
    store = TokenStore(tmp_path, backend=fail.Keyring())
    store.path.write_text("{oops")
    store.path.chmod(0o600)
    assert store.get(URL, USER) is None
    store.set(URL, USER, "t")
    assert store.get(URL, USER) == "t"


def test_the_data_dir_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "d"))
    store = TokenStore(backend=fail.Keyring())
    assert store.path == tmp_path / "d" / "tokens.json"
