"""The group writer: writes share a commit, and one failing undoes only itself."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert, select
from sqlalchemy.orm import Session, sessionmaker

from labeler.server.groupcommit import GroupWriter

metadata = MetaData()
notes = Table("notes", metadata, Column("id", Integer, primary_key=True), Column("text", String))


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[tuple[GroupWriter, sessionmaker[Session]]]:
    engine = create_engine(f"sqlite:///{tmp_path / 'group.sqlite3'}")
    metadata.create_all(engine)
    factory = sessionmaker(bind=engine)
    group = GroupWriter(factory)
    yield group, factory
    group.close()
    engine.dispose()


def _texts(factory: sessionmaker[Session]) -> set[str]:
    with factory() as session:
        return set(session.execute(select(notes.c.text)).scalars())


def _add(text: str, fail: bool = False):  # type: ignore[no-untyped-def]
    def write(session: Session) -> str:
        session.execute(insert(notes), {"text": text})
        if fail:
            raise ValueError(text)
        return text

    return write


def test_a_write_returns_its_result_once_committed(writer) -> None:  # type: ignore[no-untyped-def]
    group, factory = writer
    assert group.submit(_add("first")).result(10) == "first"
    assert _texts(factory) == {"first"}


def test_a_failing_write_undoes_only_itself(writer) -> None:  # type: ignore[no-untyped-def]
    group, factory = writer
    with pytest.raises(ValueError, match="broken"):
        group.submit(_add("broken", fail=True)).result(10)
    group.submit(_add("kept")).result(10)
    assert _texts(factory) == {"kept"}


def test_a_write_with_its_own_savepoint_undoes_only_itself(writer) -> None:  # type: ignore[no-untyped-def]
    group, factory = writer

    def own(text: str, fail: bool):  # type: ignore[no-untyped-def]
        def write(session: Session) -> str:
            with session.begin_nested():
                return _add(text, fail)(session)  # type: ignore[no-any-return]

        return write

    with pytest.raises(ValueError):
        group.submit(own("broken", True), savepoint=False).result(10)
    assert group.submit(own("kept", False), savepoint=False).result(10) == "kept"
    assert _texts(factory) == {"kept"}


def test_writes_from_many_threads_all_land(writer) -> None:  # type: ignore[no-untyped-def]
    group, factory = writer
    errors: list[BaseException] = []

    def post(n: int) -> None:
        try:
            for i in range(20):
                group.submit(_add(f"{n}-{i}", fail=i == 7)).result(10)
        except ValueError:
            pass
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=post, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    # Each thread stops at its failing write (i == 7): seven writes each are stored.
    assert _texts(factory) == {f"{n}-{i}" for n in range(8) for i in range(7)}


def test_a_cancelled_write_is_skipped_and_its_group_still_answers(writer) -> None:  # type: ignore[no-untyped-def]
    group, factory = writer
    # Hold the writer in a first group so that the next writes queue up behind it.
    entered, release = threading.Event(), threading.Event()

    def slow(session: Session) -> str:
        entered.set()
        release.wait(10)
        return _add("slow")(session)  # type: ignore[no-any-return]

    first = group.submit(slow)
    assert entered.wait(10)
    given_up = group.submit(_add("given up"))
    kept = group.submit(_add("kept"))
    assert given_up.cancel()  # an awaiting request was cancelled (its client went away)
    release.set()
    assert first.result(10) == "slow"
    assert kept.result(10) == "kept"
    assert group.submit(_add("after")).result(10) == "after"  # the writer thread is still serving
    assert _texts(factory) == {"slow", "kept", "after"}
