"""Routes: batches (lease, heartbeat, release)."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Body, Request, Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from labeler.server.db import Database
from labeler.server.deps import (
    DB,
    Caller,
    CurrentCaller,
    TransactionalRoute,
    authenticate,
    get_database,
)
from labeler.server.errors import not_found
from labeler.server.models import Project
from labeler.server.services import leasing
from labeler.server.services.answerable import serves_gold
from labeler.server.services.payload import get_int, require_object
from labeler.server.services.projects import get_project

router = APIRouter(tags=["batches"], route_class=TransactionalRoute)

MAX_BATCH = 200


@router.post("/projects/{project_id}/batches", status_code=201, response_model=None)
async def lease_batch(
    project_id: str, request: Request, body: Any = Body(None)
) -> dict[str, Any] | Response:
    """Lease a batch of items: 201 with the items, 204 when no work is left."""
    database = get_database(request)
    writer = database.writer
    if writer is None:
        # PostgreSQL: one transaction in a worker thread; leasing locks the rows it takes.
        batch = await run_in_threadpool(_lease, request, project_id, body, database)
    else:
        # SQLite: choose in a read transaction in a worker thread (unlike a submission's
        # checks, the choice scans a share of the project's items, which can take a while,
        # and SQLite runs it without holding the interpreter lock); the writes then go to
        # the group writer, awaited without a thread. It holds the write lock for them
        # only, beside the submissions waiting with them.
        chosen = await run_in_threadpool(_choose, request, project_id, body, database)
        batch = None
        if chosen is not None:
            project, choice = chosen
            batch = await asyncio.wrap_future(
                writer.submit(lambda session: leasing.confirm_batch(session, project, choice))
            )
    return Response(status_code=204) if batch is None else batch


def _lease(
    request: Request, project_id: str, body: Any, database: Database
) -> dict[str, Any] | None:
    with database.transaction() as session:
        caller, size = _leaser(request, body, session)
        project = _active(session, project_id)
        return leasing.create_batch(session, project, caller.id, size, serves_gold(caller))


def _choose(
    request: Request, project_id: str, body: Any, database: Database
) -> tuple[Project, leasing.Choice] | None:
    """The project and the items a lease would take, chosen in a read transaction."""
    with database.transaction(write=False) as reader:
        caller, size = _leaser(request, body, reader)
        project = _active(reader, project_id)
        choice = leasing.choose_batch(reader, project, caller.id, size, serves_gold(caller))
    return None if choice is None else (project, choice)


def _leaser(request: Request, body: Any, session: Session) -> tuple[Caller, int]:
    """The annotator asking for a batch, and the batch size asked for."""
    caller = authenticate(request, session)
    caller.require("annotator")
    return caller, get_int(require_object(body), "size", low=1, high=MAX_BATCH)


def _active(session: Session, project_id: str) -> Project:
    project = get_project(session, project_id)
    if not project.active:
        raise not_found("project")
    return project


@router.post("/batches/{batch_id}/heartbeat")
def heartbeat(batch_id: str, caller: CurrentCaller, session: DB) -> dict[str, Any]:
    """Extend the lease of the caller's batch."""
    batch = leasing.owned_batch(session, batch_id, caller.id)
    project = get_project(session, batch.project_id)
    return leasing.heartbeat(session, batch, project)


@router.post("/batches/{batch_id}/release", status_code=204, response_class=Response)
def release(batch_id: str, caller: CurrentCaller, session: DB) -> Response:
    """Give back the unanswered items of the caller's batch."""
    leasing.release(session, leasing.owned_batch(session, batch_id, caller.id))
    return Response(status_code=204)
