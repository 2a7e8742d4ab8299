"""The task-server client: one method per call an annotator makes (PROTOCOL.md).

Every method returns checked values (`labeler.client.wire`) or raises a
`labeler.client.errors` type; nothing from `requests` leaks out. Idempotent calls (GETs,
heartbeat, release, submissions by their client-made id, media downloads) are retried
with backoff; the rest (sign-in, leasing a batch, contest) are sent once.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from labeler.client import wire
from labeler.client.errors import BadResponse, ClientError, Unauthenticated, error_from_body
from labeler.client.jsonread import Reader
from labeler.client.submitted import OwnSubmission, parse_own_submission
from labeler.client.transport import DEFAULT_TIMEOUT, Progress, Transport

API_ROOT = "/api/v1"


def normalize_server_url(url: str) -> str:
    """The API root of a server from what a user typed: scheme, lower-case host, `/api/v1`.

    `localhost:8470` → `http://localhost:8470/api/v1`; a URL naming a path keeps it.
    """
    text = url.strip()
    if "://" not in text:
        text = "http://" + text
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError(f"not a task server address: {url!r}")
    path = parts.path.rstrip("/") or API_ROOT
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, "", ""))


def _seg(value: str) -> str:
    """One path segment, escaped (ids are opaque strings)."""
    return quote(value, safe="")


def token_name() -> str:
    """What a token the workbench signs in for is called in the token lists: the
    workbench and the computer it runs on."""
    return f"workbench on {socket.gethostname() or 'this computer'}"[:100]


@dataclass(frozen=True)
class BulkResult:
    """One entry of `POST /submissions/bulk`: stored/replayed (`accepted`) or an `error`."""

    id: str
    status_code: int
    accepted: wire.Accepted | None
    error: ClientError | None


class TaskServer:
    """A client of one task server for one signed-in user (or none yet).

    `sleep` is how retries wait (tests pass a recorder). The instance may be shared by
    threads; `token` may be replaced at any time (after signing in again).
    """

    def __init__(
        self,
        server_url: str,
        token: str | None = None,
        *,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retries: int = 3,
        backoff: float = 0.5,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self.server_url = normalize_server_url(server_url)
        kwargs: dict[str, Any] = {"timeout": timeout, "retries": retries, "backoff": backoff}
        if sleep is not None:
            kwargs["sleep"] = sleep
        self.transport = Transport(self.server_url, token, **kwargs)

    @property
    def token(self) -> str | None:
        return self.transport.token

    @token.setter
    def token(self, value: str | None) -> None:
        self.transport.token = value

    def close(self) -> None:
        """Close pooled connections."""
        self.transport.close()

    # Users and tokens

    def sign_in(self, username: str, password: str) -> wire.SignIn:
        """`POST /auth/token`; the token is kept for the calls that follow."""
        _, body = self.transport.call(
            "POST",
            "/auth/token",
            body={"username": username, "password": password, "name": token_name()},
            idempotent=False,
        )
        signed = wire.parse_sign_in(body)
        self.token = signed.token
        return signed

    def sign_out(self) -> None:
        """`DELETE /auth/token`; a token the server no longer knows counts as signed out."""
        try:
            self.transport.call("DELETE", "/auth/token", idempotent=False)
        except Unauthenticated:
            pass
        self.token = None

    def token_life(self) -> wire.TokenLife:
        """`GET /auth/token`: when the token in use expires (an extension of this
        project's server; another answers 404 or 405)."""
        return wire.parse_token_life(self._get("/auth/token"))

    def renew_token(self) -> wire.SignIn:
        """`POST /auth/token/renew`: a new token for the one in use, which keeps working
        until the new one is first used (so a retry after a lost answer is safe). The
        caller puts the new token in use."""
        _, body = self.transport.call("POST", "/auth/token/renew", idempotent=True)
        return wire.parse_sign_in(body)

    def me(self) -> wire.Me:
        """`GET /me`: roles, skills, earnings."""
        return wire.parse_me(self._get("/me"))

    def health(self, retries: int | None = None) -> wire.Health:
        """`GET /health` (no token needed); `retries=0` for a quick probe."""
        _, body = self.transport.call("GET", "/health", idempotent=True, retries=retries)
        return wire.parse_health(body)

    # Projects

    def projects(self) -> list[wire.Project]:
        """`GET /projects`: every project the user may see, with eligibility."""
        return wire.parse_projects(self._get("/projects"))

    def project(self, project_id: str) -> wire.Project:
        """`GET /projects/{id}`."""
        return wire.parse_project(self._get(f"/projects/{_seg(project_id)}"))

    def schema(self, project_id: str, version: int | None = None) -> wire.SchemaVersion:
        """`GET /projects/{id}/schema[?version=N]`; the current version without one."""
        params = {"version": version} if version is not None else None
        body = self._get(f"/projects/{_seg(project_id)}/schema", params)
        schema = wire.parse_schema_version(body)
        if version is not None and schema.version != version:
            raise BadResponse(f"Asked for schema version {version}, got {schema.version}.")
        return schema

    # Batches

    def lease(self, project_id: str, size: int) -> wire.Batch | None:
        """`POST /projects/{id}/batches`: a new batch, or None when no work is left (204).

        Sent once: a retry could lease a second batch. 403 (`Forbidden`) carries the
        locked reason of a private pool.
        """
        status, body = self.transport.call(
            "POST",
            f"/projects/{_seg(project_id)}/batches",
            body={"size": size},
            idempotent=False,
        )
        if status == 204:
            return None
        batch = wire.parse_batch(body)
        if batch.project_id != project_id:
            raise BadResponse("The task server sent a batch of another project.")
        return batch

    def heartbeat(self, batch_id: str) -> Any:
        """`POST /batches/{id}/heartbeat`: extend the lease; returns the new expiry."""
        _, body = self.transport.call(
            "POST", f"/batches/{_seg(batch_id)}/heartbeat", idempotent=True
        )
        return Reader(body, "heartbeat answer").moment("lease_expires_at")

    def release(self, batch_id: str) -> None:
        """`POST /batches/{id}/release`: give back the unanswered items."""
        self.transport.call("POST", f"/batches/{_seg(batch_id)}/release", idempotent=True)

    # Submissions

    def submit(self, body: dict[str, Any]) -> wire.Accepted:
        """`POST /submissions` with a body whose `id` the workbench made: 201 stored,
        200 replayed (the same answer again). Retried: the id makes it idempotent."""
        status, answer = self.transport.call("POST", "/submissions", body=body, idempotent=True)
        accepted = wire.parse_accepted(answer, status)
        if accepted.id.lower() != str(body.get("id", "")).lower():
            raise BadResponse("The task server answered a submission with another id.")
        return accepted

    def submit_bulk(self, bodies: Sequence[dict[str, Any]]) -> list[BulkResult]:
        """`POST /submissions/bulk`: one result per body, in order, each as if posted
        alone. A result the server left out or garbled comes back as a BadResponse
        error for that body only."""
        _, answer = self.transport.call(
            "POST", "/submissions/bulk", body={"submissions": list(bodies)}, idempotent=True
        )
        entries = Reader(answer, "bulk answer").entries("results")
        by_id: dict[str, Reader] = {}
        for entry in entries:
            sub_id = entry.obj().get("id")
            if isinstance(sub_id, str):
                by_id.setdefault(sub_id.lower(), entry)
        return [self._bulk_result(str(b.get("id", "")), by_id) for b in bodies]

    @staticmethod
    def _bulk_result(sub_id: str, by_id: dict[str, Reader]) -> BulkResult:
        entry = by_id.get(sub_id.lower())
        if entry is None:
            missing = BadResponse("The task server left this submission out of its answer.")
            return BulkResult(sub_id, 0, None, missing)
        try:
            code = entry.integer("status_code", low=100)
            body = entry.obj().get("body")
            if code < 300:
                return BulkResult(sub_id, code, wire.parse_accepted(body, code), None)
            return BulkResult(sub_id, code, None, error_from_body(code, body, f"HTTP {code}"))
        except BadResponse as exc:
            return BulkResult(sub_id, 0, None, exc)

    def history(
        self,
        *,
        limit: int = 50,
        cursor: str | None = None,
        status: str | None = None,
        project_id: str | None = None,
        retries: int | None = None,
    ) -> wire.HistoryPage:
        """`GET /submissions?mine=true`: the user's submissions, newest first, one page
        (`retries=0`: one try, when the server is believed offline)."""
        params: dict[str, Any] = {"mine": "true", "limit": limit}
        for key, value in (("cursor", cursor), ("status", status), ("project_id", project_id)):
            if value is not None:
                params[key] = value
        return wire.parse_history(self._get("/submissions", params, retries))

    def submission(self, submission_id: str) -> OwnSubmission:
        """`GET /submissions/{id}`: one of the user's own submissions with its answer and
        item (`NotFound` for anyone else's)."""
        return parse_own_submission(self._get(f"/submissions/{_seg(submission_id)}"))

    def contest(self, submission_id: str, reason: str) -> dict[str, Any]:
        """`POST /submissions/{id}/contest`: object to a failed gold verdict."""
        _, body = self.transport.call(
            "POST",
            f"/submissions/{_seg(submission_id)}/contest",
            body={"reason": reason},
            idempotent=False,
        )
        return Reader(body, "contest answer").obj()

    # Media

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
        """Stream media (a server-sent URL) to `dest`, verified against `sha256` when
        given and never larger than `size` or `max_bytes`; atomic; nothing left on
        failure."""
        return self.transport.download(
            url, dest, sha256=sha256, size=size, max_bytes=max_bytes, progress=progress
        )

    def _get(
        self, path: str, params: dict[str, Any] | None = None, retries: int | None = None
    ) -> Any:
        _, body = self.transport.call("GET", path, params=params, idempotent=True, retries=retries)
        return body
