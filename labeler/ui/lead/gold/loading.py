"""Fetching one item for the gold editor, off the GUI thread: its detail (gold and every
submission), then its media into the media cache, as a `WorkItem` the media editors show;
and the editor's title for it."""

from __future__ import annotations

from dataclasses import dataclass

from labeler.client.curation import CurationClient, ItemDetail
from labeler.client.errors import ClientError
from labeler.client.workitem import WorkItem
from labeler.ui import messages
from labeler.ui.i18n import number, translate
from labeler.ui.lead.gold.model import media_text


@dataclass(frozen=True)
class Loaded:
    """An item ready for the editors: the server's detail and the item with local paths."""

    detail: ItemDetail
    item: WorkItem


def load_item(client: CurationClient, item_id: str, schema_version: int) -> Loaded:
    """`GET /items/{id}`, then the shown media (an image's display variant, audio's
    original). A media file that cannot be had leaves `media_error` set; the gold answer
    can still be read and edited (answers are in original pixels or seconds)."""
    detail = client.item(item_id)
    view = detail.item
    display = original = None
    error = None
    if view.media is not None:
        try:
            display = client.media_path(view.media)
            if not view.media.display_url:
                original = display
        except ClientError as exc:
            error = translate("lead.gold.loading", "The media could not be fetched: {why}").format(
                why=messages.error_text(exc)
            )
    item = WorkItem(
        id=view.id,
        batch_id="",
        project_id=view.project_id or "",
        schema_version=schema_version,
        text=view.text,
        data=view.data,
        prefill=view.prefill,
        media=view.media,
        display_path=display,
        media_path=original,
        media_error=error,
    )
    return Loaded(detail, item)


def item_title(loaded: Loaded) -> str:
    """The editor's title: what the item is, by the name it was imported from (else its
    media's hash); its text is shown below it already."""
    view = loaded.detail.item
    media = view.media
    if media is not None:
        return translate("lead.gold.page", "{name} · {media} · item {id}").format(
            name=view.source or media.sha256[:8], media=media_text(media), id=view.id[:8]
        )
    length = number(len(view.text or ""))
    if view.source:
        return translate("lead.gold.page", "{name} · text · {n} characters · item {id}").format(
            name=view.source, n=length, id=view.id[:8]
        )
    return translate("lead.gold.page", "text · {n} characters · item {id}").format(
        n=length, id=view.id[:8]
    )
