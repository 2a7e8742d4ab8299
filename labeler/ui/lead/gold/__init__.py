"""The lead's gold page: a project's items with their figures, and the gold editor."""

from __future__ import annotations

from labeler.ui.lead.gold.page import GoldPage

__all__ = ["GoldPage"]
