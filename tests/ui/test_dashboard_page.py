"""The annotator's dashboard against a real `labeler serve` seeded with `labeler seed-demo`
(the world of `test_analytics_page`: `demo` answered product reviews over five days,
`qa` rejected two with a reason, one with a comment; the control items demo missed are
rejected by their verdict): the tiles, the charts, the
projects, the rejection reasons with the comment, the next pool to unlock, the CSV
export (by key and file dialog, and to a place that cannot be written), F5, the cap,
offline and a refused token — never a crash."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from labeler.client.api import TaskServer
from labeler.client.dashboard import CSV_COLUMNS
from labeler.client.workspace import Workspace
from labeler.server.commands import free_port
from labeler.ui.dashboard import DashboardPage
from labeler.ui.dashboard.page import CHART_HEIGHT
from labeler.ui.tasks import Runner
from tests.ui.test_analytics_page import REJECT_COMMENT, REJECT_REASON, DemoWorld, running_demo

pytestmark = pytest.mark.slow
WAIT = 30_000
FAST = {"retries": 0, "timeout": (2.0, 10.0)}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoWorld]:
    with running_demo(tmp_path_factory.mktemp("dashboard-world")) as built:
        yield built


@pytest.fixture
def open_page(qtbot: Any, tmp_path: Path, world: DemoWorld) -> Iterator[Any]:
    made: list[tuple[DashboardPage, Runner, Workspace | None]] = []

    def make(
        source: str = "workspace", url: str | None = None, token: str | None = None
    ) -> DashboardPage:
        runner = Runner()
        workspace = None
        target = url or world.url
        key = token or world.tokens["demo"]
        if source == "workspace":
            workspace = Workspace.open(
                target, "demo", key, data_dir=tmp_path / "data", api_options=FAST
            )
            page = DashboardPage(runner, workspace)
        else:
            page = DashboardPage(runner, TaskServer(target, key, **FAST))
        qtbot.addWidget(page)
        page.resize(1366, 720)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        made.append((page, runner, workspace))
        return page

    yield make
    for page, runner, workspace in made:
        page.hide()
        runner.shutdown(wait=True)
        if workspace is not None:
            workspace.close()


def read(qtbot: Any, page: DashboardPage) -> None:
    page.activate()
    qtbot.waitUntil(
        lambda: page.reading is not None and not page.progress.isVisible(), timeout=WAIT
    )


def statuses(world: DemoWorld) -> dict[str, int]:
    r = world.call("demo", "GET", "/submissions", params={"mine": "true", "limit": 200})
    counts: dict[str, int] = {}
    for s in r.json()["submissions"]:
        counts[s["status"]] = counts.get(s["status"], 0) + 1
    return counts


def failed_gold(world: DemoWorld) -> int:
    r = world.call("demo", "GET", "/submissions", params={"mine": "true", "limit": 200})
    return sum(1 for s in r.json()["submissions"] if s["gold"] and not s["gold"]["passed"])


def test_the_dashboard_shows_demo_s_work(qtbot: Any, open_page: Any, world: DemoWorld) -> None:
    page = open_page()
    seen: list[int] = []
    page._progress.read.connect(seen.append)
    read(qtbot, page)
    mine = world.submitted["demo"]
    assert page.reading is not None and len(page.reading.loaded.entries) == len(mine)
    assert seen and seen[-1] == len(mine)
    assert page.status.text().startswith(f"{len(mine)} submissions")
    counts = statuses(world)
    tiles = page.tiles
    # Rejected: the two `qa` rejected, and every control item demo missed (rejected and
    # unpaid by its verdict).
    missed = failed_gold(world)  # which gold items demo is served is the server's draw
    assert tiles.rejected.value.text() == str(2 + missed) == str(counts["rejected"])
    assert tiles.waiting.value.text() == str(counts["pending"])
    assert "not earned" in tiles.rejected.note.text()
    assert "Only accepted work earns" in page.earnings_note.text()

    table = page.project_table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    row = rows["Product reviews — sentiment"]
    assert table.item(row, 1).text() == f"{len(mine)} (1 skipped)"
    assert table.item(row, 6).text() == str(2 + missed)
    # At 1366 px every column is in view: no sideways scrolling, no figure cut; only the
    # project's name may be cut (with …), whole in its tooltip.
    assert table.horizontalScrollBar().maximum() == 0
    for column in range(1, table.columnCount()):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
    assert table.columnWidth(0) >= 120

    text = page.reasons.toPlainText()
    assert f"{REJECT_REASON} — 2 times" in text and REJECT_COMMENT in text and "qa" in text
    assert ("missed a control item" in text) == bool(missed)

    pool = page.pool
    assert pool.name.text() == "Street scenes — private pool"
    assert pool.needs.text() == ("10 more control items at ≥ 92%; you have no control items yet.")
    assert pool.count_label.text() == "Control items: 0 of 10 needed"
    # Nothing in the card is squeezed over its neighbour at 1366 px: what does not fit
    # scrolls. The card is read once its layout has settled (its scroll bar shown, the
    # wrapped lines grown to their width): under load that takes a few event-loop turns.
    wrapped = (pool.name, pool.needs, pool.reason)
    qtbot.waitUntil(
        lambda: all(w.height() >= w.heightForWidth(w.width()) for w in wrapped), timeout=5000
    )
    lines = [pool.heading, pool.name, pool.needs, pool.count_label, pool.count]
    lines += [pool.accuracy_label, pool.accuracy, pool.reason]
    for above, below in zip(lines[:-1], lines[1:], strict=True):
        if above.isVisible() and below.isVisible():
            assert below.geometry().top() >= above.geometry().bottom(), below
    for label in wrapped:
        assert label.height() >= label.heightForWidth(label.width()), label.text()

    days = page.days.chart()
    assert days.series() and days.title() == "Items per day"
    page.toggle_days()
    assert page.days.chart().title() == "Earnings per day (USD)"
    page.toggle_days()  # Alt+D goes on to the active hours and the pace of each day
    hours = page.days.chart()
    assert hours.title() == "Active hours per day"
    [bars] = hours.series()[0].barSets()
    assert sum(bars.at(i) for i in range(bars.count())) > 0
    assert "active over" in page.days.caption.text()
    page.toggle_days()
    assert page.days.chart().title() == "Items per hour, per day"
    page.toggle_days()
    assert page.days.chart().title() == "Items per day"
    skills = [page.skill_picker.itemText(i) for i in range(page.skill_picker.count())]
    assert skills == ["review-sentiment", "street-scenes"]
    assert page.accuracy.chart().series()
    assert "over your newest" in page.accuracy.caption.text()
    page.skill_picker.setCurrentIndex(1)
    assert "No gold answers in street-scenes yet" in page.accuracy.caption.text()
    assert "92%" in page.accuracy.caption.text()


def test_export_csv_by_key_and_dialog(
    qtbot: Any, open_page: Any, world: DemoWorld, tmp_path: Path, monkeypatch: Any
) -> None:
    page = open_page()
    read(qtbot, page)
    target = tmp_path / "mine"
    opened: list[str] = []

    def choose(dialog: QFileDialog) -> int:
        opened.append(dialog.directory().absolutePath())
        dialog.selectFile(str(target))
        return 1

    monkeypatch.setattr(QFileDialog, "exec", choose)
    page.project_table.setFocus()
    qtbot.keyClick(page.project_table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    written = tmp_path / "mine.csv"
    qtbot.waitUntil(lambda: page.note.text().startswith("Wrote"), timeout=WAIT)
    assert page.note.text() == f"Wrote {len(world.submitted['demo'])} submissions to {written}."
    assert opened and opened[0] != str(Path.cwd())  # Documents or home, not where it runs
    with written.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["submission_id"] for r in rows} == set(world.submitted["demo"])
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [r["review_reason"] for r in rows].count(REJECT_REASON) == 2
    assert page.export_button.isEnabled()

    page.export_to(tmp_path / "no-such-folder" / "x.csv")
    qtbot.waitUntil(lambda: page.note.kind == "error", timeout=WAIT)
    assert "Could not write" in page.note.text() and page.export_button.isEnabled()


def test_refresh_by_key_and_the_cap(qtbot: Any, open_page: Any) -> None:
    page = open_page("server")
    read(qtbot, page)
    page.cap = 5
    before = page._ticket
    page.project_table.setFocus()
    qtbot.keyClick(page.project_table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page._ticket > before and not page.progress.isVisible(), timeout=WAIT)
    assert page.reading is not None and len(page.reading.loaded.entries) == 5
    assert "Only your newest 5 submissions are counted." in page.note.text()
    ids = {a.id for a in page.keymap.actions()}
    assert {"dashboard.refresh", "dashboard.export", "dashboard.per_day"} <= ids
    qtbot.keyClick(page.project_table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert page.reasons.hasFocus()


def test_offline_shows_what_the_workbench_knows(qtbot: Any, open_page: Any) -> None:
    page = open_page(url=f"http://127.0.0.1:{free_port()}/api/v1")
    read(qtbot, page)
    assert page.reading is not None and page.reading.loaded.entries == ()
    assert page.note.kind == "notice" and "Offline" in page.note.text()
    assert page.tiles.items.value.text() == "0"


def test_a_refused_token_is_said_and_nothing_breaks(qtbot: Any, open_page: Any) -> None:
    page = open_page("server", token="not-a-token")
    page.activate()
    qtbot.waitUntil(lambda: page.note.kind == "error", timeout=WAIT)
    assert page.note.text().startswith("Could not read your history:")
    assert page.reading is None and page.refresh_button.isEnabled()
    page.export()  # nothing read yet: it says so rather than asking where
    assert "still being read" in page.note.text() or page.note.kind == "notice"


@pytest.mark.parametrize(
    ("user", "digit", "key"), [("demo", 2, "dashboard"), ("lead", 5, "analytics")]
)
def test_the_window_hosts_both_pages(
    qtbot: Any,
    world: DemoWorld,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    user: str,
    digit: int,
    key: str,
) -> None:
    from labeler.client.settings import load_settings
    from labeler.client.trace import open_trace
    from labeler.ui.window import MainWindow, Start

    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LABELER_CONFIG_DIR", str(tmp_path / "config"))
    window = MainWindow(load_settings().settings, open_trace())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start(Start(world.url, world.tokens[user], user))
    qtbot.waitUntil(lambda: bool(window._roles), timeout=WAIT)
    qtbot.keyClick(
        window.pages.currentWidget(),
        getattr(Qt.Key, f"Key_{digit}"),
        Qt.KeyboardModifier.AltModifier,
    )
    page = window.spaces[key]
    assert window.pages.currentWidget() is page
    if key == "dashboard":
        qtbot.waitUntil(lambda: page.reading is not None, timeout=WAIT)
        assert page.tiles.rejected.value.text() == str(2 + failed_gold(world))
    else:
        qtbot.waitUntil(lambda: page.stats is not None and not page.busy.isVisible(), timeout=WAIT)
        page.show_project("review-sentiment")
        qtbot.waitUntil(
            lambda: page.current_project() == "review-sentiment" and not page.busy.isVisible(),
            timeout=WAIT,
        )
        qtbot.waitUntil(lambda: "faraz" in page.table.users_in_order(), timeout=WAIT)
    window.close()


def test_in_english_the_whole_page_shows_at_1366_by_720(qtbot: Any, open_page: Any) -> None:
    page = open_page()
    read(qtbot, page)
    assert page.scroll.verticalScrollBar().maximum() == 0
    assert page.days.height() >= CHART_HEIGHT and page.project_table.isVisible()


def test_in_urdu_the_charts_keep_a_readable_height(qtbot: Any, open_page: Any, urdu: None) -> None:
    """Urdu's Nastaliq lines are about two and a half Latin lines tall: the tiles, the
    note and the titles left the charts about 60 px to draw in, every axis label cut to
    "…". The charts keep their height and the page scrolls to the panels under them."""
    page = open_page()
    read(qtbot, page)
    assert page.days.height() >= CHART_HEIGHT and page.accuracy.height() >= CHART_HEIGHT
    assert page.scroll.verticalScrollBar().maximum() > 0
    page.focus_projects()
    top = page.project_table.mapTo(page.scroll.viewport(), page.project_table.rect().topLeft())
    assert 0 <= top.y() < page.scroll.viewport().height()
