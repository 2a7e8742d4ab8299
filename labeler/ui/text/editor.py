"""The text editor: select a range by mouse or Shift+arrows, press a label hotkey.

Offsets cross one edge only: the view speaks UTF-16 units (Qt), the draft speaks code
points (the protocol); `CodepointIndex` converts between them, once per text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from labeler.client.workitem import WorkItem
from labeler.core.codepoints import CodepointIndex
from labeler.core.editing import Change, Draft
from labeler.core.schema import Field, Schema
from labeler.ui.actions import Action
from labeler.ui.editor import ASSIST_HERE, MediaEditor
from labeler.ui.itemdata import content
from labeler.ui.itemdata.view import ItemDataView
from labeler.ui.keymap import ShownKeys
from labeler.ui.text.colors import label_color
from labeler.ui.text.fonts import text_font
from labeler.ui.text.panels import DataPanel, SpanLegend
from labeler.ui.text.spanlist import ShownSpan, next_span, shown_spans, span_at, trimmed
from labeler.ui.text.view import SpanView

if TYPE_CHECKING:
    from labeler.core.plugins.host import Pending, Target


class TextEditor(MediaEditor):
    """Edits the `spans` fields of a text item; shows the item's `data` above it.

    A label hotkey (`pick_label`) turns the selection into a span, or relabels the
    span under the caret when nothing is selected. Delete removes the span under the
    caret; Tab and Shift+Tab select the next and previous span.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, Field] = {}
        self._draft: Draft | None = None
        self._text = ""
        self._index = CodepointIndex("")
        self._spans: list[ShownSpan] = []
        self._expected: list[ShownSpan] = []
        self._current: tuple[str, int] | None = None  # the span Delete and Tab act on

        self.data_panel = DataPanel(self)
        self.data_panel.setFont(text_font(self.font().pointSizeF()))
        self.legend = SpanLegend(self)
        self.view = SpanView(self)
        self.view.set_painting(self._color, self.describe_at)
        # The item's conversation, candidates or record, under its text (the prompt).
        self.item_view = ItemDataView(self)
        self.item_view.current_changed.connect(self.candidate_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.data_panel)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.item_view, 4)
        self.setFocusProxy(self.view)
        self.view.delete_requested.connect(self.delete_span)
        self.view.cycle_requested.connect(self.select_next_span)
        self.view.cursorPositionChanged.connect(self._caret_moved)

    # -- MediaEditor ----------------------------------------------------------------

    def set_schema(self, schema: Schema) -> None:
        self._fields = {f.name: f for f in schema.fields if f.kind == "spans"}
        defaults = ShownKeys.defaults(schema, self.key_actions())
        self.legend.set_fields(list(self._fields.values()), defaults)
        self.legend.setVisible(bool(self._fields))
        self.data_panel.forget()

    def expect_items(self, items: Sequence[WorkItem]) -> None:
        self.data_panel.reserve(content.rest(item.data) for item in items)

    def show_item(self, item: WorkItem, draft: Draft, prepared: Any = None) -> None:
        text = item.text or ""
        if text != self._text or self._draft is None:
            self._text = text
            self._index = CodepointIndex(text)
            self.view.set_text(text)
        else:  # the same text again: keep the document, reset the caret
            self.view.select_units(0, 0)
        self._draft = draft
        self._expected = []
        self._current = None
        self.data_panel.show_data(content.rest(item.data))
        apart = self.item_view.show_data(item.data, item.candidate_paths)
        # The text is the prompt of what is shown apart: as tall as it needs, or gone.
        self.view.setVisible(bool(text) or not apart)
        self.setFocusProxy(self.item_view if apart and not self._fields else self.view)
        self._fit_prompt()
        self._reload()

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._fit_prompt()

    def _fit_prompt(self) -> None:
        """Above the conversation or candidates, the text (the prompt) takes the height it
        needs, up to a third of the editor's; alone, all of it."""
        if not self.item_view.shown:
            self.view.setMaximumHeight(16_777_215)
            return
        doc = self.view.document()
        doc.setTextWidth(max(self.width() - 2 * self.view.frameWidth() - 20, 100))
        need = int(doc.size().height()) + 2 * self.view.frameWidth() + 4
        self.view.setMaximumHeight(max(48, min(need, self.height() // 3)))

    def refresh(self, change: Change) -> None:
        if change.field in self._fields:
            self._reload()

    def pick_label(self, field: str, label: str) -> bool:
        if field not in self._fields or self._draft is None:
            return False
        ustart, uend, caret = self.view.caret()
        if ustart == uend:
            return self._relabel(field, label, caret)
        start, end = self._index.span_from_utf16(ustart, uend)
        start, end = trimmed(self._text, start, end)
        if start == end:
            return False
        regions = self._draft.regions(field)
        same = next(
            (
                i
                for i, r in enumerate(regions)
                if isinstance(r, dict) and (r.get("start"), r.get("end")) == (start, end)
            ),
            None,
        )
        if same is None:
            index = self._draft.add_region(field, {"label": label, "start": start, "end": end})
            self._after(Change(field), (field, index))
        else:
            region = {**regions[same], "label": label}
            change = self._draft.update_region(field, same, region)
            self._after(change, (field, same))
        caret_at = self._index.to_utf16(end)
        self.view.select_units(caret_at, caret_at)
        return True

    def show_keys(self, keys: ShownKeys) -> None:
        self.legend.show_keys(keys)

    def show_expected(self, expected: dict[str, Any] | None) -> None:
        values = {name: (expected or {}).get(name) or [] for name in self._fields}
        self._expected = shown_spans(values, self._index) if expected else []
        self._repaint()

    def key_actions(self) -> list[Action]:
        # A span's edges are the selection's: Shift extends it (every text box's way),
        # by a character, or with Ctrl by the larger step, a word.
        if not self._fields:
            return []  # no spans to select or remove: the arrows and Tab are the fields'
        move = QTextCursor.MoveOperation
        extend = self.view.extend_selection
        group = self.tr("Text")
        return [
            Action("text.extend_left", self.tr("Extend the selection 1 character left"),
                   ("Shift+Left",), lambda: extend(move.Left), group),
            Action("text.extend_right", self.tr("Extend the selection 1 character right"),
                   ("Shift+Right",), lambda: extend(move.Right), group),
            Action("text.extend_word_left", self.tr("Extend the selection 1 word left"),
                   ("Ctrl+Shift+Left",), lambda: extend(move.WordLeft), group),
            Action("text.extend_word_right", self.tr("Extend the selection 1 word right"),
                   ("Ctrl+Shift+Right",), lambda: extend(move.WordRight), group),
            Action("text.delete_span", self.tr("Delete the span at the caret"),
                   ("Delete",),  # notr: a key
                   self.delete_span, group),
            Action("text.next_span", self.tr("Select the next span"), ("Tab",),
                   lambda: self.select_next_span(1), group),
            Action("text.previous_span", self.tr("Select the previous span"), ("Shift+Tab",),
                   lambda: self.select_next_span(-1), group),
        ]  # fmt: skip

    # -- assists --------------------------------------------------------------------

    def assist_targets(self, what: str) -> list[Target]:
        """The selected text as a span prompt, for each spans field (the field of the
        span selected, if one is, first; a proposal then stands in for that span)."""
        from labeler.core.plugins.api import Prompt
        from labeler.core.plugins.host import Target

        ustart, uend, _ = self.view.caret()
        if what != ASSIST_HERE or ustart == uend or self._draft is None:
            return []
        start, end = trimmed(self._text, *self._index.span_from_utf16(ustart, uend))
        if start == end:
            return []
        found = []
        for name in self._fields:
            regions = self._draft.regions(name)
            same = next(
                (
                    i
                    for i, r in enumerate(regions)
                    if (r.get("start"), r.get("end")) == (start, end)
                ),
                None,
            )
            label = regions[same].get("label") if same is not None else None
            prompt = Prompt("span", start=start, end=end, label=label)
            target = Target(name, prompt, same, regions[same] if same is not None else None)
            found.insert(0 if same is not None else len(found), target)
        return found

    def show_proposals(self, pending: Pending | None) -> None:
        """Proposed spans are drawn as an expected answer is (outlined, apart from the
        spans of the answer); the current one alone while several wait."""
        values: dict[str, list[Any]] = {name: [] for name in self._fields}
        if pending is not None and pending.proposals:
            proposal = pending.proposal()
            if proposal.field in values:
                values[proposal.field].append(dict(proposal.value))
        self._expected = shown_spans(values, self._index) if pending is not None else []
        self._repaint()

    def show_candidate(self, key: str) -> None:
        self.item_view.comparison.set_current(key)

    def keep_clear_of(self, floating: QWidget) -> None:
        self.item_view.comparison.keep_clear_of(floating)

    def focus_candidates(self) -> bool:
        return self.item_view.focus_candidates()

    def select_region(self, field: str, index: int) -> None:
        span = next((s for s in self._spans if (s.field, s.index) == (field, index)), None)
        if span is not None:
            self.view.select_units(span.ustart, span.uend)
            self._current = (field, index)
            self._repaint()

    # -- span commands --------------------------------------------------------------

    def delete_span(self) -> bool:
        """Remove the span under the caret (the current one first)."""
        span = self._span_under_caret()
        if span is None or self._draft is None:
            return False
        change = self._draft.remove_region(span.field, span.index)
        self._after(change, None)
        return True

    def select_next_span(self, step: int = 1) -> bool:
        """Select the range of the next (step 1) or previous (step -1) span."""
        span = next_span(self._spans, self._current, self.view.caret()[2], step)
        if span is None:
            return False
        self.view.select_units(span.ustart, span.uend)
        self._current = (span.field, span.index)
        self._repaint()
        return True

    def spans(self) -> list[ShownSpan]:
        """The spans drawn now, sorted by start (for tests and the review view)."""
        return list(self._spans)

    def expected_spans(self) -> list[ShownSpan]:
        """The expected spans drawn now (empty without a gold overlay)."""
        return list(self._expected)

    # -- internals ----------------------------------------------------------------------

    def _relabel(self, field: str, label: str, caret: int) -> bool:
        span = span_at(self._spans, caret, field, self._current)
        if span is None or self._draft is None:
            return False
        region = {**self._draft.regions(field)[span.index], "label": label}
        change = self._draft.update_region(field, span.index, region)
        self._after(change, (field, span.index))
        return True

    def _after(self, change: Change | None, current: tuple[str, int] | None) -> None:
        self._current = current
        self._reload()
        if change is not None:
            self.changed.emit(change)

    def _reload(self) -> None:
        draft = self._draft
        values = {name: draft.regions(name) for name in self._fields} if draft else {}
        self._spans = shown_spans(values, self._index)
        keys = {(s.field, s.index) for s in self._spans}
        if self._current not in keys:
            self._current = None
        self._repaint()

    def _repaint(self) -> None:
        # Outline the span Delete would remove, so the key never surprises.
        span = self._span_under_caret()
        under = (span.field, span.index) if span is not None else None
        self.view.set_spans(self._spans, self._expected, under)
        self.legend.set_status(f"{span.label}  {span.start}–{span.end}" if span is not None else "")

    def _span_under_caret(self) -> ShownSpan | None:
        return span_at(self._spans, self.view.caret()[2], None, self._current)

    def _caret_moved(self) -> None:
        # Moving the caret off the current span lets the span under the caret lead.
        current = next((s for s in self._spans if (s.field, s.index) == self._current), None)
        if current is not None and not current.covers(self.view.caret()[2]):
            self._current = None
        self._repaint()

    def _color(self, field: str, label: str) -> QColor:
        known = self._fields.get(field)
        return label_color(known, label) if known else QColor("gray")

    def describe_at(self, unit: int) -> str:
        """The spans and expected spans at UTF-16 position `unit`, one per line (the
        tooltip)."""
        lines = [
            f"{s.label} ({s.field}) {s.start}–{s.end}"
            for s in self._spans
            if s.ustart <= unit < s.uend
        ]
        expected = self.tr("expected {label} ({field}) {start}–{end}")
        lines += [
            expected.format(label=s.label, field=s.field, start=s.start, end=s.end)
            for s in self._expected
            if s.ustart <= unit < s.uend
        ]
        return "\n".join(lines)
