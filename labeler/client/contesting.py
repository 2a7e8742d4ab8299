"""Contests as a lead sees them, and their resolution (`POST /contests/{id}/resolve`):
uphold with a corrected gold answer, uphold by removing the item's gold, or dismiss with
a reply. `CurationClient` offers these calls; this module holds the shapes and parsing.

Every answer is checked on arrival; anything off the protocol raises `BadResponse`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from labeler.client.api import TaskServer
from labeler.client.jsonread import Reader
from labeler.client.wire import UserRef, contest_state

MAX_REPLY = 10_000


@dataclass(frozen=True)
class Contest:
    """An annotator's objection to a failed gold verdict: `state` open, upheld or
    dismissed (`closed`: closed by a server that does not say how), with the lead's
    `reply` and who resolved it (`resolved_by`)."""

    id: str
    submission_id: str
    item_id: str
    user: UserRef | None
    reason: str
    created_at: datetime | None
    resolved_at: datetime | None
    miss_rate: float | None
    state: str = "open"
    reply: str | None = None
    resolved_by: UserRef | None = None

    @property
    def open(self) -> bool:
        return self.state == "open"


@dataclass(frozen=True)
class Resolution:
    """The answer to a resolution: the contest as resolved, how many verdicts were
    scored again, and the item's gold now (None once removed)."""

    contest: Contest
    rescored: int
    gold: dict[str, Any] | None


def resolve(
    server: TaskServer,
    contest_id: str,
    decision: str,
    reply: str | None,
    **gold: dict[str, Any] | None,
) -> Resolution:
    """`POST /contests/{id}/resolve` with `decision` (uphold, dismiss), the reply, and for
    an uphold `gold=` the corrected `{"answer", "hint"}` or None (remove the gold).
    Sent once: a resolution is not idempotent (a second one is a 409)."""
    if reply is not None and len(reply) > MAX_REPLY:
        raise ValueError(f"A reply has at most {MAX_REPLY} characters.")
    body: dict[str, Any] = {"decision": decision, **gold}
    if reply is not None and reply.strip():
        body["reply"] = reply.strip()
    _, answer = server.transport.call(
        "POST", f"/contests/{quote(contest_id, safe='')}/resolve", body=body, idempotent=False
    )
    return parse_resolution(answer)


# -- parsing ------------------------------------------------------------------------------


def user_ref(r: Reader) -> UserRef | None:
    if r.value is None:
        return None
    return UserRef(r.id("id"), r.text("username", max_len=1024))


def opt_moment(r: Reader, key: str) -> datetime | None:
    return r.moment(key) if r.has(key) else None


def rate(r: Reader, key: str) -> float | None:
    value = r.opt_number(key)
    if value is not None and not 0.0 <= value <= 1.0:
        raise r.fail("must lie between 0 and 1", key)
    return value


def parse_contest(r: Reader) -> Contest:
    """One contest of `GET /projects/{id}/contests`."""
    return Contest(
        id=r.id("id"),
        submission_id=r.id("submission_id"),
        item_id=r.id("item_id"),
        user=user_ref(r.get("user")),
        reason=r.text("reason", max_len=10_000),
        created_at=opt_moment(r, "created_at"),
        resolved_at=opt_moment(r, "resolved_at"),
        miss_rate=rate(r, "miss_rate"),
        state=contest_state(r),
        reply=r.opt_text("reply", max_len=100_000),
        resolved_by=user_ref(r.get("resolved_by")),
    )


def parse_resolution(obj: Any) -> Resolution:
    r = Reader(obj, "resolution")
    contest = parse_contest(r.get("contest"))
    if contest.open:
        raise r.fail("is still open after its resolution", "contest.state")
    gold = r.opt_mapping("gold")
    if gold is not None and not isinstance(gold.get("answer"), dict):
        raise r.fail("must hold an answer object", "gold.answer")
    return Resolution(contest, r.opt_integer("rescored") or 0, gold)
