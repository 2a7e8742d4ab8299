"""A scripted HTTP server on loopback: each route answers from a queue of canned
responses (the last one repeats), and every request is recorded. For what a real task
server would never send: garbled JSON, wrong types, 503s, slow answers, bad bytes."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Canned:
    """One response: status, body (bytes, or JSON for anything else), headers, delay."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0

    def payload(self) -> bytes:
        if isinstance(self.body, bytes):
            return self.body
        if self.body is None:
            return b""
        return json.dumps(self.body).encode()


@dataclass
class Seen:
    """A request as the server received it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float = 0.0  # time.monotonic() on arrival

    def json(self) -> Any:
        return json.loads(self.body)


Reply = Canned | Callable[[Seen], Canned]


class FakeServer:
    """`server.route("GET", "/api/v1/projects", Canned(...), ...)`, then call `url`."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], list[Reply]] = {}
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                canned = fake._take(self.command, self.path, dict(self.headers), body)
                if canned.delay:
                    time.sleep(canned.delay)
                payload = canned.payload()
                try:
                    self.send_response(canned.status)
                    headers = {"Content-Type": "application/json", **canned.headers}
                    headers.setdefault("Content-Length", str(len(payload)))
                    for key, value in headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            do_GET = do_POST = do_DELETE = do_PUT = _serve  # noqa: N815

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.url = f"{self.origin}/api/v1"
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def route(self, method: str, path: str, *responses: Reply) -> None:
        """Answer `method path` (path with query, under the origin) with these in turn;
        a callable reply makes its answer from the request."""
        with self._lock:
            self.routes[(method, path)] = list(responses)

    def requests(self, method: str | None = None, path: str | None = None) -> list[Seen]:
        with self._lock:
            return [
                s
                for s in self.seen
                if (method is None or s.method == method) and (path is None or s.path == path)
            ]

    def _take(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Canned:
        with self._lock:
            seen = Seen(method, path, headers, body, time.monotonic())
            self.seen.append(seen)
            queue = self.routes.get((method, path))
            if not queue:
                return Canned(404, {"error": {"code": "not_found", "message": "No route."}})
            reply = queue.pop(0) if len(queue) > 1 else queue[0]
        return reply(seen) if callable(reply) else reply

    def start(self) -> FakeServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@contextmanager
def fake_server() -> Iterator[FakeServer]:
    server = FakeServer().start()
    try:
        yield server
    finally:
        server.stop()
