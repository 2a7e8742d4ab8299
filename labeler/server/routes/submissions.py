"""Routes: submissions (post, bulk, history, contest)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, Query, Request
from fastapi.responses import JSONResponse

from labeler.server.deps import DB, CurrentCaller, TransactionalRoute, get_database
from labeler.server.services import history, submitting
from labeler.server.services.payload import invalid

router = APIRouter(tags=["submissions"], route_class=TransactionalRoute)


@router.post("/submissions", status_code=201, response_model=None)
def post_submission(
    request: Request, caller: CurrentCaller, session: DB, body: Any = Body(None)
) -> JSONResponse:
    """Store one answer (201), or replay a stored one with the same id and body (200)."""
    outcome = submitting.submit(session, caller.id, body, get_database(request))
    return JSONResponse(outcome.body, status_code=outcome.status_code)


@router.post("/submissions/bulk")
def post_submissions(
    request: Request, caller: CurrentCaller, session: DB, body: Any = Body(None)
) -> dict[str, Any]:
    """Several submissions, each answered as if posted alone."""
    return submitting.submit_bulk(session, caller.id, body, get_database(request))


@router.get("/submissions")
def list_submissions(
    caller: CurrentCaller,
    session: DB,
    mine: bool | None = None,
    status: str | None = None,
    project_id: str | None = None,
    limit: int = Query(50, ge=1, le=200),
    cursor: str | None = None,
) -> dict[str, Any]:
    """The caller's own submissions, newest first, a page at a time."""
    if mine is not True:
        raise invalid("mine", "must be true: only your own submissions are listed here")
    return history.history(
        session, caller.id, status=status, project_id=project_id, limit=limit, cursor=cursor
    )


@router.post("/submissions/{submission_id}/contest", status_code=201)
def contest(
    submission_id: str, caller: CurrentCaller, session: DB, body: Any = Body(None)
) -> dict[str, Any]:
    """Contest a failed gold verdict on one's own submission."""
    return history.contest(session, caller.id, submission_id, body)
