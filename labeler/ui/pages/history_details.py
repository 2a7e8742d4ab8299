"""The history's side panel: everything about the selected submission in words, in full
(the refusal or review reason, the comment, the verdict and each field's score, the hint,
the expected answer, the contest: its state, the annotator's reason, the lead's reply and
when); the item view beside it draws the answers."""

from __future__ import annotations

import html
from collections import Counter
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from labeler.client.history import HistoryRow
from labeler.client.wire import ContestInfo
from labeler.ui.pages.common import BAD, OK, clock, is_rtl, script_html
from labeler.ui.pages.history_model import gold_text, reason_text, state_text

_VALUE_CHARS = 300  # a long transcript or text: the start is enough here (it is drawn beside)


def _para(label: str, value: str, color: str | None = None) -> str:
    """One `label: value` paragraph; Urdu values read right to left in their font."""
    text = script_html(value)
    direction = ' dir="rtl"' if is_rtl(value) else ' dir="ltr"'
    style = f' style="color: {color}"' if color else ""
    head = f"<span style='color: #707070'>{html.escape(label)}</span><br>"
    return f"<p{direction}{style}>{head}{text}</p>"


def value_words(value: Any) -> str:
    """A field's value in words, whatever its kind: `rural`; `night, rain`; `4`; `2 car,
    1 truck` for regions; `none` for an empty list; the start of a long text."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return f"{value:g}"
    if isinstance(value, str):
        text = " ".join(value.split())
        return text if len(text) <= _VALUE_CHARS else text[: _VALUE_CHARS - 1] + "…"
    if isinstance(value, list):
        if not value:
            return "none"
        labels = [v.get("label") for v in value if isinstance(v, dict)]
        if labels and len(labels) == len(value):
            counts = Counter(str(label) for label in labels)
            return ", ".join(f"{n} {label}" for label, n in counts.items())
        return ", ".join(value_words(v) for v in value)
    return "(a value this workbench cannot read)"


def answer_lines(answer: Any) -> list[str]:
    """`field: value` per field of an answer, in words."""
    if not isinstance(answer, dict):
        return []
    return [f"{name}: {value_words(value)}" for name, value in answer.items()]


def field_lines(fields: Any) -> list[str]:
    """A verdict's fields in words: `objects: failed, score 0.42`."""
    if not isinstance(fields, dict):
        return []
    lines = []
    for name, f in fields.items():
        score = f.get("score") if isinstance(f, dict) else None
        if isinstance(score, int | float) and not isinstance(score, bool):
            verdict = "passed" if f.get("passed") else "failed"
            lines.append(f"{name}: {verdict}, score {score:.2f}")
    return lines


def _lines(label: str, lines: list[str], color: str | None = None) -> str:
    """A paragraph of several lines."""
    return _para(label, "\n".join(lines), color).replace("\n", "<br>")


def details_html(row: HistoryRow, project: str, contested: bool) -> str:
    """The panel's text for `row`."""
    parts = [f"<h3>{html.escape(project)}</h3>"]
    when = row.submitted_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    parts.append(_para("Submitted", f"{when} · {clock(row.active_ms)} active"))
    parts.append(_para("Item", row.item_id + (" (skipped)" if row.skipped else "")))
    if row.corrected_at is not None:
        fixed = row.corrected_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        parts.append(_para("Corrected", f"{fixed}: this answer replaced your earlier one"))
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
        color = None  # a withdrawn miss: it counts for nothing
        if row.missed:
            color = BAD.name()
        elif row.upheld or gold.get("passed") is True:
            color = OK.name()
        parts.append(_para("Gold verdict", verdict, color))
        # An upheld or withdrawn miss: its scores fail nothing any more, none is shown.
        lines = field_lines(gold.get("fields")) if row.missed or not row.gold_failed else []
        if lines:
            parts.append(_lines("Each field", lines))
        hint = gold.get("hint")
        if isinstance(hint, str) and hint.strip():
            parts.append(_para("Hint", hint.strip()))
        expected = answer_lines(gold.get("expected"))
        if expected:
            parts.append(_lines("Expected answer", expected))
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
