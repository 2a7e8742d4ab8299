"""The annotator's history: the server's, with what only the outbox knows on top.

The first page starts with every submission the server has not stored yet (`waiting`,
`uploading`) and every one it refused (`refused`, with its message), newest first; then
the server's page. Offline, the server's part is replaced by the outbox's uploaded
entries with their last known status. Nothing the annotator submitted is ever missing.
A submission replaced by a correction is not shown: its correction is, with when.

`local(entries, online)` is that page from the local store alone: what the workbench
shows at once, before the server is asked (its answer may take a mobile link's timeout).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from labeler.client import wire
from labeler.client.errors import BadResponse, Conflict
from labeler.client.jsonread import Reader
from labeler.client.outbox import REFUSED, UNSENT, UPLOADED, OutboxEntry


@dataclass(frozen=True)
class HistoryRow:
    """One submission as the history shows it.

    `state`: `waiting`, `uploading` or `refused` (only the workbench knows it), or the
    server's `pending`, `accepted`, `rejected`. `reason`: why it was refused or rejected,
    in the server's English; `reason_said`: the same as a message code, when there is one
    (the interface says it in its language). `contest`: the annotator's contest of its
    gold verdict and its outcome, if any.
    """

    submission_id: str
    item_id: str
    project_id: str
    state: str
    submitted_at: datetime
    active_ms: int
    skipped: bool | None
    reward: wire.Reward | None
    gold: dict[str, Any] | None
    review: dict[str, Any] | None
    reason: str | None
    contest: wire.ContestInfo | None = None
    #: When the answer was corrected (an amendment, or a rewrite before upload).
    corrected_at: datetime | None = None
    reason_said: wire.MessageCode | None = None

    @property
    def gold_failed(self) -> bool:
        """A verdict that missed (withdrawn or not)."""
        return isinstance(self.gold, dict) and self.gold.get("passed") is False

    @property
    def withdrawn(self) -> bool:
        """The item's gold was removed since: the verdict counts for nothing."""
        return isinstance(self.gold, dict) and self.gold.get("withdrawn") is True

    @property
    def upheld(self) -> bool:
        """A lead upheld the annotator's contest: the answer is accepted and paid."""
        return self.contest is not None and self.contest.state == "upheld"

    @property
    def missed(self) -> bool:
        """A failed verdict that still stands: not withdrawn, its contest not upheld."""
        return self.gold_failed and not self.withdrawn and not self.upheld

    def contest_refusal(self) -> str | None:
        """Why this submission cannot be contested, in words for the button; None when
        it can (a missed, stored, still counting verdict, not contested yet)."""
        if self.contest is not None:
            return CONTESTED.get(self.contest.state, "Contested")
        if not self.gold_failed:
            return "Nothing to contest"
        if self.state in ("waiting", "uploading", "refused"):
            return "Not uploaded yet"
        if self.withdrawn:
            return "No longer gold"
        return None


#: What the contest button says once a submission is contested.
CONTESTED = {
    "open": "Contested · open",
    "upheld": "Contest upheld",
    "dismissed": "Contest dismissed",
    "closed": "Contest closed",
}
#: The reason of a missed control item, as the server gives it, and its message code.
MISSED = "missed a control item"
MISSED_SAID = wire.MessageCode("missed_control_item", {})


@dataclass(frozen=True)
class History:
    """A page of history. `online` is False when the server's part could not be
    fetched; `error` then says why (None when simply offline). `local`: the local
    store's part alone, read before the server was asked; `online` is then whether the
    workbench believes the server answers."""

    rows: tuple[HistoryRow, ...]
    next_cursor: str | None
    online: bool
    error: str | None = None
    local: bool = False


def _moment(entry: OutboxEntry) -> datetime:
    text = entry.body.get("submitted_at")
    try:
        return datetime.fromisoformat(str(text)).astimezone(UTC)
    except ValueError:
        return datetime.fromtimestamp(entry.created_at, UTC)


def local_row(entry: OutboxEntry) -> HistoryRow:
    """An outbox entry as a history row."""
    state = (entry.status or "pending") if entry.state == UPLOADED else entry.state
    reason = entry.last_error if entry.state == REFUSED else None
    said = refusal_said(entry) if entry.state == REFUSED else None
    if state == "rejected" and isinstance(entry.gold, dict) and entry.gold.get("passed") is False:
        reason, said = MISSED, MISSED_SAID  # rejected by its verdict, as the server says
    return HistoryRow(
        submission_id=entry.id,
        item_id=entry.item_id,
        project_id=entry.project_id,
        state=state,
        submitted_at=_moment(entry),
        active_ms=entry.active_ms,
        skipped=entry.skipped,
        reward=entry.reward,
        gold=entry.gold,
        review=None,
        reason=reason,
        corrected_at=_when(entry.corrected_at),
        reason_said=said,
    )


def refusal_said(entry: OutboxEntry) -> wire.MessageCode | None:
    """Why the server refused an outbox entry, as a message code (kept with its error)."""
    error = entry.response.get("error") if isinstance(entry.response, dict) else None
    details = error.get("details") if isinstance(error, dict) else None
    return wire.message_code(details.get("message")) if isinstance(details, dict) else None


def _when(at: float | None) -> datetime | None:
    return datetime.fromtimestamp(at, UTC) if at is not None else None


def server_row(entry: wire.HistoryEntry, local: OutboxEntry | None) -> HistoryRow:
    """A server history entry (what the outbox knows fills what the server leaves out)."""
    review = entry.review
    reason = review.get("reason") if review else None
    return HistoryRow(
        submission_id=entry.id,
        item_id=entry.item_id,
        project_id=entry.project_id,
        state=entry.status,
        submitted_at=entry.submitted_at,
        active_ms=entry.active_ms,
        skipped=local.skipped if local else None,
        reward=entry.reward,
        gold=entry.gold,
        review=review,
        reason=reason if isinstance(reason, str) else None,
        reason_said=wire.message_code(review.get("message")) if review else None,
        contest=entry.contest,
        corrected_at=(
            entry.submitted_at if entry.amends else _when(local.corrected_at if local else None)
        ),
    )


def unsent_and_refused(entries: list[OutboxEntry]) -> list[HistoryRow]:
    """The rows only the workbench knows, newest first."""
    return [local_row(e) for e in entries if e.state in UNSENT or e.state == REFUSED]


def merge(
    local: list[OutboxEntry],
    page: wire.HistoryPage | None,
    first_page: bool,
    error: str | None = None,
) -> History:
    """The history page: local-only rows first (on the first page), then the server's,
    or the outbox's uploaded entries when `page` is None (offline)."""
    replaced = {e.id for e in local if e.amended_by is not None}
    local = [e for e in local if e.id not in replaced]
    by_id = {e.id: e for e in local}
    rows = unsent_and_refused(local) if first_page else []
    shown = {r.submission_id for r in rows}
    if page is None:
        rows += [local_row(e) for e in local if e.state == UPLOADED and e.id not in shown]
        return History(tuple(rows), None, False, error)
    for entry in page.entries:
        if entry.id in replaced:  # its correction has not reached the server yet
            continue
        if entry.id in shown:  # an entry the server has though our answer was lost
            rows = [r for r in rows if r.submission_id != entry.id]
        rows.append(server_row(entry, by_id.get(entry.id)))
    return History(tuple(rows), page.next_cursor, True)


def local(entries: list[OutboxEntry], online: bool) -> History:
    """The first page from the outbox alone (`History.local`): every submission this
    workbench made, those the server has not stored yet first."""
    page = merge(entries, None, True)
    return History(page.rows, None, online, None, local=True)


@dataclass(frozen=True)
class ContestRefused:
    """A contest the task server would not take (409): `why` (`already_contested`,
    `not_failed`, `withdrawn`, or `conflict` from servers that do not say), what the
    button should say, and the contest as it stands when there is one."""

    why: str
    label: str
    contest: wire.ContestInfo | None


_REFUSED = {
    "already_contested": "Already contested",
    "not_failed": "Nothing to contest",
    "withdrawn": "No longer gold",
}


def contest_refused(error: BaseException) -> ContestRefused | None:
    """What a 409 to `POST /submissions/{id}/contest` says; None for any other error.
    Such a contest is final: sending it again would be refused again."""
    if not isinstance(error, Conflict):
        return None
    why = error.details.get("conflict")
    why = why if isinstance(why, str) and why in _REFUSED else "conflict"
    contest = None
    try:
        contest = wire.parse_contest_info(Reader(error.details, "conflict").get("contest"))
    except BadResponse:
        contest = None
    if contest is not None:
        label = CONTESTED.get(contest.state, "Contested")
    else:
        label = _REFUSED.get(why, "Already contested")
    return ContestRefused(why, label, contest)
