"""Serving stored files over HTTP: strong ETags, If-None-Match, single byte ranges."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from starlette.responses import Response, StreamingResponse

from labeler.server.errors import error_response

CACHE_CONTROL = "private, max-age=31536000, immutable"
_CHUNK = 256 * 1024
_RANGE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.IGNORECASE)


def _etag_matches(header: str, etag: str) -> bool:
    tags = [t.strip() for t in header.split(",")]
    return "*" in tags or any(t.removeprefix("W/") == etag for t in tags)


def parse_range(header: str, size: int) -> tuple[int, int] | None | str:
    """(first, last) inclusive for one satisfiable range; None to send everything (no header,
    several ranges, or a malformed one, which RFC 9110 says to ignore); "unsatisfiable"."""
    match = _RANGE.match(header)
    if match is None:
        return None
    first, last = match.group(1), match.group(2)
    if not first and not last:
        return None
    if not first:  # the last n bytes
        count = int(last)
        if count == 0 or size == 0:
            return "unsatisfiable"
        return max(0, size - count), size - 1
    start = int(first)
    if last and int(last) < start:
        return None
    if start >= size:
        return "unsatisfiable"
    end = int(last) if last else size - 1
    return start, min(end, size - 1)


def _read(path: Path, start: int, length: int) -> Iterator[bytes]:
    with path.open("rb") as f:
        f.seek(start)
        left = length
        while left > 0:
            chunk = f.read(min(_CHUNK, left))
            if not chunk:
                return
            left -= len(chunk)
            yield chunk


def file_response(
    path: Path,
    mime: str,
    etag: str,
    headers: dict[str, str],
    range_header: str | None,
    if_none_match: str | None,
    if_range: str | None,
) -> Response:
    """The file, 206 for one byte range, 304 when the client's copy is current, 416 when the
    range lies past the end (with the protocol's error body)."""
    size = path.stat().st_size
    common = {"ETag": etag, "Cache-Control": CACHE_CONTROL, "Accept-Ranges": "bytes", **headers}
    if if_none_match is not None and _etag_matches(if_none_match, etag):
        return Response(status_code=304, headers=common)
    wanted = parse_range(range_header, size) if range_header else None
    if if_range is not None and if_range.strip() != etag:
        wanted = None  # the client's partial copy is of something else: send it all
    if wanted == "unsatisfiable":
        return error_response(
            416,
            "range_not_satisfiable",
            f"The requested range is outside the file of {size} bytes.",
            {"size": size},
            headers={**common, "Content-Range": f"bytes */{size}"},
        )
    if isinstance(wanted, tuple):
        start, end = wanted
        length = end - start + 1
        return StreamingResponse(
            _read(path, start, length),
            status_code=206,
            media_type=mime,
            headers={
                **common,
                "Content-Range": f"bytes {start}-{end}/{size}",
                "Content-Length": str(length),
            },
        )
    return StreamingResponse(
        _read(path, 0, size),
        media_type=mime,
        headers={**common, "Content-Length": str(size)},
    )
