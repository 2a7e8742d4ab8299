"""Comparison items on the task server: `data` shapes checked on import (422 naming the
item), answers checked against the item's candidates and record, candidate media served
as media objects and visible to whoever may see the item, agreement in the stats."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from labeler.core.agreement import kendall_w, krippendorff_alpha_nominal
from labeler.server.models import CandidateMedia, Item
from tests.server.scenario import now, png_bytes

SCHEMA: dict[str, Any] = {
    "title": "Which answer is better?",
    "media": "text",
    "fields": [
        {"name": "pref", "kind": "pairwise"},
        {"name": "order", "kind": "ranking"},
        {"name": "scores", "kind": "criteria", "rows": "candidates", "min": 0, "max": 3},
        {"name": "why", "kind": "rationale", "required": "when_close"},
        {"name": "issues", "kind": "flags", "labels": [{"value": "unsafe", "hotkey": "u"}]},
    ],
}
RECORD_SCHEMA: dict[str, Any] = {
    "title": "Verify the shop",
    "media": "image",
    "fields": [{"name": "shop", "kind": "record", "keys": [{"value": "name"}, {"value": "phone"}]}],
}
CONVERSATION = [{"role": "user", "text": "Capital of Pakistan?"}]
TEXTS = [{"text": "**Islamabad**"}, {"text": "Karachi"}, {"text": "Lahore, I think"}]


def _project(lead: Any, schema: dict[str, Any], **extra: Any) -> str:
    body = {"name": f"{schema['title']} {uuid.uuid4().hex[:6]}", "schema": schema, **extra}
    r = lead.post("/projects", json=body)
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def _import(lead: Any, pid: str, items: list[dict[str, Any]]) -> list[str]:
    r = lead.post(f"/projects/{pid}/items", json={"items": items})
    assert r.status_code == 201, r.text
    return list(r.json()["ids"])


def _errors(r: Any, code: str) -> dict[str, str]:
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == code
    return {e["path"]: e["message"] for e in error["details"]["errors"]}


def _upload(lead: Any, color: tuple[int, int, int]) -> str:
    r = lead.post("/media", files={"file": ("c.png", png_bytes(color=color), "image/png")})
    assert r.status_code in (200, 201), r.text
    return str(r.json()["sha256"])


def _submission(batch: dict[str, Any], item_id: str, answer: Any) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "batch_id": batch["id"],
        "item_id": item_id,
        "schema_version": batch["schema_version"],
        "answer": answer,
        "started_at": now(),
        "submitted_at": now(),
        "active_ms": 2500,
    }


def _lease(api: Any, pid: str) -> dict[str, Any]:
    r = api.post(f"/projects/{pid}/batches", json={"size": 10})
    assert r.status_code == 201, r.text
    return dict(r.json())


def answer(winner: str, order: dict[str, int], scores: dict[str, int]) -> dict[str, Any]:
    return {"pref": {"winner": winner, "strength": 2}, "order": order, "scores": scores}


def test_import_keys_candidates_and_stores_the_shapes(lead: Any, database: Any) -> None:
    pid = _project(lead, SCHEMA)
    data = {"conversation": CONVERSATION, "candidates": TEXTS, "topic": "geography"}
    (item_id,) = _import(lead, pid, [{"text": "Capital?", "data": data}])
    with database.transaction(write=False) as session:
        stored = session.get_one(Item, item_id).data
    assert [c["key"] for c in stored["candidates"]] == ["A", "B", "C"]
    assert stored["conversation"] == CONVERSATION and stored["topic"] == "geography"


def test_import_refuses_bad_shapes_naming_the_item(lead: Any, database: Any) -> None:
    pid = _project(lead, SCHEMA)
    good = {"text": "q", "data": {"candidates": TEXTS}}
    bad_items = [
        good,
        {"text": "q", "data": {"candidates": [{"text": "only one"}]}},
        {"text": "q", "data": {"candidates": [{"key": "B", "text": "x"}, {"text": "y"}]}},
        {"text": "q", "data": {"candidates": [{"text": "x", "media": "a" * 64}, {"text": "y"}]}},
        {"text": "q", "data": {"conversation": [{"role": "user"}]}},
        {"text": "q", "data": {"record": {"name": {"nested": 1}}}},
        {"text": "q", "data": {"records": [{"a": 1}]}},
        {"text": "q", "data": {"candidates": [{"media": "f" * 64}, {"text": "y"}]}},
    ]
    found = _errors(lead.post(f"/projects/{pid}/items", json={"items": bad_items}), "invalid_item")
    assert found == {
        "items[1].data.candidates": "must be a list of 2 to 10 candidates",
        "items[2].data.candidates[0].key": "must be 'A': candidates are keyed A, B, C… in order",
        "items[3].data.candidates[0]": "needs exactly one of text and media",
        "items[4].data.conversation[0].text": "must be a string, not null",
        "items[5].data.record.name": "must be a string, a number or null, not an object",
        "items[6].data.records": "must be a list of two records",
        "items[7].data.candidates[0].media": "no uploaded media has that sha256",
    }
    with database.transaction(write=False) as session:
        assert session.execute(select(Item.id).where(Item.project_id == pid)).first() is None


def test_prefill_and_gold_are_checked_against_the_items_candidates(lead: Any) -> None:
    pid = _project(lead, SCHEMA)
    item = {
        "text": "q",
        "data": {"candidates": TEXTS[:2]},
        "gold": {"answer": answer("A", {"A": 1, "B": 2, "C": 3}, {"A": 3, "B": 0})},
    }
    found = _errors(lead.post(f"/projects/{pid}/items", json={"items": [item]}), "invalid_answer")
    assert found == {"items[0].gold.answer.order.C": "'C' is not a candidate of this item"}


def test_a_ranking_must_rank_exactly_the_items_candidates(lead: Any, annotator: Any) -> None:
    pid = _project(lead, SCHEMA)
    two, three = _import(
        lead,
        pid,
        [
            {"text": "q2", "data": {"candidates": TEXTS[:2]}},
            {"text": "q3", "data": {"candidates": TEXTS}},
        ],
    )
    batch = _lease(annotator, pid)
    short = answer("A", {"A": 1, "B": 2}, {"A": 3, "B": 1})
    r = annotator.post("/submissions", json=_submission(batch, three, short))
    assert _errors(r, "invalid_answer") == {
        "answer.order.C": "is required",
        "answer.scores.C": "is required",
    }
    r = annotator.post("/submissions", json=_submission(batch, two, short))
    assert r.status_code == 201, r.text
    full = answer("B", {"A": 2, "B": 1, "C": 3}, {"A": 1, "B": 3, "C": 0})
    body = _submission(batch, three, {**full, "issues": {"D": ["unsafe"]}})
    assert _errors(annotator.post("/submissions", json=body), "invalid_answer") == {
        "answer.issues.D": "'D' is not a candidate of this item"
    }
    body = _submission(batch, three, full)
    assert annotator.post("/submissions", json=body).status_code == 201
    # An amendment is checked against the item as well.
    fix = {**_submission(batch, three, short), "amends": body["id"]}
    assert _errors(annotator.post("/submissions", json=fix), "invalid_answer") == {
        "answer.order.C": "is required",
        "answer.scores.C": "is required",
    }


def test_close_preference_needs_a_rationale(lead: Any, annotator: Any) -> None:
    pid = _project(lead, SCHEMA)
    (item_id,) = _import(lead, pid, [{"text": "q", "data": {"candidates": TEXTS[:2]}}])
    batch = _lease(annotator, pid)
    close = {"pref": {"winner": "tie"}, "order": {"A": 1, "B": 2}, "scores": {"A": 1, "B": 1}}
    r = annotator.post("/submissions", json=_submission(batch, item_id, close))
    assert _errors(r, "invalid_answer") == {"answer.why": "is required"}
    r = annotator.post("/submissions", json=_submission(batch, item_id, {**close, "why": "same"}))
    assert r.status_code == 201, r.text


def test_a_close_prefill_or_gold_answer_needs_no_rationale(lead: Any) -> None:
    """An imported preference has no strength, so it is close; neither the prefill (the
    annotator completes it) nor the gold answer (its rationale is never scored) needs one."""
    pid = _project(lead, SCHEMA)
    close = {"pref": {"winner": "B"}, "order": {"A": 2, "B": 1}, "scores": {"A": 1, "B": 3}}
    item = {"text": "q", "data": {"candidates": TEXTS[:2]}}
    first, second = _import(
        lead, pid, [{**item, "prefill": close}, {**item, "text": "q2", "gold": {"answer": close}}]
    )
    assert lead.get(f"/items/{second}").json()["gold"]["answer"] == close
    assert lead.put(f"/items/{first}/gold", json={"answer": close}).status_code == 200
    r = lead.put(f"/projects/{pid}/prefill", json={"items": [{"id": second, "prefill": close}]})
    assert r.status_code == 200, r.text


def test_candidate_media_are_served_as_media_objects_to_who_may_see_the_item(
    lead: Any, annotator: Any, make_api: Any, reviewer: Any
) -> None:
    pid = _project(lead, SCHEMA)
    first, second = _upload(lead, (200, 10, 10)), _upload(lead, (10, 200, 10))
    data = {"candidates": [{"media": first, "title": "Red"}, {"media": second}]}
    (item_id,) = _import(lead, pid, [{"text": "Which photo is sharper?", "data": data}])
    outsider = make_api("annotator")
    assert outsider.get(f"/media/{first}").status_code == 404  # before anyone's lease

    batch = _lease(annotator, pid)
    (item,) = batch["items"]
    candidates = item["data"]["candidates"]
    assert [c["key"] for c in candidates] == ["A", "B"]
    assert candidates[0]["title"] == "Red"
    for candidate, sha in zip(candidates, (first, second), strict=True):
        media = candidate["media"]
        assert media["sha256"] == sha and media["url"] == f"/api/v1/media/{sha}"
        assert media["mime"] == "image/png" and media["width"] == 120
        r = annotator.get(media["url"].removeprefix("/api/v1"))
        assert r.status_code == 200 and r.content == _png_of(sha, first)
    assert outsider.get(f"/media/{first}").status_code == 404
    assert reviewer.get(f"/media/{second}").status_code == 200

    # The item as reviewers and leads see it has the same media objects.
    detail = reviewer.get(f"/items/{item_id}").json()["item"]
    assert detail["data"]["candidates"][1]["media"]["sha256"] == second
    listed = lead.get(f"/projects/{pid}/items").json()["items"][0]
    assert listed["data"]["candidates"][0]["media"]["url"] == f"/api/v1/media/{first}"
    # …and so has the annotator's own submission in their history.
    body = _submission(batch, item_id, answer("A", {"A": 1, "B": 2}, {"A": 3, "B": 1}))
    assert annotator.post("/submissions", json=body).status_code == 201
    mine = annotator.get(f"/submissions/{body['id']}").json()["item"]
    assert mine["data"]["candidates"][0]["media"]["sha256"] == first


def _png_of(sha: str, first: str) -> bytes:
    return png_bytes(color=(200, 10, 10) if sha == first else (10, 200, 10))


def test_candidate_media_are_recorded_once_per_item(lead: Any, database: Any) -> None:
    pid = _project(lead, SCHEMA)
    sha = _upload(lead, (1, 2, 3))
    data = {"candidates": [{"media": sha}, {"media": sha}, {"text": "t"}]}
    (item_id,) = _import(lead, pid, [{"text": "q", "data": data}])
    with database.transaction(write=False) as session:
        rows = session.execute(select(CandidateMedia)).scalars().all()
    assert [(r.item_id, r.sha256) for r in rows] == [(item_id, sha)]


def test_a_record_answer_needs_an_item_with_a_record(
    lead: Any, annotator: Any, database: Any
) -> None:
    pid = _project(lead, RECORD_SCHEMA)
    photo = _upload(lead, (5, 5, 5))
    record = {"record": {"name": "Karachi Sweets", "phone": "021"}}
    with_record, without = _import(
        lead, pid, [{"media": photo, "data": record}, {"media": photo, "data": record}]
    )
    with database.transaction() as session:  # an item made before imports refused this
        session.get_one(Item, without).data = {"note": "no record"}
    batch = _lease(annotator, pid)
    confirmed = {"shop": {"name": "Karachi Sweets", "phone": "021 555"}}
    r = annotator.post("/submissions", json=_submission(batch, without, confirmed))
    assert _errors(r, "invalid_answer") == {"answer.shop": "this item has no record to verify"}
    r = annotator.post("/submissions", json=_submission(batch, with_record, confirmed))
    assert r.status_code == 201, r.text


def test_stats_agreement_of_the_comparison_kinds(lead: Any, make_api: Any) -> None:
    pid = _project(lead, SCHEMA, overlap=2)
    ids = _import(
        lead,
        pid,
        [
            {"text": "q1", "data": {"candidates": TEXTS}},
            {"text": "q2", "data": {"candidates": TEXTS[:2]}},
        ],
    )
    answers = {
        "a": [
            answer("A", {"A": 1, "B": 2, "C": 3}, {"A": 3, "B": 1, "C": 0}),
            answer("B", {"A": 2, "B": 1}, {"A": 0, "B": 3}),
        ],
        "b": [
            answer("A", {"A": 1, "B": 3, "C": 2}, {"A": 3, "B": 0, "C": 0}),
            answer("A", {"A": 1, "B": 2}, {"A": 2, "B": 2}),
        ],
    }
    for name in ("a", "b"):
        api = make_api("annotator")
        batch = _lease(api, pid)
        by_id = {item["id"]: item for item in batch["items"]}
        assert set(by_id) == set(ids)
        for item_id, given in zip(ids, answers[name], strict=True):
            r = api.post("/submissions", json=_submission(batch, item_id, given))
            assert r.status_code == 201, r.text
    r = lead.get(f"/projects/{pid}/stats")
    assert r.status_code == 200, r.text
    agreement = r.json()["agreement"]
    assert "why" not in agreement
    assert agreement["pref"] == {
        "metric": "krippendorff_alpha",
        "value": krippendorff_alpha_nominal([["A", "A"], ["B", "A"]]),
    }
    w1 = kendall_w([{"A": 1, "B": 2, "C": 3}, {"A": 1, "B": 3, "C": 2}])
    w2 = kendall_w([{"A": 2, "B": 1}, {"A": 1, "B": 2}])
    assert w1 is not None and w2 is not None
    assert agreement["order"]["metric"] == "kendall_w"
    assert abs(agreement["order"]["value"] - (w1 + w2) / 2) < 1e-9
    assert agreement["scores"]["metric"] == "krippendorff_alpha_ordinal"
    assert agreement["scores"]["value"] is not None
    assert agreement["issues"] == {"metric": "mean_pairwise_jaccard", "value": 1.0}


def test_every_export_format_takes_a_comparison_project(lead: Any, make_api: Any) -> None:
    from labeler.core.formats import FORMATS

    pid = _project(lead, SCHEMA, overlap=2)
    ids = _import(lead, pid, [{"text": "q", "data": {"candidates": TEXTS[:2]}}])
    given = answer("A", {"A": 1, "B": 2}, {"A": 3, "B": 0})
    for _ in range(2):
        api = make_api("annotator")
        batch = _lease(api, pid)
        r = api.post("/submissions", json=_submission(batch, ids[0], {**given, "why": "w"}))
        assert r.status_code == 201, r.text
    seen = {}
    for name in ["jsonl", *FORMATS]:
        for answers in ("accepted", "all", "consensus"):
            r = lead.get(f"/projects/{pid}/export", params={"format": name, "answers": answers})
            assert r.status_code in (200, 400), (name, answers, r.text[:300])
            seen[(name, answers)] = r.status_code
    # Formats that hold a text project answer; the others refuse it by name (400).
    for name, answers in [("jsonl", "accepted"), ("csv", "all"), ("csv", "consensus")]:
        assert seen[(name, answers)] == 200, name
    assert seen[("labelstudio", "consensus")] == 200


def test_gold_and_prefill_set_later_are_checked_against_the_item(lead: Any) -> None:
    pid = _project(lead, SCHEMA)
    (item_id,) = _import(lead, pid, [{"text": "q", "data": {"candidates": TEXTS[:2]}}])
    wrong = answer("A", {"A": 1, "B": 2, "C": 3}, {"A": 3, "B": 0})
    r = lead.put(f"/items/{item_id}/gold", json={"answer": wrong})
    assert _errors(r, "invalid_answer") == {"answer.order.C": "'C' is not a candidate of this item"}
    r = lead.put(f"/projects/{pid}/prefill", json={"items": [{"id": item_id, "prefill": wrong}]})
    assert _errors(r, "invalid_answer") == {
        "items[0].prefill.order.C": "'C' is not a candidate of this item"
    }
    right = answer("A", {"A": 1, "B": 2}, {"A": 3, "B": 0})
    assert lead.put(f"/items/{item_id}/gold", json={"answer": right}).status_code == 200
    r = lead.put(f"/projects/{pid}/prefill", json={"items": [{"id": item_id, "prefill": right}]})
    assert r.status_code == 200, r.text


def test_a_comparison_may_have_no_prompt_but_a_plain_text_item_may_not(
    lead: Any, database: Any
) -> None:
    """A text project's item needs its text, unless its data is what is shown (candidates,
    a conversation, records): then the prompt may be empty or absent, stored as ""."""
    pid = _project(lead, SCHEMA)
    ids = _import(
        lead,
        pid,
        [
            {"data": {"candidates": TEXTS}},
            {"text": "", "data": {"conversation": CONVERSATION, "candidates": TEXTS}},
        ],
    )
    with database.transaction(write=False) as session:
        assert [session.get_one(Item, i).text for i in ids] == ["", ""]
    plain = [{"data": {"topic": "geography"}}, {"text": "", "data": {"candidates": []}}]
    found = _errors(lead.post(f"/projects/{pid}/items", json={"items": plain}), "invalid_item")
    assert found["items[0].text"] == "a text project needs a non-empty text"
    assert found["items[1].text"] == "a text project needs a non-empty text"


def test_an_item_a_comparison_field_cannot_be_answered_on_is_refused(
    lead: Any, database: Any
) -> None:
    """A pairwise, ranking or flags field, or criteria rating the candidates, needs the
    item's candidates; a record field its record. Without them annotators could only skip
    the item, so the import is refused naming the item, and nothing is created."""
    fields = {f["name"]: f for f in SCHEMA["fields"]}
    for name in ("pref", "order", "scores", "issues"):
        pid = _project(lead, {**SCHEMA, "fields": [fields[name]]})
        items = [
            {"text": "q", "data": {"candidates": TEXTS[:2]}},
            {"text": "Broken line with no responses"},
            {"text": "q", "data": {"conversation": CONVERSATION, "topic": "chat"}},
        ]
        found = _errors(lead.post(f"/projects/{pid}/items", json={"items": items}), "invalid_item")
        kind = fields[name]["kind"]
        said = (
            f"has no candidates, and field '{name}' ({kind}) compares the item's candidates:"
            " give 2 to 10 under “candidates”"
        )
        assert found == {"items[1].data": said, "items[2].data": said}
        with database.transaction(write=False) as session:
            assert session.execute(select(Item.id).where(Item.project_id == pid)).first() is None
    named_rows = {"name": "quality", "kind": "criteria", "rows": [{"value": "clarity"}]}
    pid = _project(lead, {**SCHEMA, "fields": [named_rows]})
    assert len(_import(lead, pid, [{"text": "Rate this sentence."}])) == 1
    pid = _project(lead, RECORD_SCHEMA)
    photo = _upload(lead, (9, 9, 9))
    items = [{"media": photo, "data": {"records": [{"a": 1}, {"a": 2}]}}]
    found = _errors(lead.post(f"/projects/{pid}/items", json={"items": items}), "invalid_item")
    assert found == {
        "items[0].data": "has no record, and field 'shop' (record) verifies the item's record:"
        " give it under “record”"
    }


def test_a_ranking_is_kept_dense_however_its_ties_were_numbered(
    lead: Any, annotator: Any, database: Any
) -> None:
    """1, 1, 3 and 1, 1, 2 are the same order: the server keeps a ranking dense, from an
    import's gold, a gold or prefill set later and a submission alike."""
    from labeler.server.models import Submission

    schema = {**SCHEMA, "fields": [{"name": "order", "kind": "ranking", "ties": True}]}
    pid = _project(lead, schema)
    gap, dense = {"A": 1, "C": 1, "B": 3}, {"A": 1, "C": 1, "B": 2}
    data = {"candidates": TEXTS}
    imported, later, answered = _import(
        lead,
        pid,
        [
            {"text": "q1", "data": data, "gold": {"answer": {"order": gap}}},
            {"text": "q2", "data": data},
            {"text": "q3", "data": data},
        ],
    )
    assert lead.put(f"/items/{later}/gold", json={"answer": {"order": gap}}).status_code == 200
    r = lead.put(
        f"/projects/{pid}/prefill", json={"items": [{"id": answered, "prefill": {"order": gap}}]}
    )
    assert r.status_code == 200, r.text
    batch = _lease(annotator, pid)
    body = _submission(batch, answered, {"order": gap})
    assert annotator.post("/submissions", json=body).status_code == 201
    with database.transaction(write=False) as session:
        assert session.get_one(Item, imported).gold_answer == {"order": dense}
        assert session.get_one(Item, later).gold_answer == {"order": dense}
        assert session.get_one(Item, answered).prefill == {"order": dense}
        assert session.get_one(Submission, body["id"]).answer == {"order": dense}
