"""The lead's formats in the workbench against a real `labeler serve`: a COCO dataset into
the import page as prefill (planned with its refusals, then imported with the boxes on the
items), and the export dialog's report and download, read back by pycocotools."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from labeler.client.api import TaskServer
from labeler.client.importing import ImportSummary, run_import
from labeler.client.importing.formatted import plan_format_import
from labeler.core.schema import parse_schema
from labeler.ui.cheatsheet import CheatSheet
from labeler.ui.keymap import Keymap, display_key
from labeler.ui.lead import exporter
from labeler.ui.lead.exporter import ExportDialog, default_name, writable_formats
from labeler.ui.lead.importer import ImportPage
from labeler.ui.lead.importer.formats import readable_formats
from labeler.ui.tasks import Runner
from tests.client.conftest import LiveServer, User

pytestmark = pytest.mark.slow

# The export dialog's downloads run each in a process of its own. After another window
# has been shown and closed in the same process, Qt has crashed (SIGSEGV in
# QTextLine::draw_internal, painting a combo box's text, in the events processed after the
# test) about one run in four; alone, not once in sixteen runs. Until the cause is found,
# one crash must not take the rest of the suite with it.
ALONE = os.environ.get("LABELER_TEST_DIALOG_ALONE") == "1"
DIALOG_CASES = (
    "test_the_export_dialog_reports_then_downloads",
    "test_a_multi_file_format_offers_the_images_and_cancel_leaves_nothing",
)
alone = pytest.mark.skipif(
    not ALONE, reason="runs in a process of its own (test_each_export_download_in_a_process)"
)


@pytest.mark.skipif(ALONE, reason="this process runs one case")
@pytest.mark.parametrize("case", DIALOG_CASES)
def test_each_export_download_in_a_process(case: str) -> None:
    root = Path(__file__).resolve().parents[2]

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"{__file__}::{case}"],
            env={**os.environ, "LABELER_TEST_DIALOG_ALONE": "1"},
            cwd=root,
            capture_output=True,
            text=True,
            timeout=600,
        )

    done = run()
    if done.returncode == -signal.SIGSEGV:
        # The crash above has now been seen in a process of its own too (CI, 2026-12-07,
        # once in a loaded run). It is an open defect; one more run tells a crash of
        # that kind from a test that fails, and a second crash fails here.
        print(f"{case}: Qt crashed (SIGSEGV); run again once", done.stderr[-3000:])
        done = run()
    assert done.returncode == 0, (done.stdout[-6000:], done.stderr[-3000:])
    assert "1 passed" in done.stdout


SCHEMA: dict[str, Any] = {
    "title": "Vehicles",
    "media": "image",
    "fields": [
        {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}, {"value": "bus"}]},
        {
            "name": "scene",
            "kind": "choice",
            "required": False,
            "labels": [{"value": "day"}, {"value": "night"}],
        },
    ],
}


def coco_dataset(root: Path) -> Path:
    """`images/` with four 200×100 JPEGs and `annotations/instances.json`: boxes on two,
    none on the third, and on the fourth a truck, which the schema lacks."""
    (root / "images").mkdir(parents=True)
    for n, colour in enumerate(["red", "green", "blue", "gray"], start=1):
        Image.new("RGB", (200, 100), colour).save(root / "images" / f"{n:04}.jpg", quality=85)

    def box(i: int, image: int, category: int, bbox: list[int]) -> dict[str, Any]:
        area = bbox[2] * bbox[3]
        return {"id": i, "image_id": image, "category_id": category, "bbox": bbox,
                "iscrowd": 0, "area": area}  # fmt: skip

    coco = {
        "images": [
            {"id": n, "file_name": f"{n:04}.jpg", "width": 200, "height": 100} for n in (1, 2, 3, 4)
        ],
        "categories": [
            {"id": 7, "name": "car"},
            {"id": 9, "name": "bus"},
            {"id": 11, "name": "truck"},
        ],
        "annotations": [
            box(1, 1, 7, [10, 10, 50, 40]),
            box(2, 1, 9, [100, 20, 80, 60]),
            box(3, 2, 7, [0, 0, 20, 20]),
            box(4, 4, 11, [5, 5, 30, 30]),
        ],
    }
    (root / "annotations").mkdir()
    (root / "annotations" / "instances.json").write_text(json.dumps(coco))
    return root


def new_project(lead: User) -> str:
    body = {"name": f"Vehicles {uuid.uuid4().hex[:6]}", "schema": SCHEMA}
    r = lead.caller.post("/projects", json=body)
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def items_of(lead: User, project_id: str) -> dict[str, dict[str, Any]]:
    r = lead.caller.get(f"/projects/{project_id}/items", params={"limit": 50})
    assert r.status_code == 200, r.text
    return {i["source"]: i for i in r.json()["items"]}


@pytest.fixture
def api(server: LiveServer, lead: User) -> Iterator[TaskServer]:
    client = TaskServer(server.url, lead.token, retries=1, backoff=0.05)
    yield client
    client.close()


@pytest.fixture
def runner() -> Iterator[Runner]:
    worker = Runner()
    yield worker
    worker.shutdown(wait=True)


def test_a_coco_dataset_comes_in_as_prefill(
    qtbot: QtBot, runner: Runner, api: TaskServer, lead: User, tmp_path: Path
) -> None:
    page = ImportPage(runner, api)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    pid = new_project(lead)
    page.set_project(api.project(pid))
    formats = page.formats
    offered = [formats.format_box.itemData(i) for i in range(formats.format_box.count())]
    assert offered[0] == "" and "coco" in offered and "conll" not in offered  # image readers
    assert not formats.as_box.isVisible() and not formats.annotations_row.isVisible()

    data = coco_dataset(tmp_path / "coco")
    with qtbot.waitSignal(page.planned, timeout=15_000):
        page.set_source(data / "images")  # items only: the pictures, no answers
    assert "with prefill" not in page.plan_label.text()

    with qtbot.waitSignal(page.planned, timeout=15_000):
        formats.select("coco", "prefill")  # plans again, the annotations file looked for
    # Inside images/ there is no annotations file: said so, and the pictures wait (made
    # bare, they could never get their answers afterwards).
    assert page.plan_label.text().startswith("Plan: nothing to import; 4 refused")
    assert "1 problem with the annotations" in page.plan_label.text()
    rows = [row[:2] for row in page.outcome.rows()]
    assert rows[0] == ("annotation files", "problem") and rows.count(rows[1]) == 1
    assert {outcome for _, outcome in rows[1:]} == {"refused"}
    assert formats.as_box.isVisible() and formats.annotations_row.isVisible()
    assert "COCO instances dataset" in page.takes.text()

    with qtbot.waitSignal(page.planned, timeout=15_000) as planned:
        formats.set_annotations(str(data / "annotations" / "instances.json"))
    plan = planned.args[0]
    assert plan.form == "coco" and plan.answers_as == "prefill"
    text = page.plan_label.text()
    assert text.startswith("Plan: 3 images (") and "2 with prefill" in text
    assert "1 refused" in text
    rows = page.outcome.rows()
    assert [(source, outcome) for source, outcome, _why in rows] == [("0004.jpg", "refused")]
    assert "truck" in rows[0][2]
    assert page.outcome.isVisible() and page.start_button.isEnabled()

    with qtbot.waitSignal(page.imported, timeout=30_000) as done:
        qtbot.keyClick(page.path, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    summary: ImportSummary = done.args[0]
    assert summary.created == 3 and not page.busy
    rows = [row[:2] for row in page.outcome.rows()]  # the new items, then 0004 still listed
    assert rows == [
        ("0001.jpg", "created"),
        ("0002.jpg", "created"),
        ("0003.jpg", "created"),
        ("0004.jpg", "refused"),
    ]
    assert page.bar.isVisible() and "created" in page.counts.text() and page.note.text()
    # Taken with what could be read: the truck left out, the problem listed under its
    # image, nothing else; the last run's progress and outcome gone with the new plan.
    with qtbot.waitSignal(page.planned, timeout=15_000):
        formats.incomplete.setChecked(True)
    assert page.plan_label.text().startswith("Plan: 4 images (")
    assert "truck" in page.plan_label.text() and "refused" not in page.plan_label.text()
    assert [row[:2] for row in page.outcome.rows()] == [("0004.jpg", "problem")]
    assert "truck" in page.outcome.rows()[0][2]
    assert not page.bar.isVisible() and not page.counts.isVisible()
    assert not page.current.isVisible() and not page.note.text()
    with qtbot.waitSignal(page.imported, timeout=30_000) as again:
        page.start()
    assert again.args[0].created == 1 and len(again.args[0].duplicates) == 3
    items = items_of(lead, pid)
    assert sorted(items) == ["0001.jpg", "0002.jpg", "0003.jpg", "0004.jpg"]
    assert not items["0004.jpg"].get("prefill")  # its one box was the truck
    assert items["0001.jpg"]["prefill"]["objects"] == [
        {"label": "car", "x": 10, "y": 10, "w": 50, "h": 40},
        {"label": "bus", "x": 100, "y": 20, "w": 80, "h": 60},
    ]
    assert items["0002.jpg"]["prefill"]["objects"] == [
        {"label": "car", "x": 0, "y": 0, "w": 20, "h": 20}
    ]
    assert not items["0003.jpg"].get("prefill")
    assert all(item["gold"] is None for item in items.values())


def planned_page(
    qtbot: QtBot, runner: Runner, api: TaskServer, lead: User, tmp_path: Path
) -> tuple[ImportPage, str, Path]:
    """An import page with the COCO dataset planned as prefill (its annotations file
    apart); the project's id and the dataset's folder."""
    page = ImportPage(runner, api)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    pid = new_project(lead)
    page.set_project(api.project(pid))
    data = coco_dataset(tmp_path / "coco")
    page.formats.select("coco", "prefill")
    page.formats.set_annotations(str(data / "annotations" / "instances.json"))
    with qtbot.waitSignal(page.planned, timeout=15_000):
        page.set_source(data / "images")
    assert page.plan_label.text().startswith("Plan: 3 images (") and page.start_button.isEnabled()
    return page, pid, data


def test_a_plan_made_under_an_older_schema_does_not_run(
    qtbot: QtBot, runner: Runner, api: TaskServer, lead: User, tmp_path: Path
) -> None:
    page, pid, _data = planned_page(qtbot, runner, api, lead, tmp_path)
    assert page.schema_version == 1
    # Another lead saves a new version: trucks are a label now.
    schema = json.loads(json.dumps(SCHEMA))
    schema["fields"][0]["labels"].append({"value": "truck"})
    r = lead.caller.put(f"/projects/{pid}/schema", json=schema)
    assert r.status_code in (200, 201), r.text
    with qtbot.waitSignal(page.planned, timeout=30_000) as again:
        page.start()  # refused before anything is sent; the plan made again under it
    assert items_of(lead, pid) == {}
    assert "schema is version 2 now" in page.note.text()
    assert "the plan is made again" in page.note.text()
    assert not page.bar.isVisible()
    assert again.args[0].total == 4 and page.outcome.rows() == []  # the truck is taken now
    assert page.schema_version == 2
    # Told of a newer version (saved in the schema editor): planned again at once.
    schema["fields"][0]["labels"].append({"value": "van"})
    assert lead.caller.put(f"/projects/{pid}/schema", json=schema).status_code in (200, 201)
    with qtbot.waitSignal(page.planned, timeout=30_000):
        page.set_schema_version(3)
        assert not page.start_button.isEnabled()  # no plan until it is made again
    assert page.schema_version == 3
    with qtbot.waitSignal(page.imported, timeout=30_000) as done:
        page.start()
    assert done.args[0].created == 4


def test_a_plan_does_not_run_for_another_source_or_choice(
    qtbot: QtBot, runner: Runner, api: TaskServer, lead: User, tmp_path: Path
) -> None:
    page, pid, data = planned_page(qtbot, runner, api, lead, tmp_path)
    # Another annotations file typed, not yet confirmed: Start makes the plan again.
    other = data / "annotations" / "other.json"
    coco = json.loads((data / "annotations" / "instances.json").read_text())
    coco["annotations"] = []
    other.write_text(json.dumps(coco))
    page.formats.annotations.setText(str(other))
    with qtbot.waitSignal(page.planned, timeout=15_000) as again:
        page.start()
    assert "annotations file changed" in page.note.text() and items_of(lead, pid) == {}
    assert again.args[0].counts()["prefill"] == 0
    # Another folder typed, without Enter: the same.
    fewer = tmp_path / "fewer"
    fewer.mkdir()
    (data / "images" / "0001.jpg").rename(fewer / "0001.jpg")
    page.path.setText(str(fewer))
    with qtbot.waitSignal(page.planned, timeout=15_000) as again:
        page.start()
    assert "folder or file changed" in page.note.text() and items_of(lead, pid) == {}
    assert again.args[0].total == 1
    with qtbot.waitSignal(page.imported, timeout=30_000):
        page.start()
    assert sorted(items_of(lead, pid)) == ["0001.jpg"]


def test_a_problem_of_the_file_is_shown_in_the_plan(
    qtbot: QtBot, runner: Runner, api: TaskServer, lead: User, tmp_path: Path
) -> None:
    page = ImportPage(runner, api)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.set_project(api.project(new_project(lead)))
    data = coco_dataset(tmp_path / "coco")
    broken = tmp_path / "broken.json"
    broken.write_text('{"images": [')
    page.formats.select("coco", "gold")
    page.formats.annotations.setText(str(broken))
    with qtbot.waitSignal(page.planned, timeout=15_000):
        page.set_source(data / "images")
    assert "problem" in page.plan_label.text()
    problems = [row for row in page.outcome.rows() if row[1] == "problem"]
    assert problems and problems[0][0] == "annotation files"
    assert "broken.json" in problems[0][2]
    # Written out in full under the plan too (the list elides long lines).
    assert f"\n• {problems[0][2]}" in page.plan_label.text()
    # The pictures wait for the file to be fixed: as gold, made bare, they would be
    # real items for good.
    assert page.plan_label.text().startswith("Plan: nothing to import; 4 refused")
    assert not page.start_button.isEnabled() or "with gold" not in page.plan_label.text()


def gold_project(api: TaskServer, lead: User, tmp_path: Path) -> str:
    """A project of the COCO dataset's three images, each gold with a scene (which COCO
    cannot hold)."""
    pid = new_project(lead)
    data = coco_dataset(tmp_path / "coco")
    (data / "images" / "0004.jpg").unlink()
    plan = plan_format_import(data, pid, "image", parse_schema(SCHEMA), "coco", answers_as="gold")
    assert run_import(api, plan).created == 3
    for item in items_of(lead, pid).values():
        answer = {**item["gold"]["answer"], "scene": "day"}
        r = lead.caller.put(f"/items/{item['id']}/gold", json={"answer": answer, "hint": ""})
        assert r.status_code == 200, r.text
    return pid


@alone
def test_the_export_dialog_reports_then_downloads(
    qtbot: QtBot, runner: Runner, api: TaskServer, lead: User, tmp_path: Path
) -> None:
    from pycocotools.coco import COCO

    pid = gold_project(api, lead, tmp_path)
    name = api.project(pid).name
    dialog = ExportDialog(runner, api, pid, name, "image")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    offered = [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]
    assert "coco" in offered and "yolo-detect" in offered and offered[-1] == "jsonl"
    assert "conll" not in offered

    with qtbot.waitSignal(dialog.reported, timeout=15_000) as reported:
        dialog.select("coco", "gold")
    report = reported.args[0]
    assert report is not None and report.format == "coco" and report.items == 3
    assert dialog.summary.text().startswith("3 items; 1 kind of thing left out (listed)")
    shown = [dialog.lines.item(i).text() for i in range(dialog.lines.count())]
    assert len(shown) == 1 and "'scene' (choice)" in shown[0]
    assert dialog.lines.isVisible()
    assert not dialog.images.isVisible()  # COCO is one file
    assert dialog.dest.text().endswith(default_name(name, dialog.choice()))
    assert dialog.dest.text().endswith("-coco.json")

    dest = tmp_path / "out" / "vehicles.json"
    dialog.dest.setText(str(dest))
    dialog._dest_edited(str(dest))
    assert dialog.download_button.isEnabled()
    sizes: list[int] = []
    dialog.progressed.connect(lambda done, _total: sizes.append(done))
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as exported:
        qtbot.keyClick(dialog.dest, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert exported.args[0] == dest and dest.is_file()
    assert sizes and sizes[-1] == dest.stat().st_size
    assert dialog.note.text() == f"Saved to {dest}"
    assert [p.name for p in dest.parent.iterdir()] == ["vehicles.json"]  # no temp left

    coco = COCO(str(dest))
    by_file = {img["file_name"]: img["id"] for img in coco.dataset["images"]}
    assert set(by_file) == {"images/0001.jpg", "images/0002.jpg", "images/0003.jpg"}
    boxes = sorted(
        a["bbox"] for a in coco.loadAnns(coco.getAnnIds(imgIds=[by_file["images/0001.jpg"]]))
    )
    assert boxes == [[10, 10, 50, 40], [100, 20, 80, 60]]
    assert coco.getAnnIds(imgIds=[by_file["images/0003.jpg"]]) == []


@alone
def test_a_multi_file_format_offers_the_images_and_cancel_leaves_nothing(
    qtbot: QtBot,
    runner: Runner,
    api: TaskServer,
    lead: User,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = gold_project(api, lead, tmp_path)
    dialog = ExportDialog(runner, api, pid, "Vehicles", "image")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.reported, timeout=15_000):
        dialog.select("yolo-detect", "gold", images=True)
    assert dialog.images.isVisible() and dialog.choice().images
    assert dialog.dest.text().endswith("Vehicles-yolo-detect.zip")
    dest = tmp_path / "yolo" / "set.zip"
    dest.parent.mkdir()
    dialog.dest.setText(str(dest))
    dialog._dest_edited(str(dest))

    # The first chunk waits until Cancel was clicked: the cancel lands mid-download.
    gate = threading.Event()
    real = exporter.download_export

    def gated(server: Any, project_id: str, choice: Any, to: Path, progress: Any) -> Path:
        def first_waits(done: int, total: int | None) -> None:
            assert gate.wait(30)
            progress(done, total)

        return real(server, project_id, choice, to, first_waits)

    monkeypatch.setattr(exporter, "download_export", gated)
    exported: list[Path] = []
    dialog.exported.connect(exported.append)
    dialog.download()
    assert dialog.busy and dialog.cancel_button.text() == "Cancel download"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert exported == []
    assert dialog.note.text() == "Cancelled: nothing was written."
    assert list(dest.parent.iterdir()) == []
    assert dialog.download_button.isEnabled() and dialog.isVisible()

    monkeypatch.setattr(exporter, "download_export", real)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        dialog.download()
    with zipfile.ZipFile(dest) as z:
        names = set(z.namelist())
    assert {"data.yaml", "export-report.json"} <= names
    assert any(n.startswith("images/") for n in names)
    assert any(n.startswith("labels/") for n in names)

    # JSONL: no report, every item with its accepted answers.
    with qtbot.waitSignal(dialog.reported, timeout=15_000) as reported:
        dialog.select("jsonl")
    assert reported.args[0] is None
    assert not dialog.answers_box.isEnabled() and not dialog.images.isVisible()
    assert dialog.dest.text().endswith("set.jsonl")


def test_ctrl_shift_s_opens_the_export_of_the_project_picked(
    qtbot: QtBot, runner: Runner, api: TaskServer, lead: User
) -> None:
    from labeler.ui.lead.assembly import LeadPages
    from labeler.ui.lead.workspace import PROJECTS

    pid = new_project(lead)
    problems: list[str] = []
    pages = LeadPages(runner, api, lead.username, problems.append)
    qtbot.addWidget(pages)
    pages.resize(1366, 740)
    pages.show()
    qtbot.waitExposed(pages)
    pages.activateWindow()
    qtbot.waitUntil(pages.isActiveWindow)
    pages.activate()
    qtbot.waitUntil(lambda: pages._loaded, timeout=10_000)
    assert pages.keymap.keys("lead.export") == ("Ctrl+Shift+S",)
    # Every key of the hosted pages stays theirs (the gold page's editors keep Ctrl+E).
    hosted = {k for a in pages.gold.keymap.actions() for k in pages.gold.keymap.keys(a.id)}
    assert "Ctrl+Shift+S" not in hosted
    assert pages.choose_project(pid)
    pages.show_page(PROJECTS)
    assert pages.project_list.export_button.isEnabled()
    table = pages.project_list.table
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_S, MODS)
    dialog = pages.export_dialog
    assert dialog is not None and dialog.isVisible() and dialog.project_id == pid
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=15_000)
    assert dialog.report is not None and dialog.report.items == 0  # nothing answered yet
    assert dialog.summary.text().startswith("0 items")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: pages.export_dialog is None)
    # The keyboard is back on the list: F5 reads the projects again.
    qtbot.waitUntil(table.hasFocus)
    refreshed: list[object] = []
    pages.refresh = lambda then=None: refreshed.append(then)  # type: ignore[method-assign]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    assert refreshed == [None]

    # The import page's keyboard starts on the format: Down picks the first format.
    pages.show_page(pages.tabs.indexOf(pages.importer))
    box = pages.importer.formats.format_box
    qtbot.waitUntil(lambda: pages.focusWidget() is box)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == "coco" and pages.importer.formats.as_box.isVisible()
    assert problems == []

    # The `?` sheet of the import page lists its keys with the workspace's, each once.
    sheet = CheatSheet(Keymap(pages), pages)
    sheet.set_page_keymap(pages.keymap)
    rows = {title: keys for _, section in sheet.sections() for title, keys in section}
    assert rows["Show Import"] == ("Ctrl+6",)
    assert rows["Export the project's answers…"] == (display_key("Ctrl+Shift+S"),)
    for action in pages.importer.actions():
        assert rows[action.title] == tuple(display_key(k) for k in action.keys)
    assert pages.keymap.conflicts() == ()
    assert not any(pages.importer.keymap.keys(a.id) for a in pages.importer.actions())
    # …and they still work there: Ctrl+O asks for the folder.
    asked: list[bool] = []
    pages.importer.choose_folder = lambda: asked.append(True)  # type: ignore[method-assign]
    qtbot.keyClick(box, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]
    # Another page: the import page's keys are its own again, and not in the sheet.
    pages.show_page(PROJECTS)
    rows = {title: keys for _, section in sheet.sections() for title, keys in section}
    assert "Start the import" not in rows


MODS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_schema_saved_in_the_workspace_makes_the_import_plan_again(
    qtbot: QtBot, runner: Runner, api: TaskServer, lead: User, tmp_path: Path
) -> None:
    from labeler.ui.lead.assembly import LeadPages

    pid = new_project(lead)
    problems: list[str] = []
    pages = LeadPages(runner, api, lead.username, problems.append)
    qtbot.addWidget(pages)
    pages.show()
    qtbot.waitExposed(pages)
    pages.activate()
    qtbot.waitUntil(lambda: pages._loaded, timeout=10_000)
    assert pages.choose_project(pid)
    importer = pages.importer
    qtbot.waitUntil(
        lambda: (
            importer.project is not None
            and importer.project.id == pid
            and importer.schema_version == 1
        ),
        timeout=10_000,
    )
    with qtbot.waitSignal(importer.planned, timeout=15_000):
        importer.set_source(coco_dataset(tmp_path / "coco") / "images")
    schema = json.loads(json.dumps(SCHEMA))
    schema["fields"][1]["labels"].append({"value": "dusk"})
    assert pages.project is not None
    with qtbot.waitSignal(importer.planned, timeout=30_000):
        pages.saves.put_schema(pages.project, schema)
    assert importer.schema_version == 2 and importer.start_button.isEnabled()
    assert problems == []


def test_the_formats_made_for_a_media_come_before_the_general_ones() -> None:
    for media in ("image", "text", "audio"):
        for listed in (writable_formats(media), readable_formats(media)):
            general = [len(f.media) > 1 for f in listed]
            assert general == sorted(general), (media, [f.name for f in listed])
            assert listed and not general[0]  # a format of its own comes first
    assert writable_formats("audio")[0].name == "webvtt"
    assert "csv" in {f.name for f in writable_formats("audio")}
    assert "csv" not in {f.name for f in readable_formats("audio")}  # written only


def test_the_import_page_offers_only_the_readers_that_fill_some_field(
    qtbot: QtBot, runner: Runner, api: TaskServer, lead: User
) -> None:
    """As the export dialog: once the schema is read, a comparison project is not offered
    CoNLL (it fills spans only); prompts with candidates and Label Studio, which bring
    the items, are; a format chosen that no longer fits goes back to items only."""
    schema = {
        "title": "Which answer is better?",
        "media": "text",
        "fields": [{"name": "better", "kind": "pairwise"}],
    }
    r = lead.caller.post(
        "/projects", json={"name": f"Compare {uuid.uuid4().hex[:6]}", "schema": schema}
    )
    assert r.status_code == 201, r.text
    page = ImportPage(runner, api)
    qtbot.addWidget(page)
    box = page.formats.format_box
    page.set_project(api.project(str(r.json()["id"])))
    page.formats.select("conll")  # chosen before the schema arrives
    qtbot.waitUntil(lambda: page.schema is not None, timeout=15_000)
    offered = [box.itemData(i) for i in range(box.count())]
    assert offered == ["", "prompts-jsonl", "labelstudio"]
    assert page.formats.choice().format == "" and not page.formats.as_box.isVisibleTo(page)
