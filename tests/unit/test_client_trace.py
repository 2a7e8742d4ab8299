"""The LABELER_TRACE writer: JSON lines, flushed per event, thread-safe, never raising."""

from __future__ import annotations

import io
import json
import logging
import threading
from pathlib import Path

from labeler.client.trace import Trace, open_trace


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_unset_variable_gives_a_silent_trace():
    trace = open_trace({})
    assert not trace.enabled
    trace.startup(10)
    trace.item_shown("i-1", 5)
    trace.close()


def test_every_event_is_one_flushed_line(tmp_path):
    path = tmp_path / "trace.jsonl"
    trace = open_trace({"LABELER_TRACE": str(path)})
    assert trace.enabled
    trace.startup(812.44)
    # Readable before close: flushed per event.
    assert lines(path) == [{"event": "startup", "ms": 812.4, "t": lines(path)[0]["t"]}]
    trace.item_shown("i-7", 41.04)
    trace.submitted("i-7", "s-1", active_ms=3200)
    trace.uploaded("s-1", attempts=2)
    trace.gold_feedback("i-7", passed=False, score=0.5)
    trace.close()
    got = lines(path)
    assert [e["event"] for e in got] == [
        "startup",
        "item_shown",
        "submitted",
        "uploaded",
        "gold_feedback",
    ]
    assert got[1] == {"event": "item_shown", "item_id": "i-7", "latency_ms": 41.0, "t": got[1]["t"]}
    assert got[2]["submission_id"] == "s-1" and got[2]["active_ms"] == 3200
    assert got[3]["attempts"] == 2
    assert got[4]["passed"] is False and got[4]["score"] == 0.5
    assert all(isinstance(e["t"], float) and e["t"] > 1.6e9 for e in got)


def test_wall_clock_comes_from_the_injected_clock():
    stream = io.StringIO()
    Trace(stream, clock=lambda: 1234.56789).event("startup", ms=1)
    assert json.loads(stream.getvalue()) == {"event": "startup", "ms": 1, "t": 1234.568}


def test_appends_to_an_existing_file_and_makes_its_folder(tmp_path):
    path = tmp_path / "deep" / "trace.jsonl"
    for n in range(2):
        trace = open_trace({"LABELER_TRACE": str(path)})
        trace.startup(n)
        trace.close()
    assert [e["ms"] for e in lines(path)] == [0, 1]


def test_values_json_cannot_hold_are_written_as_text():
    stream = io.StringIO()
    Trace(stream).event("uploaded", path=Path("/x"))
    assert json.loads(stream.getvalue())["path"] == "/x"


def test_threads_never_interleave_lines(tmp_path):
    path = tmp_path / "trace.jsonl"
    trace = open_trace({"LABELER_TRACE": str(path)})

    def work(n: int) -> None:
        for i in range(200):
            trace.item_shown(f"item-{n}-{i}", i, note="x" * 300)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    trace.close()
    got = lines(path)
    assert len(got) == 1600
    assert len({e["item_id"] for e in got}) == 1600


class FailingStream(io.StringIO):
    def write(self, s: str) -> int:
        raise OSError("No space left on device")


def test_a_failing_write_turns_tracing_off_with_one_warning(caplog):
    trace = Trace(FailingStream())
    with caplog.at_level(logging.WARNING, logger="labeler.client.trace"):
        trace.startup(1)
        trace.item_shown("i", 2)
        trace.submitted("i", "s")
    assert not trace.enabled
    assert len(caplog.records) == 1
    assert "No space left" in caplog.records[0].getMessage()


def test_writing_after_close_is_harmless(tmp_path):
    trace = open_trace({"LABELER_TRACE": str(tmp_path / "t.jsonl")})
    trace.close()
    trace.close()
    trace.startup(1)
    assert lines(tmp_path / "t.jsonl") == []


def test_an_unopenable_file_gives_a_silent_trace_and_one_warning(tmp_path, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with caplog.at_level(logging.WARNING, logger="labeler.client.trace"):
        trace = open_trace({"LABELER_TRACE": str(blocker / "trace.jsonl")})
    assert not trace.enabled
    trace.startup(1)
    assert len(caplog.records) == 1
