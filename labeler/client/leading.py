"""What a lead does to projects and their schemas, as calls to the task server.

`LeadClient` wraps a `TaskServer` (its one HTTP boundary) with the lead's calls: the
project list with every setting, creating and changing projects, reading and storing
schema versions. Answers are checked on arrival (`Reader`); a 400 or 422 about a setting
or the schema becomes `InvalidProject`, whose `problems` carry the server's paths.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, TypeVar
from urllib.parse import quote

from labeler.client import wire
from labeler.client.api import TaskServer
from labeler.client.errors import ApiError, BadResponse, NotFound
from labeler.client.jsonread import Reader
from labeler.core.problems import Problem
from labeler.core.projectsettings import LEASE_ORDERS, SETTINGS

T = TypeVar("T")

#: Problems kept from one error body: a hostile server cannot flood the screen.
MAX_PROBLEMS = 200


@dataclass(frozen=True)
class Requirement:
    """What a private pool needs: accuracy in a skill over at least `min_gold` gold answers."""

    skill: str
    min_accuracy: float
    min_gold: int

    def to_json(self) -> dict[str, Any]:
        return {"skill": self.skill, "min_accuracy": self.min_accuracy, "min_gold": self.min_gold}


@dataclass(frozen=True)
class LeadProject:
    """A project with every setting, as a lead sees it; `raw` keeps the JSON received."""

    id: str
    name: str
    media: str
    schema_version: int
    skill: str
    reward: wire.Reward
    overlap: int
    gold_ratio: float
    gold_ratio_new: float
    calibration_gold: int
    lease_seconds: int
    review_rate: float
    training: bool
    requirement: Requirement | None
    active: bool
    items_total: int | None
    items_remaining: int | None
    raw: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)
    pay_failed_gold: bool = False
    #: Which items leasing serves first: "sequence" (import order) or "least_confident"
    #: (the least confident prefill first).
    lease_order: str = "sequence"

    @property
    def private(self) -> bool:
        """Whether the project is a private pool (it has a requirement)."""
        return self.requirement is not None

    def settings(self) -> dict[str, Any]:
        """Every setting as `PATCH /projects/{id}` takes it."""
        return {
            "name": self.name,
            "skill": self.skill,
            "reward": settings_json({"reward": self.reward})["reward"],
            "overlap": self.overlap,
            "gold_ratio": self.gold_ratio,
            "gold_ratio_new": self.gold_ratio_new,
            "calibration_gold": self.calibration_gold,
            "lease_seconds": self.lease_seconds,
            "review_rate": self.review_rate,
            "training": self.training,
            "pay_failed_gold": self.pay_failed_gold,
            "requirement": self.requirement.to_json() if self.requirement else None,
            "active": self.active,
            "lease_order": self.lease_order,
        }


@dataclass(frozen=True)
class VersionInfo:
    """One stored version of a project's schema; `created_at` None when not known."""

    version: int
    created_at: datetime | None


class InvalidProject(ApiError):
    """400 or 422: the server refused a setting or the schema; `problems` say where.

    Paths are the server's (`overlap`, `reward.amount`, `fields[1].labels[0].hotkey`).
    `schema_problems` are the ones inside the schema, with paths relative to it;
    `setting_problems` the rest.
    """

    def __init__(self, error: ApiError, schema_prefix: str | None) -> None:
        super().__init__(error.status, error.code, error.message, error.details)
        self._schema_prefix = schema_prefix

    @property
    def problems(self) -> list[Problem]:
        return list(_problems(self.details, self.message))

    @property
    def schema_problems(self) -> list[Problem]:
        return [p for p in map(self._in_schema, self.problems) if p is not None]

    @property
    def setting_problems(self) -> list[Problem]:
        return [p for p in self.problems if self._in_schema(p) is None]

    def _in_schema(self, problem: Problem) -> Problem | None:
        prefix = self._schema_prefix
        if prefix is None:  # a schema call: everything is about the schema
            return problem
        if self.code != "invalid_schema" and problem.path != prefix:
            return None
        if problem.path == prefix:
            return Problem("", problem.message)
        for sep in (".", "["):
            if problem.path.startswith(prefix + sep):
                rest = problem.path[len(prefix) :]
                return Problem(rest[1:] if sep == "." else rest, problem.message)
        return None


def _problems(details: dict[str, Any], message: str) -> Iterator[Problem]:
    errors = details.get("errors")
    if isinstance(errors, list) and errors:
        for entry in errors[:MAX_PROBLEMS]:
            if isinstance(entry, dict):
                path, text = entry.get("path"), entry.get("message")
                yield Problem(
                    path[:500] if isinstance(path, str) else "",
                    text[:2000] if isinstance(text, str) and text else "is not valid",
                )
        return
    path = details.get("path")
    yield Problem(path[:500] if isinstance(path, str) else "", message)


def _decimal_text(amount: Decimal) -> str:
    return format(amount.normalize(), "f") if amount else "0"


def settings_json(settings: dict[str, Any]) -> dict[str, Any]:
    """Settings as the wire takes them: a Reward or Requirement as its object, a Decimal
    as a string. An unknown setting is a ValueError (a bug of the caller)."""
    out: dict[str, Any] = {}
    for key, value in settings.items():
        if key not in SETTINGS:
            raise ValueError(f"{key!r} is not a project setting")
        if isinstance(value, wire.Reward):
            value = {"amount": _decimal_text(value.amount), "currency": value.currency}
        elif isinstance(value, Requirement):
            value = value.to_json()
        elif isinstance(value, dict) and isinstance(value.get("amount"), Decimal):
            value = {**value, "amount": _decimal_text(value["amount"])}
        out[key] = value
    return out


def _fraction(r: Reader, key: str, default: float) -> float:
    value = r.opt_number(key)
    if value is None:
        return default
    if not 0.0 <= value <= 1.0:
        raise r.fail("must lie between 0 and 1", key)
    return value


def _requirement(r: Reader) -> Requirement | None:
    if not r.has("requirement"):
        return None
    q = r.get("requirement")
    return Requirement(
        q.text("skill", max_len=1024),
        _fraction(q, "min_accuracy", 0.0),
        q.opt_integer("min_gold") or 0,
    )


def parse_lead_project(obj: Any, r: Reader | None = None) -> LeadProject:
    """A project object with every setting; defaults of PROTOCOL.md where one is absent."""
    base = wire.parse_project(obj, r)
    r = r or Reader(obj, "project")
    return LeadProject(
        id=base.id,
        name=base.name,
        media=base.media,
        schema_version=base.schema_version,
        skill=base.skill,
        reward=base.reward,
        overlap=r.opt_integer("overlap", low=1) or 1,
        gold_ratio=_fraction(r, "gold_ratio", 0.1),
        gold_ratio_new=_fraction(r, "gold_ratio_new", 0.3),
        calibration_gold=_opt_int(r, "calibration_gold", 20),
        lease_seconds=base.lease_seconds,
        review_rate=_fraction(r, "review_rate", 1.0),
        training=base.training,
        requirement=_requirement(r),
        active=r.flag("active", default=True),
        items_total=base.items_total,
        items_remaining=base.items_remaining,
        raw=base.raw,
        pay_failed_gold=r.flag("pay_failed_gold", default=False),
        lease_order=_lease_order(r),
    )


def _lease_order(r: Reader) -> str:
    """A project's `lease_order`; "sequence" from a server that predates it."""
    if not r.has("lease_order"):
        return "sequence"
    value = r.text("lease_order", max_len=64)
    if value not in LEASE_ORDERS:
        raise r.fail(f"must be one of {', '.join(LEASE_ORDERS)}", "lease_order")
    return value


def _opt_int(r: Reader, key: str, default: int) -> int:
    value = r.opt_integer(key)
    return default if value is None else value


def parse_versions(obj: Any) -> list[VersionInfo]:
    """`{"versions": [{"version", "created_at"}]}`, checked to be distinct and sorted."""
    r = Reader(obj, "version list")
    out = []
    for entry in r.entries("versions"):
        moment = entry.moment("created_at") if entry.has("created_at") else None
        out.append(VersionInfo(entry.integer("version", low=1), moment))
    numbers = [v.version for v in out]
    if numbers != sorted(set(numbers)):
        raise r.fail("must list each version once, oldest first", "versions")
    return out


class LeadClient:
    """The lead's calls on one task server (the caller needs the `lead` role).

    Every method calls the network: run them off the GUI thread. Errors are the
    `labeler.client.errors` types, with `InvalidProject` for refused settings and schemas.
    """

    def __init__(self, server: TaskServer) -> None:
        self.server = server

    def projects(self) -> list[LeadProject]:
        """`GET /projects`: every project, inactive ones included (for leads)."""
        r = Reader(self._get("/projects"), "project list")
        return [parse_lead_project(p.value, p) for p in r.entries("projects")]

    def project(self, project_id: str) -> LeadProject:
        """`GET /projects/{id}`."""
        return parse_lead_project(self._get(f"/projects/{_seg(project_id)}"))

    def create_project(self, name: str, schema: dict[str, Any], **settings: Any) -> LeadProject:
        """`POST /projects` with the schema as version 1. Sent once (a retry could make
        a second project)."""
        body = {"name": name, "schema": schema, **settings_json(settings)}
        _, answer = self._checked(
            lambda: self.server.transport.call("POST", "/projects", body=body, idempotent=False),
            schema_prefix="schema",
        )
        return parse_lead_project(answer)

    def update_project(self, project_id: str, **settings: Any) -> LeadProject:
        """`PATCH /projects/{id}` with the settings given; the changed project."""
        body = settings_json(settings)
        _, answer = self._checked(
            lambda: self.server.transport.call(
                "PATCH", f"/projects/{_seg(project_id)}", body=body, idempotent=True
            ),
            schema_prefix="schema",
        )
        project = parse_lead_project(answer)
        if project.id != project_id:
            raise BadResponse("The task server answered with another project.")
        return project

    def schema(self, project_id: str, version: int | None = None) -> wire.SchemaVersion:
        """`GET /projects/{id}/schema[?version=N]`: `raw` is the document to edit."""
        return self.server.schema(project_id, version)

    def put_schema(self, project_id: str, schema: dict[str, Any]) -> wire.SchemaVersion:
        """`PUT /projects/{id}/schema`: a new version (an identical schema keeps its
        version). The answer is the stored schema and its version."""
        _, answer = self._checked(
            lambda: self.server.transport.call(
                "PUT", f"/projects/{_seg(project_id)}/schema", body=schema, idempotent=True
            ),
            schema_prefix=None,
        )
        return wire.parse_schema_version(answer)

    def schema_versions(self, project_id: str) -> list[VersionInfo]:
        """`GET /projects/{id}/schema/versions`, oldest first.

        A server without that call (404 while the project exists) gets versions 1 to
        the project's current one, without their times."""
        try:
            return parse_versions(self._get(f"/projects/{_seg(project_id)}/schema/versions"))
        except NotFound:
            current = self.project(project_id).schema_version
            return [VersionInfo(v, None) for v in range(1, current + 1)]

    def _get(self, path: str) -> Any:
        _, body = self.server.transport.call("GET", path, idempotent=True)
        return body

    @staticmethod
    def _checked(call: Callable[[], T], schema_prefix: str | None) -> T:
        try:
            return call()
        except ApiError as exc:
            if exc.status in (400, 422):
                raise InvalidProject(exc, schema_prefix) from exc
            raise


def _seg(value: str) -> str:
    return quote(value, safe="")


__all__ = [
    "SETTINGS",
    "InvalidProject",
    "LeadClient",
    "LeadProject",
    "Requirement",
    "VersionInfo",
    "parse_lead_project",
    "parse_versions",
    "settings_json",
]
