"""A comparison item reviewed against a real `labeler serve`: the panes say each answer
in words beside the candidates, and A accepts the current submission as for any item."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt

from labeler.ui.review.comparewords import WordsPane
from tests.client.conftest import LiveServer, User
from tests.client.test_reviewing import _project, answer_all
from tests.ui.test_review_flow import (
    WAIT,
    current_user,
    loaded_for,
    open_workspace,  # noqa: F401 (a fixture)
)

pytestmark = pytest.mark.slow
SCHEMA = {
    "title": "Which answer is better?",
    "media": "text",
    "fields": [{"name": "pref", "kind": "pairwise"}, {"name": "order", "kind": "ranking"}],
}
CANDIDATES = [{"text": "Islamabad"}, {"text": "Karachi"}, {"text": "Lahore"}]


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    server = LiveServer(tmp_path_factory.mktemp("review-comparison"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_a_comparison_is_read_in_words_and_accepted_by_key(
    qtbot: Any,
    live: LiveServer,
    open_workspace: Any,  # noqa: F811
) -> None:
    lead = User(live, ["lead"]).caller
    annotators = [User(live, ["annotator"]) for _ in range(2)]
    reviewer = User(live, ["reviewer"])
    project, item = _project(
        lead, SCHEMA, [{"text": "Capital of Pakistan?", "data": {"candidates": CANDIDATES}}]
    )
    given = [
        {"pref": {"winner": "A", "strength": 2}, "order": {"A": 1, "B": 2, "C": 3}},
        {"pref": {"winner": "B"}, "order": {"A": 2, "B": 1, "C": 3}},
    ]
    for user, answer in zip(annotators, given, strict=True):
        answer_all(user, project, lambda _item, a=answer: a)
    workspace = open_workspace(reviewer)
    workspace.queue.set_filters(workspace.queue.filters().with_project(project))
    workspace.activate()
    qtbot.waitUntil(lambda: loaded_for(workspace, project), timeout=WAIT)
    side = workspace.side
    assert side.prompt.toPlainText() == "Capital of Pakistan?"
    assert sorted(side.itemdata.comparison.cards) == ["A", "B", "C"]
    texts = [p.body.text() for p in side.panes if isinstance(p.body, WordsPane)]
    assert "pref (majority): a tie" in texts[0]  # split one to one
    assert any("prefers A, much better" in t for t in texts[1:])
    assert any("A › B › C" in t for t in texts[1:])
    first = current_user(workspace)
    qtbot.keyClick(workspace.queue.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: "Accepted the submission" in workspace.status_line.text(), timeout=WAIT)
    assert first in workspace.status_line.text()

    def accepted() -> bool:
        r = requests.get(
            f"{live.url}/items/{item}",
            headers={"Authorization": f"Bearer {reviewer.token}"},
            timeout=10,
        )
        statuses = {s["user"]["username"]: s["status"] for s in r.json()["submissions"]}
        return statuses.get(first) == "accepted"

    qtbot.waitUntil(accepted, timeout=WAIT)
    # R asks why with the reasons of a comparison's kinds, then the generic ones.
    qtbot.waitUntil(lambda: current_user(workspace) not in ("", first), timeout=WAIT)
    qtbot.keyClick(workspace.queue.table, Qt.Key.Key_R)
    dialog = workspace.reject_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.choices == (
        "Preferred the worse answer",
        "Ranking out of order",
        "Did not follow instructions",
        "Spam or random answers",
        "Other",
    )
    qtbot.keyClick(dialog.reasons, Qt.Key.Key_Escape)


def test_a_comparisons_candidate_pictures_are_fetched_and_shown_in_review(
    qtbot: Any,
    live: LiveServer,
    open_workspace: Any,  # noqa: F811
) -> None:
    """Candidates that are pictures (`data.candidates[].media`): the review fetches each
    into the media cache in the background, with its progress, and the candidate cards
    show them as the annotator saw them."""
    from tests.server.scenario import png_bytes

    lead = User(live, ["lead"]).caller
    shas = []
    for color in ((200, 40, 40), (40, 40, 200)):
        r = lead.post("/media", files={"file": ("c.png", png_bytes(color=color), "image/png")})
        assert r.status_code == 201, r.text
        shas.append(r.json()["sha256"])
    schema = {
        "title": "Which photo is sharper?",
        "media": "text",
        "fields": [{"name": "pref", "kind": "pairwise"}],
    }
    candidates = [{"key": "A", "media": shas[0]}, {"key": "B", "media": shas[1]}]
    project, _item = _project(
        lead, schema, [{"text": "Which is sharper?", "data": {"candidates": candidates}}]
    )
    annotator = User(live, ["annotator"])
    answer_all(annotator, project, lambda _item: {"pref": {"winner": "B"}})
    reviewer = User(live, ["reviewer"])
    workspace = open_workspace(reviewer)
    progress: list[str] = []
    workspace.media.progress.connect(progress.append)
    workspace.queue.set_filters(workspace.queue.filters().with_project(project))
    workspace.activate()
    qtbot.waitUntil(lambda: loaded_for(workspace, project), timeout=WAIT)
    cards = workspace.side.itemdata.comparison.cards

    def shown() -> bool:
        return sorted(cards) == ["A", "B"] and all(
            card.picture is not None
            and card.picture.pixmap() is not None
            and not card.picture.pixmap().isNull()
            for card in cards.values()
        )

    qtbot.waitUntil(shown, timeout=WAIT)
    assert any(text.startswith("Downloading candidate") for text in progress)
    assert progress[-1] == ""  # the progress line is cleared once they are here
    cached = workspace.client.media_root
    assert all(any(cached.rglob(f"{sha}*")) for sha in shas)
