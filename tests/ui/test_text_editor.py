"""The text editor: keyboard and mouse selection become spans in code point offsets."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from pytestqt.qtbot import QtBot

from labeler.client.workitem import WorkItem
from labeler.core.editing import Change, Draft
from labeler.core.schema import parse_schema
from labeler.server.demo.news import SCHEMA
from labeler.ui.keymap import Keymap
from labeler.ui.text import TextEditor
from labeler.ui.text.view import SpanView

NEWS = parse_schema(SCHEMA)
TWO_FIELDS = parse_schema(
    {
        "title": "Two span fields",
        "media": "text",
        "fields": [
            *copy.deepcopy(SCHEMA["fields"][:1]),
            {"name": "cues", "kind": "spans", "labels": [{"value": "CUE", "hotkey": "c"}]},
        ],
    }
)
EMOJI_TEXT = "😀👍🏽 Imran visited Lahore"
URDU_TEXT = "عمران نے لاہور میں پاکستان کرکٹ بورڈ کے دفتر کا دورہ کیا۔"


def _item(text: str, **extra: object) -> WorkItem:
    return WorkItem("item-1", "batch-1", "news", 1, text=text, **extra)  # type: ignore[arg-type]


@pytest.fixture
def editor(qtbot: QtBot) -> TextEditor:
    widget = TextEditor()
    qtbot.addWidget(widget)
    widget.set_schema(NEWS)
    widget.resize(700, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture(params=["by the view", "by the actions"])
def selecting(request: pytest.FixtureRequest, editor: TextEditor) -> TextEditor:
    """The editor with its keys left to the view, or installed as the workbench does
    (then Shift+arrows are the editor's actions, listed in the cheat sheet)."""
    if request.param == "by the actions":
        keymap = Keymap(editor)
        keymap.set_actions(editor.key_actions())
        editor.setProperty("test_keymap", keymap)  # kept alive with the editor
    return editor


def _open(editor: TextEditor, text: str, answer: dict | None = None) -> Draft:
    draft = Draft(NEWS, answer)
    editor.show_item(_item(text), draft)
    editor.view.setFocus()
    return draft


def _press(
    qtbot: QtBot,
    editor: TextEditor,
    key: Qt.Key,
    times: int = 1,
    mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    for _ in range(times):
        qtbot.keyClick(editor.view, key, mods)


def _span(text: str, label: str, word: str) -> dict:
    start = text.index(word)
    return {"label": label, "start": start, "end": start + len(word)}


def test_shift_right_after_emoji_gives_code_point_offsets(
    qtbot: QtBot, selecting: TextEditor
) -> None:
    editor = selecting
    draft = _open(editor, EMOJI_TEXT)
    # One Right press crosses a whole character: 😀 (two UTF-16 units), then 👍🏽
    # (two code points, four units), then the space.
    _press(qtbot, editor, Qt.Key.Key_Right, 3)
    _press(qtbot, editor, Qt.Key.Key_Right, 5, Qt.KeyboardModifier.ShiftModifier)
    assert editor.view.textCursor().selectedText() == "Imran"
    with qtbot.waitSignal(editor.changed) as signal:
        assert editor.pick_label("entities", "PER")
    assert signal.args == [Change("entities")]
    assert draft.answer() == {"entities": [_span(EMOJI_TEXT, "PER", "Imran")]}
    assert EMOJI_TEXT[4:9] == "Imran"
    assert not editor.view.textCursor().hasSelection()


def test_ctrl_shift_right_word_without_its_space(qtbot: QtBot, selecting: TextEditor) -> None:
    editor = selecting
    draft = _open(editor, EMOJI_TEXT)
    _press(qtbot, editor, Qt.Key.Key_Right, 3)
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    _press(qtbot, editor, Qt.Key.Key_Right, 1, mods)
    assert editor.view.textCursor().selectedText() == "Imran "
    assert editor.pick_label("entities", "PER")
    assert draft.answer()["entities"] == [_span(EMOJI_TEXT, "PER", "Imran")]


def test_urdu_selection_by_keys_round_trips(qtbot: QtBot, selecting: TextEditor) -> None:
    editor = selecting
    draft = _open(editor, URDU_TEXT)
    assert editor.view.document().firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    # In a right-to-left paragraph Left moves forward in reading order.
    _press(qtbot, editor, Qt.Key.Key_Left, 9)
    _press(qtbot, editor, Qt.Key.Key_Left, 5, Qt.KeyboardModifier.ShiftModifier)
    assert editor.view.textCursor().selectedText() == "لاہور"
    assert editor.pick_label("entities", "LOC")
    # From the end, Shift+Right walks backwards in reading order: the last word.
    _press(qtbot, editor, Qt.Key.Key_End)
    _press(qtbot, editor, Qt.Key.Key_Right, 4, Qt.KeyboardModifier.ShiftModifier)
    assert editor.view.textCursor().selectedText() == "کیا۔"
    assert editor.pick_label("entities", "ORG")
    spans = draft.answer()["entities"]
    assert spans == [_span(URDU_TEXT, "LOC", "لاہور"), _span(URDU_TEXT, "ORG", "کیا۔")]
    assert [URDU_TEXT[s["start"] : s["end"]] for s in spans] == ["لاہور", "کیا۔"]


def test_urdu_with_emoji_offsets(qtbot: QtBot, editor: TextEditor) -> None:
    text = "🏏 عمران 🇵🇰 نے لاہور میں"
    draft = _open(editor, text)
    editor.view.select_units(*_units(text, "لاہور"))
    assert editor.pick_label("entities", "LOC")
    assert draft.answer()["entities"] == [_span(text, "LOC", "لاہور")]


def _units(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    before = len(text[:start].encode("utf-16-le")) // 2
    return before, before + len(word.encode("utf-16-le")) // 2


def test_mouse_drag_selects_a_span(qtbot: QtBot, editor: TextEditor) -> None:
    draft = _open(editor, EMOJI_TEXT)
    start, end = _units(EMOJI_TEXT, "Lahore")
    view = editor.view
    left = _caret_point(view, start)
    right = _caret_point(view, end)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=left)
    qtbot.mouseMove(view.viewport(), right)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=right)
    assert view.textCursor().selectedText() == "Lahore"
    assert editor.pick_label("entities", "LOC")
    assert draft.answer()["entities"] == [_span(EMOJI_TEXT, "LOC", "Lahore")]


def test_mouse_double_click_selects_an_urdu_word(qtbot: QtBot, editor: TextEditor) -> None:
    draft = _open(editor, URDU_TEXT)
    start, end = _units(URDU_TEXT, "لاہور")
    rect = editor.view.unit_rects(start, end)[0]
    qtbot.mouseDClick(
        editor.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint()
    )
    assert editor.view.textCursor().selectedText().strip() == "لاہور"
    assert editor.pick_label("entities", "LOC")
    assert draft.answer()["entities"] == [_span(URDU_TEXT, "LOC", "لاہور")]


def _caret_point(view: SpanView, unit: int) -> QPoint:
    cursor = QTextCursor(view.document())
    cursor.setPosition(unit)
    return view.cursorRect(cursor).center()


def test_relabel_the_span_under_the_caret(qtbot: QtBot, editor: TextEditor) -> None:
    draft = _open(editor, EMOJI_TEXT, {"entities": [_span(EMOJI_TEXT, "PER", "Lahore")]})
    start, _ = _units(EMOJI_TEXT, "Lahore")
    editor.view.select_units(start + 2, start + 2)
    with qtbot.waitSignal(editor.changed) as signal:
        assert editor.pick_label("entities", "LOC")
    assert signal.args == [Change("entities", 0)]
    assert draft.answer()["entities"] == [_span(EMOJI_TEXT, "LOC", "Lahore")]
    # The same range selected again relabels too, rather than adding a duplicate.
    editor.view.select_units(*_units(EMOJI_TEXT, "Lahore"))
    assert editor.pick_label("entities", "ORG")
    assert draft.answer()["entities"] == [_span(EMOJI_TEXT, "ORG", "Lahore")]
    # No selection and no span under the caret: not handled.
    editor.view.select_units(0, 0)
    assert not editor.pick_label("entities", "PER")
    assert not editor.pick_label("sentiment", "positive")


def test_delete_and_tab_by_keys(qtbot: QtBot, editor: TextEditor) -> None:
    spans = [_span(EMOJI_TEXT, "PER", "Imran"), _span(EMOJI_TEXT, "LOC", "Lahore")]
    draft = _open(editor, EMOJI_TEXT, {"entities": spans})
    _press(qtbot, editor, Qt.Key.Key_Tab)
    assert editor.view.textCursor().selectedText() == "Imran"
    _press(qtbot, editor, Qt.Key.Key_Tab)
    assert editor.view.textCursor().selectedText() == "Lahore"
    _press(qtbot, editor, Qt.Key.Key_Tab)  # wraps around
    assert editor.view.textCursor().selectedText() == "Imran"
    _press(qtbot, editor, Qt.Key.Key_Backtab, 1, Qt.KeyboardModifier.ShiftModifier)
    assert editor.view.textCursor().selectedText() == "Lahore"
    assert editor.view.hasFocus()  # Tab did not move focus away
    with qtbot.waitSignal(editor.changed):
        _press(qtbot, editor, Qt.Key.Key_Delete)
    assert draft.answer()["entities"] == [spans[0]]
    assert not editor.delete_span()  # the caret is on no span now
    assert {a.id for a in editor.key_actions()} >= {
        "text.delete_span",
        "text.next_span",
        "text.previous_span",
    }


def test_overlapping_spans_lanes_and_caret(qtbot: QtBot, editor: TextEditor) -> None:
    outer = _span(URDU_TEXT, "ORG", "پاکستان کرکٹ بورڈ")
    inner = _span(URDU_TEXT, "LOC", "پاکستان")
    draft = _open(editor, URDU_TEXT, {"entities": [outer, inner]})
    lanes = {s.label: s.lane for s in editor.spans()}
    assert lanes == {"ORG": 0, "LOC": 1}
    editor.view.select_units(inner["start"] + 1, inner["start"] + 1)
    assert editor.delete_span()
    assert draft.answer()["entities"] == [outer]
    # Both drawn, side by side in right-to-left order: the ORG span's pieces
    # cover the LOC span's.
    draft.undo()
    editor.refresh(Change("entities"))
    org = editor.view.unit_rects(*_units(URDU_TEXT, "پاکستان کرکٹ بورڈ"))
    loc = editor.view.unit_rects(*_units(URDU_TEXT, "پاکستان"))
    assert org and loc
    assert org[0].left() <= loc[0].left() and loc[0].right() <= org[0].right() + 0.5
    editor.view.grab()  # paints without error


def test_undo_then_refresh_redraws(qtbot: QtBot, editor: TextEditor) -> None:
    draft = _open(editor, EMOJI_TEXT)
    editor.view.select_units(*_units(EMOJI_TEXT, "Imran"))
    editor.pick_label("entities", "PER")
    assert len(editor.spans()) == 1
    change = draft.undo()
    assert change is not None
    editor.refresh(change)
    assert editor.spans() == [] and draft.answer() == {}
    editor.refresh(draft.redo())  # type: ignore[arg-type]
    assert [s.label for s in editor.spans()] == ["PER"]


def test_gold_overlay_and_clear(qtbot: QtBot, editor: TextEditor) -> None:
    _open(editor, URDU_TEXT, {"entities": [_span(URDU_TEXT, "PER", "عمران")]})
    gold = {"entities": [_span(URDU_TEXT, "LOC", "لاہور")], "sentiment": "neutral"}
    editor.show_expected(gold)
    assert [(s.label, s.start) for s in editor.view._expected] == [
        ("LOC", URDU_TEXT.index("لاہور"))
    ]
    rect = editor.view.unit_rects(*_units(URDU_TEXT, "لاہور"))[0]
    assert "expected LOC" in editor.describe_at(_units(URDU_TEXT, "لاہور")[0])
    assert rect.width() > 0
    editor.view.grab()
    editor.show_expected(None)
    assert editor.expected_spans() == []


def test_data_panel_and_hostile_prefill(qtbot: QtBot, editor: TextEditor) -> None:
    draft = Draft(
        NEWS,
        {
            "entities": [
                {"label": "PER", "start": 0, "end": 999},
                {"label": "PER", "start": "x", "end": 2},
                _span(EMOJI_TEXT, "LOC", "Lahore"),
            ]
        },
    )
    data = {"source": "Dawn", "شہر": "لاہور", "html": "<b>not bold</b>", "n": [1, 2]}
    editor.show_item(_item(EMOJI_TEXT, data=data), draft)
    assert [s.label for s in editor.spans()] == ["LOC"]
    shown = editor.data_panel.text()
    assert editor.data_panel.isVisible() and "Dawn" in shown and "لاہور" in shown
    assert "&lt;b&gt;not bold&lt;/b&gt;" in shown and "[1, 2]" in shown
    height = editor.data_panel.height()
    editor.show_item(_item(EMOJI_TEXT), Draft(NEWS))
    assert editor.spans() == []
    # An item without data: the panel keeps its room and says so (the text stays put).
    assert editor.data_panel.isVisible() and "No data for this item" in editor.data_panel.text()
    qtbot.waitUntil(lambda: editor.data_panel.height() == height)
    editor.set_schema(NEWS)  # another project: no room until its items need some
    editor.show_item(_item(EMOJI_TEXT), Draft(NEWS))
    assert not editor.data_panel.isVisible()


def test_spans_of_two_fields(qtbot: QtBot) -> None:
    editor = TextEditor()
    qtbot.addWidget(editor)
    editor.set_schema(TWO_FIELDS)
    draft = Draft(TWO_FIELDS)
    editor.show_item(_item(EMOJI_TEXT), draft)
    editor.view.select_units(*_units(EMOJI_TEXT, "Imran"))
    assert editor.pick_label("cues", "CUE")
    editor.view.select_units(*_units(EMOJI_TEXT, "Imran"))
    assert editor.pick_label("entities", "PER")
    assert draft.answer() == {
        "cues": [_span(EMOJI_TEXT, "CUE", "Imran")],
        "entities": [_span(EMOJI_TEXT, "PER", "Imran")],
    }
    assert sorted(s.lane for s in editor.spans()) == [0, 1]


def test_span_edge_keys_are_actions_with_their_steps_and_rebind(
    qtbot: QtBot, editor: TextEditor
) -> None:
    titles = {a.id: (a.title, a.keys) for a in editor.key_actions()}
    assert titles["text.extend_right"] == (
        "Extend the selection 1 character right",
        ("Shift+Right",),
    )
    assert titles["text.extend_word_right"] == (
        "Extend the selection 1 word right",
        ("Ctrl+Shift+Right",),
    )
    keymap = Keymap(editor, {"text.extend_right": ["Alt+Right"]})
    keymap.set_actions(editor.key_actions())
    _open(editor, EMOJI_TEXT)
    _press(qtbot, editor, Qt.Key.Key_Right, 3)
    _press(qtbot, editor, Qt.Key.Key_Right, 2, Qt.KeyboardModifier.AltModifier)
    assert editor.view.textCursor().selectedText() == "Im"


def test_window_label_shortcut_fires_in_the_text(qtbot: QtBot, editor: TextEditor) -> None:
    draft = _open(editor, EMOJI_TEXT)
    shortcut = QShortcut(QKeySequence("p"), editor)
    shortcut.activated.connect(lambda: editor.pick_label("entities", "PER"))
    editor.view.select_units(*_units(EMOJI_TEXT, "Imran"))
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(editor.view, Qt.Key.Key_P)
    assert draft.answer()["entities"] == [_span(EMOJI_TEXT, "PER", "Imran")]


def test_line_breaks_keep_offsets(qtbot: QtBot, editor: TextEditor) -> None:
    text = "one\r\ntwo\tلاہور\n😀 three\u2028four"
    draft = _open(editor, text)
    assert editor.view.document().characterCount() - 1 == len(text.encode("utf-16-le")) // 2
    for word, label in (("لاہور", "LOC"), ("three", "PER"), ("four", "ORG")):
        editor.view.select_units(*_units(text, word))
        assert editor.pick_label("entities", label)
    assert [text[s["start"] : s["end"]] for s in draft.answer()["entities"]] == [
        "لاہور",
        "three",
        "four",
    ]


def test_long_urdu_and_emoji_texts_show_one_after_another(qtbot: QtBot, editor: TextEditor) -> None:
    # How long this takes is measured by benchmarks/gui_switch.py and text_urdu.py.
    texts = [(URDU_TEXT + " Imran 😀 visited Lahore.\n") * 40, EMOJI_TEXT * 100]
    assert len(texts[0]) > 3000
    spans = {"entities": [_span(texts[0], "LOC", "لاہور")]}
    for i in range(4):
        editor.show_item(_item(texts[i % 2]), Draft(NEWS, spans if i % 2 == 0 else None))
        editor.view.viewport().repaint()
        assert editor.view.toPlainText() == texts[i % 2]
        assert len(editor.view._spans) == (1 if i % 2 == 0 else 0)


def test_a_span_across_a_line_wrap_covers_only_its_own_text(
    qtbot: QtBot, editor: TextEditor
) -> None:
    text = " ".join([URDU_TEXT] * 4)
    _open(editor, text)
    editor.resize(420, 400)
    qtbot.waitUntil(lambda: editor.view.document().firstBlock().layout().lineCount() > 2)
    layout = editor.view.document().firstBlock().layout()
    first_line_end = layout.lineAt(0).textLength()
    start = text.index("پاکستان")  # on the first line, not at its start
    assert 0 < start < first_line_end
    end = first_line_end + 5  # into the second line
    pieces = editor.view.unit_rects(start, end)
    assert len(pieces) == 2
    first_word = editor.view.unit_rects(0, len("عمران"))[0]
    # Right to left: the span's piece on line one lies left of the paragraph's first word.
    assert pieces[0].right() <= first_word.left() + 0.5
    assert pieces[1].top() > pieces[0].top()
