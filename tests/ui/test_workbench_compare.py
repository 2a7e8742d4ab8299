"""Comparison items in the real window, by keyboard: the candidates side by side (two) or
in a list (more), a conversation, a record beside its picture, a record pair; the
fields' keys and Enter give the answers sent, and Markdown loads nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from labeler.client.workitem import MediaInfo, WorkItem
from labeler.ui.fields.criteria import CriteriaGroup
from labeler.ui.fields.ranking import RankingGroup
from labeler.ui.fields.record import RecordGroup
from labeler.ui.text.editor import TextEditor
from tests.ui.labeling import open_labeling, picture

PAIRWISE = {
    "title": "Which answer is better",
    "media": "text",
    "fields": [
        {"name": "better", "kind": "pairwise"},
        {"name": "why", "kind": "rationale", "required": "when_close", "min_length": 5},
    ],
}
RANKING = {
    "title": "Search results",
    "media": "text",
    "fields": [
        {"name": "order", "kind": "ranking"},
        {"name": "relevance", "kind": "criteria", "rows": "candidates", "min": 1, "max": 3},
        {"name": "problems", "kind": "flags", "labels": [{"value": "spam", "hotkey": "s"}]},
    ],
}
RECORD = {
    "title": "Shop signs",
    "media": "image",
    "fields": [{"name": "shop", "kind": "record", "keys": [{"value": "name"}, {"value": "city"}]}],
}
MATCH = {
    "title": "Same shop?",
    "media": "text",
    "fields": [
        {
            "name": "same",
            "kind": "choice",
            "labels": [{"value": "same"}, {"value": "different"}, {"value": "not sure"}],
        }
    ],
}
UNSAFE = (
    "Look: <img src=http://203.0.113.9/a.png> and ![a cat](http://203.0.113.9/cat.png)"
    " and [a link](http://203.0.113.9/page)\n\n```python\nprint('code')\n```\n"
)


def _items(datas: list[dict[str, Any]], text: str = "Which answer is better?") -> list[WorkItem]:
    return [
        WorkItem(f"item-{n}", "b1", "p1", 1, text=text, data=data) for n, data in enumerate(datas)
    ]


def _two(a: str, b: str) -> dict[str, Any]:
    return {"candidates": [{"key": "A", "text": a}, {"key": "B", "text": b}]}


def _editor(session: Any) -> TextEditor:
    editor = session.editor
    assert isinstance(editor, TextEditor)
    return editor


def _key(
    qtbot: QtBot, key: Any, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def _submit(qtbot: QtBot, session: Any, workspace: Any) -> dict[str, Any]:
    sent = len(workspace.sent)
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(workspace.sent) > sent and session.settled)
    answer = workspace.sent[-1].answer
    assert isinstance(answer, dict)
    return answer


def test_pairwise_by_the_windows_keys_and_enter(qtbot: QtBot, tmp_path: Path) -> None:
    items = _items([_two("Lahore.", "Karachi."), _two("Yes", "No"), _two("1", "2")])
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=PAIRWISE, items=items
    )
    view = _editor(session).item_view
    assert view.comparison.side_by_side
    a, b = view.comparison.cards["A"], view.comparison.cards["B"]
    assert a.badge.text() == "A" and a.geometry().center().x() < b.geometry().center().x()
    _key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # B, much better
    assert _submit(qtbot, session, workspace) == {"better": {"winner": "B", "strength": 2}}
    _key(qtbot, Qt.Key.Key_Left)  # A: close, so the rationale is required
    _key(qtbot, Qt.Key.Key_Return)
    assert session.page.problems.isVisible() and len(workspace.sent) == 1
    why = session.page.form.group("why")
    why.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is why.box)
    qtbot.keyClicks(why.box, "Shorter")
    qtbot.keyClick(why.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(workspace.sent) == 2 and session.settled)
    assert workspace.sent[-1].answer == {"better": {"winner": "A", "strength": 1}, "why": "Shorter"}
    _key(qtbot, Qt.Key.Key_Left)
    _key(qtbot, Qt.Key.Key_T)
    assert session.draft.value("better") == {"winner": "tie"}
    _key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the tie
    assert session.draft.value("better") == {"winner": "A", "strength": 1}


def test_ranking_criteria_and_flags_of_a_list_by_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    data = {
        "candidates": [
            {
                "title": "Punjab - Wikipedia",
                "url": "https://en.wikipedia.org/wiki/Punjab",
                "text": "A region.",
            },
            {"title": "Cheap flights", "url": "https://spam.example/", "text": "Buy now!"},
            {"title": "Punjab Government", "url": "https://punjab.gov.pk/", "text": "Official."},
        ]
    }
    items = _items([data, data], text="punjab")
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=RANKING, items=items
    )
    form = session.page.form
    comparison = _editor(session).item_view.comparison
    assert not comparison.side_by_side and comparison.scroll is not None
    ranking = form.group("order")
    assert isinstance(ranking, RankingGroup)
    qtbot.waitUntil(ranking.hasFocus)  # the first field that takes keys has them
    # 1 on A, ↓, 3 on B, ↓ (Enter before the last), 2 on C: the rows never move, so
    # each digit places the candidate it is pressed on (B took C's 2 when they did).
    _key(qtbot, Qt.Key.Key_1)
    _key(qtbot, Qt.Key.Key_Down)  # B
    assert comparison.current == "B"
    _key(qtbot, Qt.Key.Key_3)  # B last
    assert ranking.focused == "B" and comparison.current == "B"
    _key(qtbot, Qt.Key.Key_Down)  # C
    assert comparison.current == "C"
    assert session.draft.value("order") == {"A": 1, "B": 2}  # C is not placed
    _key(qtbot, Qt.Key.Key_Return)
    assert session.page.problems.isVisible()
    assert "Place C in the ranking (order)" in session.page.problems.text()
    assert workspace.sent == []
    _key(qtbot, Qt.Key.Key_2)  # C between them
    assert session.draft.value("order") == {"A": 1, "C": 2, "B": 3}
    criteria = form.group("relevance")
    assert isinstance(criteria, CriteriaGroup)
    criteria.setFocus()
    qtbot.waitUntil(criteria.hasFocus)
    for key in (Qt.Key.Key_3, Qt.Key.Key_Tab, Qt.Key.Key_1, Qt.Key.Key_Tab, Qt.Key.Key_3):
        _key(qtbot, key)
    _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # the flags: on A
    _key(qtbot, Qt.Key.Key_PageDown)  # PgDn as ↓, as the hint above the list says
    assert comparison.current == "B"
    _key(qtbot, Qt.Key.Key_S)
    assert comparison.current == "B"
    assert _submit(qtbot, session, workspace) == {
        "order": {"A": 1, "C": 2, "B": 3},
        "relevance": {"A": 3, "B": 1, "C": 3},
        "problems": {"B": ["spam"]},
    }


def test_a_refused_ranking_takes_the_keyboard_to_the_first_candidate_it_names(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """PgDn/PgUp move between a ranking's rows as the hint above the list names them
    (they did nothing), and a refused submit puts the row on the first candidate it
    names, so the next digit places that one (the row stayed where Enter was pressed)."""
    data = {"candidates": [{"text": "One."}, {"text": "Two."}, {"text": "Three."}]}
    schema = {**RANKING, "fields": RANKING["fields"][:1]}
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=schema, items=_items([data, data], text="q")
    )
    comparison = _editor(session).item_view.comparison
    ranking = session.page.form.group("order")
    assert isinstance(ranking, RankingGroup)
    qtbot.waitUntil(ranking.hasFocus)
    _key(qtbot, Qt.Key.Key_1)
    _key(qtbot, Qt.Key.Key_PageDown)
    assert ranking.focused == "B" and comparison.current == "B"
    _key(qtbot, Qt.Key.Key_2)
    _key(qtbot, Qt.Key.Key_PageUp)
    assert ranking.focused == "A" and comparison.current == "A"
    _key(qtbot, Qt.Key.Key_Return)
    assert workspace.sent == []
    assert "Place C in the ranking (order)" in session.page.problems.text()
    qtbot.waitUntil(ranking.hasFocus)
    assert ranking.focused == "C" and comparison.current == "C"
    _key(qtbot, Qt.Key.Key_3)
    assert _submit(qtbot, session, workspace)["order"] == {"A": 1, "B": 2, "C": 3}


def test_two_long_candidates_show_side_by_side(qtbot: QtBot, tmp_path: Path) -> None:
    words = " ".join(f"word{i}" for i in range(2000))
    long = "\n\n".join(words[i : i + 600] for i in range(0, len(words), 600))
    items = _items([_two(long, "یہ ایک طویل جواب ہے۔ " * 400)])
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=PAIRWISE, items=items
    )
    cards = _editor(session).item_view.comparison.cards
    a, b = cards["A"], cards["B"]
    assert a.isVisible() and b.isVisible()
    assert a.text is not None and "word1999" in a.text.toPlainText()
    assert a.width() > 300 and b.width() > 300  # two columns at 1366×768
    assert a.text.verticalScrollBar().maximum() > 0  # each scrolls its own text


def test_markdown_loads_nothing_and_shows_images_and_links_as_text(
    qtbot: QtBot, tmp_path: Path
) -> None:
    data = {
        "conversation": [
            {"role": "user", "text": UNSAFE},
            {"role": "assistant", "text": "**Sure**"},
        ],
        **_two(UNSAFE, "ok"),
    }
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=PAIRWISE, items=_items([data])
    )
    view = _editor(session).item_view
    window.grab()  # everything painted once
    card = view.comparison.cards["A"].text
    assert card is not None
    for doc in (card.safe, view.conversation.safe):
        text = doc.toPlainText()
        assert "<img src=http://203.0.113.9/a.png>" in text  # HTML is text
        assert "[\u2068image\u2069: a cat http://203.0.113.9/cat.png]" in text
        assert "a link (http://203.0.113.9/page)" in text
        assert doc.asked == []  # no resource was ever asked for
        assert "<img" not in doc.toHtml().replace("&lt;img", "")
    assert view.conversation.toPlainText().startswith("user")


def test_code_blocks_are_monospace(qtbot: QtBot) -> None:
    from labeler.ui.itemdata.markdown import markdown_document

    doc = markdown_document("Run:\n\n```\nls -l\n```\n", 11)
    block = doc.findBlockByNumber(1)
    assert block.text() == "ls -l"
    assert block.begin().fragment().charFormat().font().fixedPitch() or (
        "mono" in block.begin().fragment().charFormat().font().family().lower()
    )


def test_a_record_beside_its_picture_confirmed_and_corrected(qtbot: QtBot, tmp_path: Path) -> None:
    path = picture(tmp_path / "sign.png", 800, 600, 1)
    info = MediaInfo("0" * 64, "image/png", path.stat().st_size, "", 800, 600)
    record = {"name": "Ali Traders", "city": "Multan", "phone": None}
    items = [
        WorkItem(f"item-{n}", "b1", "p1", 1, media=info, display_path=path, data={"record": record})
        for n in range(2)
    ]
    window, session, workspace = open_labeling(
        qtbot, "image", tmp_path, schema_json=RECORD, items=items
    )
    view = session.editor.item_view
    assert view.record.isVisible() and "Ali Traders" in view.record.text()
    assert view.geometry().left() > session.editor.canvas.geometry().left()
    group = session.page.form.group("shop")
    assert isinstance(group, RecordGroup)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["name"])
    assert group.marks["name"].text() == group.marks["city"].text() == "to check"
    qtbot.keyClick(group.boxes["name"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert workspace.sent == []  # nothing checked yet: both keys named
    assert "Confirm or correct name and city (shop)" in session.page.problems.text()
    _key(qtbot, Qt.Key.Key_Return)  # the name as shown
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["city"])
    group.boxes["city"].selectAll()
    qtbot.keyClicks(group.boxes["city"], "Lahore")
    qtbot.keyClick(group.boxes["city"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(workspace.sent) == 1 and session.settled)
    assert workspace.sent[0].answer == {"shop": {"name": "Ali Traders", "city": "Lahore"}}

    # Brought back to correct it (Ctrl+PgUp): the keys as they were sent, each checked
    # (they came back 'to check', and the correction went without them).
    _key(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.back.active)
    group = session.page.form.group("shop")
    assert isinstance(group, RecordGroup)
    assert group.boxes["city"].text() == "Lahore"
    assert "to check" not in (group.marks["name"].text(), group.marks["city"].text())


def test_typing_on_any_key_of_a_record_replaces_the_value_shown(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Typing corrects a key: on the first key as the item opens (the next item's too),
    as on a key Enter moved to, the value shown is replaced, never appended to."""
    path = picture(tmp_path / "sign.png", 800, 600, 1)
    info = MediaInfo("0" * 64, "image/png", path.stat().st_size, "", 800, 600)
    records = [{"name": "Fresh Fruits Corner", "city": "Multan"}, {"name": "Ali", "city": "Ko"}]
    items = [
        WorkItem(f"item-{n}", "b1", "p1", 1, media=info, display_path=path, data={"record": r})
        for n, r in enumerate(records)
    ]
    window, session, workspace = open_labeling(
        qtbot, "image", tmp_path, schema_json=RECORD, items=items
    )
    group = session.page.form.group("shop")
    assert isinstance(group, RecordGroup)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["name"])
    qtbot.keyClicks(group.boxes["name"], "Fresh Fruit Corner")
    assert group.boxes["name"].text() == "Fresh Fruit Corner"
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["city"])
    qtbot.keyClicks(group.boxes["city"], "Lahore")
    qtbot.keyClick(group.boxes["city"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(workspace.sent) == 1 and session.settled)
    assert workspace.sent[0].answer == {"shop": {"name": "Fresh Fruit Corner", "city": "Lahore"}}
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["name"])
    assert group.boxes["name"].text() == "Ali"
    qtbot.keyClicks(group.boxes["name"], "Ali Traders")
    assert group.boxes["name"].text() == "Ali Traders"


def test_a_refused_submit_takes_the_keyboard_to_the_first_key_it_names(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Trial 17c F4: after a refused Ctrl+Return the keyboard stayed on the last key, and
    two Shift+Tabs were needed to reach the key the refusal named; it goes there."""
    path = picture(tmp_path / "sign.png", 800, 600, 1)
    info = MediaInfo("0" * 64, "image/png", path.stat().st_size, "", 800, 600)
    record = {"name": "Ali Traders", "city": "Multan"}
    items = [
        WorkItem(f"item-{n}", "b1", "p1", 1, media=info, display_path=path, data={"record": record})
        for n in range(2)
    ]
    window, session, workspace = open_labeling(
        qtbot, "image", tmp_path, schema_json=RECORD, items=items
    )
    group = session.page.form.group("shop")
    assert isinstance(group, RecordGroup)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["name"])
    _key(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["city"])
    _key(qtbot, Qt.Key.Key_Return)  # the city as shown; the name is left to check
    assert group.unchecked() == ["name"]
    qtbot.keyClick(group.boxes["city"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert workspace.sent == []
    assert "Confirm or correct name (shop)" in session.page.problems.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["name"])
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.keyClick(group.boxes["city"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(workspace.sent) == 1)


def test_a_record_pair_highlights_what_differs(qtbot: QtBot, tmp_path: Path) -> None:
    first = {"name": "Ali Traders", "city": "Multan", "phone": "0300 1234567"}
    second = {"name": "ali  traders", "city": "Lahore", "phone": "۰۳۰۰ ۱۲۳۴۵۶۷"}
    items = _items([{"records": [first, second]}], text="")
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=MATCH, items=items
    )
    editor = _editor(session)
    pair = editor.item_view.pair
    assert pair.isVisible() and not editor.view.isVisible()  # no prompt: no empty text box
    assert pair.differing == ["city"]  # case, spacing and the digits' script aside
    assert "≠" in pair.text()
    _key(qtbot, Qt.Key.Key_2)  # a lone choice: its key answers and sends
    qtbot.waitUntil(lambda: len(workspace.sent) == 1)
    assert workspace.sent[0].answer == {"same": "different"}


def test_in_urdu_the_arrows_mean_the_side_on_screen(
    qtbot: QtBot, tmp_path: Path, urdu: None
) -> None:
    pair = _two("Lahore.", "لاہور پنجاب کا دارالحکومت ہے۔")
    items = _items([pair, pair], text="کون سا جواب بہتر ہے؟")
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=PAIRWISE, items=items
    )
    cards = _editor(session).item_view.comparison.cards
    a, b = cards["A"], cards["B"]
    assert a.mapToGlobal(a.rect().center()).x() > b.mapToGlobal(b.rect().center()).x()
    _key(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)  # B stands on the left
    assert _submit(qtbot, session, workspace) == {"better": {"winner": "B", "strength": 2}}


def _wav(path: Path, seconds: float = 0.5) -> Path:
    import wave

    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * int(8000 * seconds))
    return path


def test_picture_and_recording_candidates(qtbot: QtBot, tmp_path: Path) -> None:
    red = picture(tmp_path / "red.png", 640, 480, 0)
    clip = _wav(tmp_path / "clip.wav")
    data = {
        "candidates": [
            {"key": "A", "media": {"sha256": "a" * 64, "mime": "image/png", "url": "/m/a"}},
            {"key": "B", "media": {"sha256": "b" * 64, "mime": "image/png", "url": "/m/b"}},
            {"key": "C", "media": {"sha256": "c" * 64, "mime": "audio/wav", "duration": 0.5}},
        ]
    }
    items = [
        WorkItem(f"item-{n}", "b1", "p1", 1, text="Which fits?", data=data,
                 candidate_paths={"A": red, "C": clip})
        for n in range(2)
    ]  # fmt: skip
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=RANKING, items=items
    )
    view = _editor(session).item_view
    cards = view.comparison.cards
    a, b, c = cards["A"].picture, cards["B"].picture, cards["C"]
    assert a is not None and b is not None
    qtbot.waitUntil(lambda: a.pixmap() is not None and not a.pixmap().isNull())
    assert "not arrived" in b.text()  # B's picture is not here: said so, not blank
    assert c.playable and "Space" in view.hint.text()
    view.comparison.setFocus()
    qtbot.waitUntil(view.comparison.hasFocus)
    qtbot.keyClick(view.comparison, Qt.Key.Key_Space)
    assert view.comparison.current == "C" and view._playing == "C"
    assert view._transport is not None


def test_the_keys_sheet_lists_the_comparison_keys(qtbot: QtBot, tmp_path: Path) -> None:
    schema = {**RANKING, "fields": [*PAIRWISE["fields"], *RANKING["fields"]]}
    data = _two("Lahore.", "Karachi.")
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=schema, items=_items([data, data])
    )
    comparison = _editor(session).item_view.comparison
    comparison.setFocus()
    qtbot.waitUntil(comparison.hasFocus)
    qtbot.keyClick(comparison, Qt.Key.Key_Question)
    sheet = window.cheatsheet
    qtbot.waitUntil(sheet.isVisible)
    rows = dict(sheet.sections())["Comparison"]
    titles = {title: keys for title, keys in rows}
    assert "The candidate on the left is better" in titles
    assert titles["Ranking: the candidate one rank better or worse"] == ("Ctrl+Up", "Ctrl+Down")
    assert "Ranking: take the candidate out of the ranking" in titles
    assert titles["Criteria: a digit 1–3 rates the row"] == ("1", "2", "3")
    # Trial 17c F1/F5: the keys read in the order of their meaning, and the digits that
    # place a candidate as the range they are ("1–9", not "1 / 9": one or the other).
    assert titles["Ranking: the next or previous candidate"] == ("Down", "Up", "PgDown", "PgUp")
    placing = [t for t in titles if t.startswith("Ranking: a digit")]
    assert [titles[t] for t in placing] == [("1–9",)]
    rows_of_caps = [
        [label.text() for label in box.findChildren(QLabel)]
        for box in sheet.findChildren(QWidget)
        if box.findChildren(QLabel, "keycap")
    ]
    assert ["1", "–", "9"] in rows_of_caps
    assert ["1", "/", "9"] not in rows_of_caps
    assert "Flags: go to candidate A" in titles
    assert window.keymap.keys("compare.right_much") == ("Shift+Right",)
    assert not window.keymap.conflicts()


def test_the_keys_sheet_names_the_digits_of_the_criteria_scale(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A 0–3 relevance scale: the sheet names 0 to 3, as the field's own hint does (it
    said "1 / 9")."""
    field = {"name": "relevance", "kind": "criteria", "rows": "candidates", "min": 0, "max": 3}
    schema = {**RANKING, "fields": [field]}
    data = _two("Lahore.", "Karachi.")
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=schema, items=_items([data, data])
    )
    comparison = _editor(session).item_view.comparison
    comparison.setFocus()
    qtbot.waitUntil(comparison.hasFocus)
    qtbot.keyClick(comparison, Qt.Key.Key_Question)
    sheet = window.cheatsheet
    qtbot.waitUntil(sheet.isVisible)
    titles = dict(dict(sheet.sections())["Comparison"])
    assert titles["Criteria: a digit 0–3 rates the row"] == ("0", "1", "2", "3")
    assert "0–3 rate it" in session.page.form.group("relevance").legend.text()


def test_an_audio_item_shows_its_candidates_too(qtbot: QtBot, tmp_path: Path) -> None:
    clip = _wav(tmp_path / "item.wav", 1.0)
    info = MediaInfo("d" * 64, "audio/wav", clip.stat().st_size, "", duration=1.0)
    schema = {
        "title": "Which transcript",
        "media": "audio",
        "fields": [{"name": "better", "kind": "pairwise"}],
    }
    data = _two("Assalam o alaikum", "السلام علیکم")
    items = [
        WorkItem(f"item-{n}", "b1", "p1", 1, media=info, display_path=clip, data=data)
        for n in range(2)
    ]
    window, session, workspace = open_labeling(
        qtbot, "audio", tmp_path, schema_json=schema, items=items
    )
    view = session.editor.item_view
    assert view.isVisible() and view.comparison.side_by_side
    # The arrows are the comparison's here: the audio's seeks by arrow are left out.
    assert not window.keymap.conflicts()
    assert window.keymap.keys("compare.right") == ("Right",)
    _key(qtbot, Qt.Key.Key_Right)
    assert session.draft.value("better") == {"winner": "B", "strength": 1}


def test_the_first_field_gets_the_keyboard_when_the_window_is_activated(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QEvent

    data = {"candidates": [{"text": "a"}, {"text": "b"}, {"text": "c"}]}
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=RANKING, items=_items([data, data])
    )
    ranking = session.page.form.group("order")
    qtbot.waitUntil(ranking.hasFocus)
    # As on a start whose window was not active yet when the item showed: Qt gives the
    # keyboard to the editor on activation, and the page asks for the field again.
    session.page._focus_pending = True
    comparison = _editor(session).item_view.comparison
    comparison.setFocus()
    qtbot.waitUntil(comparison.hasFocus)
    QApplication.sendEvent(session.page, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(ranking.hasFocus)


def test_the_next_items_candidates_are_laid_out_ahead_and_keep_their_cards(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Once an item with two text candidates is painted, the next one's texts are read
    and laid out in the idle time after it (`MarkdownView.warm`); the switch to it keeps
    the cards and takes those documents as they are (benchmarks/gui_switch.py --only
    compare)."""
    words = [" ".join(f"w{n}x{i}" for i in range(2000)) for n in range(6)]
    items = _items([_two(words[0], words[1]), _two(words[2], words[3]), _two(words[4], "B")])
    window, session, workspace = open_labeling(
        qtbot, "text", tmp_path, schema_json=PAIRWISE, items=items
    )
    comparison = _editor(session).item_view.comparison
    cards = list(comparison.cards.values())
    views = [card.text for card in cards if card.text is not None]
    assert len(views) == 2
    nexts = words[2:4]
    qtbot.waitUntil(lambda: all(t in v._warm for t, v in zip(nexts, views, strict=True)))
    ahead = [v._warm[t] for t, v in zip(nexts, views, strict=True)]
    assert all(d.textWidth() == v.viewport().width() for d, v in zip(ahead, views, strict=True))
    _key(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    _submit(qtbot, session, workspace)
    assert list(comparison.cards.values()) == cards  # the same cards
    assert [v.document() for v in views] == ahead
    assert [c.badge.text() for c in cards] == ["A", "B"]


def test_a_records_checked_keys_come_back_with_its_draft_after_a_restart(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Confirm one key, correct another, leave a third to check, quit, relaunch: the
    draft brings back each key's state, and Ctrl+Enter names only the key left."""
    from dataclasses import replace

    schema = {
        "title": "Shop signs",
        "media": "image",
        "fields": [
            {
                "name": "shop",
                "kind": "record",
                "keys": [{"value": "name"}, {"value": "city"}, {"value": "phone"}],
            }
        ],
    }
    path = picture(tmp_path / "sign.png", 800, 600, 1)
    info = MediaInfo("0" * 64, "image/png", path.stat().st_size, "", 800, 600)
    record = {"name": "Ali Traders", "city": "Multan", "phone": "0300 1234567"}
    items = [
        WorkItem(f"item-{n}", "b1", "p1", 1, media=info, display_path=path, data={"record": record})
        for n in range(2)
    ]
    window, session, workspace = open_labeling(
        qtbot, "image", tmp_path, schema_json=schema, items=items
    )
    first = session.item.id
    group = session.page.form.group("shop")
    assert isinstance(group, RecordGroup)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["name"])
    _key(qtbot, Qt.Key.Key_Return)  # the name as shown
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["city"])
    group.boxes["city"].selectAll()
    qtbot.keyClicks(group.boxes["city"], "Lahore")
    group.boxes["phone"].setFocus()  # the phone left to check
    session.close()  # Ctrl+Q: the draft is saved
    qtbot.waitUntil(lambda: first in workspace.drafts_saved)

    window2, again, _ = open_labeling(qtbot, "image", tmp_path, schema_json=schema, items=items)
    again.workspace = workspace  # the same local store, read as the workspace reads it
    kept = {"drafts": dict(workspace.drafts_saved), "draft_times": workspace.draft_times(None)}
    again.open(replace(again.project, **kept))
    qtbot.waitUntil(lambda: again.settled and again.item.id == first)
    back = again.page.form.group("shop")
    assert isinstance(back, RecordGroup)
    assert back.boxes["city"].text() == "Lahore"
    assert back.marks["name"].text() == "✓" and back.marks["city"].text() == "✎"
    assert back.marks["phone"].text() == "to check"
    qtbot.keyClick(back.boxes["phone"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert workspace.sent == []
    assert "Confirm or correct phone (shop)" in again.page.problems.text()


def test_in_urdu_a_records_values_get_the_column_and_nothing_moves_as_keys_are_checked(
    qtbot: QtBot, tmp_path: Path, urdu: None
) -> None:
    """Each value's box goes across the answer column, so an ordinary value shows whole in
    the Urdu interface, and the boxes keep their place as "to check" turns to ✓."""
    path = picture(tmp_path / "sign.png", 800, 600, 1)
    info = MediaInfo("0" * 64, "image/png", path.stat().st_size, "", 800, 600)
    record = {"name": "Bright Star School Books", "city": "Block 2, Clifton, Karachi"}
    items = [
        WorkItem(f"item-{n}", "b1", "p1", 1, media=info, display_path=path, data={"record": record})
        for n in range(2)
    ]
    window, session, workspace = open_labeling(
        qtbot, "image", tmp_path, schema_json=RECORD, items=items
    )
    group = session.page.form.group("shop")
    assert isinstance(group, RecordGroup)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["name"])
    for key, line in group.boxes.items():
        shown = line.fontMetrics().horizontalAdvance(record[key])
        assert line.width() >= shown + 24, (key, line.width(), shown)
    before = {k: line.geometry() for k, line in group.boxes.items()}
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is group.boxes["city"])
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: group.marks["city"].text() == "✓")
    qtbot.wait(50)
    assert {k: line.geometry() for k, line in group.boxes.items()} == before


def test_a_long_criteria_scale_shows_its_digits_as_a_range() -> None:
    """A 1–10 scale: the sheet shows 1–9 and 0 (10), a 0–9 scale 0–9; never "1 / 0"."""
    from labeler.core.schema import parse_schema
    from labeler.ui.workbench.keys import _criteria_digits

    def digits(low: int, high: int) -> tuple[tuple[str, ...], bool]:
        field = {"name": "quality", "kind": "criteria", "rows": [{"value": "overall"}]}
        schema = parse_schema({**RANKING, "fields": [{**field, "min": low, "max": high}]})
        _title, keys, run = _criteria_digits(schema)
        return keys, run

    assert digits(1, 10) == (("1", "9", "0"), True)
    assert digits(0, 9) == (("0", "9"), True)
    assert digits(1, 5) == (("1", "2", "3", "4", "5"), False)
