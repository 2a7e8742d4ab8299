"""The analytics workspace (reviewers and leads): a project's figures at a glance."""

from labeler.ui.analytics.page import AnalyticsPage

__all__ = ["AnalyticsPage"]
