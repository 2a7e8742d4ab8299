"""The task server's sentences in the interface's language: every message code the server
says has its template here, an English interface reads the server's own words, a code
this workbench does not know reads as the server's English, and in Urdu a locked pool's
reason is Urdu wherever it shows."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from labeler.client.errors import RateLimited, WorkbenchTooOld, api_error
from labeler.client.history import local_row
from labeler.client.importing import run
from labeler.client.outbox import REFUSED, OutboxEntry
from labeler.client.wire import MessageCode, Project, Reward
from labeler.core.i18n import Said
from labeler.core.stats import SkillSummary, requirement_shortfall
from labeler.server import messages as server
from labeler.ui import messages
from labeler.ui.pages.projects import ProjectsPage

#: What each value of a code's template is, to fill every template in tests.
SAMPLE = {
    "roles": "annotator, admin",
    "skill": "street-scenes",
    "min_accuracy": 0.92,
    "min_gold": 20,
    "accuracy": 0.88,
    "answered": 25,
    "window": 50,
    "reason": "This item has all the answers it needs.",
    "pixels": 88_360_000,
    "width": 9400,
    "height": 9400,
    "format": "PNG",
    "limit": 40_000_000,
    "jpeg_limit": 89_478_485,
    "id": "street-scenes",
}


def test_every_code_the_server_says_has_a_template() -> None:
    assert set(server.MESSAGES) <= set(messages.TEMPLATES)
    extra = set(messages.TEMPLATES) - set(server.MESSAGES)
    assert extra == {"refused_with"}  # the workbench's own (a correction refused with its answer)


def _named(template: str) -> set[str]:
    return set(re.findall(r"\{([a-z_]+)(?::[^{}]*)?\}", template))


@pytest.mark.parametrize("code", sorted(server.MESSAGES))
def test_in_english_each_code_reads_as_the_servers_words(qapp: Any, code: str) -> None:
    english = server.MESSAGES[code]
    params = {name: SAMPLE[name] for name in _named(english)}
    said = MessageCode(code, params)
    if code.startswith("requirement_"):
        return  # their percentages: below, through the core's own sentence
    shown = messages.text(said, "fallback")
    if "{when}" in messages.TEMPLATES[code]:  # a lock-out says when, where the server says later
        assert shown.startswith(english.split(";")[0] + "; try again in a moment.")
    else:
        assert shown == english.format(**params)


@pytest.mark.parametrize(
    "summary", [SkillSummary(0, 0, None), SkillSummary(25, 22, 0.88), SkillSummary(120, 80, 0.9199)]
)
def test_a_requirement_reads_as_the_server_writes_it(qapp: Any, summary: SkillSummary) -> None:
    found = requirement_shortfall("street-scenes", 0.925, 20, summary)
    assert found is not None
    said = MessageCode(found.code, found.params)
    assert messages.text(said, "fallback") == found.text


def test_an_unknown_code_reads_as_the_servers_english(qapp: Any) -> None:
    newer = MessageCode("quota_reached", {"count": 3})
    assert messages.text(newer, "You reached today's quota of 3 items.") == (
        "You reached today's quota of 3 items."
    )
    # A known code with values other than documented: the English too.
    odd = MessageCode("needs_role", {"wrong": 1})
    assert messages.text(odd, "This needs one of the roles: admin.") == (
        "This needs one of the roles: admin."
    )
    assert messages.text(None, "Something the server said.") == "Something the server said."


def test_errors_read_by_their_code(qapp: Any) -> None:
    said = {"code": "locked_out_username", "params": {}}
    error = api_error(
        429, "rate_limited", "Too many…; try again later.", {"retry_after": 596, "message": said}
    )
    assert isinstance(error, RateLimited)
    assert messages.error_text(error) == (
        "Too many failed sign-ins for this username; try again in about 10 minutes. Sign-ins"
        " from other computers are not held back."
    )
    plain = api_error(409, "conflict", "Another server's words.", {})
    assert messages.error_text(plain) == "Another server's words."
    assert messages.error_text(WorkbenchTooOld("1.4", "1.2", "https://t.example/get")) == (
        "This task server needs labeler 1.4 or newer; this is 1.2. Ask your team lead for the"
        " new version, or download it from https://t.example/get"
    )


LOCKED = requirement_shortfall("street-scenes", 0.92, 20, SkillSummary(25, 22, 0.88))


def _locked_project() -> Project:
    assert LOCKED is not None
    return Project(
        "night",
        "Street scenes — private pool (night)",
        media="image",
        schema_version=1,
        skill="night",
        reward=Reward(Decimal("0.05"), "USD"),
        lease_seconds=1800,
        training=False,
        eligible=False,
        locked_reason=LOCKED.text,
        items_total=100,
        items_remaining=80,
        raw={"requirement": {"skill": "street-scenes", "min_accuracy": 0.92, "min_gold": 20}},
        locked=MessageCode(LOCKED.code, LOCKED.params),
    )


def test_in_urdu_a_locked_pools_reason_is_urdu(qtbot: Any, urdu: None) -> None:
    page = ProjectsPage()
    qtbot.addWidget(page)
    page.set_projects([_locked_project()])
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    shown = page.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "کم از کم 20 جانچ آئٹموں پر street-scenes میں \u206692%\u2069 درستی چاہیے" in shown
    assert "25 پر آپ کی درستی \u206688.0%\u2069 ہے" in shown
    assert "you have" not in shown  # the server's English is not what shows
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)  # Enter on a locked pool says why
    assert "درستی چاہیے" in page.note.text()
    # A project from a server without codes: its English, as the server wrote it.
    older = _locked_project()
    object.__setattr__(older, "locked", None)
    assert messages.locked_words(older) == LOCKED.text  # type: ignore[union-attr]


def test_in_urdu_a_refused_answer_and_a_missed_control_item_say_why_in_urdu(
    qapp: Any, urdu: None
) -> None:
    message = "This item has all the answers it needs."
    said = {"code": "item_complete", "params": {}}
    error = {"error": {"code": "item_complete", "message": message, "details": {"message": said}}}
    entry = OutboxEntry(
        id="s1",
        item_id="i1",
        batch_id="b1",
        project_id="p",
        body={"submitted_at": "2026-12-01T10:00:00Z"},
        state=REFUSED,
        attempts=1,
        last_error=message,
        created_at=0.0,
        active_ms=900,
        skipped=False,
        reward=Reward(Decimal("0.05"), "USD"),
        status_code=409,
        response=error,
        status=None,
        gold=None,
        done_at=1.0,
    )
    row = local_row(entry)
    assert messages.reason_words(row) == "اس آئٹم کے لیے جتنے جواب چاہیے تھے، سب مل چکے ہیں۔"
    review = {
        "decision": "reject",
        "reason": "missed a control item",
        "comment": None,
        "reviewer": None,
        "message": {"code": "missed_control_item", "params": {}},
    }
    assert messages.review_words(review) == ("جانچ آئٹم غلط ہو گیا", None)
    mine = {"decision": "reject", "reason": "wrong sentiment", "comment": "read the end"}
    assert messages.review_words(mine) == ("wrong sentiment", "read the end")  # their words


def test_in_urdu_an_imports_refusals_by_the_task_server_say_why_in_urdu(urdu: None) -> None:
    """A refusal keeps the server's sentence as a string with its message code, and the
    import's own sentences around it keep their values: each reads in Urdu."""
    refused = server.say("audio_format_refused", format="MP2")
    error = api_error(422, "invalid_media", refused.text, {"message": refused.json()})
    reason = error.words()
    assert reason == refused.text  # the English stays what the server said
    assert (
        messages.said(reason) == "MP2 فارمیٹ کی آڈیو قبول نہیں؛ WAV، FLAC، OGG یا MP3 استعمال کریں۔"
    )
    big = server.say("image_pixels_over", pixels=88_360_000, width=9400, height=9400,
                     format="PNG", limit=40_000_000, jpeg_limit=89_478_485)  # fmt: skip
    shown = messages.said(
        api_error(422, "invalid_media", big.text, {"message": big.json()}).words()
    )
    assert shown.startswith("تصویر میں 88,360,000 پکسل ہیں (9,400 × 9,400)")
    stopped = Said(run._MAY_BE_CREATED, reason=reason, count=3)
    assert messages.said(stopped) == (
        "\u200fMP2 فارمیٹ کی آڈیو قبول نہیں؛ WAV، FLAC، OGG یا MP3 استعمال کریں۔"
        " (ہو سکتا ہے 3 آئٹم بن گئے ہوں، ہو سکتا ہے نہ بنے ہوں)"
    )
    other = Said(run._READ_AS["image"], mime="audio/wav", media="image")
    assert (
        messages.said(other) == "سرور اسے \u2068audio/wav\u2069 سمجھتا ہے؛ یہ تصویروں کا پروجیکٹ ہے"
    )
    # A server without codes: its English, as it was.
    plain = api_error(422, "invalid_media", "Some newer reason.", {}).words()
    assert messages.said(plain) == "Some newer reason."
