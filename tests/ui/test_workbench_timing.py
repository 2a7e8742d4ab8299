"""The trace times what the annotator sees: a switch ends when the item's content paints,
never when a placeholder does (the picture still being decoded). Each picture is decoded
once, whoever asks for it first."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from labeler.client.trace import Trace
from labeler.ui.image import decode, editor, loader
from tests.ui.labeling import open_labeling


class Recorded(Trace):
    """A trace that keeps its events in memory."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[dict[str, Any]] = []

    def event(self, name: str, **fields: Any) -> None:
        self.events.append({"event": name, **fields})

    def named(self, name: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e["event"] == name]


class Gate(threading.Event):
    """Set: the pictures after the first may be decoded. Counts the decodes of each file."""

    def __init__(self) -> None:
        super().__init__()
        self.decoded: Counter[str] = Counter()


@pytest.fixture
def slow_pictures(monkeypatch: pytest.MonkeyPatch) -> Gate:
    """Every picture but the first waits for the gate before it is decoded."""
    release = Gate()
    real = decode.prepare_image

    def gated(path: Any, *args: Any, **kwargs: Any) -> Any:
        release.decoded[Path(path).name] += 1
        if not str(path).endswith("picture-0.png"):
            release.wait(30)
        return real(path, *args, **kwargs)

    for module in (decode, editor, loader):
        if hasattr(module, "prepare_image"):
            monkeypatch.setattr(module, "prepare_image", gated)
    return release


def test_a_placeholder_paint_never_ends_a_switch(
    qtbot: QtBot, tmp_path: Path, slow_pictures: Gate
) -> None:
    window, session, _ = open_labeling(qtbot, "image", tmp_path, count=3)
    trace = session.trace = Recorded()
    first = session.item.id
    session.pick_label("scene", "urban")
    session.submit()
    qtbot.waitUntil(lambda: bool(trace.named("placeholder_shown")), timeout=10000)
    assert session.item.id != first and session.editor.loading
    qtbot.wait(200)  # the placeholder painted, and painted again: still no switch ended
    assert trace.named("item_shown") == [] and not session.settled

    slow_pictures.set()
    qtbot.waitUntil(lambda: session.settled, timeout=15000)
    [placeholder] = trace.named("placeholder_shown")
    [shown] = trace.named("item_shown")
    assert placeholder["item_id"] == shown["item_id"] == session.item.id
    assert shown["latency_ms"] >= placeholder["latency_ms"] + 200
    assert not session.editor.loading


def test_an_item_prepared_ahead_shows_without_a_placeholder(qtbot: QtBot, tmp_path: Path) -> None:
    window, session, _ = open_labeling(qtbot, "image", tmp_path, count=3)
    trace = session.trace = Recorded()
    second = session.queue.after(session.item.id)
    assert second is not None
    qtbot.waitUntil(lambda: session.queue.is_prepared(second.item.id), timeout=15000)
    session.pick_label("scene", "rural")
    session.submit()
    qtbot.waitUntil(lambda: session.settled and session.item.id == second.item.id, timeout=15000)
    assert trace.named("placeholder_shown") == []
    [shown] = trace.named("item_shown")
    assert shown["item_id"] == second.item.id


def test_a_picture_shown_while_it_is_prepared_ahead_is_decoded_once(
    qtbot: QtBot, tmp_path: Path, slow_pictures: Gate
) -> None:
    window, session, _ = open_labeling(qtbot, "image", tmp_path, count=4)
    qtbot.waitUntil(lambda: slow_pictures.decoded["picture-1.png"] == 1)  # prepared ahead
    for label in ("urban", "rural"):
        shown = session.item.id
        session.pick_label("scene", label)
        session.submit()
        qtbot.waitUntil(lambda shown=shown: session.item.id != shown)  # its decode still held
        qtbot.wait(100)
        slow_pictures.set()
        qtbot.waitUntil(lambda: session.settled, timeout=15000)
        slow_pictures.clear()
    slow_pictures.set()
    qtbot.waitUntil(lambda: slow_pictures.decoded["picture-3.png"] >= 1, timeout=15000)
    qtbot.wait(300)
    # Every picture once: the one on screen waited for the decode begun ahead of it.
    assert set(slow_pictures.decoded.values()) == {1}, slow_pictures.decoded


def test_decoding_threads_are_bounded_and_give_way_to_the_gui_thread(qtbot: QtBot) -> None:
    import os

    from labeler.ui.tasks import DECODE_WORKERS, decode_pool, on_decode_pool

    assert DECODE_WORKERS == max(1, os.cpu_count() or 1)
    assert decode_pool().maxThreadCount() == DECODE_WORKERS
    seen: list[tuple[int, int]] = []

    def look() -> None:
        thread = threading.get_native_id()
        seen.append((os.sched_getscheduler(thread), os.getpriority(os.PRIO_PROCESS, thread)))

    on_decode_pool(look)
    assert decode_pool().waitForDone(10_000)
    # Batch work: the GUI thread goes first, and the decode keeps its share of the CPU
    # against other processes (its nice value is the process's own).
    assert seen == [(os.SCHED_BATCH, os.getpriority(os.PRIO_PROCESS, 0))]


def test_pictures_prepared_before_the_editor_shows_fit_its_place_not_the_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # The first items start decoding before the editor is built: fitted to the screen,
    # each would be decoded at up to four times the pixels and scaled on every paint.
    _, session, _ = open_labeling(qtbot, "image", tmp_path, count=4)
    canvas = session.editor.canvas
    fit = canvas.viewportTransform().mapRect(canvas.image_item.boundingRect())
    shown = canvas.image_item.image()
    assert fit.width() - 1 <= shown.width() <= fit.width() + 3
    assert fit.height() - 1 <= shown.height() <= fit.height() + 3


def test_a_page_not_shown_yet_prepares_pictures_for_the_screen(qtbot: QtBot) -> None:
    from labeler.ui.editor import picture_box
    from labeler.ui.workbench.page import WorkbenchPage

    page = WorkbenchPage()
    qtbot.addWidget(page)
    assert page.editor_box() == picture_box(page)
