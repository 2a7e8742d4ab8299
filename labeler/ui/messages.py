"""What the task server and the Qt-free packages say to annotators, in the interface's
language.

The task server says each such sentence with a message code and its values beside its
English (docs/protocol.md "Message codes"): `TEMPLATES` words every code, the values going
in through the locale's numbers and percentages. A code the table does not know (a newer
server's) reads as the server's English. Words that `labeler.client` and `labeler.core`
hand to the interface are marked there with `QT_TRANSLATE_NOOP("messages", …)` and said
here (`words`); so is a server's English that is one of the sentences below word for word
(a message kept from before the server had codes).

Translating is thread-safe, so the sync engine's news may be worded on its own thread
(`labeler.ui.bridge`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from labeler.client.errors import ApiError, ClientError, ServerWords, WorkbenchTooOld
from labeler.client.history import HistoryRow
from labeler.client.wire import MessageCode, message_code
from labeler.core.i18n import Said
from labeler.core.problems import Problem
from labeler.ui.i18n import isolate, number, percent, translate

#: Message code -> the sentence, `{name}` standing for a value of its `params`. The
#: English is the task server's own, so an English interface reads as before.
TEMPLATES: dict[str, str] = {
    # Signing in and tokens
    "sign_in_first": QT_TRANSLATE_NOOP(
        "messages", "Sign in first: send Authorization: Bearer <token>."
    ),
    "token_invalid": QT_TRANSLATE_NOOP("messages", "That token is not valid; sign in again."),
    "token_expired": QT_TRANSLATE_NOOP("messages", "This sign-in has expired; sign in again."),
    "account_disabled": QT_TRANSLATE_NOOP(
        "messages", "This account is disabled; ask an admin of this task server."
    ),
    "wrong_credentials": QT_TRANSLATE_NOOP("messages", "Wrong username or password."),
    # A lock-out says when to try again (`when`, from the answer's `retry_after`).
    "locked_out_username": QT_TRANSLATE_NOOP(
        "messages",
        "Too many failed sign-ins for this username; try again {when}. Sign-ins from other"
        " computers are not held back.",
    ),
    "locked_out_client": QT_TRANSLATE_NOOP(
        "messages", "Too many failed sign-ins from this address; try again {when}."
    ),
    "sign_in_busy": QT_TRANSLATE_NOOP(
        "messages", "The task server is busy with other sign-ins; try again {when}."
    ),
    "locked_out_password": QT_TRANSLATE_NOOP(
        "messages", "Too many wrong passwords for this username; try again {when}."
    ),
    "wrong_current_password": QT_TRANSLATE_NOOP("messages", "The current password is wrong."),
    "needs_role": QT_TRANSLATE_NOOP("messages", "This needs one of the roles: {roles}."),
    # Private pools and leases
    "requirement_no_gold_yet": QT_TRANSLATE_NOOP(
        "messages",
        "needs {min_accuracy} accuracy on {skill} over ≥ {min_gold} control items; you have no"
        " control items yet",
    ),
    "requirement_not_met": QT_TRANSLATE_NOOP(
        "messages",
        "needs {min_accuracy} accuracy on {skill} over ≥ {min_gold} control items; you have"
        " {accuracy} over {answered}",
    ),
    "requirement_not_met_recent": QT_TRANSLATE_NOOP(
        "messages",
        "needs {min_accuracy} accuracy on {skill} over ≥ {min_gold} control items; you have"
        " {accuracy} over your last {window} of {answered}",
    ),
    "batch_released": QT_TRANSLATE_NOOP("messages", "This batch was released; lease a new one."),
    "no_project": QT_TRANSLATE_NOOP("messages", "No project with that id."),
    "no_batch": QT_TRANSLATE_NOOP("messages", "No batch with that id."),
    "no_item": QT_TRANSLATE_NOOP("messages", "No item with that id."),
    "no_submission": QT_TRANSLATE_NOOP("messages", "No submission with that id."),
    # Submissions
    "not_your_batch": QT_TRANSLATE_NOOP("messages", "That item is not in a batch of yours."),
    "already_answered": QT_TRANSLATE_NOOP("messages", "You have already answered this item."),
    "item_complete": QT_TRANSLATE_NOOP("messages", "This item has all the answers it needs."),
    "submission_id_taken": QT_TRANSLATE_NOOP(
        "messages", "A submission with this id exists with another body; use a new id."
    ),
    "submission_not_stored": QT_TRANSLATE_NOOP(
        "messages", "The submission could not be stored; try again."
    ),
    "answer_does_not_fit": QT_TRANSLATE_NOOP("messages", "The answer does not fit the schema."),
    "answer_too_large": QT_TRANSLATE_NOOP("messages", "The answer cannot be stored."),
    # The workbench's own: a correction refused with the answer it corrects (`reason`).
    "refused_with": QT_TRANSLATE_NOOP("messages", "The answer it corrects was refused: {reason}"),
    # Corrections
    "amend_lease_ended": QT_TRANSLATE_NOOP(
        "messages",
        "The lease on this item has ended (its batch expired or was released): its answer can"
        " no longer be changed.",
    ),
    "amend_reviewed": QT_TRANSLATE_NOOP(
        "messages", "This answer was reviewed already: it can no longer be changed."
    ),
    "amend_gold_verdict": QT_TRANSLATE_NOOP(
        "messages", "The answer to a control item cannot be changed once its verdict was shown."
    ),
    "amend_amended": QT_TRANSLATE_NOOP(
        "messages", "This submission was corrected already: correct the newest correction."
    ),
    # What a gold verdict decided
    "missed_control_item": QT_TRANSLATE_NOOP("messages", "missed a control item"),
    "paid_failed_gold": QT_TRANSLATE_NOOP(
        "messages",
        "Paid although it missed a control item: this project pays for every control item.",
    ),
    # Contests
    "contest_already": QT_TRANSLATE_NOOP("messages", "You have already contested this verdict."),
    "contest_not_failed": QT_TRANSLATE_NOOP(
        "messages", "Only a failed gold verdict can be contested."
    ),
    "contest_withdrawn": QT_TRANSLATE_NOOP(
        "messages", "This item is no longer gold: its verdict does not count any more."
    ),
    # Reviews and contests a reviewer or a lead decides
    "review_own": QT_TRANSLATE_NOOP("messages", "You cannot review your own submission."),
    "review_amended": QT_TRANSLATE_NOOP(
        "messages",
        "Its annotator replaced this answer with a correction: review the correction.",
    ),
    "contest_already_upheld": QT_TRANSLATE_NOOP("messages", "This contest is already upheld."),
    "contest_already_dismissed": QT_TRANSLATE_NOOP(
        "messages", "This contest is already dismissed."
    ),
    # Media a lead sends, and projects a lead creates
    "media_not_decodable": QT_TRANSLATE_NOOP(
        "messages",
        "The file is not an image (JPEG, PNG, WebP, BMP, TIFF, GIF) or audio (WAV, FLAC, OGG"
        " Vorbis/Opus, MP3) that can be decoded.",
    ),
    "image_too_many_pixels": QT_TRANSLATE_NOOP(
        "messages", "The image has too many pixels to decode safely."
    ),
    "image_corrupt": QT_TRANSLATE_NOOP("messages", "The image is corrupt or truncated."),
    "image_empty": QT_TRANSLATE_NOOP("messages", "The image is empty."),
    "image_pixels_over": QT_TRANSLATE_NOOP(
        "messages",
        "The image has {pixels} pixels ({width} × {height}); a {format} image may have at most"
        " {limit}. Scale it down, or send it as a JPEG (up to {jpeg_limit} pixels).",
    ),
    "audio_format_refused": QT_TRANSLATE_NOOP(
        "messages", "Audio in {format} format is not accepted; use WAV, FLAC, OGG or MP3."
    ),
    "audio_no_sound": QT_TRANSLATE_NOOP("messages", "The audio file holds no sound."),
    "audio_undecodable": QT_TRANSLATE_NOOP("messages", "The audio cannot be decoded."),
    "file_too_large": QT_TRANSLATE_NOOP("messages", "The file is larger than {limit} bytes."),
    "project_id_taken": QT_TRANSLATE_NOOP("messages", "The project id '{id}' is taken."),
    "project_id_raced": QT_TRANSLATE_NOOP("messages", "The project id '{id}' is taken; try again."),
    "item_answerable": QT_TRANSLATE_NOOP(
        "messages",
        "You may still be the one to answer this item, so its gold and other annotators'"
        " answers are hidden from you until you have answered it and your batch has ended.",
    ),
}

_SOON = QT_TRANSLATE_NOOP("messages", "in a moment")
_ONE_MINUTE = QT_TRANSLATE_NOOP("messages", "in about 1 minute")
_MINUTES = QT_TRANSLATE_NOOP("messages", "in about {count} minutes")


def words(text: str) -> str:
    """English that the Qt-free packages (or the task server, word for word) say, in the
    interface's language; itself when it is none of the marked sentences."""
    return translate("messages", text)


def text(said: MessageCode | None, english: str | None, **extra: Any) -> str:
    """A sentence of the task server: its message code worded here, else its English.

    `extra` are values the code's answer carries elsewhere (`retry_after`)."""
    template = TEMPLATES.get(said.code) if said is not None else None
    if said is None or template is None:
        return words(english) if english else ""
    try:
        return translate("messages", template).format(**_values({**said.params, **extra}))
    except (KeyError, IndexError, ValueError):  # a code whose values are not as documented
        return words(english) if english else translate("messages", template)


def _values(params: Mapping[str, Any]) -> dict[str, str]:
    """Each value as the interface writes it: fractions as percentages, counts in the
    locale's digits, a refusal's reason worded, a wait as when to try again."""
    out: dict[str, str] = {}
    for name, value in params.items():
        if name in ("min_accuracy", "accuracy", "bar") and _is_number(value):
            decimals = 1 if name == "accuracy" or round(value * 1000) % 10 else 0
            out[name] = percent(float(value), decimals)
        elif name == "retry_after":
            out["when"] = when(value if _is_number(value) else None)
        elif name == "reason" and isinstance(value, str):
            out[name] = words(value)
        elif _is_number(value):
            out[name] = number(value, 0 if float(value).is_integer() else 2)
        else:
            out[name] = "" if value is None else str(value)
    out.setdefault("when", when(None))
    return out


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def when(seconds: float | None) -> str:
    """When to try again: `in a moment` under a minute, else `in about 3 minutes`."""
    if not seconds or seconds < 60:
        return translate("messages", _SOON)
    minutes = math.ceil(seconds / 60)
    if minutes == 1:
        return translate("messages", _ONE_MINUTE)
    return translate("messages", _MINUTES).format(count=number(minutes))


def said(english: str) -> str:
    """A sentence of `labeler.core` (a `Said` keeps its template and values; a marked
    sentence without values is its own template), or of the task server kept with its
    message code (`ServerWords`), in the interface's language."""
    if isinstance(english, Said):
        return worded(english.template, english.params, english)
    if isinstance(english, ServerWords):
        return text(english.said, str(english))
    return words(english)


def problem_text(problem: Problem) -> str:
    """What is wrong, of a problem `labeler.core` found (a schema's, an answer's), in the
    interface's language."""
    return worded(problem.template, problem.params, problem.message)


def worded(template: str, params: Mapping[str, Any], english: str) -> str:
    """A template the Qt-free packages marked, in the interface's language, with its
    values: numbers in the locale's digits, a JSON type or a reason worded too, any other
    text isolated (right to left, Latin runs together otherwise); `english`
    when the values do not fit the template."""
    values: dict[str, str] = {}
    for name, value in params.items():
        if _is_number(value):
            values[name] = number(value, 0 if float(value).is_integer() else 2)
        elif isinstance(value, Said | ServerWords):  # a sentence inside a sentence
            values[name] = said(value)
        elif name in ("type", "reason") and isinstance(value, str):
            values[name] = words(value)
        else:  # a path, a label, a pattern: its own direction inside the sentence
            values[name] = "" if value is None else isolate(str(value))
    try:
        return translate("messages", template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a value
        return english


def error_text(error: BaseException) -> str:
    """What to show for an error of `labeler.client`: a workbench too old for its server
    says what to do; the task server's errors by their message code; the client's own
    words, worded; anything else as it reads."""
    if isinstance(error, WorkbenchTooOld):
        return too_old_text(error.needed, error.ours, error.download_url)
    if isinstance(error, ApiError):
        return text(error.said, error.message, retry_after=error.retry_after)
    if isinstance(error, ClientError) and error.params:
        return worded(error.template, error.params, error.message)
    if error.args and isinstance(error.args[0], Said):  # a core error that keeps its words
        return said(error.args[0])
    message = getattr(error, "message", None)
    if isinstance(message, str) and message:
        return words(message)
    return str(error) or type(error).__name__


def too_old_text(needed: str, ours: str, download_url: str | None) -> str:
    """This workbench is older than its task server takes: which versions, what to do."""
    template = WorkbenchTooOld.TEXT_WITH_URL if download_url else WorkbenchTooOld.TEXT
    return translate("messages", template).format(needed=needed, ours=ours, url=download_url)


def locked_words(project: Any) -> str:
    """Why a private pool is locked, from a project's (or a pool goal's) `locked` and
    `locked_reason`; "" when the server gave no reason."""
    return text(getattr(project, "locked", None), project.locked_reason)


def reason_words(row: HistoryRow) -> str:
    """Why a history row was refused or rejected by its verdict ("" when it was not)."""
    return text(row.reason_said, row.reason)


def review_words(review: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """A history entry's review as (reason, comment): a gold verdict's (with a message
    code) worded here; a reviewer's are their own words, as they wrote them."""
    reason, comment = review.get("reason"), review.get("comment")
    reason = reason if isinstance(reason, str) else None
    comment = comment if isinstance(comment, str) else None
    said = message_code(review.get("message"))
    if said is not None:
        if reason:
            reason = text(said, reason)
        elif comment:
            comment = text(said, comment)
    return reason, comment
