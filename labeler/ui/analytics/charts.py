"""The analytics charts, built from the parsed stats: gold accuracy per annotator with its
95 % interval against the requirement, median active time per annotator against the
too-fast threshold, and agreement per field. Each returns the chart, how many
categories it has (for sideways scrolling) and a caption in words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QBoxPlotSeries,
    QBoxSet,
    QChart,
    QHorizontalStackedBarSeries,
    QScatterSeries,
    QStackedBarSeries,
)
from PySide6.QtCore import Qt

from labeler.client.analytics import AnnotatorFigures, FieldStats
from labeler.ui.analytics.chartkit import (
    BAD,
    BAD_FILL,
    GOOD,
    NEUTRAL,
    NEUTRAL_FILL,
    WAITING,
    attach,
    category_axis,
    new_chart,
    nice_ceiling,
    percent_axis,
    reference_line,
    value_axis,
)

Built = tuple[QChart, int, str]
#: The mark after a name whose whole interval lies below the requirement.
BELOW_MARK = "▼"


def plural(count: int, word: str) -> str:
    """`1 annotator`, `3 annotators`."""
    return f"{count} {word}" + ("" if count == 1 else "s")


def _pct(fraction: float) -> str:
    return f"{round(fraction * 100, 1):g}%"


def accuracy_chart(annotators: Sequence[AnnotatorFigures], requirement: float | None) -> Built:
    """One box per annotator with gold answers: from the low to the high end of the
    95 % interval, the accuracy the line across it. Boxes entirely below the
    requirement are red and their name carries ▼; the requirement is a dashed line."""
    chart = new_chart("Gold accuracy per annotator (95 % interval)")
    known = [
        a for a in annotators if a.gold_accuracy_ci is not None and a.gold_accuracy is not None
    ]
    known.sort(key=lambda a: (a.gold_accuracy or 0.0, a.user.casefold()))
    if not known:
        return chart, 0, "No annotator has answered a gold item in this project yet."
    names = []
    boxes = QBoxPlotSeries()
    boxes.setName("95 % interval")
    below = 0
    for a in known:
        assert a.gold_accuracy_ci is not None and a.gold_accuracy is not None
        low, high = (v * 100 for v in a.gold_accuracy_ci)
        under = requirement is not None and a.gold_accuracy_ci[1] < requirement
        below += under
        name = f"{a.user} {BELOW_MARK}" if under else a.user
        names.append(name)
        box = QBoxSet(low, low, a.gold_accuracy * 100, high, high, name)
        box.setBrush(BAD_FILL if under else NEUTRAL_FILL)
        boxes.append(box)
    boxes.setBoxWidth(0.45)
    points = QScatterSeries()
    points.setName("Gold accuracy")
    points.setMarkerSize(9)
    points.setColor(NEUTRAL)
    points.setBorderColor(NEUTRAL)
    for i, a in enumerate(known):
        points.append(i, (a.gold_accuracy or 0.0) * 100)
    axis_x = category_axis(chart, names)
    axis_y = percent_axis(chart, "Gold accuracy")
    attach(chart, boxes, axis_x, axis_y)
    attach(chart, points, axis_x, axis_y)
    caption = f"{plural(len(known), 'annotator')} with gold answers, lowest accuracy first."
    if requirement is not None:
        line = reference_line(
            f"Requirement {_pct(requirement)}", requirement * 100, -0.5, len(names) - 0.5
        )
        attach(chart, line, axis_x, axis_y)
        caption += (
            f" {below} {'is' if below == 1 else 'are'} entirely below the requirement "
            f"(red, marked {BELOW_MARK}): not bad luck."
            if below
            else " Nobody is entirely below the requirement."
        )
    else:
        caption += " This project has no requirement to compare with."
    return chart, len(names), caption


def time_chart(annotators: Sequence[AnnotatorFigures], too_fast_ms: float) -> Built:
    """Median active time per annotator as bars (amber when under the too-fast
    threshold, which is a dashed line)."""
    chart = new_chart("Median active time per annotator")
    known = [a for a in annotators if a.median_active_ms is not None]
    known.sort(key=lambda a: (a.median_active_ms or 0.0, a.user.casefold()))
    if not known:
        return chart, 0, "No submissions yet."
    ok, fast = QBarSet("At or above the threshold"), QBarSet("Under the too-fast threshold")
    ok.setColor(NEUTRAL)
    fast.setColor(WAITING)
    fast_ones = 0
    for a in known:
        value = (a.median_active_ms or 0.0) / 1000
        under = (a.median_active_ms or 0.0) < too_fast_ms
        fast_ones += under
        ok.append(0.0 if under else value)
        fast.append(value if under else 0.0)
    bars = QStackedBarSeries()
    bars.setBarWidth(0.5)
    bars.append(ok)
    bars.append(fast)
    axis_x = category_axis(chart, [a.user for a in known])
    top = nice_ceiling(max(max(a.median_active_ms or 0.0 for a in known), too_fast_ms) / 1000 * 1.1)
    axis_y = value_axis(chart, 0, top, "%.1f s", "Seconds")
    attach(chart, bars, axis_x, axis_y)
    threshold = too_fast_ms / 1000
    line = reference_line(f"Too fast: under {threshold:.1f} s", threshold, -0.5, len(known) - 0.5)
    attach(chart, line, axis_x, axis_y)
    caption = (
        f"Too fast means under {threshold:.1f} s, a quarter of the project's median (2 s at least)."
    )
    if fast_ones == 1:
        caption += " One annotator typically answers faster than that."
    elif fast_ones:
        caption += f" {fast_ones} annotators typically answer faster than that."
    return chart, len(known), caption


#: Agreement in words (Krippendorff's usual bars, used for every metric).
LEVELS = ((0.8, "good"), (0.667, "tentative"), (float("-inf"), "low"))


def level(value: float) -> str:
    """`good` from 0.8, `tentative` from 0.667, else `low`."""
    return next(word for bar, word in LEVELS if value >= bar)


def agreement_chart(fields: Sequence[FieldStats]) -> Built:
    """Agreement per field as horizontal bars, coloured and named by level (good,
    tentative, low), the metric and the value beside the field's name."""
    chart = new_chart("Agreement per field")
    measured = [f for f in fields if f.agreement is not None and f.agreement.value is not None]
    waiting = [f.name for f in fields if f.agreement is not None and f.agreement.value is None]
    if not measured:
        text = "No item has two answers yet, so there is no agreement to show."
        return chart, 0, text
    sets = {
        "good": QBarSet("Good (≥ 0.8)"),
        "tentative": QBarSet("Tentative (0.667 to 0.8)"),
        "low": QBarSet("Low (under 0.667)"),
    }
    for word, color in (("good", GOOD), ("tentative", WAITING), ("low", BAD)):
        sets[word].setColor(color)
    names = []
    values = []
    for f in reversed(measured):  # the first field on top
        assert f.agreement is not None and f.agreement.value is not None
        value = f.agreement.value
        values.append(value)
        for word, bar_set in sets.items():
            bar_set.append(value if word == level(value) else 0.0)
        names.append(f"{f.name}: {value:.2f} ({level(value)})")
    series = QHorizontalStackedBarSeries()
    series.setBarWidth(0.5 if len(names) > 1 else 0.3)
    for bar_set in sets.values():
        series.append(bar_set)
    low = min(0.0, *values)
    axis_y = QBarCategoryAxis()
    axis_y.append(names)
    axis_y.setGridLineVisible(False)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    axis_x = value_axis(
        chart, -1.0 if low < 0 else 0.0, 1.0, "%.1f", align=Qt.AlignmentFlag.AlignBottom
    )
    attach(chart, series, axis_y, axis_x)
    metrics = [
        f"{f.name}: {f.agreement.title}" for f in measured if f.agreement and f.agreement.metric
    ]
    caption = "1 is perfect agreement; 0 is what chance gives (alpha), or no overlap at all (F1)."
    if metrics:
        caption += f" Measured by {'; '.join(metrics)}."
    if low < 0:
        caption += " Below 0: annotators disagree more than chance would."
    if waiting:
        caption += f" Not yet measured (no item with two answers): {', '.join(waiting)}."
    return chart, len(names), caption
