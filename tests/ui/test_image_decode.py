"""Decoding: prepare() downscales off the GUI thread, bad files become a message,
sharper pictures arrive as the annotator zooms in."""

from __future__ import annotations

import threading

from PIL import Image
from PySide6.QtCore import QRectF

from labeler.core.editing import Draft
from labeler.ui.image import ImageEditor, PreparedImage, UnreadableImage
from labeler.ui.image.decode import DecodeJobs, prepare_image
from labeler.ui.image.loader import DISPLAY, ORIGINAL, SCREEN
from labeler.ui.tasks import DECODE_WORKERS, on_decode_pool
from tests.ui.test_image_support import DISPLAY as DISPLAY_SIZE
from tests.ui.test_image_support import ORIGINAL as ORIGINAL_SIZE
from tests.ui.test_image_support import (
    make_item,
    open_editor,
    schema,
    write_image,
)


def test_prepare_downscales_a_24_megapixel_jpeg(tmp_path):
    path = write_image(tmp_path / "big.jpg", (6000, 4000), quality=85)
    prepared = prepare_image(path, (1366, 768))
    assert isinstance(prepared, PreparedImage)
    assert prepared.source_size == (6000, 4000)
    assert (prepared.image.width(), prepared.image.height()) == (1152, 768)
    assert not prepared.full
    # The red rectangle of write_image sits at (1/8..1/2, 1/4..1/2) of the picture.
    assert prepared.image.pixelColor(400, 280).red() > 150
    assert prepared.image.pixelColor(400, 280).green() < 100


def test_prepared_image_owns_its_pixels(tmp_path):
    path = write_image(tmp_path / "a.jpg", (640, 480))
    prepared = prepare_image(path, (320, 240))
    import gc

    gc.collect()
    copy = prepared.image.copy()  # would read freed memory if the bytes were borrowed
    assert copy.pixelColor(100, 90) == prepared.image.pixelColor(100, 90)


def test_prepare_applies_the_exif_orientation(tmp_path):
    path = tmp_path / "turned.jpg"
    picture = Image.new("RGB", (600, 400), (0, 0, 255))
    picture.paste((255, 0, 0), (0, 0, 100, 100))  # red in the stored top-left corner
    exif = Image.Exif()
    exif[0x0112] = 6  # stored turned: show it rotated 90° clockwise
    picture.save(path, "JPEG", exif=exif, quality=95)
    prepared = prepare_image(path, (2000, 2000))
    assert isinstance(prepared, PreparedImage)
    assert prepared.source_size == (400, 600)
    assert (prepared.image.width(), prepared.image.height()) == (400, 600)
    assert prepared.image.pixelColor(380, 20).red() > 200  # now top-right
    assert prepared.image.pixelColor(20, 20).blue() > 200


def test_prepare_reads_other_formats_and_modes(tmp_path):
    for mode, name in (("P", "p.png"), ("RGBA", "rgba.png"), ("L", "l.webp"), ("I;16", "i.png")):
        path = tmp_path / name
        Image.new(mode, (300, 200)).save(path)
        prepared = prepare_image(path, (150, 150))
        assert isinstance(prepared, PreparedImage), (mode, prepared)
        assert (prepared.image.width(), prepared.image.height()) == (150, 100)


def test_bad_files_become_a_reason_never_an_exception(tmp_path):
    corrupt = tmp_path / "corrupt.jpg"
    corrupt.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg" * 10)
    truncated = tmp_path / "truncated.jpg"
    whole = write_image(tmp_path / "whole.jpg", (800, 600)).read_bytes()
    truncated.write_bytes(whole[: len(whole) // 3])
    for path in (corrupt, truncated, tmp_path / "missing.jpg", None):
        result = prepare_image(path, (1366, 768))
        assert isinstance(result, UnreadableImage), path
        assert result.message.startswith("This image could not be read: ")


def test_the_editor_shows_a_clear_message_for_a_corrupt_file(qtbot, tmp_path):
    corrupt = tmp_path / "corrupt.jpg"
    corrupt.write_bytes(b"garbage" * 100)
    item = make_item(tmp_path, display=corrupt)
    editor, _ = open_editor(qtbot, tmp_path, item=item)
    assert editor._message.isVisible() and not editor.canvas.isVisible()
    assert editor._message.text().startswith("This image could not be read: ")
    # Not prepared in advance: the editor decodes it itself and says the same.
    other = make_item(tmp_path, item_id="item-2", display=corrupt)
    editor.show_item(make_item(tmp_path, item_id="item-3"), Draft(schema()), None)
    qtbot.waitUntil(lambda: editor.canvas.isVisible())
    editor.show_item(other, Draft(schema()), None)
    qtbot.waitUntil(lambda: editor._message.isVisible())
    assert "could not be read" in editor._message.text()


def test_an_item_shown_unprepared_is_decoded_off_the_gui_thread(qtbot, tmp_path, monkeypatch):
    threads = []
    real = prepare_image

    def spy(path, fit):
        threads.append(threading.current_thread())
        return real(path, fit)

    monkeypatch.setattr("labeler.ui.image.loader.prepare_image", spy)
    editor, _ = open_editor(qtbot, tmp_path)
    editor.show_item(make_item(tmp_path, item_id="item-2"), Draft(schema()), None)
    assert editor.canvas.image_item.image().isNull()  # nothing decoded on this thread
    qtbot.waitUntil(lambda: not editor.canvas.image_item.image().isNull())
    assert threads and threading.main_thread() not in threads


def test_a_late_decode_for_an_earlier_item_is_dropped(qtbot, tmp_path):
    editor, _ = open_editor(qtbot, tmp_path)
    slow = write_image(tmp_path / "slow.jpg", (640, 480))
    editor.show_item(make_item(tmp_path, item_id="slow", display=slow), Draft(schema()), None)
    item = make_item(tmp_path, item_id="now")
    prepared = ImageEditor.prepare(item, (1366, 768))
    editor.show_item(item, Draft(schema()), prepared)
    DecodeJobs.wait()
    qtbot.wait(20)  # let a queued result, if any, arrive
    assert editor.canvas.image_item.image().width() == DISPLAY_SIZE[0]


def test_zooming_past_the_display_variant_asks_for_the_original(qtbot, tmp_path):
    editor, _ = open_editor(
        qtbot, tmp_path, {"objects": [{"label": "car", "x": 1, "y": 2, "w": 3, "h": 4}]}
    )
    assert editor.loader.level == DISPLAY  # 800 px fits the screen: the whole variant
    editor.canvas.zoom_to(0.45)  # still within the display variant's 800 px
    with qtbot.waitSignal(editor.original_wanted) as signal:
        editor.canvas.zoom_to(1.5)
    assert signal.args == ["item-1"]
    original = write_image(tmp_path / "original.jpg", ORIGINAL_SIZE)
    editor.set_original(original, item_id="someone-else")  # a late download: ignored
    editor.set_original(original)
    qtbot.waitUntil(lambda: editor.loader.level == ORIGINAL)
    assert editor.canvas.image_item.image().width() == ORIGINAL_SIZE[0]
    assert editor.canvas.sceneRect() == QRectF(0, 0, *ORIGINAL_SIZE)
    assert editor.layer.item(("objects", 0)).region["w"] == 3


def test_an_original_already_on_disk_is_decoded_without_asking(qtbot, tmp_path):
    original = write_image(tmp_path / "original.jpg", ORIGINAL_SIZE)
    editor, _ = open_editor(qtbot, tmp_path, item=make_item(tmp_path, original=original))
    asked = []
    editor.original_wanted.connect(asked.append)
    editor.canvas.zoom_to(2.0)
    qtbot.waitUntil(lambda: editor.loader.level == ORIGINAL)
    assert asked == []


def test_a_screen_sized_picture_gives_way_to_the_whole_display_variant(qtbot, tmp_path):
    editor, _ = open_editor(qtbot, tmp_path)
    item = make_item(tmp_path, item_id="item-2")
    editor.show_item(item, Draft(schema()), ImageEditor.prepare(item, (400, 300)))
    assert editor.loader.level == SCREEN
    editor.canvas.zoom_to(0.4)
    qtbot.waitUntil(lambda: editor.loader.level >= DISPLAY)
    assert editor.canvas.image_item.image().width() == DISPLAY_SIZE[0]


def test_no_original_is_asked_for_when_the_display_variant_is_the_original(qtbot, tmp_path):
    item = make_item(tmp_path, size=DISPLAY_SIZE)
    editor, _ = open_editor(qtbot, tmp_path, item=item)
    asked = []
    editor.original_wanted.connect(asked.append)
    editor.canvas.zoom_to(8.0)
    assert asked == []


def test_an_item_without_known_size_takes_the_decoded_size(qtbot, tmp_path):
    editor, _ = open_editor(qtbot, tmp_path)
    item = make_item(tmp_path, item_id="item-2", size=None)
    editor.show_item(item, Draft(schema()), None)
    qtbot.waitUntil(lambda: editor.loader.level >= 0)
    assert editor.canvas.sceneRect() == QRectF(0, 0, *DISPLAY_SIZE)


def test_decodes_for_items_already_left_are_skipped(qtbot, tmp_path, monkeypatch):
    gate, calls = threading.Event(), []

    def slow(path, fit):
        calls.append(path)
        gate.wait(10)
        return prepare_image(path, fit)

    monkeypatch.setattr("labeler.ui.image.loader.prepare_image", slow)
    editor, _ = open_editor(qtbot, tmp_path)
    for _ in range(DECODE_WORKERS - 1):  # every other decoding thread is busy too
        on_decode_pool(lambda: gate.wait(10))
    first, second = (make_item(tmp_path, item_id=name) for name in ("first", "second"))
    editor.show_item(first, Draft(schema()), None)
    qtbot.waitUntil(lambda: len(calls) == 1)  # the last worker is busy with the first
    editor.show_item(second, Draft(schema()), None)
    third = make_item(tmp_path, item_id="third")
    editor.show_item(third, Draft(schema()), ImageEditor.prepare(third, (1366, 768)))
    gate.set()
    assert DecodeJobs.wait()
    assert calls == [first.display_path]


def test_the_picture_box_covers_a_window_wider_than_its_screen(qtbot, tmp_path, monkeypatch):
    # The offscreen screen is 800 x 800; this window is wider. A picture prepared for the
    # screen alone would be magnified at fit, and every item would decode a second time.
    from labeler.ui.editor import picture_box

    big = write_image(tmp_path / "big.jpg", (4000, 3000))
    item = make_item(tmp_path, display=big)
    editor, _ = open_editor(qtbot, tmp_path, size=(1366, 768))
    screen = editor.screen().size()
    box = picture_box(editor)
    assert box[0] >= max(1366, screen.width()) and box[1] >= max(768, screen.height())
    decodes = []
    real = prepare_image
    monkeypatch.setattr(
        "labeler.ui.image.loader.prepare_image",
        lambda path, fit: decodes.append(fit) or real(path, fit),
    )
    editor.show_item(item, Draft(schema()), ImageEditor.prepare(item, box))
    DecodeJobs.wait()
    qtbot.wait(20)
    assert decodes == []  # the prepared picture is sharp enough at fit
    assert editor.loader.level == SCREEN
