"""Routes: project statistics and export."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse

from labeler.server.db import Database
from labeler.server.deps import DB, CurrentCaller, TransactionalRoute, get_database
from labeler.server.services import export, stats
from labeler.server.services.answerable import Viewer
from labeler.server.services.projects import get_project

router = APIRouter(tags=["stats"], route_class=TransactionalRoute)


@router.get("/projects/{project_id}/stats")
def project_stats(project_id: str, caller: CurrentCaller, session: DB) -> dict[str, Any]:
    """Progress, agreement and per-annotator quality of a project."""
    caller.require("reviewer", "lead")
    return stats.project_stats(session, get_project(session, project_id), Viewer.of(caller))


@router.get("/projects/{project_id}/export", response_class=StreamingResponse)
def project_export(
    project_id: str,
    caller: CurrentCaller,
    session: DB,
    database: Annotated[Database, Depends(get_database)],
    format: export.Format = "jsonl",
) -> StreamingResponse:
    """Accepted answers, one JSON line per real item, streamed; none of an item the caller
    may still answer."""
    caller.require("reviewer", "lead")
    project = get_project(session, project_id)
    content_type = export.media_type(format)
    # Project ids are the lead's choice: keep the header plain ASCII.
    stem = "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "_" for c in project.id)
    filename = f"{stem or 'export'}.{format}"
    return StreamingResponse(
        export.jsonl_lines(database, project.id, Viewer.of(caller)),
        media_type=content_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
