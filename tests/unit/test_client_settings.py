"""Settings: defaults, round trip, damaged files, unknown keys, versions, atomic save."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from labeler.client import settings as settings_module
from labeler.client.settings import (
    VERSION,
    Profile,
    Settings,
    config_dir,
    load_settings,
    save_settings,
    settings_path,
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "cfg" / "settings.json"


def test_config_dir_prefers_the_explicit_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("LABELER_CONFIG_DIR", str(tmp_path / "explicit"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_dir() == tmp_path / "explicit"
    assert settings_path() == tmp_path / "explicit" / "settings.json"
    monkeypatch.delenv("LABELER_CONFIG_DIR")
    assert config_dir() == tmp_path / "xdg" / "labeler"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert config_dir() == tmp_path / "home" / ".config" / "labeler"


def test_missing_file_gives_defaults_without_problems(path):
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert loaded.problems == []
    assert loaded.settings.idle_seconds == 30
    assert not path.exists()


def test_round_trip(path):
    s = Settings(
        profiles=[Profile("work", "https://tasks.example", "amna")],
        last_profile="work",
        last_project={"work": "p-42"},
        keymap={"image.nudge_left": ["A", "Ctrl+Left"], "submit": []},
        idle_seconds=45,
        ui_scale=1.25,
        font_size=14,
    )
    save_settings(s, path)
    loaded = load_settings(path)
    assert loaded.problems == []
    assert loaded.settings == s
    assert loaded.settings.profile("work") == Profile("work", "https://tasks.example", "amna")
    assert loaded.settings.profile("nobody") is None


def test_the_file_is_human_readable(path):
    save_settings(Settings(keymap={"submit": ["Ctrl+Return"]}), path)
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n")
    assert '\n  "keymap": {\n    "submit": [' in text
    assert json.loads(text)["version"] == VERSION


def test_urdu_names_are_kept_as_written(path):
    save_settings(Settings(profiles=[Profile("کام", "http://x", "عائشہ")]), path)
    assert "عائشہ" in path.read_text(encoding="utf-8")
    assert load_settings(path).settings.profiles[0].username == "عائشہ"


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe garbage", b"[1, 2]", b""])
def test_a_damaged_file_is_kept_aside_and_reported(path, content):
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert len(loaded.problems) == 1
    assert str(path) in loaded.problems[0]
    if content.startswith(b"\xff"):
        return  # undecodable bytes: reported, not copied (read error)
    bad = path.with_name("settings.json.bad")
    assert bad.read_bytes() == content
    assert str(bad) in loaded.problems[0]


def test_bad_values_cost_only_themselves(path):
    path.parent.mkdir(parents=True)
    raw = {
        "version": VERSION,
        "profiles": [{"name": "a", "server_url": "http://a", "username": "u"}, {"name": 3}],
        "last_profile": 7,
        "keymap": {"submit": "Ctrl+Return", "undo": [1, 2], "redo": ["Ctrl+Y"]},
        "idle_seconds": "soon",
        "ui_scale": 99,
        "font_size": None,
    }
    path.write_text(json.dumps(raw), encoding="utf-8")
    loaded = load_settings(path)
    s = loaded.settings
    assert s.profiles == [Profile("a", "http://a", "u")]
    assert s.last_profile is None
    assert s.keymap == {"submit": ["Ctrl+Return"], "redo": ["Ctrl+Y"]}
    assert s.idle_seconds == 30
    assert s.ui_scale == 3.0  # clamped, not refused
    assert s.font_size is None
    text = " ".join(loaded.problems)
    assert "profiles" in text and "last_profile" in text and "keymap.undo" in text
    assert "idle_seconds" in text
    assert path.with_name("settings.json.bad").exists()


def test_unknown_keys_survive_a_save(path):
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"version": VERSION, "theme": "dark", "idle_seconds": 20}))
    loaded = load_settings(path)
    assert loaded.problems == []
    assert loaded.settings.extra == {"theme": "dark"}
    save_settings(loaded.settings, path)
    assert json.loads(path.read_text())["theme"] == "dark"


def test_a_file_without_version_is_migrated(path):
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"idle_seconds": 10}))
    loaded = load_settings(path)
    assert loaded.problems == []
    assert loaded.settings.version == VERSION
    assert loaded.settings.idle_seconds == 10


def test_migrations_run_in_order(path, monkeypatch):
    # A pretend history: version 2 copied `idle` to `idle_min`, version 3 turned
    # minutes into `idle_seconds`.
    def to_seconds(r: dict) -> dict:
        r["idle_seconds"] = r.pop("idle_min") * 60
        return r

    monkeypatch.setattr(settings_module, "VERSION", 3)
    monkeypatch.setitem(settings_module._MIGRATIONS, 1, lambda r: {**r, "idle_min": r["idle"]})
    monkeypatch.setitem(settings_module._MIGRATIONS, 2, to_seconds)
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"version": 1, "idle": 2}))
    loaded = load_settings(path)
    assert loaded.settings.version == 3
    assert loaded.settings.idle_seconds == 120
    assert loaded.settings.extra == {"idle": 2}


def test_a_newer_file_keeps_its_version(path):
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"version": VERSION + 5, "idle_seconds": 12, "new": 1}))
    loaded = load_settings(path)
    assert loaded.problems == []
    assert loaded.settings.version == VERSION + 5
    save_settings(loaded.settings, path)
    assert json.loads(path.read_text())["version"] == VERSION + 5


def test_save_is_atomic_when_the_write_fails(path, monkeypatch):
    save_settings(Settings(idle_seconds=11), path)

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        save_settings(Settings(idle_seconds=99), path)
    monkeypatch.undo()
    assert load_settings(path).settings.idle_seconds == 11
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp left


def test_save_creates_the_config_dir(tmp_path):
    path = tmp_path / "a" / "b" / "settings.json"
    save_settings(Settings(), path)
    assert path.exists()
