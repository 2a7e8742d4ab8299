"""The analytics page against a real `labeler serve` seeded with `labeler seed-demo`: the
`demo` annotator and two more answer product reviews (`zoya` careful, `faraz` fast and
always "positive"), `qa` rejects some of demo's answers with a reason; the page, as `lead`,
lists every annotator, flags the fast one in words, draws the charts and the confusion
table, refreshes on F5 and shows an error without losing what it showed.

`demo_world` (also used by the dashboard's tests) builds that world."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt

from labeler.client.api import TaskServer
from labeler.server.commands import free_port
from labeler.server.demo.reviews import REVIEWS
from labeler.ui.analytics import AnalyticsPage
from labeler.ui.analytics.annotators import FLAGS_COLUMN
from labeler.ui.analytics.page import ANNOTATORS, CHARTS, FIELDS
from labeler.ui.tasks import Runner

pytestmark = pytest.mark.slow
WAIT = 30_000
TRUTH = {text: sentiment for text, sentiment, *_ in REVIEWS}
REJECT_REASON = "Wrong sentiment"
REJECT_COMMENT = "The review praises the battery: positive."


def _labeler(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "labeler.cli", *args], check=True, capture_output=True, text=True
    )
    return done.stdout


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


@dataclass
class DemoWorld:
    """A seeded demo server with some work done and reviewed."""

    url: str  # the API root
    tokens: dict[str, str]
    submitted: dict[str, list[str]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    accepted: list[str] = field(default_factory=list)

    def call(self, user: str, method: str, path: str, **kw: Any) -> requests.Response:
        headers = {"Authorization": f"Bearer {self.tokens[user]}"}
        return requests.request(method, f"{self.url}{path}", headers=headers, timeout=30, **kw)


def _answer_reviews(
    world: DemoWorld, user: str, count: int, *, style: str, days_back: int = 0, skip: int = 0
) -> None:
    """Answer `count` reviews as `user`: `careful` answers the truth, `fast` always
    says positive in under a second, `mixed` misses every fourth."""
    done = 0
    start = datetime.now(UTC) - timedelta(days=days_back)
    for _ in range(20):
        r = world.call(user, "POST", "/projects/review-sentiment/batches", json={"size": 10})
        if r.status_code == 204:
            break
        assert r.status_code == 201, r.text
        batch = r.json()
        for item in batch["items"]:
            if done >= count:
                world.call(user, "POST", f"/batches/{batch['id']}/release")
                return
            truth = TRUTH.get(item.get("text", ""), "neutral")
            wrong = {"positive": "negative", "neutral": "positive", "negative": "neutral"}[truth]
            sentiment = {
                "careful": truth,
                "fast": "positive",
                "mixed": wrong if done % 4 == 3 else truth,
            }[style]
            # Work spread over the last days (answers uploaded later carry their own time).
            moment = start + timedelta(days=min(done * days_back // max(count, 1), days_back))
            moment = min(moment, datetime.now(UTC)) + timedelta(seconds=done)
            skipping = len(world.skipped) < skip and user == "demo"
            body = {
                "id": str(uuid.uuid4()),
                "batch_id": batch["id"],
                "item_id": item["id"],
                "schema_version": batch["schema_version"],
                "answer": None if skipping else {"sentiment": sentiment},
                "started_at": _iso(moment),
                "submitted_at": _iso(moment),
                "active_ms": 900 if style == "fast" else 6000 + 700 * (done % 5),
            }
            if skipping:
                body["skip_reason"] = "The text is cut off."
                world.skipped.append(body["id"])
            posted = world.call(user, "POST", "/submissions", json=body)
            assert posted.status_code == 201, posted.text
            world.submitted.setdefault(user, []).append(body["id"])
            done += 1
    assert done == count, f"only {done} reviews for {user}"


def build_world(url: str, tokens: dict[str, str]) -> DemoWorld:
    """Work on the seeded demo: reviews answered by three annotators, some reviewed."""
    world = DemoWorld(url, tokens)
    # Every answer goes to review; room for three more annotators on every item (the demo
    # already holds answers of its own).
    r = world.call(
        "lead", "PATCH", "/projects/review-sentiment", json={"review_rate": 1.0, "overlap": 10}
    )
    assert r.status_code == 200, r.text
    _answer_reviews(world, "demo", 16, style="mixed", days_back=5, skip=1)
    _answer_reviews(world, "zoya", 12, style="careful")
    _answer_reviews(world, "faraz", 12, style="fast")
    queue = world.call(
        "qa",
        "GET",
        "/review/queue",
        params={"project_id": "review-sentiment", "user": "demo", "limit": 200},
    )
    assert queue.status_code == 200, queue.text
    answers = [s for s in queue.json()["submissions"] if s["answer"] is not None]
    decisions = [
        (answers[0], {"decision": "reject", "reason": REJECT_REASON, "comment": REJECT_COMMENT}),
        (answers[1], {"decision": "reject", "reason": REJECT_REASON}),
        (answers[2], {"decision": "accept"}),
        (answers[3], {"decision": "accept"}),
    ]
    for entry, body in decisions:
        r = world.call("qa", "POST", f"/submissions/{entry['id']}/review", json=body)
        assert r.status_code == 200, r.text
        (world.rejected if body["decision"] == "reject" else world.accepted).append(entry["id"])
    return world


@contextmanager
def running_demo(root: Path) -> Iterator[DemoWorld]:
    """`labeler seed-demo`, two more annotators, `labeler serve`, and `build_world`; the
    server stops on leaving."""
    db = f"sqlite:///{root / 'demo.sqlite3'}"
    media = str(root / "media")
    _labeler("seed-demo", "--database", db, "--media", media)
    for name in ("zoya", "faraz"):
        _labeler(
            "admin", "create-user", name, "--role", "annotator",
            "--password", "pass-word-1", "--database", db,
        )  # fmt: skip
    tokens = {
        name: _labeler("admin", "token", name, "--database", db).strip()
        for name in ("demo", "lead", "qa", "zoya", "faraz")
    }
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "labeler.cli", "serve", "--database", db, "--media", media,
         "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ},
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/api/v1"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, "the server exited"
            try:
                if requests.get(f"{url}/health", timeout=1).ok:
                    break
            except requests.RequestException:
                pass
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
        yield build_world(url, tokens)
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def demo_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoWorld]:
    with running_demo(tmp_path_factory.mktemp("demo-world")) as world:
        yield world


@pytest.fixture
def open_page(qtbot: Any, demo_world: DemoWorld) -> Iterator[Any]:
    made: list[tuple[AnalyticsPage, Runner]] = []

    def make(user: str = "lead", url: str | None = None) -> AnalyticsPage:
        runner = Runner()
        server = TaskServer(url or demo_world.url, demo_world.tokens[user], retries=0)
        page = AnalyticsPage(runner, server)
        qtbot.addWidget(page)
        page.resize(1366, 720)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        made.append((page, runner))
        return page

    yield make
    for page, runner in made:
        page.hide()
        runner.shutdown(wait=True)


def _loaded(page: AnalyticsPage) -> bool:
    return page.stats is not None and not page.busy.isVisible()


def show_reviews(qtbot: Any, page: AnalyticsPage) -> None:
    """Activate the page and show the product reviews project."""
    page.activate()
    qtbot.waitUntil(lambda: _loaded(page), timeout=WAIT)
    page.show_project("review-sentiment")
    qtbot.waitUntil(
        lambda: _loaded(page) and page.current_project() == "review-sentiment", timeout=WAIT
    )


def test_the_lead_sees_every_annotator_and_who_needs_a_look(
    qtbot: Any, open_page: Any, demo_world: DemoWorld
) -> None:
    page = open_page()
    show_reviews(qtbot, page)
    table = page.table
    users = set(table.users_in_order())
    assert {"demo", "zoya", "faraz"} <= users
    # The fast one is flagged in words; the careful one is not; flagged rows come first.
    order = table.users_in_order()
    row = order.index("faraz")
    flag_text = table.proxy.index(row, FLAGS_COLUMN).data()
    assert "too fast" in flag_text and "same answers" in flag_text
    assert table.proxy.index(row, FLAGS_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert table.proxy.index(order.index("zoya"), FLAGS_COLUMN).data() == "—"
    flagged = [table.proxy.index(r, FLAGS_COLUMN).data() != "—" for r in range(len(order))]
    assert flagged == sorted(flagged, reverse=True)
    table.selectRow(row)
    assert "faraz needs a look" in page.flags.text()
    # Sorting by a column works both ways; unknowns stay last.
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    counts = [int(table.proxy.index(r, 2).data()) for r in range(table.proxy.rowCount())]
    assert counts == sorted(counts, reverse=True)
    assert "items done" in page.summary.text() and "too fast: under" in page.summary.text()

    page.show_tab(CHARTS)
    accuracy = page.accuracy.chart()
    assert accuracy.series() and "Gold accuracy" in accuracy.title()
    times = page.times.chart()
    names = [s.name() for s in times.series()]
    assert any(n.startswith("Too fast: under") for n in names)

    page.show_tab(FIELDS)
    assert page.confusion.picker.count() == 1
    assert page.confusion.table.rowCount() >= 3
    total = sum(
        int(page.confusion.table.item(r, c).text().split("\n")[0])
        for r in range(page.confusion.table.rowCount())
        for c in range(page.confusion.table.columnCount())
    )
    stats = page.stats
    assert stats is not None
    assert total == sum(a.gold_answered for a in stats.annotators)
    assert "say what gold says" in page.confusion.summary.text()
    assert page.agreement.chart().series()
    page.show_tab(ANNOTATORS)


def test_keys_refresh_and_switch_tabs(qtbot: Any, open_page: Any) -> None:
    page = open_page()
    show_reviews(qtbot, page)
    page.table.setFocus()
    before = page._ticket
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page._ticket > before and _loaded(page), timeout=WAIT)
    qtbot.keyClick(page.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == CHARTS
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == FIELDS and page.confusion.picker.hasFocus()
    ids = {a.id for a in page.keymap.actions()}
    assert {"analytics.refresh", "analytics.project", "analytics.page_1"} <= ids


def test_errors_are_shown_and_the_figures_stay(qtbot: Any, open_page: Any) -> None:
    page = open_page()
    show_reviews(qtbot, page)
    shown = page.stats
    page.server.token = "not-a-token"
    page.refresh()
    qtbot.waitUntil(lambda: page.note.kind == "error", timeout=WAIT)
    assert "Could not read the project list" in page.note.text()
    assert page.stats is shown and page.table.model().rowCount() > 0


def test_an_annotator_is_refused_in_words(qtbot: Any, open_page: Any) -> None:
    page = open_page("demo")
    page.activate()
    qtbot.waitUntil(lambda: page.note.kind == "error", timeout=WAIT)
    assert "Could not read the figures of" in page.note.text()
    assert page.stats is None


def test_a_server_that_is_gone(qtbot: Any, open_page: Any) -> None:
    page = open_page(url=f"http://127.0.0.1:{free_port()}/api/v1")
    page.activate()
    qtbot.waitUntil(lambda: page.note.kind == "error", timeout=WAIT)
    assert page.refresh_button.isEnabled() and not page.busy.isVisible()
