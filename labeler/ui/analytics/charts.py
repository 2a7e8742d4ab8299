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
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from labeler.client.analytics import AnnotatorFigures, FieldStats
from labeler.ui.analytics.chartkit import (
    BAD,
    BAD_FILL,
    GOOD,
    NEUTRAL,
    NEUTRAL_FILL,
    WAITING,
    attach,
    bar_percent,
    category_axis,
    new_chart,
    nice_ceiling,
    percent_axis,
    reference_line,
    value_axis,
)
from labeler.ui.i18n import number, translate

Built = tuple[QChart, int, str]
#: The mark after a name whose whole interval lies below the requirement.
BELOW_MARK = "▼"
#: Counts in words, one and more than one, by what is counted.
_COUNTS = {
    "annotator": (
        QT_TRANSLATE_NOOP("analytics.charts", "1 annotator"),
        QT_TRANSLATE_NOOP("analytics.charts", "{count} annotators"),
    ),
    "item": (
        QT_TRANSLATE_NOOP("analytics.charts", "1 item"),
        QT_TRANSLATE_NOOP("analytics.charts", "{count} items"),
    ),
    "submission": (
        QT_TRANSLATE_NOOP("analytics.charts", "1 submission"),
        QT_TRANSLATE_NOOP("analytics.charts", "{count} submissions"),
    ),
}


def plural(count: int, word: str) -> str:
    """`1 annotator`, `3 annotators` (`word` is annotator, item or submission)."""
    one, many = _COUNTS[word]
    return translate("analytics.charts", one if count == 1 else many).format(count=number(count))


def accuracy_chart(annotators: Sequence[AnnotatorFigures], requirement: float | None) -> Built:
    """One box per annotator with gold answers: from the low to the high end of the
    95 % interval, the accuracy the line across it. Boxes entirely below the
    requirement are red and their name carries ▼; the requirement is a dashed line."""
    chart = new_chart(translate("analytics.charts", "Gold accuracy per annotator (95 % interval)"))
    known = [
        a for a in annotators if a.gold_accuracy_ci is not None and a.gold_accuracy is not None
    ]
    known.sort(key=lambda a: (a.gold_accuracy or 0.0, a.user.casefold()))
    if not known:
        return (
            chart,
            0,
            translate(
                "analytics.charts", "No annotator has answered a gold item in this project yet."
            ),
        )
    names = []
    boxes = QBoxPlotSeries()
    boxes.setName(translate("analytics.charts", "95 % interval"))
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
    points.setName(translate("analytics.charts", "Gold accuracy"))
    points.setMarkerSize(9)
    points.setColor(NEUTRAL)
    points.setBorderColor(NEUTRAL)
    for i, a in enumerate(known):
        points.append(i, (a.gold_accuracy or 0.0) * 100)
    axis_x = category_axis(chart, names)
    axis_y = percent_axis(chart, translate("analytics.charts", "Gold accuracy"))
    attach(chart, boxes, axis_x, axis_y)
    attach(chart, points, axis_x, axis_y)
    caption = (
        translate("analytics.charts", "1 annotator with gold answers, lowest accuracy first.")
        if len(known) == 1
        else translate(
            "analytics.charts", "{count} annotators with gold answers, lowest accuracy first."
        ).format(count=number(len(known)))
    )
    if requirement is not None:
        name = translate("analytics.charts", "Requirement {bar}").format(
            bar=bar_percent(requirement)
        )
        line = reference_line(name, requirement * 100, -0.5, len(names) - 0.5)
        attach(chart, line, axis_x, axis_y)
        if below == 1:
            more = translate(
                "analytics.charts",
                "1 is entirely below the requirement (red, marked {mark}): not bad luck.",
            )
        elif below:
            more = translate(
                "analytics.charts",
                "{count} are entirely below the requirement (red, marked {mark}): not bad luck.",
            )
        else:
            more = translate("analytics.charts", "Nobody is entirely below the requirement.")
        caption += " " + more.format(count=number(below), mark=BELOW_MARK)
    else:
        caption += " " + translate(
            "analytics.charts", "This project has no requirement to compare with."
        )
    return chart, len(names), caption


def time_chart(annotators: Sequence[AnnotatorFigures], too_fast_ms: float) -> Built:
    """Median active time per annotator as bars (amber when under the too-fast
    threshold, which is a dashed line)."""
    chart = new_chart(translate("analytics.charts", "Median active time per annotator"))
    known = [a for a in annotators if a.median_active_ms is not None]
    known.sort(key=lambda a: (a.median_active_ms or 0.0, a.user.casefold()))
    if not known:
        return chart, 0, translate("analytics.charts", "No submissions yet.")
    ok = QBarSet(translate("analytics.charts", "At or above the threshold"))
    fast = QBarSet(translate("analytics.charts", "Under the too-fast threshold"))
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
    # The axis's labels, printf-style: a translation keeps "%.1f" and writes its unit.
    label_format = translate("analytics.charts", "%.1f s")
    axis_y = value_axis(chart, 0, top, label_format, translate("analytics.charts", "Seconds"))
    attach(chart, bars, axis_x, axis_y)
    threshold = too_fast_ms / 1000
    shown = number(threshold, 1)
    name = translate("analytics.charts", "Too fast: under {seconds} s").format(seconds=shown)
    line = reference_line(name, threshold, -0.5, len(known) - 0.5)
    attach(chart, line, axis_x, axis_y)
    caption = translate(
        "analytics.charts",
        "Too fast means under {seconds} s, a quarter of the project's median (2 s at least).",
    ).format(seconds=shown)
    if fast_ones == 1:
        caption += " " + translate(
            "analytics.charts", "One annotator typically answers faster than that."
        )
    elif fast_ones:
        caption += " " + translate(
            "analytics.charts", "{count} annotators typically answer faster than that."
        ).format(count=number(fast_ones))
    return chart, len(known), caption


#: Agreement in words (Krippendorff's usual bars, used for every metric).
LEVELS = ((0.8, "good"), (0.667, "tentative"), (float("-inf"), "low"))
#: Each level as the chart says it.
_LEVEL_WORDS = {
    "good": QT_TRANSLATE_NOOP("analytics.charts", "good"),
    "tentative": QT_TRANSLATE_NOOP("analytics.charts", "tentative"),
    "low": QT_TRANSLATE_NOOP("analytics.charts", "low"),
}
#: The agreement metrics the task server names, in words.
_METRIC_WORDS = {
    "krippendorff_alpha": QT_TRANSLATE_NOOP("analytics.charts", "Krippendorff's alpha"),
    "mean_pairwise_wer": QT_TRANSLATE_NOOP("analytics.charts", "mean pairwise 1 − WER"),
    "krippendorff_alpha_ordinal": QT_TRANSLATE_NOOP(
        "analytics.charts", "Krippendorff's alpha (ordinal)"
    ),
    "kendall_w": QT_TRANSLATE_NOOP("analytics.charts", "Kendall's W"),
    "mean_pairwise_record_fields": QT_TRANSLATE_NOOP(
        "analytics.charts", "mean pairwise share of equal keys"
    ),
    "mean_pairwise_jaccard": QT_TRANSLATE_NOOP("analytics.charts", "mean pairwise Jaccard"),
    "mean_pairwise_kendall_tau": QT_TRANSLATE_NOOP(
        "analytics.charts", "mean pairwise Kendall's tau"
    ),
}
_PAIRWISE = "mean pairwise "  # notr: how the client starts its English words


def level(value: float) -> str:
    """`good` from 0.8, `tentative` from 0.667, else `low`."""
    return next(word for bar, word in LEVELS if value >= bar)


def metric_words(metric: str, title: str) -> str:
    """An agreement metric in the interface's language from `title`, the client's English
    words: `mean pairwise box F1` keeps the gold metric's own name (box F1, Jaccard)."""
    words = _METRIC_WORDS.get(metric)
    if words:
        return translate("analytics.charts", words)
    if title.startswith(_PAIRWISE):
        return translate("analytics.charts", "mean pairwise {measure}").format(
            measure=title.removeprefix(_PAIRWISE)
        )
    return title


def agreement_chart(fields: Sequence[FieldStats]) -> Built:
    """Agreement per field as horizontal bars, coloured and named by level (good,
    tentative, low), the metric and the value beside the field's name."""
    chart = new_chart(translate("analytics.charts", "Agreement per field"))
    measured = [f for f in fields if f.agreement is not None and f.agreement.value is not None]
    waiting = [f.name for f in fields if f.agreement is not None and f.agreement.value is None]
    if not measured:
        text = translate(
            "analytics.charts", "No item has two answers yet, so there is no agreement to show."
        )
        return chart, 0, text
    sets = {
        "good": QBarSet(translate("analytics.charts", "Good (≥ 0.8)")),
        "tentative": QBarSet(translate("analytics.charts", "Tentative (0.667 to 0.8)")),
        "low": QBarSet(translate("analytics.charts", "Low (under 0.667)")),
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
        word = translate("analytics.charts", _LEVEL_WORDS[level(value)])
        names.append(f"{f.name}: {number(value, 2)} ({word})")
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
        f"{f.name}: {metric_words(f.agreement.metric, f.agreement.title)}"
        for f in measured
        if f.agreement and f.agreement.metric
    ]
    caption = translate(
        "analytics.charts",
        "1 is perfect agreement; 0 is what chance gives (alpha), or no overlap at all (F1).",
    )
    if metrics:
        caption += " " + translate("analytics.charts", "Measured by {metrics}.").format(
            metrics="; ".join(metrics)
        )
    if low < 0:
        caption += " " + translate(
            "analytics.charts", "Below 0: annotators disagree more than chance would."
        )
    if waiting:
        caption += " " + translate(
            "analytics.charts", "Not yet measured (no item with two answers): {fields}."
        ).format(fields=", ".join(waiting))
    return chart, len(names), caption
