"""Items a user may still answer: their gold and other users' answers stay hidden from them.

Reviewers and leads read gold answers, hints and everyone's answers; annotators must not
see them before answering. A user may hold several roles, and then the annotator in them
wins for every item they could still answer, whatever else they may read. The rule, in
docs/protocol.md ("Items a user may still answer"):

- an item in one of the user's batches that is still leased (not released, not expired) is
  **answerable** by them, answered or not: an answer can still be corrected (an amendment);
- else an item the user has not answered (no submission of theirs, not even a skip) is
  answerable while it could still take their answer:
  - a gold item they were served (a late answer to gold is always stored), or one that
    could be served to them: any gold item, for a user who leases (annotator, admin) and is
    not one to whom gold is never served (leads and admins, who read every gold answer);
  - a real item still short of its `overlap` answers, which they were served (it may come
    back to them, or take a late answer) or which could be served to them (they lease).

The reading calls leave answerable items out (item list, review queue, contests, stats,
export) or refuse them (the item view, a contest's resolution). Leasing never serves gold
to leads and admins (`serves_gold`), so the gold they curate never shows up in their own
batches.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import and_, exists, or_, select, true
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from labeler.server.errors import forbidden
from labeler.server.messages import say
from labeler.server.models import Batch, Item, Lease, Submission, utcnow

if TYPE_CHECKING:
    from labeler.server.deps import Caller


@dataclass(frozen=True)
class Viewer:
    """Who is reading, as far as what they may still answer goes."""

    user_id: str
    leases: bool  # annotators and admins are served batches
    reads_all_gold: bool  # leads and admins curate gold: gold is never served to them

    @classmethod
    def of(cls, caller: Caller) -> Viewer:
        """The viewer a signed-in caller is."""
        return cls(caller.id, caller.has("annotator"), caller.has("lead"))


def serves_gold(caller: Caller) -> bool:
    """Whether leasing may serve gold to the caller: not to whoever reads every gold answer
    (leads, admins), since a verdict would then measure nothing."""
    return not caller.has("lead")


def answerable(viewer: Viewer, now: datetime | None = None) -> ColumnElement[bool]:
    """The SQL condition, on `Item`, of an item the viewer may still answer."""
    now = now or utcnow()
    user_id = viewer.user_id
    lease, batch = aliased(Lease), aliased(Batch)
    in_live_batch = (
        exists()
        .where(
            lease.item_id == Item.id,
            lease.user_id == user_id,
            batch.id == lease.batch_id,
            batch.released_at.is_(None),
            batch.lease_expires_at > now,
        )
        .correlate(Item)
    )
    served = aliased(Lease)
    was_served = (
        exists().where(served.item_id == Item.id, served.user_id == user_id).correlate(Item)
    )
    theirs = aliased(Submission)
    answered = exists().where(theirs.item_id == Item.id, theirs.user_id == user_id).correlate(Item)
    could_get_gold = viewer.leases and not viewer.reads_all_gold
    gold_to_answer = and_(Item.is_gold.is_(True), _or_always(was_served, could_get_gold))
    real_to_answer = and_(
        Item.is_gold.is_(False), Item.complete.is_(False), _or_always(was_served, viewer.leases)
    )
    return or_(in_live_batch, and_(~answered, or_(gold_to_answer, real_to_answer)))


def _or_always(condition: ColumnElement[bool], always: bool) -> ColumnElement[bool]:
    """`condition`, or true for every item when `always` (a fact about the viewer)."""
    return true() if always else condition


def shown(viewer: Viewer, now: datetime | None = None) -> ColumnElement[bool]:
    """The SQL condition, on `Item`, of an item whose gold and answers the viewer may read."""
    return ~answerable(viewer, now)


def refuse_if_answerable(session: Session, viewer: Viewer, item_id: str) -> None:
    """403 when the viewer may still answer the item; the same words for every item, so the
    refusal says nothing about whether it is gold."""
    query = select(Item.id).where(Item.id == item_id, answerable(viewer))
    if session.execute(query).first() is not None:
        raise forbidden(say("item_answerable"))
