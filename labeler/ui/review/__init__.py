"""The review workspace: reviewers and leads clear a queue of submissions by keyboard,
each item's submissions side by side with its gold and the suggested consensus."""

from labeler.ui.review.workspace import ReviewWorkspace

__all__ = ["ReviewWorkspace"]
