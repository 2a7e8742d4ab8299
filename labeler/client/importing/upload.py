"""`POST /media`: one file as multipart/form-data, streamed from disk (never held in memory).

`Transport.call` sends JSON bodies only; an upload goes through the same transport (its
session, token rule, timeouts and retry policy) with a streamed multipart body. Uploads
are content-addressed (identical content is stored once), so a retry is safe.
"""

from __future__ import annotations

import mimetypes
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from labeler.client.api import TaskServer
from labeler.client.errors import ApiError, ClientError, Offline
from labeler.client.jsonread import Reader
from labeler.client.transport import CHUNK
from labeler.client.wire import SHA256

#: An upload answers once the server has probed the file (a large TIFF takes a while).
UPLOAD_READ_TIMEOUT = 120.0

#: (bytes sent of this file, its size)
Sent = Callable[[int, int], None]


@dataclass(frozen=True)
class UploadedMedia:
    """The task server's answer to an upload: what it stored."""

    sha256: str
    mime: str
    bytes: int
    width: int | None
    height: int | None
    duration: float | None


class MultipartFile:
    """A multipart/form-data body of one file field, read from `source` as it is sent.

    requests sends an object with `read` and a length as a streamed body with a
    Content-Length; `sent` hears how far it got.
    """

    def __init__(
        self,
        field: str,
        filename: str,
        mime: str,
        source: BinaryIO,
        size: int,
        sent: Sent | None = None,
    ) -> None:
        self.boundary = f"labeler-{uuid.uuid4().hex}"
        safe = re.sub(r"[^A-Za-z0-9._ -]", "_", filename)[:200] or "file"
        self._head = (
            f"--{self.boundary}\r\n"
            f'Content-Disposition: form-data; name="{field}"; filename="{safe}"\r\n'
            f"Content-Type: {mime}\r\n\r\n"
        ).encode("ascii")
        self._tail = f"\r\n--{self.boundary}--\r\n".encode("ascii")
        self._source = source
        self._size = size
        self._sent = sent
        self._stage = 0  # 0 head, 1 file, 2 tail, 3 done
        self._file_done = 0
        #: Reading the file failed (requests reports it as a broken connection).
        self.failure: OSError | None = None

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    def __len__(self) -> int:
        return len(self._head) + self._size + len(self._tail)

    def __iter__(self) -> Any:
        while chunk := self.read(CHUNK):
            yield chunk

    def read(self, n: int = -1) -> bytes:
        if self._stage == 0:
            self._stage = 1
            return self._head
        if self._stage == 1:
            want = CHUNK if n is None or n < 0 else n
            try:
                chunk = self._source.read(min(want, self._size - self._file_done))
                if not chunk and self._file_done != self._size:
                    raise OSError("the file changed size while it was being sent")
            except OSError as exc:
                self.failure = exc
                raise
            if chunk:
                self._file_done += len(chunk)
                if self._sent is not None:
                    self._sent(self._file_done, self._size)
                return chunk
            self._stage = 2
        if self._stage == 2:
            self._stage = 3
            return self._tail
        return b""


def upload_media(server: TaskServer, path: Path, *, sent: Sent | None = None) -> UploadedMedia:
    """Upload one file (`POST /media`, field `file`) and return what the server stored.

    Raises OSError when the file cannot be read, `Unprocessable` (422) when the server
    refuses the content, `TooLarge` (413), `Offline`, or another `ClientError`. Retried
    like an idempotent call after Offline, 5xx and short 429s."""
    transport = server.transport
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    with open(path, "rb") as source:
        size = _size(source)
        error: ClientError = Offline("The task server was not called.")
        for attempt in range(1 + transport.retries):
            source.seek(0)
            body = MultipartFile("file", path.name, mime, source, size, sent)
            try:
                return _parse(_post(server, body))
            except (Offline, ApiError) as exc:
                error = exc
                if not transport.retryable(exc) or attempt >= transport.retries:
                    raise
            transport.pause(transport.delay(attempt, error))
        raise error


def _size(source: BinaryIO) -> int:
    source.seek(0, 2)
    size = source.tell()
    source.seek(0)
    return size


def _post(server: TaskServer, body: MultipartFile) -> Any:
    try:
        return server.transport.post_body(
            "/media", body, body.content_type, read_timeout=UPLOAD_READ_TIMEOUT
        )
    except Offline:
        if body.failure is not None:
            raise body.failure from None  # the file, not the network
        raise


def _parse(body: Any) -> UploadedMedia:
    r = Reader(body, "upload answer")
    sha = r.text("sha256", max_len=64)
    if not SHA256.match(sha):
        raise r.fail("must be 64 lower-case hex digits", "sha256")
    return UploadedMedia(
        sha256=sha,
        mime=r.text("mime", max_len=200),
        bytes=r.integer("bytes"),
        width=r.opt_integer("width", low=1),
        height=r.opt_integer("height", low=1),
        duration=r.opt_number("duration"),
    )
