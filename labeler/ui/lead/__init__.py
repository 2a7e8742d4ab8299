"""The lead's workspace: projects, their settings, schemas and schema versions
(`LeadWorkspace`), and the pages hosted beside them (`gold`, `importer`)."""

from __future__ import annotations

from typing import Any

__all__ = ["LeadWorkspace"]


def __getattr__(name: str) -> Any:
    # Imported on first use: the subpackages load without the whole workspace.
    if name == "LeadWorkspace":
        from labeler.ui.lead.workspace import LeadWorkspace

        return LeadWorkspace
    raise AttributeError(name)
