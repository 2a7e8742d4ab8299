"""Routes: media upload (lead) and download (whoever may see an item that uses it)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from labeler.server.deps import (
    DB,
    AppSettings,
    Caller,
    CurrentCaller,
    TransactionalRoute,
    get_caller,
    get_database,
)
from labeler.server.errors import not_found
from labeler.server.models import Item, Lease, Media
from labeler.server.services import media_store
from labeler.server.services.candidates import leased_candidate_media
from labeler.server.services.media_http import file_response

router = APIRouter(tags=["media"], route_class=TransactionalRoute)


def upload_caller(request: Request) -> Caller:
    """A lead (the token check is a short read: an upload may take minutes, and must not
    hold the database's write lock meanwhile)."""
    caller = get_caller(request)
    caller.require("lead")
    return caller


@router.post("/media", status_code=201, response_model=None)
async def post_media(
    request: Request, caller: Annotated[Caller, Depends(upload_caller)], settings: AppSettings
) -> JSONResponse:
    """Upload an image or audio file (multipart field `file`). 201 with the media object,
    also when identical content was stored before."""
    received = await media_store.receive_upload(request, settings)
    media = await run_in_threadpool(
        media_store.store_upload, get_database(request), settings, received
    )
    return JSONResponse(media_store.upload_json(media), status_code=201)


def _may_see(session: DB, caller: Caller, sha256: str) -> bool:
    if caller.has("reviewer", "lead"):
        return True
    # Annotators: media of an item they hold or held a lease on, in any state…
    query = (
        select(Lease.id)
        .join(Item, Item.id == Lease.item_id)
        .where(Lease.user_id == caller.id, Item.media_sha256 == sha256)
        .limit(1)
    )
    if session.execute(query).first() is not None:
        return True
    # …or of an item one of whose candidates shows it.
    return leased_candidate_media(session, caller.id, sha256)


@router.get("/media/{sha256}", response_model=None)
def get_media(
    sha256: str,
    request: Request,
    caller: CurrentCaller,
    session: DB,
    settings: AppSettings,
    variant: Annotated[Literal["display"] | None, Query()] = None,
) -> Response:
    """The original bytes, or `?variant=display` (the display JPEG of an image); any other
    variant is a 400 naming `variant` (FastAPI checks the type)."""
    media = session.get(Media, sha256) if media_store.SHA256_PATTERN.match(sha256) else None
    if media is None or not _may_see(session, caller, sha256):
        raise not_found("media")  # the same answer whether or not it exists
    path = media_store.media_path(settings.media_dir, sha256)
    mime, etag = media.mime, f'"{sha256}"'
    if variant == "display":
        if media.display_bytes is None:
            raise not_found("display variant")
        etag = f'"{sha256}-display"'
        display = media_store.display_path(settings.media_dir, sha256)
        if display.exists():
            path, mime = display, "image/jpeg"
        elif not media_store.display_is_original(media):
            raise not_found("display variant")
    if not path.exists():
        raise not_found("media file")
    h = request.headers
    return file_response(
        path, mime, etag, {}, h.get("range"), h.get("if-none-match"), h.get("if-range")
    )
