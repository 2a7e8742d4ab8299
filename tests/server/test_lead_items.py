"""`GET /projects/{id}/items`: a project's items with their gold and figures, for leads."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import update

from labeler.server.models import Contest, Item
from labeler.server.services.payload import encode_cursor
from tests.server.factories import (
    GOLD_ANSWER,
    GOLD_HINT,
    GOOD,
    REAL_ANSWER,
    add_items,
    make_project,
)
from tests.server.factory import add_submission, lease_item
from tests.server.scenario import build_world

KEYS = {
    "id",
    "data",
    "source",
    "gold",
    "exposure",
    "answers",
    "accepted",
    "gold_answered",
    "gold_missed",
    "miss_rate",
    "open_contests",
    "prefill_confidence",
}


@pytest.fixture
def curated(database: Any, make_api: Any) -> dict[str, Any]:
    """Items r0, r1, g0, g1, r2 (in that order) with known leases, answers and contests."""
    world = make_project(database, real=2, gold=2)
    r0, r1 = world.real_ids
    g0, g1 = world.gold_ids
    (r2,) = add_items(database, world.project_id, 1)
    a, b, c = (make_api("annotator") for _ in range(3))
    p, skill = world.project_id, world.project_id

    def sub(who: Any, item: str, answer: Any, **kw: Any) -> str:
        return add_submission(database, who.user["id"], p, item, answer, skill=skill, **kw)

    sub(a, r0, REAL_ANSWER, status="accepted")
    sub(b, r0, None, status="accepted")  # an accepted skip is no answer
    lease_item(database, c.user["id"], p, r0)  # served, not answered
    sub(a, r1, REAL_ANSWER, status="pending")
    sub(a, g0, GOOD, is_gold=True, gold_passed=True)
    failed_b = sub(b, g0, REAL_ANSWER, is_gold=True, gold_passed=False)
    failed_c = sub(c, g0, REAL_ANSWER, is_gold=True, gold_passed=False)
    for who, failed in ((b, failed_b), (c, failed_c)):
        r = who.post(f"/submissions/{failed}/contest", json={"reason": "It reads neutral."})
        assert r.status_code == 201, r.text
    with database.transaction() as session:  # c's contest was settled
        session.execute(
            update(Contest)
            .where(Contest.submission_id == failed_c)
            .values(resolved_at=datetime.now(UTC), state="dismissed", reply="It is not.")
        )
        # Items in both states of `complete`, so pages mix every range of the index.
        session.execute(update(Item).where(Item.id.in_([r0, g1])).values(complete=True))
    return {"world": world, "order": [r0, r1, g0, g1, r2], "p": p}


def _page(api: Any, p: str, query: str = "") -> dict[str, Any]:
    r = api.get(f"/projects/{p}/items{query}")
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"items", "next_cursor"}
    return body  # type: ignore[no-any-return]


def _all(api: Any, p: str, query: str, limit: int) -> list[str]:
    seen: list[str] = []
    cursor = None
    for _ in range(100):
        joiner = "&" if query else ""
        q = f"?{query}{joiner}limit={limit}" + (f"&cursor={cursor}" if cursor else "")
        body = _page(api, p, q)
        assert len(body["items"]) <= limit
        seen += [i["id"] for i in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return seen
    raise AssertionError("the pages never ended")


def test_items_carry_their_gold_and_figures(curated: dict[str, Any], lead: Any) -> None:
    r0, r1, g0, g1, r2 = curated["order"]
    body = _page(lead, curated["p"])
    assert [i["id"] for i in body["items"]] == curated["order"]
    assert body["next_cursor"] is None
    items = {i["id"]: i for i in body["items"]}
    for item in items.values():
        assert KEYS <= set(item) <= KEYS | {"text", "prefill", "media"}
        assert item["text"].startswith("Review") and item["data"]["source"] == "factory"
    assert items[r1]["prefill"] == {"sentiment": "neutral"} and "prefill" not in items[r0]

    def figures(item_id: str) -> tuple[Any, ...]:
        i = items[item_id]
        keys = ("exposure", "answers", "accepted", "gold_answered", "gold_missed", "miss_rate")
        return (*(i[k] for k in keys), i["open_contests"])

    assert figures(r0) == (3, 1, 1, 0, 0, None, 0)
    assert figures(r1) == (1, 1, 0, 0, 0, None, 0)
    assert figures(g0) == (3, 3, 3, 3, 2, pytest.approx(2 / 3), 1)
    assert figures(g1) == (0, 0, 0, 0, 0, None, 0)
    assert figures(r2) == (0, 0, 0, 0, 0, None, 0)
    assert items[g0]["gold"] == {"answer": GOLD_ANSWER, "hint": GOLD_HINT}
    assert items[g1]["gold"] == {"answer": GOLD_ANSWER, "hint": GOLD_HINT}
    assert items[r0]["gold"] is None


def test_filters_and_pages(curated: dict[str, Any], lead: Any, reviewer: Any) -> None:
    r0, r1, g0, g1, r2 = curated["order"]
    p = curated["p"]
    cases = {
        "": [r0, r1, g0, g1, r2],
        "gold=true": [g0, g1],
        "gold=false": [r0, r1, r2],
        "contested=true": [g0],
        "contested=true&gold=true": [g0],
        "contested=true&gold=false": [],
        "contested=false": [r0, r1, g0, g1, r2],
    }
    for query, expected in cases.items():
        for limit in (1, 2, 3, 500):
            assert _all(reviewer, p, query, limit) == expected, (query, limit)
    # Once the contest is upheld (a correction made it pass), the item is not contested.
    r = lead.put(f"/items/{g0}/gold", json={"answer": REAL_ANSWER, "hint": "Corrected."})
    assert r.status_code == 200 and r.json()["upheld"] == 1
    assert _all(lead, p, "contested=true", 10) == []
    assert _page(lead, p, "?gold=true")["items"][0]["open_contests"] == 0
    # Unmarking gold moves the item to the real ones; its gold answers stay in its figures.
    assert lead.delete(f"/items/{g0}/gold").status_code == 204
    listed = {i["id"]: i for i in _page(lead, p, "?gold=false")["items"]}
    assert listed[g0]["gold"] is None and listed[g0]["gold_answered"] == 3


def test_many_items_page_in_creation_order(database: Any, lead: Any) -> None:
    world = make_project(database, real=620, gold=30)
    more = add_items(database, world.project_id, 5)
    expected = world.real_ids + world.gold_ids + more
    assert _all(lead, world.project_id, "", 500) == expected
    first = _page(lead, world.project_id)
    assert len(first["items"]) == 100 and first["next_cursor"]
    assert _all(lead, world.project_id, "gold=true", 7) == world.gold_ids


def test_media_items_carry_the_media_object_of_batches(lead: Any, make_api: Any) -> None:
    world = build_world(lead, real=2, gold=1)
    annotator = make_api("annotator")
    batch = annotator.post(f"/projects/{world.project_id}/batches", json={"size": 3}).json()
    served = {i["id"]: i for i in batch["items"]}
    listed = _page(lead, world.project_id)["items"]
    assert [i["id"] for i in listed] == world.real_ids + world.gold_ids
    for item in listed:
        assert "text" not in item
        assert item["media"]["sha256"] == world.media_sha
        if item["id"] in served:
            assert item["media"] == served[item["id"]]["media"]
            assert item["exposure"] == 1


def test_refusals_and_bad_queries(curated: dict[str, Any], lead: Any, annotator: Any) -> None:
    p = curated["p"]
    r = annotator.get(f"/projects/{p}/items")
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    for bogus in ("nope", "x" * 300):
        r = lead.get(f"/projects/{bogus}/items")
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    bad = [
        "limit=0",
        "limit=501",
        "limit=99999999999999999999999",
        "limit=ten",
        "gold=maybe",
        "contested=perhaps",
        "cursor=%%%",
        "cursor=" + "A" * 5000,
        f"cursor={encode_cursor(['-5'])}",
        f"cursor={encode_cursor(['12a'])}",
        f"cursor={encode_cursor(['9' * 40])}",
        f"cursor={encode_cursor(['1', '2'])}",
        f"cursor={encode_cursor(['١٢'])}",  # digits, but not ASCII ones
    ]
    for query in bad:
        r = lead.get(f"/projects/{p}/items?{query}")
        assert r.status_code == 400, (query, r.status_code, r.text[:200])
        assert r.json()["error"]["code"] == "invalid_request"
    # A cursor past the end is an empty last page.
    body = _page(lead, p, f"?cursor={encode_cursor(['999999'])}")
    assert body == {"items": [], "next_cursor": None}
