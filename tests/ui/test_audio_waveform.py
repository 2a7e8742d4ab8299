"""The waveform view on its own: wheel zoom and scroll, following the play head,
and paint time on a 30-minute recording."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labeler.ui.audio.peaks import Peaks, compute_peaks
from labeler.ui.audio.waveform import Lane, WaveformView

RATE = 16_000


@pytest.fixture(scope="module")
def long_peaks(tmp_path_factory: pytest.TempPathFactory) -> Peaks:
    path = tmp_path_factory.mktemp("wave") / "thirty-minutes.wav"
    rng = np.random.default_rng(7)
    minute = rng.normal(0, 0.2, 60 * RATE).astype(np.float32)
    minute[: 10 * RATE] *= 0.05
    with sf.SoundFile(path, "w", RATE, 1, "PCM_16") as f:
        for _ in range(30):
            f.write(minute)
    peaks = compute_peaks(path)
    assert isinstance(peaks, Peaks)
    return peaks


@pytest.fixture
def view(qtbot: QtBot, long_peaks: Peaks) -> WaveformView:
    wave = WaveformView()
    qtbot.addWidget(wave)
    wave.resize(1366, 300)
    wave.show()
    qtbot.waitExposed(wave)
    wave.lanes = [
        Lane(
            "regions",
            {"speech": "#4363d8"},
            [{"label": "speech", "start": 60.0 * i, "end": 60.0 * i + 20} for i in range(30)],
            [{"label": "speech", "start": 60.0 * i + 1, "end": 60.0 * i + 21} for i in range(30)],
        )
    ]
    wave.set_audio(long_peaks, long_peaks.duration, None)
    return wave


def wheel(wave: WaveformView, dy: int, modifiers: Qt.KeyboardModifier) -> None:
    pos = QPointF(wave.width() / 2, 150)
    event = QWheelEvent(
        pos,
        wave.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, dy),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(wave, event)


def test_ctrl_wheel_zooms_around_the_pointer_and_wheel_scrolls(view: WaveformView) -> None:
    assert view.view.fits
    changes: list[None] = []
    view.view_changed.connect(lambda: changes.append(None))
    middle = view.view.t_of(view.width() / 2)
    for _ in range(8):
        wheel(view, 120, Qt.KeyboardModifier.ControlModifier)
    assert view.view.seconds_per_px < 1800 / 1366 / 5
    assert view.view.t_of(view.width() / 2) == pytest.approx(middle, abs=view.view.seconds_per_px)
    start = view.view.start
    wheel(view, -120, Qt.KeyboardModifier.NoModifier)
    assert view.view.start > start
    assert len(changes) == 9


def test_the_view_pages_to_follow_the_play_head(view: WaveformView) -> None:
    view.zoom(100)
    view.scroll_to(0)
    span = view.view.span
    view.set_position(span * 0.5, follow=True)
    assert view.view.start == 0
    view.set_position(span * 1.2, follow=True)
    assert view.view.start < span * 1.2 < view.view.end
    # Scrolled away by hand: the head is not chased until it is in view again.
    view.scroll_to(1000)
    view.set_position(span * 1.3, follow=True)
    assert view.view.start == 1000
    view.reveal(span * 1.3)
    assert view.view.start <= span * 1.3 <= view.view.end


@pytest.mark.slow
def test_painting_a_thirty_minute_file_at_any_zoom(view: WaveformView) -> None:
    # How long a paint takes is measured by benchmarks/audio_long.py.
    view.grab()
    for factor in (1, 10, 100, 1000):
        view.fit()
        view.zoom(factor)
        view.scroll_to(900 - view.view.span / 2)
        for _ in range(3):
            start = view.view.start
            view.scroll_to(start + view.view.span / 7)  # a new image each frame
            assert view.view.start >= start  # a fitted view has nowhere to go
            image = view.grab().toImage()
            assert image.width() == view.width() and not image.isNull()
