"""What the task server says to annotators, each sentence with a stable message code.

A message code and its values (`{"code", "params"}`) let a workbench say the sentence in
its own language; the English goes along where it always did (an error's `message`, a
project's `locked_reason`, a review's `reason` and `comment`), for older clients and as
the fallback for a code a workbench does not know. docs/protocol.md "Message codes" lists
every code of `MESSAGES` with its values; a test keeps the two, and the workbench's own
table (`labeler.ui.messages`), in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from labeler.core import stats

#: Code -> the English sentence, `{name}` standing for a value of `params`. Percentages
#: (`min_accuracy`, `accuracy`) are fractions in `params` and written out in the sentence;
#: a large count is written with its thousands (`{pixels:,}`), as the workbench writes it.
MESSAGES: dict[str, str] = {
    # Signing in and tokens
    "sign_in_first": "Sign in first: send Authorization: Bearer <token>.",
    "token_invalid": "That token is not valid; sign in again.",
    "token_expired": "This sign-in has expired; sign in again.",
    "account_disabled": "This account is disabled; ask an admin of this task server.",
    "wrong_credentials": "Wrong username or password.",
    "locked_out_username": "Too many failed sign-ins for this username; try again later.",
    "locked_out_client": "Too many failed sign-ins from this address; try again later.",
    "sign_in_busy": "The task server is busy with other sign-ins; try again in a moment.",
    "locked_out_password": "Too many wrong passwords for this username; try again later.",
    "wrong_current_password": "The current password is wrong.",
    "needs_role": "This needs one of the roles: {roles}.",
    # Private pools and leases
    stats.REQUIREMENT_NO_GOLD_YET: "needs {min_accuracy} accuracy on {skill} over ≥ {min_gold}"
    " control items; you have no control items yet",
    stats.REQUIREMENT_NOT_MET: "needs {min_accuracy} accuracy on {skill} over ≥ {min_gold}"
    " control items; you have {accuracy} over {answered}",
    stats.REQUIREMENT_NOT_MET_RECENT: "needs {min_accuracy} accuracy on {skill} over ≥"
    " {min_gold} control items; you have {accuracy} over your last {window} of {answered}",
    "batch_released": "This batch was released; lease a new one.",
    "no_project": "No project with that id.",
    "no_batch": "No batch with that id.",
    "no_item": "No item with that id.",
    "no_submission": "No submission with that id.",
    # Submissions
    "not_your_batch": "That item is not in a batch of yours.",
    "already_answered": "You have already answered this item.",
    "item_complete": "This item has all the answers it needs.",
    "submission_id_taken": "A submission with this id exists with another body; use a new id.",
    "submission_not_stored": "The submission could not be stored; try again.",
    "answer_does_not_fit": "The answer does not fit the schema.",
    "answer_too_large": "The answer cannot be stored.",
    # Corrections (amendments)
    "amend_lease_ended": "The lease on this item has ended (its batch expired or was released):"
    " its answer can no longer be changed.",
    "amend_reviewed": "This answer was reviewed already: it can no longer be changed.",
    "amend_gold_verdict": "The answer to a control item cannot be changed once its verdict was"
    " shown.",
    "amend_amended": "This submission was corrected already: correct the newest correction.",
    # What a gold verdict decided (the history's review without a reviewer)
    "missed_control_item": "missed a control item",
    "paid_failed_gold": "Paid although it missed a control item: this project pays for every"
    " control item.",
    # Contests
    "contest_already": "You have already contested this verdict.",
    "contest_not_failed": "Only a failed gold verdict can be contested.",
    "contest_withdrawn": "This item is no longer gold: its verdict does not count any more.",
    # Media a lead sends (422 `invalid_media`, 413 `too_large`)
    "media_not_decodable": "The file is not an image (JPEG, PNG, WebP, BMP, TIFF, GIF) or audio"
    " (WAV, FLAC, OGG Vorbis/Opus, MP3) that can be decoded.",
    "image_too_many_pixels": "The image has too many pixels to decode safely.",
    "image_corrupt": "The image is corrupt or truncated.",
    "image_empty": "The image is empty.",
    "image_pixels_over": "The image has {pixels:,} pixels ({width:,} × {height:,}); a {format}"
    " image may have at most {limit:,}. Scale it down, or send it as a JPEG (up to"
    " {jpeg_limit:,} pixels).",
    "audio_format_refused": "Audio in {format} format is not accepted; use WAV, FLAC, OGG or MP3.",
    "audio_no_sound": "The audio file holds no sound.",
    "audio_undecodable": "The audio cannot be decoded.",
    "file_too_large": "The file is larger than {limit:,} bytes.",
    # Projects a lead creates
    "project_id_taken": "The project id '{id}' is taken.",
    "project_id_raced": "The project id '{id}' is taken; try again.",
    # Reviews and contests a reviewer or a lead decides
    "review_own": "You cannot review your own submission.",
    "review_amended": "Its annotator replaced this answer with a correction: review the"
    " correction.",
    "contest_already_upheld": "This contest is already upheld.",
    "contest_already_dismissed": "This contest is already dismissed.",
    # Items one may still answer
    "item_answerable": "You may still be the one to answer this item, so its gold and other"
    " annotators' answers are hidden from you until you have answered it and your batch has"
    " ended.",
}


@dataclass(frozen=True)
class Said:
    """A sentence of `MESSAGES` with its values: `text` in English, `json()` as sent."""

    code: str
    params: dict[str, Any]
    text: str

    def json(self) -> dict[str, Any]:
        return {"code": self.code, "params": dict(self.params)}


def say(code: str, **params: Any) -> Said:
    """The sentence `code` with `params` (KeyError for a code not in `MESSAGES`)."""
    return Said(code, params, MESSAGES[code].format(**params))


def shortfall(found: stats.Shortfall) -> Said:
    """A private pool's unmet requirement as said (its English is `labeler.core.stats`')."""
    assert found.code in MESSAGES, found.code
    return Said(found.code, dict(found.params), found.text)
