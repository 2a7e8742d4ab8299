"""A lead resolves a contest (`POST /contests/{id}/resolve`).

`{"decision": "uphold", "gold": {"answer", "hint"?}, "reply"?}` corrects the item's gold
answer (as `PUT /items/{id}/gold` does: every verdict re-scored, the open contests it now
passes upheld) and upholds this contest even if the corrected answer still misses it: the
contested submission is accepted and paid; its verdict stays what the scoring says.
`{"decision": "uphold", "gold": null, "reply"?}` removes the item's gold (every verdict
withdrawn, every open contest upheld). `{"decision": "dismiss", "reply"}` keeps the
verdict; the reply, required, tells the annotator why.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from labeler.server.config import Settings
from labeler.server.errors import conflict, not_found
from labeler.server.messages import say
from labeler.server.models import Contest, Item, User
from labeler.server.services import contests, gold
from labeler.server.services.answerable import Viewer, refuse_if_answerable
from labeler.server.services.payload import get_str, invalid, require_object

DECISIONS = ("uphold", "dismiss")


def resolve(
    session: Session, settings: Settings, viewer: Viewer, contest_id: str, body: object
) -> dict[str, Any]:
    """Uphold or dismiss an open contest; answers the contest as resolved, how many
    verdicts were scored again, and the item's gold now (null once removed). 403 for a
    contest on an item the lead may still answer."""
    lead_id = viewer.user_id
    decision, reply, new_gold = _parse(body)
    contest = _open_contest(session, contest_id)
    refuse_if_answerable(session, viewer, contest.item_id)
    rescored = 0
    if decision == "dismiss":
        assert reply is not None
        contests.dismiss(session, contest, lead_id, reply)
    elif new_gold is None:
        gold.delete_gold(session, contest.item_id, lead_id, reply)
    else:
        result = gold.put_gold(session, settings, contest.item_id, new_gold, lead_id, reply)
        rescored = result["rescored"]
        if contest.state == contests.OPEN:  # the correction did not make it pass
            contests.uphold(session, contest, lead_id, reply)
    session.flush()
    item = session.get_one(Item, contest.item_id)
    author = session.get(User, contest.user_id)
    resolver = session.get(User, lead_id)
    rate = contests.miss_rates(session, [item.id]).get(item.id)
    return {
        "contest": contests.lead_json(contest, author, resolver, rate),
        "rescored": rescored,
        "gold": {"answer": item.gold_answer, "hint": item.gold_hint} if item.is_gold else None,
    }


def _parse(body: object) -> tuple[str, str | None, dict[str, Any] | None]:
    body = require_object(body)
    unknown = sorted(set(body) - {"decision", "reply", "gold"})
    if unknown:
        raise invalid(unknown[0], "is not a key of a resolution")
    decision = body.get("decision")
    if decision not in DECISIONS:
        raise invalid("decision", "must be uphold or dismiss")
    reply = get_str(body, "reply", required=False, max_chars=contests.MAX_REPLY)
    reply = reply.strip() if reply is not None and reply.strip() else None
    if decision == "dismiss":
        if reply is None:
            raise invalid("reply", "a dismissal needs a reply the annotator can read")
        if "gold" in body:
            raise invalid("gold", "only an uphold changes the gold answer")
        return decision, reply, None
    if "gold" not in body:
        raise invalid("gold", "an uphold gives the corrected gold answer, or null to remove it")
    new_gold = body["gold"]
    if new_gold is not None and not isinstance(new_gold, dict):
        raise invalid("gold", 'must be {"answer", "hint"?} or null')
    return decision, reply, new_gold


def _open_contest(session: Session, contest_id: str) -> Contest:
    """The contest, locked after its item (the order `PUT /items/{id}/gold` takes them in,
    so the two never wait on each other), or 404; 409 once resolved."""
    if len(contest_id) > 64 or "\x00" in contest_id:
        raise not_found("contest")
    item_id = session.execute(
        select(Contest.item_id).where(Contest.id == contest_id)
    ).scalar_one_or_none()
    if item_id is None:
        raise not_found("contest")
    session.execute(select(Item.id).where(Item.id == item_id).with_for_update())
    contest = session.execute(
        select(Contest)
        .where(Contest.id == contest_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one()
    if contest.state != contests.OPEN:
        raise conflict(say(f"contest_already_{contest.state}"), state=contest.state)
    return contest
