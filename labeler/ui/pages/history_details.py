"""The history's side panel: everything about the selected submission in words, in full
(the refusal or review reason, the comment, the verdict and each field's score, the hint,
the expected answer, the contest: its state, the annotator's reason, the lead's reply and
when); the item view beside it draws the answers."""

from __future__ import annotations

import html
from collections import Counter
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from labeler.client.history import HistoryRow
from labeler.client.wire import ContestInfo
from labeler.ui import i18n
from labeler.ui.i18n import number, translate
from labeler.ui.messages import review_words
from labeler.ui.pages.common import (
    BAD,
    OK,
    clock,
    interface_rtl,
    is_rtl,
    moment_text,
    script_html,
)
from labeler.ui.pages.history_model import (
    gold_text,
    listed_reason,
    reason_text,
    score_figure,
    state_text,
)
from labeler.ui.review.comparewords import shape_words

# A block of the panel right to left, lined up on the right.
_RIGHT_TO_LEFT = " dir='rtl' align='right'"  # notr: HTML attributes
_VALUE_CHARS = 300  # a long transcript or text: the start is enough here (it is drawn beside)


def _para(label: str, value: str, color: str | None = None, data: bool = False) -> str:
    """One `label` line over its `value`. Words the panel makes read in the interface's
    direction; `data` (a reason, a comment, a hint, an id) in its own, Urdu from the
    right. Right to left, every line lines up on the right."""
    ui = "rtl" if interface_rtl() else "ltr"
    own = ("rtl" if is_rtl(value) else "ltr") if data else ui
    side = " align='right'" if interface_rtl() else ""
    ink = f" color: {color};" if color else ""
    head = f"<p dir='{ui}'{side} style='color: #707070; margin-bottom: 0'>{html.escape(label)}</p>"
    return f"{head}<p dir='{own}'{side} style='margin-top: 0;{ink}'>{script_html(value)}</p>"


def value_words(value: Any) -> str:
    """A field's value in words, whatever its kind: `rural`; `night, rain`; `4`; `2 car,
    1 truck` for regions; `none` for an empty list; the start of a long text."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return (
            translate("pages.history_details", "yes")
            if value
            else translate("pages.history_details", "no")
        )
    if isinstance(value, int | float):
        return i18n.locale().toString(float(value), "g", 6)
    if isinstance(value, str):
        text = " ".join(value.split())
        return text if len(text) <= _VALUE_CHARS else text[: _VALUE_CHARS - 1] + "…"
    if isinstance(value, list):
        if not value:
            return translate("pages.history_details", "none")
        labels = [v.get("label") for v in value if isinstance(v, dict)]
        if labels and len(labels) == len(value):
            counts = Counter(str(label) for label in labels)
            return ", ".join(f"{number(n)} {label}" for label, n in counts.items())
        return ", ".join(value_words(v) for v in value)
    if isinstance(value, dict):  # a comparison's: a preference, flags, ratings, a record
        said = shape_words(value)
        if said is not None:
            return said
    return translate("pages.history_details", "(a value this workbench cannot read)")


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
            if f.get("passed"):
                line = translate("pages.history_details", "{field}: passed, score {score}")
            else:
                line = translate("pages.history_details", "{field}: failed, score {score}")
            lines.append(line.format(field=name, score=score_figure(score)))
    return lines


def _lines(label: str, lines: list[str], color: str | None = None) -> str:
    """A paragraph of several lines."""
    return _para(label, "\n".join(lines), color).replace("\n", "<br>")


#: A review's decision as the panel says it.
_DECISIONS = {
    "accept": QT_TRANSLATE_NOOP("pages.history_details", "accept"),
    "reject": QT_TRANSLATE_NOOP("pages.history_details", "reject"),
}


def _review_paras(review: dict[str, Any]) -> list[str]:
    """Who decided (a reviewer, or the gold verdict) and the reason and comment."""
    decision = str(review.get("decision") or "")
    decision = translate("pages.history_details", _DECISIONS.get(decision, decision))
    by = review.get("reviewer")
    by = by.get("username") if isinstance(by, dict) else by
    if by is None:  # no reviewer: the gold verdict decided it
        head = translate("pages.history_details", "Decided by the gold verdict: {decision}")
    elif isinstance(by, str) and by:
        head = translate("pages.history_details", "Review: {decision} by {reviewer}")
    else:
        head = translate("pages.history_details", "Review: {decision}")
    head = head.format(decision=decision, reviewer=by)
    parts = []
    said = dict(zip(("reason", "comment"), review_words(review), strict=True))
    for what, key in (
        (translate("pages.history_details", "{head} — reason"), "reason"),
        (translate("pages.history_details", "{head} — comment"), "comment"),
    ):
        value = said[key]
        if isinstance(value, str) and value.strip():
            value = listed_reason(value.strip()) if key == "reason" else value.strip()
            parts.append(_para(what.format(head=head), value, data=True))
            head = translate("pages.history_details", "Review")
    return parts


def details_html(row: HistoryRow, project: str, contested: bool) -> str:
    """The panel's text for `row`."""
    ui = _RIGHT_TO_LEFT if interface_rtl() else ""
    parts = [f"<h3{ui}>{html.escape(project)}</h3>"]
    when = translate("pages.history_details", "{when} · {time} active").format(
        when=moment_text(row.submitted_at, seconds=True), time=clock(row.active_ms)
    )
    parts.append(_para(translate("pages.history_details", "Submitted"), when))
    item = row.item_id
    if row.skipped:
        item = translate("pages.history_details", "{item} (skipped)").format(item=item)
    parts.append(_para(translate("pages.history_details", "Item"), item, data=not row.skipped))
    if row.corrected_at is not None:
        fixed = translate(
            "pages.history_details", "{when}: this answer replaced your earlier one"
        ).format(when=moment_text(row.corrected_at, seconds=True))
        parts.append(_para(translate("pages.history_details", "Corrected"), fixed))
    marked = row.state in ("refused", "rejected")
    state = translate("pages.history_details", "State")
    parts.append(_para(state, state_text(row), BAD.name() if marked else None))
    if row.state == "refused":
        why = translate("pages.history_details", "Why the task server refused it")
        parts.append(_para(why, reason_text(row), BAD.name(), data=True))
    review = row.review or {}
    if review:
        parts += _review_paras(review)
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
        parts.append(_para(translate("pages.history_details", "Gold verdict"), verdict, color))
        # An upheld or withdrawn miss: its scores fail nothing any more, none is shown.
        lines = field_lines(gold.get("fields")) if row.missed or not row.gold_failed else []
        if lines:
            parts.append(_lines(translate("pages.history_details", "Each field"), lines))
        hint = gold.get("hint")
        if isinstance(hint, str) and hint.strip():
            hint_label = translate("pages.history_details", "Hint")
            parts.append(_para(hint_label, hint.strip(), data=True))
        expected = answer_lines(gold.get("expected"))
        if expected:
            parts.append(_lines(translate("pages.history_details", "Expected answer"), expected))
    submission = translate("pages.history_details", "Submission")
    parts.append(_para(submission, row.submission_id, data=True))
    return "".join(parts)


_OUTCOMES = {
    "open": (
        QT_TRANSLATE_NOOP("pages.history_details", "Contest: open — a lead has not answered yet"),
        None,
    ),
    "upheld": (
        QT_TRANSLATE_NOOP(
            "pages.history_details", "Contest: upheld — the answer is accepted and paid"
        ),
        OK,
    ),
    "dismissed": (
        QT_TRANSLATE_NOOP("pages.history_details", "Contest: dismissed — the verdict stands"),
        BAD,
    ),
    "closed": (QT_TRANSLATE_NOOP("pages.history_details", "Contest: closed"), None),
}
#: When a contest was resolved, by its state: "upheld 2026-03-02 14:05 by lead".
_RESOLVED = {
    "upheld": (
        QT_TRANSLATE_NOOP("pages.history_details", "upheld {when}"),
        QT_TRANSLATE_NOOP("pages.history_details", "upheld {when} by {lead}"),
    ),
    "dismissed": (
        QT_TRANSLATE_NOOP("pages.history_details", "dismissed {when}"),
        QT_TRANSLATE_NOOP("pages.history_details", "dismissed {when} by {lead}"),
    ),
    "closed": (
        QT_TRANSLATE_NOOP("pages.history_details", "closed {when}"),
        QT_TRANSLATE_NOOP("pages.history_details", "closed {when} by {lead}"),
    ),
    "open": (
        QT_TRANSLATE_NOOP("pages.history_details", "open {when}"),
        QT_TRANSLATE_NOOP("pages.history_details", "open {when} by {lead}"),
    ),
}


def _contest_paras(contest: ContestInfo) -> list[str]:
    """The contest's outcome, the annotator's reason and the lead's reply, with dates."""
    head, ink = _OUTCOMES.get(contest.state, _OUTCOMES["closed"])
    head = translate("pages.history_details", head)
    when = []
    if contest.created_at is not None:
        sent = translate("pages.history_details", "sent {when}")
        when.append(sent.format(when=moment_text(contest.created_at)))
    if contest.resolved_at is not None:
        alone, by = _RESOLVED.get(contest.state, _RESOLVED["closed"])
        shape = translate("pages.history_details", by if contest.resolved_by else alone)
        when.append(shape.format(when=moment_text(contest.resolved_at), lead=contest.resolved_by))
    out = [_para(head, " · ".join(when), ink.name() if ink is not None else None)]
    out.append(_para(translate("pages.history_details", "Your reason"), contest.reason, data=True))
    if contest.reply:
        reply = translate("pages.history_details", "The lead's reply")
        out.append(_para(reply, contest.reply, data=True))
    return out


class RowDetails(QTextBrowser):
    """Read-only, never focused by Tab: the table keeps the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setOpenLinks(False)
        self.show_row(None, "", False)

    def show_row(self, row: HistoryRow | None, project: str, contested: bool) -> None:
        if row is None:
            empty = html.escape(self.tr("Select a submission to see its details."))
            ui = _RIGHT_TO_LEFT if interface_rtl() else ""
            self.setHtml(f"<p{ui} style='color: gray'>{empty}</p>")
        else:
            self.setHtml(details_html(row, project, contested))
