"""The one HTTP boundary of the workbench: one `requests.Session`, a timeout on every call,
a versioned User-Agent, retries with backoff for idempotent calls, and `requests`
exceptions turned into `labeler.client.errors` types.

`Transport` is safe to share between threads (urllib3's pool is; the session's headers
are set once, the token is passed per request).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import time
import uuid
from collections.abc import Callable
from datetime import UTC
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
from requests.adapters import HTTPAdapter

from labeler import __version__
from labeler.client.errors import (
    ApiError,
    BadResponse,
    ChecksumMismatch,
    ClientError,
    Offline,
    RateLimited,
    ServerError,
    error_from_body,
)
from labeler.core.digits import ascii_int
from labeler.core.i18n import QT_TRANSLATE_NOOP

USER_AGENT = f"labeler/{__version__}"
# (connect, read) seconds: a slow mobile link gets time to send a batch, never forever.
DEFAULT_TIMEOUT = (5.0, 30.0)
MAX_JSON_BYTES = 256 * 1024 * 1024  # a batch of 200 items of 1 MiB text each, with room
MAX_ERROR_BYTES = 1024 * 1024
CHUNK = 64 * 1024
_RETRY_STATUSES = (500, 502, 503, 504)
_BAD_URL = (
    requests.exceptions.InvalidURL,
    requests.exceptions.MissingSchema,
    requests.exceptions.InvalidSchema,
    requests.exceptions.InvalidHeader,
)

Progress = Callable[[int, int | None], None]
_NOT_A_URL = QT_TRANSLATE_NOOP("messages", "Not a URL the workbench can fetch: {url}")
_BODY_NOT_JSON = QT_TRANSLATE_NOOP("messages", "The request body is not JSON: {error}")
_OFFERED = QT_TRANSLATE_NOOP("messages", "The task server offered {size} bytes for {url}.")
_TOO_MANY_BYTES = QT_TRANSLATE_NOOP("messages", "The task server sent too many bytes for {url}.")
_ANSWER_TOO_LARGE = QT_TRANSLATE_NOOP(
    "messages", "The task server sent an answer over {limit} bytes."
)


def origin(url: str) -> tuple[str, str]:
    """Scheme and host:port of a URL, lower-cased: what the token may be sent to."""
    parts = urlsplit(url)
    return parts.scheme.lower(), parts.netloc.lower()


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def decode_json(raw: bytes) -> Any:
    """Strict JSON (no NaN or Infinity), or BadResponse."""
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        raise BadResponse("The task server sent an answer that is not JSON.") from None


class Transport:
    """HTTP to one task server: `base_url` ends with the API root (e.g. `.../api/v1`)."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retries: int = 3,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        max_wait: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_wait = max_wait  # a Retry-After longer than this is not waited for here
        self._sleep = sleep
        self._origin = origin(self.base_url)
        self._session = requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        adapter = HTTPAdapter(pool_connections=4, pool_maxsize=16)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)

    def close(self) -> None:
        """Close the pooled connections."""
        self._session.close()

    def api_url(self, path: str) -> str:
        """The URL of an API path such as `/projects`."""
        return self.base_url + path

    def resolve(self, url: str) -> str:
        """A URL the server sent (path-absolute or absolute), made absolute; http(s) only."""
        absolute = urljoin(self.base_url + "/", url)
        if urlsplit(absolute).scheme not in ("http", "https"):
            raise BadResponse(_NOT_A_URL, url=url[:200])
        return absolute

    def _headers(self, url: str, accept: str, token: str | None = None) -> dict[str, str]:
        headers = {"Accept": accept}
        token = token or self.token
        # The token goes only to the task server itself, never to a host an answer names.
        if token and origin(url) == self._origin:
            headers["Authorization"] = f"Bearer {token}"
        return headers

    def delay(self, attempt: int, error: ClientError | None) -> float:
        """Seconds before retry number `attempt` (0-based): exponential with jitter."""
        if isinstance(error, ApiError) and error.retry_after is not None:
            return error.retry_after
        base = min(self.max_backoff, self.backoff * (2**attempt))
        return base * (0.75 + random.random() * 0.5)

    def retryable(self, error: ClientError) -> bool:
        """Whether an idempotent call may be sent again after this error."""
        if isinstance(error, Offline):
            return True
        if isinstance(error, ApiError) and error.retry_after is not None:
            if error.retry_after > self.max_wait:  # the caller decides how to wait that long
                return False
        if isinstance(error, RateLimited):
            return True
        return isinstance(error, ServerError) and error.status in _RETRY_STATUSES

    def call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        params: dict[str, Any] | None = None,
        idempotent: bool,
        retries: int | None = None,
    ) -> tuple[int, Any]:
        """Send a request and return (status, decoded JSON or None for an empty body).

        Raises Offline, ApiError (by status and code) or BadResponse. Idempotent calls
        are sent again after Offline, 5xx and short 429s, with backoff.
        """
        attempts = 1 + ((self.retries if retries is None else retries) if idempotent else 0)
        error: ClientError = Offline(
            QT_TRANSLATE_NOOP("messages", "The task server was not called.")
        )
        for attempt in range(attempts):
            try:
                return self._once(method, self.api_url(path), body, params)
            except (Offline, ApiError) as exc:
                error = exc
                if not self.retryable(exc) or attempt + 1 >= attempts:
                    raise
            self._sleep(self.delay(attempt, error))
        raise error

    def post_body(
        self, path: str, data: Any, content_type: str, *, read_timeout: float | None = None
    ) -> Any:
        """POST a body that is not JSON (a multipart upload streamed from a file) once,
        and return the decoded JSON answer. Raises as `call` does (Offline also when the
        body itself failed to read: the caller knows its body); retrying is the caller's,
        as a stream must be rewound first."""
        url = self.api_url(path)
        headers = self._headers(url, "application/json")
        headers["Content-Type"] = content_type
        connect, read = self.timeout
        try:
            response = self._session.post(
                url,
                data=data,
                headers=headers,
                timeout=(connect, max(read, read_timeout or read)),
                stream=True,
                allow_redirects=False,
            )
        except (requests.RequestException, OSError) as exc:
            raise Offline(
                QT_TRANSLATE_NOOP("messages", "The task server cannot be reached ({reason})."),
                reason=_reason(exc),
            ) from exc
        with response:
            if response.status_code >= 300:
                raise self._error(response)
            try:
                raw = _read(response, MAX_JSON_BYTES)
            except requests.RequestException as exc:
                raise Offline(
                    QT_TRANSLATE_NOOP(
                        "messages", "The connection broke while the task server answered."
                    )
                ) from exc
            return decode_json(raw) if raw.strip() else None

    def pause(self, seconds: float) -> None:
        """Wait between attempts, as the retries do (tests record it instead)."""
        self._sleep(seconds)

    def _send(
        self, method: str, url: str, accept: str, *, json_body: Any = None, params: Any = None
    ) -> requests.Response:
        token = self.token
        response = self._request(method, url, accept, token, json_body, params)
        if response.status_code == 401 and self.token and self.token != token:
            # The token was renewed while this request was on its way, and the old one has
            # just gone: a 401 changed nothing on the server, so it goes again, with the new.
            response.close()
            response = self._request(method, url, accept, self.token, json_body, params)
        return response

    def _request(
        self, method: str, url: str, accept: str, token: str | None, json_body: Any, params: Any
    ) -> requests.Response:
        try:
            return self._session.request(
                method,
                url,
                json=json_body,
                params=params,
                headers=self._headers(url, accept, token),
                timeout=self.timeout,
                stream=True,
                allow_redirects=False,
            )
        except _BAD_URL as exc:
            raise BadResponse(_NOT_A_URL, url=url[:200]) from exc
        except requests.exceptions.InvalidJSONError as exc:  # NaN, or not JSON at all
            raise ClientError(_BODY_NOT_JSON, error=str(exc)) from exc
        except requests.RequestException as exc:
            raise Offline(
                QT_TRANSLATE_NOOP("messages", "The task server cannot be reached ({reason})."),
                reason=_reason(exc),
            ) from exc

    def _once(self, method: str, url: str, body: Any, params: Any) -> tuple[int, Any]:
        response = self._send(method, url, "application/json", json_body=body, params=params)
        with response:
            if response.status_code >= 300:
                raise self._error(response)
            raw = _read(response, MAX_JSON_BYTES)
            return response.status_code, (decode_json(raw) if raw.strip() else None)

    def _error(self, response: requests.Response) -> ApiError:
        status = response.status_code
        fallback = f"The task server answered {status} {response.reason or ''}".strip() + "."
        try:
            raw = _read(response, MAX_ERROR_BYTES)
            body = decode_json(raw) if raw.strip() else None
        except (BadResponse, Offline):
            body = None
        if 300 <= status < 400:  # redirects are not followed: a moved server is misconfigured
            return ServerError(status, "redirect", fallback + " (a redirect)", {})
        error = error_from_body(status, body, fallback)
        if status in (429, 503) and "retry_after" not in error.details:
            seconds = retry_after_seconds(response.headers.get("Retry-After", ""))
            if seconds is not None:
                error.details["retry_after"] = seconds
        return error

    def download(
        self,
        url: str,
        dest: Path,
        *,
        sha256: str | None = None,
        size: int | None = None,
        max_bytes: int = 1 << 31,
        progress: Progress | None = None,
    ) -> Path:
        """Stream a server-sent `url` to `dest`: a temp file beside it, verified, then an
        atomic replace.

        A SHA-256 other than `sha256`, or more bytes than `size`/`max_bytes`, raises
        (ChecksumMismatch, BadResponse) and leaves nothing behind. Retried like a GET.
        """
        url = self.resolve(url)
        dest.parent.mkdir(parents=True, exist_ok=True)
        error: ClientError = Offline(
            QT_TRANSLATE_NOOP("messages", "The task server was not called.")
        )
        for attempt in range(1 + self.retries):
            try:
                return self._download_once(url, dest, sha256, size, max_bytes, progress)
            except (Offline, ApiError) as exc:
                error = exc
                if not self.retryable(exc) or attempt >= self.retries:
                    raise
            self._sleep(self.delay(attempt, error))
        raise error

    def _download_once(
        self,
        url: str,
        dest: Path,
        sha256: str | None,
        size: int | None,
        max_bytes: int,
        progress: Progress | None,
    ) -> Path:
        response = self._send("GET", url, "*/*")
        temp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:12]}.part")
        try:
            with response:
                if response.status_code != 200:
                    raise self._error(response)
                announced = _content_length(response)
                limit = min(max_bytes, size) if size is not None else max_bytes
                if announced is not None and announced > limit:
                    raise BadResponse(_OFFERED, size=announced, url=url)
                total = announced if announced is not None else size
                digest, written = hashlib.sha256(), 0
                with open(temp, "wb") as out:
                    for chunk in _chunks(response):
                        written += len(chunk)
                        if written > limit:
                            raise BadResponse(_TOO_MANY_BYTES, url=url)
                        digest.update(chunk)
                        out.write(chunk)
                        if progress is not None:
                            progress(written, total)
                    out.flush()
                    os.fsync(out.fileno())
            if announced is not None and written != announced:
                raise Offline(QT_TRANSLATE_NOOP("messages", "The download ended early."))
            if size is not None and written != size:
                raise ChecksumMismatch(
                    f"The media from {url} has {written} bytes, not {size}; it was not kept."
                )
            if sha256 is not None and digest.hexdigest() != sha256:
                raise ChecksumMismatch(
                    f"The media from {url} does not match its SHA-256 {sha256}; it was not kept."
                )
            os.replace(temp, dest)
            return dest
        finally:
            temp.unlink(missing_ok=True)


def _content_length(response: requests.Response) -> int | None:
    value = response.headers.get("Content-Length", "").strip()
    return ascii_int(value)


def _chunks(response: requests.Response) -> Any:
    try:
        yield from response.iter_content(CHUNK)
    except requests.RequestException as exc:
        raise Offline(
            QT_TRANSLATE_NOOP("messages", "The connection broke during a download ({reason})."),
            reason=_reason(exc),
        ) from exc


def _read(response: requests.Response, limit: int) -> bytes:
    parts: list[bytes] = []
    total = 0
    for chunk in _chunks(response):
        total += len(chunk)
        if total > limit:
            raise BadResponse(_ANSWER_TOO_LARGE, limit=limit)
        parts.append(chunk)
    return b"".join(parts)


def retry_after_seconds(header: str, now: float | None = None) -> float | None:
    """A `Retry-After` header in seconds: delay-seconds or an HTTP date; None if neither."""
    text = header.strip()
    if text and text.isascii() and text.isdigit():  # ASCII digits only, as ascii_int reads
        return float(text)  # a huge number is inf, never an overflow
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an HTTP date is GMT
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _reason(exc: BaseException) -> str:
    if isinstance(exc, requests.Timeout):
        return QT_TRANSLATE_NOOP("messages", "timed out")
    text = str(exc)
    for key, said in _REASONS:
        if key in text:
            return said
    return type(exc).__name__


#: A connection's failure as `requests` says it -> how an offline message says it.
_REASONS = (
    ("Connection refused", QT_TRANSLATE_NOOP("messages", "connection refused")),
    ("Name or service not known", QT_TRANSLATE_NOOP("messages", "name or service not known")),
    ("No route to host", QT_TRANSLATE_NOOP("messages", "no route to host")),
)
