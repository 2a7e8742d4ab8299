"""Gold curation for leads: a project's items with their figures, one item with every
submission, marking, correcting and unmarking gold, promoting an accepted answer to gold,
the contests and their resolution (`contesting`), and the items' media in the media cache.

Every answer of the task server is checked on arrival (`Reader`); anything off the
protocol raises `BadResponse` naming the place. Nothing here is for the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from labeler.client.api import TaskServer
from labeler.client.contesting import (
    Contest,
    Resolution,
    opt_moment,
    parse_contest,
    rate,
    resolve,
    user_ref,
)
from labeler.client.errors import BadResponse
from labeler.client.jsonread import Reader
from labeler.client.mediacache import file_sha256
from labeler.client.paths import data_dir, media_root
from labeler.client.transport import Progress
from labeler.client.wire import SHA256, UserRef, parse_media
from labeler.client.workitem import MediaInfo
from labeler.core.answers import ItemContext

if TYPE_CHECKING:  # only its type: the plugin API (and the formats under it) stay unloaded
    from labeler.core.plugins.api import Prefill

MAX_PAGE = 500
#: Items one `PUT /projects/{id}/prefill` takes at most.
MAX_PREFILLS = 10_000
#: Longer source names from a server are cut here (the task server keeps 1 024).
MAX_SOURCE = 4096


@dataclass(frozen=True)
class Gold:
    """An item's gold answer and the hint annotators see when they miss it."""

    answer: dict[str, Any]
    hint: str | None = None


@dataclass(frozen=True)
class ItemView:
    """An item as the task server sends it (media, text, data, prefill)."""

    id: str
    text: str | None
    media: MediaInfo | None
    data: dict[str, Any]
    prefill: dict[str, Any] | None
    project_id: str | None = None
    #: The name it was imported from (a file, a line), for leads; None when it has none.
    source: str | None = None
    #: How sure what proposed the prefill was, in [0, 1], for leads; None when not said.
    prefill_confidence: float | None = None

    def context(self) -> ItemContext:
        """What answer validation may check about this item (its candidates and record
        too, as the task server does)."""
        m = self.media
        return ItemContext(
            text=self.text,
            width=m.width if m else None,
            height=m.height if m else None,
            duration=m.duration if m else None,
        ).with_data(self.data)


@dataclass(frozen=True)
class PrefillsSet:
    """The answer to `PUT /projects/{id}/prefill`: how many items took the prefill, and
    the items that kept theirs because they have a submission already."""

    updated: int
    answered: tuple[str, ...]


@dataclass(frozen=True)
class CuratedItem:
    """One row of a project's item list: the item, its gold, and how it fared."""

    item: ItemView
    gold: Gold | None
    exposure: int  # times it was served in a batch
    answers: int  # non-skip submissions
    accepted: int
    gold_answered: int
    gold_missed: int
    miss_rate: float | None  # missed ÷ answered, None when none
    open_contests: int

    @property
    def id(self) -> str:
        return self.item.id


@dataclass(frozen=True)
class ItemPage:
    """One page of a project's items, in creation order."""

    items: tuple[CuratedItem, ...]
    next_cursor: str | None


@dataclass(frozen=True)
class Review:
    """A reviewer's decision on a submission."""

    decision: str
    reason: str | None
    comment: str | None
    reviewer: UserRef | None


@dataclass(frozen=True)
class Submission:
    """A submission as leads and reviewers see it."""

    id: str
    item_id: str
    project_id: str
    user: UserRef | None
    status: str  # pending | accepted | rejected
    answer: dict[str, Any] | None  # None for a skip
    skip_reason: str | None
    active_ms: int
    submitted_at: datetime | None
    gold_score: float | None
    schema_version: int
    review: Review | None

    @property
    def promotable(self) -> bool:
        """An accepted answer (not a skip): it may become the item's gold."""
        return self.status == "accepted" and self.answer is not None


@dataclass(frozen=True)
class ItemDetail:
    """`GET /items/{id}`: the item, its gold and every submission to it."""

    item: ItemView
    gold: Gold | None
    submissions: tuple[Submission, ...]


@dataclass(frozen=True)
class GoldSet:
    """The answer to `PUT /items/{id}/gold`: the stored gold, how many earlier verdicts
    were re-scored (a correction) and how many open contests that upheld."""

    item_id: str
    gold: Gold
    rescored: int
    upheld: int = 0


class CurationClient:
    """Gold curation calls for a lead, over one `TaskServer`.

    `media_dir` is the media cache (default: the data dir's, shared with the
    annotator's workbench; files named by SHA-256 are the same whoever fetched them).
    Safe to share between threads.
    """

    def __init__(self, server: TaskServer, media_dir: Path | None = None) -> None:
        self.server = server
        self.media_dir = media_dir if media_dir is not None else media_root(data_dir())
        self._verified: set[Path] = set()

    def items(
        self,
        project_id: str,
        gold: bool | None = None,
        contested: bool | None = None,
        limit: int = 100,
        cursor: str | None = None,
    ) -> ItemPage:
        """`GET /projects/{id}/items`: one page, in creation order; `gold` True/False
        keeps gold/real items only, `contested` True items with open contests."""
        params: dict[str, Any] = {"limit": max(1, min(MAX_PAGE, limit))}
        if gold is not None:
            params["gold"] = "true" if gold else "false"
        if contested:
            params["contested"] = "true"
        if cursor is not None:
            params["cursor"] = cursor
        body = self._get(f"/projects/{_seg(project_id)}/items", params)
        return parse_item_page(body)

    def put_prefill(self, project_id: str, prefills: Sequence[Prefill]) -> PrefillsSet:
        """`PUT /projects/{id}/prefill`: each item's prefill and its confidence (a
        pre-annotation run), 1 to 10 000 at once, all or none. Items with a submission
        keep theirs and are listed back. A prefill the schema refuses raises
        `InvalidAnswer`, an unknown or repeated item `Unprocessable`, each naming the
        entry (`items[i]...`)."""
        entries = [
            {"id": p.item_id, "prefill": dict(p.answer), "confidence": p.confidence}
            for p in prefills
        ]
        return self._put_prefill(project_id, entries)

    def remove_prefill(self, project_id: str, item_ids: Sequence[str]) -> PrefillsSet:
        """`PUT /projects/{id}/prefill` with no prefill: the items' prefills (and their
        confidence) removed, but for items with a submission, listed back."""
        return self._put_prefill(project_id, [{"id": i, "prefill": None} for i in item_ids])

    def _put_prefill(self, project_id: str, entries: list[dict[str, Any]]) -> PrefillsSet:
        if not 1 <= len(entries) <= MAX_PREFILLS:
            raise ValueError(
                f"A prefill request takes 1 to {MAX_PREFILLS} items, not {len(entries)}."
            )
        _, body = self.server.transport.call(
            "PUT",
            f"/projects/{_seg(project_id)}/prefill",
            body={"items": entries},
            idempotent=True,
        )
        return parse_prefills_set(body)

    def item(self, item_id: str) -> ItemDetail:
        """`GET /items/{id}`: the item, its gold and every submission to it."""
        return parse_item_detail(self._get(f"/items/{_seg(item_id)}"))

    def set_gold(self, item_id: str, answer: Mapping[str, Any], hint: str | None) -> GoldSet:
        """`PUT /items/{id}/gold`: mark an item gold, or correct its gold answer (the
        server re-scores every earlier verdict on it and upholds the contests it settles).
        A wrong answer raises `InvalidAnswer` with the server's problems."""
        _, body = self.server.transport.call(
            "PUT",
            f"/items/{_seg(item_id)}/gold",
            body={"answer": dict(answer), "hint": hint or None},
            idempotent=True,
        )
        return parse_gold_set(body)

    def unset_gold(self, item_id: str) -> None:
        """`DELETE /items/{id}/gold`: the item is real again; its verdicts are withdrawn
        (they stop counting, what they rejected is accepted) and its contests upheld."""
        self.server.transport.call("DELETE", f"/items/{_seg(item_id)}/gold", idempotent=True)

    def contests(self, project_id: str) -> list[Contest]:
        """`GET /projects/{id}/contests`: every contest of the project, oldest first."""
        body = self._get(f"/projects/{_seg(project_id)}/contests")
        return [parse_contest(e) for e in Reader(body, "contest list").entries("contests")]

    def uphold(
        self,
        contest_id: str,
        answer: Mapping[str, Any],
        hint: str | None,
        reply: str | None = None,
    ) -> Resolution:
        """Uphold a contest with the corrected gold answer (every verdict on the item is
        scored again; the contested answer is accepted and paid). A wrong answer raises
        `InvalidAnswer` with the server's problems."""
        gold = {"answer": dict(answer), "hint": hint or None}
        return resolve(self.server, contest_id, "uphold", reply, gold=gold)

    def uphold_removing_gold(self, contest_id: str, reply: str | None = None) -> Resolution:
        """Uphold a contest by removing the item's gold (every verdict on it withdrawn)."""
        return resolve(self.server, contest_id, "uphold", reply, gold=None)

    def dismiss(self, contest_id: str, reply: str) -> Resolution:
        """Dismiss a contest: the verdict stands; `reply` (not blank) says why."""
        if not reply.strip():
            raise ValueError("A dismissal needs a reply the annotator can read.")
        return resolve(self.server, contest_id, "dismiss", reply)

    def promote(self, submission: Submission, hint: str | None = None) -> GoldSet:
        """Make an accepted submission's answer the gold of its item (with `hint`).
        ValueError for a submission that is not accepted or is a skip."""
        if submission.answer is None:
            raise ValueError("A skip has no answer to make gold.")
        if submission.status != "accepted":
            raise ValueError(
                f"Only an accepted answer can become gold; this one is {submission.status}."
            )
        return self.set_gold(submission.item_id, submission.answer, hint)

    def media_path(
        self, media: MediaInfo, *, original: bool = False, progress: Progress | None = None
    ) -> Path:
        """The local file of an item's media, downloaded into the media cache when missing.

        An image's display variant unless `original` (checked against its announced size:
        the protocol gives no hash of it); the original otherwise, verified by SHA-256.
        Raises `ChecksumMismatch` (nothing kept), `Offline`, `ApiError`."""
        if not SHA256.match(media.sha256):
            raise BadResponse("The task server named media by something other than a SHA-256.")
        folder = self.media_dir / media.sha256[:2]
        if media.display_url and not original:
            path = folder / f"{media.sha256}.display"
            if self._cached(path, None, media.display_bytes):
                return path
            return self._fetch(media.display_url, path, None, media.display_bytes, progress)
        path = folder / media.sha256
        if self._cached(path, media.sha256, media.bytes):
            return path
        return self._fetch(media.url, path, media.sha256, media.bytes, progress)

    def _cached(self, path: Path, sha256: str | None, size: int | None) -> bool:
        if path in self._verified:
            return path.is_file()
        try:
            if not path.is_file() or (size is not None and path.stat().st_size != size):
                return False
            if sha256 is not None and file_sha256(path) != sha256:
                return False
        except OSError:
            return False
        self._verified.add(path)
        return True

    def _fetch(
        self,
        url: str,
        path: Path,
        sha256: str | None,
        size: int | None,
        progress: Progress | None,
    ) -> Path:
        self.server.download(url, path, sha256=sha256, size=size, progress=progress)
        self._verified.add(path)
        return path

    def _get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        _, body = self.server.transport.call("GET", path, params=params, idempotent=True)
        return body


# -- parsing ------------------------------------------------------------------------------


def _seg(value: str) -> str:
    return quote(value, safe="")


def parse_gold(r: Reader) -> Gold | None:
    """A `{"answer", "hint"}` object, or None."""
    if r.value is None:
        return None
    return Gold(r.mapping("answer"), r.opt_text("hint", max_len=100_000))


def parse_item_view(r: Reader) -> ItemView:
    """An item as in batches (plus `project_id` where the server adds it)."""
    return ItemView(
        id=r.id("id"),
        text=r.opt_text("text", max_len=4 << 20),
        media=parse_media(r.get("media")) if r.has("media") else None,
        data=r.opt_mapping("data") or {},
        prefill=r.opt_mapping("prefill"),
        project_id=r.opt_text("project_id", max_len=200),
        source=r.opt_text("source", max_len=MAX_SOURCE) or None,
        prefill_confidence=rate(r, "prefill_confidence"),
    )


def parse_curated_item(r: Reader) -> CuratedItem:
    """One entry of `GET /projects/{id}/items`."""
    answered, missed = r.integer("gold_answered"), r.integer("gold_missed")
    if missed > answered:
        raise r.fail("counts more misses than gold answers", "gold_missed")
    return CuratedItem(
        item=parse_item_view(r),
        gold=parse_gold(r.get("gold")),
        exposure=r.integer("exposure"),
        answers=r.integer("answers"),
        accepted=r.integer("accepted"),
        gold_answered=answered,
        gold_missed=missed,
        miss_rate=rate(r, "miss_rate"),
        open_contests=r.integer("open_contests"),
    )


def parse_item_page(obj: Any) -> ItemPage:
    r = Reader(obj, "item list")
    items = tuple(parse_curated_item(e) for e in r.entries("items"))
    if len({i.id for i in items}) != len(items):
        raise r.fail("lists one item twice", "items")
    return ItemPage(items, r.opt_text("next_cursor", max_len=4096))


def parse_review(r: Reader) -> Review | None:
    if r.value is None:
        return None
    return Review(
        decision=r.text("decision", max_len=64),
        reason=r.opt_text("reason", max_len=10_000),
        comment=r.opt_text("comment", max_len=100_000),
        reviewer=user_ref(r.get("reviewer")),
    )


def parse_submission(r: Reader) -> Submission:
    """A submission as in the review queue and `GET /items/{id}`."""
    return Submission(
        id=r.id("id"),
        item_id=r.id("item_id"),
        project_id=r.id("project_id"),
        user=user_ref(r.get("user")),
        status=r.text("status", max_len=64),
        answer=r.opt_mapping("answer"),
        skip_reason=r.opt_text("skip_reason", max_len=10_000),
        active_ms=r.opt_integer("active_ms") or 0,
        submitted_at=opt_moment(r, "submitted_at"),
        gold_score=rate(r, "gold_score"),
        schema_version=r.integer("schema_version", low=1),
        review=parse_review(r.get("review")),
    )


def parse_item_detail(obj: Any) -> ItemDetail:
    r = Reader(obj, "item")
    item = parse_item_view(r.get("item"))
    subs = tuple(parse_submission(e) for e in r.entries("submissions"))
    for i, sub in enumerate(subs):
        if sub.item_id != item.id:
            raise r.fail("holds a submission to another item", f"submissions[{i}].item_id")
    return ItemDetail(item, parse_gold(r.get("gold")), subs)


def parse_prefills_set(obj: Any) -> PrefillsSet:
    r = Reader(obj, "prefill answer")
    answered = tuple(e.value for e in r.entries("answered"))
    if not all(isinstance(i, str) for i in answered):
        raise r.fail("must list item ids", "answered")
    return PrefillsSet(r.integer("updated"), answered)


def parse_gold_set(obj: Any) -> GoldSet:
    r = Reader(obj, "gold answer")
    gold = parse_gold(r.get("gold"))
    if gold is None:
        raise r.fail("must be an object", "gold")
    upheld = r.opt_integer("upheld") or 0
    return GoldSet(r.id("item_id"), gold, r.opt_integer("rescored") or 0, upheld)
