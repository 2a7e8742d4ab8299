"""The annotator's dashboard: pace, accuracy, earnings and reviews of one's own work."""

from labeler.ui.dashboard.page import DashboardPage

__all__ = ["DashboardPage"]
