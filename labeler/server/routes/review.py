"""Routes: review (queue, side-by-side item view, decisions)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query

from labeler.server.deps import DB, CurrentCaller, TransactionalRoute
from labeler.server.services import reviewing
from labeler.server.services.answerable import Viewer, refuse_if_answerable

router = APIRouter(tags=["review"], route_class=TransactionalRoute)


@router.get("/review/queue")
def review_queue(
    caller: CurrentCaller,
    session: DB,
    project_id: str | None = None,
    user: str | None = None,
    status: reviewing.QueueStatus = "pending",
    gold: bool | None = None,
    min_gold_score: Annotated[float | None, Query(ge=0, le=1)] = None,
    max_gold_score: Annotated[float | None, Query(ge=0, le=1)] = None,
    max_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: str | None = None,
) -> dict[str, Any]:
    """Submissions in one status (pending by default) or any, oldest first, a page at a time;
    filtered by project, annotator, gold or real items, gold score, and the confidence of
    the item's prefill."""
    caller.require("reviewer", "lead")
    wanted = reviewing.QueueFilter(
        project_id=project_id,
        user=user,
        status=status,
        gold=gold,
        min_gold_score=min_gold_score,
        max_gold_score=max_gold_score,
        max_confidence=max_confidence,
    )
    return reviewing.queue(session, Viewer.of(caller), wanted, limit=limit, cursor=cursor)


@router.get("/items/{item_id}")
def item_detail(
    item_id: str, caller: CurrentCaller, session: DB, trail: bool = False
) -> dict[str, Any]:
    """An item, its gold and the final answers to it; `trail=true` adds the submissions
    their annotators replaced by amendments. 403 for an item the caller may still answer."""
    caller.require("reviewer", "lead")
    refuse_if_answerable(session, Viewer.of(caller), item_id)
    return reviewing.item_detail(session, item_id, trail=trail)


@router.post("/submissions/{submission_id}/review")
def review(
    submission_id: str, caller: CurrentCaller, session: DB, body: Any = Body(None)
) -> dict[str, Any]:
    """Accept or reject a submission."""
    caller.require("reviewer", "lead")
    return reviewing.decide(session, caller.id, submission_id, body)
