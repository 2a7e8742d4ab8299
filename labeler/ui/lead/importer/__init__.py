"""The lead's import page: items into a project from a folder, a CSV or a JSONL file."""

from __future__ import annotations

from labeler.ui.lead.importer.page import ImportPage

__all__ = ["ImportPage"]
