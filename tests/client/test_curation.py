"""Gold curation calls: hostile answers (a scripted server) become BadResponse naming the
place; against the real server a lead lists items with their figures, reads an item with
every submission, marks, corrects (re-scoring earlier verdicts), promotes and unmarks
gold, reads contests, and fetches media into the cache verified by SHA-256."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from labeler.client.api import TaskServer
from labeler.client.curation import CurationClient, Submission
from labeler.client.errors import BadResponse, Conflict, InvalidAnswer, NotFound, Unprocessable
from labeler.client.history import contest_refused
from labeler.client.workitem import MediaInfo
from labeler.core.plugins.api import Prefill
from tests.client.conftest import Caller, LiveServer, User
from tests.client.fakeserver import Canned, FakeServer, fake_server
from tests.server.scenario import GOLD_ANSWER, GOLD_HINT, World, build_world, submission

SHA = "ab" * 32
ENTRY: dict[str, Any] = {
    "id": "i1",
    "text": "hello",
    "data": {"n": 1},
    "gold": {"answer": {"sentiment": "pos"}, "hint": "Smile."},
    "exposure": 4,
    "answers": 3,
    "accepted": 2,
    "gold_answered": 3,
    "gold_missed": 1,
    "miss_rate": 1 / 3,
    "open_contests": 1,
}
SUBMISSION: dict[str, Any] = {
    "id": "s1",
    "item_id": "i1",
    "project_id": "p",
    "user": {"id": "u1", "username": "asma"},
    "status": "accepted",
    "answer": {"sentiment": "neg"},
    "skip_reason": None,
    "active_ms": 2500,
    "submitted_at": "2026-03-01T10:00:00Z",
    "gold_score": 0.0,
    "schema_version": 1,
    "review": None,
}


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    with fake_server() as server:
        yield server


@pytest.fixture
def fake_client(fake: FakeServer, tmp_path: Path) -> Iterator[CurationClient]:
    api = TaskServer(fake.url, "tok", retries=0)
    yield CurationClient(api, tmp_path / "media")
    api.close()


def test_a_page_of_items_parses(fake: FakeServer, fake_client: CurationClient) -> None:
    fake.route(
        "GET",
        "/api/v1/projects/p%2Fq/items?limit=500&gold=false&contested=true&cursor=c1",
        Canned(200, {"items": [ENTRY], "next_cursor": "c2"}),
    )
    page = fake_client.items("p/q", gold=False, contested=True, limit=900, cursor="c1")
    assert page.next_cursor == "c2"
    (item,) = page.items
    assert (item.id, item.item.text, item.gold and item.gold.hint) == ("i1", "hello", "Smile.")
    assert (item.exposure, item.answers, item.accepted, item.open_contests) == (4, 3, 2, 1)
    assert item.miss_rate == pytest.approx(1 / 3)
    assert item.item.source is None  # a server without source names


def test_an_item_s_source_name_is_read(fake: FakeServer, fake_client: CurationClient) -> None:
    named = {**ENTRY, "source": "night/gold_07.jpg"}
    fake.route(
        "GET",
        "/api/v1/projects/p/items?limit=100",
        Canned(200, {"items": [named, {**ENTRY, "id": "i2", "source": None}], "next_cursor": None}),
    )
    first, second = fake_client.items("p").items
    assert (first.item.source, second.item.source) == ("night/gold_07.jpg", None)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"exposure": "4"}, "items[0].exposure must be an integer"),
        ({"miss_rate": 1.5}, "items[0].miss_rate must lie between 0 and 1"),
        ({"gold_missed": 9}, "items[0].gold_missed counts more misses"),
        ({"gold": {"hint": "x"}}, "items[0].gold.answer must be an object"),
        ({"media": {"sha256": "../../etc/passwd", "url": "/x", "bytes": 1}}, "media.sha256"),
        ({"id": ""}, "items[0].id must not be empty"),
        ({"data": [1]}, "items[0].data must be an object"),
        ({"source": ["a.jpg"]}, "items[0].source must be a string"),
    ],
)
def test_hostile_item_pages_are_bad_responses(
    fake: FakeServer, fake_client: CurationClient, change: dict[str, Any], where: str
) -> None:
    body = {"items": [{**ENTRY, **change}]}
    fake.route("GET", "/api/v1/projects/p/items?limit=100", Canned(200, body))
    with pytest.raises(BadResponse, match=where.replace("[", r"\[").replace("]", r"\]")):
        fake_client.items("p")


def test_prefills_are_sent_with_their_confidence_and_the_answer_read(
    fake: FakeServer, fake_client: CurationClient
) -> None:
    fake.route(
        "PUT",
        "/api/v1/projects/p%2Fq/prefill",
        Canned(200, {"updated": 1, "answered": ["i2"]}),
        Canned(200, {"updated": 1, "answered": "i2"}),
    )
    done = fake_client.put_prefill(
        "p/q", [Prefill("i1", {"sentiment": "pos"}, 0.25), Prefill("i2", {"sentiment": "neg"})]
    )
    assert (done.updated, done.answered) == (1, ("i2",))
    (sent,) = fake.requests("PUT")
    assert sent.json() == {
        "items": [
            {"id": "i1", "prefill": {"sentiment": "pos"}, "confidence": 0.25},
            {"id": "i2", "prefill": {"sentiment": "neg"}, "confidence": None},
        ]
    }
    with pytest.raises(BadResponse, match="answered must be a list"):
        fake_client.remove_prefill("p/q", ["i1"])
    with pytest.raises(ValueError, match="takes 1 to 10000 items, not 0"):
        fake_client.put_prefill("p/q", [])


def test_hostile_details_contests_and_gold_answers(
    fake: FakeServer, fake_client: CurationClient
) -> None:
    other = {**SUBMISSION, "item_id": "i2"}
    fake.route(
        "GET",
        "/api/v1/items/i1",
        Canned(200, {"item": ENTRY, "gold": None, "submissions": [other]}),
    )
    with pytest.raises(BadResponse, match=r"submissions\[0\].item_id"):
        fake_client.item("i1")
    fake.route(
        "GET",
        "/api/v1/projects/p/contests",
        Canned(200, {"contests": [{"id": "c", "submission_id": "s", "item_id": "i"}]}),
    )
    with pytest.raises(BadResponse, match=r"contests\[0\].reason must be a string"):
        fake_client.contests("p")
    fake.route("PUT", "/api/v1/items/i1/gold", Canned(200, {"item_id": "i1", "rescored": 2}))
    with pytest.raises(BadResponse, match="gold must be an object"):
        fake_client.set_gold("i1", {"sentiment": "pos"}, None)
    with pytest.raises(BadResponse, match="SHA-256"):
        fake_client.media_path(MediaInfo(sha256="../x", mime="", bytes=1, url="/x"))


LEAD_CONTEST: dict[str, Any] = {
    "id": "c1",
    "submission_id": "s1",
    "item_id": "i1",
    "user": {"id": "u1", "username": "asma"},
    "state": "dismissed",
    "reason": "It reads neutral.",
    "reply": "The last line is sarcastic.",
    "created_at": "2026-03-01T10:00:00Z",
    "resolved_at": "2026-03-02T10:00:00Z",
    "resolved_by": {"id": "u9", "username": "lead"},
    "miss_rate": 0.5,
}


def test_resolutions_are_sent_once_and_parsed(
    fake: FakeServer, fake_client: CurationClient
) -> None:
    answer = {"contest": LEAD_CONTEST, "rescored": 0, "gold": {"answer": {"s": "neg"}}}
    fake.route("POST", "/api/v1/contests/c%2F1/resolve", Canned(200, answer))
    done = fake_client.dismiss("c/1", "  The last line is sarcastic. ")
    assert done.contest.state == "dismissed" and not done.contest.open
    assert done.contest.reply == "The last line is sarcastic."
    assert done.contest.resolved_by is not None and done.contest.resolved_by.username == "lead"
    assert done.gold == {"answer": {"s": "neg"}}
    fake_client.uphold("c/1", {"s": "pos"}, "", reply=None)
    fake_client.uphold_removing_gold("c/1", "Too ambiguous.")
    sent = [r.json() for r in fake.requests("POST", "/api/v1/contests/c%2F1/resolve")]
    assert sent == [
        {"decision": "dismiss", "reply": "The last line is sarcastic."},
        {"decision": "uphold", "gold": {"answer": {"s": "pos"}, "hint": None}},
        {"decision": "uphold", "gold": None, "reply": "Too ambiguous."},
    ]
    with pytest.raises(ValueError, match="needs a reply"):
        fake_client.dismiss("c/1", "   ")
    assert len(fake.requests("POST")) == 3  # nothing sent for a blank dismissal


@pytest.mark.parametrize(
    "answer, where",
    [
        ({"contest": {**LEAD_CONTEST, "state": "open"}}, "contest.state"),
        ({"contest": {**LEAD_CONTEST, "state": "won"}}, "contest.state"),
        ({"contest": LEAD_CONTEST, "gold": {"answer": 3}}, "gold.answer"),
        ({"contest": {**LEAD_CONTEST, "reply": 7}}, "contest.reply"),
    ],
)
def test_hostile_resolutions_are_bad_responses(
    fake: FakeServer, fake_client: CurationClient, answer: dict[str, Any], where: str
) -> None:
    fake.route("POST", "/api/v1/contests/c1/resolve", Canned(200, answer))
    with pytest.raises(BadResponse, match=where):
        fake_client.dismiss("c1", "No.")


def test_contests_of_older_servers_read_as_closed(
    fake: FakeServer, fake_client: CurationClient
) -> None:
    old = {k: v for k, v in LEAD_CONTEST.items() if k not in ("state", "reply", "resolved_by")}
    fake.route("GET", "/api/v1/projects/p/contests", Canned(200, {"contests": [old]}))
    (contest,) = fake_client.contests("p")
    assert (contest.state, contest.open, contest.reply) == ("closed", False, None)


def test_promote_takes_only_accepted_answers(fake_client: CurationClient) -> None:
    pending = Submission(**{**_sub_args(), "status": "pending"})
    with pytest.raises(ValueError, match="this one is pending"):
        fake_client.promote(pending)
    skip = Submission(**{**_sub_args(), "answer": None, "skip_reason": "blurry"})
    with pytest.raises(ValueError, match="A skip has no answer"):
        fake_client.promote(skip)
    assert Submission(**_sub_args()).promotable and not pending.promotable


def _sub_args() -> dict[str, Any]:
    return {
        "id": "s1",
        "item_id": "i1",
        "project_id": "p",
        "user": None,
        "status": "accepted",
        "answer": {"sentiment": "neg"},
        "skip_reason": None,
        "active_ms": 0,
        "submitted_at": None,
        "gold_score": None,
        "schema_version": 1,
        "review": None,
    }


# -- against the task server --------------------------------------------------------------


@pytest.fixture
def lead_user(server: LiveServer) -> User:
    return User(server, ["lead"])


@pytest.fixture
def curation(server: LiveServer, lead_user: User, tmp_path: Path) -> Iterator[CurationClient]:
    api = TaskServer(server.url, lead_user.token, retries=1, backoff=0.05)
    yield CurationClient(api, tmp_path / "media")
    api.close()


WRONG = {"scene": "urban", "objects": []}


def answered_world(lead: Caller, annotator: User) -> World:
    """Two real items and one gold; the annotator answers all three (the gold wrongly)
    and contests the gold verdict. Nothing is held for review."""
    world = build_world(lead, real=2, gold=1, review_rate=0.0)
    r = annotator.caller.post(f"/projects/{world.project_id}/batches", json={"size": 3})
    assert r.status_code == 201, r.text
    batch = r.json()
    ids = {}
    for item in batch["items"]:
        r = annotator.caller.post("/submissions", json=submission(batch, item["id"], WRONG))
        assert r.status_code == 201, r.text
        ids[item["id"]] = r.json()["id"]
    gold_sub = ids[world.gold_ids[0]]
    r = annotator.caller.post(f"/submissions/{gold_sub}/contest", json={"reason": "No car."})
    assert r.status_code == 201, r.text
    return world


@pytest.mark.slow
def test_detail_correction_promotion_and_unmarking(
    curation: CurationClient, lead_user: User, annotator: User
) -> None:
    world = answered_world(lead_user.caller, annotator)
    gold_id, real_id = world.gold_ids[0], world.real_ids[0]

    detail = curation.item(gold_id)
    assert detail.item.id == gold_id and detail.item.project_id == world.project_id
    assert detail.gold is not None and detail.gold.answer == GOLD_ANSWER
    assert detail.gold.hint == GOLD_HINT
    (sub,) = detail.submissions
    assert sub.user is not None and sub.user.username == annotator.username
    assert (sub.status, sub.gold_score, sub.answer) == ("rejected", 0.0, WRONG)
    assert detail.item.media is not None and detail.item.context().width == 120

    (contest,) = curation.contests(world.project_id)
    assert contest.item_id == gold_id and contest.reason == "No car." and contest.open
    assert contest.miss_rate == 1.0

    # Correcting the gold answer re-scores the earlier verdict and resolves the contest.
    corrected = {"scene": "urban", "objects": []}
    result = curation.set_gold(gold_id, corrected, "Nothing to box here.")
    assert (result.item_id, result.rescored) == (gold_id, 1)
    assert result.gold.answer == corrected and result.gold.hint == "Nothing to box here."
    rescored = curation.item(gold_id).submissions[0]
    assert (rescored.gold_score, rescored.status) == (1.0, "accepted")
    assert not curation.contests(world.project_id)[0].open

    with pytest.raises(InvalidAnswer) as caught:
        curation.set_gold(gold_id, {"scene": "space"}, None)
    assert caught.value.problems[0]["path"] == "answer.scene"

    # An accepted answer to a real item becomes its gold.
    (real_sub,) = curation.item(real_id).submissions
    assert real_sub.promotable
    promoted = curation.promote(real_sub, "As the annotator saw it.")
    assert promoted.rescored == 0 and promoted.gold.answer == real_sub.answer
    assert curation.item(real_id).gold is not None

    curation.unset_gold(real_id)
    assert curation.item(real_id).gold is None
    curation.unset_gold(real_id)  # not gold: nothing changes
    with pytest.raises(NotFound):
        curation.item("no-such-item")


@pytest.mark.slow
def test_a_contest_upheld_dismissed_and_upheld_by_removing_gold(
    curation: CurationClient, lead_user: User, annotator: User, server: LiveServer
) -> None:
    world = answered_world(lead_user.caller, annotator)
    (contest,) = curation.contests(world.project_id)
    assert contest.state == "open" and contest.reply is None and contest.resolved_by is None
    with pytest.raises(InvalidAnswer):
        curation.uphold(contest.id, {"scene": "space"}, None)
    upheld = curation.uphold(contest.id, WRONG, "No car here.", "You are right.")
    assert upheld.contest.state == "upheld" and upheld.rescored == 1
    assert upheld.contest.resolved_by is not None
    assert upheld.contest.resolved_by.username == lead_user.username
    assert upheld.gold == {"answer": WRONG, "hint": "No car here."}
    # The annotator's workbench reads the outcome from history.
    mine = TaskServer(server.url, annotator.token)
    (entry,) = [e for e in mine.history().entries if e.contest is not None]
    assert entry.status == "accepted" and entry.contest is not None
    assert (entry.contest.state, entry.contest.reply) == ("upheld", "You are right.")
    assert entry.contest.resolved_by == lead_user.username
    with pytest.raises(Conflict):
        curation.dismiss(contest.id, "Changed my mind.")
    # Another world: dismissed, then a second contest is refused in words for the button.
    other = answered_world(lead_user.caller, annotator)
    (second,) = curation.contests(other.project_id)
    dismissed = curation.dismiss(second.id, "The car is behind the barn.")
    assert dismissed.contest.state == "dismissed" and dismissed.rescored == 0
    with pytest.raises(Conflict) as caught:
        mine.contest(second.submission_id, "Please look again.")
    refused = contest_refused(caught.value)
    assert refused is not None and refused.why == "already_contested"
    assert refused.label == "Contest dismissed"
    assert refused.contest is not None and refused.contest.reply == "The car is behind the barn."
    # A third: upheld by removing the item's gold.
    third = answered_world(lead_user.caller, annotator)
    (contest3,) = curation.contests(third.project_id)
    removed = curation.uphold_removing_gold(contest3.id)
    assert removed.gold is None and removed.contest.state == "upheld"
    assert curation.item(third.gold_ids[0]).gold is None
    mine.close()


@pytest.mark.slow
def test_items_with_their_figures_and_filters(
    curation: CurationClient, lead_user: User, annotator: User
) -> None:
    world = answered_world(lead_user.caller, annotator)
    page = curation.items(world.project_id)
    assert [i.id for i in page.items] == world.real_ids + world.gold_ids
    assert page.next_cursor is None
    gold = page.items[-1]
    assert gold.gold is not None and gold.gold.answer == GOLD_ANSWER
    assert (gold.exposure, gold.answers, gold.gold_answered, gold.gold_missed) == (1, 1, 1, 1)
    assert (gold.miss_rate, gold.open_contests) == (1.0, 1)
    real = page.items[0]
    assert (real.gold, real.answers, real.accepted, real.miss_rate) == (None, 1, 1, None)

    assert [i.id for i in curation.items(world.project_id, gold=True).items] == world.gold_ids
    assert [i.id for i in curation.items(world.project_id, gold=False).items] == world.real_ids
    contested = curation.items(world.project_id, contested=True)
    assert [i.id for i in contested.items] == world.gold_ids

    first = curation.items(world.project_id, limit=2)
    assert len(first.items) == 2 and first.next_cursor is not None
    rest = curation.items(world.project_id, limit=2, cursor=first.next_cursor)
    assert [i.id for i in first.items + rest.items] == world.real_ids + world.gold_ids


@pytest.mark.slow
def test_media_lands_in_the_cache_verified(
    curation: CurationClient, lead_user: User, tmp_path: Path
) -> None:
    world = build_world(lead_user.caller, real=1, gold=0)
    media = curation.item(world.real_ids[0]).item.media
    assert media is not None and media.display_url
    original = curation.media_path(media, original=True)
    assert original == tmp_path / "media" / media.sha256[:2] / media.sha256
    assert hashlib.sha256(original.read_bytes()).hexdigest() == media.sha256
    display = curation.media_path(media)
    assert display.name == f"{media.sha256}.display" and display.stat().st_size > 0

    # A damaged file in the cache is fetched again (a fresh client checks what it finds).
    original.write_bytes(b"damaged")
    again = CurationClient(curation.server, tmp_path / "media")
    assert again.media_path(media, original=True) == original
    assert hashlib.sha256(original.read_bytes()).hexdigest() == media.sha256


@pytest.mark.slow
def test_a_pre_annotation_run_s_prefills_and_their_confidence(
    curation: CurationClient, lead_user: User, annotator: User
) -> None:
    world = build_world(lead_user.caller, real=3, gold=1, review_rate=0.0)
    r = annotator.caller.post(f"/projects/{world.project_id}/batches", json={"size": 4})
    assert r.status_code == 201, r.text
    batch = r.json()
    answered = next(i["id"] for i in batch["items"] if i["id"] in world.real_ids)
    r = annotator.caller.post("/submissions", json=submission(batch, answered, WRONG))
    assert r.status_code == 201, r.text
    car = {"label": "car", "x": 10, "y": 10, "w": 20, "h": 10}
    proposed = {"scene": "urban", "objects": [car]}
    ids = world.real_ids + world.gold_ids
    done = curation.put_prefill(world.project_id, [Prefill(i, proposed, 0.25) for i in ids])
    assert (done.updated, done.answered) == (3, (answered,))
    items = {c.id: c.item for c in curation.items(world.project_id).items}
    fresh = [i for i in ids if i != answered]
    assert all(items[i].prefill == proposed and items[i].prefill_confidence == 0.25 for i in fresh)
    assert (items[answered].prefill, items[answered].prefill_confidence) == (None, None)

    with pytest.raises(InvalidAnswer) as caught:
        curation.put_prefill(world.project_id, [Prefill(fresh[0], {"scene": "space"}, 0.5)])
    assert caught.value.problems[0]["path"] == "items[0].prefill.scene"
    with pytest.raises(Unprocessable) as refused:
        curation.put_prefill(world.project_id, [Prefill("no-such-item", proposed)])
    assert refused.value.code == "invalid_item"

    removed = curation.remove_prefill(world.project_id, fresh[:1])
    assert (removed.updated, removed.answered) == (1, ())
    item = curation.items(world.project_id).items[ids.index(fresh[0])].item
    assert (item.prefill, item.prefill_confidence) == (None, None)
