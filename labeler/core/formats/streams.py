"""Where formats write and read: a `Sink` of named members, a `Source` of them.

A format of several files writes members (`labels/train/a.txt`) to a sink; a one-file
format writes one. The caller picks the sink: in memory, a zip on any binary stream (a
file, an HTTP response: zipfile writes to streams it cannot seek), or one stream as it is.
Sources are read with a size limit per member, so a hostile archive cannot exhaust memory.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Mapping
from typing import IO, Any, Protocol, cast

from labeler.core.i18n import QT_TRANSLATE_NOOP, Said

#: The largest member a reader takes (COCO's own train2017 instances file is 448 MB).
MAX_MEMBER_BYTES = 1 << 30
#: What reading a member of a damaged archive can raise; readers turn it into a problem.
READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
    ValueError,
)


class Sink(Protocol):
    """Named members to write, one at a time: `with sink.open("data.yaml") as out: ...`."""

    def open(self, name: str) -> IO[bytes]:
        """A binary stream for the member `name`; closing it finishes the member."""
        ...


class Source(Protocol):
    """Named members to read."""

    def names(self) -> list[str]:
        """The members' names, in the order they were stored."""
        ...

    def size(self, name: str) -> int | None:
        """The member's size in bytes when known before reading it."""
        ...

    def open(self, name: str) -> IO[bytes]:
        """A binary stream of the member `name`."""
        ...


class TooLarge(ValueError):
    """A member is larger than a reader takes; its one argument says so (a `Said`)."""


_DECLARED = QT_TRANSLATE_NOOP("messages", "is {size} bytes; at most {limit} are read")
_LARGER = QT_TRANSLATE_NOOP("messages", "is larger than {limit} bytes, the most that is read")


def read_member(source: Source, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
    """The bytes of a member, at most `limit` of them: `TooLarge` past it, and whatever a
    damaged archive raises (`READ_ERRORS`) for the caller to report."""
    declared = source.size(name)
    if declared is not None and declared > limit:
        raise TooLarge(Said(_DECLARED, size=declared, limit=limit))
    with source.open(name) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(Said(_LARGER, limit=limit))
    return data


class _Kept(io.BytesIO):
    """A member being written in memory; closing it stores its bytes."""

    def __init__(self, files: dict[str, bytes], name: str) -> None:
        super().__init__()
        self._files = files
        self._name = name

    def close(self) -> None:
        if not self.closed:
            self._files[self._name] = self.getvalue()
        super().close()


class MemorySink:
    """Members kept in memory, in `files` (tests, small exports)."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def open(self, name: str) -> IO[bytes]:
        """A new member; a name written twice keeps the last."""
        return _Kept(self.files, name)


class MemorySource:
    """Members given as bytes: `MemorySource({"instances.json": data})`."""

    def __init__(self, files: Mapping[str, bytes]) -> None:
        self.files = dict(files)

    def names(self) -> list[str]:
        """The members' names."""
        return list(self.files)

    def size(self, name: str) -> int | None:
        """The member's length."""
        return len(self.files[name])

    def open(self, name: str) -> IO[bytes]:
        """The member's bytes as a stream."""
        return io.BytesIO(self.files[name])


class _Unclosing(io.BufferedIOBase):
    """Writes through to a stream its owner closes, not the format."""

    def __init__(self, stream: IO[bytes]) -> None:
        super().__init__()
        self._stream = stream

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        return self._stream.write(data)


class StreamSink:
    """One member written straight to `stream`, for a one-file format streamed as it is."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self.name: str | None = None

    def open(self, name: str) -> IO[bytes]:
        """The stream itself (once); closing what is returned leaves `stream` open."""
        if self.name is not None:
            raise ValueError(f"a one-file sink already holds {self.name!r}, not {name!r} too")
        self.name = name
        return cast(IO[bytes], _Unclosing(self._stream))


class ZipSink:
    """Members written into a zip on a binary stream; `close()` (or `with`) finishes it."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._zip = zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED)

    def open(self, name: str) -> IO[bytes]:
        """A new member; zip64 is on, so no member size is a limit."""
        return self._zip.open(name, "w", force_zip64=True)

    def close(self) -> None:
        """Write the zip's directory; the stream stays open."""
        self._zip.close()

    def __enter__(self) -> ZipSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ZipSource:
    """The members of a zip on a seekable binary stream (folders left out).

    A stream that is no zip raises `zipfile.BadZipFile` here, before any reading; a member
    damaged inside raises one of `READ_ERRORS` when read, which readers report.
    """

    def __init__(self, stream: IO[bytes]) -> None:
        self._zip = zipfile.ZipFile(stream)
        self._infos = {i.filename: i for i in self._zip.infolist() if not i.is_dir()}

    def names(self) -> list[str]:
        """The files in the zip, in stored order."""
        return list(self._infos)

    def size(self, name: str) -> int | None:
        """The size the zip declares for the member (reading stops there)."""
        return self._infos[name].file_size

    def open(self, name: str) -> IO[bytes]:
        """A stream of the member."""
        return self._zip.open(self._infos[name])
