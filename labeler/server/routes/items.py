"""Routes: item import, the item list and gold curation (lead; reviewers may read)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from fastapi.responses import JSONResponse

from labeler.server.deps import DB, AppSettings, Caller, TransactionalRoute, require_roles
from labeler.server.services import gold, items, proposals
from labeler.server.services.answerable import Viewer
from labeler.server.services.project_admin import get_project
from labeler.server.services.request_body import JsonObject

router = APIRouter(tags=["items"], route_class=TransactionalRoute)
Lead = Annotated[Caller, require_roles("lead")]
Reader = Annotated[Caller, require_roles("lead", "reviewer")]


@router.post("/projects/{project_id}/items", status_code=201, response_model=None)
def post_items(
    project_id: str, caller: Lead, session: DB, settings: AppSettings, body: JsonObject
) -> JSONResponse:
    """Import 1..10 000 items at once: all of them, or none."""
    ids = items.import_items(session, settings, project_id, body)
    return JSONResponse({"ids": ids}, status_code=201)


@router.put("/projects/{project_id}/prefill")
def put_prefill(
    project_id: str, caller: Lead, session: DB, settings: AppSettings, body: JsonObject
) -> dict[str, Any]:
    """Set 1..10 000 items' prefill and its confidence at once (a pre-annotation run): all
    of them, or none; items with an answer already keep theirs and are listed back."""
    return proposals.put_prefill(session, settings, project_id, body)


@router.get("/projects/{project_id}/items")
def get_items(
    project_id: str,
    caller: Reader,
    session: DB,
    gold: bool | None = None,
    contested: bool = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    cursor: str | None = None,
) -> dict[str, Any]:
    """A project's items in creation order, a page at a time, each with its gold (if any),
    how often it was served, its answers and gold misses, and its open contests; never an
    item the caller may still answer."""
    project = get_project(session, project_id)
    return items.list_items(
        session,
        project,
        Viewer.of(caller),
        gold=gold,
        contested=contested,
        limit=limit,
        cursor=cursor,
    )


@router.put("/items/{item_id}/gold")
def put_gold(
    item_id: str, caller: Lead, session: DB, settings: AppSettings, body: JsonObject
) -> dict[str, Any]:
    """Mark an item gold or correct its gold answer (earlier verdicts are re-scored)."""
    return gold.put_gold(session, settings, item_id, body, caller.id)


@router.delete("/items/{item_id}/gold", status_code=204)
def delete_gold(item_id: str, caller: Lead, session: DB) -> Response:
    """Make a gold item real again."""
    gold.delete_gold(session, item_id, caller.id)
    return Response(status_code=204)
