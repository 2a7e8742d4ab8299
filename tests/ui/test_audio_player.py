"""The transport over QMediaPlayer: real playback (no sound card needed), seeks,
speed and the end of the clip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from labeler.ui.audio.player import RATES, Transport

DEMO = Path(__file__).resolve().parents[2] / "labeler" / "server" / "demo" / "audio"


@pytest.fixture
def transport(qtbot: QtBot) -> Iterator[Transport]:
    # Owned by a widget that qtbot deletes through the event loop: a media player
    # destroyed by Python's garbage collector can crash the FFmpeg backend's threads.
    owner = QWidget()
    qtbot.addWidget(owner)
    t = Transport(owner)
    yield t
    t.stop()


def test_seeks_while_paused_only_move_the_head(qtbot: QtBot, transport: Transport) -> None:
    transport.set_source(DEMO / "call-01-greeting.ogg", 5.97)
    with qtbot.waitSignal(transport.position_changed) as blocker:
        transport.seek(2.5)
    assert blocker.args == [2.5] and transport.position == 2.5
    transport.seek(99)
    assert transport.position == 5.97
    transport.seek(-1)
    assert transport.position == 0.0
    assert transport._player is None  # nothing decoded for a seek


def test_play_advances_the_head_and_pause_holds_it(qtbot: QtBot, transport: Transport) -> None:
    transport.set_source(DEMO / "call-01-greeting.ogg", 5.97)
    transport.seek(1.0)
    with qtbot.waitSignal(transport.playing_changed) as blocker:
        transport.play()
    assert blocker.args == [True]
    qtbot.waitUntil(lambda: transport.position > 1.3, timeout=5000)
    with qtbot.waitSignal(transport.playing_changed):
        transport.pause()
    held = transport.position
    assert 1.3 < held < 5.97
    qtbot.waitSignal(transport.position_changed, timeout=100, raising=False).wait()
    assert transport.position == held


def test_play_right_after_a_seek_starts_there_while_the_file_opens(
    qtbot: QtBot, transport: Transport
) -> None:
    transport.set_source(DEMO / "call-02-billing.ogg", 7.72)
    transport.seek(3.0)
    transport.play()  # the player is created and handed the file only now
    assert transport._player is not None
    qtbot.waitUntil(lambda: transport._player.position() >= 3100, timeout=5000)  # type: ignore[union-attr]
    assert transport.position >= 3.0


def test_playback_stops_at_the_end(qtbot: QtBot, transport: Transport, tmp_path: Path) -> None:
    path = tmp_path / "short.wav"
    sf.write(path, np.zeros(8000, np.float32), 16_000)  # half a second
    transport.set_source(path, 0.5)
    transport.play()
    qtbot.waitUntil(lambda: not transport.playing, timeout=5000)
    assert transport.position == 0.5
    transport.play()  # from the top again
    assert transport.playing and transport.position < 0.1


def test_speed_steps(transport: Transport) -> None:
    assert transport.rate == 1.0
    assert transport.step_rate(1) == 1.25
    for _ in range(10):
        transport.step_rate(1)
    assert transport.rate == RATES[-1]
    for _ in range(10):
        transport.step_rate(-1)
    assert transport.rate == RATES[0]
