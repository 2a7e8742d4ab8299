"""An item as the workbench holds it: what the server sent, plus where its media lies."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from labeler.core.answers import ItemContext
from labeler.core.itemdata import candidate_keys

if TYPE_CHECKING:
    from labeler.core.plugins.api import ItemView


@dataclass(frozen=True)
class MediaInfo:
    """The `media` object of an item (PROTOCOL.md "Batches")."""

    sha256: str
    mime: str
    bytes: int
    url: str
    width: int | None = None
    height: int | None = None
    duration: float | None = None
    display_url: str | None = None
    display_width: int | None = None
    display_height: int | None = None
    display_bytes: int | None = None

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> MediaInfo:
        """Read the server's media object; unknown keys are ignored."""
        display = (obj.get("variants") or {}).get("display") or {}
        return cls(
            sha256=str(obj["sha256"]),
            mime=str(obj.get("mime", "")),
            bytes=int(obj.get("bytes", 0)),
            url=str(obj.get("url", "")),
            width=obj.get("width"),
            height=obj.get("height"),
            duration=obj.get("duration"),
            display_url=display.get("url"),
            display_width=display.get("width"),
            display_height=display.get("height"),
            display_bytes=display.get("bytes"),
        )


@dataclass(frozen=True)
class Training:
    """The expected answer and hint a training project sends with its gold items."""

    answer: dict[str, Any]
    hint: str | None = None


@dataclass(frozen=True)
class WorkItem:
    """One item of a leased batch, ready to show.

    `display_path` is the local file to draw (the `display` variant of an image, or
    the original), `media_path` the original once downloaded (images fetch it only
    when zoomed past 100 %). `media_error` says why the media could not be fetched
    (corrupt, refused) after every retry: the item can still be skipped with a reason.
    """

    id: str
    batch_id: str
    project_id: str
    schema_version: int
    text: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    prefill: dict[str, Any] | None = None
    media: MediaInfo | None = None
    training: Training | None = None
    display_path: Path | None = None
    media_path: Path | None = None
    media_error: str | None = None
    #: The local files of the candidates' media that are here, by candidate key.
    candidate_paths: dict[str, Path] = field(default_factory=dict)
    #: How many candidates' media are still on their way (not here, not failed for good).
    candidates_missing: int = 0

    def candidate_media(self) -> dict[str, MediaInfo]:
        """The media of the candidates that have some, by candidate key: the batch gives
        each as the object an item's `media` is."""
        return candidate_media_info(self.data)

    def context(self) -> ItemContext:
        """What an answer to this item is checked against (text, picture size, duration,
        the keys of its candidates and of its record), as the task server checks it."""
        media = self.media
        return ItemContext(
            text=self.text,
            width=media.width if media else None,
            height=media.height if media else None,
            duration=media.duration if media else None,
        ).with_data(self.data)

    def plugin_view(self, media_kind: str) -> ItemView:
        """The item as a plugin sees it (`ItemView`): for an image, the display variant
        this computer holds, with the original's size and the variant's; for a text its
        text; for a recording its file and duration. Never its gold answer."""
        # Here, not at the top: the plugin API brings every format (0.3 s), and the
        # workbench starts without it.
        from labeler.core.plugins.api import ItemView

        media = self.media
        size = (media.width, media.height) if media and media.width and media.height else None
        shown = None
        if media is not None and media.display_url and media.display_width:
            shown = (media.display_width, media.display_height or 0)
        return ItemView(
            id=self.id,
            media=media_kind,  # type: ignore[arg-type]
            path=self.display_path or self.media_path,
            size=size,
            display_size=shown or size,
            text=self.text,
            duration=media.duration if media else None,
            data=dict(self.data),
        )


def candidate_media_info(data: Any) -> dict[str, MediaInfo]:
    """The media of an item's candidates that have some, by candidate key, from its
    `data` as the task server sends it (a batch, a review's item): each candidate's
    `media` expanded into the object an item's `media` is. A malformed one is left out
    (shown as a candidate without media)."""
    candidates = data.get("candidates") if isinstance(data, dict) else None
    if not isinstance(candidates, list):
        return {}
    found = {}
    for key, candidate in zip(candidate_keys(data), candidates, strict=False):
        media = candidate.get("media") if isinstance(candidate, dict) else None
        if isinstance(media, dict) and isinstance(media.get("sha256"), str):
            try:
                found[key] = MediaInfo.from_json(media)
            except (TypeError, ValueError):
                continue
    return found
