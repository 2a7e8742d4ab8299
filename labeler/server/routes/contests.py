"""Routes: a project's contests, and their resolution (leads)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body

from labeler.server.deps import DB, AppSettings, Caller, TransactionalRoute, require_roles
from labeler.server.services import contests, resolving
from labeler.server.services.answerable import Viewer
from labeler.server.services.projects import get_project

router = APIRouter(tags=["contests"], route_class=TransactionalRoute)
Lead = Annotated[Caller, require_roles("lead")]


@router.get("/projects/{project_id}/contests")
def project_contests(project_id: str, caller: Lead, session: DB) -> dict[str, Any]:
    """Contested gold verdicts of a project, open and resolved, with each item's miss rate;
    none of an item the caller may still answer."""
    return contests.of_project(session, get_project(session, project_id), Viewer.of(caller))


@router.post("/contests/{contest_id}/resolve")
def resolve(
    contest_id: str, caller: Lead, session: DB, settings: AppSettings, body: Any = Body(None)
) -> dict[str, Any]:
    """Uphold a contest (with the corrected gold answer, or by removing the item's gold) or
    dismiss it with a reply."""
    return resolving.resolve(session, settings, Viewer.of(caller), contest_id, body)
