"""What the segment keys and drags mean, as draft operations (Qt-free).

Holds the editing state of the segments fields of one item: the selected segment,
the label armed per field, and the start mark set during playback. Every method
that changes the answer returns the draft's `Change` (None when nothing changed).
"""

from __future__ import annotations

from typing import Any

from labeler.core.editing import Change, Draft
from labeler.core.schema import Field
from labeler.ui.audio.segments import Edge, cycle, make_segment, moved_edge, previous_end


class SegmentEditing:
    """Selection, armed labels and the start mark of the segments fields."""

    def __init__(self, fields: list[Field]) -> None:
        self.fields = [f.name for f in fields]
        self.armed: dict[str, str] = {f.name: f.labels[0].value for f in fields if f.labels}
        self.active: str | None = self.fields[0] if self.fields else None
        self.selection: tuple[str, int] | None = None
        self.mark: float | None = None
        self.draft: Draft | None = None
        self.duration = 0.0

    def reset(self, draft: Draft | None, duration: float) -> None:
        """A new item: nothing selected, no mark; armed labels stay."""
        self.draft = draft
        self.duration = duration
        self.selection = None
        self.mark = None

    def segments(self, field: str) -> list[dict[str, Any]]:
        return self.draft.regions(field) if self.draft else []

    # -- selection ----------------------------------------------------------------------

    def select(self, field: str, index: int | None) -> None:
        """Select a segment (None: nothing); its field becomes the active one."""
        self.active = field
        valid = index is not None and 0 <= index < len(self.segments(field))
        self.selection = (field, index) if valid and index is not None else None

    def selected(self) -> dict[str, Any] | None:
        if self.selection is None:
            return None
        field, index = self.selection
        return self.segments(field)[index]

    def cycle(self, step: int) -> int | None:
        """Select the next (1) or previous (-1) segment of the active field in time."""
        if self.active is None:
            return None
        selected = self.selection
        current = selected[1] if selected and selected[0] == self.active else None
        index = cycle(self.segments(self.active), current, step)
        self.select(self.active, index)
        return index

    def settle(self, change: Change) -> None:
        """Drop a selection an undo or redo made stale: one in a field whose segments
        were inserted or removed (indices shifted), or past the end."""
        if self.selection is not None:
            field, index = self.selection
            shifted = change.field == field and change.index is None
            if shifted or index >= len(self.segments(field)):
                self.selection = None

    # -- operations ----------------------------------------------------------------------

    def create(self, field: str, a: float, b: float) -> Change | None:
        """Add a segment from `a` to `b` with the field's armed label and select it."""
        if self.draft is None or field not in self.armed:
            return None
        segment = make_segment(self.armed[field], a, b, self.duration)
        if segment is None:
            return None
        index = self.draft.add_region(field, segment)
        self.select(field, index)
        return Change(field)

    def resize(self, field: str, index: int, segment: dict[str, Any]) -> Change | None:
        """Replace a segment after an edge drag: one operation per drag."""
        if self.draft is None:
            return None
        self.select(field, index)
        return self.draft.update_region(field, index, segment)

    def move_edge(self, edge: Edge, t: float) -> Change | None:
        """Move the selected segment's start or end to `t` (the play head)."""
        segment = self.selected()
        if segment is None or self.selection is None:
            return None
        field, index = self.selection
        return self.resize(field, index, moved_edge(segment, edge, t, self.duration))

    def pick_label(self, field: str, label: str) -> tuple[bool, Change | None]:
        """Relabel the selected segment of `field`, or arm `label` for the next one."""
        if field not in self.armed:
            return False, None
        self.armed[field] = label
        self.active = field
        segment = self.selected()
        if segment is None or self.selection is None or self.selection[0] != field:
            return True, None
        if self.draft is None:
            return True, None
        return True, self.draft.update_region(field, self.selection[1], {**segment, "label": label})

    def delete_selected(self) -> Change | None:
        """Remove the selected segment; nothing is selected afterwards."""
        if self.draft is None or self.selection is None:
            return None
        field, index = self.selection
        self.selection = None
        return self.draft.remove_region(field, index)

    def mark_start(self, t: float) -> None:
        """Remember where the next segment starts (the play head, during playback)."""
        self.mark = t

    def mark_end(self, t: float) -> Change | None:
        """End a segment at `t`: from the start mark, or, with no mark, from where the
        previous segment ended, so boundaries can be tapped while listening.

        An ended segment is finished: nothing stays selected, so the next label key
        arms the next segment's label instead of relabelling this one (Tab selects
        it again on purpose)."""
        if self.active is None:
            return None
        start = self.mark
        if start is None:
            start = previous_end(self.segments(self.active), t)
        self.mark = None
        change = self.create(self.active, start, t)
        self.selection = None
        return change
