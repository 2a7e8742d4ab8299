"""Routes: submissions (post, bulk, history, contest)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from labeler.server.db import Database
from labeler.server.deps import (
    DB,
    CurrentCaller,
    TransactionalRoute,
    authenticate,
    get_database,
)
from labeler.server.services import contests, history, intake
from labeler.server.services.payload import invalid
from labeler.server.services.submitting import Outcome

router = APIRouter(tags=["submissions"], route_class=TransactionalRoute)

#: On SQLite, the checks of a submission body up to this size run on the event loop.
INLINE_CHECKS_BYTES = 64 * 1024


@router.post("/submissions", status_code=201, response_model=None)
async def post_submission(request: Request, body: Any = Body(None)) -> JSONResponse:
    """Store one answer or amendment (201), or replay a stored one with the same id and
    body (200)."""
    database = get_database(request)
    writer = database.writer
    if writer is None:
        # PostgreSQL: the checks wait on the network, so they and the writes take one
        # worker-thread hop (not one per dependency).
        outcome = await run_in_threadpool(_submit, request, body, database)
    else:
        # SQLite: the checks of an answer of usual size run here, on the event loop. They
        # read by key, and a WAL read never waits for a writer, so they are short; a worker
        # thread would add its hop and one more thread to share the interpreter lock with,
        # and nothing else. A large answer (validating and scoring it may take a while) is
        # checked in a worker thread, so that it never holds up the loop. The writes go to
        # the group writer, awaited without a thread.
        if len(await request.body()) <= INLINE_CHECKS_BYTES:
            checked = _check(request, body, database)
        else:
            checked = await run_in_threadpool(_check, request, body, database)
        if isinstance(checked, Outcome):
            outcome = checked
        else:
            outcome = await asyncio.wrap_future(writer.submit(checked, savepoint=False))
    return JSONResponse(outcome.body, status_code=outcome.status_code)


def _check(
    request: Request, body: Any, database: Database
) -> Outcome | Callable[[Session], Outcome]:
    """The token check and the submission's checks, in one read transaction: the answer
    (a replay), or the write phase still to run (it opens a savepoint of its own)."""
    with database.transaction(write=False) as reader:
        caller = authenticate(request, reader)
        checked = intake.check_in(reader, caller.id, body)
    if isinstance(checked, Outcome):
        return checked
    return intake.writer(caller.id, checked)


def _submit(request: Request, body: Any, database: Database) -> Outcome:
    checked = _check(request, body, database)
    if isinstance(checked, Outcome):
        return checked
    with database.transaction() as session:
        return checked(session)


@router.post("/submissions/bulk")
async def post_submissions(request: Request, body: Any = Body(None)) -> dict[str, Any]:
    """Several submissions, each answered as if posted alone."""
    return await run_in_threadpool(_submit_bulk, request, body)


def _submit_bulk(request: Request, body: Any) -> dict[str, Any]:
    database = get_database(request)
    caller = authenticate(request)
    with database.transaction() as session:
        return intake.submit_bulk(session, caller.id, body, database)


@router.get("/submissions")
def list_submissions(
    caller: CurrentCaller,
    session: DB,
    mine: Annotated[bool, Query(json_schema_extra={"const": True})],
    status: history.HistoryStatus | None = None,
    project_id: str | None = None,
    limit: int = Query(50, ge=1, le=200),
    cursor: str | None = None,
) -> dict[str, Any]:
    """The caller's own submissions, newest first, a page at a time."""
    if not mine:
        raise invalid("mine", "must be true: only your own submissions are listed here")
    return history.history(
        session, caller.id, status=status, project_id=project_id, limit=limit, cursor=cursor
    )


@router.get("/submissions/{submission_id}")
def own_submission(submission_id: str, caller: CurrentCaller, session: DB) -> dict[str, Any]:
    """One of the caller's own submissions with its answer and item (404 for any other)."""
    return history.own_submission(session, caller.id, submission_id)


@router.post("/submissions/{submission_id}/contest", status_code=201)
def contest(
    submission_id: str, caller: CurrentCaller, session: DB, body: Any = Body(None)
) -> dict[str, Any]:
    """Contest a failed gold verdict on one's own submission."""
    return contests.file(session, caller.id, submission_id, body)
