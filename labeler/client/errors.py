"""The workbench's own error types: what callers of `labeler.client` catch.

Nothing from `requests` escapes the client: a connection that fails is `Offline`, an
error body of the protocol is an `ApiError` (a subclass per code the workbench treats
differently), and an answer that does not have the protocol's shape is `BadResponse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from labeler.core.i18n import QT_TRANSLATE_NOOP, Said

if TYPE_CHECKING:
    from labeler.client.wire import MessageCode


class ClientError(Exception):
    """Base of every error `labeler.client` raises; `message` is a human sentence.

    Given `params`, `message` is a template (marked `QT_TRANSLATE_NOOP("messages", …)`)
    with `{name}` for each: `message` becomes the English sentence, and `template` and
    `params` stay for the interface to word it in its language."""

    def __init__(self, message: str, **params: Any) -> None:
        text = message.format(**params) if params else message
        super().__init__(text)
        self.message = text
        self.template = message
        self.params: dict[str, Any] = params


class Offline(ClientError):
    """The task server could not be reached: refused, timed out, DNS, TLS, cut mid-answer."""


class BadResponse(ClientError):
    """The task server answered something the protocol does not allow (hostile or buggy)."""


class ChecksumMismatch(ClientError):
    """Downloaded media does not hash to the SHA-256 it was asked for; nothing was kept."""


class StoreError(ClientError):
    """The local store cannot be used (made by a newer workbench, unreadable, full disk)."""


class AlreadySubmitted(ClientError):
    """The item already has a submission in the outbox; `submission_id` names it."""

    def __init__(self, message: str, submission_id: str) -> None:
        super().__init__(message)
        self.submission_id = submission_id


class NotAmendable(ClientError):
    """A submission that can no longer be corrected; the message says why."""


class WorkbenchTooOld(ClientError):
    """The task server takes workbenches from version `needed` on, and this one is `ours`:
    nothing is sent to it (see `labeler.client.versions`). `download_url`: where the
    server's owner said a newer one is, if they did."""

    #: What the workbench says (its interface words it from `needed`, `ours`, `download_url`).
    TEXT = QT_TRANSLATE_NOOP(
        "messages",
        "This task server needs labeler {needed} or newer; this is {ours}. Ask your team lead"
        " for the new version.",
    )
    TEXT_WITH_URL = QT_TRANSLATE_NOOP(
        "messages",
        "This task server needs labeler {needed} or newer; this is {ours}. Ask your team lead"
        " for the new version, or download it from {url}",
    )

    def __init__(self, needed: str, ours: str, download_url: str | None = None) -> None:
        self.needed, self.ours, self.download_url = needed, ours, download_url or None
        text = self.TEXT_WITH_URL if self.download_url else self.TEXT
        super().__init__(text.format(needed=needed, ours=ours, url=self.download_url))


class ServerWords(str):
    """A sentence of the task server, in English, that keeps its message code (`said`,
    None when the server sent none): where only a string is kept (an import's refusal
    reasons), the workbench still says it in its language (`labeler.ui.messages.said`)."""

    said: MessageCode | None

    def __new__(cls, text: str, said: MessageCode | None) -> ServerWords:
        words = super().__new__(cls, text)
        words.said = said
        return words


class ApiError(ClientError):
    """A non-2xx answer of the task server, with the protocol's error body."""

    def __init__(
        self, status: int, code: str, message: str, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.details: dict[str, Any] = details or {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.status}, {self.code!r}, {self.message!r})"

    @property
    def said(self) -> MessageCode | None:
        """The message as a code and its values (`details.message`), when the server gave
        one: the interface says it in its language, `message` being the fallback."""
        from labeler.client.wire import message_code

        return message_code(self.details.get("message"))

    def words(self) -> ServerWords:
        """`message` with its message code, as a string to keep."""
        return ServerWords(self.message, self.said)

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asked to wait before trying again (a 429's or a 503's
        `Retry-After`, or `details.retry_after`); None when it did not say."""
        value = self.details.get("retry_after")
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return max(0.0, float(value))

    def to_json(self) -> dict[str, Any]:
        """The protocol's error body, as stored with a refused submission."""
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}


def error_said(error: BaseException) -> str:
    """An error's sentence as a string that the workbench can still say in its language:
    the task server's with its message code, the client's own with its values, anything
    else as it reads."""
    if isinstance(error, ApiError):
        return error.words()
    if isinstance(error, ClientError):
        return Said(error.template, **error.params) if error.params else error.message
    return str(error) or type(error).__name__


class InvalidRequest(ApiError):
    """400: the request was malformed (a bug in the workbench, or another server's rule)."""


class Unauthenticated(ApiError):
    """401: the token is missing, wrong, revoked or expired; sign in again."""


class Forbidden(ApiError):
    """403: outside the caller's roles, a requirement not met, or an item not in their batch."""

    @property
    def locked_reason(self) -> str | None:
        """Why a private pool is closed to the caller, when that is the reason."""
        reason = self.details.get("locked_reason")
        return reason if isinstance(reason, str) else None


class NotFound(ApiError):
    """404: no such thing, or the caller may not know of it."""


class Conflict(ApiError):
    """409: the request clashes with what the server holds."""


class ItemComplete(Conflict):
    """409 `item_complete`: a late answer to an item that has all the answers it needs."""


class TooLarge(ApiError):
    """413: the body is over the server's limit."""


class Unprocessable(ApiError):
    """422: the content does not fit (a schema, media)."""


class InvalidAnswer(Unprocessable):
    """422 `invalid_answer`; `problems` lists `{"path", "message"}` from `details.errors`."""

    @property
    def problems(self) -> list[dict[str, str]]:
        errors = self.details.get("errors")
        if not isinstance(errors, list):
            return []
        return [
            {"path": str(e.get("path", "")), "message": str(e.get("message", ""))}
            for e in errors
            if isinstance(e, dict)
        ]


class RateLimited(ApiError):
    """429: too many requests; `retry_after` is in seconds when the server said."""


class ServerError(ApiError):
    """5xx: the server failed (a bug, or a proxy in front of it); worth retrying later."""


_BY_CODE: dict[str, type[ApiError]] = {
    "item_complete": ItemComplete,
    "invalid_answer": InvalidAnswer,
}
_BY_STATUS: dict[int, type[ApiError]] = {
    400: InvalidRequest,
    401: Unauthenticated,
    403: Forbidden,
    404: NotFound,
    409: Conflict,
    413: TooLarge,
    422: Unprocessable,
    429: RateLimited,
}


def api_error(status: int, code: str, message: str, details: dict[str, Any]) -> ApiError:
    """The ApiError subclass for a status and code (the code decides where it is finer)."""
    cls = _BY_CODE.get(code)
    if cls is None or cls_status(cls) != status:
        cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else ApiError)
    return cls(status, code, message, details)


def cls_status(cls: type[ApiError]) -> int:
    """The status a code-specific class belongs to."""
    return 409 if issubclass(cls, Conflict) else 422


def error_from_body(status: int, body: Any, fallback: str) -> ApiError:
    """An ApiError from a (possibly hostile) protocol error body."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        error = {}
    code = error.get("code")
    message = error.get("message")
    details = error.get("details")
    return api_error(
        status,
        code if isinstance(code, str) and code else _default_code(status),
        message[:2000] if isinstance(message, str) and message.strip() else fallback,
        details if isinstance(details, dict) else {},
    )


def _default_code(status: int) -> str:
    return {
        400: "invalid_request",
        401: "unauthenticated",
        403: "forbidden",
        404: "not_found",
        409: "conflict",
        413: "too_large",
        422: "invalid_request",
        429: "rate_limited",
    }.get(status, "internal_error" if status >= 500 else "error")
