"""The lead workspace as the window builds it (its pages with gold and import beside them)
against a real `labeler serve`: a click or the arrows in Projects pick the project every
page shows, items an import made show in the gold page at once, and F5 reads again what
the page shown holds, on every page."""

from __future__ import annotations

import copy
import io
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from labeler.client.api import TaskServer
from labeler.ui.lead.assembly import LeadPages
from labeler.ui.lead.workspace import PROJECTS, SCHEMA, SETTINGS, VERSIONS
from labeler.ui.tasks import Runner
from tests.client.conftest import LiveServer, User
from tests.server.scenario import IMAGE_SCHEMA

pytestmark = pytest.mark.slow

GOLD, IMPORT = 4, 5
TEXT_SCHEMA: dict[str, Any] = {
    "title": "Moods",
    "media": "text",
    "fields": [{"name": "mood", "kind": "choice", "labels": [{"value": "calm"}]}],
}


@pytest.fixture
def pages(qtbot: QtBot, server: LiveServer, lead: User) -> Iterator[LeadPages]:
    runner = Runner()
    api = TaskServer(server.url, lead.token)
    problems: list[str] = []
    widget = LeadPages(runner, api, lead.username, problems.append)
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    yield widget
    assert problems == []
    widget.importer.cancel()
    runner.shutdown(wait=True)
    api.close()


def make_project(lead: User, name: str, schema: dict[str, Any], **kw: Any) -> str:
    r = lead.caller.post("/projects", json={"name": name, "schema": schema, **kw})
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def add_texts(lead: User, project_id: str, *texts: str) -> None:
    items = [{"text": t} for t in texts]
    r = lead.caller.post(f"/projects/{project_id}/items", json={"items": items})
    assert r.status_code == 201, r.text


def loaded(qtbot: QtBot, pages: LeadPages) -> None:
    pages.activate()
    qtbot.waitUntil(lambda: pages._loaded and pages.project is not None, timeout=10_000)


def row_of(pages: LeadPages, project_id: str) -> int:
    table = pages.project_list.table
    rows = [r for r in range(table.rowCount()) if table.item(r, 1).text() == project_id]
    assert rows, project_id
    return rows[0]


def click_project(qtbot: QtBot, pages: LeadPages, project_id: str) -> None:
    table = pages.project_list.table
    rect = table.visualItemRect(table.item(row_of(pages, project_id), 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def everywhere(pages: LeadPages, name: str, field: str) -> bool:
    """Every page shows the project called `name` (its schema's first field `field`)."""
    fields = pages.schema_editor.doc.get(("fields",)) or []
    return (
        pages.project is not None
        and pages.project.name == name
        and pages.settings_page.form.name.text() == name
        and pages.schema_editor.isEnabled()
        and bool(fields)
        and fields[0].get("name") == field
        and pages.versions.heading.text().endswith(name)
        and pages.gold.heading.text() == f"Gold set of {name}"
        and pages.importer.heading.text() == f"Import items into {name}"
    )


def test_a_click_or_the_arrows_pick_the_project_of_every_page(
    qtbot: QtBot, pages: LeadPages, lead: User
) -> None:
    tag = uuid.uuid4().hex[:4]
    first = make_project(lead, f"Alpha {tag}", TEXT_SCHEMA)
    second = make_project(lead, f"Beta {tag}", IMAGE_SCHEMA)
    loaded(qtbot, pages)
    pages.show_page(PROJECTS)
    click_project(qtbot, pages, first)
    qtbot.waitUntil(lambda: everywhere(pages, f"Alpha {tag}", "mood"), timeout=10_000)
    click_project(qtbot, pages, second)
    qtbot.waitUntil(lambda: everywhere(pages, f"Beta {tag}", "scene"), timeout=10_000)
    assert pages.tabs.currentIndex() == PROJECTS  # a pick stays on the list
    # The arrows too: from Beta up to Alpha (the rows are in creation order).
    pages.project_list.table.setFocus()
    for _ in range(row_of(pages, second) - row_of(pages, first)):
        qtbot.keyClick(pages.project_list.table, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: everywhere(pages, f"Alpha {tag}", "mood"), timeout=10_000)


def test_a_pick_wins_over_a_refresh_that_lands_meanwhile(
    qtbot: QtBot, pages: LeadPages, lead: User
) -> None:
    tag = uuid.uuid4().hex[:4]
    first = make_project(lead, f"Here {tag}", TEXT_SCHEMA)
    second = make_project(lead, f"There {tag}", IMAGE_SCHEMA)
    loaded(qtbot, pages)
    pages.open_project(first, PROJECTS)
    qtbot.waitUntil(lambda: everywhere(pages, f"Here {tag}", "mood"), timeout=10_000)
    click_project(qtbot, pages, second)
    # The project list read again lands before the pick settles; it keeps the lead's row.
    pages.project_list.set_projects(pages.projects, first)
    pages.set_project(pages.projects[row_of(pages, first)], reload_schema=False)
    qtbot.waitUntil(lambda: everywhere(pages, f"There {tag}", "scene"), timeout=10_000)


def test_a_pick_with_unsaved_changes_asks_first(
    qtbot: QtBot, pages: LeadPages, lead: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    tag = uuid.uuid4().hex[:4]
    first = make_project(lead, f"Kept {tag}", TEXT_SCHEMA)
    second = make_project(lead, f"Other {tag}", IMAGE_SCHEMA)
    loaded(qtbot, pages)
    click_project(qtbot, pages, first)
    qtbot.waitUntil(lambda: everywhere(pages, f"Kept {tag}", "mood"), timeout=10_000)
    pages.settings_page.form.overlap.setValue(3)
    asked: list[str] = []

    def keep(text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(pages, "ask_discard", keep)
    click_project(qtbot, pages, second)
    qtbot.waitUntil(lambda: bool(asked), timeout=5_000)
    assert "unsaved settings" in asked[0]
    assert pages.project is not None and pages.project.id == first
    assert pages.project_list.current_id() == first  # the list is put back
    assert pages.settings_page.form.overlap.value() == 3


def picture(n: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (n * 40, 80, 160)).save(buf, format="PNG")
    return buf.getvalue()


def test_items_an_import_made_show_in_the_gold_page_at_once(
    qtbot: QtBot, pages: LeadPages, lead: User, tmp_path: Path
) -> None:
    tag = uuid.uuid4().hex[:4]
    target = make_project(lead, f"Imported {tag}", IMAGE_SCHEMA)
    loaded(qtbot, pages)
    pages.open_project(target, GOLD)
    gold = pages.gold
    qtbot.waitUntil(lambda: gold.items.count.text() == "No items in this view.", timeout=10_000)
    folder = tmp_path / "shots"
    folder.mkdir()
    for n in range(3):
        (folder / f"shot_{n}.png").write_bytes(picture(n))
    pages.show_page(IMPORT)
    with qtbot.waitSignal(pages.importer.planned, timeout=15_000):
        pages.importer.set_source(folder)
    with qtbot.waitSignal(pages.importer.imported, timeout=30_000) as done:
        pages.importer.start()
    assert done.args[0].created == 3
    pages.show_page(GOLD)
    qtbot.waitUntil(lambda: gold.model.rowCount() == 3, timeout=10_000)
    assert gold.items.count.text() == "3 items"
    # Listed by the name each was imported from, not by its hash.
    names = [gold.model.index(r, 0).data() for r in range(3)]
    assert names == [f"shot_{n}.png · image 40×30" for n in range(3)]
    qtbot.waitUntil(lambda: gold.editor.title.text().startswith("shot_0.png · image"))
    # The project list's counts follow too.
    table = pages.project_list.table
    qtbot.waitUntil(lambda: table.item(row_of(pages, target), 4).text() == "3 of 3")


def press_f5(qtbot: QtBot, pages: LeadPages, index: int) -> None:
    pages.show_page(index)
    focused = pages.focusWidget() or pages
    qtbot.keyClick(focused, Qt.Key.Key_F5)


def test_f5_reads_again_what_the_page_shown_holds(
    qtbot: QtBot, pages: LeadPages, lead: User, tmp_path: Path
) -> None:
    titles = {a.id: (a.title, a.keys) for a in pages.actions()}
    assert titles["lead.refresh"] == ("Refresh the page shown", ("F5",))
    tag = uuid.uuid4().hex[:4]
    target = make_project(lead, f"Fresh {tag}", TEXT_SCHEMA)
    add_texts(lead, target, "first text")
    loaded(qtbot, pages)
    pages.open_project(target, GOLD)
    gold = pages.gold
    qtbot.waitUntil(lambda: gold.model.rowCount() == 1, timeout=10_000)

    # Gold: items added behind the page's back.
    add_texts(lead, target, "second text", "third text")
    press_f5(qtbot, pages, GOLD)
    qtbot.waitUntil(lambda: gold.model.rowCount() == 3, timeout=10_000)

    # Projects and settings: changed behind the pages' back.
    r = lead.caller.patch(f"/projects/{target}", json={"name": f"Renamed {tag}", "overlap": 4})
    assert r.status_code == 200, r.text
    press_f5(qtbot, pages, PROJECTS)
    table = pages.project_list.table
    qtbot.waitUntil(lambda: table.item(row_of(pages, target), 0).text() == f"Renamed {tag}")
    r = lead.caller.patch(f"/projects/{target}", json={"overlap": 5})
    press_f5(qtbot, pages, SETTINGS)
    qtbot.waitUntil(lambda: pages.settings_page.form.overlap.value() == 5, timeout=10_000)

    # Schema and versions: a new version stored elsewhere.
    newer = copy.deepcopy(TEXT_SCHEMA)
    newer["fields"][0]["labels"].append({"value": "tense"})
    r = lead.caller.put(f"/projects/{target}/schema", json=newer)
    assert r.status_code == 200 and r.json()["version"] == 2, r.text
    press_f5(qtbot, pages, SCHEMA)
    labels = ("fields", 0, "labels")
    qtbot.waitUntil(lambda: len(pages.schema_editor.doc.get(labels) or []) == 2, timeout=10_000)
    assert pages.schema_editor.heading.text().endswith("version 2")
    press_f5(qtbot, pages, VERSIONS)
    qtbot.waitUntil(lambda: pages.versions.list.count() == 2, timeout=10_000)

    # Import: the source is planned again (a line was added to the file).
    source = tmp_path / "texts.csv"
    source.write_text("text\none\n")
    pages.show_page(IMPORT)
    with qtbot.waitSignal(pages.importer.planned, timeout=15_000):
        pages.importer.set_source(source)
    assert pages.importer.plan_label.text().startswith("Plan: 1 text;") or (
        pages.importer.plan_label.text().startswith("Plan: 1 text.")
    )
    source.write_text("text\none\ntwo\n")
    with qtbot.waitSignal(pages.importer.planned, timeout=15_000):
        press_f5(qtbot, pages, IMPORT)
    assert pages.importer.plan_label.text().startswith("Plan: 2 texts")


def test_items_are_named_by_their_source_else_by_their_hash() -> None:
    from labeler.client.curation import CuratedItem, ItemView
    from labeler.client.workitem import MediaInfo
    from labeler.ui.lead.gold.model import describe_item

    picture = MediaInfo("39ef211a" + "0" * 56, "image/jpeg", 10, "/m", 800, 500)
    clip = MediaInfo("c" * 64, "audio/ogg", 10, "/m", duration=3.25)

    def row(view: ItemView) -> CuratedItem:
        return CuratedItem(view, None, 0, 0, 0, 0, 0, None, 0)

    assert describe_item(row(ItemView("i1", None, picture, {}, None))) == "39ef211a · image 800×500"
    named = ItemView("i2", None, picture, {}, None, source="night/gold_07.jpg")
    assert describe_item(row(named)) == "night/gold_07.jpg · image 800×500"
    assert describe_item(row(ItemView("i3", None, clip, {}, None, source="a.ogg"))) == (
        "a.ogg · audio 3.2 s"
    )
    text = ItemView("i4", "  Rain   in Lahore ", None, {}, None, source="news.csv:4")
    assert describe_item(row(text)) == "Rain in Lahore"  # a text is named by itself


def test_urdu_items_and_contests_read_in_nastaliq(qtbot: QtBot) -> None:
    """The gold page's item list and contests draw Urdu in Nastaliq, as the workbench
    does, in rows tall enough for it; Latin keeps the table's font."""
    from datetime import UTC, datetime

    from PySide6.QtGui import QFontMetrics

    from labeler.client.curation import Contest, CuratedItem, ItemView
    from labeler.ui.lead.gold.contests import ContestsPane
    from labeler.ui.lead.gold.items import ItemList
    from labeler.ui.lead.gold.model import ITEM
    from labeler.ui.text.fonts import URDU_FAMILY

    urdu = "عمران نے لاہور میں پاکستان کرکٹ بورڈ کے دفتر کا دورہ کیا۔"
    items = ItemList(lambda *a, **k: None)
    qtbot.addWidget(items)
    items.model.set_rows(
        [
            CuratedItem(ItemView(i, text, None, {}, None), None, 0, 0, 0, 0, 0, None, 0)
            for i, text in (("u", urdu), ("e", "Rain in Lahore"))
        ]
    )
    font = items.proxy.index(0, ITEM).data(Qt.ItemDataRole.FontRole)
    assert font is not None and font.families()[0] == URDU_FAMILY
    assert items.proxy.index(1, ITEM).data(Qt.ItemDataRole.FontRole) is None
    assert items.table.rowHeight(0) >= QFontMetrics(font).height()

    pane = ContestsPane()
    qtbot.addWidget(pane)
    when = datetime(2026, 3, 2, tzinfo=UTC)
    reason = "یہ جواب درست ہے"
    pane.show_contests([Contest("c1", "s1", "u", None, reason, when, None, 0.5)])
    pane.set_names({"u": urdu})
    for col in (0, 2):
        assert pane.table.item(0, col).font().families()[0] == URDU_FAMILY
    assert pane.table.item(0, 3).font().families()[0] != URDU_FAMILY
    shown = pane.table.item(0, 0).font()
    assert pane.table.rowHeight(0) >= QFontMetrics(shown).height()
