"""The content-addressed media store: `media_dir/ab/cd/<sha256>`, display JPEG beside it.

Uploads stream to a temporary file inside the media folder while they are hashed (never
held in memory), are probed, then moved into place with an atomic rename. Identical
content is stored once; uploading it again answers with the stored object.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from sqlalchemy.exc import IntegrityError
from starlette.requests import Request

from labeler.server.config import Settings
from labeler.server.db import Database
from labeler.server.errors import ApiError, bad_request
from labeler.server.messages import say
from labeler.server.models import Media
from labeler.server.services.media_display import decoding
from labeler.server.services.media_probe import make_display, probe, refused

SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$")


def media_path(media_dir: Path, sha256: str) -> Path:
    """Where the original of `sha256` lives."""
    return Path(media_dir) / sha256[:2] / sha256[2:4] / sha256


def display_path(media_dir: Path, sha256: str) -> Path:
    """Where the display JPEG of `sha256` lives, when it is not the original itself."""
    return media_path(media_dir, sha256).with_name(f"{sha256}.display.jpg")


def upload_json(media: Media) -> dict[str, Any]:
    """The body of `POST /media`."""
    return {
        "sha256": media.sha256,
        "mime": media.mime,
        "bytes": media.bytes,
        "width": media.width,
        "height": media.height,
        "duration": media.duration,
    }


@dataclass
class Received:
    """An upload written to a temporary file, with its hash and size."""

    path: Path
    sha256: str
    size: int


@dataclass
class _FilePart:
    """Collects the `file` part of a multipart body into a temporary file."""

    out: Any
    limit: int
    hasher: Any = field(default_factory=hashlib.sha256)
    size: int = 0
    found: bool = False
    _in_file: bool = False
    _header: bytes = b""
    _value: bytes = b""
    _headers: dict[bytes, bytes] = field(default_factory=dict)

    def callbacks(self) -> dict[str, Any]:
        return {
            "on_part_begin": self._begin,
            "on_header_field": self._field,
            "on_header_value": self._val,
            "on_header_end": self._header_end,
            "on_headers_finished": self._headers_done,
            "on_part_data": self._data,
            "on_part_end": self._end,
        }

    def _begin(self) -> None:
        self._headers, self._header, self._value, self._in_file = {}, b"", b"", False

    def _field(self, data: bytes, start: int, end: int) -> None:
        self._header += data[start:end]

    def _val(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def _header_end(self) -> None:
        self._headers[self._header.lower()] = self._value
        self._header, self._value = b"", b""

    def _headers_done(self) -> None:
        _, options = parse_options_header(self._headers.get(b"content-disposition", b""))
        self._in_file = options.get(b"name") == b"file" and not self.found

    def _data(self, data: bytes, start: int, end: int) -> None:
        if not self._in_file:
            return
        chunk = data[start:end]
        self.size += len(chunk)
        if self.size > self.limit:
            raise ApiError(
                413,
                "too_large",
                say("file_too_large", limit=self.limit),
                {"limit": self.limit},
            )
        self.hasher.update(chunk)
        self.out.write(chunk)

    def _end(self) -> None:
        if self._in_file:
            self.found = True
        self._in_file = False


async def receive_upload(request: Request, settings: Settings) -> Received:
    """Stream the multipart field `file` to a temporary file in the media folder."""
    content_type, options = parse_options_header(request.headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if content_type != b"multipart/form-data" or not boundary:
        raise bad_request("Send the file as multipart/form-data in a field named 'file'.")
    tmp_dir = Path(settings.media_dir) / ".tmp"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=tmp_dir, prefix="upload-")
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            part = _FilePart(out, settings.max_media_bytes)
            parser = MultipartParser(boundary, cast(Any, part.callbacks()))
            async for chunk in request.stream():
                parser.write(chunk)
            parser.finalize()
    except MultipartParseError:
        path.unlink(missing_ok=True)
        raise bad_request("The multipart body is malformed.") from None
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    if not part.found:
        path.unlink(missing_ok=True)
        raise bad_request("The upload needs a field named 'file'.", path="file")
    if part.size == 0:
        path.unlink(missing_ok=True)
        raise refused("The file is empty.")
    return Received(path, part.hasher.hexdigest(), part.size)


def store_upload(database: Database, settings: Settings, received: Received) -> Media:
    """Probe the received file, move it into place and record it (or return the stored one)."""
    try:
        with database.transaction(write=False) as session:
            existing = session.get(Media, received.sha256)
        if existing is not None:
            return existing
        target = media_path(settings.media_dir, received.sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        with decoding():
            info = probe(received.path)
            media = Media(
                sha256=received.sha256,
                mime=info.mime,
                bytes=received.size,
                width=info.width,
                height=info.height,
                duration=info.duration,
            )
            if info.is_image:
                _store_display(settings, received, info, media)
        os.replace(received.path, target)
    finally:
        received.path.unlink(missing_ok=True)
    try:
        with database.transaction() as session:
            session.add(media)
    except IntegrityError:  # the same content arrived through another request meanwhile
        with database.transaction(write=False) as session:
            stored = session.get(Media, received.sha256)
        if stored is None:
            raise
        return stored
    return media


def _store_display(settings: Settings, received: Received, info: Any, media: Media) -> None:
    tmp = received.path.with_name(received.path.name + ".display.jpg")
    try:
        try:
            size = make_display(received.path, info, tmp, settings.display_long_edge)
        except ApiError:
            raise
        except Exception:
            raise refused("The image cannot be decoded.") from None
        if size is None:  # the original is already a display JPEG
            media.display_bytes, media.display_width, media.display_height = (
                media.bytes,
                media.width,
                media.height,
            )
            return
        media.display_bytes = tmp.stat().st_size
        media.display_width, media.display_height = size
        os.replace(tmp, display_path(settings.media_dir, received.sha256))
    finally:
        tmp.unlink(missing_ok=True)


def display_is_original(media: Media) -> bool:
    """True when the display variant is the original file itself."""
    return (
        media.mime == "image/jpeg"
        and media.display_bytes == media.bytes
        and (
            media.display_width,
            media.display_height,
        )
        == (media.width, media.height)
    )
