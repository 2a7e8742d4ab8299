"""The review calls against the real server (`labeler serve` on loopback) and against
hostile JSON. `review_world` (also used by the review workspace's GUI tests) builds an
image, a text and an audio project that three annotators have answered."""

from __future__ import annotations

import hashlib
import io
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw

from labeler.client.api import TaskServer
from labeler.client.errors import BadResponse, Forbidden, InvalidRequest, NotFound
from labeler.client.reviewing import (
    ReviewClient,
    parse_decision,
    parse_item_detail,
    parse_queue,
    parse_stats,
)
from tests.client.conftest import Caller, LiveServer, User
from tests.server.scenario import now

IMAGE_SCHEMA: dict[str, Any] = {
    "title": "Street scenes",
    "media": "image",
    "instructions": "Box every car.",
    "fields": [
        {
            "name": "scene",
            "kind": "choice",
            "labels": [{"value": "urban", "hotkey": "1"}, {"value": "rural", "hotkey": "2"}],
        },
        {
            "name": "objects",
            "kind": "boxes",
            "labels": [
                {"value": "car", "hotkey": "c", "color": "#e6194b"},
                {"value": "bus", "hotkey": "b", "color": "#4363d8"},
            ],
        },
    ],
}
TEXT = "Ayesha Khan joined Jazz Telecom in Lahore last spring, said the company."
TEXT_SCHEMA: dict[str, Any] = {
    "title": "News entities",
    "media": "text",
    "fields": [
        {
            "name": "entities",
            "kind": "spans",
            "labels": [
                {"value": "PER", "hotkey": "p"},
                {"value": "ORG", "hotkey": "o"},
                {"value": "LOC", "hotkey": "l"},
            ],
        },
        {
            "name": "tone",
            "kind": "choice",
            "labels": [{"value": "neutral", "hotkey": "1"}, {"value": "positive", "hotkey": "2"}],
        },
    ],
}
AUDIO_SCHEMA: dict[str, Any] = {
    "title": "Call snippets",
    "media": "audio",
    "fields": [
        {
            "name": "turns",
            "kind": "segments",
            "labels": [{"value": "agent", "hotkey": "a"}, {"value": "caller", "hotkey": "c"}],
        },
        {"name": "words", "kind": "transcript"},
        {"name": "clarity", "kind": "rating", "min": 1, "max": 5},
    ],
}


def car(x: int, y: int, w: int, h: int, label: str = "car") -> dict[str, Any]:
    return {"label": label, "x": x, "y": y, "w": w, "h": h}


GOLD_IMAGE = {"scene": "urban", "objects": [car(100, 120, 120, 70), car(400, 200, 150, 90)]}
IMAGE_ANSWERS = [
    {"scene": "urban", "objects": [car(100, 120, 120, 70), car(400, 200, 150, 90)]},
    {
        "scene": "urban",
        "objects": [car(104, 118, 118, 72), car(402, 205, 145, 85), car(250, 40, 70, 40, "bus")],
    },
    {"scene": "rural", "objects": [car(150, 150, 100, 60)]},
]


def span(label: str, word: str) -> dict[str, Any]:
    start = TEXT.index(word)
    return {"label": label, "start": start, "end": start + len(word)}


TEXT_ANSWERS = [
    {
        "entities": [
            span("PER", "Ayesha Khan"),
            span("ORG", "Jazz Telecom"),
            span("LOC", "Lahore"),
        ],
        "tone": "neutral",
    },
    {
        "entities": [
            span("PER", "Ayesha Khan"),
            span("ORG", "Jazz Telecom"),
            span("LOC", "Lahore"),
        ],
        "tone": "neutral",
    },
    {"entities": [span("PER", "Ayesha"), span("LOC", "Jazz Telecom")], "tone": "positive"},
]
AUDIO_ANSWERS = [
    {
        "turns": [
            {"label": "agent", "start": 0.0, "end": 1.4},
            {"label": "caller", "start": 1.5, "end": 2.9},
        ],
        "words": "Thank you for calling Jazz, how can I help you today?",
        "clarity": 4,
    },
    {
        "turns": [
            {"label": "agent", "start": 0.05, "end": 1.35},
            {"label": "caller", "start": 1.55, "end": 2.95},
        ],
        "words": "Thank you for calling Jazz, how can I help you today?",
        "clarity": 5,
    },
    {
        "turns": [{"label": "agent", "start": 0.0, "end": 2.9}],
        "words": "thank you for calling how can help today",
        "clarity": 3,
    },
]


def street_png(width: int = 640, height: int = 400) -> bytes:
    """A street of sorts: sky, road, and the cars the answers box."""
    image = Image.new("RGB", (width, height), (150, 190, 225))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 180, width, height), fill=(90, 90, 95))
    draw.rectangle((0, 290, width, 300), fill=(235, 235, 235))
    draw.rectangle((100, 120, 220, 190), fill=(200, 40, 40))
    draw.rectangle((400, 200, 550, 290), fill=(40, 90, 190))
    draw.rectangle((250, 40, 320, 80), fill=(230, 180, 30))
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def call_wav(seconds: float = 3.0, rate: int = 16_000) -> bytes:
    """Two voices of sorts: a lower tone, a pause, a higher one."""
    t = np.arange(int(seconds * rate)) / rate
    wave = np.where(t < 1.45, 0.4 * np.sin(2 * np.pi * 180 * t), 0.0)
    wave += np.where(t > 1.5, 0.3 * np.sin(2 * np.pi * 320 * t), 0.0)
    wave *= 0.6 + 0.4 * np.sin(2 * np.pi * 3 * t) ** 2
    buf = io.BytesIO()
    sf.write(buf, wave.astype(np.float32), rate, format="WAV", subtype="PCM_16")
    return buf.getvalue()


@dataclass
class ReviewWorld:
    """Three projects answered by three annotators; a reviewer, and a reviewer who
    also annotates (whose own submission they cannot review)."""

    image_project: str
    text_project: str
    audio_project: str
    image_item: str
    gold_item: str
    text_item: str
    audio_item: str
    annotators: list[User]
    reviewer: User
    both: User
    submissions: dict[tuple[str, str], str] = field(default_factory=dict)  # (user, item) → id


def _upload(lead: Caller, name: str, content: bytes, mime: str) -> str:
    r = lead.post("/media", files={"file": (name, content, mime)})
    assert r.status_code in (200, 201), r.text
    return str(r.json()["sha256"])


def _project(lead: Caller, schema: dict[str, Any], items: list[dict[str, Any]]) -> list[str]:
    body = {
        "name": f"{schema['title']} {uuid.uuid4().hex[:6]}",
        "schema": schema,
        "overlap": 4,
        "review_rate": 1.0,
        "gold_ratio": 0.5,
        "gold_ratio_new": 0.5,
        "calibration_gold": 0,
    }
    r = lead.post("/projects", json=body)
    assert r.status_code == 201, r.text
    project_id = r.json()["id"]
    r = lead.post(f"/projects/{project_id}/items", json={"items": items})
    assert r.status_code == 201, r.text
    return [project_id, *r.json()["ids"]]


def answer_all(user: User, project_id: str, answer: Callable[[str], dict[str, Any]]) -> list[str]:
    """Lease until the task server has no more work for `user`, answering every item, and
    release each batch once answered: while it is leased its answers may still change, and
    a user who also reviews sees nothing of its items (see "Items a user may still answer"
    in docs/protocol.md)."""
    done: list[str] = []
    for _ in range(10):
        r = user.caller.post(f"/projects/{project_id}/batches", json={"size": 3})
        if r.status_code == 204:
            return done
        assert r.status_code == 201, r.text
        batch = r.json()
        for item in batch["items"]:
            body = {
                "id": str(uuid.uuid4()),
                "batch_id": batch["id"],
                "item_id": item["id"],
                "schema_version": batch["schema_version"],
                "answer": answer(item["id"]),
                "started_at": now(),
                "submitted_at": now(),
                "active_ms": 4200 + 1000 * len(done),
            }
            posted = user.caller.post("/submissions", json=body)
            assert posted.status_code == 201, posted.text
            done.append(body["id"])
        released = user.caller.post(f"/batches/{batch['id']}/release")
        assert released.status_code in (200, 204), released.text
    raise AssertionError("the task server kept handing out work")


def review_world(server: LiveServer) -> ReviewWorld:
    """Build the review world through the API only."""
    lead = User(server, ["lead"]).caller
    annotators = [User(server, ["annotator"]) for _ in range(2)]
    both = User(server, ["annotator", "reviewer"])
    annotators.append(both)
    reviewer = User(server, ["reviewer"])

    png = _upload(lead, "street.png", street_png(), "image/png")
    image_project, image_item, gold_item = _project(
        lead,
        IMAGE_SCHEMA,
        [
            {"media": png, "data": {"camera": "north gate"}},
            {"media": png, "data": {"camera": "north gate"}, "gold": {"answer": GOLD_IMAGE}},
        ],
    )
    text_project, text_item = _project(lead, TEXT_SCHEMA, [{"text": TEXT, "data": {}}])
    wav = _upload(lead, "call.wav", call_wav(), "audio/wav")
    audio_project, audio_item = _project(lead, AUDIO_SCHEMA, [{"media": wav, "data": {}}])
    world = ReviewWorld(
        image_project,
        text_project,
        audio_project,
        image_item,
        gold_item,
        text_item,
        audio_item,
        annotators,
        reviewer,
        both,
    )
    for n, user in enumerate(annotators):
        for project, answers in (
            (image_project, IMAGE_ANSWERS),
            (text_project, TEXT_ANSWERS),
            (audio_project, AUDIO_ANSWERS),
        ):
            answer_all(user, project, lambda _item, a=answers[n]: a)
    for project in (image_project, text_project, audio_project):
        for user in (reviewer, both):
            page = ReviewClient(TaskServer(server.url, user.token)).queue(
                project_id=project, status="pending", limit=200
            )
            for entry in page.entries:
                world.submissions[(entry.user, entry.item_id)] = entry.id
    r = User(server, ["reviewer"]).caller.get(f"/items/{gold_item}")
    for sub in r.json()["submissions"]:
        world.submissions[(sub["user"]["username"], gold_item)] = sub["id"]
    return world


# -- against the real server -----------------------------------------------------------------


@pytest.fixture(scope="module")
def world(server: LiveServer) -> ReviewWorld:
    return review_world(server)


def client_for(server: LiveServer, user: User, tmp_path: Path) -> ReviewClient:
    return ReviewClient(TaskServer(server.url, user.token), media_root=tmp_path / "media")


@pytest.mark.slow
def test_queue_lists_pending_submissions_oldest_first(
    server: LiveServer, world: ReviewWorld, tmp_path: Path
) -> None:
    client = client_for(server, world.reviewer, tmp_path)
    page = client.queue(project_id=world.image_project)
    assert [e.item_id for e in page.entries] == [world.image_item] * 3
    assert [e.user for e in page.entries] == [u.username for u in world.annotators]
    assert all(e.status == "pending" and e.review is None for e in page.entries)
    first = page.entries[0]
    assert first.answer == IMAGE_ANSWERS[0] and first.schema_version == 1
    assert first.project_id == world.image_project and first.active_ms >= 4200
    assert first.submitted_at is not None and first.gold_score is None
    limited = client.queue(project_id=world.image_project, limit=1)
    assert len(limited.entries) == 1
    accepted = client.queue(project_id=world.image_project, status="accepted")
    assert {e.item_id for e in accepted.entries} == {world.gold_item}
    assert all(e.gold_score is not None for e in accepted.entries)
    # The one who also annotates never sees their own submissions.
    own = client_for(server, world.both, tmp_path).queue(project_id=world.image_project)
    assert world.both.username not in {e.user for e in own.entries}


@pytest.mark.slow
def test_queue_filters_of_this_task_server(
    server: LiveServer, world: ReviewWorld, tmp_path: Path
) -> None:
    client = client_for(server, world.reviewer, tmp_path)
    try:
        everything = client.queue(project_id=world.image_project, status="any")
    except InvalidRequest:
        pytest.skip("this task server has no queue filters yet")
    assert {e.item_id for e in everything.entries} == {world.image_item, world.gold_item}
    who = world.annotators[1].username
    mine = client.queue(project_id=world.image_project, status="any", user=who)
    assert {e.user for e in mine.entries} == {who}
    gold = client.queue(project_id=world.image_project, status="any", gold=True)
    assert {e.item_id for e in gold.entries} == {world.gold_item}
    assert all(e.is_gold for e in gold.entries)
    perfect = client.queue(
        project_id=world.image_project, status="any", min_gold_score=1.0, max_gold_score=1.0
    )
    assert {e.user for e in perfect.entries} == {world.annotators[0].username}
    first = client.queue(project_id=world.image_project, status="any", limit=2)
    assert first.next_cursor is not None
    rest = client.queue(
        project_id=world.image_project, status="any", limit=200, cursor=first.next_cursor
    )
    ids = [e.id for e in first.entries + rest.entries]
    assert len(ids) == len(set(ids)) == len(everything.entries)


@pytest.mark.slow
def test_queue_by_proposal_confidence(server: LiveServer, tmp_path: Path) -> None:
    lead = User(server, ["lead"]).caller
    annotator, reviewer = User(server, ["annotator"]), User(server, ["reviewer"])
    proposal = TEXT_ANSWERS[0]
    items = [
        {"text": TEXT, "data": {}, "prefill": proposal, "prefill_confidence": 0.2},
        {"text": TEXT, "data": {}, "prefill": proposal, "prefill_confidence": 0.9},
        {"text": TEXT, "data": {}},
    ]
    project, unsure, sure, plain = _project(lead, TEXT_SCHEMA, items)
    answer_all(annotator, project, lambda _item: proposal)
    client = client_for(server, reviewer, tmp_path)
    every = client.queue(project_id=project, limit=200)
    confidence = {e.item_id: e.prefill_confidence for e in every.entries}
    assert confidence == {unsure: 0.2, sure: 0.9, plain: None}
    low = client.queue(project_id=project, max_confidence=0.5)
    assert [e.item_id for e in low.entries] == [unsure]
    both = client.queue(project_id=project, max_confidence=1.0)
    assert {e.item_id for e in both.entries} == {unsure, sure}  # no proposal: left out
    with pytest.raises(ValueError):
        client.queue(max_confidence=1.5)


@pytest.mark.slow
def test_item_detail_has_gold_and_every_submission(
    server: LiveServer, world: ReviewWorld, tmp_path: Path
) -> None:
    client = client_for(server, world.reviewer, tmp_path)
    detail = client.item(world.gold_item)
    assert detail.gold is not None and detail.gold.answer == GOLD_IMAGE
    assert detail.item.project_id == world.image_project and detail.item.media is not None
    assert [s.user for s in detail.submissions] == [u.username for u in world.annotators]
    assert [s.answer for s in detail.submissions] == IMAGE_ANSWERS
    assert detail.submissions[0].gold_score == 1.0
    text = client.item(world.text_item)
    assert text.gold is None and text.item.text == TEXT and text.item.media is None
    with pytest.raises(NotFound):
        client.item(str(uuid.uuid4()))


@pytest.mark.slow
def test_decide_accept_reject_and_not_ones_own(
    server: LiveServer, world: ReviewWorld, tmp_path: Path
) -> None:
    client = client_for(server, world.reviewer, tmp_path)
    first = world.submissions[(world.annotators[0].username, world.text_item)]
    second = world.submissions[(world.annotators[1].username, world.text_item)]
    accepted = client.decide(first, "accept")
    assert accepted.status == "accepted" and accepted.review is not None
    assert accepted.review.decision == "accept"
    assert accepted.review.reviewer == world.reviewer.username
    rejected = client.decide(second, "reject", "Wrong label", "  Lahore is a place.  ")
    assert rejected.status == "rejected" and rejected.review is not None
    assert (rejected.review.reason, rejected.review.comment) == (
        "Wrong label",
        "Lahore is a place.",
    )
    pending = client.queue(project_id=world.text_project)
    assert {e.id for e in pending.entries}.isdisjoint({first, second})
    with pytest.raises(ValueError, match="reason"):
        client.decide(second, "reject", "   ")
    with pytest.raises(ValueError):
        client.decide(second, "maybe")
    own = world.submissions[(world.both.username, world.text_item)]
    with pytest.raises(Forbidden, match="your own"):
        client_for(server, world.both, tmp_path).decide(own, "accept")
    with pytest.raises(NotFound):
        client.decide(str(uuid.uuid4()), "accept")


@pytest.mark.slow
def test_stats_list_the_annotators(server: LiveServer, world: ReviewWorld, tmp_path: Path) -> None:
    stats = client_for(server, world.reviewer, tmp_path).stats(world.image_project)
    assert {a.user for a in stats.annotators} == {u.username for u in world.annotators}
    assert stats.items_total == 1 and stats.submissions == 6
    assert set(stats.agreement) == {"scene", "objects"}


@pytest.mark.slow
def test_an_annotator_cannot_use_the_queue(
    server: LiveServer, world: ReviewWorld, tmp_path: Path
) -> None:
    with pytest.raises(Forbidden):
        client_for(server, world.annotators[0], tmp_path).queue()


@pytest.mark.slow
def test_media_lands_in_the_cache_verified(
    server: LiveServer, world: ReviewWorld, tmp_path: Path
) -> None:
    client = client_for(server, world.reviewer, tmp_path)
    media = client.item(world.image_item).item.media
    assert media is not None
    seen: list[tuple[int, int | None]] = []
    display = client.media(media, progress=lambda done, total: seen.append((done, total)))
    assert display == tmp_path / "media" / media.sha256[:2] / f"{media.sha256}.display"
    assert display.stat().st_size == media.display_bytes and seen
    original = client.media(media, original_file=True)
    assert hashlib.sha256(original.read_bytes()).hexdigest() == media.sha256
    # A file already cached is used again without a download once it checks out...
    seen.clear()
    assert client.media(media, progress=lambda d, t: seen.append((d, t))) == display
    assert seen == []
    # ...and fetched again when it does not.
    original.write_bytes(b"tampered")
    again = client.media(media, original_file=True)
    assert hashlib.sha256(again.read_bytes()).hexdigest() == media.sha256
    audio = client.item(world.audio_item).item.media
    assert audio is not None and audio.display_url is None
    assert client.media(audio).name == audio.sha256


# -- hostile JSON ---------------------------------------------------------------------------

ENTRY = {
    "id": "s1",
    "item_id": "i1",
    "project_id": "p1",
    "user": {"id": "u1", "username": "ayesha"},
    "status": "pending",
    "answer": {"scene": "urban"},
    "skip_reason": None,
    "active_ms": 1200,
    "submitted_at": "2026-03-01T12:00:00Z",
    "gold_score": None,
    "schema_version": 1,
    "review": None,
    "is_gold": False,
}


def test_a_good_queue_parses() -> None:
    page = parse_queue({"submissions": [ENTRY], "next_cursor": "abc"})
    assert page.next_cursor == "abc" and page.entries[0].user == "ayesha"
    assert page.entries[0].is_gold is False and page.entries[0].answer == {"scene": "urban"}
    older = parse_queue({"submissions": [{**ENTRY, "user": "bilal", "is_gold": None}]})
    assert older.entries[0].user == "bilal" and older.entries[0].is_gold is None


@pytest.mark.parametrize(
    "change, where",
    [
        ({"id": 7}, "submissions[0].id"),
        ({"user": None}, "submissions[0].user"),
        ({"user": {"id": "u"}}, "submissions[0].user.username"),
        ({"answer": [1]}, "submissions[0].answer"),
        ({"gold_score": 1.5}, "submissions[0].gold_score"),
        ({"gold_score": True}, "submissions[0].gold_score"),
        ({"active_ms": -1}, "submissions[0].active_ms"),
        ({"submitted_at": "yesterday"}, "submissions[0].submitted_at"),
        ({"schema_version": 0}, "submissions[0].schema_version"),
        ({"review": {"decision": 1}}, "submissions[0].review.decision"),
        ({"is_gold": "yes"}, "submissions[0].is_gold"),
        ({"prefill_confidence": 2}, "submissions[0].prefill_confidence"),
    ],
)
def test_a_hostile_queue_entry_is_a_bad_response(change: dict[str, Any], where: str) -> None:
    with pytest.raises(BadResponse) as caught:
        parse_queue({"submissions": [{**ENTRY, **change}]})
    assert where in caught.value.message


def test_item_detail_refuses_submissions_of_another_item() -> None:
    body = {"item": {"id": "i2", "data": {}}, "gold": None, "submissions": [ENTRY]}
    with pytest.raises(BadResponse, match="another item"):
        parse_item_detail(body)
    body["submissions"] = [{k: v for k, v in ENTRY.items() if k != "item_id"}]
    assert parse_item_detail(body).submissions[0].item_id == "i2"
    with pytest.raises(BadResponse, match="gold.answer"):
        parse_item_detail({**body, "gold": {"answer": "urban"}})


def test_item_detail_reads_the_name_it_was_imported_from() -> None:
    body = {"item": {"id": "i1", "data": {}, "source": "night/0007.jpg"}, "submissions": []}
    assert parse_item_detail(body).item.source == "night/0007.jpg"
    for older in ({"id": "i1", "data": {}}, {"id": "i1", "data": {}, "source": None}):
        assert parse_item_detail({"item": older, "submissions": []}).item.source is None
    with pytest.raises(BadResponse, match="item.source"):
        parse_item_detail({"item": {"id": "i1", "data": {}, "source": 7}, "submissions": []})


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
KEYS = st.sampled_from([*ENTRY, "submissions", "item", "gold", "annotators", "agreement"])


def _mutants() -> st.SearchStrategy[Any]:
    entry = st.dictionaries(KEYS, JSON).map(lambda d: {**ENTRY, **d})
    return st.one_of(
        JSON,
        st.builds(lambda e: {"submissions": [e]}, entry),
        st.builds(lambda e, i: {"item": i, "submissions": [e]}, entry, JSON),
        st.builds(lambda a: {"annotators": a, "agreement": a}, JSON),
        entry,
    )


@settings(max_examples=300, deadline=None)
@given(_mutants())
def test_hostile_json_is_a_bad_response_or_parses(body: Any) -> None:
    for parse in (parse_queue, parse_item_detail, parse_stats, parse_decision):
        try:
            parse(json.loads(json.dumps(body)))
        except BadResponse:
            pass
