"""The tables of the local store (one SQLite file per profile).

Times are seconds since the epoch (UTC) as floats: easy to compare, to sum per day, and
free of time-zone parsing. JSON is stored as received from the server.

The store's layout is versioned by SQLite's `user_version` pragma: `SCHEMA_VERSION` is
the layout this code writes. Opening a store runs each step of `MIGRATIONS` from the
file's version up (a new file, version 0, needs none), then `metadata.create_all` (which
adds missing tables and never touches existing ones), then sets `user_version`, all in
one transaction. A file with a higher version was made by a
newer workbench and is refused rather than damaged.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
)

SCHEMA_VERSION = 3


def _amendments(conn: Connection) -> None:
    """Layout 2: outbox entries may amend one another; answered items keep when."""
    for table, column, kind in (
        ("outbox", "amends", "VARCHAR"),
        ("outbox", "amended_by", "VARCHAR"),
        ("outbox", "corrected_at", "FLOAT"),
        ("items", "answered_at", "FLOAT"),
    ):
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")


def _draft_time(conn: Connection) -> None:
    """Layout 3: a draft keeps the active time already spent on its item."""
    conn.exec_driver_sql("ALTER TABLE drafts ADD COLUMN active_ms INTEGER NOT NULL DEFAULT 0")


# version N → the step that takes a store from N - 1 to N (beyond what create_all adds).
MIGRATIONS: dict[int, Callable[[Connection], None]] = {2: _amendments, 3: _draft_time}

metadata = MetaData()
Json = JSON(none_as_null=True)

profile = Table(
    "profile",
    metadata,
    Column("id", Integer, primary_key=True),  # always 1: one profile per file
    Column("server_url", String, nullable=False),
    Column("username", String, nullable=False),
    Column("user_id", String),
    Column("me", Json),  # the last GET /me, as received
    Column("me_fetched_at", Float),
    Column("created_at", Float, nullable=False),
)

projects = Table(
    "projects",
    metadata,
    Column("id", String, primary_key=True),
    Column("json", Json, nullable=False),
    Column("fetched_at", Float, nullable=False),
    Column("listed", Boolean, nullable=False, default=True),  # in the newest project list
)

schemas = Table(
    "schemas",
    metadata,
    Column("project_id", String, primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("json", Json, nullable=False),
)

# state: live (held; heartbeats) | released (given back, or the server forgot it)
batches = Table(
    "batches",
    metadata,
    Column("id", String, primary_key=True),
    Column("project_id", String, nullable=False, index=True),
    Column("schema_version", Integer, nullable=False),
    Column("leased_at", Float, nullable=False),
    Column("lease_expires_at", Float, nullable=False),
    Column("heartbeat_at", Float),
    Column("state", String, nullable=False),
)

# state: open (to answer) | answered (in the outbox) | released (not ours any more)
items = Table(
    "items",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),  # lease order
    Column("item_id", String, nullable=False),
    Column("batch_id", String, nullable=False),
    Column("project_id", String, nullable=False),
    Column("position", Integer, nullable=False),
    Column("json", Json, nullable=False),
    Column("state", String, nullable=False),
    Column("submission_id", String),  # the newest of its submissions (amendments replace)
    Column("answered_at", Float),  # when it was first submitted: the order to go back in
    UniqueConstraint("batch_id", "item_id"),
    Index("ix_items_open", "project_id", "state", "seq"),
)

# variant: original | display. state: ready (verified on arrival) | failed
media = Table(
    "media",
    metadata,
    Column("sha256", String, primary_key=True),
    Column("variant", String, primary_key=True),
    Column("path", String),  # relative to the media cache
    Column("bytes", Integer),
    Column("state", String, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", String),
    Column("updated_at", Float, nullable=False),
)

drafts = Table(
    "drafts",
    metadata,
    Column("item_id", String, primary_key=True),
    Column("answer", Json, nullable=False),
    Column("saved_at", Float, nullable=False),
    # Active time already spent on the item: its clock goes on from there.
    Column("active_ms", Integer, nullable=False, default=0, server_default="0"),
)

# state: waiting | uploading | uploaded | refused (see docs/client.md)
outbox = Table(
    "outbox",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String, nullable=False, unique=True),  # the submission id, made once
    Column("item_id", String, nullable=False),
    Column("batch_id", String, nullable=False),
    Column("project_id", String, nullable=False),
    Column("body", Json, nullable=False),  # the exact body sent, every time
    Column("state", String, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", String),
    Column("created_at", Float, nullable=False),
    Column("active_ms", Integer, nullable=False),
    Column("skipped", Boolean, nullable=False),
    Column("reward_amount", String, nullable=False),
    Column("reward_currency", String, nullable=False),
    Column("last_attempt_at", Float),
    Column("done_at", Float),
    Column("status_code", Integer),  # the server's final answer: 200/201 or the error
    Column("response", Json),  # its body
    Column("status", String),  # pending | accepted | rejected, as last heard
    Column("gold", Json),  # the verdict, when the item was gold
    Column("amends", String),  # the entry this one replaces (an amendment)
    Column("amended_by", String),  # the entry that replaces this one
    Column("corrected_at", Float),  # when its answer was last corrected (in place too)
    Index("ix_outbox_state", "state", "seq"),
)

verdicts = Table(
    "verdicts",
    metadata,
    Column("submission_id", String, primary_key=True),
    Column("item_id", String, nullable=False),
    Column("project_id", String, nullable=False),
    Column("skill", String, nullable=False),
    Column("counts_for_skill", Boolean, nullable=False),  # training projects do not
    Column("passed", Boolean, nullable=False),
    Column("score", Float, nullable=False),
    Column("verdict", Json, nullable=False),
    Column("received_at", Float, nullable=False),
)

timing = Table(
    "timing",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", Float, nullable=False, index=True),
    Column("kind", String, nullable=False),
    Column("project_id", String),
    Column("item_id", String),
    Column("submission_id", String),
    Column("data", Json),
)
