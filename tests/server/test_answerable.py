"""Whatever roles a user holds, nothing shows them the gold of an item they may still
answer, nor other annotators' answers to it (docs/protocol.md, "Items a user may still
answer").

The main test runs for every set of roles: the user leased items as an annotator, then got
those roles; every call that shows gold, hints or answers (the item view, the item list, the
review queue, contests, stats, export, the history) must leave those items out until the
user has answered them and the batch has ended. Then the same calls show them, so the
checks are seen to catch what they look for.
"""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import update

from labeler.server.models import Batch, Lease, User
from tests.server.factories import (
    GOLD_ANSWER,
    GOLD_HINT,
    lease,
    make_project,
    submission,
)

ROLES = ("annotator", "reviewer", "lead", "admin")
ROLE_SETS = [
    combo for size in range(1, len(ROLES) + 1) for combo in itertools.combinations(ROLES, size)
]
# What the other annotator says: distinctive words, so a leak is found in any body. Only
# words: a run of digits can turn up by chance inside a random id or a float.
THEIR_REAL = {"sentiment": "positive", "note": "quokka lighthouse 5521"}
THEIR_GOLD_MISS = {"sentiment": "positive", "note": "marmalade 8086"}
CONTEST_REASON = "It is negative, the tangerine harbour 9931 line says so."
THEIRS = ("quokka", "lighthouse", "marmalade")
SECRETS = (GOLD_HINT, "tangerine", "harbour", *THEIRS)
MINE = {"sentiment": "neutral"}


def _expire(database: Any, batch_id: str) -> None:
    """The batch's lease runs out (its items' leases and the batch itself)."""
    past = datetime.now(UTC) - timedelta(seconds=5)
    with database.transaction() as session:
        session.execute(update(Lease).where(Lease.batch_id == batch_id).values(expires_at=past))
        session.execute(update(Batch).where(Batch.id == batch_id).values(lease_expires_at=past))


def _set_roles(database: Any, user_id: str, roles: list[str]) -> None:
    with database.transaction() as session:
        session.execute(update(User).where(User.id == user_id).values(roles=roles))


def _reading_calls(project_id: str, item_ids: list[str], others: list[str]) -> list[str]:
    """Every GET that can show gold, hints or other users' answers."""
    paths = [f"/items/{item_id}" for item_id in item_ids] + [
        f"/projects/{project_id}/items",
        f"/projects/{project_id}/items?gold=true",
        f"/projects/{project_id}/items?contested=true",
        f"/review/queue?project_id={project_id}&status=any",
        "/review/queue?status=any&gold=true",
        f"/projects/{project_id}/contests",
        f"/projects/{project_id}/stats",
        f"/projects/{project_id}/export",
        "/submissions?mine=true",
    ]
    return paths + [f"/submissions/{sub_id}" for sub_id in others]


def _world(database: Any, make_api: Any) -> tuple[str, list[str], list[str], list[str]]:
    """Two real and two gold items, overlap 2; another annotator answered each once, missed
    the gold and contested one verdict."""
    world = make_project(database, real=2, gold=2, overlap=2, gold_ratio_new=0.5)
    other = make_api("annotator")
    batch = lease(other, world.project_id, 4)
    assert {i["id"] for i in batch["items"]} == set(world.real_ids + world.gold_ids)
    sub_ids = []
    for item in batch["items"]:
        gold = item["id"] in world.gold_ids
        body = submission(batch, item["id"], THEIR_GOLD_MISS if gold else THEIR_REAL)
        r = other.post("/submissions", json=body)
        assert r.status_code == 201, r.text
        sub_ids.append(body["id"])
        if gold:
            r = other.post(f"/submissions/{body['id']}/contest", json={"reason": CONTEST_REASON})
            assert r.status_code == 201, r.text
    return world.project_id, world.real_ids, world.gold_ids, sub_ids


def _bodies(api: Any, paths: list[str]) -> dict[str, tuple[int, str]]:
    out = {}
    for path in paths:
        r = api.get(path)
        assert r.status_code < 500, (path, r.status_code, r.text[:300])
        out[path] = (r.status_code, r.text)
    return out


@pytest.mark.parametrize("roles", ROLE_SETS, ids=["+".join(r) for r in ROLE_SETS])
def test_no_role_shows_gold_or_answers_of_an_item_one_holds(
    database: Any, make_api: Any, roles: tuple[str, ...]
) -> None:
    project_id, real_ids, gold_ids, theirs = _world(database, make_api)
    held_ids = real_ids + gold_ids
    user = make_api("annotator")
    batch = lease(user, project_id, 4)
    assert {i["id"] for i in batch["items"]} == set(held_ids)
    _set_roles(database, user.user["id"], list(roles))
    reads = "reviewer" in roles or "lead" in roles or "admin" in roles

    paths = _reading_calls(project_id, held_ids, theirs)
    for path, (status, text) in _bodies(user, paths).items():
        if path.startswith("/items/"):
            assert status == 403, (path, status, text[:300])
        for secret in (*SECRETS, *held_ids, *theirs):
            assert secret not in text, (roles, path, secret)
    if reads:
        stats = user.get(f"/projects/{project_id}/stats").json()
        matrix = stats["fields"]["sentiment"]["confusion"]["matrix"]
        assert sum(map(sum, matrix)) == 0  # the held gold items' verdicts count nowhere here

    # Answered, and the batch over: now the same calls show everything to whoever reviews.
    for item in batch["items"]:
        r = user.post("/submissions", json=submission(batch, item["id"], MINE))
        assert r.status_code == 201, r.text
    if reads:  # answered, but the batch is still leased: a correction could still come
        assert user.get(f"/items/{real_ids[0]}").status_code == 403
    assert user.post(f"/batches/{batch['id']}/release").status_code == 204
    after = _bodies(user, paths)
    seen = "".join(text for status, text in after.values() if status == 200)
    if not reads:
        closed = [p for p in paths if not p.startswith("/submissions")]
        assert [after[p][0] for p in closed] == [403] * len(closed)
        # Their own verdicts carry the gold now; another user's answers never show.
        assert not any(secret in seen for secret in THEIRS)
        return
    for path in (f"/items/{i}" for i in held_ids):
        assert after[path][0] == 200, (path, after[path])
    gold_view = json.loads(after[f"/items/{gold_ids[0]}"][1])
    assert gold_view["gold"] == {"answer": GOLD_ANSWER, "hint": GOLD_HINT}
    assert THEIR_GOLD_MISS in [s["answer"] for s in gold_view["submissions"]]
    for secret in (GOLD_HINT, "quokka", "marmalade", *held_ids):
        assert secret in seen, (roles, secret)
    # Another user's submission is never one's own to read, whatever the roles.
    for sub_id in theirs:
        assert after[f"/submissions/{sub_id}"][0] == 404


def _answer_all(api: Any, batch: dict[str, Any]) -> None:
    for item in batch["items"]:
        r = api.post("/submissions", json=submission(batch, item["id"], MINE))
        assert r.status_code == 201, r.text


def test_a_reviewer_who_annotates_sees_no_gold_they_could_still_be_served(
    database: Any, make_api: Any
) -> None:
    """Gold never served to them and real items still short of answers could come in their
    next batch: hidden until answered. A reviewer who does not annotate sees them all."""
    project_id, real_ids, gold_ids, _ = _world(database, make_api)
    both, reviewer = make_api("annotator", "reviewer"), make_api("reviewer")
    listed = reviewer.get(f"/projects/{project_id}/items").json()["items"]
    assert {i["id"] for i in listed} == set(real_ids + gold_ids)
    assert both.get(f"/projects/{project_id}/items").json()["items"] == []
    for item_id in real_ids + gold_ids:
        assert reviewer.get(f"/items/{item_id}").status_code == 200
        r = both.get(f"/items/{item_id}")
        assert r.status_code == 403 and GOLD_HINT not in r.text
    queue = both.get(f"/review/queue?project_id={project_id}&status=any").json()
    assert queue["submissions"] == []

    batch = lease(both, project_id, 4)
    _expire(database, batch["id"])  # an expired lease: a late answer is still stored
    assert all(both.get(f"/items/{i}").status_code == 403 for i in real_ids + gold_ids)
    _answer_all(both, batch)  # late answers, and the batch has ended
    view = both.get(f"/items/{gold_ids[0]}").json()
    assert view["gold"]["hint"] == GOLD_HINT
    listed = both.get(f"/projects/{project_id}/items?gold=true").json()["items"]
    assert {i["id"] for i in listed} == set(gold_ids)


def test_real_items_short_of_answers_are_hidden_from_whoever_may_lease_them(
    database: Any, make_api: Any
) -> None:
    """A complete real item may show its answers to a lead who annotates; one still short of
    `overlap` answers may not, until they answered it."""
    world = make_project(database, real=2, overlap=1)
    other = make_api("annotator")
    batch = lease(other, world.project_id, 1)
    _answer_all(other, batch)
    done, short = (
        batch["items"][0]["id"],
        next(i for i in world.real_ids if i != batch["items"][0]["id"]),
    )
    for roles in (("lead", "annotator"), ("admin",), ("reviewer", "annotator")):
        api = make_api(*roles)
        assert api.get(f"/items/{done}").status_code == 200, roles
        assert api.get(f"/items/{short}").status_code == 403, roles
        listed = api.get(f"/projects/{world.project_id}/items").json()["items"]
        assert [i["id"] for i in listed] == [done], roles
        lines = api.get(f"/projects/{world.project_id}/export").text.splitlines()
        assert [json.loads(line)["item_id"] for line in lines] == [done], roles
    assert make_api("lead").get(f"/items/{short}").status_code == 200


@pytest.mark.parametrize("roles", [("lead", "annotator"), ("admin",), ("admin", "annotator")])
def test_gold_is_never_served_to_those_who_read_every_gold_answer(
    database: Any, make_api: Any, roles: tuple[str, ...]
) -> None:
    """Leads and admins curate gold, so they see every gold answer; their batches carry real
    items only, or a verdict of theirs would measure nothing."""
    world = make_project(database, real=6, gold=6, gold_ratio_new=0.5, overlap=1)
    api = make_api(*roles)
    batch = lease(api, world.project_id, 10)
    assert {i["id"] for i in batch["items"]} == set(world.real_ids)
    listed = api.get(f"/projects/{world.project_id}/items?gold=true").json()["items"]
    assert {i["id"] for i in listed} == set(world.gold_ids)
    assert all(i["gold"]["hint"] == GOLD_HINT for i in listed)
    annotator = make_api("annotator")
    served = lease(annotator, world.project_id, 4)["items"]
    assert {i["id"] for i in served} & set(world.gold_ids)  # others still get gold
