"""The review workspace: reviewers and leads clear a queue of submissions by keyboard,
each item's submissions compared with its gold or the suggested consensus, laid out by
the media's shape (one large pane with a strip, or side by side, or stacked rows)."""

from labeler.ui.review.workspace import ReviewWorkspace

__all__ = ["ReviewWorkspace"]
