"""Routes: project statistics and export."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from labeler.core import formats
from labeler.server.config import Settings
from labeler.server.db import Database
from labeler.server.deps import DB, CurrentCaller, TransactionalRoute, get_database, get_settings
from labeler.server.services import export, export_entries, export_formats, stats
from labeler.server.services.answerable import Viewer
from labeler.server.services.payload import invalid
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
    settings: Annotated[Settings, Depends(get_settings)],
    format: Annotated[
        str, Query(json_schema_extra={"enum": ["jsonl", *formats.FORMATS]})
    ] = "jsonl",
    answers: export_entries.Answers = "accepted",
    images: bool = False,
    seed: Annotated[int, Query(ge=0, le=2**31)] = 0,
    val_fraction: Annotated[float, Query(ge=0.0, le=1.0)] = 0.2,
) -> StreamingResponse:
    """A project's answers in a format of the field, streamed: JSONL (accepted answers,
    one line per real item), or any registered format (`labeler.core.formats`), a zip for
    a format of several files or with `images`. None of an item the caller may still
    answer."""
    caller.require("reviewer", "lead")
    project = get_project(session, project_id)
    if format == "jsonl":
        if answers != "accepted" or images:
            raise invalid("format", "JSONL exports accepted answers only, without images")
        return StreamingResponse(
            export.jsonl_lines(database, project.id, Viewer.of(caller)),
            media_type=export.JSONL_TYPE,
            headers=_attachment(f"{export_formats.file_stem(project.id)}.jsonl"),
        )
    request = export_formats.ExportRequest(format, answers, images, seed, val_fraction)
    started = export_formats.stream(
        database, settings.media_dir, project.id, Viewer.of(caller), request
    )
    return StreamingResponse(
        started.chunks, media_type=started.media_type, headers=_attachment(started.filename)
    )


@router.get("/projects/{project_id}/export/report")
def project_export_report(
    project_id: str,
    caller: CurrentCaller,
    database: Annotated[Database, Depends(get_database)],
    format: Annotated[str, Query(json_schema_extra={"enum": list(formats.FORMATS)})],
    answers: export_entries.Answers = "accepted",
    images: bool = False,
    seed: Annotated[int, Query(ge=0, le=2**31)] = 0,
    val_fraction: Annotated[float, Query(ge=0.0, le=1.0)] = 0.2,
) -> dict[str, Any]:
    """What an export would hold and what its format could not: the export report, from
    writing it into nothing. Leads read it before downloading."""
    caller.require("reviewer", "lead")
    request = export_formats.ExportRequest(format, answers, images, seed, val_fraction)
    return export_formats.report(database, project_id, Viewer.of(caller), request)


def _attachment(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}
