"""A lead's project figures: the stats answer in its new and old shapes, hostile JSON,
who needs a look, and the real server's answer for a small project."""

from __future__ import annotations

import copy
import json
import uuid
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from labeler.client import wire
from labeler.client.analytics import (
    Agreement,
    AnnotatorFigures,
    Confusion,
    ProposalFigures,
    confusion_fields,
    fetch,
    flags,
    label_title,
    metric_title,
    parse_stats,
    project_requirement,
    sorted_by_flags,
)
from labeler.client.api import TaskServer
from labeler.client.errors import BadResponse, Forbidden
from tests.client.conftest import LiveServer, User
from tests.server.scenario import now

NEW: dict[str, Any] = {
    "items_total": 40,
    "items_done": 12,
    "submissions": 57,
    "median_active_ms": 6400.0,
    "too_fast_ms": 2000.0,
    "agreement": {
        "scene": {"metric": "krippendorff_alpha", "value": -0.12},
        "objects": {"metric": "mean_pairwise_box_f1", "value": 0.81},
        "words": {"metric": "mean_pairwise_wer", "value": None},
    },
    "annotators": [
        {
            "user": {"id": "u1", "username": "demo"},
            "submissions": 30,
            "gold_answered": 10,
            "gold_passed": 6,
            "gold_accuracy": 0.6,
            "gold_accuracy_ci": [0.3127, 0.8318],
            "median_active_ms": 5200.0,
            "too_fast": 9,
            "accepted": 12,
            "rejected": 4,
            "acceptance_rate": 0.75,
            "longest_streak": 14,
        },
        {
            "user": {"id": "u2", "username": "ayesha"},
            "submissions": 27,
            "gold_answered": 0,
            "gold_passed": 0,
            "gold_accuracy": None,
            "gold_accuracy_ci": None,
            "median_active_ms": 7100,
            "too_fast": 0,
            "accepted": 0,
            "rejected": 0,
            "acceptance_rate": None,
            "longest_streak": 3,
        },
    ],
    "fields": {
        "scene": {
            "kind": "choice",
            "confusion": {"labels": ["urban", "rural"], "matrix": [[5, 1], [3, 1]]},
        },
        "objects": {"kind": "boxes", "confusion": None},
        "words": {"kind": "transcript", "confusion": None},
    },
}

OLD: dict[str, Any] = {
    "items_total": 10,
    "items_done": 2,
    "submissions": 9,
    "agreement": {"scene": {"metric": "krippendorff_alpha", "value": 0.4}},
    "annotators": [
        {
            "user": "demo",
            "submissions": 9,
            "gold_answered": 20,
            "gold_accuracy": 0.5,
            "median_active_ms": 10_000,
            "accepted": 3,
            "rejected": 1,
        }
    ],
}


def test_the_new_shape() -> None:
    stats = parse_stats(NEW)
    assert (stats.items_total, stats.items_done, stats.submissions) == (40, 12, 57)
    assert stats.median_active_ms == 6400 and stats.too_fast_ms == 2000
    demo = stats.annotator("demo")
    assert demo is not None
    assert demo.gold_accuracy_ci == (0.3127, 0.8318) and demo.gold_passed == 6
    assert (demo.too_fast, demo.longest_streak, demo.acceptance_rate) == (9, 14, 0.75)
    ayesha = stats.annotator("ayesha")
    assert ayesha is not None and ayesha.gold_accuracy is None and ayesha.acceptance_rate is None
    names = [f.name for f in stats.fields]
    assert names == ["scene", "objects", "words"]
    scene = stats.fields[0]
    assert scene.kind == "choice" and scene.agreement == Agreement("krippendorff_alpha", -0.12)
    assert scene.confusion is not None and scene.confusion.total == 10
    assert scene.confusion.agreed() == pytest.approx(0.6) and scene.confusion.largest == 5
    assert [f.name for f in confusion_fields(stats)] == ["scene"]
    assert stats.fields[2].agreement == Agreement("mean_pairwise_wer", None)


def test_proposals_per_field_and_none_without_prefill() -> None:
    body = {
        **NEW,
        "proposals": {
            "objects": {"answers": 50, "changed": 17, "changed_share": 0.34, "mean_change": 0.12}
        },
    }
    (objects,) = parse_stats(body).proposals
    assert objects == ProposalFigures("objects", 50, 17, 0.34, 0.12)
    assert parse_stats(NEW).proposals == ()
    assert parse_stats({**NEW, "proposals": {}}).proposals == ()


def test_the_old_shape_gets_what_can_be_worked_out() -> None:
    stats = parse_stats(OLD)
    demo = stats.annotators[0]
    assert demo.user == "demo" and demo.gold_passed == 10
    assert demo.gold_accuracy_ci is not None
    low, high = demo.gold_accuracy_ci
    assert 0.29 < low < 0.5 < high < 0.71  # Wilson, 10 of 20
    assert demo.acceptance_rate == 0.75
    assert demo.too_fast is None and demo.longest_streak is None
    assert stats.median_active_ms is None and stats.too_fast_ms == 2000  # the floor
    assert [(f.name, f.kind, f.confusion) for f in stats.fields] == [("scene", None, None)]
    bare = parse_stats({"agreement": {"scene": 0.3}, "median_active_ms": 20_000})
    assert bare.fields[0].agreement == Agreement("", 0.3)
    assert bare.too_fast_ms == 5000 and bare.annotators == ()


def test_a_user_no_longer_there() -> None:
    body = copy.deepcopy(NEW)
    body["annotators"][0]["user"] = None
    assert parse_stats(body).annotators[0].user == "(unknown user)"


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda b: b.update(annotators={}), "annotators"),
        (lambda b: b["annotators"][0].update(user=7), "annotators[0].user"),
        (lambda b: b["annotators"][0].update(user=""), "annotators[0].user"),
        (lambda b: b["annotators"][0].update(submissions=-1), "annotators[0].submissions"),
        (lambda b: b["annotators"][0].update(submissions=True), "annotators[0].submissions"),
        (lambda b: b["annotators"][0].update(gold_passed=11), "annotators[0].gold_passed"),
        (lambda b: b["annotators"][0].update(gold_accuracy=1.5), "annotators[0].gold_accuracy"),
        (lambda b: b["annotators"][0].update(gold_accuracy_ci=[0.9, 0.1]), "gold_accuracy_ci"),
        (lambda b: b["annotators"][0].update(gold_accuracy_ci=[0.1]), "gold_accuracy_ci"),
        (lambda b: b["annotators"][0].update(gold_accuracy_ci="wide"), "gold_accuracy_ci"),
        (lambda b: b["annotators"][0].update(median_active_ms=-5), "median_active_ms"),
        (lambda b: b["annotators"][0].update(median_active_ms="slow"), "median_active_ms"),
        (lambda b: b["annotators"][0].update(acceptance_rate=2), "acceptance_rate"),
        (lambda b: b.update(too_fast_ms=-1), "too_fast_ms"),
        (lambda b: b.update(fields=[]), "fields"),
        (lambda b: b["fields"].update(scene=3), "fields.scene"),
        (lambda b: b["fields"]["scene"].update(kind=4), "fields.scene.kind"),
        (lambda b: b["fields"]["scene"]["confusion"].update(labels="urban"), "labels"),
        (lambda b: b["fields"]["scene"]["confusion"].update(labels=["a", "a"]), "labels"),
        (lambda b: b["fields"]["scene"]["confusion"].update(labels=[1, 2]), "labels[0]"),
        (lambda b: b["fields"]["scene"]["confusion"].update(matrix=[[1, 2]]), "matrix"),
        (lambda b: b["fields"]["scene"]["confusion"].update(matrix=[[1], [2]]), "matrix[0]"),
        (lambda b: b["fields"]["scene"]["confusion"].update(matrix=[[1, -2], [0, 0]]), "matrix[0]"),
        (lambda b: b["fields"]["scene"]["confusion"].update(matrix=[[1, 0.5], [0, 0]]), "matrix"),
        (lambda b: b["fields"]["scene"]["confusion"].update(matrix=[[1, True], [0, 0]]), "matrix"),
        (lambda b: b["agreement"]["scene"].update(value=3), "agreement.scene.value"),
        (lambda b: b["agreement"]["scene"].update(value="high"), "agreement.scene.value"),
        (lambda b: b["agreement"].update(scene=[1]), "agreement.scene"),
        (lambda b: b.update(proposals=[1]), "proposals"),
        (lambda b: b.update(proposals={"scene": 1}), "proposals.scene"),
        (lambda b: b.update(proposals={"scene": {"answers": -1}}), "proposals.scene.answers"),
        (
            lambda b: b.update(proposals={"scene": {"answers": 1, "changed": 2}}),
            "proposals.scene.changed",
        ),
        (
            lambda b: b.update(proposals={"scene": {"answers": 1, "mean_change": 1.5}}),
            "proposals.scene.mean_change",
        ),
        (
            lambda b: b["fields"]["scene"]["confusion"].update(
                labels=[str(i) for i in range(1001)]
            ),
            "labels",
        ),
    ],
)
def test_hostile_stats_are_a_bad_response(change: Any, where: str) -> None:
    body = copy.deepcopy(NEW)
    change(body)
    with pytest.raises(BadResponse) as caught:
        parse_stats(body)
    assert where in caught.value.message


def test_not_an_object_at_all() -> None:
    for body in (None, [], "stats", 3):
        with pytest.raises(BadResponse, match="project statistics"):
            parse_stats(body)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
ANNOTATOR_KEYS = st.sampled_from(list(NEW["annotators"][0]))
TOP_KEYS = st.sampled_from(list(NEW))


def _mutants() -> st.SearchStrategy[Any]:
    annotator = st.dictionaries(ANNOTATOR_KEYS, JSON).map(
        lambda d: {"annotators": [{**NEW["annotators"][0], **d}]}
    )
    top = st.dictionaries(TOP_KEYS, JSON).map(lambda d: {**NEW, **d})
    confusion = JSON.map(lambda c: {"fields": {"f": {"kind": "choice", "confusion": c}}})
    return st.one_of(JSON, annotator, top, confusion)


@settings(max_examples=300, deadline=None)
@given(_mutants())
def test_hostile_json_is_a_bad_response_or_parses(body: Any) -> None:
    try:
        stats = parse_stats(json.loads(json.dumps(body)))
    except BadResponse:
        return
    for a in stats.annotators:
        flags(a, 0.9)  # whatever parsed can be flagged without surprises
    for f in stats.fields:
        if f.confusion is not None:
            f.confusion.agreed()


# -- who needs a look ------------------------------------------------------------------------


def figures(**kw: Any) -> AnnotatorFigures:
    base: dict[str, Any] = {
        "user": "demo",
        "submissions": 40,
        "gold_answered": 20,
        "gold_passed": 18,
        "gold_accuracy": 0.9,
        "gold_accuracy_ci": (0.70, 0.97),
        "median_active_ms": 6000.0,
        "accepted": 10,
        "rejected": 0,
        "acceptance_rate": 1.0,
        "too_fast": 0,
        "longest_streak": 4,
    }
    return AnnotatorFigures(**{**base, **kw})


def test_an_interval_entirely_below_the_requirement_is_flagged() -> None:
    assert flags(figures(), 0.92) == []  # below on average, but it may be bad luck
    low = figures(gold_accuracy=0.55, gold_accuracy_ci=(0.34, 0.74))
    (flag,) = flags(low, 0.92)
    assert flag.kind == "accuracy" and flag.word == "below bar"
    assert flag.text == (
        "Gold accuracy 34%–74% (95 % interval over 20) is entirely below the 92% requirement."
    )
    assert flags(low, None) == []  # no requirement, no bar to be below


def test_many_too_fast_answers_and_long_streaks_are_flagged() -> None:
    fast = figures(too_fast=9)
    assert [f.kind for f in flags(fast, None)] == ["too_fast"]
    assert "9 of 40 submissions (22.5%)" in flags(fast, None)[0].text
    assert flags(figures(too_fast=2, submissions=4), None) == []  # too few to say
    assert flags(figures(too_fast=None), None) == []  # an older server: not known
    streak = figures(longest_streak=12)
    assert [f.word for f in flags(streak, None)] == ["same answers"]
    assert flags(figures(longest_streak=None), None) == []


def test_who_needs_a_look_comes_first() -> None:
    calm = figures(user="zara")
    busy = figures(user="bilal", too_fast=20, longest_streak=30)
    one = figures(user="Amir", longest_streak=15)
    assert [a.user for a in sorted_by_flags([calm, one, busy], None)] == ["bilal", "Amir", "zara"]


def test_words_for_metrics_and_labels() -> None:
    assert metric_title("krippendorff_alpha") == "Krippendorff's alpha"
    assert metric_title("mean_pairwise_box_f1") == "mean pairwise box F1"
    assert metric_title("mean_pairwise_wer") == "mean pairwise 1 − WER"
    assert metric_title("mean_pairwise_normalized_exact") == "mean pairwise normalized exact"
    assert label_title("") == "(none)" and label_title("urban") == "urban"
    assert Confusion((), ()).agreed() is None and Confusion((), ()).largest == 0


def project(pid: str, skill: str, requirement: dict[str, Any] | None = None) -> wire.Project:
    return wire.parse_project(
        {
            "id": pid,
            "name": pid,
            "media": "image",
            "schema_version": 1,
            "skill": skill,
            "requirement": requirement,
        }
    )


def test_the_requirement_a_project_is_held_to() -> None:
    open_pool = project("street", "street")
    pro = project("street-pro", "pro", {"skill": "street", "min_accuracy": 0.92, "min_gold": 20})
    other = project("audio", "audio")
    hostile = project("odd", "odd", {"skill": "odd", "min_accuracy": "high"})
    projects = [open_pool, pro, other, hostile]
    assert project_requirement(projects, "street") == 0.92  # the pool on its skill
    assert project_requirement(projects, "street-pro") == 0.92
    assert project_requirement(projects, "audio") is None
    assert project_requirement(projects, "odd") is None
    assert project_requirement(projects, "missing") is None


# -- against the real server ------------------------------------------------------------------

SCHEMA: dict[str, Any] = {
    "title": "Scene",
    "media": "text",
    "fields": [
        {
            "name": "scene",
            "kind": "choice",
            "labels": [{"value": "urban", "hotkey": "1"}, {"value": "rural", "hotkey": "2"}],
        },
        {"name": "clarity", "kind": "rating", "min": 1, "max": 3},
        {"name": "note", "kind": "text"},
    ],
}


@pytest.mark.slow
def test_stats_of_the_real_server(server: LiveServer) -> None:
    lead_user = User(server, ["lead"])
    lead = lead_user.caller
    r = lead.post(
        "/projects",
        json={
            "name": f"Scenes {uuid.uuid4().hex[:6]}",
            "schema": SCHEMA,
            "overlap": 2,
            "gold_ratio": 0.5,
            "gold_ratio_new": 0.5,
            "calibration_gold": 0,
        },
    )
    assert r.status_code == 201, r.text
    pid = r.json()["id"]
    items = [{"text": f"Street {i}"} for i in range(3)]
    gold = {"answer": {"scene": "urban", "clarity": 2}}
    items += [{"text": f"Gold {i}", "gold": gold} for i in range(2)]
    assert lead.post(f"/projects/{pid}/items", json={"items": items}).status_code == 201
    annotators = [User(server, ["annotator"]) for _ in range(2)]
    for n, user in enumerate(annotators):
        for _ in range(10):
            got = user.caller.post(f"/projects/{pid}/batches", json={"size": 5})
            if got.status_code == 204:
                break
            batch = got.json()
            for item in batch["items"]:
                body = {
                    "id": str(uuid.uuid4()),
                    "batch_id": batch["id"],
                    "item_id": item["id"],
                    "schema_version": 1,
                    "answer": {"scene": "rural" if n else "urban", "clarity": 1 if n else 2},
                    "started_at": now(),
                    "submitted_at": now(),
                    "active_ms": 800 if n else 9000,
                }
                assert user.caller.post("/submissions", json=body).status_code == 201

    stats = fetch(TaskServer(server.url, lead_user.token), pid)
    assert {a.user for a in stats.annotators} == {u.username for u in annotators}
    careful = stats.annotator(annotators[0].username)
    hasty = stats.annotator(annotators[1].username)
    assert careful is not None and hasty is not None
    assert careful.gold_accuracy == 1.0 and careful.gold_accuracy_ci is not None
    assert hasty.gold_accuracy == 0.0 and hasty.gold_accuracy_ci is not None
    assert hasty.too_fast == hasty.submissions and careful.too_fast == 0
    assert hasty.longest_streak == hasty.submissions
    assert [f.kind for f in stats.fields] == ["choice", "rating", "text"]
    scene, clarity, note = stats.fields
    assert scene.confusion is not None and note.confusion is None
    assert scene.confusion.labels[:2] == ("urban", "rural")
    assert scene.confusion.matrix[0][0] == careful.gold_answered
    assert scene.confusion.matrix[0][1] == hasty.gold_answered
    assert clarity.confusion is not None and clarity.confusion.labels[:3] == ("1", "2", "3")
    assert clarity.confusion.matrix[1][1] == careful.gold_answered
    assert clarity.confusion.matrix[1][0] == hasty.gold_answered
    assert scene.agreement is not None and scene.agreement.metric == "krippendorff_alpha"
    assert {f.kind for f in flags(hasty, 0.9)} == {"accuracy", "too_fast"}
    # Annotators may not read a project's figures.
    with pytest.raises(Forbidden):
        fetch(TaskServer(server.url, annotators[0].token), pid)


@pytest.mark.slow
def test_proposal_changes_of_the_real_server(server: LiveServer) -> None:
    lead_user = User(server, ["lead"])
    lead = lead_user.caller
    body = {"name": f"Proposed {uuid.uuid4().hex[:6]}", "schema": SCHEMA, "gold_ratio": 0.0}
    r = lead.post("/projects", json={**body, "gold_ratio_new": 0.0})
    assert r.status_code == 201, r.text
    pid = r.json()["id"]
    proposed = {
        "text": "Street",
        "prefill": {"scene": "urban", "clarity": 2},
        "prefill_confidence": 0.4,
    }
    items = [proposed] * 3 + [{"text": "Plain"}]
    added = lead.post(f"/projects/{pid}/items", json={"items": items})
    assert added.status_code == 201, added.text
    annotator = User(server, ["annotator"])
    batch = annotator.caller.post(f"/projects/{pid}/batches", json={"size": 10}).json()
    for n, item in enumerate(batch["items"]):
        answer = {"scene": "rural" if n == 0 else "urban", "clarity": 2}
        sent = {
            "id": str(uuid.uuid4()),
            "batch_id": batch["id"],
            "item_id": item["id"],
            "schema_version": 1,
            "answer": answer,
            "started_at": now(),
            "submitted_at": now(),
            "active_ms": 5000,
        }
        assert annotator.caller.post("/submissions", json=sent).status_code == 201
    annotator.caller.post(f"/batches/{batch['id']}/release")
    stats = fetch(TaskServer(server.url, lead_user.token), pid)
    scene, clarity = sorted(stats.proposals, key=lambda f: f.field != "scene")
    assert (scene.field, scene.answers, scene.changed) == ("scene", 3, 1)
    assert (clarity.field, clarity.answers, clarity.changed, clarity.mean_change) == (
        "clarity",
        3,
        0,
        0.0,
    )
    assert scene.changed_share == pytest.approx(1 / 3) and scene.mean_change == pytest.approx(1 / 3)
