"""The labeling screen in Urdu: the layout is mirrored, pictures and time are not, the
words are Urdu and read from the right."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionSlider
from pytestqt.qtbot import QtBot

from labeler.core.editing import Draft
from labeler.core.schema import parse_schema
from labeler.ui.audio import AudioEditor
from labeler.ui.fields import FieldsForm
from labeler.ui.image import ImageEditor
from labeler.ui.workbench.page import WorkbenchPage
from labeler.ui.workbench.skipping import shown_reason
from tests.ui import test_audio_editor as audio
from tests.ui.test_image_support import DISPLAY, make_item, schema

RED, BLUE = (220, 20, 20), (20, 20, 220)


def halves(path: Path) -> Path:
    """A picture red on its left half, blue on its right."""
    picture = Image.new("RGB", DISPLAY, RED)
    picture.paste(BLUE, (DISPLAY[0] // 2, 0, DISPLAY[0], DISPLAY[1]))
    picture.save(path, "PNG")
    return path


def open_image(qtbot: QtBot, tmp_path: Path, answer: dict[str, Any]) -> ImageEditor:
    editor = ImageEditor()
    qtbot.addWidget(editor)
    editor.resize(800, 600)
    editor.show()
    qtbot.waitExposed(editor)
    editor.set_schema(schema())
    item = make_item(tmp_path, display=halves(tmp_path / "halves.png"))
    editor.show_item(item, Draft(schema(), answer), ImageEditor.prepare(item, (1366, 768)))
    return editor


def test_the_picture_and_its_regions_are_not_mirrored(
    qtbot: QtBot, tmp_path: Path, urdu: None
) -> None:
    box = {"label": "car", "x": 100, "y": 100, "w": 300, "h": 300}  # left of 1600 px
    editor = open_image(qtbot, tmp_path, {"objects": [box]})
    assert editor.isRightToLeft()  # the editor's own layout is mirrored (the legend)
    canvas = editor.canvas
    view = canvas.viewport()
    shown = view.grab().toImage()
    middle = view.height() // 2
    assert shown.pixelColor(view.width() // 4, middle).red() > 150  # red stays left
    assert shown.pixelColor(3 * view.width() // 4, middle).blue() > 150
    assert canvas.mapFromScene(250, 250).x() < view.width() / 2
    # Zoomed in and panned to the left edge, the picture's left edge shows: panning
    # goes the way the hand goes, as in English.
    canvas.zoom_by(4)
    canvas.pan_by(QPoint(-100_000, 0))
    assert canvas.mapToScene(QPoint(0, middle)).x() <= 1
    bar = canvas.verticalScrollBar()
    qtbot.waitUntil(bar.isVisible)
    assert bar.mapTo(canvas, QPoint(0, 0)).x() > view.width() / 2  # on the right, as ever


def test_the_magnifier_and_the_crosshair_are_not_mirrored(
    qtbot: QtBot, tmp_path: Path, urdu: None
) -> None:
    editor = open_image(qtbot, tmp_path, {})
    editor.arm("boxes")
    editor.keydraw.move(-100_000, 0)  # the crosshair to the picture's left edge
    x, y = editor.keydraw.at or (None, None)
    assert x == 0
    magnifier = editor.magnifier
    centre = magnifier.mapToScene(magnifier.viewport().rect().center())
    assert abs(centre.x() - x) <= 1 and abs(centre.y() - y) <= 1
    # The armed tool's chip reads from the right, where it stands, in Urdu.
    chip = editor.chip
    assert chip.isRightToLeft() and "باکس" in chip.text()
    assert chip.geometry().right() > editor.canvas.viewport().width() / 2


def test_the_waveform_its_ruler_and_scroll_bar_are_not_mirrored(qtbot: QtBot, urdu: None) -> None:
    editor = AudioEditor()
    qtbot.addWidget(editor)
    editor.resize(1000, 560)
    editor.set_schema(audio.SCHEMA)
    editor.show()
    qtbot.waitExposed(editor)
    field = next(f for f in audio.SCHEMA.fields if f.kind == "segments")
    segment = {"label": field.labels[0].value, "start": 0.2, "end": 1.5}
    audio.show(editor, {field.name: [segment]})
    wave = editor.waveform
    qtbot.waitUntil(lambda: wave.peaks is not None)
    assert editor.isRightToLeft() and not wave.isRightToLeft()
    # The segment at the clip's start is drawn at the left, and a press there seeks there.
    shown = wave.grab().toImage()
    lane = wave.lane_rect(0)
    y = round(lane.top() + lane.height() * 0.8)
    background = shown.pixelColor(wave.width() - 5, y)
    assert shown.pixelColor(round(wave.view.x_of(0.8)), y) != background
    seeks: list[float] = []
    wave.seek_requested.connect(seeks.append)
    qtbot.mouseClick(wave, Qt.MouseButton.LeftButton, pos=QPoint(5, 10))
    assert seeks and seeks[0] < 0.2
    # Zoomed in at the start, the scroll bar's handle stands at its left end.
    editor.zoom_by(4.0)
    editor.seek_to(0.0)
    bar = editor.scrollbar
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    handle = bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar
    )
    assert wave.view.start == 0 and handle.center().x() < bar.width() / 2
    # The clock reads left to right; the line beside it in Urdu, from the right.
    status = editor.status
    assert not status.time.isRightToLeft()
    assert status.state.text().startswith("\u200f") and "اگلا" in status.state.text()


def test_the_page_speaks_urdu_and_its_header_reads_from_the_right(qtbot: QtBot, urdu: None) -> None:
    page = WorkbenchPage()
    qtbot.addWidget(page)
    page.set_schema(schema(), "Streets")
    page.show_ready(3)
    assert page.progress.text() == "3 آئٹم تیار"
    page.show_message("x")
    assert page.header.text().startswith("\u200f")  # a Latin name, read from the right
    page.show_nothing_to_send("1")
    assert page.problems.text().startswith("ابھی کوئی جواب نہیں دیا")


def test_a_skip_reason_sent_in_english_shows_in_urdu() -> None:
    """The reason goes to the task server in English (the reviewer's words); shown back
    to the annotator it is in the interface's language, the comment as typed."""
    assert shown_reason("Cannot tell: the boxes overlap") == "Cannot tell: the boxes overlap"
    assert shown_reason("something else") == "something else"


def test_a_skip_reason_sent_in_english_shows_in_urdu_in_urdu(urdu: None) -> None:
    assert shown_reason("Cannot tell: دو گاڑیاں") == "یقین سے نہیں کہا جا سکتا: دو گاڑیاں"
    assert shown_reason("Image does not load") == "تصویر نہیں کھلتی"


CHOICES = {
    "title": "Form",
    "media": "image",
    "fields": [
        {
            "name": f"field_{n}",
            "kind": "choice",
            "labels": [{"value": f"l{n}{m}"} for m in range(3)],
        }
        for n in range(4)
    ],
}


def test_the_form_is_as_tall_as_its_fields(qtbot: QtBot) -> None:
    """Built after it was shown (a project opened), the form grows to its fields: it
    kept the height of no field at all and cut the chips off (in Urdu even one field)."""
    page = WorkbenchPage()
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    page.set_schema(parse_schema(CHOICES), "Form")
    form: FieldsForm = page.form

    chips = [chip for n in form.fields() for chip in form.group(n).chips.values()]  # type: ignore[attr-defined]

    def laid_out() -> bool:
        """Every chip shown, each field's row below the one before."""
        tops = {chip.mapTo(form, QPoint(0, 0)).y() for chip in chips}
        return all(chip.isVisible() for chip in chips) and len(tops) == len(form.fields())

    def shown_whole() -> bool:
        corners = (chip.mapTo(form, QPoint(chip.width(), chip.height())) for chip in chips)
        return all(form.rect().contains(corner) for corner in corners)

    qtbot.waitUntil(laid_out)
    qtbot.waitUntil(shown_whole)


def test_rating_arrows_step_the_way_its_chips_run(qtbot: QtBot, urdu: None) -> None:
    """In a mirrored form the chips run from the right: Left steps up, as on a slider."""
    rated = {
        "title": "Rate",
        "media": "text",
        "fields": [{"name": "quality", "kind": "rating", "min": 1, "max": 5}],
    }
    form = FieldsForm()
    qtbot.addWidget(form)
    form.set_schema(parse_schema(rated))
    form.show_item(Draft(parse_schema(rated), None))
    group = form.group("quality")
    values: list[object] = []
    group.rated.connect(values.append)  # type: ignore[attr-defined]
    group.show_value(3)
    qtbot.keyClick(group, Qt.Key.Key_Left)  # 4, which the form shows
    qtbot.keyClick(group, Qt.Key.Key_Right)
    assert values == [4, 3]


def test_the_legend_lists_the_labels_from_the_right(qtbot: QtBot, urdu: None) -> None:
    """Label names are Latin: without being set apart they ran together left to right,
    and the first label stood at the far end from where an Urdu line starts."""
    editor = ImageEditor()
    qtbot.addWidget(editor)
    editor.resize(1000, 500)
    editor.set_schema(schema())
    editor.show()
    qtbot.waitExposed(editor)
    editor.legend.set_armed("objects", "car")  # its chip in its full colour, #e6194b
    shown = editor.legend.grab().toImage()
    car = [
        x
        for x in range(shown.width())
        for y in range(shown.height())
        if shown.pixelColor(x, y).name() == "#e6194b"
    ]
    assert car and min(car) > shown.width() / 2


def test_each_drawing_hint_reads_whole_from_the_right(qtbot: QtBot, urdu: None) -> None:
    """`Space: کونا · … · Alt+تیر: سائز · Esc: منسوخ`: without each phrase set apart the
    bidi algorithm ran the Latin keys of neighbouring phrases together ("Ctrl 50 · Alt"),
    and a key landed beside another phrase's words."""
    editor = ImageEditor()
    qtbot.addWidget(editor)
    editor.resize(1300, 500)
    editor.set_schema(schema())
    editor.show()
    qtbot.waitExposed(editor)
    text = editor.legend._keys.text()
    phrases = text.lstrip("\u200f").split(" · ")
    assert len(phrases) >= 3
    assert all(p.startswith("\u2067") and p.endswith("\u2069") for p in phrases)
