"""The analytics widgets from made-up figures: the charts say in words what their colours
say, the annotator table sorts numbers as numbers with unknowns last, the confusion
table shades by count and reads on any shade."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBoxPlotSeries, QStackedBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from labeler.client.analytics import Agreement, AnnotatorFigures, Confusion, FieldStats, flags
from labeler.ui.analytics.annotators import (
    FLAGS_COLUMN,
    AnnotatorTable,
    flag_text,
    flag_word,
    seconds,
)
from labeler.ui.analytics.chartkit import ChartPanel, nice_ceiling
from labeler.ui.analytics.charts import (
    BELOW_MARK,
    accuracy_chart,
    agreement_chart,
    level,
    time_chart,
)
from labeler.ui.analytics.confusion import ConfusionPanel, heat, ink
from labeler.ui.analytics.page import summary_text
from labeler.ui.text.fonts import INTERFACE_FAMILY, NASKH_FAMILY


def person(user: str, **kw: Any) -> AnnotatorFigures:
    base: dict[str, Any] = {
        "user": user,
        "submissions": 40,
        "gold_answered": 20,
        "gold_passed": 18,
        "gold_accuracy": 0.9,
        "gold_accuracy_ci": (0.70, 0.97),
        "median_active_ms": 6000.0,
        "accepted": 10,
        "rejected": 2,
        "acceptance_rate": 10 / 12,
        "too_fast": 0,
        "longest_streak": 4,
    }
    return AnnotatorFigures(**{**base, **kw})


def categories(chart: Any) -> list[str]:
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    return list(axis.categories())


def test_accuracy_chart_marks_who_is_entirely_below_the_requirement(qtbot: Any) -> None:
    low = person("bilal", gold_accuracy=0.4, gold_accuracy_ci=(0.2, 0.6))
    none = person("new", gold_answered=0, gold_accuracy=None, gold_accuracy_ci=None)
    chart, count, caption = accuracy_chart([person("ayesha"), low, none], 0.92)
    assert count == 2 and categories(chart) == [f"bilal {BELOW_MARK}", "ayesha"]
    assert "1 is entirely below the requirement" in caption
    names = [s.name() for s in chart.series()]
    assert "Requirement 92%" in names
    boxes = next(s for s in chart.series() if isinstance(s, QBoxPlotSeries))
    assert boxes.count() == 2
    _, _, caption = accuracy_chart([person("ayesha")], None)
    assert "no requirement" in caption
    _, count, caption = accuracy_chart([none], 0.9)
    assert count == 0 and "No annotator has answered a gold item" in caption


def test_time_chart_puts_the_fast_ones_apart(qtbot: Any) -> None:
    chart, count, caption = time_chart(
        [person("ayesha"), person("bilal", median_active_ms=900.0)], 2000.0
    )
    assert count == 2 and categories(chart) == ["bilal", "ayesha"]
    bars = next(s for s in chart.series() if isinstance(s, QStackedBarSeries))
    ok, fast = bars.barSets()
    assert fast.label() == "Under the too-fast threshold"
    assert [fast.at(i) for i in range(2)] == [0.9, 0.0]
    assert [ok.at(i) for i in range(2)] == [0.0, 6.0]
    assert "One annotator typically answers faster" in caption
    assert any(s.name() == "Too fast: under 2.0 s" for s in chart.series())


def test_agreement_chart_by_level_in_words(qtbot: Any) -> None:
    fields = [
        FieldStats("scene", "choice", Agreement("krippendorff_alpha", 0.85), None),
        FieldStats("objects", "boxes", Agreement("mean_pairwise_box_f1", 0.7), None),
        FieldStats("tone", "choice", Agreement("krippendorff_alpha", -0.2), None),
        FieldStats("words", "transcript", Agreement("mean_pairwise_wer", None), None),
    ]
    chart, count, caption = agreement_chart(fields)
    assert count == 3
    assert categories(chart) == [
        "tone: -0.20 (low)",
        "objects: 0.70 (tentative)",
        "scene: 0.85 (good)",
    ]
    assert "Below 0" in caption and "Not yet measured" in caption and "words" in caption
    assert "scene: Krippendorff's alpha" in caption
    assert [level(v) for v in (0.8, 0.7, 0.1)] == ["good", "tentative", "low"]
    _, count, caption = agreement_chart([])
    assert count == 0 and "No item has two answers" in caption


def test_the_annotator_table_sorts_numbers_and_keeps_unknowns_last(qtbot: Any) -> None:
    table = AnnotatorTable()
    qtbot.addWidget(table)
    rows = [
        person("zara", median_active_ms=12_000.0),
        person("amir", median_active_ms=None),
        person("bilal", median_active_ms=900.0, too_fast=30, longest_streak=20),
    ]
    table.set_annotators(rows, 0.92)
    assert table.users_in_order()[0] == "bilal"  # who needs a look first
    assert table.proxy.index(0, FLAGS_COLUMN).data() == "too fast, same answers"
    table.sortByColumn(7, Qt.SortOrder.AscendingOrder)
    assert table.users_in_order() == ["bilal", "zara", "amir"]
    table.sortByColumn(7, Qt.SortOrder.DescendingOrder)
    assert table.users_in_order() == ["zara", "bilal", "amir"]
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert table.users_in_order() == ["amir", "bilal", "zara"]
    assert table.current() is not None
    assert seconds(900) == "0.9 s" and seconds(125_000) == "2 min 05 s" and seconds(None) == "—"


def test_the_confusion_panel(qtbot: Any) -> None:
    panel = ConfusionPanel()
    qtbot.addWidget(panel)
    confusion = Confusion(("urban", "rural", ""), ((5, 1, 0), (3, 1, 0), (0, 0, 0)))
    panel.set_fields(
        [
            FieldStats("scene", "choice", None, confusion),
            FieldStats("note", "text", None, None),
        ]
    )
    assert panel.picker.count() == 1 and panel.table.rowCount() == 3
    assert panel.table.horizontalHeaderItem(2).text() == "(none)"
    assert panel.table.item(0, 0).text() == "5\n83%"
    assert "Gold says “rural”, annotators said “urban”: 3" in panel.table.item(1, 0).toolTip()
    assert panel.summary.text().startswith("60% of 10 answers on gold items say what gold says.")
    panel.set_fields([])
    assert not panel.picker.isEnabled() and "No choice, multichoice or rating" in (
        panel.summary.text()
    )
    assert heat(0, 10).name() == "#ffffff" and heat(10, 10).name() == "#1f5fbf"
    assert ink(heat(10, 10)).name() == "#ffffff" and ink(heat(1, 10)).name() == "#1b1f24"


def test_words_for_the_summary_and_axes() -> None:
    from labeler.client.analytics import parse_stats

    stats = parse_stats(
        {"items_total": 1, "items_done": 0, "submissions": 1, "median_active_ms": 6400}
    )
    text = summary_text(stats, 0.92)
    assert text.startswith("0 of 1 item done · 1 submission · 0 annotators")
    assert "median active time 6.4 s" in text and "requirement 92%" in text
    assert [nice_ceiling(v) for v in (0, 0.3, 7, 11.5, 40, 101)] == [1, 0.5, 10, 20, 50, 200]


def test_flags_are_worded_as_the_client_words_them_in_english() -> None:
    """The table words each flag itself (so it can in any language): in English, the
    client's own words and sentences."""
    people = [
        person("low", gold_accuracy=0.4, gold_accuracy_ci=(0.215, 0.6)),
        person("fast", too_fast=14),
        person("same", longest_streak=30),
    ]
    for a in people:
        found = flags(a, 0.925)
        assert found
        for flag in found:
            assert flag_word(flag) == flag.word
            assert flag_text(flag, a, 0.925) == flag.text


def test_the_first_annotator_is_current_right_to_left(qtbot: Any) -> None:
    """Right to left, the table's first row (who needs a look most) is current once the
    figures come, so its flags are said under the table: the view's own selectRow
    selected nothing there."""
    table = AnnotatorTable()
    qtbot.addWidget(table)
    table.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    table.resize(900, 300)
    table.show()
    qtbot.waitExposed(table)
    table.set_annotators([person("zara"), person("bilal", too_fast=30)], 0.92)
    current = table.current()
    assert current is not None and current[0].user == "bilal"


def test_in_urdu_a_chart_reads_left_to_right_and_its_words_fit(qtbot: Any, urdu: None) -> None:
    """In an Urdu interface a chart is not mirrored (its axes run left to right), its
    numbers are in the system's face and its axis words in Naskh: Nastaliq's tall lines
    cut every axis label to "…"; its title and legend keep the interface's Nastaliq, whose
    full stop stays a full stop ("0.8", not Naskh's Arabic decimal comma)."""
    panel = ChartPanel()
    qtbot.addWidget(panel)
    chart, count, _ = accuracy_chart([person("ayesha"), person("bilal")], 0.92)
    panel.set_chart(chart, count)
    assert panel.view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert chart.layoutDirection() == Qt.LayoutDirection.LeftToRight
    value = next(a for a in chart.axes() if isinstance(a, QValueAxis))
    names = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    assert INTERFACE_FAMILY not in value.labelsFont().families()
    assert names.labelsFont().families()[0] == NASKH_FAMILY
    assert chart.legend().font().families()[0] == INTERFACE_FAMILY
    assert QFontMetrics(value.labelsFont()).height() < QFontMetrics(chart.titleFont()).height()
    assert chart.title() == "ہر اینوٹیٹر کی گولڈ درستی (95% وقفہ)"
