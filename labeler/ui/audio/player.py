"""Playback: QMediaPlayer behind a small transport that owns the play head.

The play head is ours, in seconds: seeks while paused only move it (and reach the
player when it plays), and while playing it is interpolated between the player's
coarse position reports so the head glides at the frame rate. The source is handed
to QMediaPlayer lazily, after the item is on screen, so showing an item never waits
on the decoder.

Whether a sound device is there is read from QtMultimedia when the player opens (and
again when devices come and go): without one, playback still runs and the head moves,
in silence, and `sound_changed(False)` lets the editor say so in the window.

Every command reaches QMediaPlayer through the event loop (a queued slot call), never
straight from Python: the FFmpeg backend's audio thread calls back into our Python
wrappers (which needs the GIL) while it holds Qt locks, so a direct `stop()` made
with the GIL held can deadlock the GUI (seen with Qt 6.11 and 6.12).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    Q_ARG,
    QElapsedTimer,
    QGenericArgumentHolder,
    QMetaObject,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtMultimedia import QAudioDevice, QAudioOutput, QMediaDevices, QMediaPlayer

#: Playback speeds the speed keys step through.
RATES = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
FRAME_MS = 16
# Time to let the item paint before the decoder opens the file.
PRELOAD_MS = 150


def audio_outputs() -> list[QAudioDevice]:
    """The sound output devices QtMultimedia knows now."""
    return list(QMediaDevices.audioOutputs())


class Transport(QObject):
    """Play, pause, seek and speed for one audio file at a time.

    `position_changed(seconds)` fires on every seek and every frame while playing;
    `playing_changed(bool)` when playback starts or stops; `sound_changed(bool)` when
    it is learnt whether a sound device plays it; `failed(message)` when the player
    reports an error.
    """

    position_changed = Signal(float)
    playing_changed = Signal(bool)
    sound_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player: QMediaPlayer | None = None
        self._output: QAudioOutput | None = None
        self._devices: QMediaDevices | None = None
        self._sound: bool | None = None  # None until the player opened
        self._path: Path | None = None
        self._loaded_path: Path | None = None
        self._url = QUrl()  # the source last handed to the player
        self._duration = 0.0
        self._position = 0.0
        self._rate = 1.0
        self._playing = False
        self._anchor = 0.0  # the player's last reported position, in seconds
        self._pending: float | None = None  # a position for a player still loading
        self._clock = QElapsedTimer()
        self._frames = QTimer(self)
        self._frames.setInterval(FRAME_MS)
        self._frames.setTimerType(Qt.TimerType.PreciseTimer)
        self._frames.timeout.connect(self._tick)
        self._preload = QTimer(self)
        self._preload.setSingleShot(True)
        self._preload.setInterval(PRELOAD_MS)
        self._preload.timeout.connect(self._ensure_loaded)

    # -- state -------------------------------------------------------------------

    @property
    def duration(self) -> float:
        return self._duration

    @property
    def position(self) -> float:
        """The play head in seconds."""
        return self._position

    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def rate(self) -> float:
        return self._rate

    @property
    def sound(self) -> bool | None:
        """Whether a sound device plays the audio; None until the player opened."""
        return self._sound

    # -- control -----------------------------------------------------------------

    def set_source(self, path: Path | None, duration: float) -> None:
        """A new item: stop, put the head at 0, and open `path` shortly after."""
        self.stop()
        self._path = path
        self._duration = max(0.0, duration)
        self._position = 0.0
        self.position_changed.emit(0.0)
        if path is not None and path != self._loaded_path:
            self._preload.start()

    def play(self) -> None:
        if self._playing or self._path is None:
            return
        if self._position >= self._duration - 0.01:
            self._position = 0.0  # play from the top once the end was reached
        player = self._ensure_loaded()
        self._call("setPlaybackRate", Q_ARG(float, self._rate))
        self._send_position(player)
        self._call("play")
        self._anchor = self._position
        self._clock.start()
        self._set_playing(True)

    def pause(self) -> None:
        if not self._playing:
            return
        self._position = self._now()
        self._call("pause")
        self._set_playing(False)
        self.position_changed.emit(self._position)

    def toggle(self) -> None:
        """Play when paused, pause when playing."""
        if self._playing:
            self.pause()
        else:
            self.play()

    def stop(self) -> None:
        """Stop playback, keeping the head where it is."""
        self._preload.stop()
        self._pending = None
        self._call("stop")
        self._set_playing(False)

    def seek(self, t: float) -> None:
        """Move the head to `t` seconds (clamped to the clip)."""
        self._position = min(self._duration, max(0.0, t))
        if self._playing and self._player is not None:
            self._send_position(self._player)
            self._anchor = self._position
            self._clock.restart()
        self.position_changed.emit(self._position)

    def set_rate(self, rate: float) -> None:
        self._rate = rate
        self._call("setPlaybackRate", Q_ARG(float, rate))
        if self._playing:  # re-anchor so the interpolation uses the new speed
            self._anchor, _ = self._now(), self._clock.restart()

    def step_rate(self, step: int) -> float:
        """The next slower (-1) or faster (+1) speed of `RATES`; returns it."""
        nearest = min(range(len(RATES)), key=lambda i: abs(RATES[i] - self._rate))
        self.set_rate(RATES[min(len(RATES) - 1, max(0, nearest + step))])
        return self._rate

    # -- the player ---------------------------------------------------------------

    def _ensure_loaded(self) -> QMediaPlayer:
        if self._player is None:
            self._output = QAudioOutput(self)
            self._player = QMediaPlayer(self)
            self._player.setAudioOutput(self._output)
            self._player.positionChanged.connect(self._on_player_position)
            self._player.mediaStatusChanged.connect(self._on_status)
            self._player.errorOccurred.connect(self._on_error)
            self._devices = QMediaDevices(self)
            self._devices.audioOutputsChanged.connect(self._check_sound)
            self._check_sound()
        if self._path != self._loaded_path:
            self._loaded_path = self._path
            self._url = QUrl.fromLocalFile(str(self._path)) if self._path else QUrl()
            self._call("setSource", Q_ARG(QUrl, self._url))
        return self._player

    def _call(self, slot: str, *args: QGenericArgumentHolder) -> None:
        """Queue a QMediaPlayer slot call for the event loop (see the module docstring)."""
        if self._player is not None:
            QMetaObject.invokeMethod(self._player, slot, Qt.ConnectionType.QueuedConnection, *args)

    def _ready(self, player: QMediaPlayer) -> bool:
        """True when the player holds our file, opened (a queued setSource may not
        have run yet, and a player still opening a file ignores seeks)."""
        opening = (QMediaPlayer.MediaStatus.NoMedia, QMediaPlayer.MediaStatus.LoadingMedia)
        return player.source() == self._url and player.mediaStatus() not in opening

    def _send_position(self, player: QMediaPlayer) -> None:
        self._pending = None if self._ready(player) else self._position
        self._call("setPosition", Q_ARG("qint64", round(self._position * 1000)))

    def _on_player_position(self, ms: int) -> None:
        if self._playing and self._player is not None and self._pending is None:
            if self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
                self._anchor = ms / 1000
                self._clock.restart()

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        loaded = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
        player = self._player
        if status in loaded and self._pending is not None and player and self._ready(player):
            self._call("setPosition", Q_ARG("qint64", round(self._pending * 1000)))
            self._pending = None
        if status == QMediaPlayer.MediaStatus.EndOfMedia and self._playing:
            self._position = self._duration
            self._set_playing(False)
            self.position_changed.emit(self._position)
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._set_playing(False)

    def _check_sound(self) -> None:
        sound = bool(audio_outputs())
        if sound != self._sound:
            self._sound = sound
            self.sound_changed.emit(sound)

    def _on_error(self, error: QMediaPlayer.Error, message: str) -> None:
        if error != QMediaPlayer.Error.NoError:
            self.failed.emit(message or "the player gave no reason")

    def _now(self) -> float:
        elapsed = self._clock.elapsed() / 1000 if self._clock.isValid() else 0.0
        return min(self._duration, self._anchor + elapsed * self._rate)

    def _tick(self) -> None:
        self._position = self._now()
        self.position_changed.emit(self._position)

    def _set_playing(self, playing: bool) -> None:
        if playing:
            self._frames.start()
        else:
            self._frames.stop()
        if playing != self._playing:
            self._playing = playing
            self.playing_changed.emit(playing)
