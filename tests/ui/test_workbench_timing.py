"""The trace times what the annotator sees: a switch ends when the item's content paints,
never when a placeholder does (the picture still being decoded)."""

from __future__ import annotations

import threading
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


@pytest.fixture
def slow_pictures(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Every picture but the first waits for the event before it is decoded."""
    release = threading.Event()
    real = decode.prepare_image

    def gated(path: Any, *args: Any, **kwargs: Any) -> Any:
        if not str(path).endswith("picture-0.png"):
            release.wait(30)
        return real(path, *args, **kwargs)

    for module in (decode, editor, loader):
        if hasattr(module, "prepare_image"):
            monkeypatch.setattr(module, "prepare_image", gated)
    return release


def test_a_placeholder_paint_never_ends_a_switch(
    qtbot: QtBot, tmp_path: Path, slow_pictures: threading.Event
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
