"""Position and length bias in the lead's annotator table: the share for A and for the
longer candidate with their counts, flagged in words as the client flags them; the
comparison agreement metrics named in the interface's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from labeler.client.analytics import PairwiseBiasFigures, flags, p_text, parse_stats
from labeler.core.bias import PairwiseBias
from labeler.ui.analytics.annotators import (
    FLAGS_COLUMN,
    LENGTH_COLUMN,
    POSITION_COLUMN,
    AnnotatorTable,
    flag_text,
    flag_word,
)
from labeler.ui.analytics.charts import metric_words
from tests.ui.test_analytics_charts import person


def figures(a: int, b: int, longer: int, shorter: int) -> PairwiseBiasFigures:
    """What the client reads from the task server's figures for these counts."""
    bias = PairwiseBias(prefers_a=a, prefers_b=b, prefers_longer=longer, prefers_shorter=shorter)
    raw: dict[str, Any] = {
        "items_total": 1,
        "items_done": 0,
        "submissions": 1,
        "annotators": [{"user": "x", "submissions": 1, "pairwise_bias": {"pref": bias.to_json()}}],
    }
    return parse_stats(raw).annotators[0].pairwise_bias[0]


def test_a_rushed_annotator_who_prefers_a_is_flagged_in_words() -> None:
    chen = person("chen", pairwise_bias=(figures(34, 6, 8, 28),))
    found = flags(chen, None)
    assert [f.kind for f in found] == ["position", "length"]
    assert [flag_word(f) for f in found] == ["prefers A", "prefers shorter"]
    for flag in found:  # the table words them as the client does, in English
        assert flag_text(flag, chen, None) == flag.text
    assert found[0].text.startswith("pref: prefers A in 34 of 40 preferences (85%)")
    assert p_text(found[0].field and chen.pairwise_bias[0].position_p) in found[0].text
    fair = person("amna", pairwise_bias=(figures(21, 19, 20, 20),))
    assert flags(fair, None) == []


def test_the_table_shows_the_shares_with_their_counts(qtbot: Any) -> None:
    table = AnnotatorTable()
    qtbot.addWidget(table)
    table.set_annotators(
        [
            person("amna", pairwise_bias=(figures(21, 19, 20, 20),)),
            person("chen", pairwise_bias=(figures(34, 6, 8, 28),)),
        ],
        None,
    )
    assert table.users_in_order()[0] == "chen"  # who needs a look first
    assert table.proxy.index(0, FLAGS_COLUMN).data() == "prefers A, prefers shorter"
    assert table.proxy.index(0, POSITION_COLUMN).data() == "85% of 40"
    assert table.proxy.index(0, LENGTH_COLUMN).data() == "22% of 36"
    assert table.proxy.index(1, POSITION_COLUMN).data() == "53% of 40"
    assert not table.isColumnHidden(POSITION_COLUMN)
    table.set_annotators([person("zara")], None)  # a project without pairwise fields
    assert table.isColumnHidden(POSITION_COLUMN) and table.isColumnHidden(LENGTH_COLUMN)


def test_the_comparison_agreement_metrics_have_words() -> None:
    for metric, english in [
        ("krippendorff_alpha_ordinal", "Krippendorff's alpha (ordinal)"),
        ("kendall_w", "Kendall's W"),
        ("mean_pairwise_record_fields", "mean pairwise share of equal keys"),
        ("mean_pairwise_jaccard", "mean pairwise Jaccard"),
    ]:
        assert metric_words(metric, "anything") == english


def test_the_metric_words_read_in_urdu(urdu: None) -> None:
    for metric in ("kendall_w", "krippendorff_alpha_ordinal", "mean_pairwise_record_fields"):
        words = metric_words(metric, "x")
        assert words != "x" and any("\u0600" <= c <= "\u06ff" for c in words), words
    assert QCoreApplication.translate("analytics.annotators", "Prefers A") != "Prefers A"
