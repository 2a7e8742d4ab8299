"""Gold curation: marking, correcting (with re-scoring), unmarking."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from labeler.server.models import Contest, Item, Submission
from tests.server.factory import add_submission
from tests.server.scenario import GOLD_ANSWER, IMAGE_SCHEMA, build_world

WRONG = {"scene": "urban", "objects": [{"label": "car", "x": 11, "y": 12, "w": 33, "h": 21}]}
RIGHT = {"scene": "rural", "objects": [{"label": "car", "x": 11, "y": 12, "w": 33, "h": 21}]}


def _error(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text[:300]
    error = r.json()["error"]
    assert error["code"] == code and error["message"] and isinstance(error["details"], dict)
    return error


def _sub(database: Any, sub_id: str) -> Submission:
    with database.transaction(write=False) as session:
        return session.get(Submission, sub_id)  # type: ignore[no-any-return]


def _item(database: Any, item_id: str) -> Item:
    with database.transaction(write=False) as session:
        return session.get(Item, item_id)  # type: ignore[no-any-return]


def _skill(api: Any, skill: str) -> dict[str, Any]:
    return api.get("/me").json()["skills"].get(skill)  # type: ignore[no-any-return]


def test_marking_a_real_item_gold_keeps_earlier_work(
    lead: Any, annotator: Any, database: Any
) -> None:
    world = build_world(lead, real=1, gold=0)
    item = world.real_ids[0]
    sub = add_submission(
        database, annotator.user["id"], world.project_id, item, WRONG, skill=world.project_id
    )
    r = lead.put(f"/items/{item}/gold", json={"answer": GOLD_ANSWER, "hint": "barn"})
    assert r.status_code == 200, r.text
    assert r.json()["gold"] == {"answer": GOLD_ANSWER, "hint": "barn"}
    row = _item(database, item)
    assert row.is_gold and row.gold_answer == GOLD_ANSWER and row.gold_hint == "barn"
    kept = _sub(database, sub)
    assert (kept.is_gold, kept.counts_for_skill, kept.gold_passed) == (False, False, None)
    assert _skill(annotator, world.project_id) is None
    project = lead.get(f"/projects/{world.project_id}").json()
    assert project["items_remaining"] == 0 and project["items_total"] == 1


def test_correcting_gold_rescores_and_resolves_contests(
    lead: Any, annotator: Any, make_api: Any, database: Any
) -> None:
    world = build_world(lead, real=0, gold=1)
    item, skill, pid = world.gold_ids[0], world.project_id, world.project_id
    other = make_api("annotator")
    # Both answered "urban"; the stored gold says "rural", so both failed.
    failed = add_submission(database, annotator.user["id"], pid, item, WRONG, skill=skill,
                            is_gold=True, gold_passed=False)  # fmt: skip
    skipped = add_submission(database, other.user["id"], pid, item, None, skill=skill,
                             is_gold=True, gold_passed=False)  # fmt: skip
    with database.transaction() as session:
        session.add(Contest(submission_id=failed, item_id=item, user_id=annotator.user["id"],
                            reason="It is clearly a city street."))  # fmt: skip
    assert _skill(annotator, skill)["gold_passed"] == 0
    r = lead.put(f"/items/{item}/gold", json={"answer": WRONG, "hint": "A city street."})
    assert r.status_code == 200, r.text
    rescored = _sub(database, failed)
    assert rescored.gold_passed is True and rescored.gold_score == 1.0
    assert rescored.gold_fields == {
        "scene": {"score": 1.0, "passed": True},
        "objects": {"score": 1.0, "passed": True},
    }
    assert _sub(database, skipped).gold_passed is False  # a skip still fails
    assert _skill(annotator, skill) == {"gold_answered": 1, "gold_passed": 1, "accuracy": 1.0}
    with database.transaction(write=False) as session:
        contest = session.execute(select(Contest).where(Contest.item_id == item)).scalar_one()
    assert contest.resolved_at is not None and contest.state == "upheld"


def test_rescoring_uses_each_submissions_schema_version(
    lead: Any, annotator: Any, database: Any
) -> None:
    world = build_world(lead, real=0, gold=1)
    item, pid = world.gold_ids[0], world.project_id
    old = add_submission(database, annotator.user["id"], pid, item, WRONG, skill=pid,
                         is_gold=True, gold_passed=False)  # fmt: skip
    # Version 2 drops the boxes field; the version-1 submission is scored by version 1.
    v2 = {**IMAGE_SCHEMA, "fields": [IMAGE_SCHEMA["fields"][0]]}
    assert lead.put(f"/projects/{pid}/schema", json=v2).json()["version"] == 2
    r = lead.put(f"/items/{item}/gold", json={"answer": {"scene": "urban"}})
    assert r.status_code == 200, r.text
    row = _sub(database, old)
    assert row.gold_passed is True and set(row.gold_fields) == {"scene"}
    # The new answer is validated against the current version.
    _error(lead.put(f"/items/{item}/gold", json={"answer": RIGHT}), 422, "invalid_answer")


def test_unmarking_gold(lead: Any, annotator: Any, database: Any) -> None:
    world = build_world(lead, real=0, gold=1)
    item, pid = world.gold_ids[0], world.project_id
    sub = add_submission(database, annotator.user["id"], pid, item, RIGHT, skill=pid,
                         is_gold=True, gold_passed=True)  # fmt: skip
    assert _skill(annotator, pid)["gold_answered"] == 1
    assert lead.delete(f"/items/{item}/gold").status_code == 204
    row = _item(database, item)
    assert (row.is_gold, row.gold_answer, row.gold_hint) == (False, None, None)
    assert _sub(database, sub).counts_for_skill is False
    assert _skill(annotator, pid) is None
    assert lead.get(f"/projects/{pid}").json()["items_remaining"] == 1
    assert lead.delete(f"/items/{item}/gold").status_code == 204  # already real: no change


def test_gold_errors(lead: Any, annotator: Any) -> None:
    world = build_world(lead, real=1, gold=0)
    item = world.real_ids[0]
    missing = "00000000-0000-4000-8000-000000000000"
    _error(lead.put(f"/items/{missing}/gold", json={"answer": RIGHT}), 404, "not_found")
    _error(lead.delete(f"/items/{missing}/gold"), 404, "not_found")
    _error(lead.put(f"/items/{'x' * 300}/gold", json={"answer": RIGHT}), 404, "not_found")
    error = _error(lead.put(f"/items/{item}/gold", json={"answer": {"scene": "mars"}}), 422,
                   "invalid_answer")  # fmt: skip
    assert error["details"]["errors"][0]["path"] == "answer.scene"
    _error(lead.put(f"/items/{item}/gold", json={"answer": RIGHT, "hint": 3}), 422,
           "invalid_item")  # fmt: skip
    _error(lead.put(f"/items/{item}/gold", json={"hint": "x"}), 400, "invalid_request")
    _error(annotator.put(f"/items/{item}/gold", json={"answer": RIGHT}), 403, "forbidden")
    _error(annotator.delete(f"/items/{item}/gold"), 403, "forbidden")
    assert not _was_touched(lead, world.project_id)


def _was_touched(lead: Any, project_id: str) -> bool:
    return lead.get(f"/projects/{project_id}").json()["items_remaining"] != 1


def test_a_correction_upholds_only_the_contests_it_settles(
    lead: Any, annotator: Any, make_api: Any, database: Any
) -> None:
    world = build_world(lead, real=0, gold=2)
    pid, first, second = world.project_id, world.gold_ids[0], world.gold_ids[1]
    other = make_api("annotator")
    wrong = [
        add_submission(
            database,
            annotator.user["id"],
            pid,
            item,
            WRONG,
            skill=pid,
            is_gold=True,
            gold_passed=False,
            status="rejected",
        )  # fmt: skip
        for item in (first, second)
    ]
    far = {"scene": "rural", "objects": []}  # misses the box: fails whatever the scene
    still = add_submission(database, other.user["id"], pid, first, far, skill=pid,
                           is_gold=True, gold_passed=False, status="rejected")  # fmt: skip
    with database.transaction() as session:
        session.execute(
            update(Submission).where(Submission.is_gold.is_(True)).values(decided_by="verdict")
        )
        for sub, item, who in ((wrong[0], first, annotator), (wrong[1], second, annotator),
                               (still, first, other)):  # fmt: skip
            session.add(Contest(submission_id=sub, item_id=item, user_id=who.user["id"],
                                reason="no"))  # fmt: skip
    # Corrected to the city scene: the first contest now passes and is upheld; the other
    # contest on the item still fails and waits for the lead's reply; the second item's
    # contest is another item's.
    r = lead.put(f"/items/{first}/gold", json={"answer": WRONG})
    assert r.status_code == 200 and (r.json()["rescored"], r.json()["upheld"]) == (2, 1)
    with database.transaction(write=False) as session:
        states = dict(session.execute(select(Contest.submission_id, Contest.state)).all())
        resolver = session.execute(
            select(Contest.resolved_by).where(Contest.submission_id == wrong[0])
        ).scalar_one()
        statuses = {s: _sub(database, s).status for s in (*wrong, still)}
    assert states == {wrong[0]: "upheld", wrong[1]: "open", still: "open"}
    assert resolver == lead.user["id"]
    assert statuses == {wrong[0]: "accepted", wrong[1]: "rejected", still: "rejected"}
    assert _sub(database, wrong[0]).decided_by == "contest"
