"""A lead's proposals for items already imported: `PUT /projects/{id}/prefill`, what a
pre-annotation run over a project sends.

All or nothing, like item import: every problem is named by its entry's index. An item
that has an answer already keeps its prefill: its submissions were made against that one,
and how much annotators changed it (the project's statistics) would stop meaning anything.
Those items are listed back, not refused, so a run over a project under way fills the rest.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from labeler.core.problems import Problem
from labeler.server.config import Settings
from labeler.server.errors import ApiError, bad_request
from labeler.server.models import Item, Media, Submission
from labeler.server.services.items import (
    MAX_ITEMS_PER_REQUEST,
    MAX_REPORTED,
    check_answer,
    check_confidence,
    item_context,
)
from labeler.server.services.project_admin import get_project
from labeler.server.services.projects import get_schema

_ENTRY_KEYS = {"id", "prefill", "confidence"}


def put_prefill(
    session: Session, settings: Settings, project_id: str, body: dict[str, Any]
) -> dict[str, Any]:
    """Set each listed item's prefill and its confidence; `{"updated", "answered"}`."""
    project = get_project(session, project_id, lock=True)
    entries = body.get("items")
    if set(body) - {"items"}:
        raise bad_request("The body takes only 'items'.")
    if not isinstance(entries, list) or not 1 <= len(entries) <= MAX_ITEMS_PER_REQUEST:
        raise bad_request(
            f"items must be a list of 1 to {MAX_ITEMS_PER_REQUEST} entries.", path="items"
        )
    ids = [e["id"] for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str)]
    found = _items(session, project.id, ids)
    schema = get_schema(session, project.id, project.schema_version)
    problems: list[Problem] = []
    answer_problems: list[Problem] = []
    values: list[dict[str, Any]] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        at = f"items[{index}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            problems.append(Problem(at, 'must be {"id", "prefill", "confidence"?}'))
            continue
        for key in sorted(set(entry) - _ENTRY_KEYS, key=str):
            problems.append(Problem(f"{at}.{key}", "unknown key"))
        if "prefill" not in entry:
            problems.append(Problem(f"{at}.prefill", "is required (null removes the prefill)"))
        row = found.get(entry["id"])
        if row is None:
            problems.append(Problem(f"{at}.id", "no item of this project has that id"))
            continue
        if entry["id"] in seen:
            problems.append(Problem(f"{at}.id", "is listed twice"))
            continue
        seen.add(entry["id"])
        item, media = row
        prefill = entry.get("prefill")
        if prefill is not None:
            context = item_context(item.text, media, item.data or {})
            prefill = check_answer(schema, prefill, context, f"{at}.prefill", answer_problems)
        confidence = check_confidence(
            entry.get("confidence"), entry.get("prefill"), f"{at}.confidence", problems
        )
        values.append({"id": item.id, "prefill": prefill, "prefill_confidence": confidence})
    if problems or answer_problems:
        raise ApiError(
            422,
            "invalid_answer" if not problems else "invalid_item",
            "Some entries are not valid; no prefill was changed.",
            {"errors": [p.to_json() for p in (problems + answer_problems)[:MAX_REPORTED]]},
        )
    answered = _answered(session, [v["id"] for v in values])
    fresh = [v for v in values if v["id"] not in answered]
    for value in fresh:
        session.execute(
            update(Item)
            .where(Item.id == value["id"])
            .values(prefill=value["prefill"], prefill_confidence=value["prefill_confidence"])
        )
    return {"updated": len(fresh), "answered": [v["id"] for v in values if v["id"] in answered]}


def _items(session: Session, project_id: str, ids: list[str]) -> dict[str, tuple[Item, Any]]:
    out: dict[str, tuple[Item, Any]] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(Item, Media)
            .outerjoin(Media, Media.sha256 == Item.media_sha256)
            .where(Item.project_id == project_id, Item.id.in_(ids[start : start + 500]))
        ).all()
        out.update((item.id, (item, media)) for item, media in rows)
    return out


def _answered(session: Session, ids: list[str]) -> set[str]:
    """The items among `ids` with any submission (a skip too: it was made against it)."""
    out: set[str] = set()
    for start in range(0, len(ids), 500):
        out.update(
            session.execute(
                select(Submission.item_id)
                .where(Submission.item_id.in_(ids[start : start + 500]))
                .distinct()
            ).scalars()
        )
    return out
