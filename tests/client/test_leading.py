"""The lead's client calls against the real server (`labeler serve` on loopback): projects
with every setting, refused settings and schemas with their paths, schema versions."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from labeler.client.api import TaskServer
from labeler.client.errors import BadResponse, Forbidden
from labeler.client.leading import (
    InvalidProject,
    LeadClient,
    Requirement,
    parse_lead_project,
    parse_versions,
    settings_json,
)
from labeler.client.wire import Reward
from tests.client.conftest import LiveServer, User
from tests.server.scenario import IMAGE_SCHEMA

pytestmark = pytest.mark.slow


@pytest.fixture
def client(server: LiveServer) -> Iterator[LeadClient]:
    user = User(server, ["lead"])
    api = TaskServer(server.url, user.token)
    yield LeadClient(api)
    api.close()


def a_name() -> str:
    return f"Street scenes {uuid.uuid4().hex[:6]}"


def test_create_with_every_setting_and_list(client: LeadClient) -> None:
    name = a_name()
    made = client.create_project(
        name,
        IMAGE_SCHEMA,
        overlap=3,
        gold_ratio=0.15,
        gold_ratio_new=0.4,
        calibration_gold=12,
        lease_seconds=600,
        review_rate=0.25,
        reward=Reward(Decimal("0.05"), "usd"),
        training=False,
        requirement=Requirement("street-scenes", 0.92, 20),
    )
    assert made.name == name and made.media == "image" and made.schema_version == 1
    assert (made.overlap, made.gold_ratio, made.gold_ratio_new) == (3, 0.15, 0.4)
    assert (made.calibration_gold, made.lease_seconds, made.review_rate) == (12, 600, 0.25)
    assert made.reward == Reward(Decimal("0.05"), "USD")
    assert made.requirement == Requirement("street-scenes", 0.92, 20) and made.private
    assert made.skill == made.id and made.active
    listed = {p.id: p for p in client.projects()}
    assert listed[made.id] == made
    assert client.project(made.id) == made


def test_defaults_follow_the_protocol(client: LeadClient) -> None:
    made = client.create_project(a_name(), IMAGE_SCHEMA)
    assert (made.overlap, made.gold_ratio, made.gold_ratio_new) == (1, 0.1, 0.3)
    assert (made.calibration_gold, made.lease_seconds, made.review_rate) == (20, 1800, 1.0)
    assert made.requirement is None and not made.training and made.reward.amount == 0
    assert made.lease_order == "sequence"


@pytest.mark.parametrize(
    "setting, value",
    [
        ("name", "Renamed project"),
        ("skill", "street-scenes"),
        ("overlap", 5),
        ("gold_ratio", 0.2),
        ("gold_ratio_new", 0.5),
        ("calibration_gold", 0),
        ("lease_seconds", 3600),
        ("review_rate", 0.0),
        ("training", True),
        ("pay_failed_gold", True),
        ("active", False),
        ("lease_order", "least_confident"),
        ("reward", Reward(Decimal("1.25"), "PKR")),
        ("requirement", Requirement("street-scenes", 0.9, 10)),
    ],
)
def test_update_each_setting(client: LeadClient, setting: str, value: Any) -> None:
    made = client.create_project(a_name(), IMAGE_SCHEMA)
    changed = client.update_project(made.id, **{setting: value})
    assert getattr(changed, setting) == value
    others = {k: v for k, v in made.settings().items() if k != setting}
    assert {k: v for k, v in changed.settings().items() if k != setting} == others


def test_requirement_removed_makes_a_public_pool(client: LeadClient) -> None:
    made = client.create_project(a_name(), IMAGE_SCHEMA, requirement=Requirement("x", 0.8, 5))
    assert client.update_project(made.id, requirement=None).requirement is None


@pytest.mark.parametrize(
    "settings, path",
    [
        ({"overlap": 0}, "overlap"),
        ({"lease_seconds": 10}, "lease_seconds"),
        ({"gold_ratio": 1.5}, "gold_ratio"),
        ({"reward": {"amount": "-1", "currency": "USD"}}, "reward.amount"),
        ({"reward": {"amount": "1", "currency": "dollars"}}, "reward.currency"),
        ({"requirement": {"skill": "x", "min_accuracy": 2}}, "requirement.min_accuracy"),
        ({"lease_order": "random"}, "lease_order"),
    ],
)
def test_a_refused_setting_names_its_path(
    client: LeadClient, settings: dict[str, Any], path: str
) -> None:
    made = client.create_project(a_name(), IMAGE_SCHEMA)
    with pytest.raises(InvalidProject) as caught:
        client.update_project(made.id, **settings)
    assert [p.path for p in caught.value.setting_problems] == [path]
    assert caught.value.schema_problems == []
    with pytest.raises(InvalidProject) as caught:
        client.create_project(a_name(), IMAGE_SCHEMA, **settings)
    assert [p.path for p in caught.value.setting_problems] == [path]


def test_a_refused_schema_names_paths_inside_it(client: LeadClient) -> None:
    schema = copy.deepcopy(IMAGE_SCHEMA)
    schema["fields"][1]["labels"][0]["hotkey"] = "1"  # the scene's "urban" has it
    schema["fields"][0]["name"] = "Scene"
    with pytest.raises(InvalidProject) as caught:
        client.create_project(a_name(), schema)
    paths = {p.path for p in caught.value.schema_problems}
    assert paths == {"fields[0].name", "fields[1].labels[0].hotkey"}
    assert caught.value.setting_problems == []
    assert all(p.path.startswith("schema.") for p in caught.value.problems)


def test_schema_versions_and_put(client: LeadClient) -> None:
    made = client.create_project(a_name(), IMAGE_SCHEMA)
    first = client.schema(made.id)
    assert first.version == 1 and first.raw["title"] == "Street scenes"
    changed = copy.deepcopy(first.raw)
    changed["fields"][0]["labels"].append({"value": "coastal", "hotkey": "3"})
    stored = client.put_schema(made.id, changed)
    assert stored.version == 2 and "coastal" in stored.schema.field("scene").label_values()
    assert client.put_schema(made.id, changed).version == 2  # identical: same version
    assert client.schema(made.id, 1).schema == first.schema
    versions = client.schema_versions(made.id)
    assert [v.version for v in versions] == [1, 2]


def test_put_schema_refused_with_paths(client: LeadClient) -> None:
    made = client.create_project(a_name(), IMAGE_SCHEMA)
    wrong = {**copy.deepcopy(IMAGE_SCHEMA), "media": "text"}
    del wrong["fields"][1]  # boxes need image media; the choice field fits any
    with pytest.raises(InvalidProject) as caught:
        client.put_schema(made.id, wrong)
    assert "media" in {p.path for p in caught.value.schema_problems}
    clash = copy.deepcopy(IMAGE_SCHEMA)
    clash["fields"][0]["labels"][1]["hotkey"] = "C"
    with pytest.raises(InvalidProject) as caught:
        client.put_schema(made.id, clash)
    assert [p.path for p in caught.value.schema_problems] == ["fields[1].labels[0].hotkey"]
    assert client.schema(made.id).version == 1


def test_an_annotator_may_not_create(server: LiveServer) -> None:
    user = User(server, ["annotator"])
    api = TaskServer(server.url, user.token)
    try:
        with pytest.raises(Forbidden):
            LeadClient(api).create_project(a_name(), IMAGE_SCHEMA)
    finally:
        api.close()


# Hostile or buggy answers end at the boundary with the place named.


def project_json(**changes: Any) -> dict[str, Any]:
    body = {
        "id": "p",
        "name": "P",
        "media": "image",
        "schema_version": 1,
        "skill": "p",
        "reward": {"amount": "0", "currency": "USD"},
        "overlap": 1,
        "gold_ratio": 0.1,
        "gold_ratio_new": 0.3,
        "calibration_gold": 20,
        "lease_seconds": 1800,
        "review_rate": 1.0,
        "training": False,
        "requirement": None,
    }
    body.update(changes)
    return body


@pytest.mark.parametrize(
    "changes, place",
    [
        ({"overlap": "3"}, "overlap"),
        ({"gold_ratio": 7}, "gold_ratio"),
        ({"requirement": {"skill": 3, "min_accuracy": 0.9}}, "requirement.skill"),
        ({"requirement": {"skill": "s", "min_accuracy": True}}, "requirement.min_accuracy"),
        ({"active": "yes"}, "active"),
        ({"pay_failed_gold": 1}, "pay_failed_gold"),
        ({"lease_order": "random"}, "lease_order"),
        ({"lease_order": 3}, "lease_order"),
    ],
)
def test_off_protocol_projects_are_refused(changes: dict[str, Any], place: str) -> None:
    with pytest.raises(BadResponse, match=place.replace(".", r"\.")):
        parse_lead_project(project_json(**changes))


def test_versions_must_be_distinct_and_in_order() -> None:
    ok = parse_versions({"versions": [{"version": 1, "created_at": "2026-01-02T03:04:05Z"}]})
    assert ok[0].created_at is not None and ok[0].created_at.year == 2026
    with pytest.raises(BadResponse, match="versions"):
        parse_versions({"versions": [{"version": 2}, {"version": 1}]})
    with pytest.raises(BadResponse):
        parse_versions({"versions": [{"version": 1, "created_at": "yesterday"}]})


def test_settings_json_refuses_unknown_settings() -> None:
    assert settings_json({"reward": {"amount": Decimal("0.50"), "currency": "USD"}}) == {
        "reward": {"amount": "0.5", "currency": "USD"}
    }
    with pytest.raises(ValueError, match="colour"):
        settings_json({"colour": "red"})
