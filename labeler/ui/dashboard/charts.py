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
from PySide6.QtCore import QDateTime, Qt
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
    category_axis,
    new_chart,
    nice_ceiling,
    percent_axis,
    value_axis,
)
from labeler.ui.dashboard.tiles import amount, hours, pace

Built = tuple[QChart, str]
ITEMS, EARNINGS, HOURS, PACE = "items", "earnings", "hours", "pace"
#: Days the per-day chart shows (ending today).
DAYS = 14


def day_label(day: date) -> str:
    """The day of the month (the months are in the axis title)."""
    return str(day.day)


def span_title(days: Sequence[DayFigures], today: date) -> str:
    """`17 Nov to today, 30 Nov`, the axis title of the per-day chart."""
    if not days:
        return ""
    first = days[0].day
    return f"{first.day} {first:%b} to today, {today.day} {today:%b}"


def day_tip(d: DayFigures, currency: str | None) -> str:
    """One day in words: items, active time, pace and money."""
    f = d.figures
    lines = [f"{d.day:%A} {d.day.day} {d.day:%B}"]
    if not f.items:
        return lines[0] + ": no work"
    lines.append(f"{f.items} items" + (f", {f.skips} skipped" if f.skips else ""))
    lines.append(f"{hours(f.active_ms)} active, {pace(f.items_per_hour)} items per hour")
    lines.append(f"{f.accepted} approved, {f.pending} pending, {f.rejected} rejected")
    if currency:
        m = f.money(currency)
        lines.append(
            f"{amount(m.approved, currency)} earned, {amount(m.pending, currency)} pending"
        )
    return "\n".join(lines)


def days_chart(days: Sequence[DayFigures], today: date, what: str, currency: str | None) -> Built:
    """Items (or earnings in `currency`) per day, stacked by their state; or active hours,
    or items per hour, per day."""
    if what in (HOURS, PACE):
        return _work_chart(days, today, what, currency)
    money = what == EARNINGS
    title = f"Earnings per day ({currency})" if money and currency else "Items per day"
    chart = new_chart(title)
    if money and currency is None:
        return chart, "No paid work yet: nothing to show in money."
    sets = [
        (QBarSet("Approved"), GOOD),
        (QBarSet("Pending"), WAITING),
        (QBarSet("Rejected"), BAD),
    ]
    refused = QBarSet("Refused by the server")
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
        axis_y = value_axis(chart, 0, max(5.0, nice_ceiling(top * 1.1)), "%.0f", "Items")
    attach(chart, series, axis_x, axis_y)
    _day_tips(series, days, currency)
    worked = sum(1 for d in days if d.figures.items)
    caption = (
        f"The last {len(days)} days; you worked on {worked} of them."
        if worked
        else f"No work in the last {len(days)} days."
    )
    return chart, caption


def _day_tips(series: QBarSeries, days: Sequence[DayFigures], currency: str | None) -> None:
    """A bar's day, in words, while the pointer is over it."""
    shown = list(days)

    def hovered(status: bool, index: int, _set: QBarSet) -> None:
        if status and 0 <= index < len(shown):
            QToolTip.showText(QCursor.pos(), day_tip(shown[index], currency))
        else:
            QToolTip.hideText()

    series.hovered.connect(hovered)


def _work_chart(days: Sequence[DayFigures], today: date, what: str, currency: str | None) -> Built:
    """Active hours, or items per active hour, per day: one bar each."""
    title = "Active hours per day" if what == HOURS else "Items per hour, per day"
    chart = new_chart(title)
    bars = QBarSet("Active hours" if what == HOURS else "Items per hour")
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
        axis_y = value_axis(chart, 0, max(1.0, nice_ceiling(top * 1.1)), "%.1f", "Hours")
    else:
        axis_y = value_axis(chart, 0, max(10.0, nice_ceiling(top * 1.1)), "%.0f", "Items/h")
    attach(chart, series, axis_x, axis_y)
    _day_tips(series, days, currency)
    worked = [d for d in days if d.figures.active_ms]
    if not worked:
        return chart, f"No active time in the last {len(days)} days."
    total = sum(d.figures.active_hours for d in worked)
    items = sum(d.figures.items for d in worked)
    return chart, (
        f"{hours(sum(d.figures.active_ms for d in worked))} active over {len(worked)} days; "
        f"{pace(items / total if total else None)} items per hour overall."
    )


def _moment(at: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000))


def accuracy_chart(
    points: Sequence[GoldPoint], skill: str, requirement: float | None, pool: str | None
) -> Built:
    """Accuracy over the newest 50 gold answers in `skill` after each answer; misses are
    red dots; the requirement is a dashed line."""
    chart = new_chart(f"Gold accuracy over time: {skill}")
    if not points:
        text = f"No gold answers in {skill} yet."
        if requirement is not None:
            text += f" {pool or 'The pool'} needs {requirement * 100:g}%."
        return chart, text
    line = QLineSeries()
    line.setName("Accuracy over your newest 50")
    line.setColor(NEUTRAL)
    misses = QScatterSeries()
    misses.setName("Missed")
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
    axis_x.setFormat("d MMM" if span > timedelta(days=2) else "d MMM hh:mm")
    axis_x.setTickCount(5)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    axis_y = percent_axis(chart, "Gold accuracy")
    attach(chart, line, axis_x, axis_y)
    if misses.count():
        attach(chart, misses, axis_x, axis_y)
    last = points[-1]
    caption = f"Now {last.accuracy * 100:.1f}% over your newest {last.window}."
    if requirement is not None:
        bar = QLineSeries()
        bar.setName(f"{pool or 'Requirement'}: {requirement * 100:g}%")
        for at in (start, end):
            bar.append(float(_moment(at).toMSecsSinceEpoch()), requirement * 100)
        pen = bar.pen()
        pen.setColor(BAD.darker(120))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(2.0)
        bar.setPen(pen)
        attach(chart, bar, axis_x, axis_y)
        caption += f" {pool or 'The pool'} needs {requirement * 100:g}%."
    return chart, caption
