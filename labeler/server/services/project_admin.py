"""Projects as the protocol shows them, and a lead's changes to them and their schemas."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from labeler.core.jsonvalues import stored_json_problem
from labeler.core.problems import Problem, SchemaInvalid
from labeler.core.schema import Schema, parse_schema
from labeler.core.stats import requirement_shortfall
from labeler.server.deps import Caller
from labeler.server.errors import ApiError, bad_request, conflict, not_found, problems_error
from labeler.server.messages import say, shortfall
from labeler.server.models import Item, Project, SchemaVersion
from labeler.server.services.project_settings import (
    check_name,
    check_project_id,
    check_settings,
    slugify,
    storable_id,
)
from labeler.server.services.projects import get_project as _get_project
from labeler.server.services.projects import schema_body
from labeler.server.services.skills import user_skill

MAX_VERSION = 2**31 - 1


def _counts(session: Session, project_ids: list[str] | None) -> dict[str, tuple[int, int]]:
    """(items_total, items_remaining) per project; remaining = real items below overlap."""
    remaining = func.sum(
        case((Item.is_gold.is_(False) & (Item.done_count < Project.overlap), 1), else_=0)
    )
    query = (
        select(Item.project_id, func.count(), remaining)
        .join(Project, Project.id == Item.project_id)
        .group_by(Item.project_id)
    )
    if project_ids is not None:
        query = query.where(Item.project_id.in_(project_ids))
    return {pid: (int(total), int(left or 0)) for pid, total, left in session.execute(query)}


def project_json(
    session: Session, project: Project, caller: Caller, counts: tuple[int, int] | None = None
) -> dict[str, Any]:
    """The protocol's project object, with eligibility for the caller."""
    if counts is None:
        counts = _counts(session, [project.id]).get(project.id, (0, 0))
    requirement = None
    reason = None
    if project.requirement_skill is not None:
        requirement = {
            "skill": project.requirement_skill,
            "min_accuracy": project.requirement_min_accuracy,
            "min_gold": project.requirement_min_gold,
        }
        if not caller.manages:
            summary = user_skill(session, caller.id, project.requirement_skill)
            reason = requirement_shortfall(
                project.requirement_skill,
                project.requirement_min_accuracy or 0.0,
                project.requirement_min_gold or 0,
                summary,
            )
    return {
        "id": project.id,
        "name": project.name,
        "media": project.media,
        "schema_version": project.schema_version,
        "skill": project.skill,
        "reward": {"amount": project.reward_amount, "currency": project.reward_currency},
        "overlap": project.overlap,
        "gold_ratio": project.gold_ratio,
        "gold_ratio_new": project.gold_ratio_new,
        "calibration_gold": project.calibration_gold,
        "lease_seconds": project.lease_seconds,
        "review_rate": project.review_rate,
        "training": project.training,
        "pay_failed_gold": project.pay_failed_gold,
        "requirement": requirement,
        "active": project.active,
        "lease_order": project.lease_order,
        "items_total": counts[0],
        "items_remaining": counts[1],
        "eligible": reason is None,
        "locked_reason": reason.text if reason else None,
        # The same as a message code, for the workbench to say in its language.
        "locked": shortfall(reason).json() if reason else None,
    }


def get_project(session: Session, project_id: str, *, lock: bool = False) -> Project:
    """The project, or 404 (also for ids no project can have)."""
    if not storable_id(project_id):
        raise not_found("project")
    return _get_project(session, project_id, lock=lock)


def visible_project(session: Session, project_id: str, caller: Caller) -> Project:
    """The project, or 404; inactive projects exist only for those who manage them."""
    project = get_project(session, project_id)
    if not project.active and not caller.manages:
        raise not_found("project")
    return project


def list_projects(session: Session, caller: Caller) -> list[dict[str, Any]]:
    """Every project for leads and admins; every active project for everyone else."""
    query = select(Project).order_by(Project.created_at, Project.id)
    if not caller.manages:
        query = query.where(Project.active.is_(True))
    projects = list(session.execute(query).scalars())
    counts = _counts(session, None)
    return [project_json(session, p, caller, counts.get(p.id, (0, 0))) for p in projects]


def parse_or_422(obj: object, prefix: str = "") -> Schema:
    """Parse a schema document; 422 `invalid_schema` listing every problem."""
    too_big = stored_json_problem(obj)
    if too_big is not None:
        raise problems_error(
            "invalid_schema", "The label schema cannot be stored.", [Problem("", too_big)], prefix
        )
    try:
        return parse_schema(obj)
    except SchemaInvalid as exc:
        raise problems_error(
            "invalid_schema", "The label schema is not valid.", exc.problems, prefix
        ) from None


def create_project(session: Session, body: dict[str, Any]) -> Project:
    """`POST /projects`: a project and its schema version 1."""
    if "name" not in body:
        raise bad_request("name is required.", path="name")
    if "schema" not in body:
        raise bad_request("schema is required.", path="schema")
    explicit_id = check_project_id(body["id"]) if "id" in body else None
    settings = check_settings({k: v for k, v in body.items() if k not in ("id", "schema")})
    schema = parse_or_422(body["schema"], "schema")
    project_id = explicit_id or _free_id(session, slugify(check_name(body["name"])))
    if explicit_id and session.get(Project, explicit_id) is not None:
        raise conflict(say("project_id_taken", id=explicit_id), path="id")
    settings.setdefault("skill", project_id)
    project = Project(id=project_id, media=schema.media, schema_version=1, **settings)
    try:
        with session.begin_nested():
            session.add(project)
            session.flush()
            session.add(SchemaVersion(project_id=project_id, version=1, body=schema.to_json()))
            session.flush()
    except IntegrityError:  # another request took the id meanwhile
        raise conflict(say("project_id_raced", id=project_id)) from None
    return project


def _free_id(session: Session, base: str) -> str:
    taken = set(
        session.execute(
            select(Project.id).where((Project.id == base) | Project.id.like(f"{base}-%"))
        ).scalars()
    )
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def update_project(session: Session, project_id: str, body: dict[str, Any]) -> Project:
    """`PATCH /projects/{id}`: change settings (never the id, media or schema)."""
    project = get_project(session, project_id, lock=True)
    for key in ("id", "media", "schema", "schema_version"):
        if key in body:
            raise bad_request(
                f"{key} cannot be changed here (the schema has PUT /projects/{{id}}/schema).",
                path=key,
            )
    settings = check_settings(body)
    for column, value in settings.items():
        setattr(project, column, value)
    if "overlap" in settings:
        session.execute(
            update(Item)
            .where(Item.project_id == project.id)
            .values(complete=Item.done_count >= project.overlap)
            .execution_options(synchronize_session=False)
        )
    session.flush()
    return project


def put_schema(session: Session, project_id: str, body: object) -> dict[str, Any]:
    """`PUT /projects/{id}/schema`: store a new version; an identical schema keeps its version."""
    project = get_project(session, project_id, lock=True)
    schema = parse_or_422(body)
    if schema.media != project.media:
        raise ApiError(
            422,
            "invalid_schema",
            "The label schema is not valid.",
            {
                "errors": [
                    Problem(
                        "media", f"must stay {project.media!r}, the media of this project"
                    ).to_json()
                ]
            },
        )
    normalised = schema.to_json()
    if schema_body(session, project.id, project.schema_version) != normalised:
        project.schema_version += 1
        session.add(
            SchemaVersion(project_id=project.id, version=project.schema_version, body=normalised)
        )
        session.flush()
    return {**normalised, "version": project.schema_version}


def schema_json(session: Session, project: Project, version: int | None) -> dict[str, Any]:
    """`GET /projects/{id}/schema[?version=N]`: the stored schema plus its version."""
    if version is None:
        version = project.schema_version
    if not 1 <= version <= min(project.schema_version, MAX_VERSION):
        raise not_found("schema version")
    return {**schema_body(session, project.id, version), "version": version}
