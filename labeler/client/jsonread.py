"""Typed reads of the task server's JSON: anything off-protocol becomes `BadResponse`.

A server may be buggy or hostile; a wrong type or a missing key must end here with a
message naming the place (`items[3].media.sha256`), never deep inside the workbench.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from typing import Any

from labeler.client.errors import BadResponse


def fail(what: str, path: str, message: str) -> BadResponse:
    """The error for one off-protocol place of an answer."""
    return BadResponse(f"The task server sent a malformed {what}: {path} {message}.")


class Reader:
    """A JSON value at a path, read with the type the protocol promises."""

    def __init__(self, value: Any, what: str, path: str = "") -> None:
        self.value = value
        self.what = what
        self.path = path or "(root)"

    def _at(self, key: str) -> str:
        return key if self.path == "(root)" else f"{self.path}.{key}"

    def fail(self, message: str, key: str | None = None) -> BadResponse:
        return fail(self.what, self._at(key) if key else self.path, message)

    def obj(self) -> dict[str, Any]:
        if not isinstance(self.value, dict):
            raise self.fail("must be an object")
        return self.value

    def get(self, key: str) -> Reader:
        """The value under `key` (absent reads as None)."""
        return Reader(self.obj().get(key), self.what, self._at(key))

    def has(self, key: str) -> bool:
        return self.obj().get(key) is not None

    def text(self, key: str, *, max_len: int = 1 << 20) -> str:
        value = self.obj().get(key)
        if not isinstance(value, str):
            raise self.fail("must be a string", key)
        if len(value) > max_len:
            raise self.fail(f"is longer than {max_len} characters", key)
        return value

    def opt_text(self, key: str, *, max_len: int = 1 << 20) -> str | None:
        return None if self.obj().get(key) is None else self.text(key, max_len=max_len)

    def id(self, key: str) -> str:
        """An opaque id: a non-empty string of at most 200 characters."""
        value = self.text(key, max_len=200)
        if not value:
            raise self.fail("must not be empty", key)
        return value

    def integer(self, key: str, *, low: int = 0) -> int:
        value = self.obj().get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail("must be an integer", key)
        if value < low:
            raise self.fail(f"must be at least {low}", key)
        return value

    def opt_integer(self, key: str, *, low: int = 0) -> int | None:
        return None if self.obj().get(key) is None else self.integer(key, low=low)

    def number(self, key: str) -> float:
        value = self.obj().get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail("must be a number", key)
        if not math.isfinite(value):
            raise self.fail("must be finite", key)
        return float(value)

    def opt_number(self, key: str) -> float | None:
        return None if self.obj().get(key) is None else self.number(key)

    def flag(self, key: str, default: bool | None = None) -> bool:
        """A boolean; absent or null reads as `default` when one is given."""
        value = self.obj().get(key)
        if value is None and default is not None:
            return default
        if not isinstance(value, bool):
            raise self.fail("must be true or false", key)
        return value

    def entries(self, key: str, *, optional: bool = False) -> list[Reader]:
        """The elements of a list, each a Reader at its own path."""
        value = self.obj().get(key)
        if value is None and optional:
            return []
        if not isinstance(value, list):
            raise self.fail("must be a list", key)
        return [Reader(v, self.what, f"{self._at(key)}[{i}]") for i, v in enumerate(value)]

    def mapping(self, key: str) -> dict[str, Any]:
        value = self.obj().get(key)
        if not isinstance(value, dict):
            raise self.fail("must be an object", key)
        return value

    def opt_mapping(self, key: str) -> dict[str, Any] | None:
        return None if self.obj().get(key) is None else self.mapping(key)

    def moment(self, key: str) -> datetime:
        """An ISO 8601 moment (with `Z` or an offset), as an aware datetime in UTC."""
        text = self.text(key, max_len=64)
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise self.fail("is not an ISO 8601 time", key) from None
        if moment.tzinfo is None:
            raise self.fail("has no time zone", key)
        return moment.astimezone(UTC)


def iso(moment: datetime) -> str:
    """A moment as the protocol writes it: ISO 8601 in UTC with a `Z`."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
