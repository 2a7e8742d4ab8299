"""What `POST /submissions` (and bulk) takes in: a first answer to an item, or an
amendment of one, each checked and stored by its own service.

Both run in two phases: the checks in a read transaction (`check_in`), the writes in a
savepoint of their own (`store`), so that on SQLite the group writer holds the write lock
for a few statements only, and a failing one undoes only itself.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy.orm import Session

from labeler.server.db import Database
from labeler.server.errors import ApiError
from labeler.server.services import amending, submitting
from labeler.server.services.payload import invalid, require_object
from labeler.server.services.submitting import MAX_BULK, Incoming, Outcome

Checked = tuple[Incoming, submitting.Prepared | amending.Prepared]


def check_in(reader: Session, user_id: str, body: object) -> Checked | Outcome:
    """The read phase in the caller's read transaction: a replay (the Outcome), or the
    checked submission for `store`. Raises the ApiError of a bad one."""
    incoming = submitting.parse(body)
    if incoming.amends is not None:
        return amending.check(reader, user_id, incoming)
    return submitting.checked(reader, user_id, incoming)


def store(session: Session, user_id: str, checked: Checked) -> Outcome:
    """The write phase of a checked submission or amendment."""
    incoming, prepared = checked
    if isinstance(prepared, amending.Prepared):
        return amending.store(session, user_id, incoming, prepared)
    return submitting.store(session, user_id, incoming, prepared)


def writer(user_id: str, checked: Checked) -> Any:
    """`store` as a write for the group writer (it opens a savepoint of its own)."""
    return partial(_store_in, user_id=user_id, checked=checked)


def _store_in(session: Session, *, user_id: str, checked: Checked) -> Outcome:
    return store(session, user_id, checked)


def submit(
    session: Session, user_id: str, body: object, database: Database | None = None
) -> Outcome:
    """Store one submission or amendment (201), replay a stored one (200), or raise the
    ApiError. With `database` a first submission's checks run in a read transaction of
    their own; an amendment's run in `session`, which sees what a bulk post stored before
    it (the submission it corrects, perhaps)."""
    incoming = submitting.parse(body)
    checked: Checked | Outcome
    if incoming.amends is not None:
        checked = amending.check(session, user_id, incoming)
    elif database is not None:
        with database.transaction(write=False) as reader:
            checked = submitting.checked(reader, user_id, incoming)
    else:
        checked = submitting.checked(session, user_id, incoming)
    if isinstance(checked, Outcome):
        return checked
    return store(session, user_id, checked)


def submit_bulk(
    session: Session, user_id: str, body: object, database: Database | None = None
) -> dict[str, Any]:
    """Each entry as if posted alone, in order; one failing never undoes another."""
    body = require_object(body)
    entries = body.get("submissions")
    if not isinstance(entries, list) or not 1 <= len(entries) <= MAX_BULK:
        raise invalid("submissions", f"must be a list of 1 to {MAX_BULK} submissions")
    results = []
    for entry in entries:
        sub_id = entry.get("id") if isinstance(entry, dict) else None
        try:
            outcome = submit(session, user_id, entry, database)
        except ApiError as exc:
            outcome = Outcome(exc.status, exc_body(exc))
        results.append(
            {
                "id": sub_id if isinstance(sub_id, str) else None,
                "status_code": outcome.status_code,
                "body": outcome.body,
            }
        )
    return {"results": results}


def exc_body(exc: ApiError) -> dict[str, Any]:
    """The protocol's error body of an ApiError."""
    return {"error": {"code": exc.code, "message": exc.message, "details": exc.details}}
