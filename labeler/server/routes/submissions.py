"""Routes: submissions (post, bulk, history, contest)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from labeler.server.deps import (
    DB,
    CurrentCaller,
    TransactionalRoute,
    authenticate,
    get_database,
)
from labeler.server.services import history, submitting
from labeler.server.services.payload import invalid

router = APIRouter(tags=["submissions"], route_class=TransactionalRoute)


@router.post("/submissions", status_code=201, response_model=None)
async def post_submission(request: Request, body: Any = Body(None)) -> JSONResponse:
    """Store one answer (201), or replay a stored one with the same id and body (200)."""
    # The request servers answer most: one worker-thread hop for the token check, the
    # checks and the writes, instead of one per dependency.
    outcome = await run_in_threadpool(_submit, request, body)
    return JSONResponse(outcome.body, status_code=outcome.status_code)


def _submit(request: Request, body: Any) -> submitting.Outcome:
    database = get_database(request)
    # The token check and the checks share a read transaction; the writes then go to the
    # group writer (SQLite), or to a write transaction of their own.
    with database.transaction(write=False) as reader:
        caller = authenticate(database, request.headers.get("authorization", ""), reader)
        checked = submitting.check_in(reader, caller.id, body)
    if isinstance(checked, submitting.Outcome):
        return checked
    incoming, prepared = checked

    def write(session: Session) -> submitting.Outcome:
        return submitting.store(session, caller.id, incoming, prepared)

    if database.writer is not None:
        # `store` opens a savepoint of its own.
        return database.writer.run(write, savepoint=False)  # type: ignore[no-any-return]
    with database.transaction() as session:
        return write(session)


@router.post("/submissions/bulk")
async def post_submissions(request: Request, body: Any = Body(None)) -> dict[str, Any]:
    """Several submissions, each answered as if posted alone."""
    return await run_in_threadpool(_submit_bulk, request, body)


def _submit_bulk(request: Request, body: Any) -> dict[str, Any]:
    database = get_database(request)
    caller = authenticate(database, request.headers.get("authorization", ""))
    with database.transaction() as session:
        return submitting.submit_bulk(session, caller.id, body, database)


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
