"""The lead's import page against the real server: the plan, progress with file counts and
the current file, refused files with the server's reasons, cancel between files, and
sources that cannot be imported at all. Keys do what the buttons do."""

from __future__ import annotations

import io
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from labeler.client.api import TaskServer
from labeler.client.importing import ImportProgress, ImportSummary
from labeler.client.wire import Project
from labeler.ui import files
from labeler.ui.lead.importer import ImportPage
from labeler.ui.tasks import Runner
from tests.client.conftest import LiveServer, User

pytestmark = pytest.mark.slow

SCHEMAS: dict[str, dict[str, Any]] = {
    "image": {
        "title": "Shapes",
        "media": "image",
        "fields": [{"name": "shape", "kind": "choice", "labels": [{"value": "square"}]}],
    },
    "text": {
        "title": "Sentiment",
        "media": "text",
        "fields": [{"name": "mood", "kind": "choice", "labels": [{"value": "pos"}]}],
    },
}


def picture(
    color: tuple[int, int, int], fmt: str = "PNG", size: tuple[int, int] = (48, 32)
) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, format=fmt)
    return buf.getvalue()


@pytest.fixture
def api(server: LiveServer, lead: User) -> Iterator[TaskServer]:
    client = TaskServer(server.url, lead.token, retries=1, backoff=0.05)
    yield client
    client.close()


@pytest.fixture
def page(qtbot: Any, api: TaskServer) -> Iterator[ImportPage]:
    runner = Runner()
    widget = ImportPage(runner, api)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    yield widget
    widget.cancel()
    runner.shutdown(wait=True)


def project(api: TaskServer, lead: User, media: str) -> Project:
    body = {"name": f"{media} {uuid.uuid4().hex[:6]}", "schema": SCHEMAS[media]}
    r = lead.caller.post("/projects", json=body)
    assert r.status_code == 201, r.text
    return api.project(r.json()["id"])


def plan_shown(qtbot: Any, page: ImportPage, source: Path | str) -> None:
    with qtbot.waitSignal(page.planned, timeout=15_000):
        page.set_source(source)


def test_import_shows_progress_and_the_refused_files(
    qtbot: Any,
    page: ImportPage,
    api: TaskServer,
    lead: User,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "shapes"
    folder.mkdir()
    for n in range(4):
        (folder / f"{n}-square.png").write_bytes(picture((60 * n, 90, 200)))
    (folder / "4-copy.png").write_bytes(picture((0, 90, 200)))  # the same as 0-square.png
    (folder / "5-cut.jpg").write_bytes(picture((1, 1, 1), "JPEG")[:200])
    (folder / "6-words.png").write_text("not a picture")
    (folder / "7-call.wav").write_bytes(b"RIFF")
    target = project(api, lead, "image")
    page.set_project(target)
    assert page.heading.text() == f"Import items into {target.name}"
    assert "A folder of image files" in page.takes.text()
    assert not page.start_button.isEnabled()

    asked: list[str] = []

    def pick_folder(_parent: Any, title: str, _start: str) -> str:
        asked.append(title)
        return str(folder)

    monkeypatch.setattr(files, "existing_directory", pick_folder)
    page.path.setFocus()
    with qtbot.waitSignal(page.planned, timeout=15_000):
        qtbot.keyClick(page.path, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Choose a folder of image files"]
    assert page.path.text() == str(folder)
    assert page.plan_label.text().startswith("Plan: 7 images (")
    assert "1 refused" in page.plan_label.text()
    assert page.outcome.rows() == [
        ("7-call.wav", "refused", "an audio file; this is an image project")
    ]
    assert page.start_button.isEnabled()

    reports: list[ImportProgress] = []
    page.progressed.connect(reports.append)
    with qtbot.waitSignal(page.imported, timeout=30_000) as done:
        qtbot.keyClick(page.path, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert page.busy and not page.start_button.isEnabled() and page.cancel_button.isEnabled()
        assert page.bar.isVisible()
    summary: ImportSummary = done.args[0]
    assert summary.created == 4 and not page.busy
    assert any(r.stage == "uploading" and r.current == "1-square.png" for r in reports)
    assert reports[-1].done == 7 == reports[-1].total
    assert page.bar.value() == 1000
    assert page.counts.text().startswith("7 of 7 files · ")
    assert page.counts.text().endswith(" · 4 items created")
    assert page.note.text() == "4 items created; 1 duplicate left out; 3 refused."
    assert page.note.kind == "notice"
    rows = {source: (outcome, why) for source, outcome, why in page.outcome.rows()}
    assert rows["4-copy.png"] == ("duplicate", "the same content as 0-square.png")
    assert rows["5-cut.jpg"][0] == rows["6-words.png"][0] == "refused"
    assert rows["6-words.png"][1]  # the server's reason
    assert page.outcome.isVisible()
    r = lead.caller.get(f"/projects/{target.id}")
    assert r.json()["items_total"] == 4


def test_cancel_stops_between_files(
    qtbot: Any, page: ImportPage, api: TaskServer, lead: User, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):
        (folder / f"{n:02d}.png").write_bytes(picture((n * 6, 10, 10), size=(300, 200)))
    target = project(api, lead, "image")
    page.set_project(target)
    plan_shown(qtbot, page, folder)

    def cancel_early(p: ImportProgress) -> None:
        if p.current == "02.png":
            qtbot.keyClick(page, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)

    page.progressed.connect(cancel_early)
    with qtbot.waitSignal(page.imported, timeout=30_000) as done:
        page.start()
    summary: ImportSummary = done.args[0]
    assert summary.cancelled and 0 < summary.created < 40
    assert summary.created + summary.not_done == 40
    assert page.note.text().endswith(f"cancelled with {summary.not_done} not sent.")
    assert page.bar.value() < 1000 and page.start_button.isEnabled()
    # Running again sends the rest only.
    page.progressed.disconnect(cancel_early)
    with qtbot.waitSignal(page.imported, timeout=30_000) as again:
        page.start()
    assert again.args[0].created == summary.not_done


def test_texts_and_sources_that_cannot_be_imported(
    qtbot: Any, page: ImportPage, api: TaskServer, lead: User, tmp_path: Path
) -> None:
    target = project(api, lead, "text")
    page.set_project(target)
    assert page.file_button.isVisible() and not page.folder_button.isVisible()
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    page.set_source(empty)
    qtbot.waitUntil(lambda: page.note.kind == "error", timeout=10_000)
    assert "a CSV file needs a header row" in page.note.text()
    assert not page.start_button.isEnabled()

    latin = tmp_path / "latin.csv"
    latin.write_bytes("text\nsmile\nnaïve\n".encode("latin-1"))
    page.set_source(latin)
    qtbot.waitUntil(lambda: "line 3" in page.note.text(), timeout=10_000)

    lines = tmp_path / "texts.jsonl"
    lines.write_text(
        '{"text": "good"}\n{"text": \n{"text": "fine", "gold": {"answer": {"mood": "pos"}}}\n'
        '{"text": "odd", "gold": {"answer": {"mood": "meh"}}}\n'
    )
    plan_shown(qtbot, page, lines)
    assert page.note.kind == ""
    # The schema came with the project: the wrong gold answer is refused before sending.
    assert page.plan_label.text().startswith("Plan: 2 texts (1 with gold); 2 refused.")
    with qtbot.waitSignal(page.imported, timeout=30_000) as done:
        page.start()
    summary = done.args[0]
    assert summary.created == 2
    # The new items are listed at once by the name they were imported from (README), then
    # what was not imported.
    rows = page.outcome.rows()
    assert page.outcome_title.text() == "What became of each file or line"
    ids = [f"item {i[:8]}" for i in summary.item_ids]
    assert rows[:2] == [
        ("texts.jsonl:1", "created", ids[0]),
        ("texts.jsonl:3", "created", ids[1]),
    ]
    assert [row[:2] for row in rows[2:]] == [("line 2", "refused"), ("line 4", "refused")]
    assert rows[3][2].startswith("the gold answer does not fit the schema: mood:")
    plan_shown(qtbot, page, lines)  # a new plan lists what will not be imported only
    assert page.outcome_title.text() == "Not imported"


def test_a_plan_asked_for_before_the_schema_arrives_waits_for_it(
    qtbot: Any,
    page: ImportPage,
    api: TaskServer,
    lead: User,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The schema is read when the project is set; a source chosen before it is here is
    still checked against it (a slow server made the plan skip the checks)."""
    target = project(api, lead, "text")
    gate = threading.Event()
    real = api.schema

    def held(*args: Any, **kwargs: Any) -> Any:
        gate.wait(15)
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "schema", held)
    lines = tmp_path / "answers.jsonl"
    lines.write_text(
        '{"text": "fine", "gold": {"answer": {"mood": "pos"}}}\n'
        '{"text": "odd", "prefill": {"mood": "meh"}}\n'
    )
    page.set_project(target)
    with qtbot.waitSignal(page.planned, timeout=15_000):
        page.set_source(lines)  # the schema is still on its way
        gate.set()
    assert page.plan_label.text().startswith("Plan: 1 text (1 with gold); 1 refused.")
    assert page.outcome.rows()[0][:2] == ("line 2", "refused")


def test_a_lost_server_says_so_and_keeps_the_page_usable(
    qtbot: Any, lead: User, tmp_path: Path
) -> None:
    from labeler.server.commands import free_port

    gone = TaskServer(f"http://127.0.0.1:{free_port()}", lead.token, retries=0)
    runner = Runner()
    page = ImportPage(runner, gone)
    qtbot.addWidget(page)
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "a.png").write_bytes(picture((5, 5, 5)))
    target = Project("p", "Somewhere", "image", 1, "p", None, 1800, False, True, None, 0, 0)  # type: ignore[arg-type]
    page.set_project(target)
    plan_shown(qtbot, page, folder)
    with qtbot.waitSignal(page.imported, timeout=30_000):
        page.start()
    assert page.note.kind == "error" and "cannot be reached" in page.note.text()
    assert page.start_button.isEnabled() and not page.busy
    runner.shutdown(wait=True)
    gone.close()
