"""Routes: projects and their versioned label schemas."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from labeler.server.deps import DB, Caller, CurrentCaller, TransactionalRoute, require_roles
from labeler.server.errors import bad_request
from labeler.server.services import project_admin, projects
from labeler.server.services.request_body import JsonBody, JsonObject

router = APIRouter(tags=["projects"], route_class=TransactionalRoute)
Lead = Annotated[Caller, require_roles("lead")]


@router.get("/projects")
def get_projects(caller: CurrentCaller, session: DB) -> dict[str, Any]:
    """Projects the caller may see, each with the caller's eligibility."""
    return {"projects": project_admin.list_projects(session, caller)}


@router.post("/projects", status_code=201, response_model=None)
def post_project(caller: Lead, session: DB, body: JsonObject) -> JSONResponse:
    """Create a project with its schema (version 1)."""
    project = project_admin.create_project(session, body)
    return JSONResponse(project_admin.project_json(session, project, caller), status_code=201)


@router.get("/projects/{project_id}")
def get_project(project_id: str, caller: CurrentCaller, session: DB) -> dict[str, Any]:
    """One project."""
    project = project_admin.visible_project(session, project_id, caller)
    return project_admin.project_json(session, project, caller)


@router.patch("/projects/{project_id}")
def patch_project(project_id: str, caller: Lead, session: DB, body: JsonObject) -> dict[str, Any]:
    """Change a project's settings."""
    project = project_admin.update_project(session, project_id, body)
    return project_admin.project_json(session, project, caller)


@router.get("/projects/{project_id}/schema")
def get_schema(
    project_id: str,
    caller: CurrentCaller,
    session: DB,
    version: Annotated[str | None, Query()] = None,
) -> dict[str, Any]:
    """The current schema, or an older version with `?version=N`."""
    project = project_admin.visible_project(session, project_id, caller)
    return project_admin.schema_json(session, project, _version(version))


@router.get("/projects/{project_id}/schema/versions")
def get_schema_versions(project_id: str, caller: CurrentCaller, session: DB) -> dict[str, Any]:
    """Every version of the project's schema, oldest first."""
    project = project_admin.visible_project(session, project_id, caller)
    return {"versions": projects.schema_versions(session, project.id)}


@router.put("/projects/{project_id}/schema")
def put_schema(project_id: str, caller: Lead, session: DB, body: JsonBody) -> dict[str, Any]:
    """Store a new schema version (the body is the schema itself)."""
    return project_admin.put_schema(session, project_id, body)


def _version(raw: str | None) -> int | None:
    if raw is None:
        return None
    if not re.fullmatch(r"-?[0-9]+", raw):
        raise bad_request("version must be a positive integer.", path="version")
    # A negative or absurdly large number names no version: 404, not an overflow.
    return int(raw) if len(raw) <= 12 else 0
