"""Insert the demo catalogue into a task server's database (idempotent)."""

from __future__ import annotations

import hashlib
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from labeler.server.config import Settings
from labeler.server.db import Database
from labeler.server.demo.activity import ActivityReport, simulate
from labeler.server.demo.catalog import DEMO_USERS, DemoMedia, DemoProject, demo_projects
from labeler.server.models import Project, User
from labeler.server.security import hash_password
from labeler.server.services.items import import_items
from labeler.server.services.media_store import Received, store_upload
from labeler.server.services.project_admin import create_project
from labeler.server.services.users import create_user


@dataclass
class SeedReport:
    """What seeding did, for the command to print."""

    created: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)
    items: int = 0
    users: list[tuple[str, str, list[str]]] = field(default_factory=list)
    activity: ActivityReport | None = None

    def text(self) -> str:
        lines = []
        if self.created:
            lines.append(f"Demo projects created: {', '.join(self.created)} ({self.items} items).")
        if self.activity is not None:
            lines.append(self.activity.text())
        if self.existing:
            lines.append(f"Demo projects already there: {', '.join(self.existing)}.")
        lines.append("Demo users (username / password / roles):")
        lines += [f"  {u:<6} {p:<14} {', '.join(r)}" for u, p, r in self.users]
        return "\n".join(lines)


def seed(database: Database, settings: Settings, seed_value: int = 7) -> SeedReport:
    """Create the missing demo users (an existing one keeps its password and gets its demo
    roles back) and every missing demo project, with a week of past work on the projects
    just created (see `activity`)."""
    report = SeedReport()
    with database.transaction(write=False) as session:
        existing = set(session.execute(select(User.username)).scalars())
    missing = [(u, p) for u, p, _ in DEMO_USERS if u not in existing]
    names, passwords = [u for u, _ in missing], [p for _, p in missing]
    # A password hash takes ~0.4 s of one core: the new users' are made side by side, and
    # before the write transaction, which would otherwise hold the write lock through them.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        hashes = dict(zip(names, pool.map(hash_password, passwords), strict=True))
    with database.transaction() as session:
        for username, password, roles in DEMO_USERS:
            if username in hashes:
                create_user(session, username, password, roles, password_hash=hashes[username])
            else:
                user = session.execute(select(User).where(User.username == username)).scalar_one()
                user.roles = roles
            report.users.append((username, password, roles))
    with database.transaction(write=False) as session:
        missing = [p for p in _keys() if session.get(Project, p) is None]
    if not missing:
        report.existing = _keys()
        return report
    created: dict[str, tuple[DemoProject, list[str]]] = {}
    for project in demo_projects(seed_value):
        if project.key not in missing:
            report.existing.append(project.key)
            continue
        ids = _seed_project(database, settings, project)
        created[project.key] = (project, ids)
        report.items += len(ids)
        report.created.append(project.key)
    if created:
        report.activity = simulate(database, seed_value, created)
    return report


def _keys() -> list[str]:
    return [
        "street-scenes",
        "street-scenes-training",
        "street-scenes-pro",
        "news-entities",
        "review-sentiment",
        "call-snippets",
        "street-outlines",
        "compare-answers",
        "search-relevance",
        "product-match",
        "verify-listings",
        "rank-answers",
    ]


def _seed_project(database: Database, settings: Settings, project: DemoProject) -> list[str]:
    items: list[dict[str, Any]] = []
    for item in project.items:
        row: dict[str, Any] = {"data": dict(item.data)}
        if item.text is not None:
            row["text"] = item.text
        if item.media is not None:
            row["media"] = _store(database, settings, item.media)
            row["source"] = item.media.filename  # as a lead's folder import names it
        if item.prefill is not None:
            row["prefill"] = item.prefill
        if item.gold is not None:
            row["gold"] = item.gold
        items.append(row)
    with database.transaction() as session:
        body = {
            "id": project.key,
            "name": project.name,
            "schema": project.schema,
            **project.settings,
        }
        create_project(session, body)
        session.flush()
        return import_items(session, settings, project.key, {"items": items})


def _store(database: Database, settings: Settings, media: DemoMedia) -> str:
    tmp_dir = Path(settings.media_dir) / ".tmp"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=tmp_dir, prefix="seed-", suffix=Path(media.filename).suffix)
    with os.fdopen(fd, "wb") as out:
        out.write(media.content)
    digest = hashlib.sha256(media.content).hexdigest()
    stored = store_upload(database, settings, Received(Path(name), digest, len(media.content)))
    return stored.sha256
