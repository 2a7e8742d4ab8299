"""Projects and their versioned schemas: lookups shared by every route."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from labeler.core.schema import Schema, parse_schema
from labeler.server.errors import not_found
from labeler.server.models import Project, SchemaVersion


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


def get_schema(session: Session, project_id: str, version: int) -> Schema:
    """The parsed schema of one version (versions never change once stored)."""
    return _parse_cached(project_id, version, _Frozen(schema_body(session, project_id, version)))


class _Frozen:
    """Wraps a stored schema body so the parse cache keys on (project, version) alone."""

    def __init__(self, body: dict[str, Any]) -> None:
        self.body = body

    def __hash__(self) -> int:
        return 0

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Frozen)


@lru_cache(maxsize=256)
def _parse_cached(project_id: str, version: int, body: _Frozen) -> Schema:
    return parse_schema(body.body)
