"""The media of items' comparison candidates: recorded on import, expanded into media
objects where items are served, and visible to whoever may see one of their items."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from labeler.core.itemdata import candidate_media
from labeler.server.models import CandidateMedia, Item, Lease, Media


def record_candidate_media(session: Session, rows: Iterable[tuple[str, Any]]) -> None:
    """Record the candidate media of new items, given as `(item_id, data)`."""
    values = [
        {"item_id": item_id, "sha256": sha}
        for item_id, data in rows
        for sha in dict.fromkeys(candidate_media(data))
    ]
    for start in range(0, len(values), 1000):
        session.execute(insert(CandidateMedia), values[start : start + 1000])


def media_of_candidates(session: Session, items: Iterable[Item]) -> dict[str, Media]:
    """The media rows the candidates of `items` show, by sha256 (one query, none when no
    candidate shows media)."""
    wanted = sorted({sha for item in items for sha in candidate_media(item.data)})
    found: dict[str, Media] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.update(
            (m.sha256, m)
            for m in session.execute(select(Media).where(Media.sha256.in_(chunk))).scalars()
        )
    return found


def leased_candidate_media(session: Session, user_id: str, sha256: str) -> bool:
    """Whether the user holds or held a lease on an item one of whose candidates shows
    the media."""
    query = (
        select(Lease.id)
        .join(CandidateMedia, CandidateMedia.item_id == Lease.item_id)
        .where(Lease.user_id == user_id, CandidateMedia.sha256 == sha256)
        .limit(1)
    )
    return session.execute(query).first() is not None
