"""Export of a project's accepted answers, streamed as JSON lines."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select

from labeler.server.db import Database
from labeler.server.models import Item, Submission, User
from labeler.server.services.answerable import Viewer, shown
from labeler.server.services.history import user_ref

#: JSONL's content type; the formats of the field are `export_formats`.
JSONL_TYPE = "application/x-ndjson"
_CHUNK = 500


def jsonl_lines(database: Database, project_id: str, viewer: Viewer) -> Iterator[bytes]:
    """One line per real item, in item order, with its accepted answers; none for an item
    the viewer may still answer.

    Runs in its own read transaction, a chunk of items at a time, so memory stays flat
    whatever the project's size.
    """
    with database.transaction(write=False) as session:
        after = -1
        while True:
            items = list(
                session.execute(
                    select(Item)
                    .where(
                        Item.project_id == project_id,
                        Item.is_gold.is_(False),
                        Item.seq > after,
                        shown(viewer),
                    )
                    .order_by(Item.seq)
                    .limit(_CHUNK)
                ).scalars()
            )
            if not items:
                return
            after = items[-1].seq
            answers: dict[str, list[dict[str, Any]]] = defaultdict(list)
            rows = session.execute(
                select(Submission.id, Submission.item_id, Submission.answer, User)
                .join(User, User.id == Submission.user_id)
                .where(
                    Submission.item_id.in_([i.id for i in items]),
                    Submission.status == "accepted",
                )
                .order_by(Submission.received_at, Submission.id)
            )
            for sub_id, item_id, answer, user in rows:
                if answer is None:  # an accepted skip carries no answer
                    continue
                answers[item_id].append(
                    {"submission_id": sub_id, "user": user_ref(user), "answer": answer}
                )
            for item in items:
                yield (_line(item, answers.get(item.id, [])) + "\n").encode()


def _line(item: Item, answers: list[dict[str, Any]]) -> str:
    out: dict[str, Any] = {"item_id": item.id}
    if item.source is not None:
        out["source"] = item.source
    if item.text is not None:
        out["text"] = item.text
    if item.media_sha256 is not None:
        out["media"] = item.media_sha256
    out["data"] = item.data or {}
    out["answers"] = answers
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))
