"""The local store: files per profile, layout version, WAL, durable outbox, states."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from labeler.client import paths, tables, wire
from labeler.client.errors import AlreadySubmitted, ItemComplete, StoreError
from labeler.client.outbox import REFUSED, UPLOADED, UPLOADING, WAITING, Outbox
from labeler.client.store import Store
from labeler.client.wire import Reward
from labeler.client.workqueue import ANSWERED, OPEN, WorkQueue

URL = "http://127.0.0.1:8470/api/v1"


def a_batch(n: int = 3, batch_id: str = "b1", project_id: str = "p") -> wire.Batch:
    raw = {
        "id": batch_id,
        "project_id": project_id,
        "schema_version": 1,
        "lease_expires_at": "2030-01-01T00:00:00Z",
        "items": [
            {"id": f"{batch_id}-i{k}", "text": f"text {k}", "data": {"k": k}} for k in range(n)
        ],
    }
    return wire.parse_batch(raw)


def a_body(item_id: str, batch_id: str = "b1", answer: Any = None) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "batch_id": batch_id,
        "item_id": item_id,
        "schema_version": 1,
        "answer": answer if answer is not None else {"scene": "urban"},
        "started_at": "2026-01-01T00:00:00Z",
        "submitted_at": "2026-01-01T00:00:02Z",
        "active_ms": 2000,
    }


@pytest.fixture
def store(tmp_path: Path) -> Any:
    s = Store.open(tmp_path / "profile.sqlite3")
    s.set_profile(URL, "amir")
    yield s
    s.close()


def test_data_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "explicit"))
    assert paths.data_dir() == tmp_path / "explicit"
    monkeypatch.delenv("LABELER_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert paths.data_dir() == tmp_path / "xdg" / "labeler"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert paths.data_dir() == tmp_path / "home" / ".local" / "share" / "labeler"


def test_one_file_per_server_and_username(tmp_path: Path) -> None:
    a = paths.profile_path(tmp_path, URL, "amir")
    assert a == paths.profile_path(tmp_path, URL, "amir")
    others = {
        paths.profile_path(tmp_path, URL, "sana"),
        paths.profile_path(tmp_path, "http://127.0.0.1:9000/api/v1", "amir"),
        paths.profile_path(tmp_path, URL, "amir/../../x"),
    }
    assert a not in others and len(others) == 3
    assert all(p.parent == tmp_path / "profiles" for p in others | {a})


def test_layout_version_and_wal(store: Store) -> None:
    with sqlite3.connect(store.path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == tables.SCHEMA_VERSION
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert set(tables.TABLES) <= names


def test_a_store_from_a_newer_workbench_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version={tables.SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer workbench"):
        Store.open(path)


def test_a_damaged_file_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        Store.open(path)


def test_reopening_keeps_everything(store: Store) -> None:
    WorkQueue(store).add_batch(a_batch())
    Outbox(store).add(a_body("b1-i0"), "p", Reward(Decimal("0.05"), "USD"))
    store.close()
    again = Store.open(store.path)
    assert again.profile() is not None
    assert WorkQueue(again).open_count("p") == 2
    assert Outbox(again).counts()[WAITING] == 1
    again.close()


def test_durable_writes_run_with_synchronous_full(store: Store) -> None:
    with store.write(durable=True) as conn:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    with store.write() as conn:
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def test_an_outbox_entry_is_committed_when_add_returns(store: Store) -> None:
    WorkQueue(store).add_batch(a_batch())
    entry = Outbox(store).add(a_body("b1-i0"), "p", Reward(Decimal(1), "USD"))
    # Another connection, as after a crash, sees it at once.
    with sqlite3.connect(store.path) as raw:
        row = raw.execute("SELECT state, body FROM outbox WHERE id = ?", (entry.id,)).fetchone()
    assert row[0] == WAITING and entry.id in row[1]


def test_earnings_in_two_currencies_show_offline(store: Store) -> None:
    """The last `/me` is what the workbench shows offline: every currency's earnings."""
    usd = {"currency": "USD", "pending": "0.00", "approved": "3.38", "rejected": "0.00"}
    pkr = {"currency": "PKR", "pending": "12.00", "approved": "0.00", "rejected": "0.00"}
    me = wire.parse_me(
        {"id": "u1", "username": "amir", "roles": ["annotator"], "skills": {},
         "earnings": pkr, "earnings_by_currency": [pkr, usd]}
    )  # fmt: skip
    store.save_me(me)
    info = store.profile()
    assert info is not None and info.me is not None
    assert [(e.currency, e.approved, e.pending) for e in info.me.earned] == [
        ("PKR", Decimal("0.00"), Decimal("12.00")),
        ("USD", Decimal("3.38"), Decimal("0.00")),
    ]


def test_profile_projects_schemas_drafts(store: Store) -> None:
    info = store.profile()
    assert info is not None and (info.server_url, info.username, info.me) == (URL, "amir", None)
    me = wire.parse_me({"id": "u1", "username": "amir", "roles": ["annotator"], "skills": {}})
    store.save_me(me)
    info = store.profile()
    assert info is not None and info.me == me and info.user_id == "u1"

    project = wire.parse_project(
        {"id": "p", "name": "P", "media": "text", "schema_version": 2, "training": True}
    )
    other = wire.parse_project({"id": "q", "name": "Q", "media": "text", "schema_version": 1})
    store.save_projects([project, other])
    assert [p.id for p in store.projects()] == ["p", "q"]
    store.save_projects([other])
    assert [p.id for p in store.projects()] == ["q"]
    assert store.project("p") == project  # still known, just not listed
    store.save_project(project)
    assert [p.id for p in store.projects()] == ["p", "q"]

    schema = {
        "title": "T",
        "media": "text",
        "fields": [{"name": "x", "kind": "choice", "labels": [{"value": "a"}]}],
    }
    store.save_schema("p", wire.parse_schema_version({**schema, "version": 2}))
    cached = store.schema("p", 2)
    assert cached is not None and cached.schema.field("x").kind == "choice"
    assert store.schema("p", 1) is None

    assert store.draft("i") is None
    store.save_draft("i", {"x": "a"})
    store.save_draft("i", {"x": "b"})
    assert store.draft("i") == {"x": "b"}
    store.save_draft("j", {"x": "c"})
    assert store.drafts(["i", "j", "k"]) == {"i": {"x": "b"}, "j": {"x": "c"}}
    assert store.drafts([f"n{n}" for n in range(1200)] + ["j"]) == {"j": {"x": "c"}}
    store.discard_draft("i")
    assert store.draft("i") is None and store.drafts(["i", "j"]) == {"j": {"x": "c"}}


def test_items_in_lease_order_and_answering_one(store: Store) -> None:
    work, outbox = WorkQueue(store), Outbox(store)
    work.add_batch(a_batch(3, "b1"))
    work.add_batch(a_batch(2, "b2"))
    work.add_batch(a_batch(2, "b2"))  # the same batch again changes nothing
    assert [s.item.id for s in work.open_items("p")] == [
        "b1-i0", "b1-i1", "b1-i2", "b2-i0", "b2-i1",
    ]  # fmt: skip
    store.save_draft("b1-i1", {"scene": "rural"})
    entry = outbox.add(a_body("b1-i1"), "p", Reward(Decimal(0), "USD"))
    stored = work.item("b1", "b1-i1")
    assert stored is not None and stored.state == ANSWERED and stored.submission_id == entry.id
    assert store.draft("b1-i1") is None
    assert work.open_count("p") == 4
    with pytest.raises(AlreadySubmitted) as caught:
        outbox.add(a_body("b1-i1"), "p", Reward(Decimal(0), "USD"))
    assert caught.value.submission_id == entry.id
    assert [e.kind for e in store.events()] == ["submitted"]
    work.released("b2")
    assert [s.item.id for s in work.open_items("p")] == ["b1-i0", "b1-i2"]
    assert [b.id for b in work.live_batches("p")] == ["b1"]
    first = work.open_items("p")[0]
    assert first.state == OPEN and first.item.text == "text 0" and first.item.data == {"k": 0}


def test_outbox_states(store: Store) -> None:
    WorkQueue(store).add_batch(a_batch(4))
    outbox = Outbox(store)
    entries = [outbox.add(a_body(f"b1-i{k}"), "p", Reward(Decimal(1), "USD")) for k in range(4)]
    taken = outbox.take(limit=3)
    assert [e.id for e in taken] == [e.id for e in entries[:3]]
    assert all(e.state == UPLOADING and e.attempts == 1 for e in taken)
    outbox.unsent(taken[:1], "offline")
    again = outbox.take(limit=10)  # waiting and uploading (a crash mid-upload) both come back
    assert [e.id for e in again] == [e.id for e in entries]
    assert again[0].attempts == 2 and again[0].last_error == "offline"
    assert again[0].body == entries[0].body

    gold = {"passed": True, "score": 1.0, "fields": {}, "expected": {}, "hint": None}
    accepted = wire.Accepted(201, entries[0].id, "accepted", gold)
    assert outbox.uploaded(again[0], accepted, "skill-a", True) is True
    assert outbox.uploaded(again[0], accepted, "skill-a", True) is False  # verdict once
    outbox.refused(again[1], ItemComplete(409, "item_complete", "Full.", {}))
    counts = outbox.counts()
    assert counts == {WAITING: 0, UPLOADING: 2, UPLOADED: 1, REFUSED: 1}
    refused = outbox.get(entries[1].id)
    assert refused is not None and refused.state == REFUSED and refused.last_error == "Full."
    assert refused.response == {
        "error": {"code": "item_complete", "message": "Full.", "details": {}}
    }
    assert refused.status_code == 409
    done = outbox.get(entries[0].id)
    assert done is not None and done.status == "accepted" and done.gold == gold
    assert [v.submission_id for v in outbox.verdicts()] == [entries[0].id]
    assert [e.id for e in outbox.entries([REFUSED])] == [entries[1].id]
    assert [e.kind for e in store.events(kind="gold_feedback")] == ["gold_feedback"]

    history = wire.HistoryEntry(
        entries[0].id, "b1-i0", "p", "rejected", None, None, None, datetime.now(UTC), 1
    )
    outbox.learn([history])
    learned = outbox.get(entries[0].id)
    assert learned is not None and learned.status == "rejected"


def test_a_draft_keeps_the_time_spent_on_its_item(store: Store) -> None:
    store.save_draft("i", {"x": "a"}, active_ms=45_000)
    store.save_draft("j", {"x": "b"})
    assert store.draft_times(["i", "j", "k"]) == {"i": 45_000}
    store.save_draft("i", {"x": "c"}, active_ms=52_000)
    assert store.draft_times(["i"]) == {"i": 52_000} and store.draft("i") == {"x": "c"}
    store.discard_draft("i")
    assert store.draft_times(["i"]) == {}


def test_a_store_of_layout_2_gets_the_time_of_its_drafts(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as raw:  # the drafts and outbox as layout 2 made them
        raw.execute("CREATE TABLE drafts (item_id VARCHAR PRIMARY KEY, answer JSON NOT NULL,"
                    " saved_at FLOAT NOT NULL)")  # fmt: skip
        raw.execute("INSERT INTO drafts VALUES ('i', '{\"x\": \"a\"}', 1.0)")
        raw.execute("PRAGMA user_version=2")
    old = Store.open(path)
    assert old.draft("i") == {"x": "a"} and old.draft_times(["i"]) == {}
    old.save_draft("i", {"x": "b"}, active_ms=3000)
    assert old.draft_times(["i"]) == {"i": 3000}
    old.close()


def test_a_read_is_a_snapshot_beside_a_write_in_progress(store: Store) -> None:
    store.save_draft("i", {"x": "a"})
    with store.write() as conn:
        conn.execute("UPDATE drafts SET answer = '{\"x\": \"b\"}' WHERE item_id = 'i'")
        assert store.draft("i") == {"x": "a"}  # a connection of its own, not the writer's
    assert store.draft("i") == {"x": "b"}


def test_threads_share_one_store_and_close_closes_every_connection(store: Store) -> None:
    together = threading.Barrier(4)

    def work(k: int) -> None:
        for n in range(20):
            store.save_draft(f"t{k}-{n}", {"x": str(n)})
        with store.read() as conn:  # four reads open at once: four connections
            together.wait(timeout=60)
            conn.execute("SELECT count(*) FROM drafts").fetchone()

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(store.drafts([f"t{k}-{n}" for k in range(4) for n in range(20)])) == 80
    wal = store.path.with_name(store.path.name + "-wal")
    assert wal.exists()
    store.close()
    assert not wal.exists()  # SQLite removes it when the last connection closes
    assert store.draft("t0-0") == {"x": "0"}  # and a closed store opens a new one if asked


def test_a_failed_write_is_rolled_back_and_the_store_goes_on(store: Store) -> None:
    with pytest.raises(StoreError, match="could not be written"):
        with store.write() as conn:
            conn.execute("INSERT INTO drafts VALUES ('i', '{}', 1.0, 0)")
            conn.execute("INSERT INTO drafts VALUES ('i', '{}', 2.0, 0)")  # the same key
    assert store.draft("i") is None
    store.save_draft("i", {"x": "a"})
    assert store.draft("i") == {"x": "a"}
