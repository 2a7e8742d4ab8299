"""The labeling screen's keys for going back: the previous and next item keys clash with
no other key of the image, text and audio screens, and the `?` sheet lists them."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import SCHEMAS
from tests.ui.test_cheatsheet import open_sheet

GOING_BACK = {
    "Previous item: go back to correct an answer": ("Ctrl+PgUp",),
    "Next item: forward again, to the current one": ("Ctrl+PgDown",),
}


@pytest.mark.parametrize("media", list(SCHEMAS))
def test_going_back_keys_are_free_on_every_labeling_screen_and_listed(
    qtbot: QtBot,
    labeling_window: Any,
    media: str,
) -> None:
    window = labeling_window(media, (1366, 768))
    keymap = window.keymap
    assert keymap.conflicts() == ()
    assert keymap.keys("item.previous") == ("Ctrl+PgUp",)
    assert keymap.keys("item.next") == ("Ctrl+PgDown",)
    taken = [k for a in keymap.actions() if not a.id.startswith("item.") for k in keymap.keys(a.id)]
    assert not {"Ctrl+PgUp", "Ctrl+PgDown"} & set(taken)
    sheet = open_sheet(qtbot, window)
    rows = {title: keys for _, section in sheet.sections() for title, keys in section}
    for title in GOING_BACK:
        assert title in rows, title


def test_which_earlier_answer_is_shown_reads_naturally() -> None:
    from labeler.ui.workbench.goingback import which_answer

    assert which_answer(1, 1) == "your last answer"
    assert which_answer(9, 9) == "your last answer (9 of 9)"
    assert which_answer(3, 9) == "your answer 3 of 9"


def test_why_an_answer_cannot_be_corrected_says_what_the_client_says() -> None:
    """The banner's reasons are marked in the workbench; in English they stay the
    client's own words (`amending.blocked`)."""
    from types import SimpleNamespace

    from labeler.client import amending
    from labeler.client.outbox import REFUSED, UPLOADED
    from labeler.ui.workbench.goingback import blocked_reason

    for said in (amending.GOLD_SHOWN, amending.LEASE_ENDED):
        shown = SimpleNamespace(entry=SimpleNamespace(state=UPLOADED), blocked=said)
        assert blocked_reason(shown) == said  # type: ignore[arg-type]
    for error in ("Full.", None):
        entry = SimpleNamespace(state=REFUSED, last_error=error, response=None)
        said = amending.blocked(entry, None, "", 0, 0)  # type: ignore[arg-type]
        shown = SimpleNamespace(entry=entry, blocked=said)
        assert blocked_reason(shown) == said  # type: ignore[arg-type]
