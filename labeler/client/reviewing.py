"""The review calls (reviewers and leads): the queue, an item with every submission, a
decision, project statistics, and the media of an item in the shared media cache.

Answers are checked on arrival like every other answer (`jsonread.Reader`): anything
off the protocol raises `BadResponse` naming the place, never KeyError or TypeError.
Every call may block on the network: none belongs on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from labeler.client import paths
from labeler.client.api import TaskServer
from labeler.client.errors import BadResponse
from labeler.client.jsonread import Reader
from labeler.client.mediacache import (
    DISPLAY,
    MAX_DISPLAY_BYTES,
    ORIGINAL,
    Wanted,
    file_sha256,
    original,
    shown_variant,
)
from labeler.client.transport import Progress
from labeler.client.wire import parse_media
from labeler.client.workitem import MediaInfo

STATUSES = ("pending", "accepted", "rejected", "any")
DECISIONS = ("accept", "reject")
MAX_LIMIT = 200


@dataclass(frozen=True)
class Review:
    """A decision on a submission: `accept` or `reject`, why, and who decided."""

    decision: str
    reason: str | None
    comment: str | None
    reviewer: str | None


@dataclass(frozen=True)
class ReviewEntry:
    """A submission as reviewers see it (a queue entry, or one of an item's).

    `user` is the annotator's username; `answer` is None for a skip (`skip_reason`
    says why); `gold_score` is the verdict's score on a gold item; `is_gold` is None
    when the task server does not say; `schema_version` None when it does not say.
    """

    id: str
    item_id: str
    project_id: str
    user: str
    user_id: str | None
    status: str
    answer: dict[str, Any] | None
    skip_reason: str | None
    active_ms: int
    submitted_at: datetime | None
    gold_score: float | None
    schema_version: int | None
    review: Review | None
    is_gold: bool | None
    #: How sure the item's prefill was, in [0, 1]; None without one (or not said).
    prefill_confidence: float | None = None


@dataclass(frozen=True)
class ReviewPage:
    """A page of the queue and the cursor of the next (None on the last)."""

    entries: tuple[ReviewEntry, ...]
    next_cursor: str | None


@dataclass(frozen=True)
class ReviewItem:
    """The item of a side-by-side view."""

    id: str
    project_id: str | None
    text: str | None
    data: dict[str, Any]
    prefill: dict[str, Any] | None
    media: MediaInfo | None
    #: The name it was imported from (a file, a line); None when it has none.
    source: str | None = None


@dataclass(frozen=True)
class Gold:
    """A gold item's answer and hint."""

    answer: dict[str, Any]
    hint: str | None


@dataclass(frozen=True)
class ItemDetail:
    """An item, its gold (None for a real item) and every submission to it, oldest
    first."""

    item: ReviewItem
    gold: Gold | None
    submissions: tuple[ReviewEntry, ...]


@dataclass(frozen=True)
class AnnotatorStats:
    """One annotator's figures in a project's statistics (None: not given)."""

    user: str
    submissions: int
    gold_answered: int
    gold_accuracy: float | None
    median_active_ms: float | None
    accepted: int
    rejected: int
    acceptance_rate: float | None = None
    too_fast: int | None = None
    longest_streak: int | None = None


@dataclass(frozen=True)
class ProjectStats:
    """`GET /projects/{id}/stats`: progress, agreement per field, the annotators."""

    items_total: int
    items_done: int
    submissions: int
    agreement: dict[str, float | None]
    annotators: tuple[AnnotatorStats, ...]
    median_active_ms: float | None = None
    too_fast_ms: float | None = None
    raw: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)


# -- parsing ------------------------------------------------------------------------------


def _username(r: Reader, key: str) -> tuple[str, str | None] | None:
    """A user reference: `{"id", "username"}`, or a bare username; None when absent."""
    value = r.obj().get(key)
    if value is None:
        return None
    if isinstance(value, str):
        if not value:
            raise r.fail("must not be empty", key)
        return value[:200], None
    u = r.get(key)
    return u.text("username", max_len=200), u.opt_text("id", max_len=200)


def _fraction(r: Reader, key: str) -> float | None:
    value = r.opt_number(key)
    if value is not None and not 0.0 <= value <= 1.0:
        raise r.fail("must lie between 0 and 1", key)
    return value


def _review(r: Reader) -> Review | None:
    if r.value is None:
        return None
    who = _username(r, "reviewer")
    return Review(
        decision=r.text("decision", max_len=64),
        reason=r.opt_text("reason", max_len=10_000),
        comment=r.opt_text("comment", max_len=20_000),
        reviewer=who[0] if who else None,
    )


def parse_entry(
    r: Reader, *, item_id: str | None = None, project_id: str | None = None
) -> ReviewEntry:
    """One submission of the queue or of an item (whose ids fill in what it leaves out)."""
    who = _username(r, "user")
    if who is None:
        raise r.fail("must name the annotator", "user")
    answer = r.obj().get("answer")
    if answer is not None and not isinstance(answer, dict):
        raise r.fail("must be an object or null", "answer")
    is_gold = r.obj().get("is_gold")
    if is_gold is not None and not isinstance(is_gold, bool):
        raise r.fail("must be true or false", "is_gold")
    own_item = r.obj().get("item_id")
    own_project = r.obj().get("project_id")
    return ReviewEntry(
        id=r.id("id"),
        item_id=r.id("item_id") if own_item is not None or item_id is None else item_id,
        project_id=(
            r.id("project_id") if own_project is not None or project_id is None else project_id
        ),
        user=who[0],
        user_id=who[1],
        status=r.text("status", max_len=64),
        answer=answer,
        skip_reason=r.opt_text("skip_reason", max_len=10_000),
        active_ms=r.opt_integer("active_ms") or 0,
        submitted_at=r.moment("submitted_at") if r.has("submitted_at") else None,
        gold_score=_fraction(r, "gold_score"),
        schema_version=r.opt_integer("schema_version", low=1),
        review=_review(r.get("review")),
        is_gold=is_gold,
        prefill_confidence=_fraction(r, "prefill_confidence"),
    )


def parse_queue(obj: Any) -> ReviewPage:
    """`GET /review/queue`."""
    r = Reader(obj, "review queue")
    entries = tuple(parse_entry(e) for e in r.entries("submissions"))
    return ReviewPage(entries, r.opt_text("next_cursor", max_len=4096))


def parse_item_detail(obj: Any) -> ItemDetail:
    """`GET /items/{id}`."""
    r = Reader(obj, "item")
    i = r.get("item")
    item = ReviewItem(
        id=i.id("id"),
        project_id=i.opt_text("project_id", max_len=200) or None,
        text=i.opt_text("text", max_len=4 << 20),
        data=i.opt_mapping("data") or {},
        prefill=i.opt_mapping("prefill"),
        media=parse_media(i.get("media")) if i.has("media") else None,
        source=i.opt_text("source", max_len=4096) or None,
    )
    gold = None
    if r.has("gold"):
        g = r.get("gold")
        gold = Gold(g.mapping("answer"), g.opt_text("hint", max_len=100_000))
    subs = tuple(
        parse_entry(e, item_id=item.id, project_id=item.project_id)
        for e in r.entries("submissions")
    )
    if any(s.item_id != item.id for s in subs):
        raise r.fail("lists a submission to another item", "submissions")
    return ItemDetail(item, gold, subs)


def parse_decision(obj: Any) -> ReviewEntry:
    """The answer to `POST /submissions/{id}/review`: the submission as decided."""
    return parse_entry(Reader(obj, "review answer"))


def parse_stats(obj: Any) -> ProjectStats:
    """`GET /projects/{id}/stats`; the extensions of this task server are optional."""
    r = Reader(obj, "project statistics")
    agreement: dict[str, float | None] = {}
    for name in (r.opt_mapping("agreement") or {}).keys():
        agreement[str(name)] = r.get("agreement").get(str(name)).opt_number("value")
    annotators = []
    for a in r.entries("annotators", optional=True):
        who = _username(a, "user")
        if who is None:
            raise a.fail("must name the annotator", "user")
        annotators.append(
            AnnotatorStats(
                user=who[0],
                submissions=a.opt_integer("submissions") or 0,
                gold_answered=a.opt_integer("gold_answered") or 0,
                gold_accuracy=_fraction(a, "gold_accuracy"),
                median_active_ms=a.opt_number("median_active_ms"),
                accepted=a.opt_integer("accepted") or 0,
                rejected=a.opt_integer("rejected") or 0,
                acceptance_rate=_fraction(a, "acceptance_rate"),
                too_fast=a.opt_integer("too_fast"),
                longest_streak=a.opt_integer("longest_streak"),
            )
        )
    return ProjectStats(
        items_total=r.opt_integer("items_total") or 0,
        items_done=r.opt_integer("items_done") or 0,
        submissions=r.opt_integer("submissions") or 0,
        agreement=agreement,
        annotators=tuple(annotators),
        median_active_ms=r.opt_number("median_active_ms"),
        too_fast_ms=r.opt_number("too_fast_ms"),
        raw=r.obj(),
    )


# -- the client ---------------------------------------------------------------------------


def _seg(value: str) -> str:
    return quote(value, safe="")


class ReviewClient:
    """The review calls on a signed-in `TaskServer`; media goes to the shared media
    cache under `media_root` (the data dir's by default)."""

    def __init__(self, server: TaskServer, media_root: Path | None = None) -> None:
        self.server = server
        self.media_root = media_root or paths.media_root(paths.data_dir())

    def queue(
        self,
        project_id: str | None = None,
        user: str | None = None,
        status: str = "pending",
        gold: bool | None = None,
        min_gold_score: float | None = None,
        max_gold_score: float | None = None,
        limit: int = 50,
        cursor: str | None = None,
        max_confidence: float | None = None,
    ) -> ReviewPage:
        """`GET /review/queue`: submissions in `status` (or `any`), oldest first, one
        page; filters by project, annotator (username), gold or real items, gold score
        (both ends inclusive) and the item's prefill confidence (at most `max_confidence`:
        items without one are left out). The reviewer's own submissions are never listed."""
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        if not 1 <= limit <= MAX_LIMIT:
            raise ValueError(f"limit must be 1..{MAX_LIMIT}")
        for bound in (min_gold_score, max_gold_score):
            if bound is not None and not 0.0 <= bound <= 1.0:
                raise ValueError("gold scores lie between 0 and 1")
        if max_confidence is not None and not 0.0 <= max_confidence <= 1.0:
            raise ValueError("confidences lie between 0 and 1")
        params: dict[str, Any] = {"status": status, "limit": limit}
        optional = {
            "project_id": project_id,
            "user": user,
            "gold": None if gold is None else ("true" if gold else "false"),
            "min_gold_score": min_gold_score,
            "max_gold_score": max_gold_score,
            "max_confidence": max_confidence,
            "cursor": cursor,
        }
        params.update({k: v for k, v in optional.items() if v is not None})
        _, body = self.server.transport.call("GET", "/review/queue", params=params, idempotent=True)
        return parse_queue(body)

    def item(self, item_id: str) -> ItemDetail:
        """`GET /items/{id}`: the item, its gold and every submission to it."""
        _, body = self.server.transport.call("GET", f"/items/{_seg(item_id)}", idempotent=True)
        detail = parse_item_detail(body)
        if detail.item.id != item_id:
            raise BadResponse("The task server answered with another item.")
        return detail

    def decide(
        self,
        submission_id: str,
        decision: str,
        reason: str | None = None,
        comment: str | None = None,
    ) -> ReviewEntry:
        """`POST /submissions/{id}/review`: accept, or reject with a reason the
        annotator reads. Reviewing one's own submission is `Forbidden`."""
        if decision not in DECISIONS:
            raise ValueError("decision must be accept or reject")
        if decision == "reject" and not (reason or "").strip():
            raise ValueError("a reject needs a reason")
        body: dict[str, Any] = {"decision": decision}
        if reason and reason.strip():
            body["reason"] = reason.strip()
        if comment and comment.strip():
            body["comment"] = comment.strip()
        # A decision replaces the earlier one: sending it again is harmless, so retried.
        _, answer = self.server.transport.call(
            "POST", f"/submissions/{_seg(submission_id)}/review", body=body, idempotent=True
        )
        entry = parse_decision(answer)
        if entry.id.lower() != submission_id.lower():
            raise BadResponse("The task server answered a review with another submission.")
        return entry

    def stats(self, project_id: str) -> ProjectStats:
        """`GET /projects/{id}/stats`: progress, agreement and the annotators."""
        _, body = self.server.transport.call(
            "GET", f"/projects/{_seg(project_id)}/stats", idempotent=True
        )
        return parse_stats(body)

    # -- media ------------------------------------------------------------------------

    def media_file(self, media: MediaInfo, variant: str = DISPLAY) -> Path:
        """Where a variant lives in the media cache (`ab/abcd….display`)."""
        name = media.sha256 if variant == ORIGINAL else f"{media.sha256}.{variant}"
        return self.media_root / media.sha256[:2] / name

    def media(
        self, media: MediaInfo, *, original_file: bool = False, progress: Progress | None = None
    ) -> Path:
        """The local file of an item's media, downloaded into the media cache when it is
        not there yet: an image's display variant (the original with `original_file`,
        or when the server offers no display variant), audio's original. An original
        is verified by its SHA-256, a display variant by its announced size; a file
        already cached is used once it checks out."""
        wanted = original(media) if original_file else shown_variant(media)
        dest = self.media_file(media, wanted.variant)
        if _cached(dest, wanted):
            return dest
        return self.server.download(
            wanted.url,
            dest,
            sha256=wanted.sha256 if wanted.verify_sha else None,
            size=wanted.size,
            max_bytes=MAX_DISPLAY_BYTES if wanted.variant == DISPLAY else 1 << 34,
            progress=progress,
        )


def _cached(path: Path, wanted: Wanted) -> bool:
    try:
        if not path.is_file():
            return False
        if wanted.verify_sha:
            return file_sha256(path) == wanted.sha256
        return wanted.size is None or path.stat().st_size == wanted.size
    except OSError:
        return False
