"""The dashboard's widgets from made-up figures: tiles in words, per-day bars stacked by
state with the day in words on hover, accuracy over time with the pool's line, projects
sorted by numbers, rejection reasons with escaped comments, the next pool's bars."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCharts import QStackedBarSeries
from PySide6.QtCore import QLocale, Qt

from labeler.client import wire
from labeler.client.dashboard import (
    DayFigures,
    Entry,
    Figures,
    GoldPoint,
    Loaded,
    Money,
    ProjectInfo,
    Reading,
    Requirement,
    summarize,
)
from labeler.client.unlock import PoolGoal, goal_text
from labeler.ui import i18n
from labeler.ui.dashboard import DashboardPage
from labeler.ui.dashboard.charts import (
    EARNINGS,
    ITEMS,
    accuracy_chart,
    day_tip,
    days_chart,
    span_title,
)
from labeler.ui.dashboard.panels import PoolCard, ProjectTable, goal_words, reasons_html
from labeler.ui.dashboard.tiles import Tiles, hours, pace
from labeler.ui.tasks import Runner

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
STREET = ProjectInfo(
    "street", "Street scenes", "street", reward=wire.Reward(Decimal("0.05"), "USD")
)
PRO = ProjectInfo(
    "pro", "Street — pro", "pro", requirement=Requirement("street", 0.92, 20), eligible=False
)
PROJECTS = {p.id: p for p in (STREET, PRO)}


def entry(hours_ago: float, status: str = "accepted", **kw: Any) -> Entry:
    base: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "item_id": str(uuid.uuid4()),
        "project_id": "street",
        "status": status,
        "submitted_at": NOW - timedelta(hours=hours_ago),
        "active_ms": 30_000,
        "reward": wire.Reward(Decimal("0.05"), "USD"),
        "skipped": False,
    }
    return Entry(**{**base, **kw})


def test_formats() -> None:
    assert [hours(ms) for ms in (0, 40_000, 720_000, 3_900_000)] == [
        "0 s",
        "40 s",
        "12 min",
        "1 h 05 min",
    ]
    assert [pace(v) for v in (None, 4.25, 42.4)] == ["—", "4.2", "42"]


def test_tiles_in_words(qtbot: Any) -> None:
    tiles = Tiles()
    qtbot.addWidget(tiles)
    entries = [
        entry(1),
        entry(2, "pending"),
        entry(3, "rejected", reason="Wrong"),
        entry(4, skipped=True, reward=wire.Reward(Decimal(0), "USD")),
    ]
    tiles.show_dashboard(summarize(entries, PROJECTS, None, now=NOW, tz=UTC))
    assert tiles.items.value.text() == "4" and tiles.items.note.text() == "1 skipped"
    assert tiles.active.value.text() == "2 min"
    assert tiles.pace.value.text() == "120"
    assert tiles.earned.value.text() == "0.05 USD"
    assert tiles.earned.note.text() == "+ 0.05 USD pending"
    assert tiles.waiting.value.text() == "1" and "once accepted" in tiles.waiting.note.text()
    assert (
        tiles.rejected.value.text() == "1" and tiles.rejected.note.text() == "0.05 USD not earned"
    )
    assert "Rejected: 1" in tiles.rejected.accessibleName()
    tiles.show_dashboard(summarize([], PROJECTS, None, now=NOW, tz=UTC))
    assert tiles.items.note.text() == "nothing yet today"
    assert tiles.earned.note.text() == "no paid work yet"


def test_days_chart_stacks_by_state_and_says_each_day(qtbot: Any) -> None:
    today = date(2026, 3, 4)
    days = [
        DayFigures(date(2026, 3, 3), Figures(items=3, accepted=1, pending=1, rejected=1,
                   active_ms=600_000, earnings={"USD": Money(Decimal("0.05"), Decimal("0.05"),
                                                             Decimal("0.05"))})),
        DayFigures(today, Figures(items=1, refused=1)),
    ]  # fmt: skip
    chart, caption = days_chart(days, today, ITEMS, "USD")
    bars = next(s for s in chart.series() if isinstance(s, QStackedBarSeries))
    labels = [b.label() for b in bars.barSets()]
    assert labels == ["Approved", "Pending", "Rejected", "Refused by the server"]
    assert [bars.barSets()[3].at(i) for i in range(2)] == [0.0, 1.0]
    assert caption == "The last 2 days; you worked on 2 of them."
    chart, _ = days_chart(days, today, EARNINGS, "USD")
    assert chart.title() == "Earnings per day (USD)"
    _, caption = days_chart(days, today, EARNINGS, None)
    assert caption.startswith("No paid work yet")
    assert span_title(days, today) == "3 Mar to today, 4 Mar"
    tip = day_tip(days[0])
    assert tip.splitlines() == [
        "Tuesday 3 March",
        "3 items",
        "10 min active, 18 items per hour",
        "1 approved, 1 pending, 1 rejected",
        "0.05 USD earned, 0.05 USD pending",
    ]


def test_accuracy_chart_with_the_pool_line(qtbot: Any) -> None:
    points = [
        GoldPoint(NOW - timedelta(days=3), 1.0, 1, True),
        GoldPoint(NOW - timedelta(days=2), 0.5, 2, False),
        GoldPoint(NOW, 2 / 3, 3, True),
    ]
    chart, caption = accuracy_chart(points, "street", 0.92, "Street — pro")
    names = [s.name() for s in chart.series()]
    assert names == ["Accuracy over your newest 50", "Missed", "Street — pro: 92%"]
    assert caption == "Now 66.7% over your newest 3. Street — pro needs 92%."
    _, caption = accuracy_chart([], "street", 0.92, "Street — pro")
    assert caption == "No gold answers in street yet. Street — pro needs 92%."
    one, _ = accuracy_chart(points[:1], "street", None, None)  # a single moment still spans
    assert [s.name() for s in one.series()] == ["Accuracy over your newest 50"]


def test_project_table_sorts_by_numbers(qtbot: Any) -> None:
    table = ProjectTable()
    qtbot.addWidget(table)
    entries = [entry(i, project_id="street") for i in range(2)] + [
        entry(i, project_id="gone") for i in range(11)
    ]
    shown = summarize(entries, PROJECTS, None, now=NOW, tz=UTC)
    table.show_projects(shown.projects)
    assert [table.item(r, 0).text() for r in range(2)] == ["gone", "Street scenes"]
    table.sortItems(1, Qt.SortOrder.AscendingOrder)
    assert [table.item(r, 1).text() for r in range(2)] == ["2", "11"]  # not "11" < "2"


#: The tester's case: USD earned in the demo's projects, then a first answer paying PKR 12.
PKR_12 = wire.Reward(Decimal("12"), "PKR")
LOCAL = ProjectInfo("local", "Local shops", "local", reward=PKR_12)
BOTH = {**PROJECTS, "local": LOCAL}


def two_currencies() -> list[Entry]:
    usd = [entry(30 + i, reward=wire.Reward(Decimal("1.69"), "USD")) for i in range(2)]
    return [*usd, entry(31, "rejected", reward=wire.Reward(Decimal("0.50"), "USD"))] + [
        entry(1, "pending", project_id="local", reward=PKR_12)
    ]


def test_two_currencies_each_in_its_own_money_never_added(qtbot: Any) -> None:
    shown = summarize(two_currencies(), BOTH, None, now=NOW, tz=UTC)
    assert shown.currencies == ("PKR", "USD")
    tiles = Tiles()
    qtbot.addWidget(tiles)
    tiles.show_dashboard(shown)
    assert tiles.earned.value.text() == "0.00 PKR"  # today: the PKR answer only
    assert tiles.earned.note.text() == "+ 12.00 PKR pending"
    assert tiles.waiting.note.text() == "12.00 PKR once accepted"
    assert tiles.rejected.note.text() == "0.50 USD not earned"

    table = ProjectTable()
    qtbot.addWidget(table)
    table.show_projects(shown.projects)
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in (4, 5)] for r in range(2)}
    assert rows == {
        "Street scenes": ["3.38 USD", "0.00 USD"],
        "Local shops": ["0.00 PKR", "12.00 PKR"],
    }
    table.sortItems(4, Qt.SortOrder.AscendingOrder)  # by currency, then amount
    assert [table.item(r, 0).text() for r in range(2)] == ["Local shops", "Street scenes"]

    (today,) = [d for d in shown.days if d.day == NOW.date()]
    assert day_tip(today).splitlines()[-1] == "0.00 PKR earned, 12.00 PKR pending"
    both = DayFigures(NOW.date(), summarize(two_currencies(), BOTH, None, now=NOW).totals)
    assert day_tip(both).splitlines()[-2:] == [
        "0.00 PKR earned, 12.00 PKR pending",
        "3.38 USD earned, 0.00 USD pending",
    ]


def test_two_currencies_today_are_one_line_each(qtbot: Any) -> None:
    entries = [entry(1, reward=wire.Reward(Decimal("0.845"), "USD")), *two_currencies()[-1:]]
    tiles = Tiles()
    qtbot.addWidget(tiles)
    tiles.show_dashboard(summarize(entries, BOTH, None, now=NOW, tz=UTC))
    assert tiles.earned.value.text().splitlines() == ["0.00 PKR", "0.845 USD"]
    assert tiles.earned.note.text() == "+ 12.00 PKR pending"


def test_in_urdu_two_currencies_are_rupees_and_dollars(qtbot: Any, urdu: None) -> None:
    """PKR as Pakistani prices are written (Rs), USD by its code: a USD project is never
    shown in rupees."""
    shown = summarize(two_currencies(), BOTH, None, now=NOW, tz=UTC)
    table = ProjectTable()
    qtbot.addWidget(table)
    table.show_projects(shown.projects)
    rows = {table.item(r, 0).text(): [table.item(r, c).text() for c in (4, 5)] for r in range(2)}
    assert rows == {
        "Street scenes": ["USD\u00a03.38", "USD\u00a00.00"],
        "Local shops": ["Rs0.00", "Rs12.00"],
    }
    tiles = Tiles()
    qtbot.addWidget(tiles)
    tiles.show_dashboard(shown)
    assert tiles.earned.value.text() == "Rs0.00"
    assert "USD\u00a00.50" in tiles.rejected.note.text() and "Rs" not in tiles.rejected.note.text()
    page = DashboardPage(runner := Runner(), None)
    qtbot.addWidget(page)
    page.reading = Reading(Loaded(tuple(two_currencies()), True, False), BOTH, None, shown, ())
    page._show()
    picker = page.days_picker
    assert [picker.itemText(i) for i in (1, 2)] == ["آمدنی (PKR)", "آمدنی (USD)"]
    runner.shutdown(wait=True)


def test_the_page_offers_earnings_per_day_in_each_currency(qtbot: Any) -> None:
    """Per day, earnings are one currency at a time: a choice per currency, the chart
    titled with it; the project table keeps each project's own currency."""
    runner = Runner()
    page = DashboardPage(runner, None)
    qtbot.addWidget(page)
    entries = tuple(two_currencies())
    shown = summarize(entries, BOTH, None, now=NOW, tz=UTC)
    page.reading = Reading(Loaded(entries, True, False), BOTH, None, shown, ())
    page._show()
    picker = page.days_picker
    choices = [picker.itemText(i) for i in range(picker.count())]
    assert choices == [
        "Items", "Earnings (PKR)", "Earnings (USD)", "Active hours", "Items per hour"
    ]  # fmt: skip
    for currency in ("PKR", "USD"):
        picker.setCurrentIndex(choices.index(f"Earnings ({currency})"))
        assert page.days.view.chart().title() == f"Earnings per day ({currency})"
    # Read again with one currency only: one "Earnings" again, still the one chosen.
    usd_only = tuple(e for e in entries if e.project_id != "local")
    page.reading = Reading(
        Loaded(usd_only, True, False), BOTH, None, summarize(usd_only, BOTH, None, now=NOW), ()
    )
    page._show()
    assert [picker.itemText(i) for i in range(picker.count())][1] == "Earnings"
    assert picker.currentText() == "Earnings"
    assert page.days.view.chart().title() == "Earnings per day (USD)"
    runner.shutdown(wait=True)


def test_reasons_are_escaped_and_counted() -> None:
    entries = [
        entry(1, "rejected", reason="Wrong <b>label</b>", comment="<img src=x> & more",
              reviewer="qa"),
        entry(2, "rejected", reason="Wrong <b>label</b>"),
        entry(3, "rejected"),
    ]  # fmt: skip
    shown = summarize(entries, PROJECTS, None, now=NOW, tz=UTC)
    html = reasons_html(shown.rejections, {"street": "Street scenes"})
    assert "<b>Wrong &lt;b&gt;label&lt;/b&gt;</b> — 2 times" in html
    assert "“&lt;img src=x&gt; &amp; more” — qa" in html and "Street scenes" in html
    assert "<b>No reason given</b> — once" in html and "No comment was given." in html
    assert reasons_html((), {}) == "<p>Nothing of yours was rejected.</p>"


def test_missed_control_items_point_to_history_rather_than_a_comment() -> None:
    entries = [entry(1, "rejected", reason="missed a control item")]
    shown = summarize(entries, PROJECTS, None, now=NOW, tz=UTC)
    html = reasons_html(shown.rejections, {})
    assert "<b>missed a control item</b> — once" in html
    assert "hint and expected answer are in History" in html
    assert "No comment was given." not in html


def test_the_pool_card(qtbot: Any) -> None:
    card = PoolCard()
    qtbot.addWidget(card)
    me = wire.Me(
        wire.User("u", "demo", ("annotator",)), {"street": wire.SkillInfo(17, 15, 15 / 17)}, {}
    )
    shown = summarize([], PROJECTS, me, now=NOW, tz=UTC)
    card.show_goal(shown.goal, {"pro": "Street — pro"})
    assert card.name.text() == "Street — pro"
    assert card.needs.text().startswith("About ")
    assert card.count_label.text() == "Control items: 17 of 20 needed"
    assert card.accuracy_label.text() == "Accuracy: 88.2% of the 92% needed"
    assert card.count.value() == 17 and card.count.maximum() == 20
    card.show_goal(None, {})
    assert card.name.text() == "Nothing locked" and card.count.isHidden()


def test_the_pool_card_says_what_the_client_says_in_english() -> None:
    """The card words the goal itself (so it can in any language): in English, the same
    sentence as the client's own."""
    req = Requirement("street", 0.925, 20)
    cases = [  # answered, accuracy, more, all passed, estimated
        (0, None, 20, False, False),
        (0, None, 1, False, False),
        (17, 15 / 17, 3, False, False),
        (17, 15 / 17, 12, True, True),
        (30, 0.9, 1, True, False),
        (60, 0.91, 4, True, False),
        (60, 0.95, 0, False, False),
    ]
    for answered, accuracy, more, all_passed, estimated in cases:
        text = goal_text(req, answered, accuracy, more, all_passed, estimated)
        goal = PoolGoal(
            "pro", "Pro", req, answered, accuracy, more, all_passed, estimated, text, None
        )
        assert goal_words(goal) == text


def test_in_urdu_money_percentages_and_days_follow_the_urdu_locale(qtbot: Any, urdu: None) -> None:
    """Rupees as Pakistani prices are written ("Rs" before the figure, the locale's
    separators), a percentage and the days of the per-day chart in the Urdu locale's
    way, the words in Urdu."""
    ur = QLocale("ur_PK")
    rs = ur.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    street = ProjectInfo("street", "Street", "street", reward=wire.Reward(Decimal("1250"), "PKR"))
    pkr = wire.Reward(Decimal("1250"), "PKR")
    tiles = Tiles()
    qtbot.addWidget(tiles)
    entries = [entry(1, reward=pkr), entry(2, reward=pkr), entry(3, "pending", reward=pkr)]
    shown = summarize(entries, {"street": street}, None, now=NOW, tz=UTC)
    tiles.show_dashboard(shown)
    assert rs == "Rs"
    assert tiles.earned.value.text() == ur.toCurrencyString(2500.0, rs, 2) == "Rs2,500.00"
    assert f"+ {ur.toCurrencyString(1250.0, rs, 2)} زیرِ غور" in tiles.earned.note.text()
    assert tiles.earned.title.text() == "آج کی آمدنی"

    card = PoolCard()
    qtbot.addWidget(card)
    me = wire.Me(
        wire.User("u", "demo", ("annotator",)), {"street": wire.SkillInfo(17, 15, 15 / 17)}, {}
    )
    card.show_goal(summarize([], PROJECTS, me, now=NOW, tz=UTC).goal, {"pro": "Street — pro"})
    accuracy = card.accuracy_label.text()
    assert i18n.percent(0.882, 1) in accuracy and i18n.percent(0.92) in accuracy
    assert ur.toString(88.2, "f", 1) in accuracy and accuracy.startswith("درستی")

    today = date(2026, 3, 4)
    days = [DayFigures(today - timedelta(days=n), Figures()) for n in (1, 0)]
    chart, _ = days_chart(days, today, ITEMS, None)
    axis = next(a for a in chart.axes() if a.orientation() == Qt.Orientation.Horizontal)
    march = ur.monthName(3, QLocale.FormatType.ShortFormat)
    assert march not in ("Mar", "") and march in axis.titleText()
    assert chart.locale().name() == "ur_PK" and chart.localizeNumbers()
