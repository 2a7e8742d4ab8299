"""Decoding image files into QImages, on worker threads only.

`prepare_image` is what `ImageEditor.prepare` runs on the workbench's worker: it
asks Pillow's JPEG decoder for a reduced scale (`Image.draft`) so a 24-megapixel
photo decodes at 1/4 or 1/8 of its size, applies the EXIF orientation the task
server also applies, and downscales to the screen with Qt's smooth scaling. It
never raises: a file that cannot be read becomes an `UnreadableImage` the editor shows as a message.

`DecodeJobs` runs the decodes the editor needs itself (an item shown before it
was prepared, the full display variant or the original when zooming in) on a
small thread pool and hands the results back on the GUI thread.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage
from shiboken6 import isValid

from labeler.ui.i18n import translate
from labeler.ui.tasks import SHOWN, decode_pool, on_decode_pool

#: Long edge of the biggest image the editor keeps in memory (an original zoomed into).
MAX_SIDE = 8192

_ORIENTATION_TAG = 0x0112
# EXIF orientation -> the transpose that shows the pixels upright (as ImageOps does).
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


@dataclass(frozen=True)
class PreparedImage:
    """A decoded image ready to draw.

    `source_size` is the file's size as displayed (EXIF orientation applied),
    before any downscaling; `image` may be smaller. `path` is the file decoded.
    """

    path: Path
    image: QImage
    source_size: tuple[int, int]

    @property
    def full(self) -> bool:
        """True when `image` holds every pixel of the file."""
        return self.image.width() >= self.source_size[0]


@dataclass(frozen=True)
class UnreadableImage:
    """A file that could not be decoded, and why, in words for the annotator: `reason`
    is marked for translation (decoding runs on a worker; the words are put in the
    interface's language where they are shown), `detail` what the decoder said."""

    reason: str
    detail: str = ""

    @property
    def message(self) -> str:
        why = translate("image.decode", self.reason).format(detail=self.detail)
        return translate("image.decode", "This image could not be read: {reason}.").format(
            reason=why
        )


Decoded = PreparedImage | UnreadableImage


def prepare_image(path: Path | None, fit: tuple[int, int]) -> Decoded:
    """Decode `path` upright and downscaled to fit inside `fit` (never upscaled)."""
    if path is None:
        return UnreadableImage(
            QT_TRANSLATE_NOOP("image.decode", "no image file was downloaded for this item")
        )
    try:
        return _decode(Path(path), fit)
    except FileNotFoundError:
        return UnreadableImage(QT_TRANSLATE_NOOP("image.decode", "the file is missing"))
    except UnidentifiedImageError:
        return UnreadableImage(
            QT_TRANSLATE_NOOP(
                "image.decode", "the file is not an image in a format the workbench knows"
            )
        )
    except Image.DecompressionBombError:
        return UnreadableImage(
            QT_TRANSLATE_NOOP("image.decode", "the image has too many pixels to decode safely")
        )
    except MemoryError:
        return UnreadableImage(
            QT_TRANSLATE_NOOP("image.decode", "there is not enough memory to decode it")
        )
    except Exception as exc:  # a decoder error of any kind must not reach Qt
        detail = str(exc) or type(exc).__name__
        return UnreadableImage(
            QT_TRANSLATE_NOOP("image.decode", "the file is damaged ({detail})"), detail
        )


def _decode(path: Path, fit: tuple[int, int]) -> PreparedImage:
    with Image.open(path) as im:
        orientation = _orientation(im)
        turned = orientation in (5, 6, 7, 8)
        width, height = im.size
        source = (height, width) if turned else (width, height)
        target = fit_size(source, fit)
        # draft() only ever picks a scale that stays at least this big (JPEG only).
        im.draft("RGB", (target[1], target[0]) if turned else target)
        im.load()
        picture = im if im.mode == "RGB" else im.convert("RGB")
        if orientation in _TRANSPOSE:
            picture = picture.transpose(_TRANSPOSE[orientation])
        image = to_qimage(picture)
        if picture.size != target:
            # Qt's smooth downscale averages every source pixel (no aliasing) and is about
            # six times faster than Pillow's filters at these ratios: a 2048 px display
            # variant fits a 1366×768 screen in ~3 ms instead of ~18 ms.
            image = image.scaled(
                target[0],
                target[1],
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        return PreparedImage(path, image, source)


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(_ORIENTATION_TAG, 1)
    except Exception:  # a broken EXIF block: show the pixels as stored, like the server
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def fit_size(size: tuple[int, int], fit: tuple[int, int]) -> tuple[int, int]:
    """`size` scaled down (aspect kept, at least 1 px) to fit inside `fit`."""
    width, height = size
    scale = min(1.0, fit[0] / max(width, 1), fit[1] / max(height, 1))
    return max(1, round(width * scale)), max(1, round(height * scale))


def to_qimage(picture: Image.Image) -> QImage:
    """An RGB Pillow image as a QImage that owns its pixels (RGB32, Qt's fast path)."""
    data = picture.tobytes("raw", "RGB")
    width, height = picture.size
    view = QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888)
    # The conversion copies, so the result does not point into `data`.
    return view.convertToFormat(QImage.Format.Format_RGB32)


class _Relay(QObject):
    """Carries one result from a worker thread to the GUI thread (a queued signal)."""

    done = Signal(int, object)


class DecodeJobs(QObject):
    """Decodes files on a worker thread; `finished(ticket, Decoded)` on the GUI thread."""

    finished = Signal(int, object)

    _tickets = itertools.count(1)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Tickets still worth decoding; the worker reads it (set lookups are atomic).
        self._wanted: set[int] = set()

    def submit(self, job: Callable[[], Any]) -> int:
        """Run `job` off the GUI thread; returns the ticket its result will carry."""
        ticket = next(self._tickets)
        wanted = self._wanted
        wanted.add(ticket)

        def run() -> None:
            # A decode for an item the annotator has left is skipped, not run.
            if ticket not in wanted:
                return
            result = job()
            relay = _Relay()  # created here, so it lives and dies in this thread
            try:
                relay.done.connect(self._deliver)
                relay.done.emit(ticket, result)
            except RuntimeError:  # the editor was deleted meanwhile
                pass

        # The item on screen: before anything prepared ahead on the shared pool.
        on_decode_pool(run, SHOWN)
        return ticket

    def drop_queued(self) -> None:
        """Skip this object's decodes that have not started (the pool is shared, so
        other editors' decodes stay queued)."""
        self._wanted.clear()

    @Slot(int, object)
    def _deliver(self, ticket: int, result: object) -> None:
        if not isValid(self):
            return  # its editor was deleted (another media kind) while the decode ran
        self._wanted.discard(ticket)
        self.finished.emit(ticket, result)

    @classmethod
    def wait(cls, msecs: int = 30_000) -> bool:
        """Wait for every queued decode (tests, shutdown)."""
        return decode_pool().waitForDone(msecs)
