"""Routes: batches (lease, heartbeat, release)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, Response

from labeler.server.deps import DB, CurrentCaller, TransactionalRoute
from labeler.server.errors import not_found
from labeler.server.services import leasing
from labeler.server.services.payload import get_int, require_object
from labeler.server.services.projects import get_project

router = APIRouter(tags=["batches"], route_class=TransactionalRoute)

MAX_BATCH = 200


@router.post("/projects/{project_id}/batches", status_code=201, response_model=None)
def lease_batch(
    project_id: str, caller: CurrentCaller, session: DB, body: Any = Body(None)
) -> dict[str, Any] | Response:
    """Lease a batch of items: 201 with the items, 204 when no work is left."""
    caller.require("annotator")
    size = get_int(require_object(body), "size", low=1, high=MAX_BATCH)
    project = get_project(session, project_id)
    if not project.active:
        raise not_found("project")
    batch = leasing.create_batch(session, project, caller.id, size)
    if batch is None:
        return Response(status_code=204)
    return batch


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
