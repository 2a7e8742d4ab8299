"""Projects page: keyboard navigation from the first moment, Enter opens (a locked pool
says why instead), refresh and history by key and click, the offline banner, skills."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from labeler.client import wire
from labeler.client.wire import Earned, Me, Project, Reward, SkillInfo, User
from labeler.ui.pages.project_cards import PROJECT_ROLE, details
from labeler.ui.pages.projects import OFFLINE_BANNER, ProjectsPage, skills_summary

LOCKED = "needs 92% accuracy on street-scenes over ≥ 20 control items; you have 88.0% over 25"


def project(pid: str, name: str, **kw) -> Project:
    args = dict(
        media="image",
        schema_version=1,
        skill=pid,
        reward=Reward(Decimal("0.04"), "USD"),
        lease_seconds=1800,
        training=False,
        eligible=True,
        locked_reason=None,
        items_total=5000,
        items_remaining=1240,
        raw={},
    )
    args.update(kw)
    return Project(pid, name, **args)


PROJECTS = [
    project("street", "Street scenes — vehicles and people"),
    project("news-ur", "خبروں کے جذبات — Urdu news sentiment", media="text"),
    project("train", "Street scenes — training", training=True, reward=Reward(Decimal(0), "")),
    project(
        "night",
        "Street scenes — private pool (night)",
        eligible=False,
        locked_reason=LOCKED,
        raw={"requirement": {"skill": "street-scenes", "min_accuracy": 0.92, "min_gold": 20}},
    ),
]


@pytest.fixture
def page(qtbot) -> ProjectsPage:
    p = ProjectsPage()
    qtbot.addWidget(p)
    p.set_projects(PROJECTS)
    p.resize(1000, 700)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    qtbot.waitUntil(p.isActiveWindow)
    return p


def test_up_down_and_enter_work_as_soon_as_the_page_shows(qtbot, page):
    qtbot.waitUntil(page.list.hasFocus)
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    qtbot.keyClick(page.list, Qt.Key.Key_Up)
    with qtbot.waitSignal(page.open_requested) as signal:
        qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert signal.args == ["news-ur"]


def test_a_double_click_opens(qtbot, page):
    rect = page.list.visualRect(page.model.index(2))
    # A real double click starts with a press; QTest's double click alone has none.
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_requested) as signal:
        qtbot.mouseDClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["train"]


def test_enter_on_a_locked_pool_shows_the_reason_and_does_not_open(qtbot, page):
    page.list.setCurrentIndex(page.model.index(3))
    with qtbot.assertNotEmitted(page.open_requested):
        qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert page.note.isVisible()
    assert LOCKED in page.note.text()
    qtbot.keyClick(page.list, Qt.Key.Key_Up)  # moving on clears it
    assert not page.note.isVisible()


def test_the_locked_reason_is_shown_in_full(qtbot, page):
    index = page.model.index(3)
    assert LOCKED in index.data(Qt.ItemDataRole.ToolTipRole)
    delegate = page.list.itemDelegate()
    option = QStyleOptionViewItem()
    option.font = page.list.font()
    tall = delegate.sizeHint(option, index).height()
    plain = delegate.sizeHint(option, page.model.index(0)).height()
    assert tall > plain  # the reason gets its own lines
    page.resize(420, 700)  # narrow: the reason wraps, the card grows rather than cut it
    qtbot.waitUntil(lambda: page.list.viewport().width() < 420)
    assert delegate.sizeHint(option, index).height() > tall


def test_card_details_say_media_reward_items_and_requirement():
    assert details(PROJECTS[0]) == "Image  ·  0.04 USD per item  ·  1,240 of 5,000 items left"
    assert "unpaid" in details(PROJECTS[2])
    assert "needs 92% accuracy" in details(PROJECTS[3])


def test_offline_shows_the_banner(page):
    assert not page.banner.isVisible()
    page.set_projects(PROJECTS, offline=True)
    assert page.banner.isVisible() and page.banner.text() == OFFLINE_BANNER
    page.set_projects(PROJECTS, offline=False)
    assert not page.banner.isVisible()


def test_f5_and_the_button_refresh_ctrl_h_and_the_button_show_history(qtbot, page):
    with qtbot.waitSignal(page.refresh_requested):
        qtbot.keyClick(page.list, Qt.Key.Key_F5)
    with qtbot.waitSignal(page.refresh_requested):
        qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.history_requested):
        qtbot.keyClick(page.list, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(page.history_requested):
        qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    assert page.list.hasFocus()  # a click on a button leaves the keyboard on the list


def test_busy_shows_progress_and_holds_refresh(qtbot, page):
    page.set_busy(True)
    assert page.busy.isVisible()
    with qtbot.assertNotEmitted(page.refresh_requested):
        qtbot.keyClick(page.list, Qt.Key.Key_F5)
    page.set_busy(False)
    assert not page.busy.isVisible()
    page.show_error("The task server did not answer.")
    assert page.note.kind == "error"


def test_a_refresh_keeps_the_selected_project(page):
    page.list.setCurrentIndex(page.model.index(2))
    page.set_projects(list(reversed(PROJECTS)))
    assert page.current_project().id == "train"
    page.set_projects([])
    assert page.empty.isVisible() and not page.list.isVisible()


def test_the_skills_summary_comes_from_me(page):
    me = Me(
        User("u1", "amina", ("annotator",)),
        {"street-scenes": SkillInfo(25, 22, 0.88), "calls": SkillInfo(0, 0, None)},
        {"currency": "USD", "approved": "12.40", "pending": "3.10", "rejected": "0.00"},
        earned=(Earned("USD", Decimal("12.40"), Decimal("3.10"), Decimal(0)),),
    )
    page.set_me(me)
    text = page.skills.text()
    assert page.skills.isVisible()
    assert "street-scenes 88.0% over 25" in text
    assert "none yet in calls" in text
    assert text.endswith("    Earned: 12.40 USD approved, 3.10 USD pending")
    page.set_me(None)
    assert not page.skills.isVisible()


def test_the_skills_are_named_by_their_projects_names(page):
    """A skill is by default its project's id (`compare-answers`): the line names the
    project instead; a skill two projects share keeps its own name."""
    me = Me(
        User("u1", "amina", ("annotator",)),
        {
            "compare-answers": SkillInfo(3, 1, 1 / 3),
            "street-scenes": SkillInfo(25, 22, 0.88),
            "product-match": SkillInfo(0, 0, None),
        },
        {"currency": "USD", "approved": "0.00", "pending": "0.00", "rejected": "0.00"},
    )
    page.set_me(me)
    assert "compare-answers 33.3% over 3" in page.skills.text()  # not listed yet
    page.set_projects(
        [
            *PROJECTS,
            project("compare-answers", "Compare two answers", media="text"),
            project("product-match", "Product match"),
            project("street-night", "Street scenes at night", skill="street-scenes"),
            project("street-day", "Street scenes by day", skill="street-scenes"),
        ]
    )
    text = page.skills.text()
    assert text.startswith("Gold accuracy: Compare two answers 33.3% over 3  ·  street-scenes")
    assert "none yet in Product match" in text and "compare-answers" not in text


#: The tester's `/me`: USD earned in the demo's projects, then a first answer paying PKR.
TWO_CURRENCIES = {
    "id": "u1",
    "username": "amina",
    "roles": ["annotator"],
    "skills": {},
    "earnings": {"currency": "PKR", "pending": "12.00", "approved": "0.00", "rejected": "0.00"},
    "earnings_by_currency": [
        {"currency": "PKR", "pending": "12.00", "approved": "0.00", "rejected": "0.00"},
        {"currency": "USD", "pending": "0.00", "approved": "3.38", "rejected": "0.50"},
    ],
}


def test_earnings_in_two_currencies_are_one_line_each(page):
    page.set_me(wire.parse_me(TWO_CURRENCIES))
    assert page.skills.text().split("\n") == [
        "No gold answers yet.",
        "Earned: 0.00 PKR approved, 12.00 PKR pending",
        "Earned: 3.38 USD approved",
    ]


def test_in_urdu_earnings_in_two_currencies_are_each_in_their_own_money(urdu) -> None:
    lines = skills_summary(wire.parse_me(TWO_CURRENCIES)).split("\n")
    assert len(lines) == 3 and all(line.startswith("\u200fآمدنی: ") for line in lines[1:])
    assert "Rs0.00" in lines[1] and "Rs12.00" in lines[1] and "USD" not in lines[1]
    assert "USD\u00a03.38" in lines[2] and "Rs" not in lines[2]


def test_model_rows_carry_the_project(page):
    assert page.model.index(1).data(PROJECT_ROLE).id == "news-ur"


def test_in_urdu_a_card_says_its_reward_and_what_is_left_in_urdu(urdu) -> None:
    paid = replace(PROJECTS[0], reward=Reward(Decimal("2.5"), "PKR"))
    # The mark before "Rs" keeps the part reading right to left, though it starts in Latin.
    assert details(paid) == "تصویر  ·  \u200fRs2.50 فی آئٹم  ·  5,000 میں سے 1,240 آئٹم باقی"
