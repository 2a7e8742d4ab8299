"""Loading an item for the side-by-side view, off the GUI thread.

`fetch_item` (network pool) gets the item with every submission and the schema version
they used; `compare` (decoding pool: it is CPU work) compares the answers; the media
file and its decoding follow while the panes already show the answers.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from labeler.client.api import TaskServer
from labeler.client.reviewing import ItemDetail, ReviewClient
from labeler.core.consensus import ItemComparison, compare_item
from labeler.core.schema import Schema
from labeler.ui.review.marks import PaneSpec, pane_specs


@dataclass(frozen=True)
class Fetched:
    """An item and the schema its submissions are compared under."""

    detail: ItemDetail
    project_id: str
    schema: Schema
    schema_version: int


@dataclass(frozen=True)
class LoadedItem:
    """Everything the side-by-side view shows except the decoded media. `own`: an
    annotator looking at their own submission (the history), not a reviewer: the panes
    speak of "your answer" and "the expected answer", and an answer with nothing to
    compare with is simply shown."""

    detail: ItemDetail
    project_id: str
    schema: Schema
    schema_version: int
    comparison: ItemComparison
    specs: list[PaneSpec]
    own: bool = False


class SchemaCache:
    """Schema versions fetched once per project and version (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._schemas: dict[tuple[str, int | None], tuple[Schema, int]] = {}

    def get(self, server: TaskServer, project_id: str, version: int | None) -> tuple[Schema, int]:
        with self._lock:
            found = self._schemas.get((project_id, version))
        if found is not None:
            return found
        got = server.schema(project_id, version)
        with self._lock:
            self._schemas[(project_id, version)] = (got.schema, got.version)
            self._schemas[(project_id, got.version)] = (got.schema, got.version)
        return got.schema, got.version


def fetch_item(
    client: ReviewClient, schemas: SchemaCache, item_id: str, project_id: str
) -> Fetched:
    """The item and the newest schema version its submissions used (the current one
    when none says)."""
    detail = client.item(item_id)
    project = detail.item.project_id or project_id
    versions = [s.schema_version for s in detail.submissions if s.schema_version is not None]
    schema, version = schemas.get(client.server, project, max(versions) if versions else None)
    return Fetched(detail, project, schema, version)


def compare(fetched: Fetched) -> LoadedItem:
    """Compare every submission with the reference (gold, else the consensus)."""
    detail = fetched.detail
    answers = {s.id: s.answer for s in detail.submissions}
    gold = detail.gold.answer if detail.gold is not None else None
    comparison = compare_item(fetched.schema, answers, gold)
    return LoadedItem(
        detail,
        fetched.project_id,
        fetched.schema,
        fetched.schema_version,
        comparison,
        pane_specs(detail, comparison),
    )
