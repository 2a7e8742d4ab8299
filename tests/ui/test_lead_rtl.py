"""The lead's pages in Urdu on a 1366×768 screen: right to left, in Nastaliq (lines about
twice as tall as Latin ones), nothing pushes the window past the screen, a table starts
with a row chosen, and a line that starts with a Latin name still reads from the right."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from labeler.client.api import TaskServer
from labeler.client.contesting import Contest
from labeler.client.leading import LeadProject
from labeler.client.wire import Reward
from labeler.client.workitem import MediaInfo
from labeler.ui.lead import templates
from labeler.ui.lead.gold import GoldPage
from labeler.ui.lead.gold.model import media_text
from labeler.ui.lead.importer import ImportPage
from labeler.ui.lead.project_list import ProjectList
from labeler.ui.lead.schema_editor import SchemaEditor
from labeler.ui.pages.common import is_rtl
from labeler.ui.tasks import Runner

#: What a page may take of a 768-pixel screen: the window's workspace bar, the lead's tabs
#: and the status bar take the rest in Nastaliq.
PAGE_ROOM = 768 - 150
NOWHERE = TaskServer("http://127.0.0.1:9")


def project(pid: str, name: str) -> LeadProject:
    return LeadProject(
        id=pid,
        name=name,
        media="image",
        schema_version=2,
        skill=pid,
        reward=Reward(Decimal("0.05"), "USD"),
        overlap=1,
        gold_ratio=0.1,
        gold_ratio_new=0.3,
        calibration_gold=20,
        lease_seconds=1800,
        review_rate=1.0,
        training=False,
        requirement=None,
        active=True,
        items_total=10,
        items_remaining=4,
    )


def test_a_right_to_left_project_list_starts_with_a_project_chosen(qtbot: Any, urdu: None) -> None:
    # QTableView.selectRow selected nothing right to left: no project, buttons disabled.
    projects = ProjectList()
    qtbot.addWidget(projects)
    projects.show()
    projects.set_projects([project("a", "Street scenes"), project("b", "Night roads")])
    assert projects.current_id() == "a" and projects.settings_button.isEnabled()
    projects.select("b")
    assert projects.current_id() == "b"


def test_the_schema_editor_fits_a_768_pixel_screen_in_urdu(qtbot: Any, urdu: None) -> None:
    editor = SchemaEditor(Runner())
    qtbot.addWidget(editor)
    editor.load(templates.start("template-image"), fixed_media=None, heading="Street scenes")
    editor.resize(1366, PAGE_ROOM)
    editor.show()
    QApplication.processEvents()
    assert editor.minimumSizeHint().height() <= PAGE_ROOM
    # The label table keeps three rows in sight; the field form scrolls instead.
    table = editor.form.labels.table
    assert table.minimumHeight() >= 3 * table.verticalHeader().defaultSectionSize()


def test_the_gold_page_with_its_contests_fits_a_768_pixel_screen_in_urdu(
    qtbot: Any, urdu: None
) -> None:
    page = GoldPage(Runner(), NOWHERE)
    qtbot.addWidget(page)
    page.resize(1366, PAGE_ROOM)
    page.show()
    contests = [
        Contest(f"c{i}", "s", f"i{i}", None, "My box covers it", None, None, 0.5) for i in range(3)
    ]
    page.contests.show_contests(contests)
    page.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    assert page.minimumSizeHint().height() <= PAGE_ROOM
    assert page.contests.table.minimumHeight() > page.contests.table.verticalHeader().height()
    # The tabs start with the room a selected contest needs: its reason, the reply box and
    # the buttons overlapped the contests' table.
    items_and_tabs = page.items.parentWidget()
    assert items_and_tabs.sizes()[1] >= page.contests.room_needed()


def test_the_gold_pages_item_table_keeps_four_rows_in_sight_in_urdu(qtbot: Any, urdu: None) -> None:
    """The tabs below the item table took the room a selected contest needs whichever tab
    was shown, and in Nastaliq left the table two rows: on the submissions tab the table
    keeps four in sight, the contests tab still gets its room when shown, and the table
    gets its rows back with the submissions."""
    page = GoldPage(Runner(), NOWHERE)
    qtbot.addWidget(page)
    page.resize(1366, PAGE_ROOM)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    table = page.items.table
    four = table.horizontalHeader().height() + 4 * table.verticalHeader().defaultSectionSize()
    assert table.height() >= four
    items_and_tabs = page.items.parentWidget()
    page.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    assert items_and_tabs.sizes()[1] >= page.contests.room_needed()
    page.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    assert table.height() >= four
    assert page.minimumSizeHint().height() <= PAGE_ROOM


def test_the_import_page_scrolls_rather_than_grow_past_the_screen(qtbot: Any, urdu: None) -> None:
    page = ImportPage(Runner(), NOWHERE)
    qtbot.addWidget(page)
    page.resize(1366, PAGE_ROOM)
    page.show()
    # Everything the page shows after a run: the plan, the progress, the outcome, the
    # list of what was not imported.
    page.plan_label.setText("منصوبہ: 5 تصاویر (7.5 KB)؛ 1 نامنظور۔\n• ایک مسئلہ\n• دوسرا مسئلہ")
    page.outcome.show_outcome([], [], ("a problem", "another"))
    page._set_progress_visible(True)
    page.counts.setText("5 میں سے 5 فائلیں")
    page.current.setText("shot_1.png")
    page.note.show_notice("4 آئٹم بنے؛ 1 نامنظور۔")
    page._update()
    QApplication.processEvents()
    assert page.outcome.isVisible()
    assert page.minimumSizeHint().height() <= PAGE_ROOM


def test_a_line_that_starts_with_a_latin_name_reads_from_the_right(qtbot: Any, urdu: None) -> None:
    # A label lays its text out in the direction of its first strong letter: "Street
    # scenes کا اسکیما" went from the left, the name last for a reader of Urdu.
    label = QLabel(
        QApplication.translate("LeadWorkspace", "Schema of {name} · version {v}").format(
            name="Street scenes", v=3
        )
    )
    qtbot.addWidget(label)
    assert is_rtl(label.text())
    # A picture's size keeps its width first (digits around "×" read right to left swap).
    picture = MediaInfo("0" * 64, "image/jpeg", 10, "/m", 1920, 1080)
    size = media_text(picture).split(" ", 1)[1]
    assert size.strip("\u200e") == "1920×1080" and size.startswith("\u200e")


def test_an_english_line_that_starts_with_a_tag_keeps_it_first_right_to_left(
    qtbot: Any, urdu: None
) -> None:
    # A Label Studio config's dropped line in a right-to-left list showed its "<" last.
    from labeler.ui.lead.lsimport import LabelStudioDialog
    from labeler.ui.lead.words import left_to_right

    line = "<Relations>: relations between regions have no equivalent; left out"
    assert left_to_right(line) == "\u200e" + line
    assert left_to_right("field 'scene': left out") == "field 'scene': left out"
    dialog = LabelStudioDialog(Runner())
    qtbot.addWidget(dialog)
    assert dialog.dropped_box.title() == "جو شامل نہیں ہو سکا"


def _ink_columns(widget: Any) -> list[int]:
    """The x of every column of the widget's viewport where something darker than its
    background is painted."""
    image = widget.viewport().grab().toImage()
    background = image.pixelColor(image.width() // 2, image.height() - 2).lightness()
    return [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).lightness() < background - 60 for y in range(image.height()))
    ]


def test_the_label_studio_config_box_runs_left_to_right_in_urdu(qtbot: Any, urdu: None) -> None:
    # The placeholder XML was laid out right to left ("View>>", the lines at the right).
    from labeler.ui.lead.lsimport import LabelStudioDialog

    dialog = LabelStudioDialog(Runner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.text
    width = box.viewport().width()
    placeholder = _ink_columns(box)
    assert placeholder and max(placeholder) < width // 2
    box.setPlainText('<View>\n  <Text name="text" value="$text"/>\n</View>')
    QApplication.processEvents()
    typed = _ink_columns(box)
    assert typed and max(typed) < width // 2
    assert box.layoutDirection() == Qt.LayoutDirection.LeftToRight
