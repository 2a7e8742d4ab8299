"""What the analytics and dashboard charts share (QtCharts): one look, axes in plain
units, dashed reference lines, and a view that scrolls sideways when there are more
categories than fit, so names are never squeezed into each other; and percentages in
the interface's language.

Charts draw their numbers and dates by the interface's locale. A chart reads left to
right in every language, as a time axis runs: in a right-to-left interface the page
around it mirrors, the chart does not. In an Urdu interface a chart's words are set in
Naskh and its numbers in the system's face: a Nastaliq line is two and a half Latin
lines tall, which at 768 px left the dashboard's charts no room to draw in and cut every
axis label to "…"."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from labeler.ui import i18n
from labeler.ui.text.fonts import INTERFACE_FAMILY, NASKH_FAMILY

#: Series colours: good, waiting, bad, neutral, and the reference lines.
GOOD = QColor("#4caf50")
WAITING = QColor("#f0a830")
BAD = QColor("#e05a4f")
NEUTRAL = QColor("#5b8def")
MUTED = QColor("#9aa0a8")
LINE = QColor("#c62828")
GOOD_FILL = QColor("#cfe8d0")
BAD_FILL = QColor("#f6c6c1")
NEUTRAL_FILL = QColor("#c9dafb")
#: A chart's words against the page's, in an Urdu interface.
COMPACT_SCALE = 0.9


def share(fraction: float, digits: int = 1, bar: float | None = None) -> str:
    """`fraction` as a percentage in the locale's way, rounded as `figures.percent`
    rounds it (under `bar`, or under 1, it never reads as the bar or 100%)."""
    return i18n.percent(fraction, digits, bar=bar)


def two_digits(value: int) -> str:
    """`05`: the minutes or seconds of a duration, in the locale's digits."""
    return i18n.number(value).rjust(2, i18n.locale().zeroDigit())


def bar_percent(fraction: float) -> str:
    """A required accuracy as the task server writes it, `92%` or `92.5%`, in the
    locale's way."""
    value = round(fraction * 100, 1)
    return i18n.percent(value / 100, 0 if float(value).is_integer() else 1)


def new_chart(title: str = "") -> QChart:
    """A chart with the project's look: no animation, the legend below, tight margins;
    numbers and dates in the locale's way, left to right in every language."""
    chart = QChart()
    chart.setLocale(i18n.locale())
    chart.setLocalizeNumbers(True)
    chart.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setTheme(QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    if title:
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setTitle(title)
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


#: What a chart's text holds, for `compact`: numbers alone (a value axis), a word or two
#: (axis titles, categories), or sentences with figures in them (the title, the legend).
NUMBERS, WORDS, SENTENCES = "numbers", "words", "sentences"


def compact(font: QFont, holds: str = WORDS) -> QFont:
    """`font` for a chart's text in an Urdu interface (see the module docstring), a
    little smaller: numbers in the system's face alone; words in Naskh, whose lines are
    shorter than Nastaliq's; sentences stay Nastaliq, whose interface face takes its
    digits and full stops from the system's (Naskh's own full stop reads as an Arabic
    decimal comma between Urdu words: "0,8")."""
    families = font.families()
    if INTERFACE_FAMILY not in families:
        return font
    shown = QFont(font)
    system = [f for f in families if f != INTERFACE_FAMILY]
    if holds == NUMBERS:
        shown.setFamilies(system)
    elif holds == WORDS:
        shown.setFamilies([NASKH_FAMILY, *system])
    shown.setPointSizeF(font.pointSizeF() * COMPACT_SCALE)
    return shown


def compact_fonts(chart: QChart) -> None:
    """Set every word of `chart` (title, legend, axes) in `compact` fonts."""
    chart.setTitleFont(compact(chart.titleFont(), SENTENCES))
    chart.legend().setFont(compact(chart.legend().font(), SENTENCES))
    for axis in chart.axes():
        value = axis.type() == QAbstractAxis.AxisType.AxisTypeValue
        axis.setLabelsFont(compact(axis.labelsFont(), NUMBERS if value else WORDS))
        axis.setTitleFont(compact(axis.titleFont(), WORDS))


def chart_view(chart: QChart, parent: QWidget | None = None) -> QChartView:
    """An antialiased view that never takes keyboard focus (the tables and pickers do)."""
    view = QChartView(chart, parent)
    view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a time axis runs left to right
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setFrameShape(QFrame.Shape.NoFrame)
    return view


def attach(chart: QChart, series: QAbstractSeries, *axes: object) -> None:
    """Add `series` to `chart` and to each of `axes` (already on the chart)."""
    chart.addSeries(series)
    for axis in axes:
        series.attachAxis(axis)  # type: ignore[arg-type]


def category_axis(chart: QChart, labels: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(labels))
    axis.setGridLineVisible(False)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    return axis


def value_axis(
    chart: QChart,
    low: float,
    high: float,
    label_format: str,
    title: str = "",
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ticks: int = 6,
) -> QValueAxis:
    """A value axis from `low` to `high` with `label_format` (printf, e.g. `%.0f%%`)."""
    axis = QValueAxis()
    axis.setRange(low, high)
    axis.setLabelFormat(label_format)
    axis.setTickCount(ticks)
    if title:
        axis.setTitleText(title)
    chart.addAxis(axis, align)
    return axis


def percent_axis(chart: QChart, title: str = "") -> QValueAxis:
    """0–100 % with ticks every 20, and a little room past both ends so points at 0 % and
    100 % are drawn whole."""
    axis = value_axis(chart, -4, 104, "%.0f%%", title)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(20)
    return axis


def reference_line(
    name: str, y: float, x_from: float, x_to: float, color: QColor = LINE
) -> QLineSeries:
    """A dashed horizontal line at `y` (a requirement, a threshold), named in the legend."""
    line = QLineSeries()
    line.setName(name)
    line.append(x_from, y)
    line.append(x_to, y)
    pen = QPen(color)
    pen.setStyle(Qt.PenStyle.DashLine)
    pen.setWidthF(2.0)
    line.setPen(pen)
    return line


def nice_ceiling(value: float) -> float:
    """A round upper bound for an axis (1, 2, 2.5 or 5 times a power of ten), at least
    `value`; 1 for nothing."""
    if value <= 0:
        return 1.0
    base = 10.0 ** math.floor(math.log10(value))
    return next(step * base for step in (1, 2, 2.5, 5, 10) if step * base >= value * (1 - 1e-12))


class ChartPanel(QWidget):
    """A chart with a caption below it; the chart scrolls sideways when it holds more
    categories than fit at `min_per_category` pixels each."""

    def __init__(self, min_per_category: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_per_category = min_per_category
        self.view = chart_view(new_chart(), self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.view)
        self.caption = QLabel(self)
        self.caption.setObjectName("muted")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.caption)
        self._categories = 0

    def set_chart(self, chart: QChart, categories: int = 0, caption: str = "") -> None:
        """Show `chart` (the old one is dropped) and its caption."""
        old = self.view.chart()
        compact_fonts(chart)
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
        self._categories = categories
        self.caption.setText(caption)
        self.caption.setVisible(bool(caption))
        self.view.setMinimumWidth(categories * self.min_per_category + 80 if categories else 0)

    def chart(self) -> QChart:
        return self.view.chart()
