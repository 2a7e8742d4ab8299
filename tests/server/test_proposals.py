"""Proposals with a confidence: set on import or over a project, leased least confident
first, filtered in review, and measured by how much annotators changed them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.server.factories import lease, make_project, set_project, submission

PREFILL = {"sentiment": "neutral"}


def _put(lead: Any, project_id: str, items: list[dict[str, Any]]) -> Any:
    return lead.put(f"/projects/{project_id}/prefill", json={"items": items})


def test_a_pre_annotation_run_sets_prefill_and_confidence(database: Any, lead: Any) -> None:
    world = make_project(database, real=3)
    a, b, c = world.real_ids
    r = _put(
        lead,
        world.project_id,
        [
            {"id": a, "prefill": {"sentiment": "positive"}, "confidence": 0.25},
            {"id": b, "prefill": PREFILL},
            {"id": c, "prefill": None},
        ],
    )
    assert r.status_code == 200, r.text
    assert r.json() == {"updated": 3, "answered": []}
    detail = lead.get(f"/items/{a}").json()["item"]
    assert detail["prefill"] == {"sentiment": "positive"} and detail["prefill_confidence"] == 0.25
    detail = lead.get(f"/items/{b}").json()["item"]
    assert detail["prefill"] == PREFILL and detail["prefill_confidence"] is None
    assert "prefill" not in lead.get(f"/items/{c}").json()["item"]
    listed = lead.get(f"/projects/{world.project_id}/items").json()["items"]
    assert [i["prefill_confidence"] for i in listed] == [0.25, None, None]


@pytest.mark.parametrize(
    ("entry", "path", "code"),
    [
        (
            {"prefill": {"sentiment": "maybe"}, "confidence": 0.5},
            "items[1].prefill",
            "invalid_answer",
        ),
        ({"prefill": PREFILL, "confidence": 1.5}, "items[1].confidence", "invalid_item"),
        ({"prefill": PREFILL, "confidence": "high"}, "items[1].confidence", "invalid_item"),
        ({"prefill": None, "confidence": 0.5}, "items[1].confidence", "invalid_item"),
        ({"confidence": 0.5}, "items[1].prefill", "invalid_item"),
        ({"prefill": PREFILL, "colour": 1}, "items[1].colour", "invalid_item"),
    ],
)
def test_one_bad_entry_changes_nothing(
    database: Any, lead: Any, entry: dict[str, Any], path: str, code: str
) -> None:
    world = make_project(database, real=2)
    first, second = world.real_ids
    body = [{"id": first, "prefill": {"sentiment": "negative"}}, {"id": second, **entry}]
    r = _put(lead, world.project_id, body)
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == code
    assert any(e["path"].startswith(path) for e in error["details"]["errors"])
    assert lead.get(f"/items/{first}").json()["item"].get("prefill") is None


def test_items_of_another_project_or_listed_twice_are_refused(database: Any, lead: Any) -> None:
    world, other = make_project(database, real=1), make_project(database, real=1)
    [mine], [theirs] = world.real_ids, other.real_ids
    r = _put(lead, world.project_id, [{"id": theirs, "prefill": PREFILL}])
    assert r.status_code == 422 and "no item of this project" in r.text
    twice = [{"id": mine, "prefill": PREFILL}, {"id": mine, "prefill": PREFILL}]
    r = _put(lead, world.project_id, twice)
    assert r.status_code == 422 and "listed twice" in r.text
    assert _put(lead, world.project_id, []).status_code == 400
    assert _put(lead, "no-such-project", [{"id": mine, "prefill": None}]).status_code == 404


def test_an_item_answered_already_keeps_its_prefill(
    database: Any, lead: Any, annotator: Any
) -> None:
    world = make_project(database, real=2)
    batch = lease(annotator, world.project_id, size=1)
    [answered] = [i["id"] for i in batch["items"]]
    assert annotator.post("/submissions", json=submission(batch, answered)).status_code == 201
    before = lead.get(f"/items/{answered}").json()["item"].get("prefill")
    entries = [{"id": i, "prefill": {"sentiment": "positive"}, "confidence": 0.9}
               for i in world.real_ids]  # fmt: skip
    r = _put(lead, world.project_id, entries)
    assert r.status_code == 200 and r.json() == {"updated": 1, "answered": [answered]}
    assert lead.get(f"/items/{answered}").json()["item"].get("prefill") == before


def test_only_leads_set_prefill(database: Any, annotator: Any, reviewer: Any) -> None:
    world = make_project(database, real=1)
    body = [{"id": world.real_ids[0], "prefill": PREFILL}]
    for api in (annotator, reviewer):
        assert _put(api, world.project_id, body).status_code == 403


def test_import_takes_a_confidence_with_a_prefill(database: Any, lead: Any) -> None:
    world = make_project(database, real=0)
    items = [
        {"text": "a", "prefill": PREFILL, "prefill_confidence": 0.7},
        {"text": "b"},
    ]
    r = lead.post(f"/projects/{world.project_id}/items", json={"items": items})
    assert r.status_code == 201, r.text
    first = r.json()["ids"][0]
    assert lead.get(f"/items/{first}").json()["item"]["prefill_confidence"] == 0.7
    bad = [{"text": "c", "prefill_confidence": 0.7}]
    r = lead.post(f"/projects/{world.project_id}/items", json={"items": bad})
    assert r.status_code == 422 and "items[0].prefill_confidence" in r.text


def test_least_confident_first_then_the_unrated_in_order(
    database: Any, lead: Any, annotator: Any
) -> None:
    world = make_project(database, real=6)
    ids = world.real_ids
    confidences = {ids[0]: 0.9, ids[2]: 0.1, ids[3]: 0.5, ids[5]: 0.1}
    _put(lead, world.project_id, [{"id": i, "prefill": PREFILL, "confidence": c}
                                  for i, c in confidences.items()])  # fmt: skip
    r = lead.patch(f"/projects/{world.project_id}", json={"lease_order": "least_confident"})
    assert r.status_code == 200 and r.json()["lease_order"] == "least_confident"
    batch = lease(annotator, world.project_id, size=6)
    assert [i["id"] for i in batch["items"]] == [ids[2], ids[5], ids[3], ids[0], ids[1], ids[4]]
    # Nothing in what an annotator receives says how sure the proposal was.
    assert all("prefill_confidence" not in item for item in batch["items"])


def test_the_default_order_is_the_import_order(database: Any, lead: Any, annotator: Any) -> None:
    world = make_project(database, real=3)
    ids = world.real_ids
    _put(lead, world.project_id, [{"id": ids[2], "prefill": PREFILL, "confidence": 0.0}])
    assert lead.get(f"/projects/{world.project_id}").json()["lease_order"] == "sequence"
    assert [i["id"] for i in lease(annotator, world.project_id, size=3)["items"]] == ids


def test_a_batch_in_least_confident_order_is_filled_across_both_ranges(
    database: Any, lead: Any, annotator: Any, make_api: Any
) -> None:
    annotator2 = make_api("annotator")
    world = make_project(database, real=4)
    ids = world.real_ids
    set_project(database, world.project_id, lease_order="least_confident")
    _put(lead, world.project_id, [{"id": ids[3], "prefill": PREFILL, "confidence": 0.3}])
    first = lease(annotator, world.project_id, size=2)
    assert [i["id"] for i in first["items"]] == [ids[3], ids[0]]
    second = lease(annotator2, world.project_id, size=5)
    assert [i["id"] for i in second["items"]] == [ids[1], ids[2]]


def test_lease_order_must_be_known(database: Any, lead: Any) -> None:
    world = make_project(database, real=1)
    r = lead.patch(f"/projects/{world.project_id}", json={"lease_order": "random"})
    assert r.status_code == 400 and r.json()["error"]["details"]["path"] == "lease_order"


def test_the_review_queue_filters_by_confidence(
    database: Any, lead: Any, annotator: Any, reviewer: Any
) -> None:
    world = make_project(database, real=3, review_rate=1.0)
    ids = world.real_ids
    rated = [
        {"id": ids[0], "prefill": PREFILL, "confidence": 0.2},
        {"id": ids[1], "prefill": PREFILL, "confidence": 0.8},
    ]
    _put(lead, world.project_id, rated)
    batch = lease(annotator, world.project_id, size=3)
    for item in batch["items"]:
        assert annotator.post("/submissions", json=submission(batch, item["id"])).status_code == 201
    queue = reviewer.get("/review/queue", params={"project_id": world.project_id}).json()
    by_item = {s["item_id"]: s["prefill_confidence"] for s in queue["submissions"]}
    assert by_item == {ids[0]: 0.2, ids[1]: 0.8, ids[2]: None}
    low = reviewer.get(
        "/review/queue", params={"project_id": world.project_id, "max_confidence": 0.5}
    ).json()
    assert [s["item_id"] for s in low["submissions"]] == [ids[0]]
    assert reviewer.get("/review/queue", params={"max_confidence": 2}).status_code in (400, 422)


def test_statistics_say_how_much_annotators_changed_the_proposals(
    database: Any, lead: Any, annotator: Any
) -> None:
    world = make_project(database, real=4)
    ids = world.real_ids
    _put(lead, world.project_id, [{"id": i, "prefill": {"sentiment": "neutral", "note": "ok"}}
                                  for i in ids])  # fmt: skip
    answers = [
        {"sentiment": "neutral", "note": "ok"},
        {"sentiment": "neutral", "note": "ok"},
        {"sentiment": "positive", "note": "ok"},
        {"sentiment": "negative", "note": "not ok at all"},
    ]
    batch = lease(annotator, world.project_id, size=4)
    for item, answer in zip(batch["items"], answers, strict=True):
        r = annotator.post("/submissions", json=submission(batch, item["id"], answer))
        assert r.status_code == 201, r.text
    stats = lead.get(f"/projects/{world.project_id}/stats").json()
    sentiment, note = stats["proposals"]["sentiment"], stats["proposals"]["note"]
    assert (sentiment["answers"], sentiment["changed"]) == (4, 2)
    assert sentiment["changed_share"] == 0.5 and sentiment["mean_change"] == 0.5
    assert (note["answers"], note["changed"]) == (4, 1)
    assert 0 < note["mean_change"] <= 0.25
    # what the change is measured in
    assert (sentiment["measure"], note["measure"]) == ("exact", "normalized_exact")
    assert "entities" not in stats["proposals"]  # no prefill gave it a value
