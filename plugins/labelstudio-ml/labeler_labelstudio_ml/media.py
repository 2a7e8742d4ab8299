"""Serving an item's file to the backend.

A Label Studio ML backend reads a task's image or recording from the URL in the task's
data (it downloads it: `get_local_path` in `label-studio-ml`), so the file on this
computer is served over HTTP for it to fetch: each file under a path no one can guess
(a keyed hash of its path, size and time), only the files of the items a backend was
asked about, from loopback unless `LABELER_LSML_MEDIA_LISTEN` says otherwise. One
address per file for the life of the process, so a backend that keeps what it
downloaded by URL (as `label-studio-ml` does) fetches a picture once for many clicks.
"""

from __future__ import annotations

import hashlib
import hmac
import mimetypes
import secrets
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from labeler_labelstudio_ml.config import PREFIX


class MediaServer:
    """Serves registered files at `<base>/<key>/<name>` until `close()`."""

    def __init__(self, listen: str = "127.0.0.1", base_url: str | None = None) -> None:
        self.listen = listen
        self.configured_url = base_url
        self._secret = secrets.token_bytes(32)
        self._files: dict[str, Path] = {}
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        """The address the backend is given (the listening one unless configured)."""
        server = self._start()
        if self.configured_url is not None:
            return self.configured_url.rstrip("/")
        host, port = server.server_address[:2]
        host = str(host)
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    def url(self, path: Path) -> str:
        """The address of `path` for the backend (the file must exist)."""
        stat = path.stat()
        ident = f"{path.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}".encode()
        key = hmac.new(self._secret, ident, hashlib.sha256).hexdigest()[:32]
        with self._lock:
            self._files[key] = path
        return f"{self.base_url}/{key}/{quote(path.name)}"

    def close(self) -> None:
        with self._lock:
            server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()

    def _start(self) -> ThreadingHTTPServer:
        with self._lock:
            if self._server is None:
                self._server = self._serve()
            return self._server

    def _serve(self) -> ThreadingHTTPServer:
        try:
            parts = urlsplit(f"//{self.listen}")
            address = (parts.hostname or "127.0.0.1", parts.port or 0)
            server = ThreadingHTTPServer(address, self._handler())
        except (OSError, ValueError) as exc:
            raise OSError(
                f"Cannot serve items' files to the backend on {self.listen!r} "
                f"({PREFIX}MEDIA_LISTEN): {exc}"
            ) from None
        server.daemon_threads = True
        threading.Thread(
            target=server.serve_forever, args=(0.05,), name="lsml-media", daemon=True
        ).start()
        return server

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        files, lock = self._files, self._lock

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the standard library's name
                key = unquote(urlsplit(self.path).path).strip("/").split("/", 1)[0]
                with lock:
                    path = files.get(key)
                try:
                    handle = path.open("rb") if path is not None else None
                except OSError:
                    handle = None
                if handle is None:
                    self.send_error(404)
                    return
                with handle:
                    size = Path(handle.name).stat().st_size
                    mime = mimetypes.guess_type(handle.name)[0] or "application/octet-stream"
                    self.send_response(200)
                    self.send_header("Content-Type", mime)
                    self.send_header("Content-Length", str(size))
                    self.end_headers()
                    shutil.copyfileobj(handle, self.wfile)

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                """Quiet: a request for each picture is no news."""

        return Handler
