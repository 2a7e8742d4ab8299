"""The profiles this machine has: a workbench started offline with a server and a token
finds the username of its profile there, however the address is written."""

from __future__ import annotations

from pathlib import Path

from labeler.client import paths, wire
from labeler.client.profiles import known_profiles, username_for
from labeler.client.store import Store


def make_profile(root: Path, url: str, username: str, heard: bool = False) -> None:
    store = Store.open(paths.profile_path(root, url, username))
    try:
        store.set_profile(url, username)
        if heard:
            store.save_me(wire.parse_me({"id": "u1", "username": username, "roles": []}))
    finally:
        store.close()


def test_an_offline_start_finds_the_profile_however_the_address_is_written(
    tmp_path: Path,
) -> None:
    make_profile(tmp_path, "http://127.0.0.1:18473/api/v1", "amna")
    make_profile(tmp_path, "http://other.example:8470/api/v1", "bilal")
    assert {p.username for p in known_profiles(tmp_path)} == {"amna", "bilal"}
    for written in (
        "http://127.0.0.1:18473",  # what `labeler --server` is given
        "127.0.0.1:18473",
        "HTTP://127.0.0.1:18473/",
        "http://127.0.0.1:18473/api/v1",
    ):
        assert username_for(written, tmp_path) == "amna", written
    assert username_for("http://127.0.0.1:9", tmp_path) is None
    assert username_for("ftp://nowhere", tmp_path) is None


def test_of_two_profiles_on_one_server_the_one_heard_from_last(tmp_path: Path) -> None:
    make_profile(tmp_path, "http://127.0.0.1:18473/api/v1", "amna")
    make_profile(tmp_path, "http://127.0.0.1:18473/api/v1", "chen", heard=True)
    assert username_for("http://127.0.0.1:18473", tmp_path) == "chen"
