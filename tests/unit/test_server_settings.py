"""`Settings.from_env`: the one way every server process reads its `LABELER_*` settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from labeler.server.config import SettingError, Settings
from labeler.server.embedded import demo_settings

ENV = {
    "LABELER_DATABASE_URL": "sqlite:////srv/labeler.sqlite3",
    "LABELER_MEDIA_DIR": "/srv/media",
    "LABELER_MAX_MEDIA_BYTES": "1048576",
}


def test_every_setting_in_the_environment_is_read() -> None:
    settings = Settings.from_env(ENV)
    assert settings.database_url == "sqlite:////srv/labeler.sqlite3"
    assert settings.media_dir == Path("/srv/media")
    assert settings.max_media_bytes == 1048576


def test_what_a_command_line_gives_wins_over_the_environment() -> None:
    settings = Settings.from_env(ENV, database_url="sqlite:///here.sqlite3")
    assert settings.database_url == "sqlite:///here.sqlite3"
    assert settings.max_media_bytes == 1048576


def test_workers_build_the_settings_of_the_process_that_starts_them() -> None:
    """`labeler serve --workers N` hands its settings on through the environment."""
    settings = Settings.from_env(ENV, media_dir=Path("/elsewhere"))
    assert Settings.from_env(settings.to_env()) == settings


def test_unset_or_blank_variables_leave_the_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LABELER_SERVER_DIR", "/data")
    assert Settings.from_env({"LABELER_MAX_MEDIA_BYTES": " "}) == Settings()


@pytest.mark.parametrize("raw", ["lots", "0", "-5", "1.5"])
def test_a_value_that_cannot_be_used_names_its_variable(raw: str) -> None:
    with pytest.raises(SettingError, match=f"LABELER_MAX_MEDIA_BYTES .*{raw!r}"):
        Settings.from_env({"LABELER_MAX_MEDIA_BYTES": raw})


def test_the_demo_keeps_its_own_folder_and_takes_the_other_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    settings = demo_settings(tmp_path)
    assert settings.media_dir == tmp_path / "media"
    assert settings.database_url == f"sqlite:///{tmp_path / 'labeler.sqlite3'}"
    assert settings.max_media_bytes == 1048576


def test_trusted_proxies_come_from_the_environment_and_go_to_workers() -> None:
    settings = Settings.from_env({"LABELER_TRUSTED_PROXIES": " 10.0.0.0/8, ::1 "})
    assert settings.trusted_proxies == ("10.0.0.0/8", "::1")
    assert Settings.from_env(settings.to_env()) == settings
    assert Settings.from_env(Settings().to_env()).trusted_proxies == ()
    with pytest.raises(SettingError, match="LABELER_TRUSTED_PROXIES.*'proxy.example'"):
        Settings.from_env({"LABELER_TRUSTED_PROXIES": "10.0.0.1,proxy.example"})


def test_serve_takes_trusted_proxies_from_its_command_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from labeler.cli import build_parser
    from labeler.server.commands import CommandError, server_settings

    monkeypatch.setenv("LABELER_TRUSTED_PROXIES", "192.0.2.1")
    args = build_parser().parse_args(["serve", "--trusted-proxy", "10.1.2.3"])
    assert server_settings(args).trusted_proxies == ("10.1.2.3",)
    assert server_settings(build_parser().parse_args(["serve"])).trusted_proxies == ("192.0.2.1",)
    bad = build_parser().parse_args(["serve", "--trusted-proxy", "nginx"])
    with pytest.raises(CommandError, match="'nginx'"):
        server_settings(bad)


def test_the_sign_in_limits_come_from_the_environment() -> None:
    settings = Settings.from_env(
        {
            "LABELER_LOGIN_MAX_FAILURES": "20",
            "LABELER_LOGIN_CLIENT_MAX_FAILURES": "300",
            "LABELER_LOGIN_WINDOW_SECONDS": "900",
        }
    )
    assert (settings.login_max_failures, settings.login_client_max_failures) == (20, 300)
    assert settings.login_window_seconds == 900
    assert Settings.from_env(settings.to_env()) == settings
