"""How annotators treated the proposals, in the analytics: a plain sentence per field
(the share of answers that changed the proposal and by how much), nothing for a project
without prefill, and the sentences in Urdu."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from labeler.client.analytics import ProposalFigures, parse_stats
from labeler.client.api import TaskServer
from labeler.ui.analytics import AnalyticsPage
from labeler.ui.analytics.proposals import proposal_sentence, proposals_text
from labeler.ui.tasks import Runner

BASE: dict[str, Any] = {"items_total": 4, "items_done": 4, "submissions": 4, "annotators": []}
PROPOSED = {
    **BASE,
    "proposals": {
        "objects": {
            "answers": 50,
            "changed": 17,
            "changed_share": 0.34,
            "mean_change": 0.12,
            "measure": "box_f1",
        },
        "scene": {"answers": 3, "changed": 0, "changed_share": 0.0, "mean_change": 0.0},
        "kind": {
            "answers": 10,
            "changed": 1,
            "changed_share": 0.1,
            "mean_change": 0.1,
            "measure": "exact",
        },
    },
}


@pytest.fixture
def page(qtbot: Any) -> Iterator[AnalyticsPage]:
    runner = Runner()
    server = TaskServer("http://127.0.0.1:9/api/v1", "nobody")
    widget = AnalyticsPage(runner, server)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    runner.shutdown(wait=True)
    server.close()


def test_a_sentence_per_field_with_the_share_and_the_change() -> None:
    stats = parse_stats(PROPOSED)
    assert proposals_text(stats).split("\n") == [
        "Annotators changed the proposed “objects” in 34% of 50 answers; by 0.12 on average "
        "(1 − F1 of the boxes matched by IoU).",
        "Annotators kept the proposed “scene” as it was in all 3 answers.",
        "Annotators changed the proposed “kind” in 10% of 10 answers.",
    ]
    one = ProposalFigures("tags", 1, 1, 1.0, 0.5, "jaccard")
    assert proposal_sentence(one) == (
        "Annotators changed the proposed “tags” in its 1 answer; by 0.50 "
        "(share of labels added or removed, 1 − Jaccard)."
    )
    older = ProposalFigures("boxes", 2, 1, 0.5, 0.25)  # a server that does not say
    assert proposal_sentence(older).endswith(
        "by 0.25 on average (1 − similarity: 0 kept as proposed, 1 redone whole)."
    )
    none = ProposalFigures("boxes", 0, 0, None, None)
    assert proposal_sentence(none) == "No answers yet to items with a proposed “boxes”."


def test_the_page_says_nothing_of_proposals_without_prefill(page: AnalyticsPage) -> None:
    assert page.proposals.isHidden()
    page.stats = parse_stats(PROPOSED)
    page._show_stats()
    assert page.proposals.isVisible()
    assert page.proposals.text().startswith("Annotators changed the proposed “objects” in 34%")
    page.stats = parse_stats(BASE)
    page._show_stats()
    assert page.proposals.isHidden() and page.proposals.text() == ""


def test_in_urdu(urdu: None) -> None:
    text = proposals_text(parse_stats(PROPOSED))
    assert (
        "objects" in text
        and "Annotators" not in text
        and "34" in text.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))
    )
