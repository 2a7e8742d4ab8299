"""A record as a form (the record being verified), and a record pair side by side with
the values that differ highlighted (matching)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from labeler.ui.i18n import number, paragraph
from labeler.ui.itemdata.content import same_value, shown_value
from labeler.ui.text.panels import _shown_value

#: Background of a differing row of a record pair, and its marker.
DIFFERS = "#ffe9b3"


def _cell(value: Any) -> str:
    text = shown_value(value)
    if not text:
        return "<span style='color:gray'>—</span>"
    return _shown_value(text)


class _Table(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMargin(6)
        self.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)


class RecordView(_Table):
    """The record's keys and values, one row each."""

    def show_record(self, record: dict[str, Any]) -> None:
        rows = [
            f"<tr><td style='padding:3px 10px 3px 0; color:#555'><b>{_shown_value(str(k))}</b></td>"
            f"<td style='padding:3px 0'>{_cell(v)}</td></tr>"
            for k, v in record.items()
        ]
        title = html.escape(self.tr("Record"))
        self.setText(
            paragraph(f"<b>{title}</b>") + "<table cellspacing=0>" + "".join(rows) + "</table>"
        )


class RecordPairView(_Table):
    """Two records in two columns, every key of either in a row; the rows whose values
    differ on a coloured background and marked ≠ (not by colour alone)."""

    def show_pair(self, first: dict[str, Any], second: dict[str, Any]) -> None:
        keys = list(first) + [k for k in second if k not in first]
        self.differing = [k for k in keys if not same_value(first.get(k), second.get(k))]
        head = "".join(
            f"<th style='padding:3px 10px; text-align:left'>{html.escape(t)}</th>"
            for t in ("", self.tr("First record"), self.tr("Second record"), "")
        )
        rows = [f"<tr>{head}</tr>"]
        for key in keys:
            differs = key in self.differing
            back = f" style='background:{DIFFERS}'" if differs else ""
            mark = "≠" if differs else ""
            rows.append(
                f"<tr{back}><td style='padding:3px 10px'><b>{_shown_value(str(key))}</b></td>"
                f"<td style='padding:3px 10px'>{_cell(first.get(key))}</td>"
                f"<td style='padding:3px 10px'>{_cell(second.get(key))}</td>"
                f"<td style='padding:3px 6px; color:#8a5a00'><b>{mark}</b></td></tr>"
            )
        said = self.tr("{count} of {total} values differ").format(
            count=number(len(self.differing)), total=number(len(keys))
        )
        self.setText(
            "<table cellspacing=0 width='100%'>"
            + "".join(rows)
            + "</table>"
            + paragraph(f"<p style='color:#555'>{html.escape(said)}</p>")
        )
