"""What an uploaded file is: an image (Pillow) or audio (soundfile) of an allowed type.

Images report their size as displayed, after the EXIF orientation is applied; the display
variant is a JPEG in that same orientation, so annotations made on it scale straight back
to original pixels.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

import soundfile
from PIL import Image, UnidentifiedImageError

from labeler.server.errors import ApiError
from labeler.server.messages import Said, say
from labeler.server.services.media_display import SWAPS_AXES, display_picture

IMAGE_FORMATS = {
    "JPEG": "image/jpeg",
    "MPO": "image/jpeg",  # camera JPEGs with a second picture (opened by the JPEG plugin)
    "PNG": "image/png",
    "WEBP": "image/webp",
    "BMP": "image/bmp",
    "TIFF": "image/tiff",
    "GIF": "image/gif",
}
AUDIO_FORMATS = {
    "WAV": "audio/wav",
    "WAVEX": "audio/wav",
    "FLAC": "audio/flac",
    "OGG": "audio/ogg",
    "MP3": "audio/mpeg",
}
_OPENERS = ["JPEG", "PNG", "WEBP", "BMP", "TIFF", "GIF"]
_ORIENTATION = 0x0112
_FIRST_BLOCK = 65_536
DISPLAY_QUALITY = 85
#: Formats whose decoder can shrink while decoding (`Image.draft`): decoded at 1/8 to be
#: tested, and at the display size for the display variant, so only Pillow's decompression
#: bomb limit (`Image.MAX_IMAGE_PIXELS`, 89 478 485) bounds their pixels.
_REDUCED_FORMATS = ("JPEG", "MPO")
#: Pixels of an image of any other format at most: those are decoded whole (up to four
#: bytes a pixel), twice (the test, then the display variant), one at a time.
MAX_DECODED_PIXELS = 40_000_000


def refused(message: str | Said) -> ApiError:
    """422 `invalid_media`: the content is not a decodable image or audio of an allowed type."""
    return ApiError(422, "invalid_media", message)


@dataclass(frozen=True)
class Probe:
    """What the file is; width and height as displayed (EXIF orientation applied)."""

    mime: str
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    image_format: str | None = None

    @property
    def is_image(self) -> bool:
        return self.image_format is not None


def probe(path: Path) -> Probe:
    """Identify and test-decode the file; 422 `invalid_media` when it is not allowed."""
    image = _probe_image(path)
    if image is not None:
        return image
    audio = _probe_audio(path)
    if audio is not None:
        return audio
    raise refused(say("media_not_decodable"))


def _open(path: Path) -> Image.Image:
    return Image.open(path, formats=_OPENERS)


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(_ORIENTATION, 1)
    except Exception:  # a broken EXIF block: show the pixels as stored
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _probe_image(path: Path) -> Probe | None:
    with warnings.catch_warnings():
        # Over MAX_IMAGE_PIXELS Pillow only warns; a bomb is refused, not decoded.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with _open(path) as im:
                fmt = im.format or ""
                im.verify()
        except UnidentifiedImageError:
            return None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise refused(say("image_too_many_pixels")) from None
        except Exception:
            raise refused(say("image_corrupt")) from None
        try:
            with _open(path) as im:
                width, height = im.size
                if width * height > (Image.MAX_IMAGE_PIXELS or width * height):
                    raise refused(say("image_too_many_pixels"))
                if fmt not in _REDUCED_FORMATS and width * height > MAX_DECODED_PIXELS:
                    raise _too_many_pixels(fmt, width, height)
                orientation = _orientation(im)
                if fmt in _REDUCED_FORMATS:
                    im.draft("RGB", (max(1, width // 8), max(1, height // 8)))
                im.load()
        except ApiError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise refused(say("image_too_many_pixels")) from None
        except Exception:
            raise refused(say("image_corrupt")) from None
    if width < 1 or height < 1:
        raise refused(say("image_empty"))
    if orientation in SWAPS_AXES:
        width, height = height, width
    return Probe(IMAGE_FORMATS[fmt], width, height, None, fmt)


def _too_many_pixels(fmt: str, width: int, height: int) -> ApiError:
    return refused(
        say(
            "image_pixels_over",
            pixels=width * height,
            width=width,
            height=height,
            format=fmt,
            limit=MAX_DECODED_PIXELS,
            jpeg_limit=Image.MAX_IMAGE_PIXELS or 0,
        )
    )


def _probe_audio(path: Path) -> Probe | None:
    try:
        with soundfile.SoundFile(str(path)) as f:
            fmt, frames, rate = f.format, f.frames, f.samplerate
            if fmt not in AUDIO_FORMATS:
                raise refused(say("audio_format_refused", format=fmt))
            if frames <= 0 or rate <= 0:
                raise refused(say("audio_no_sound"))
            block = f.read(frames=min(frames, _FIRST_BLOCK), always_2d=True)
    except ApiError:
        raise
    except Exception:  # libsndfile could not open or decode it
        return None
    if len(block) == 0:
        raise refused(say("audio_undecodable"))
    return Probe(AUDIO_FORMATS[fmt], None, None, frames / rate)


def make_display(path: Path, info: Probe, out: Path, long_edge: int) -> tuple[int, int] | None:
    """Write the display JPEG to `out` and return its size, or None when the original
    already is one (a JPEG within `long_edge`, upright, in RGB or grey)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with _open(path) as im:
            stored_w, stored_h = im.size
            orientation = _orientation(im)
            jpeg = info.image_format in _REDUCED_FORMATS
            if (
                jpeg
                and max(stored_w, stored_h) <= long_edge
                and orientation == 1
                and im.mode in ("RGB", "L")
            ):
                return None
            picture = display_picture(im, orientation, long_edge, jpeg)
            picture.save(out, format="JPEG", quality=DISPLAY_QUALITY)
            return picture.size
