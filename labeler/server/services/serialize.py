"""JSON shapes of the protocol that several routes share."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from labeler.server.models import Item, Media

API = "/api/v1"


def iso(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a Z."""
    if value is None:
        return None
    return value.isoformat().replace("+00:00", "Z")


def media_json(media: Media) -> dict[str, Any]:
    """The media object of an item as annotators receive it (urls relative to the server)."""
    out: dict[str, Any] = {
        "sha256": media.sha256,
        "url": f"{API}/media/{media.sha256}",
        "mime": media.mime,
        "bytes": media.bytes,
    }
    for key in ("width", "height", "duration"):
        value = getattr(media, key)
        if value is not None:
            out[key] = value
    if media.display_bytes is not None:
        out["variants"] = {
            "display": {
                "url": f"{API}/media/{media.sha256}?variant=display",
                "bytes": media.display_bytes,
                "width": media.display_width,
                "height": media.display_height,
            }
        }
    return out


def item_json(
    item: Item,
    media: Media | None,
    training: bool,
    candidate_media: Mapping[str, Media] | None = None,
) -> dict[str, Any]:
    """An item as an annotator receives it; a candidate's `media` sha256 becomes its media
    object when `candidate_media` has it (`services.candidates.media_of_candidates`).

    Nothing here tells a gold item apart, except in training projects where gold items
    carry their answer and hint on purpose.
    """
    data = item.data or {}
    if candidate_media:
        data = _expanded_candidates(data, candidate_media)
    out: dict[str, Any] = {"id": item.id, "data": data}
    if item.text is not None:
        out["text"] = item.text
    if item.prefill is not None:
        out["prefill"] = item.prefill
    if media is not None:
        out["media"] = media_json(media)
    if training and item.is_gold:
        out["training"] = {"answer": item.gold_answer, "hint": item.gold_hint}
    return out


def _expanded_candidates(data: dict[str, Any], media: Mapping[str, Media]) -> dict[str, Any]:
    """`data` with each candidate's media sha256 replaced by its media object (a copy; the
    stored data is left alone)."""
    candidates = data.get("candidates")
    if not isinstance(candidates, list):
        return data
    expanded = []
    for candidate in candidates:
        sha = candidate.get("media") if isinstance(candidate, dict) else None
        if isinstance(sha, str) and sha in media:
            candidate = {**candidate, "media": media_json(media[sha])}
        expanded.append(candidate)
    return {**data, "candidates": expanded}
