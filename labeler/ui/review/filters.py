"""The queue's filters, and their memory for the rest of the session.

Filters are kept per task server and reviewer while the workbench runs, so leaving the
review workspace and coming back finds the queue as it was left.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from labeler.core.i18n import QT_TRANSLATE_NOOP

#: Queue statuses, in the order the filter offers them (the queue panel translates them).
STATUS_CHOICES: tuple[tuple[str, str], ...] = (
    ("pending", QT_TRANSLATE_NOOP("QueuePanel", "Pending")),
    ("accepted", QT_TRANSLATE_NOOP("QueuePanel", "Accepted")),
    ("rejected", QT_TRANSLATE_NOOP("QueuePanel", "Rejected")),
    ("any", QT_TRANSLATE_NOOP("QueuePanel", "Any status")),
)
#: Gold or real items.
GOLD_CHOICES: tuple[tuple[bool | None, str], ...] = (
    (None, QT_TRANSLATE_NOOP("QueuePanel", "Gold and real items")),
    (True, QT_TRANSLATE_NOOP("QueuePanel", "Gold items only")),
    (False, QT_TRANSLATE_NOOP("QueuePanel", "Real items only")),
)


@dataclass(frozen=True)
class QueueFilters:
    """What the queue shows: a project, an annotator, a status, gold or real items, and
    a gold score range (both ends inclusive; None: no bound), and the most confidence a
    proposal (the item's prefill) may have (None: any item, with a proposal or not)."""

    project_id: str | None = None
    user: str | None = None
    status: str = "pending"
    gold: bool | None = None
    min_gold_score: float | None = None
    max_gold_score: float | None = None
    max_confidence: float | None = None

    def query(self) -> dict[str, Any]:
        """Keyword arguments of `ReviewClient.queue`."""
        return {
            "project_id": self.project_id,
            "user": self.user,
            "status": self.status,
            "gold": self.gold,
            "min_gold_score": self.min_gold_score,
            "max_gold_score": self.max_gold_score,
            "max_confidence": self.max_confidence,
        }

    def with_project(self, project_id: str | None) -> QueueFilters:
        """Another project: the annotator filter names someone of the old one, so it goes."""
        if project_id == self.project_id:
            return self
        return replace(self, project_id=project_id, user=None)

    @property
    def scored(self) -> bool:
        """True when the gold score range filters anything."""
        return self.min_gold_score is not None or self.max_gold_score is not None


_REMEMBERED: dict[tuple[str, str], QueueFilters] = {}


def remembered(server_url: str, username: str) -> QueueFilters:
    """The filters last used by this reviewer on this server in this session."""
    return _REMEMBERED.get((server_url, username), QueueFilters())


def remember(server_url: str, username: str, filters: QueueFilters) -> None:
    """Keep the filters for the rest of the session."""
    _REMEMBERED[(server_url, username)] = filters
