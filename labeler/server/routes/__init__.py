"""Every router of the API, mounted under /api/v1 in this order."""

from __future__ import annotations

import importlib

from fastapi import APIRouter

_MODULES = (
    "auth",
    "account",
    "users",
    "projects",
    "media",
    "items",
    "batches",
    "submissions",
    "review",
    "contests",
    "stats",
)

ROUTERS: list[APIRouter] = [
    importlib.import_module(f"labeler.server.routes.{name}").router for name in _MODULES
]
