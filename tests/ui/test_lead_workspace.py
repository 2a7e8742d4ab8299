"""The lead workspace against a real `labeler serve` on loopback: a project made from
nothing, every setting edited and saved, refusals shown beside their inputs, a new schema
version saved after its changes are shown, versions compared, a Label Studio start, and
unsaved changes kept (and asked about)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from labeler.client.api import TaskServer
from labeler.client.errors import Offline
from labeler.client.settings import Settings
from labeler.client.trace import Trace
from labeler.server.demo import calls
from labeler.ui.lead import settings_form, workspace
from labeler.ui.lead.new_project import LABEL_STUDIO
from labeler.ui.lead.workspace import PROJECTS, SCHEMA, SETTINGS, VERSIONS, LeadWorkspace
from labeler.ui.tasks import Runner
from labeler.ui.window import MainWindow, Start
from tests.client.conftest import LiveServer, User
from tests.server.scenario import IMAGE_SCHEMA

pytestmark = pytest.mark.slow

UNPAID = "This project pays 0 USD per item. Annotators will see it as unpaid. Publish anyway?"
PAID = {"amount": "0.05", "currency": "USD"}
CONFIG = """<View>
  <Text name="text" value="$text"/>
  <Choices name="tone" toName="text"><Choice value="calm"/><Choice value="angry"/></Choices>
  <Relations><Relation value="says"/></Relations>
</View>"""


@pytest.fixture
def runner() -> Iterator[Runner]:
    r = Runner()
    yield r
    r.shutdown(wait=True)


@pytest.fixture
def ws(qtbot: QtBot, runner: Runner, server: LiveServer, lead: User) -> Iterator[LeadWorkspace]:
    api = TaskServer(server.url, lead.token)
    widget = LeadWorkspace(runner, api, lead.username)
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    yield widget
    api.close()


def make_project(lead: User, name: str, schema: dict[str, Any] = IMAGE_SCHEMA, **kw: Any) -> str:
    r = lead.caller.post("/projects", json={"name": name, "schema": schema, **kw})
    assert r.status_code == 201, r.text
    return str(r.json()["id"])


def server_project(lead: User, project_id: str) -> dict[str, Any]:
    r = lead.caller.get(f"/projects/{project_id}")
    assert r.status_code == 200, r.text
    return dict(r.json())


def loaded(qtbot: QtBot, ws: LeadWorkspace) -> None:
    ws.activate()
    qtbot.waitUntil(lambda: ws.project_list.busy.isHidden() and ws._loaded, timeout=10_000)


def opened(qtbot: QtBot, ws: LeadWorkspace, project_id: str, page: int) -> None:
    ws.open_project(project_id, page)
    qtbot.waitUntil(
        lambda: ws.schema_editor.isEnabled() and bool(ws.schema_editor.doc.get(("fields",))),
        timeout=10_000,
    )


def test_a_project_from_nothing(qtbot: QtBot, ws: LeadWorkspace, lead: User) -> None:
    loaded(qtbot, ws)
    qtbot.keyClick(ws.project_list.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = ws.new_dialog
    assert dialog.isVisible()
    dialog._continue()  # no name yet
    assert dialog.name_note.text() == "A project needs a name."
    qtbot.keyClicks(dialog.name, "Call centre tones")
    dialog.pick("blank-audio")
    dialog.continue_button.click()
    assert ws.tabs.currentIndex() == SCHEMA and ws.banner.isVisibleTo(ws)
    editor = ws.schema_editor
    assert editor.save_button.text() == "Create project"
    assert editor.doc.get(("title",)) == "Call centre tones"
    editor.validate()
    assert [p.path for p in editor.check.problems] == ["fields"]
    editor.request_save()  # not yet valid: nothing is sent
    assert ws.new_name == "Call centre tones"
    editor.add_field("choice")
    editor.form.name.setText("tone")
    editor.form.name.textEdited.emit("tone")
    editor.form.add_label()
    editor.form.add_label()
    editor.add_field("transcript")
    editor.validate()
    assert editor.check.ok
    ws.show_page(SETTINGS)
    form = ws.settings_page.form
    assert form.name.text() == "Call centre tones"
    form.overlap.setValue(2)
    # Unpaid (the default reward is 0): asked first; Escape goes back and sends nothing.
    qtbot.keyClick(form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    question = ws.saves.publish_question
    assert question is not None and question.isVisible()
    assert question.text() == UNPAID
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert ws.new_name == "Call centre tones" and ws.project is None
    assert ws.settings_page.note.text().startswith("Nothing was sent.")
    assert form.amount.hasFocus()
    # Saved again and published anyway, by keyboard (Alt+P).
    qtbot.keyClick(form.amount, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    question = ws.saves.publish_question
    assert question is not None
    qtbot.waitUntil(question.isActiveWindow)
    qtbot.keyClick(question, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: ws.project is not None, timeout=10_000)
    assert ws.new_name is None and ws.banner.isHidden()
    assert "Created Call centre tones" in ws.settings_page.note.text()
    made = server_project(lead, ws.project.id)  # type: ignore[union-attr]
    assert made["media"] == "audio" and made["overlap"] == 2
    schema = lead.caller.get(f"/projects/{made['id']}/schema").json()
    assert [f["name"] for f in schema["fields"]] == ["tone", "transcript_1"]
    assert ws.project_list.current_id() == made["id"]
    assert not ws.has_unsaved_changes()


def test_every_setting_is_edited_and_saved(qtbot: QtBot, ws: LeadWorkspace, lead: User) -> None:
    project_id = make_project(lead, "Street settings")
    loaded(qtbot, ws)
    ws.project_list.select(project_id)
    ws.project_list.focus_list()
    qtbot.keyClick(ws.project_list.table, Qt.Key.Key_Return)  # Enter opens the settings
    qtbot.waitUntil(lambda: ws.schema_editor.isEnabled(), timeout=10_000)
    assert ws.tabs.currentIndex() == SETTINGS and ws.project is not None
    assert ws.project.id == project_id
    form = ws.settings_page.form
    assert form.name.hasFocus()
    form.name.setText("Street settings (night)")
    form.skill.setText("street-night")
    form.active.setChecked(False)
    form.overlap.setValue(3)
    form.review_rate.setValue(25)
    form.lease_seconds.setValue(900)
    form.gold_ratio_new.setValue(40)
    form.calibration_gold.setValue(12)
    form.gold_ratio.setValue(15)
    form.training.setChecked(True)
    form.pay_failed_gold.setChecked(True)
    form.amount.setText("0.05")
    form.currency.setText("pkr")
    form.private.setChecked(True)
    assert form.req_skill.currentText() == "street-night"  # the project's own skill
    form.req_skill.setEditText("street-scenes")
    form.min_accuracy.setValue(92)
    form.min_gold.setValue(25)
    assert form.dirty and ws.has_unsaved_changes()
    ws.settings_page.save_button.click()
    qtbot.waitUntil(lambda: ws.settings_page.note.text() == "Settings saved.", timeout=10_000)
    saved = server_project(lead, project_id)
    assert saved["name"] == "Street settings (night)" and saved["skill"] == "street-night"
    assert saved["active"] is False and saved["training"] is True
    assert saved["pay_failed_gold"] is True
    assert (saved["overlap"], saved["review_rate"], saved["lease_seconds"]) == (3, 0.25, 900)
    assert (saved["gold_ratio_new"], saved["calibration_gold"], saved["gold_ratio"]) == (
        0.4,
        12,
        0.15,
    )
    assert saved["reward"] == {"amount": "0.05", "currency": "PKR"}
    assert saved["requirement"] == {
        "skill": "street-scenes",
        "min_accuracy": 0.92,
        "min_gold": 25,
    }
    assert not form.dirty
    row = ws.project_list.table.currentRow()
    assert ws.project_list.table.item(row, 0).text() == "Street settings (night)"
    form.private.setChecked(False)  # back to a public pool
    ws.save()
    qtbot.waitUntil(lambda: not form.dirty, timeout=10_000)
    assert server_project(lead, project_id)["requirement"] is None


def test_serve_first_least_confident_is_saved_and_read_back(
    qtbot: QtBot, ws: LeadWorkspace, lead: User
) -> None:
    project_id = make_project(lead, "Street order", reward=PAID)
    loaded(qtbot, ws)
    opened(qtbot, ws, project_id, SETTINGS)
    form = ws.settings_page.form
    assert form.lease_order.currentText() == "Import order" and not form.dirty
    assert form.inputs["lease_order"] is form.lease_order
    form.lease_order.setFocus()
    qtbot.keyClick(form.lease_order, Qt.Key.Key_Down)
    assert form.lease_order.currentText() == "Least confident proposal first"
    assert form.changes() == {"lease_order": "least_confident"}
    ws.settings_page.save_button.click()
    qtbot.waitUntil(lambda: ws.settings_page.note.text() == "Settings saved.", timeout=10_000)
    assert server_project(lead, project_id)["lease_order"] == "least_confident"
    assert not form.dirty and ws.project is not None
    assert ws.project.lease_order == "least_confident"
    form.set_project(ws.project, [])  # as read back: the choice shown, nothing to save
    assert form.lease_order.currentData() == "least_confident" and not form.dirty


def test_settings_checked_here_and_refused_there(
    qtbot: QtBot, ws: LeadWorkspace, lead: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    project_id = make_project(lead, "Street refusals")
    loaded(qtbot, ws)
    opened(qtbot, ws, project_id, SETTINGS)
    form, page = ws.settings_page.form, ws.settings_page
    form.amount.setText("lots")
    form.amount.textEdited.emit("lots")
    assert form._notes["reward.amount"].text() == "Must be a number, such as 0.05."
    page.save_button.click()
    assert page.note.kind == "error" and form.amount.hasFocus()
    form.amount.setText("1")
    form.amount.textEdited.emit("1")
    # The server's own check, as if ours had let it through: shown beside the input.
    monkeypatch.setattr(settings_form.rules, "check_settings", lambda _v: {})
    form.currency.setText("US")
    form.currency.textEdited.emit("US")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.note.kind == "error", timeout=10_000)
    note = form._notes["reward.currency"]
    assert note.text() == "reward.currency must be three letters, e.g. USD."
    assert "c62828" in form.currency.styleSheet()
    assert form.currency.text() == "US" and form.dirty  # nothing typed is lost
    assert server_project(lead, project_id)["reward"]["amount"] == "0"


def test_a_new_version_after_its_changes_are_shown(
    qtbot: QtBot, ws: LeadWorkspace, lead: User
) -> None:
    project_id = make_project(lead, "Street versions")
    loaded(qtbot, ws)
    opened(qtbot, ws, project_id, SCHEMA)
    editor = ws.schema_editor
    assert editor.heading.text() == "Schema of Street versions · version 1"
    editor.fields.select(0)
    editor.form.add_label()
    editor.form.labels.table.item(2, 0).setText("coastal")
    editor.set(("instructions",), "Pick the scene.")
    qtbot.keyClick(editor.fields.list, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws.saves.save_question is not None, timeout=10_000)
    question = ws.saves.save_question
    assert question is not None
    lines = question.changes.lines()
    assert len(lines) >= 2 and any("coastal" in line for line in lines)
    assert question.save_button.text() == "Save as version 2"
    question.save_button.click()
    qtbot.waitUntil(lambda: editor.note.text() == "Saved as version 2.", timeout=10_000)
    assert not editor.dirty and editor.heading.text().endswith("version 2")
    stored = lead.caller.get(f"/projects/{project_id}/schema").json()
    assert stored["version"] == 2 and stored["instructions"] == "Pick the scene."
    assert ws.project is not None and ws.project.schema_version == 2
    # The versions page compares the newest two at once.
    ws.show_page(VERSIONS)
    qtbot.waitUntil(lambda: ws.versions.changes.count() >= 2, timeout=10_000)
    assert ws.versions.summary.text().startswith("From version 1 to version 2")
    assert any("coastal" in line for line in ws.versions.changes.lines())
    # Saving the same again makes no version.
    editor.request_save()
    qtbot.waitUntil(lambda: "Nothing changed from version 2" in editor.note.text(), timeout=10_000)
    # Version 1 back into the editor, as an unsaved change.
    ws.versions.list.setCurrentRow(1)
    ws.versions.load_button.click()
    qtbot.waitUntil(lambda: ws.tabs.currentIndex() == SCHEMA, timeout=10_000)
    assert editor.dirty and editor.doc.get(("instructions",)) == IMAGE_SCHEMA["instructions"]


def test_a_failed_save_keeps_the_changes(
    qtbot: QtBot, ws: LeadWorkspace, lead: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    project_id = make_project(lead, "Street offline")
    loaded(qtbot, ws)
    opened(qtbot, ws, project_id, SCHEMA)
    editor = ws.schema_editor
    editor.set(("title",), "Street scenes at night")

    def offline(*_a: Any) -> Any:
        raise Offline("The task server cannot be reached (connection refused).")

    monkeypatch.setattr(ws.client, "schema", offline)
    editor.request_save()
    qtbot.waitUntil(lambda: editor.note.kind == "error", timeout=10_000)
    assert "cannot be reached" in editor.note.text()
    assert editor.dirty and editor.doc.get(("title",)) == "Street scenes at night"
    monkeypatch.setattr(ws.client, "put_schema", offline)
    ws.saves.put_schema(ws.project, editor.document())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: "Your changes are kept" in editor.note.text(), timeout=10_000)
    assert editor.dirty and not editor.busy.isVisibleTo(editor)


def test_leaving_unsaved_changes_asks_first(qtbot: QtBot, ws: LeadWorkspace, lead: User) -> None:
    first = make_project(lead, "Street first")
    second = make_project(lead, "Street second")
    loaded(qtbot, ws)
    opened(qtbot, ws, first, SETTINGS)
    ws.settings_page.form.overlap.setValue(4)
    asked: list[str] = []
    answers = iter([False, True])

    def ask(text: str) -> bool:
        asked.append(text)
        return next(answers)

    ws.ask_discard = ask  # type: ignore[method-assign]
    ws.open_project(second, SETTINGS)
    assert asked == ["Street first has unsaved settings changes. Drop them?"]
    assert ws.project is not None and ws.project.id == first
    assert ws.settings_page.form.overlap.value() == 4
    ws.open_project(second, SETTINGS)
    assert len(asked) == 2
    assert ws.project.id == second and ws.settings_page.form.overlap.value() == 1
    assert ws.confirm_leave()  # nothing unsaved: no question


def test_a_new_project_from_a_label_studio_config(
    qtbot: QtBot, ws: LeadWorkspace, lead: User, tmp_path: Path
) -> None:
    loaded(qtbot, ws)
    path = tmp_path / "config.xml"
    path.write_text(CONFIG, encoding="utf-8")
    ws._start_new("Support chats", LABEL_STUDIO)
    dialog = ws.ls_dialog
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.use_button.isEnabled(), timeout=10_000)
    assert dialog.file_label.text() == "config.xml"
    dropped = [dialog.dropped.item(i).text() for i in range(dialog.dropped.count())]
    assert dropped and any("elation" in line for line in dropped)
    dialog.use_button.click()
    editor = ws.schema_editor
    assert ws.new_name == "Support chats" and editor.doc.get(("media",)) == "text"
    assert editor.dropped.isVisibleTo(editor) and "Relation" in editor.dropped_text.text()
    editor.request_save()
    question = ws.saves.publish_question  # unpaid: published anyway, by mouse
    assert question is not None and question.text() == UNPAID
    qtbot.mouseClick(question.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.project is not None, timeout=10_000)
    assert ws.project is not None and ws.project.media == "text"
    stored = lead.caller.get(f"/projects/{ws.project.id}/schema").json()
    assert [f["name"] for f in stored["fields"]] == ["tone"]


def test_pages_by_key_and_added_pages(qtbot: QtBot, ws: LeadWorkspace) -> None:
    from PySide6.QtWidgets import QLabel

    ws.add_page("Gold", QLabel("gold page"))
    ids = [a.id for a in ws.actions()]
    assert "lead.page_5" in ids and ws.tabs.tabText(4) == "Gold"
    qtbot.keyClick(ws.project_list.table, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert ws.tabs.currentIndex() == 4
    qtbot.keyClick(ws.tabs, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert ws.tabs.currentIndex() == PROJECTS
    assert ws.settings_page.empty.text() == workspace.NO_PROJECT


def test_the_project_list_shows_every_setting(qtbot: QtBot, ws: LeadWorkspace, lead: User) -> None:
    schema = copy.deepcopy(IMAGE_SCHEMA)
    make_project(
        lead,
        "Street pool",
        schema,
        requirement={"skill": "street-scenes", "min_accuracy": 0.92, "min_gold": 20},
        reward={"amount": "0.04", "currency": "USD"},
    )
    loaded(qtbot, ws)
    table = ws.project_list.table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    row = rows["Street pool"]
    texts = [table.item(row, c).text() for c in range(table.columnCount())]
    assert texts[2:4] == ["image", "v1"] and texts[6] == "0.04 USD"
    assert texts[7] == "private: street-scenes ≥ 92% over 20 gold"


def test_an_emptied_skill_means_the_project_id(qtbot: QtBot, ws: LeadWorkspace, lead: User) -> None:
    project_id = make_project(lead, "Street skills", skill="borrowed-skill", reward=PAID)
    loaded(qtbot, ws)
    opened(qtbot, ws, project_id, SETTINGS)
    form = ws.settings_page.form
    assert form.skill.text() == "borrowed-skill"
    form.skill.clear()
    form.skill.textEdited.emit("")
    assert form.changes() == {"skill": project_id}
    ws.save()
    qtbot.waitUntil(lambda: ws.settings_page.note.text() == "Settings saved.", timeout=10_000)
    assert server_project(lead, project_id)["skill"] == project_id


def previewed(ws: LeadWorkspace) -> tuple[str, list[str]] | None:
    """The media and field names the preview shows, once its sample item is shown."""
    preview = ws.schema_editor.preview
    if preview.schema is None or preview.stack.currentWidget() is not preview.editor:
        return None
    return preview.schema.media, preview.schema.field_names()


TEXT_SCHEMA: dict[str, Any] = {
    "title": "Moods",
    "media": "text",
    "fields": [{"name": "mood", "kind": "choice", "labels": [{"value": "calm"}]}],
}


def test_the_preview_shows_the_schema_under_edit_and_only_it(
    qtbot: QtBot, ws: LeadWorkspace, lead: User
) -> None:
    text_id = make_project(lead, "Preview texts", TEXT_SCHEMA)
    image_id = make_project(lead, "Preview streets")
    loaded(qtbot, ws)
    preview = ws.schema_editor.preview
    opened(qtbot, ws, image_id, SCHEMA)
    qtbot.waitUntil(lambda: previewed(ws) == ("image", ["scene", "objects"]), timeout=10_000)

    # A blank new schema previews itself: the sample item with nothing to answer.
    ws._start_new("Blank texts", "blank-text")
    qtbot.waitUntil(lambda: previewed(ws) == ("text", []), timeout=10_000)
    assert preview.note.isVisibleTo(preview) and preview.note.text().startswith("No fields yet")
    assert not preview.form.isVisibleTo(preview)
    assert not [a for a in preview.key_actions() if a.id.startswith("preview.label.")]
    ws.schema_editor.add_field("choice")
    ws.schema_editor.form.add_label()
    ws.schema_editor.validate()
    qtbot.waitUntil(lambda: previewed(ws) == ("text", ["choice_1"]), timeout=10_000)
    assert preview.note.isHidden()

    # Every switch of project: the preview follows, with nothing of the last one between.
    ws.ask_discard = lambda _text: True  # type: ignore[method-assign]
    ws.open_project(text_id, SCHEMA)
    assert previewed(ws) is None  # reading: not the blank schema any more
    qtbot.waitUntil(lambda: previewed(ws) == ("text", ["mood"]), timeout=10_000)
    ws.open_project(image_id, SCHEMA)
    qtbot.waitUntil(lambda: previewed(ws) == ("image", ["scene", "objects"]), timeout=10_000)
    ws._start_new("Blank streets", "blank-image")
    qtbot.waitUntil(lambda: previewed(ws) == ("image", []), timeout=10_000)


def test_the_previews_sample_files_go_when_the_window_closes(
    qtbot: QtBot, server: LiveServer, lead: User, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Q after the schema editor's preview showed its sample picture and clip: their
    folder goes with the window, not at the end of the process (which may not be clean)."""
    monkeypatch.setenv("LABELER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LABELER_CONFIG_DIR", str(tmp_path / "config"))
    image_id = make_project(lead, "Closing streets")
    audio_id = make_project(lead, "Closing calls", calls.SCHEMA)
    window = MainWindow(Settings(), Trace())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start(Start(server.url.removesuffix("/api/v1"), lead.token, None, None))
    qtbot.waitUntil(lambda: isinstance(window.spaces.get("lead"), LeadWorkspace), timeout=15_000)
    ws = window.spaces["lead"]
    assert window.pages.currentWidget() is ws  # a lead's home
    loaded(qtbot, ws)
    opened(qtbot, ws, image_id, SCHEMA)
    qtbot.waitUntil(lambda: previewed(ws) == ("image", ["scene", "objects"]), timeout=10_000)
    ws.open_project(audio_id, SCHEMA)
    qtbot.waitUntil(lambda: (previewed(ws) or ("",))[0] == "audio", timeout=10_000)
    item = ws.schema_editor.preview.item
    assert item is not None and item.display_path is not None
    folder = item.display_path.parent
    assert sorted(p.name for p in folder.iterdir()) == ["street.png", "tone.wav"]

    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert not folder.exists()


def test_publishing_what_annotators_would_not_expect_asks_first(
    qtbot: QtBot, ws: LeadWorkspace, lead: User
) -> None:
    project_id = make_project(lead, "Street pay", reward=PAID)
    loaded(qtbot, ws)
    opened(qtbot, ws, project_id, SETTINGS)
    form = ws.settings_page.form
    form.amount.setText("0")
    form.amount.textEdited.emit("0")
    qtbot.keyClick(form.overlap, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    question = ws.saves.publish_question
    assert question is not None and question.isVisible() and question.text() == UNPAID
    qtbot.keyClick(question, Qt.Key.Key_Return)  # Enter is the safe answer: go back
    assert server_project(lead, project_id)["reward"]["amount"] == "0.05"
    assert form.amount.hasFocus() and form.dirty
    ws.save()
    question = ws.saves.publish_question
    qtbot.mouseClick(question.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.settings_page.note.text() == "Settings saved.", timeout=10_000)
    assert server_project(lead, project_id)["reward"]["amount"] == "0"

    # A closed project shows annotators nothing: no question.
    form.active.setChecked(False)
    ws.save()
    qtbot.waitUntil(lambda: not server_project(lead, project_id)["active"], timeout=10_000)

    # A pool nobody can unlock: its requirement's skill has no gold anywhere else.
    form.active.setChecked(True)
    form.amount.setText("0.05")
    form.amount.textEdited.emit("0.05")
    form.private.setChecked(True)
    form.req_skill.setEditText("nowhere-skill")
    ws.save()
    question = ws.saves.publish_question
    assert question.text().startswith("Its requirement counts gold answers in “nowhere-skill”")
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert server_project(lead, project_id)["requirement"] is None
