"""What a host does with plugins, Qt-free: which assist answers a prompt, which proposals
are kept, accepting one as one undo step of the draft, and checks in their own error
boundaries."""

from __future__ import annotations

from typing import Any

import pytest

from labeler.core.answers import ItemContext
from labeler.core.editing import Draft
from labeler.core.plugins import CheckWarning, ItemView, Prompt, Proposal
from labeler.core.plugins.host import Pending, Refused, Target, fitting, run_checks, usable
from labeler.core.schema import parse_schema

SCHEMA = parse_schema(
    {
        "title": "t",
        "media": "image",
        "instructions": "",
        "fields": [
            {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}], "max_count": 2},
            {"name": "outlines", "kind": "polygons", "labels": [{"value": "car"}]},
            {"name": "scene", "kind": "choice", "labels": [{"value": "urban"}, {"value": "rural"}]},
        ],
    }
)
PICTURE = ItemContext(width=100, height=80)
TRIANGLE = {"label": "car", "points": [[10, 10], [30, 10], [20, 30]]}


class Assist:
    def __init__(self, name: str, prompts: set[str], fields: set[str] | None = None) -> None:
        self.name, self.title = name, name
        self.media = frozenset({"image"})
        self.prompts = frozenset(prompts)
        if fields is not None:
            self.fields = frozenset(fields)

    def propose(self, *args: Any) -> list[Proposal]:
        return []


def test_an_assist_that_says_its_field_kinds_goes_first() -> None:
    general = Assist("ml-backend", {"click", "item"})
    opencv = Assist("opencv-click", {"click"}, {"polygons", "boxes"})
    onnx = Assist("onnx", {"item"}, {"boxes", "choice"})
    assists = [general, opencv, onnx]
    assert fitting(assists, "image", "click", "polygons") == [opencv, general]
    assert fitting(assists, "image", "item", "choice") == [onnx]  # a general one: regions
    assert fitting(assists, "text", "click", "polygons") == []


def test_proposals_not_valid_for_the_field_are_left_out_and_said() -> None:
    click = Target("outlines", Prompt("click", ((15.0, 15.0),), label="car"))
    proposals = [
        Proposal("outlines", {"points": TRIANGLE["points"]}, 0.9),  # takes the armed label
        Proposal("outlines", {"label": "bus", "points": TRIANGLE["points"]}),
        Proposal("outlines", {"label": "car", "points": [[0, 0], [500, 0], [0, 9]]}),
        Proposal("objects", {"label": "car", "x": 1, "y": 1, "w": 2, "h": 2}),
        Proposal("outlines", {**TRIANGLE}, confidence=3.0),  # no such confidence
    ]
    kept, problems = usable(proposals, SCHEMA, click, PICTURE)
    assert [p.value for p in kept] == [TRIANGLE, TRIANGLE]
    assert [p.confidence for p in kept] == [0.9, None]
    assert len(problems) == 3 and "unknown label" in problems[0]


def test_accepting_a_proposal_is_one_undo_step() -> None:
    draft = Draft(SCHEMA)
    click = Target("outlines", Prompt("click", ((15.0, 15.0),), label="car"))
    pending = Pending(click, [Proposal("outlines", TRIANGLE), Proposal("outlines", TRIANGLE)], "a")
    pending.cycle(1)
    assert pending.current == 1
    change, index = pending.accept(draft)
    assert (change.field, index) == ("outlines", 0)
    assert draft.regions("outlines") == [TRIANGLE]
    assert pending.proposals == []  # alternatives: the others go
    draft.undo()
    assert draft.answer() == {} and not draft.can_undo


def test_a_proposal_standing_in_for_a_region_replaces_it_if_unchanged() -> None:
    box = {"label": "car", "x": 10, "y": 10, "w": 30, "h": 20}
    tighter = {**box, "x": 12, "w": 26}
    draft = Draft(SCHEMA, {"objects": [box]})
    prompt = Prompt("box", ((10.0, 10.0), (40.0, 30.0)), label="car")
    pending = Pending(Target("objects", prompt, 0, box), [Proposal("objects", tighter)], "a")
    change, index = pending.accept(draft)
    assert (change.field, change.index, index) == ("objects", 0, 0)
    assert draft.regions("objects") == [tighter]
    moved = Pending(Target("objects", prompt, 0, box), [Proposal("objects", box)], "a")
    with pytest.raises(Refused) as refused:
        moved.accept(draft)  # the box is not what it was when asked
    assert refused.value.why == "changed"


def test_a_full_field_refuses_and_labels_set_a_choice() -> None:
    box = {"label": "car", "x": 10, "y": 10, "w": 30, "h": 20}
    draft = Draft(SCHEMA, {"objects": [box, box]})
    whole = Target("objects", Prompt("item"))
    pending = Pending(whole, [Proposal("objects", box), Proposal("objects", box)], "a")
    with pytest.raises(Refused) as refused:
        pending.accept(draft)
    assert (refused.value.why, refused.value.max_count) == ("full", 2)
    assert len(pending.proposals) == 2  # nothing taken, nothing dropped
    assert pending.reject() and len(pending.proposals) == 1  # for the item: one goes
    label = Pending(Target("scene", Prompt("item")), [Proposal("scene", {"label": "rural"})], "a")
    change, index = label.accept(draft)
    assert draft.value("scene") == "rural" and index is None and change.field == "scene"


class Says:
    name = title = "says"

    def check(self, item: Any, schema: Any, answer: Any) -> list[CheckWarning]:
        answer["objects"] = "changed"  # a check's copy, never the answer sent
        return [CheckWarning("look", field="objects", index=0)]


class Raises:
    name = title = "raises"

    def check(self, item: Any, schema: Any, answer: Any) -> list[CheckWarning]:
        raise KeyError("w")


class Wrong:
    name = title = "wrong"

    def check(self, item: Any, schema: Any, answer: Any) -> list[str]:
        return ["not a warning"]


def test_checks_run_each_in_its_own_error_boundary() -> None:
    answer = {"objects": [{"label": "car", "x": 1, "y": 1, "w": 2, "h": 2}]}
    found = run_checks([Raises(), Says(), Wrong()], ItemView("i", "image"), SCHEMA, answer)
    assert [(f.check, len(f.warnings), f.error is not None) for f in found] == [
        ("raises", 0, True),
        ("says", 1, False),
        ("wrong", 0, True),
    ]
    assert answer["objects"][0]["w"] == 2
