"""A store file made by an earlier workbench opens, reads back the same, and takes writes.

`tests/data/store/v3.sqlite3` was made at layout 3 by the workbench whose store ran on
SQLAlchemy (`fill` below, run with `python -m tests.client.test_store_file`), and
`v3-readout.json` is what that workbench read back from it (`readout`). Both are kept as
they were made: they are the files annotators have on their disks, and remaking them with
later code would prove nothing.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import sys
from contextlib import closing
from decimal import Decimal
from pathlib import Path
from typing import Any

from labeler.client import amending, wire
from labeler.client.errors import ItemComplete
from labeler.client.mediacache import DISPLAY, ORIGINAL, MediaCache
from labeler.client.outbox import Outbox
from labeler.client.store import Store
from labeler.client.workitem import WorkItem
from labeler.client.workqueue import WorkQueue

DATA = Path(__file__).resolve().parents[1] / "data" / "store"
URL = "http://127.0.0.1:8470/api/v1"
USD = wire.Reward(Decimal("0.05"), "USD")
PICTURE = "ab" * 32  # a media file that is ready
BROKEN = "cd" * 32  # one whose display variant failed twice
ITEMS = [f"b1-i{k}" for k in range(10)] + ["b2-i0", "b2-i1", "elsewhere"]
ENTRY = (
    "id", "item_id", "batch_id", "project_id", "body", "state", "attempts", "last_error",
    "created_at", "active_ms", "skipped", "reward", "status_code", "response", "status",
    "gold", "done_at", "amends", "amended_by", "corrected_at",
)  # fmt: skip
VERDICT = (
    "submission_id", "item_id", "project_id", "skill", "counts_for_skill", "passed", "score",
    "received_at",
)  # fmt: skip
BATCH = (
    "id", "project_id", "schema_version", "lease_expires_at", "heartbeat_at", "leased_at",
    "open_items",
)  # fmt: skip


def _batch(batch_id: str, n: int) -> wire.Batch:
    return wire.parse_batch(
        {
            "id": batch_id,
            "project_id": "p",
            "schema_version": 2,
            "lease_expires_at": "2100-01-01T00:00:00Z",
            "items": [
                {"id": f"{batch_id}-i{k}", "text": f"text {k}", "data": {"k": k, "é": [1.5]}}
                for k in range(n)
            ],
        }
    )


def _body(item_id: str, **more: Any) -> dict[str, Any]:
    return {
        "id": f"sub-{item_id}",
        "batch_id": item_id.split("-")[0],
        "item_id": item_id,
        "schema_version": 2,
        "answer": {"scene": "urban"},
        "started_at": "2026-01-01T00:00:00Z",
        "submitted_at": "2026-01-01T00:00:02Z",
        "active_ms": 2000,
        **more,
    }


def fill(path: Path, media_root: Path) -> None:
    """Put a few rows in every table, through the store's own methods."""
    store = Store.open(path)
    store.set_profile(URL, "amir", "u1")
    store.save_me(
        wire.parse_me(
            {
                "id": "u1",
                "username": "amir",
                "roles": ["annotator"],
                "skills": {"streets": {"gold_answered": 3, "gold_passed": 2, "accuracy": 0.67}},
                "earnings": {"USD": "1.25"},
            }
        )
    )
    projects = [
        {"id": p, "name": p.upper(), "media": "text", "schema_version": 2, "training": False}
        for p in ("p", "q")
    ]
    store.save_projects([wire.parse_project(p) for p in projects])
    store.save_projects([wire.parse_project(projects[1])])  # p stays known, unlisted
    schema = {"title": "Streets", "media": "text", "fields": [
        {"name": "scene", "kind": "choice", "labels": [{"value": "urban"}, {"value": "rural"}]},
    ]}  # fmt: skip
    store.save_schema("p", wire.parse_schema_version({**schema, "version": 2}))

    work, outbox = WorkQueue(store), Outbox(store)
    work.add_batch(_batch("b1", 10))
    work.add_batch(_batch("b2", 2))
    work.released("b2")
    gold = {"passed": True, "score": 0.9, "fields": {"scene": 0.9}, "expected": {}, "hint": None}
    missed = {"passed": False, "score": 0.1, "fields": {"scene": 0.1}, "expected": {}}
    first = [outbox.add(_body(f"b1-i{k}"), "p", USD) for k in (0, 1, 2, 8)]
    scored, refused, replaced, training = outbox.take()
    outbox.uploaded(scored, wire.Accepted(201, scored.id, "accepted", gold), "streets", True)
    outbox.refused(refused, ItemComplete(409, "item_complete", "Full.", {}))
    outbox.uploaded(replaced, wire.Accepted(200, replaced.id, "pending", None), "streets", True)
    outbox.uploaded(training, wire.Accepted(201, training.id, "accepted", missed), "t", False)
    assert [e.id for e in first] == [scored.id, refused.id, replaced.id, training.id]
    outbox.add(_body("b1-i3"), "p", USD)
    outbox.take()  # left uploading, as after a crash mid-upload
    outbox.add(_body("b1-i4"), "p", USD)
    uploading, offline = outbox.take()
    outbox.unsent([offline], "offline")
    fix = {"id": "fix-b1-i2", "amends": replaced.id, "answer": {"scene": "rural"}}
    amending.amend(
        store, replaced.id, lambda body, _: {**body, **fix}, WorkItem("b1-i2", "b1", "p", 2)
    )
    outbox.add(_body("b1-i5", answer=None, skip_reason="unreadable"), "p", USD)
    outbox.add(_body("b1-i6"), "p", wire.Reward(Decimal("0.125"), "EUR"))
    amending.amend(
        store,
        "sub-b1-i6",
        lambda body, _: {**body, "answer": {"scene": "rural"}, "active_ms": 5000},
        WorkItem("b1-i6", "b1", "p", 2),
    )
    store.save_draft("b1-i7", {"scene": "rural", "note": "ünïcode"}, active_ms=12_000)
    store.save_draft("elsewhere", {"scene": "urban"})
    store.record("item_shown", project_id="p", item_id="b1-i7", data={"latency_ms": 12.5})
    store.record("session_started")

    cache = MediaCache(store, media_root)
    picture = cache.file_for(PICTURE, ORIGINAL)
    picture.parent.mkdir(parents=True)
    picture.write_bytes(b"picture")
    cache.mark_ready(PICTURE, ORIGINAL, picture)
    cache.mark_failed(BROKEN, DISPLAY, "timed out")
    cache.mark_failed(BROKEN, DISPLAY, "checksum mismatch")
    store.close()


def _pick(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in names}


def readout(store: Store, media_root: Path) -> Any:
    """Everything the workbench reads from a store, as JSON (compared as such)."""
    work, outbox, cache = WorkQueue(store), Outbox(store), MediaCache(store, media_root)
    profile = store.profile()
    assert profile is not None and profile.me is not None
    unlisted, schema = store.project("p"), store.schema("p", 2)
    assert unlisted is not None and schema is not None
    states = outbox.item_states()
    ready = cache.ready(PICTURE, ORIGINAL)
    found = {
        "profile": [profile.server_url, profile.username, profile.user_id, profile.me.raw,
                    profile.me_fetched_at],
        "projects": [[p.id, p.name, p.raw] for p in store.projects()],
        "unlisted": unlisted.raw,
        "schema": [schema.version, schema.raw, [f.name for f in schema.schema.fields]],
        "drafts": [store.drafts(ITEMS), store.draft_times(ITEMS), store.draft("b1-i7")],
        "events": [[e.at, e.kind, e.project_id, e.item_id, e.submission_id, e.data]
                   for e in store.events()],
        "outbox": [_pick(e, ENTRY) for e in outbox.entries()],
        "unsent": [e.id for e in outbox.entries(["waiting", "uploading"], project_id="p")],
        "counts": [outbox.counts(), outbox.waiting_items(), sorted(states.unsent),
                   sorted(states.refused)],
        "verdicts": [_pick(v, VERDICT) for v in outbox.verdicts()],
        "open": [[s.seq, s.item.id, s.state, s.submission_id, s.item.text, s.item.data]
                 for s in work.open_items("p")],
        "items": [[s.seq, s.state, s.submission_id, s.item.batch_id, s.item.schema_version]
                  for s in (work.item(i.split("-")[0], i) for i in ITEMS[:-1]) if s],
        "batches": [_pick(b, BATCH) for b in work.live_batches()],
        "open_count": work.open_count("p"),
        "recent": [[a.item.id, a.entry.id, a.blocked, a.spent_ms, a.answer, a.skip_reason]
                   for a in amending.recent(store, "p")],
        "media": [ready.relative_to(media_root).as_posix() if ready else None,
                  cache.failure(BROKEN, DISPLAY), cache.failure(PICTURE, ORIGINAL)],
    }  # fmt: skip
    return json.loads(json.dumps(found, default=str))


def _copy(tmp_path: Path) -> tuple[Path, Path]:
    """The kept store file, and its media, in a place of the test's own (opening writes)."""
    path = tmp_path / "v3.sqlite3"
    shutil.copyfile(DATA / "v3.sqlite3", path)
    picture = tmp_path / "media" / PICTURE[:2] / PICTURE
    picture.parent.mkdir(parents=True)
    picture.write_bytes(b"picture")
    return path, tmp_path / "media"


def test_a_store_made_by_the_earlier_workbench_reads_back_the_same(tmp_path: Path) -> None:
    path, media = _copy(tmp_path)
    store = Store.open(path)
    try:
        found = readout(store, media)
    finally:
        store.close()
    expected = json.loads((DATA / "v3-readout.json").read_text(encoding="utf-8"))
    # What an answer took (`spent_ms`) is now its own time, without its correction's,
    # which the earlier workbench added in: b1-i2's answer took 2 s, its correction 2 s.
    for answered in expected["recent"]:
        if answered[1] == "fix-b1-i2":
            answered[3] -= 2000
    assert found.keys() == expected.keys()
    for key in expected:
        assert found[key] == expected[key], key
    assert len(found["outbox"]) == 9 and found["verdicts"] and found["events"]


def test_a_store_made_by_the_earlier_workbench_takes_new_writes(tmp_path: Path) -> None:
    path, media = _copy(tmp_path)
    store = Store.open(path)
    try:
        work, outbox = WorkQueue(store), Outbox(store)
        fix = amending.amend(  # never sent: corrected in place
            store,
            "fix-b1-i2",
            lambda body, _: {**body, "answer": {"scene": "urban"}},
            WorkItem("b1-i2", "b1", "p", 2),
        )
        entry = outbox.add(_body("b1-i7"), "p", USD)
        assert store.draft("b1-i7") is None  # the submit dropped it
        (uploading,) = [e for e in outbox.take() if e.id == entry.id]
        gold = {"passed": False, "score": 0.0, "fields": {}}
        assert outbox.uploaded(uploading, wire.Accepted(201, entry.id, "accepted", gold), "s", True)
        store.save_draft("b1-i9", {"scene": "urban", "note": "ünïcode"}, active_ms=700)
        work.add_batch(_batch("b3", 1))
        MediaCache(store, media).mark_failed(PICTURE, DISPLAY, "refused")
    finally:
        store.close()

    again = Store.open(path)
    try:
        outbox = Outbox(again)
        stored = outbox.get(entry.id)
        assert stored is not None and stored.state == "uploaded" and stored.gold == gold
        assert stored.body == entry.body and stored.skipped is False
        assert [v.submission_id for v in outbox.verdicts()][-1] == entry.id
        corrected = outbox.get("fix-b1-i2")
        assert corrected is not None and corrected.body == fix.body
        assert corrected.body["answer"] == {"scene": "urban"} and corrected.corrected_at
        assert again.draft_times(["b1-i9"]) == {"b1-i9": 700}
        with closing(_reader(DATA / "v3.sqlite3")) as old:
            (kept,) = old.execute("SELECT answer FROM drafts WHERE item_id = 'b1-i7'").fetchone()
        with closing(sqlite3.connect(path)) as raw:  # stored as the earlier workbench did
            (draft,) = raw.execute("SELECT answer FROM drafts WHERE item_id = 'b1-i9'").fetchone()
            kinds = raw.execute(
                "SELECT DISTINCT typeof(skipped), typeof(gold), typeof(response) FROM outbox"
                " WHERE id IN (?, ?)",
                (entry.id, "sub-b1-i0"),
            ).fetchall()
        assert draft == kept.replace("rural", "urban") and "\\u00fc" in draft
        assert kinds == [("integer", "text", "text")]
        assert [s.item.id for s in WorkQueue(again).open_items("p")] == ["b1-i9", "b3-i0"]
        assert MediaCache(again, media).failure(PICTURE, DISPLAY) == (1, "refused")
        kinds = [e.kind for e in again.events()][-4:]
        assert kinds == ["amended", "submitted", "uploaded", "gold_feedback"]
    finally:
        again.close()


def _reader(path: Path) -> sqlite3.Connection:
    """A connection that only reads a closed file (and leaves no -wal or -shm beside it)."""
    return sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)


def _layout(path: Path) -> dict[str, Any]:
    """Each table's columns (name, type, not null, default, key), indexes and unique
    constraints, as SQLite itself reports them."""
    with closing(_reader(path)) as conn:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        layout = {}
        for name in sorted(names):
            indexes = {}
            for _, index, unique, origin, partial in conn.execute(f"PRAGMA index_list({name})"):
                columns = [c for _, _, c in conn.execute(f"PRAGMA index_info({index})")]
                key = index if origin == "c" else f"{origin}:{','.join(columns)}"
                indexes[key] = [unique, origin, partial, columns]
            layout[name] = {
                "columns": conn.execute(f"PRAGMA table_xinfo({name})").fetchall(),
                "indexes": indexes,
                "foreign_keys": conn.execute(f"PRAGMA foreign_key_list({name})").fetchall(),
            }
    return layout


def _sql(path: Path) -> dict[str, str]:
    """The CREATE statements, without comments and with spacing made uniform."""
    with closing(_reader(path)) as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        plain = {name: re.sub(r"--[^\n]*", "", sql) for name, sql in rows}
    return {
        name: re.sub(r"\s*([(),])\s*", r"\1", " ".join(sql.split())) for name, sql in plain.items()
    }


def test_a_new_store_has_the_layout_of_the_earlier_workbench(tmp_path: Path) -> None:
    Store.open(tmp_path / "new.sqlite3").close()
    made, kept = tmp_path / "new.sqlite3", DATA / "v3.sqlite3"
    assert _layout(made) == _layout(kept)
    assert _sql(made) == _sql(kept)
    with closing(_reader(made)) as new, closing(_reader(kept)) as old:
        version = "PRAGMA user_version"
        assert new.execute(version).fetchone() == old.execute(version).fetchone() == (3,)
    # Bytes 18 and 19 of the header: 2 and 2 for a file in WAL mode (it stays in the file).
    assert made.read_bytes()[18:20] == kept.read_bytes()[18:20] == b"\x02\x02"


def main(out: Path) -> None:
    """Make the kept store file and what the workbench reads from it (see above)."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "v3.sqlite3"
    path.unlink(missing_ok=True)
    with closing(sqlite3.connect(path)) as small:  # 512-byte pages: the file stays small
        small.execute("PRAGMA page_size=512")
        small.execute("VACUUM")
    media = out / "media-tmp"
    fill(path, media)
    store = Store.open(path)
    found = readout(store, media)
    store.close()
    shutil.rmtree(media)
    text = json.dumps(found, indent=1, ensure_ascii=False, sort_keys=True)
    (out / "v3-readout.json").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA)
