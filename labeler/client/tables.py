"""The tables of the local store (one SQLite file per profile), and a few small helpers
for writing plain SQL against them.

Times are seconds since the epoch (UTC) as floats: easy to compare, to sum per day, and
free of time-zone parsing. JSON is stored as received from the server, as `json.dumps`
text, and Python's None as SQL NULL (`dumps`/`loads`); booleans as 0 and 1.

The layout is exactly what SQLAlchemy's `create_all` made for layouts 1 to 3 (the store
ran on SQLAlchemy then), so the files annotators have open unchanged
(`tests/client/test_store_file.py` holds one). It is versioned by SQLite's
`user_version` pragma: `SCHEMA_VERSION` is the layout this code writes. Opening a store
runs each step of `MIGRATIONS` from the file's version up (a new file, version 0, needs
none), then `create_missing` (which adds missing tables with their indexes and never
touches existing ones), then sets `user_version`, all in one transaction. A file with a
higher version was made by a newer workbench and is refused rather than damaged.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from typing import Any

SCHEMA_VERSION = 3


def _amendments(conn: sqlite3.Connection) -> None:
    """Layout 2: outbox entries may amend one another; answered items keep when."""
    for table, column, kind in (
        ("outbox", "amends", "VARCHAR"),
        ("outbox", "amended_by", "VARCHAR"),
        ("outbox", "corrected_at", "FLOAT"),
        ("items", "answered_at", "FLOAT"),
    ):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")


def _draft_time(conn: sqlite3.Connection) -> None:
    """Layout 3: a draft keeps the active time already spent on its item."""
    conn.execute("ALTER TABLE drafts ADD COLUMN active_ms INTEGER NOT NULL DEFAULT 0")


# version N → the step that takes a store from N - 1 to N (beyond what create_missing adds).
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {2: _amendments, 3: _draft_time}

# Each table: its CREATE TABLE, then its indexes (made with it, as create_all did).
TABLES: dict[str, tuple[str, ...]] = {
    "profile": (
        """CREATE TABLE profile (
            id INTEGER NOT NULL,  -- always 1: one profile per file
            server_url VARCHAR NOT NULL,
            username VARCHAR NOT NULL,
            user_id VARCHAR,
            me JSON,  -- the last GET /me, as received
            me_fetched_at FLOAT,
            created_at FLOAT NOT NULL,
            PRIMARY KEY (id)
        )""",
    ),
    "projects": (
        """CREATE TABLE projects (
            id VARCHAR NOT NULL,
            json JSON NOT NULL,
            fetched_at FLOAT NOT NULL,
            listed BOOLEAN NOT NULL,  -- in the newest project list
            PRIMARY KEY (id)
        )""",
    ),
    "schemas": (
        """CREATE TABLE schemas (
            project_id VARCHAR NOT NULL,
            version INTEGER NOT NULL,
            json JSON NOT NULL,
            PRIMARY KEY (project_id, version)
        )""",
    ),
    # state: live (held; heartbeats) | released (given back, or the server forgot it)
    "batches": (
        """CREATE TABLE batches (
            id VARCHAR NOT NULL,
            project_id VARCHAR NOT NULL,
            schema_version INTEGER NOT NULL,
            leased_at FLOAT NOT NULL,
            lease_expires_at FLOAT NOT NULL,
            heartbeat_at FLOAT,
            state VARCHAR NOT NULL,
            PRIMARY KEY (id)
        )""",
        "CREATE INDEX ix_batches_project_id ON batches (project_id)",
    ),
    # state: open (to answer) | answered (in the outbox) | released (not ours any more)
    "items": (
        """CREATE TABLE items (
            seq INTEGER NOT NULL,  -- lease order
            item_id VARCHAR NOT NULL,
            batch_id VARCHAR NOT NULL,
            project_id VARCHAR NOT NULL,
            position INTEGER NOT NULL,
            json JSON NOT NULL,
            state VARCHAR NOT NULL,
            submission_id VARCHAR,  -- the newest of its submissions (amendments replace)
            answered_at FLOAT,  -- when it was first submitted: the order to go back in
            PRIMARY KEY (seq),
            UNIQUE (batch_id, item_id)
        )""",
        "CREATE INDEX ix_items_open ON items (project_id, state, seq)",
    ),
    # variant: original | display. state: ready (verified on arrival) | failed
    "media": (
        """CREATE TABLE media (
            sha256 VARCHAR NOT NULL,
            variant VARCHAR NOT NULL,
            path VARCHAR,  -- relative to the media cache
            bytes INTEGER,
            state VARCHAR NOT NULL,
            attempts INTEGER NOT NULL,
            last_error VARCHAR,
            updated_at FLOAT NOT NULL,
            PRIMARY KEY (sha256, variant)
        )""",
    ),
    "drafts": (
        """CREATE TABLE drafts (
            item_id VARCHAR NOT NULL,
            answer JSON NOT NULL,
            saved_at FLOAT NOT NULL,
            -- Active time already spent on the item: its clock goes on from there.
            active_ms INTEGER DEFAULT '0' NOT NULL,
            PRIMARY KEY (item_id)
        )""",
    ),
    # state: waiting | uploading | uploaded | refused (see docs/client.md)
    "outbox": (
        """CREATE TABLE outbox (
            seq INTEGER NOT NULL,
            id VARCHAR NOT NULL,  -- the submission id, made once
            item_id VARCHAR NOT NULL,
            batch_id VARCHAR NOT NULL,
            project_id VARCHAR NOT NULL,
            body JSON NOT NULL,  -- the exact body sent, every time
            state VARCHAR NOT NULL,
            attempts INTEGER NOT NULL,
            last_error VARCHAR,
            created_at FLOAT NOT NULL,
            active_ms INTEGER NOT NULL,
            skipped BOOLEAN NOT NULL,
            reward_amount VARCHAR NOT NULL,
            reward_currency VARCHAR NOT NULL,
            last_attempt_at FLOAT,
            done_at FLOAT,
            status_code INTEGER,  -- the server's final answer: 200/201 or the error
            response JSON,  -- its body
            status VARCHAR,  -- pending | accepted | rejected, as last heard
            gold JSON,  -- the verdict, when the item was gold
            amends VARCHAR,  -- the entry this one replaces (an amendment)
            amended_by VARCHAR,  -- the entry that replaces this one
            corrected_at FLOAT,  -- when its answer was last corrected (in place too)
            PRIMARY KEY (seq),
            UNIQUE (id)
        )""",
        "CREATE INDEX ix_outbox_state ON outbox (state, seq)",
    ),
    "verdicts": (
        """CREATE TABLE verdicts (
            submission_id VARCHAR NOT NULL,
            item_id VARCHAR NOT NULL,
            project_id VARCHAR NOT NULL,
            skill VARCHAR NOT NULL,
            counts_for_skill BOOLEAN NOT NULL,  -- training projects do not
            passed BOOLEAN NOT NULL,
            score FLOAT NOT NULL,
            verdict JSON NOT NULL,
            received_at FLOAT NOT NULL,
            PRIMARY KEY (submission_id)
        )""",
    ),
    "timing": (
        """CREATE TABLE timing (
            seq INTEGER NOT NULL,
            at FLOAT NOT NULL,
            kind VARCHAR NOT NULL,
            project_id VARCHAR,
            item_id VARCHAR,
            submission_id VARCHAR,
            data JSON,
            PRIMARY KEY (seq)
        )""",
        "CREATE INDEX ix_timing_at ON timing (at)",
    ),
}


def create_missing(conn: sqlite3.Connection) -> None:
    """Create the tables a file lacks, each with its indexes; existing ones stay as
    they are (a changed table is a step of MIGRATIONS)."""
    have = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for name, statements in TABLES.items():
        if name not in have:
            for statement in statements:
                conn.execute(statement)


def dumps(value: Any) -> str | None:
    """A JSON column's text (None stays NULL, not the JSON `null`)."""
    return None if value is None else json.dumps(value)


def loads(text: str | bytes | None) -> Any:
    """A JSON column's value (NULL reads as None)."""
    return None if text is None else json.loads(text)


def insert(conn: sqlite3.Connection, table: str, row: Mapping[str, Any]) -> None:
    """Insert one row given as {column: value} (JSON columns already `dumps`ed)."""
    marks = ", ".join("?" * len(row))
    conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({marks})", tuple(row.values()))


def update(
    conn: sqlite3.Connection, table: str, values: Mapping[str, Any], where: str, *args: Any
) -> None:
    """`UPDATE table SET column = ?, … WHERE where`: `values` by column, then the
    parameters of `where`."""
    sets = ", ".join(f"{column} = ?" for column in values)
    conn.execute(f"UPDATE {table} SET {sets} WHERE {where}", (*values.values(), *args))


def marks(values: Iterable[Any]) -> str:
    """The `?, ?, …` of an `IN (…)` with one mark per value."""
    return ", ".join("?" for _ in values)
