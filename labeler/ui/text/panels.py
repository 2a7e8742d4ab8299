"""Small panels around the text: the item's `data` and the legend of span labels."""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from labeler.core.schema import Field
from labeler.ui.i18n import isolate, number, paragraph, translate
from labeler.ui.keymap import ShownKeys
from labeler.ui.text.colors import label_color
from labeler.ui.text.fonts import arabic_runs, arabic_style

_MAX_KEYS = 40
_MAX_VALUE = 400


def _shown_value(value: Any) -> str:
    """The value as HTML, Arabic-script runs in Nastaliq and enlarged as in the text view."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if len(text) > _MAX_VALUE:
        text = text[: _MAX_VALUE - 1] + "…"
    parts, done = [], 0
    for start, end in arabic_runs(text):
        parts.append(html.escape(text[done:start]))
        run = html.escape(text[start:end])
        parts.append(f'<span style="{arabic_style()}">{run}</span>')
        done = end
    parts.append(html.escape(text[done:]))
    return "".join(parts)


def data_table(data: dict[str, Any]) -> str:
    """`data` as an HTML key/value table (the first `_MAX_KEYS` keys)."""
    rows = []
    for key, value in list(data.items())[:_MAX_KEYS]:
        rows.append(
            f"<tr><td style='padding-right:8px'><b>{_shown_value(str(key))}</b></td>"
            f"<td>{_shown_value(value)}</td></tr>"
        )
    if len(data) > _MAX_KEYS:
        more = translate("text.panels", "… {count} more").format(
            count=number(len(data) - _MAX_KEYS)
        )
        rows.append(f"<tr><td colspan=2>{html.escape(more)}</td></tr>")
    return "<table cellspacing=0>" + "".join(rows) + "</table>"


def no_data() -> str:
    """What the panel says on an item without data, in a project where others have some."""
    said = html.escape(translate("text.panels", "No data for this item."))
    return f"<span style='color:gray'>{said}</span>"


class DataPanel(QLabel):
    """The item's `data` as a key/value table (the record being verified).

    The panel keeps the room of the largest data of the items expected (`reserve`) and
    shown since `forget`, so that an item with less data, or none, moves nothing below
    it: the text starts at one place on every item. Hidden while no item has data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(4)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._room = 0
        self._probe: QLabel | None = None
        self.hide()

    @property
    def room(self) -> int:
        """The height kept for the panel (0: none)."""
        return self._room

    def forget(self) -> None:
        """Another project: no room is kept until its items say how much they need."""
        self._room = 0
        self.show_data(None)

    def reserve(self, datas: Iterable[dict[str, Any] | None]) -> None:
        """Keep room for each of `datas` (the items ahead), whichever shows next."""
        for data in datas:
            if data:
                self._room = max(self._room, self._height_of(data_table(data)))
        self._apply()

    def show_data(self, data: dict[str, Any] | None) -> None:
        """Show `data`; None or empty says there is none where room is kept (elsewhere
        the panel hides)."""
        if data:
            text = data_table(data)
            self._room = max(self._room, self._height_of(text))
            self.setText(text)
        else:
            self.setText(no_data() if self._room else "")
        self._apply()

    def _apply(self) -> None:
        self.setMinimumHeight(self._room)
        self.setVisible(self._room > 0)

    def _height_of(self, text: str) -> int:
        """The panel's height with `text` at the width it has (or will have)."""
        if self._probe is None:
            probe = QLabel()
            probe.setTextFormat(Qt.TextFormat.RichText)
            probe.setWordWrap(True)
            probe.setFrameShape(QFrame.Shape.StyledPanel)
            probe.setMargin(4)
            self._probe = probe
        self._probe.setFont(self.font())
        self._probe.setText(text)
        parent = self.parentWidget()
        width = self.width() if self.isVisible() else parent.width() if parent else 640
        return self._probe.heightForWidth(max(width, 200))


class SpanLegend(QWidget):
    """One line above the text: each span label with its colour and hotkey, and what
    lies under the caret (so a label name is never only a colour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        self._labels = QLabel(self)
        self._labels.setTextFormat(Qt.TextFormat.RichText)
        self._labels.setWordWrap(True)
        self._status = QLabel(self)
        self._status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self._labels, 1)
        layout.addWidget(self._status)
        self._fields: list[Field] = []

    def set_fields(self, fields: list[Field], keys: ShownKeys) -> None:
        """List the labels of the spans `fields`."""
        self._fields = fields
        self.show_keys(keys)

    def show_keys(self, keys: ShownKeys) -> None:
        """Show the labels' keys and the span keys in effect (after a rebinding)."""
        fields = self._fields
        parts = []
        for field in fields:
            chips = []
            for label in field.labels:
                color = label_color(field, label.value).name()
                key = keys.label(field.name, label.value)
                badge = f" <b>{html.escape(key)}</b>" if key else ""
                chips.append(
                    isolate(
                        f"<span style='background:{color};color:white'>&nbsp;"
                        f"{html.escape(label.value)}&nbsp;</span>{badge}"
                    )
                )
            prefix = isolate(f"{html.escape(field.name)}:") + " " if len(fields) > 1 else ""
            parts.append(prefix + " &nbsp;".join(chips))
        said = [
            (keys.action("text.next_span"), self.tr("{key} next span")),
            (keys.action("text.delete_span"), self.tr("{key} removes")),
        ]
        hint = " · ".join(html.escape(what.format(key=key)) for key, what in said if key)
        self._labels.setText(
            paragraph(" &nbsp;&nbsp; ".join([*parts, f"<span style='color:gray'>{hint}</span>"]))
        )

    def set_status(self, text: str) -> None:
        """What the caret is on ("PER 12–17"), or nothing."""
        self._status.setText(paragraph(text))
