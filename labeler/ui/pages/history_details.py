"""The history's side panel: everything about the selected submission, in full (the
refusal or review reason, the comment, the gold scores, hint and expected answer, the
contest: its state, the annotator's reason, the lead's reply and when)."""

from __future__ import annotations

import html
import json
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from labeler.client.history import HistoryRow
from labeler.client.wire import ContestInfo
from labeler.ui.pages.common import BAD, OK, clock, has_arabic, is_rtl
from labeler.ui.pages.history_model import gold_text, reason_text, state_text
from labeler.ui.text.fonts import arabic_style

_EXPECTED_CHARS = 600  # a long transcript or many boxes: the start is enough here


def _para(label: str, value: str, color: str | None = None) -> str:
    """One `label: value` paragraph; Urdu values read right to left in their font."""
    text = html.escape(value)
    if has_arabic(value):
        text = f'<span style="{arabic_style()}">{text}</span>'
    direction = ' dir="rtl"' if is_rtl(value) else ' dir="ltr"'
    style = f' style="color: {color}"' if color else ""
    head = f"<span style='color: #707070'>{html.escape(label)}</span><br>"
    return f"<p{direction}{style}>{head}{text}</p>"


def _compact(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return text if len(text) <= _EXPECTED_CHARS else text[: _EXPECTED_CHARS - 1] + "…"


def details_html(row: HistoryRow, project: str, contested: bool) -> str:
    """The panel's text for `row`."""
    parts = [f"<h3>{html.escape(project)}</h3>"]
    when = row.submitted_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    parts.append(_para("Submitted", f"{when} · {clock(row.active_ms)} active"))
    parts.append(_para("Item", row.item_id + (" (skipped)" if row.skipped else "")))
    marked = row.state in ("refused", "rejected")
    parts.append(_para("State", state_text(row), BAD.name() if marked else None))
    if row.state == "refused":
        parts.append(_para("Why the task server refused it", reason_text(row), BAD.name()))
    review = row.review or {}
    if review:
        decision = str(review.get("decision") or "")
        by = review.get("reviewer")
        by = by.get("username") if isinstance(by, dict) else by
        if by is None:  # no reviewer: the gold verdict decided it
            head = f"Decided by the gold verdict: {decision}"
        else:
            head = f"Review: {decision}" + (f" by {by}" if isinstance(by, str) and by else "")
        for key in ("reason", "comment"):
            value = review.get(key)
            if isinstance(value, str) and value.strip():
                parts.append(_para(f"{head} — {key}", value.strip()))
                head = "Review"
    if row.contest is not None:  # the outcome before the long expected answer
        parts += _contest_paras(row.contest)
    gold = row.gold if isinstance(row.gold, dict) else None
    if gold:
        verdict = gold_text(row, contested)
        color = OK.name() if gold.get("passed") is True else BAD.name()
        parts.append(_para("Gold verdict", verdict, color))
        fields = gold.get("fields")
        if isinstance(fields, dict) and len(fields) > 1:
            lines = []
            for name, f in fields.items():
                if isinstance(f, dict) and isinstance(f.get("score"), int | float):
                    lines.append(
                        f"{name}: {f['score']:.2f} {'passed' if f.get('passed') else 'failed'}"
                    )
            if lines:
                parts.append(_para("Per field", "\n".join(lines)).replace("\n", "<br>"))
        hint = gold.get("hint")
        if isinstance(hint, str) and hint.strip():
            parts.append(_para("Hint", hint.strip()))
        if gold.get("expected") is not None:
            parts.append(_para("Expected answer", _compact(gold["expected"])))
    parts.append(_para("Submission", row.submission_id))
    return "".join(parts)


_OUTCOMES = {
    "open": ("Contest: open — a lead has not answered yet", None),
    "upheld": ("Contest: upheld — the answer is accepted and paid", OK),
    "dismissed": ("Contest: dismissed — the verdict stands", BAD),
    "closed": ("Contest: closed", None),
}


def _contest_paras(contest: ContestInfo) -> list[str]:
    """The contest's outcome, the annotator's reason and the lead's reply, with dates."""
    head, ink = _OUTCOMES.get(contest.state, (f"Contest: {contest.state}", None))
    when = []
    if contest.created_at is not None:
        when.append(f"sent {_day(contest.created_at)}")
    if contest.resolved_at is not None:
        by = f" by {contest.resolved_by}" if contest.resolved_by else ""
        when.append(f"{contest.state} {_day(contest.resolved_at)}{by}")
    out = [_para(head, " · ".join(when), ink.name() if ink is not None else None)]
    out.append(_para("Your reason", contest.reason))
    if contest.reply:
        out.append(_para("The lead's reply", contest.reply))
    return out


def _day(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class RowDetails(QTextBrowser):
    """Read-only, never focused by Tab: the table keeps the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setOpenLinks(False)
        self.show_row(None, "", False)

    def show_row(self, row: HistoryRow | None, project: str, contested: bool) -> None:
        if row is None:
            self.setHtml("<p style='color: gray'>Select a submission to see its details.</p>")
        else:
            self.setHtml(details_html(row, project, contested))
