"""Projects and their versioned schemas: lookups shared by every route."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from labeler.core.schema import Schema, parse_schema
from labeler.server.errors import not_found
from labeler.server.models import Project, SchemaVersion
from labeler.server.services.serialize import iso


def get_project(session: Session, project_id: str, *, lock: bool = False) -> Project:
    """The project, or 404. `lock` takes a row lock (PostgreSQL) for updates."""
    query = select(Project).where(Project.id == project_id)
    if lock:
        query = query.with_for_update()
    project = session.execute(query).scalar_one_or_none()
    if project is None:
        raise not_found("project")
    return project


def schema_body(session: Session, project_id: str, version: int) -> dict[str, Any]:
    row = session.get(SchemaVersion, (project_id, version))
    if row is None:
        raise not_found("schema version")
    return row.body


def schema_versions(session: Session, project_id: str) -> list[dict[str, Any]]:
    """Every stored version of a project's schema, oldest first: `[{"version", "created_at"}]`."""
    rows = session.execute(
        select(SchemaVersion.version, SchemaVersion.created_at)
        .where(SchemaVersion.project_id == project_id)
        .order_by(SchemaVersion.version)
    )
    return [{"version": version, "created_at": iso(at)} for version, at in rows]


def get_schema(session: Session, project_id: str, version: int) -> Schema:
    """The parsed schema of one version (parsed once per distinct stored body)."""
    body = schema_body(session, project_id, version)
    return _parse_cached(json.dumps(body, sort_keys=True, ensure_ascii=False))


@lru_cache(maxsize=256)
def _parse_cached(body_json: str) -> Schema:
    return parse_schema(json.loads(body_json))
