"""The FastAPI application of the reference task server."""

from __future__ import annotations

import gc
import logging
from pathlib import Path

from fastapi import APIRouter, FastAPI
from fastapi_offline import FastAPIOffline

from labeler import __version__
from labeler.core.plugins import loaded_plugins
from labeler.server import openapi
from labeler.server.config import PROTOCOL_VERSION, Settings
from labeler.server.db import Database
from labeler.server.errors import install_handlers
from labeler.server.limits import BodyLimit
from labeler.server.tokenuse import TokenPolicy, TokenUse

log = logging.getLogger(__name__)

API = f"/api/v{PROTOCOL_VERSION}"


def create_app(
    settings: Settings | None = None, database: Database | None = None, migrate: bool = True
) -> FastAPI:
    """Build the app; migrates the database first unless told not to."""
    settings = settings or Settings()
    database = database or Database.connect(settings.database_url)
    if migrate:
        database.migrate()
    Path(settings.media_dir).mkdir(parents=True, exist_ok=True)
    for failed in (p for p in loaded_plugins() if not p.ok):
        # The server serves without it: a plugin's formats are extras.
        log.warning("plugin %s did not load: %s", failed.entry_point, failed.error)

    # The interactive docs load Swagger UI from the installed package, not from a CDN, so
    # they work on a network with no way out (docs/adr/0004-offline-api-docs.md).
    app = FastAPIOffline(
        title="labeler task server",
        version=__version__,
        openapi_url=f"{API}/openapi.json",
        docs_url=f"{API}/docs",
        redoc_url=None,
        static_url=f"{API}/docs/assets",
        # Under the API like everything else (FastAPI's default is /docs/oauth2-redirect).
        swagger_ui_oauth2_redirect_url=f"{API}/docs/oauth2-redirect",
        # Swagger UI would otherwise show a badge fetched from an online validator.
        swagger_ui_parameters={"validatorUrl": None},
        # A path with a trailing slash is unknown (404), as the protocol says: Starlette's
        # redirect to the path without it builds its Location from the Host header.
        redirect_slashes=False,
    )
    app.state.settings = settings
    app.state.database = database
    app.state.token_use = TokenUse(database, TokenPolicy.of(settings))
    install_handlers(app)
    app.add_middleware(BodyLimit, settings=settings)

    health = APIRouter()

    @health.get("/health")
    def get_health() -> dict[str, str]:
        """Alive; this server's version, and the oldest workbench it takes (with where to
        get a newer one, when the server's owner said)."""
        answer = {
            "status": "ok",
            "version": __version__,
            "min_workbench_version": settings.min_workbench_version,
        }
        if settings.workbench_download_url:
            answer["workbench_download_url"] = settings.workbench_download_url
        return answer

    app.include_router(health, prefix=API, tags=["health"])
    for router in _routers():
        app.include_router(router, prefix=API)
    openapi.install(app, API)
    return app


def _routers() -> list[APIRouter]:
    from labeler.server.routes import ROUTERS

    return list(ROUTERS)


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` worker processes: settings come from the environment,
    as `labeler serve` put them there (`Settings.to_env`).

    The parent process (`labeler serve`) has already migrated the database.
    """
    app = create_app(Settings.from_env(), migrate=False)
    settle_heap()
    return app


def settle_heap() -> None:
    """Put what a server process built at start-up out of the garbage collector's way.

    Modules, routes and prebuilt statements live as long as the process. A full collection
    would walk all of them (about 150 000 objects) while every request of the process
    waits; frozen, it walks only what requests made since. For `labeler serve`, not for a
    server embedded in another program.
    """
    gc.collect()
    gc.freeze()
