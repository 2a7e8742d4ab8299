"""Sample items for the schema preview, made on this computer (nothing is downloaded):
a drawn street scene, a short news text, a generated two-tone clip.

`SampleFiles.item(media)` writes the media file once into a temporary folder of its own,
which `close` removes (the preview's window closing): the folder never waits for the end
of the process, which may not be a clean one. Meant for a worker thread.
"""

from __future__ import annotations

import hashlib
import tempfile
import threading
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from labeler.client.workitem import MediaInfo, WorkItem
from labeler.core.schema import CANDIDATE_KINDS, Schema
from labeler.ui.i18n import translate

IMAGE_SIZE = (960, 640)
AUDIO_RATE = 16_000
AUDIO_SECONDS = 4.0
SAMPLE_TEXT = (
    "Karachi, 14 March. "  # notr: sample item content, in both scripts in every language
    "The city council approved a new bus route between Saddar and "
    "Clifton on Monday. Mayor Amina Qureshi said the route would open in April, and the "
    "transport company Green Line expects 20,000 riders a day.\n\n"
    "کراچی: شہر کی کونسل نے صدر اور کلفٹن کے درمیان نئی بس سروس کی منظوری دے دی۔"
)


#: A comparison's sample candidates: an answer to the sample text's question, in both
#: scripts, as a comparison's items carry them.
SAMPLE_CANDIDATES = (
    "The new route joins **Saddar** and **Clifton** in April.",  # notr: sample content
    "نئی بس سروس صدر اور کلفٹن کے درمیان اپریل میں شروع ہوگی۔",  # notr: sample content
    "Green Line expects `20,000` riders a day.",  # notr: sample content
)
#: A sample record's values, by the position of the key a record field verifies.
SAMPLE_VALUES = ("Green Line", "Karachi", "20,000", "April")  # notr: sample item content


def comparison_data(schema: Schema) -> dict[str, Any]:
    """What the sample item's `data` needs for the schema's comparison fields: candidates
    for a pairwise, ranking, flags or criteria by candidate field, a record for a record
    field's keys."""
    kinds = {f.kind for f in schema.fields}
    by_candidate = any(f.kind == "criteria" and f.row_values() is None for f in schema.fields)
    data: dict[str, Any] = {}
    if kinds & CANDIDATE_KINDS or by_candidate:
        count = 2 if kinds & CANDIDATE_KINDS == {"pairwise"} and not by_candidate else 3
        data["candidates"] = [{"key": "ABC"[i], "text": SAMPLE_CANDIDATES[i]} for i in range(count)]
    keys = [k.value for f in schema.fields if f.kind == "record" for k in f.keys]
    if keys:
        data["record"] = {
            key: SAMPLE_VALUES[i % len(SAMPLE_VALUES)] for i, key in enumerate(dict.fromkeys(keys))
        }
    return data


def _draw_scene(path: Path) -> None:
    width, height = IMAGE_SIZE
    image = Image.new("RGB", IMAGE_SIZE, (150, 190, 230))
    draw = ImageDraw.Draw(image)
    for y in range(height // 2):  # sky, lighter towards the horizon
        shade = 150 + y * 80 // (height // 2)
        draw.line([(0, y), (width, y)], fill=(shade - 40, shade, 235))
    draw.rectangle([0, height // 2, width, height], fill=(96, 100, 104))
    draw.rectangle([0, height // 2 - 6, width, height // 2], fill=(70, 140, 70))
    for x in range(0, width, 120):  # lane marks
        draw.rectangle([x + 20, height * 3 // 4 - 4, x + 80, height * 3 // 4 + 4], fill="white")
    for x, w, h, colour in ((40, 170, 140, (90, 90, 110)), (600, 220, 180, (120, 110, 100))):
        draw.rectangle([x, height // 2 - h, x + w, height // 2 - 6], fill=colour)
        for wx in range(x + 15, x + w - 25, 40):
            draw.rectangle(
                [wx, height // 2 - h + 20, wx + 20, height // 2 - h + 45], fill=(250, 230, 140)
            )
    for x, y, colour in ((180, 420, (200, 40, 50)), (520, 500, (40, 90, 200))):
        draw.rounded_rectangle([x, y, x + 190, y + 70], radius=18, fill=colour)
        draw.rectangle([x + 40, y - 35, x + 150, y + 10], fill=colour)
        for wx in (x + 40, x + 150):
            draw.ellipse([wx - 22, y + 50, wx + 22, y + 94], fill=(25, 25, 25))
    draw.ellipse([820, 360, 850, 390], fill=(230, 190, 150))  # a person on the pavement
    draw.rectangle([818, 390, 852, 470], fill=(60, 120, 60))
    image.save(path, format="PNG")


def _write_tone(path: Path) -> None:
    t = np.arange(int(AUDIO_RATE * AUDIO_SECONDS)) / AUDIO_RATE
    tone = np.where(t < AUDIO_SECONDS / 2, np.sin(2 * np.pi * 330 * t), np.sin(2 * np.pi * 494 * t))
    envelope = np.abs(np.sin(np.pi * t / (AUDIO_SECONDS / 4)))  # four swells: "turns" to mark
    samples = (tone * envelope * 0.5 * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(AUDIO_RATE)
        out.writeframes(samples.tobytes())


def _media(path: Path, mime: str, **extra: float | int) -> MediaInfo:
    data = path.read_bytes()
    return MediaInfo(
        sha256=hashlib.sha256(data).hexdigest(),
        mime=mime,
        bytes=len(data),
        url="",
        **extra,  # type: ignore[arg-type]
    )


class SampleFiles:
    """The sample items of one preview and the folder their files are in. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._closed = False

    @property
    def folder(self) -> Path | None:
        """Where the files are (None before the first one, and once closed)."""
        folder = self._folder
        return Path(folder.name) if folder is not None else None

    def item(self, media: str) -> WorkItem:
        """The preview's item of one media kind (its file made on first use). Raises
        RuntimeError once closed: a sample asked for while the window closes makes no
        folder again."""
        base = {"batch_id": "preview", "project_id": "preview", "schema_version": 1}
        data = {"source": translate("lead.samples", "sample made by the workbench")}
        if media == "text":
            return WorkItem(id="preview-text", text=SAMPLE_TEXT, data=data, **base)  # type: ignore[arg-type]
        if media == "image":
            path = self._made("street.png", _draw_scene)
            info = _media(path, "image/png", width=IMAGE_SIZE[0], height=IMAGE_SIZE[1])
        else:
            path = self._made("tone.wav", _write_tone)
            info = _media(path, "audio/wav", duration=AUDIO_SECONDS)
        return WorkItem(
            id=f"preview-{media}",
            media=info,
            display_path=path,
            media_path=path,
            data=data,
            **base,  # type: ignore[arg-type]
        )

    def close(self) -> None:
        """Remove the folder and its files (waits for a file being written)."""
        with self._lock:
            self._closed = True
            folder, self._folder = self._folder, None
        if folder is not None:
            folder.cleanup()

    def _made(self, name: str, write: Callable[[Path], None]) -> Path:
        with self._lock:
            if self._closed:
                raise RuntimeError("the preview is closed")
            if self._folder is None:
                self._folder = tempfile.TemporaryDirectory(prefix="labeler-preview-")
            path = Path(self._folder.name) / name
            if not path.exists():
                write(path)
            return path
