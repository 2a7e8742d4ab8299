"""A workbench compares its version with the oldest its task server takes, in PEP 440
order, and an older one is told what to do."""

from __future__ import annotations

import pytest

from labeler.client import versions, wire
from labeler.client.errors import WorkbenchTooOld


@pytest.mark.parametrize(
    ("ours", "needed", "old"),
    [
        ("1.2", "1.4", True),
        ("1.4", "1.4", False),
        ("1.4.0", "1.4", False),  # the same version, written longer
        ("1.9", "1.10", True),  # numbers, not text: 9 < 10
        ("1.10", "1.9", False),
        ("1.4rc1", "1.4", True),  # a release candidate comes before its release
        ("1.4.post1", "1.4", False),
        ("0.1.0", "0.1.0", False),
        ("2.0", "1.4", False),
    ],
)
def test_versions_compare_in_pep_440_order(ours: str, needed: str, old: bool) -> None:
    assert versions.too_old(needed, ours) is old


@pytest.mark.parametrize("needed", [None, "", "soon", "1.4 beta"])
def test_a_server_naming_no_readable_version_takes_any_workbench(needed: str | None) -> None:
    assert versions.too_old(needed, "0.1.0") is False


def test_too_old_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(versions, "this_version", lambda: "1.2")
    versions.check(wire.Health("ok", "1.5", "1.2"))  # new enough: nothing said
    versions.check(wire.Health("ok", "1.5", None))  # an older server names none
    with pytest.raises(WorkbenchTooOld) as caught:
        versions.check(wire.Health("ok", "1.5", "1.4"))
    assert caught.value.needed == "1.4" and caught.value.ours == "1.2"
    assert caught.value.message == (
        "This task server needs labeler 1.4 or newer; this is 1.2. Ask your team lead for the"
        " new version."
    )
    with pytest.raises(WorkbenchTooOld, match="or download it from https://t.example/get"):
        versions.check(wire.Health("ok", "1.5", "1.4", "https://t.example/get"))


def test_health_answers_are_read_with_or_without_the_minimum() -> None:
    assert wire.parse_health({"status": "ok", "version": "0.1.0"}).min_workbench_version is None
    health = wire.parse_health({"status": "ok", "version": "1.5", "min_workbench_version": "1.4"})
    assert health.min_workbench_version == "1.4" and health.workbench_download_url is None


def test_message_codes_are_read_leniently() -> None:
    said = wire.message_code({"code": "requirement_not_met", "params": {"accuracy": 0.88}})
    assert said == wire.MessageCode("requirement_not_met", {"accuracy": 0.88})
    assert wire.message_code({"code": "missed_control_item"}) == wire.MessageCode(
        "missed_control_item", {}
    )
    for bad in (None, "x", {"code": 3}, {"code": "Bad Code"}, {"code": "a", "params": [1]}):
        assert wire.message_code(bad) is None
    assert wire.message_code({"code": "a", "params": {"nested": {"x": 1}}}) is None
