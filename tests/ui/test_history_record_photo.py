"""History of "Verify a business listing" at 1366×768, English and Urdu: the shop sign's
photo is drawn large enough to read its smallest line, the record beside or under it
whole, and the table over them keeps its rows (the report's F10: a 145 × 90 thumbnail,
the record in a scrolling box)."""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

import pytest

from labeler.client.history import History
from labeler.server.demo.listings import draw_sign
from labeler.ui.pages.common import select_row
from labeler.ui.pages.history_model import ROW_ROLE
from tests.ui.test_history_item import LAPTOP, Host, Known, media, row, submitted, verdict

SIGN = "5a" * 32
VERIFY = {
    "title": "Verify a business listing",
    "media": "image",
    "fields": [
        {
            "name": "listing",
            "kind": "record",
            "keys": [
                {"value": "name", "text": "Name"},
                {"value": "phone", "text": "Phone"},
                {"value": "address", "text": "Address"},
                {"value": "category", "text": "Category"},
            ],
        }
    ],
}
SHOP = ("Rehman Tailors", "Tailor", "0333 5550102", "17 Saddar, Rawalpindi")
RECORD = {"name": SHOP[0], "category": SHOP[1], "phone": SHOP[2], "address": SHOP[3]}
#: The sign's smallest line (its address) is 32 px high in the 1024 × 640 photo: drawn
#: at a third of that, about 11 px, it reads.
LEAST_SCALE = 1 / 3
#: Rows of the table in view over the item, in either language (Nastaliq's are twice as
#: tall): the photo beside its record takes none of them.
LEAST_ROWS = 3


@pytest.fixture(params=["en", "ur"])
def host(qtbot: Any, tmp_path: Path, request: Any) -> Host:
    if request.param == "ur":
        request.getfixturevalue("urdu")  # Nastaliq's taller rows and lines
    photo = tmp_path / "sign.jpg"
    photo.write_bytes(draw_sign(SHOP, ("#4a2a8a", "#ffffff"), random.Random(3)))
    known = Known(files={SIGN: photo})
    known.gate.set()
    for sid in ("sign", "gold"):
        known.local[sid] = submitted(
            sid,
            VERIFY,
            {"listing": dict(RECORD)},
            project="verify",
            media=media(SIGN, width=1024, height=640),
            data={"record": RECORD},
        )
    host = Host(known)
    host.project_names["verify"] = "Verify a business listing"
    qtbot.addWidget(host)
    host.resize(*LAPTOP)
    host.show()
    qtbot.waitExposed(host)
    gold = verdict({"listing": RECORD}, {"listing": 1.0}, True)
    rows = (
        row("sign", "verify", 1),
        row("gold", "verify", 2, gold),
        *(row(f"earlier{n}", "verify", n + 3) for n in range(8)),
    )
    host.history.set_history(History(rows, None, True))
    return host


def shown(qtbot: Any, host: Host, sid: str) -> Any:
    """The history's drawing of submission `sid`, its photo in."""
    page = host.history
    ids = [page.proxy.index(r, 0).data(ROW_ROLE).submission_id for r in range(10)]
    select_row(page.table, ids.index(sid))
    side = page.item_view.side

    def drawn() -> bool:
        pixmap = side.photo.pixmap()
        return (
            side.loaded is not None
            and side.loaded.detail.submissions[0].id == sid
            and pixmap is not None
            and not pixmap.isNull()
        )

    qtbot.waitUntil(drawn, timeout=10_000)
    qtbot.wait(100)
    return side


def rows_in_view(page: Any) -> float:
    table = page.table
    room = table.viewport().height()
    return room / table.verticalHeader().defaultSectionSize()


@pytest.mark.parametrize("sid", ["sign", "gold"])
def test_a_verify_answer_shows_the_sign_legible_and_the_record_whole(
    qtbot: Any, host: Host, sid: str
) -> None:
    """`sign`: one's answer alone; `gold`: a control item's, the expected answer beside."""
    side = shown(qtbot, host, sid)
    if os.environ.get("LABELER_SHOTS"):
        language = "ur" if host.isRightToLeft() else "en"
        host.grab().save(f"{os.environ['LABELER_SHOTS']}/history-verify-{sid}-{language}.png")
    pixmap = side.photo.pixmap()
    assert pixmap.width() / 1024 >= LEAST_SCALE, (pixmap.width(), pixmap.height())
    record = side.itemdata.record
    assert record.isVisible()
    assert record.scroll.verticalScrollBar().maximum() == 0, "the record scrolls"
    assert rows_in_view(host.history) >= LEAST_ROWS
