"""The dashboard's charts: items or earnings per day, stacked by what became of them
(approved, pending, rejected, refused), and gold accuracy over time in one skill with
the requirement of the pool being aimed at."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCharts import (
    QBarSeries,
    QBarSet,
    QChart,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QStackedBarSeries,
)
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QToolTip

from labeler.client.dashboard import DayFigures, GoldPoint
from labeler.ui.analytics.chartkit import (
    BAD,
    GOOD,
    MUTED,
    NEUTRAL,
    WAITING,
    attach,
    bar_percent,
    category_axis,
    new_chart,
    nice_ceiling,
    percent_axis,
    share,
    value_axis,
)
from labeler.ui.dashboard.tiles import amount, hours, pace
from labeler.ui.i18n import isolate, locale, number, translate

Built = tuple[QChart, str]
ITEMS, EARNINGS, HOURS, PACE = "items", "earnings", "hours", "pace"
#: Days the per-day chart shows (ending today).
DAYS = 14


def day_label(day: date) -> str:
    """The day of the month (the months are in the axis title)."""
    return number(day.day)


def date_text(day: date, pattern: str) -> str:
    """`day` by a QDate pattern (`d MMM`), with the locale's names of days and months."""
    return locale().toString(QDate(day.year, day.month, day.day), pattern)


def span_title(days: Sequence[DayFigures], today: date) -> str:
    """`17 Nov to today, 30 Nov`, the axis title of the per-day chart."""
    if not days:
        return ""
    return translate("dashboard.charts", "{first} to today, {today}").format(
        first=date_text(days[0].day, "d MMM"), today=date_text(today, "d MMM")
    )


def day_tip(d: DayFigures) -> str:
    """One day in words: items, active time, pace and money (a line per currency)."""
    f = d.figures
    day = date_text(d.day, "dddd d MMMM")  # notr: a date pattern
    if not f.items:
        return translate("dashboard.charts", "{day}: no work").format(day=day)
    items = (
        translate("dashboard.charts", "1 item")
        if f.items == 1
        else translate("dashboard.charts", "{count} items").format(count=number(f.items))
    )
    if f.skips:
        items = translate("dashboard.charts", "{items}, {skips} skipped").format(
            items=items, skips=number(f.skips)
        )
    lines = [day, items]
    lines.append(
        translate("dashboard.charts", "{time} active, {pace} items per hour").format(
            time=hours(f.active_ms), pace=pace(f.items_per_hour)
        )
    )
    lines.append(
        translate(
            "dashboard.charts", "{approved} approved, {pending} pending, {rejected} rejected"
        ).format(
            approved=number(f.accepted), pending=number(f.pending), rejected=number(f.rejected)
        )
    )
    for currency, m in sorted(f.earnings.items()):
        lines.append(
            translate("dashboard.charts", "{earned} earned, {pending} pending").format(
                earned=amount(m.approved, currency), pending=amount(m.pending, currency)
            )
        )
    return "\n".join(lines)


def days_chart(days: Sequence[DayFigures], today: date, what: str, currency: str | None) -> Built:
    """Items (or earnings in `currency`) per day, stacked by their state; or active hours,
    or items per hour, per day."""
    if what in (HOURS, PACE):
        return _work_chart(days, today, what)
    money = what == EARNINGS
    if money and currency:
        title = translate("dashboard.charts", "Earnings per day ({currency})").format(
            currency=currency
        )
    else:
        title = translate("dashboard.charts", "Items per day")
    chart = new_chart(title)
    if money and currency is None:
        return chart, translate("dashboard.charts", "No paid work yet: nothing to show in money.")
    sets = [
        (QBarSet(translate("dashboard.charts", "Approved")), GOOD),
        (QBarSet(translate("dashboard.charts", "Pending")), WAITING),
        (QBarSet(translate("dashboard.charts", "Rejected")), BAD),
    ]
    refused = QBarSet(translate("dashboard.charts", "Refused by the server"))
    for bar_set, color in sets:
        bar_set.setColor(color)
    refused.setColor(MUTED)
    top = 0.0
    for d in days:
        f = d.figures
        if money:
            assert currency is not None
            m = f.money(currency)
            values = [float(m.approved), float(m.pending), float(m.rejected)]
        else:
            values = [float(f.accepted), float(f.pending), float(f.rejected)]
        for (bar_set, _), value in zip(sets, values, strict=True):
            bar_set.append(value)
        refused.append(0.0 if money else float(f.refused))
        top = max(top, sum(values) + (0.0 if money else f.refused))
    series = QStackedBarSeries()
    series.setBarWidth(0.6)
    for bar_set, _ in sets:
        series.append(bar_set)
    if any(d.figures.refused for d in days) and not money:
        series.append(refused)
    axis_x = category_axis(chart, [day_label(d.day) for d in days])
    axis_x.setTitleText(span_title(days, today))
    if money:
        axis_y = value_axis(
            chart, 0, nice_ceiling(top * 1.1) if top else 1.0, "%.2f", currency or ""
        )
    else:
        items = translate("dashboard.charts", "Items")
        axis_y = value_axis(chart, 0, max(5.0, nice_ceiling(top * 1.1)), "%.0f", items)
    attach(chart, series, axis_x, axis_y)
    _day_tips(series, days)
    worked = sum(1 for d in days if d.figures.items)
    caption = (
        translate("dashboard.charts", "The last {days} days; you worked on {worked} of them.")
        if worked
        else translate("dashboard.charts", "No work in the last {days} days.")
    )
    return chart, caption.format(days=number(len(days)), worked=number(worked))


def _day_tips(series: QBarSeries, days: Sequence[DayFigures]) -> None:
    """A bar's day, in words, while the pointer is over it."""
    shown = list(days)

    def hovered(status: bool, index: int, _set: QBarSet) -> None:
        if status and 0 <= index < len(shown):
            QToolTip.showText(QCursor.pos(), day_tip(shown[index]))
        else:
            QToolTip.hideText()

    series.hovered.connect(hovered)


def _work_chart(days: Sequence[DayFigures], today: date, what: str) -> Built:
    """Active hours, or items per active hour, per day: one bar each."""
    if what == HOURS:
        title = translate("dashboard.charts", "Active hours per day")
        name = translate("dashboard.charts", "Active hours")
    else:
        title = translate("dashboard.charts", "Items per hour, per day")
        name = translate("dashboard.charts", "Items per hour")
    chart = new_chart(title)
    bars = QBarSet(name)
    bars.setColor(GOOD)
    values = [
        d.figures.active_hours if what == HOURS else (d.figures.items_per_hour or 0.0) for d in days
    ]
    for value in values:
        bars.append(value)
    series = QBarSeries()
    series.setBarWidth(0.6)
    series.append(bars)
    axis_x = category_axis(chart, [day_label(d.day) for d in days])
    axis_x.setTitleText(span_title(days, today))
    top = max(values, default=0.0)
    if what == HOURS:
        axis_title = translate("dashboard.charts", "Hours")
        axis_y = value_axis(chart, 0, max(1.0, nice_ceiling(top * 1.1)), "%.1f", axis_title)
    else:
        axis_title = translate("dashboard.charts", "Items/h")
        axis_y = value_axis(chart, 0, max(10.0, nice_ceiling(top * 1.1)), "%.0f", axis_title)
    attach(chart, series, axis_x, axis_y)
    _day_tips(series, days)
    worked = [d for d in days if d.figures.active_ms]
    if not worked:
        return chart, translate(
            "dashboard.charts", "No active time in the last {days} days."
        ).format(days=number(len(days)))
    total = sum(d.figures.active_hours for d in worked)
    items = sum(d.figures.items for d in worked)
    caption = (
        translate("dashboard.charts", "{time} active over 1 day; {pace} items per hour overall.")
        if len(worked) == 1
        else translate(
            "dashboard.charts", "{time} active over {days} days; {pace} items per hour overall."
        )
    )
    return chart, caption.format(
        time=hours(sum(d.figures.active_ms for d in worked)),
        days=number(len(worked)),
        pace=pace(items / total if total else None),
    )


def _moment(at: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000))


def accuracy_chart(
    points: Sequence[GoldPoint], skill: str, requirement: float | None, pool: str | None
) -> Built:
    """Accuracy over the newest 50 gold answers in `skill` after each answer; misses are
    red dots; the requirement is a dashed line."""
    chart = new_chart(
        translate("dashboard.charts", "Gold accuracy over time: {skill}").format(
            skill=isolate(skill)
        )
    )
    if not points:
        text = translate("dashboard.charts", "No gold answers in {skill} yet.").format(
            skill=isolate(skill)
        )
        if requirement is not None:
            text += " " + _needs(pool, requirement)
        return chart, text
    line = QLineSeries()
    line.setName(translate("dashboard.charts", "Accuracy over your newest 50"))
    line.setColor(NEUTRAL)
    misses = QScatterSeries()
    misses.setName(translate("dashboard.charts", "Missed"))
    misses.setColor(BAD)
    misses.setBorderColor(BAD)
    misses.setMarkerSize(8)
    for p in points:
        x = float(_moment(p.at).toMSecsSinceEpoch())
        line.append(x, p.accuracy * 100)
        if not p.passed:
            misses.append(x, p.accuracy * 100)
    start, end = points[0].at, points[-1].at
    if end - start < timedelta(hours=2):
        start, end = start - timedelta(hours=1), end + timedelta(hours=1)
    axis_x = QDateTimeAxis()
    axis_x.setRange(_moment(start), _moment(end))
    span = end - start
    axis_x.setFormat("d MMM" if span > timedelta(days=2) else "d MMM hh:mm")  # notr: patterns
    axis_x.setTickCount(5)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    axis_y = percent_axis(chart, translate("dashboard.charts", "Gold accuracy"))
    attach(chart, line, axis_x, axis_y)
    if misses.count():
        attach(chart, misses, axis_x, axis_y)
    last = points[-1]
    caption = translate("dashboard.charts", "Now {accuracy} over your newest {count}.").format(
        accuracy=share(last.accuracy, 1), count=number(last.window)
    )
    if requirement is not None:
        bar = QLineSeries()
        if pool:
            bar.setName(f"{pool}: {bar_percent(requirement)}")
        else:
            bar.setName(
                translate("dashboard.charts", "Requirement: {bar}").format(
                    bar=bar_percent(requirement)
                )
            )
        for at in (start, end):
            bar.append(float(_moment(at).toMSecsSinceEpoch()), requirement * 100)
        pen = bar.pen()
        pen.setColor(BAD.darker(120))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(2.0)
        bar.setPen(pen)
        attach(chart, bar, axis_x, axis_y)
        caption += " " + _needs(pool, requirement)
    return chart, caption


def _needs(pool: str | None, requirement: float) -> str:
    """`Urdu news (private) needs 92%.`"""
    if pool:
        text = translate("dashboard.charts", "{pool} needs {bar}.")
    else:
        text = translate("dashboard.charts", "The pool needs {bar}.")
    return text.format(pool=isolate(pool or ""), bar=bar_percent(requirement))
