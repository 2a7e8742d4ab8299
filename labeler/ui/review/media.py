"""The media of the item shown: downloaded into the media cache on the network pool
(with its progress), then decoded on the decoding pool, for all panes at once. A
comparison's candidates' pictures or clips are fetched the same way, after each other,
and shown in its candidate cards once here. A result for an item no longer shown is
dropped; the audio player follows the item."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from labeler.client.reviewing import ReviewClient
from labeler.client.transport import Progress
from labeler.client.workitem import MediaInfo, candidate_media_info
from labeler.core.figures import size
from labeler.ui import messages
from labeler.ui.audio.peaks import Peaks, load_peaks
from labeler.ui.i18n import isolate
from labeler.ui.image.decode import PreparedImage, prepare_image
from labeler.ui.review import fill
from labeler.ui.review.compare import SideBySide
from labeler.ui.review.loading import LoadedItem
from labeler.ui.tasks import Runner

#: The decoded picture is at most this big (the display variant's long edge).
PICTURE_SIDE = 2048


class MediaSource(Protocol):
    """What fetches a media file into the media cache (network): the review's client,
    the annotator's workspace in the history."""

    def media(self, media: MediaInfo, *, progress: Progress | None = None) -> Path: ...


class MediaLoader(QObject):
    """Fills the panes of `side` with the item's picture or waveform: `load` downloads it
    with `client`, `show_file` takes a file already here.

    Signals: `progress(text)` while downloading (empty when done), `busy(step)` +1 when
    work starts and −1 when it ends, `failed(message)`.
    """

    progress = Signal(str)
    busy = Signal(int)
    failed = Signal(str)
    _download = Signal(int, int, object)  # generation, bytes so far, total or None
    _candidate = Signal(int, str, int, object)  # generation, key, bytes so far, total

    def __init__(
        self,
        runner: Runner,
        client: ReviewClient | None,
        side: SideBySide,
        parent: QObject | None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.client = client
        #: Where the candidates' media comes from (the client, unless told otherwise).
        self.candidate_source: MediaSource | None = client
        self.side = side
        self._generation = 0
        self._candidate_generation = 0
        self._candidates_ended = 0  # the last candidates' fetch that ended
        self._transport: Any = None
        self._download.connect(self._downloading)
        self._candidate.connect(self._candidate_downloading)

    def load(self, loaded: LoadedItem) -> None:
        """Fetch and decode the media of the item the panes now show."""
        self._generation += 1
        generation = self._generation
        if loaded.schema.media == "audio":
            self._connect_audio()
        self.load_candidates(loaded)
        media = loaded.detail.item.media
        if media is None:
            if loaded.schema.media != "text":
                none = self.tr("This item has no media.")
                self.side.set_picture(None, none)
                self.side.set_audio(None, 0.0, none)
            return
        if self.client is None:
            raise RuntimeError("no client to download with: use show_file")
        client = self.client

        def report(done: int, total: int | None) -> None:  # on a network worker
            self._download.emit(generation, done, total)

        self.busy.emit(+1)
        self.runner.net(
            lambda: client.media(media, progress=report),
            done=lambda path: self._downloaded(generation, loaded, path),
            failed=lambda e: self._failed(generation, e),
        )

    def show_file(self, loaded: LoadedItem, path: Path) -> None:
        """Decode a file already in the media cache for the panes now shown (for a
        caller that fetches the media its own way, as the history does)."""
        self._generation += 1
        if loaded.schema.media == "audio":
            self._connect_audio()
        self.busy.emit(+1)
        self._downloaded(self._generation, loaded, path)

    def stop(self) -> None:
        """Forget the item (results still on their way are dropped)."""
        self._generation += 1
        self._candidate_generation += 1
        if self._transport is not None:
            self._transport.stop()

    def pause(self) -> None:
        """Pause the audio, if it plays (its screen is left)."""
        if self._transport is not None:
            self._transport.pause()

    def toggle_playback(self) -> bool:
        """Play or pause the audio; False when there is none."""
        if self._transport is None or not self.side.times.views():
            return False
        self._transport.toggle()
        return True

    # -- inside ---------------------------------------------------------------------------

    def load_candidates(self, loaded: LoadedItem) -> None:
        """Fetch the media of a comparison's candidates (from the cache when there) from
        `candidate_source`, one after the other on the network pool, then show them in
        the candidate cards (`load` does it; a caller that fetches the item's media its
        own way, as the history does, calls it)."""
        self._candidate_generation += 1
        generation = self._candidate_generation
        if self.candidate_source is None or not fill.in_words(loaded):
            return
        wanted = candidate_media_info(loaded.detail.item.data)
        if not wanted:
            return
        client = self.candidate_source

        def fetch_all() -> tuple[dict[str, Path], dict[str, BaseException]]:  # network worker
            paths: dict[str, Path] = {}
            errors: dict[str, BaseException] = {}
            for key, media in wanted.items():
                if generation != self._candidate_generation:
                    break  # another item is shown: the rest waits for its own review

                def report(done: int, total: int | None, key: str = key) -> None:
                    self._candidate.emit(generation, key, done, total)

                try:
                    paths[key] = client.media(media, progress=report)
                except Exception as e:  # noqa: BLE001 (one candidate's failure, said below)
                    errors[key] = e
            return paths, errors

        self.busy.emit(+1)
        self.runner.net(
            fetch_all,
            done=lambda got: self._candidates_here(generation, loaded, *got),
            failed=lambda e: self._candidates_here(generation, loaded, {}, {"?": e}),
        )

    def _candidate_downloading(self, generation: int, key: str, done: int, total: object) -> None:
        # The fetch's end may be told before its last progress: that one is stale then.
        if generation == self._candidate_generation and generation != self._candidates_ended:
            if isinstance(total, int) and total > 0:
                text = self.tr("Downloading candidate {key}: {done} of {total}")
            else:
                text = self.tr("Downloading candidate {key}: {done}")
            self.progress.emit(text.format(key=key, done=size(done), total=size(total or 0)))

    def _candidates_here(
        self,
        generation: int,
        loaded: LoadedItem,
        paths: dict[str, Path],
        errors: dict[str, BaseException],
    ) -> None:
        self.busy.emit(-1)
        self.progress.emit("")
        self._candidates_ended = generation
        if generation != self._candidate_generation:
            return
        self.side.show_candidate_media(loaded, paths)
        if errors:
            key, error = next(iter(errors.items()))
            self.failed.emit(
                self.tr("The media of candidate {key} could not be fetched: {reason}").format(
                    key=key, reason=isolate(messages.error_text(error))
                )
            )

    def _downloading(self, generation: int, done: int, total: object) -> None:
        if generation == self._generation:
            if isinstance(total, int) and total > 0:
                text = self.tr("Downloading the media: {done} of {total}")
            else:
                text = self.tr("Downloading the media: {done}")
            self.progress.emit(text.format(done=size(done), total=size(total or 0)))

    def _downloaded(self, generation: int, loaded: LoadedItem, path: Path) -> None:
        self.progress.emit("")
        if generation != self._generation:
            self.busy.emit(-1)
            return
        media = loaded.detail.item.media
        if loaded.schema.media == "image":
            self.runner.decode(
                prepare_image,
                path,
                (PICTURE_SIDE, PICTURE_SIDE),
                done=lambda decoded: self._picture(generation, decoded),
                failed=lambda e: self._failed(generation, e),
            )
            return
        duration = (media.duration if media else None) or 0.0
        self.runner.decode(
            load_peaks,
            path,
            media.sha256 if media else None,
            done=lambda peaks: self._peaks(generation, peaks, path, duration),
            failed=lambda e: self._failed(generation, e),
        )

    def _picture(self, generation: int, decoded: Any) -> None:
        self.busy.emit(-1)
        if generation != self._generation:
            return
        if isinstance(decoded, PreparedImage):
            self.side.set_picture(decoded.image)
        else:
            self.side.set_picture(None, decoded.message)

    def _peaks(self, generation: int, peaks: Any, path: Path, duration: float) -> None:
        self.busy.emit(-1)
        if generation != self._generation:
            return
        if isinstance(peaks, Peaks):
            seconds = duration or peaks.duration
            self.side.set_audio(peaks, seconds, None)
            if self._transport is not None:
                self._transport.set_source(path, seconds)
        else:
            self.side.set_audio(None, duration, peaks.message)

    def _failed(self, generation: int, error: BaseException) -> None:
        self.busy.emit(-1)
        self.progress.emit("")
        if generation != self._generation:
            return
        reason = messages.error_text(error)
        message = self.tr("The media could not be fetched: {reason}").format(reason=isolate(reason))
        self.side.set_picture(None, message)
        self.side.set_audio(None, 0.0, message)
        self.failed.emit(message)

    def _connect_audio(self) -> None:
        if self._transport is None:
            # Qt Multimedia loads only once an audio item is reviewed.
            from labeler.ui.audio.player import Transport

            self._transport = Transport(self)
            self._transport.position_changed.connect(self.side.times.set_position)
        self._transport.stop()
        for view in self.side.times.views():
            view.seek_requested.connect(self._transport.seek)
