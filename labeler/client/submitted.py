"""One of the annotator's own submissions as the history draws it: the item as it was
served, the answer given (None for a skip) and the schema version it was given under.

Submissions made on this computer come from the local store alone (the outbox keeps the
body sent, the work queue the item, the store the schema versions), so the history shows
them at once and offline. Others (another computer, a reinstall) come from the task
server's `GET /submissions/{id}`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from labeler.client import wire
from labeler.client.jsonread import Reader
from labeler.client.outbox import OutboxEntry
from labeler.client.workitem import WorkItem
from labeler.core.schema import Schema

LOCAL, SERVER = "local", "server"


@dataclass(frozen=True)
class OwnSubmission:
    """The answer to `GET /submissions/{id}`: the history entry, the item as batches
    serve it, the answer (None for a skip), its skip reason and schema version."""

    entry: wire.HistoryEntry
    item: WorkItem
    answer: dict[str, Any] | None
    skip_reason: str | None
    schema_version: int


@dataclass(frozen=True)
class Submitted:
    """What the history draws for one submission. `source`: `local` (this computer's
    store) or `server`. `item.display_path` is not filled in: ask for the media apart
    (`Workspace.shown_media`), it may take a download."""

    submission_id: str
    item: WorkItem
    answer: dict[str, Any] | None
    skip_reason: str | None
    schema: Schema
    schema_version: int
    source: str

    @property
    def skipped(self) -> bool:
        return self.answer is None


def parse_own_submission(obj: Any) -> OwnSubmission:
    """Check the server's answer (`BadResponse` naming the place when it is off)."""
    r = Reader(obj, "submission")
    entry = wire.parse_history_entry(r)
    version = r.integer("schema_version", low=1)
    item = wire.parse_item(r.get("item"), "", entry.project_id, version)
    if item.id != entry.item_id:
        raise r.fail("is another item than the submission's", "item")
    answer = r.opt_mapping("answer")
    skip_reason = r.opt_text("skip_reason", max_len=10_000)
    return OwnSubmission(entry, item, answer, skip_reason, version)


def from_server(got: OwnSubmission, schema: Schema) -> Submitted:
    """A submission read from the task server."""
    return Submitted(
        got.entry.id, got.item, got.answer, got.skip_reason, schema, got.schema_version, SERVER
    )


def from_outbox(entry: OutboxEntry, item: WorkItem, schema: Schema, version: int) -> Submitted:
    """A submission made on this computer: the body the outbox keeps, sent as it is."""
    answer = entry.body.get("answer")
    reason = entry.body.get("skip_reason")
    return Submitted(
        entry.id,
        item,
        answer if isinstance(answer, dict) else None,
        reason if isinstance(reason, str) else None,
        schema,
        version,
        LOCAL,
    )


def body_version(entry: OutboxEntry, fallback: int) -> int:
    """The schema version an outbox body names (the item's batch's when it names none)."""
    version = entry.body.get("schema_version")
    return version if isinstance(version, int) and version >= 1 else fallback
