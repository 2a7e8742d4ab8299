"""Words that `labeler.core` and `labeler.client` build in English read in the interface's
language where they show: an answer's problems on submit, why the task server is still
offline, a schema's problems in the lead's schema editor. In English they read as the core
and the client say them, word for word."""

from __future__ import annotations

import copy
import re
import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from labeler.client.errors import Offline
from labeler.client.importing.plan import ImportProblem
from labeler.client.importing.sources import plan_import
from labeler.client.sync import RetryOutcome
from labeler.client.transport import Transport
from labeler.core import projectsettings as rules
from labeler.core.answers import validate_answer
from labeler.core.problems import AnswerInvalid, SchemaInvalid
from labeler.core.schema import parse_schema
from labeler.ui import messages
from labeler.ui.i18n import number
from labeler.ui.lead.saving import say
from labeler.ui.lead.schema_editor import SchemaEditor
from labeler.ui.lead.settings_form import SettingsForm
from labeler.ui.lead.templates import start
from labeler.ui.pages.feedback import retry_text
from labeler.ui.tasks import Runner
from tests.ui.labeling import open_labeling


def _unreachable() -> Offline:
    """What the transport raises for a port nobody listens on (a real refused connection)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    transport = Transport(f"http://127.0.0.1:{port}/api/v1", retries=0)
    with pytest.raises(Offline) as caught:
        transport.call("GET", "/health", idempotent=True)
    return caught.value


def _still_offline(error: Offline) -> str:
    outcome = RetryOutcome(False, True, error.message, 0, 0, 2, error=error)
    return retry_text(outcome)


def _problems(schema: Any, answer: Any) -> list[Any]:
    with pytest.raises(AnswerInvalid) as caught:
        validate_answer(schema, answer)
    return caught.value.problems


SCHEMA = parse_schema(
    {
        "media": "image",
        "fields": [
            {"name": "scene", "kind": "choice", "labels": [{"value": "urban"}]},
            {"name": "quality", "kind": "rating", "min": 1, "max": 5},
        ],
    }
)


def test_in_english_problems_and_offline_reasons_read_as_the_core_says_them(qapp: Any) -> None:
    problems = _problems(SCHEMA, {"quality": 9, "extra": 1})
    assert [messages.problem_text(p) for p in problems] == [p.message for p in problems]
    assert [p.message for p in problems] == ["unknown field", "is required", "must be from 1 to 5"]
    error = _unreachable()
    assert error.message == "The task server cannot be reached (connection refused)."
    assert messages.error_text(error) == error.message
    assert _still_offline(error) == (
        "Still offline: the task server cannot be reached (connection refused)"
    )


def test_a_problem_and_its_english_come_from_one_template() -> None:
    with pytest.raises(SchemaInvalid) as caught:
        parse_schema({"media": "image", "fields": [{"name": "Scene", "kind": "choice"}]})
    for problem in caught.value.problems:
        assert problem.message == problem.template.format(**problem.params)


def test_in_urdu_the_numbers_and_words_of_a_problem_are_urdu(urdu: None) -> None:
    out_of_range = _problems(SCHEMA, {"scene": "urban", "quality": 9})[0]
    said = messages.problem_text(out_of_range)
    assert said == f"{number(1)} سے {number(5)} تک ہونا چاہیے"
    not_a_label = _problems(SCHEMA, {"scene": 3})[0]
    assert messages.problem_text(not_a_label) == "لیبل (متن) ہونا چاہیے، عدد نہیں"


def test_in_urdu_a_required_field_on_submit_reads_urdu(
    qtbot: QtBot, tmp_path: Path, urdu: None
) -> None:
    window, session, workspace = open_labeling(qtbot, "image", tmp_path)
    page = session.page
    view = session.editor.canvas
    done = session.item.id
    qtbot.keyClick(view, Qt.Key.Key_1)
    if session.item.id == done:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.settled and session.item.id != done)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # nothing chosen: not sent
    qtbot.waitUntil(page.problems.isVisible)
    shown = page.problems.text()
    assert "لیبل چنیں" in shown  # what to do, in Urdu
    assert "is required" not in shown and "Choose" not in shown


def test_in_urdu_why_it_is_still_offline_reads_urdu(urdu: None) -> None:
    shown = _still_offline(_unreachable())
    assert "ٹاسک سرور نہیں مل رہا" in shown
    assert "رابطہ رد ہوا" in shown
    assert "cannot be reached" not in shown and "refused" not in shown


def test_in_urdu_a_schema_problem_reads_urdu_in_the_schema_editor(qtbot: QtBot, urdu: None) -> None:
    editor = SchemaEditor(Runner())
    qtbot.addWidget(editor)
    doc = copy.deepcopy(start("template-image"))
    doc["fields"][0]["name"] = "Scene"
    editor.load(doc, fixed_media="image", heading="Street scenes")
    editor.show()
    qtbot.waitUntil(lambda: bool(editor.problems.problems))
    shown = [editor.problems.list.item(i).text() for i in range(editor.problems.list.count())]
    assert any("کے مطابق ہونا چاہیے" in line and "fields[0].name" in line for line in shown)
    assert not any("must match" in line for line in shown)
    assert "کے مطابق ہونا چاہیے" in editor.check.marks["fields[0].name"]  # beside its input


def test_a_settings_problem_reads_urdu_beside_its_input_and_english_elsewhere(
    qtbot: QtBot, urdu: None
) -> None:
    too_precise = rules.amount_problem("0.0000000000001")
    assert too_precise == "Must have at most 12 decimals."  # what the server says
    assert (
        messages.said(too_precise)
        == f"اعشاریہ کے بعد زیادہ سے زیادہ {number(12)} ہندسے ہو سکتے ہیں۔"
    )
    form = SettingsForm()
    qtbot.addWidget(form)
    form.amount.setText("lots")
    form.amount.textEdited.emit("lots")
    assert form._notes["reward.amount"].text() == "عدد ہونا چاہیے، جیسے 0.05۔"
    assert rules.check_settings(form.values())["reward.amount"] == "Must be a number, such as 0.05."


def test_the_leads_notes_word_a_client_error_in_urdu(urdu: None) -> None:
    error = _unreachable()
    assert say(error) == messages.error_text(error) != error.message
    assert "ٹاسک سرور نہیں مل رہا" in say(error)


def test_a_folder_without_pictures_says_so_in_urdu(tmp_path: Path, urdu: None) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ImportProblem) as caught:
        plan_import(empty, "p", "image")
    error = caught.value
    assert error.message.startswith(f"{empty} holds no image files (looked for ")
    shown = messages.worded(error.template, error.params, error.message)
    assert "میں کوئی تصویر نہیں ملی" in shown and str(empty) in shown
    assert "holds no" not in shown


def test_a_gold_rule_problem_reads_urdu(urdu: None) -> None:
    field = {"name": "scene", "kind": "choice", "labels": [{"value": "urban"}]}
    with pytest.raises(SchemaInvalid) as caught:
        parse_schema({"media": "image", "fields": [{**field, "gold": {"threshold": 2}}]})
    (problem,) = caught.value.problems
    assert problem.message == "must be a number from 0 to 1"
    assert messages.problem_text(problem) == "0 سے 1 تک کا عدد ہونا چاہیے"


def test_a_file_left_out_of_an_import_says_why_in_urdu(tmp_path: Path, urdu: None) -> None:
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(b"")
    plan = plan_import(folder, "p", "image")
    (refusal,) = plan.refused
    assert refusal.reason == "the file is empty"  # as the command line says it
    assert messages.said(refusal.reason) == "فائل خالی ہے"


def test_a_csv_without_a_text_column_says_so_in_urdu(tmp_path: Path, urdu: None) -> None:
    table = tmp_path / "texts.csv"
    table.write_text("title,body\na,b\n")
    with pytest.raises(ImportProblem) as caught:
        plan_import(table, "p", "text")
    error = caught.value
    assert error.message.startswith("texts.csv has no column named “text” in its header")
    shown = messages.worded(error.template, error.params, error.message)
    assert "نام کا کالم نہیں" in shown and "title, body" in shown


def test_a_proposal_left_out_of_a_pre_annotation_says_why_in_urdu(urdu: None) -> None:
    """The pre-annotation's problems keep each answer problem's words: the dialog's list
    reads Urdu; their English is what it was."""
    from labeler.client.prefilling import _DOES_NOT_FIT
    from labeler.core.i18n import Said, joined, problem_said

    schema = parse_schema(
        {"media": "text", "fields": [{"name": "mood", "kind": "rating", "min": 1, "max": 5}]}
    )
    with pytest.raises(AnswerInvalid) as caught:
        validate_answer(schema, {"mood": 9, "extra": 1})
    why = Said(_DOES_NOT_FIT, why=joined([problem_said(p) for p in caught.value.problems]))
    assert why.startswith("the proposal does not fit the schema: ")
    shown = messages.said(why)
    assert shown.startswith("تجویز اسکیما کے مطابق نہیں: ")
    assert not any(word in shown for word in ("must", "required", "proposal"))


def test_the_basic_checks_warn_in_urdu(urdu: None) -> None:
    from labeler_basic_checks import CutWords, EmptyTranscript

    from labeler.core.plugins import ItemView
    from labeler.ui.workbench.checking import warning_line

    schema = parse_schema(
        {"media": "text", "fields": [{"name": "who", "kind": "spans", "labels": [{"value": "p"}]}]}
    )
    item = ItemView("i", "text", text="Lahore is big")
    (warning,) = CutWords().check(item, schema, {"who": [{"label": "p", "start": 0, "end": 3}]})
    assert warning.message == "the span ends inside the word “Lahore”"  # its English as before
    assert warning_line(warning) == (
        "\u2068who\u2069 1: \u2068نشان لفظ «\u2068Lahore\u2069» کے بیچ میں ختم ہوتا ہے\u2069"
    )
    assert messages.words(EmptyTranscript.title) == "خالی تحریری متن"


def test_a_coco_files_problems_read_urdu_and_their_english_as_before(urdu: None) -> None:
    """What a lead reads when an import file is bad: the format reader's problems keep
    their words (a place in the file, a value, an answer's own problem)."""
    import json

    from labeler.core import formats
    from labeler.core.formats import MemorySource, Size

    schema = parse_schema(
        {
            "media": "image",
            "fields": [
                {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}], "max_count": 1}
            ],
        }
    )
    doc = {
        "categories": [{"id": 1, "name": "car"}, {"id": 1, "name": "bus"}],
        "images": [{"id": 7, "file_name": "a.jpg", "width": 10, "height": 10}],
        "annotations": [
            {"id": 1, "image_id": 7, "category_id": 1, "bbox": [0, 0, 4, 4]},
            {"id": 2, "image_id": 7, "category_id": 1, "bbox": [1, 1, 99, 4]},
            {"id": 3, "image_id": 9, "category_id": 1, "bbox": [0, 0, 1, 1]},
        ],
    }
    source = MemorySource({"instances.json": json.dumps(doc).encode()})
    result = formats.get("coco").read(source, schema, {"a.jpg": Size(10, 10)})
    english = [str(p) for p in result.problems]
    assert "instances.json, categories[1]: repeats category id 1; the first one is kept" in english
    shown = [messages.said(p.said()) for p in result.problems]
    assert "\u200finstances.json، categories[1]: category id 1 دہراتا ہے؛ پہلا رکھا گیا" in [
        s.replace("\u2068", "").replace("\u2069", "") for s in shown
    ]
    for line in shown:  # every problem reads Urdu: no English sentence is left in it
        assert not any(w in line for w in (" must ", " is ", " the ", " not ")), line


_IMAGE_SCHEMA = {
    "media": "image",
    "fields": [
        {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}]},
        {"name": "scene", "kind": "choice", "required": False, "labels": [{"value": "day"}]},
    ],
}
_AUDIO_SCHEMA = {
    "media": "audio",
    "fields": [{"name": "turns", "kind": "segments", "labels": [{"value": "agent"}]}],
}
_TEXT_SCHEMA = {
    "media": "text",
    "fields": [{"name": "who", "kind": "spans", "labels": [{"value": "PER"}]}],
}
#: Broken files of each format that reads them, with their schema and items.
_BAD_FILES: list[tuple[str, dict[str, Any], dict[str, bytes], Any]] = [
    ("yolo-detect", _IMAGE_SCHEMA, {"labels/a.txt": b"0 0.5 0.5 0.2 0.2\n"}, "sizes"),
    (
        "yolo-detect",
        _IMAGE_SCHEMA,
        {"data.yaml": b"names: [car]\n", "labels/a.txt": b"7 0.5 0.5 0.2 0.2\n0 x 1 2 3\n0 1 2\n"},
        "sizes",
    ),
    (
        "voc",
        _IMAGE_SCHEMA,
        {
            "Annotations/a.xml": b"<annotation><filename>a.jpg</filename><object><name>bus"
            b"</name></object><object><name>car</name><bndbox><xmin>9</xmin><ymin>1</ymin>"
            b"<xmax>2</xmax><ymax>4</ymax></bndbox></object></annotation>",
            "Annotations/b.xml": b"<annotation><folder/></annotation>",
            "Annotations/c.xml": b"<other/>",
        },
        "sizes",
    ),
    (
        "labelme",
        _IMAGE_SCHEMA,
        {
            "a.json": b'{"imagePath": "a.jpg", "shapes": [{"label": "car", "shape_type":'
            b' "circle", "points": [[1, 1]]}, {"label": "car", "shape_type": "rectangle",'
            b' "points": [[1, 1]]}, 5]}',
            "b.json": b'{"shapes": []}',
            "c.json": b"{not json",
        },
        "sizes",
    ),
    (
        "cvat",
        _IMAGE_SCHEMA,
        {
            "annotations.xml": b'<annotations><track id="0"/><image name="a.jpg"><box'
            b' label="car" xtl="5" ytl="1" xbr="2" ybr="4" occluded="1"/><ellipse label="car"/>'
            b'<tag label="night"/></image><image/></annotations>'
        },
        "sizes",
    ),
    (
        "labelstudio",
        _IMAGE_SCHEMA,
        {
            "tasks.json": b'[5, {"data": {}}, {"data": {"image": "a.jpg"}, "annotations":'
            b' [{"result": [{"from_name": "objects", "type": "rectanglelabels",'
            b' "value": {"x": 200, "y": 0,'
            b' "width": 1, "height": 1, "rectanglelabels": ["car"]}}, {"from_name": "nope",'
            b' "type": "choices", "value": {}}, {"type": "relation"}]}, {"was_cancelled": true,'
            b' "result": []}]}]'
        },
        "sizes",
    ),
    (
        "srt",
        _AUDIO_SCHEMA,
        {"a.srt": b"1\n00:00:02,000 --> 00:00:01,000\nhello\n\nnot a cue\n\n2\nxx --> 00:01\n"},
        "durations",
    ),
    ("webvtt", _AUDIO_SCHEMA, {"a.vtt": b"NOT WEBVTT\n"}, "durations"),
    ("audacity", _AUDIO_SCHEMA, {"a.txt": b"x\t1\tagent\n1.0\n2\t3\t\n\\ 100 200\n"}, "durations"),
    ("conll", _TEXT_SCHEMA, {"a.conll": b"Imran B-PER x\nsays O\nLahore Q-LOC\nis I-ORG\n"}, None),
]


def _isolated_out(text: str) -> str:
    """`text` without what it sets apart (values: a name, a path, a file's own words)."""
    text = re.sub("\u2068[^\u2068\u2069]*\u2069", "", text)
    for product in ("CVAT for video", "CVAT for images", "Label Studio"):  # names, not words
        text = text.replace(product, "")
    return text


@pytest.mark.parametrize(
    ("name", "schema", "files", "items"), _BAD_FILES, ids=[f[0] for f in _BAD_FILES]
)
def test_a_bad_files_problems_read_urdu_in_every_format(
    urdu: None, name: str, schema: dict[str, Any], files: dict[str, bytes], items: Any
) -> None:
    """Each problem a reader finds in a bad file reads Urdu: no English sentence is left
    once the values it sets apart are taken out, and its English is as it was."""
    from labeler.core import formats
    from labeler.core.formats import MemorySource, Size

    known = {"sizes": {"a.jpg": Size(10, 10)}, "durations": {"a": 5.0}}.get(items)
    result = formats.get(name).read(MemorySource(files), parse_schema(schema), known)
    assert result.problems, "the bad file gives no problems to read"
    for problem in result.problems:
        shown = messages.said(problem.said())
        left = _isolated_out(shown)
        # Latin left outside the values is a key or a format's name (bbox, WEBVTT), never
        # three English words in a row.
        assert not re.search(r"[A-Za-z]{2,}(?: [A-Za-z]{2,}){2}", left), (str(problem), shown)


def test_a_label_studio_config_that_cannot_be_read_says_why_in_urdu(urdu: None) -> None:
    from labeler.core.lsxml import LabelStudioConfigError, parse_config

    with pytest.raises(LabelStudioConfigError) as caught:
        parse_config("<View><Image")
    assert str(caught.value).startswith("The Label Studio config is not well-formed XML: ")
    assert messages.error_text(caught.value).startswith("Label Studio کنفیگ درست XML نہیں: سطر")


def test_a_jsonl_line_whose_prefill_does_not_fit_says_why_in_urdu(
    tmp_path: Path, urdu: None
) -> None:
    schema = parse_schema(
        {"media": "text", "fields": [{"name": "mood", "kind": "rating", "min": 1, "max": 5}]}
    )
    lines = tmp_path / "texts.jsonl"
    lines.write_text('{"text": "a", "prefill": {"mood": 9, "x": 1}}\n{"text": "b", "prefill": 3}\n')
    plan = plan_import(lines, "p", "text", schema)
    unfit, not_object = (r.reason for r in plan.refused)
    assert unfit.startswith("the prefill does not fit the schema: ")  # the English as before
    assert messages.said(unfit).startswith("تجویز کردہ جواب اسکیما کے مطابق نہیں: ")
    assert "(اور 1 مزید)" in messages.said(unfit)
    assert messages.said(not_object) == "تجویز کردہ جواب سوالوں کے ناموں والا آبجیکٹ ہونا چاہیے"


def test_what_a_label_studio_import_leaves_out_reads_in_urdu(urdu: None) -> None:
    from labeler.core.lsconfig import import_labelstudio
    from labeler.core.lsxml import LabelStudioConfigError

    result = import_labelstudio(
        '<View><Image name="img" value="$image"/>'
        '<Choices name="scene" toName="img"><Choice value="street" hotkey="ab"/>'
        '<Choice value="street"/></Choices>'
        '<BrushLabels name="mask" toName="img"><Label value="car"/></BrushLabels></View>'
    )
    lines = [messages.said(line) for line in result.dropped]
    assert lines, result.dropped
    for line, english in zip(lines, result.dropped, strict=True):
        assert line != english and re.search("[\u0600-\u06ff]", line), line
        # The tag is named as the config has it, set apart left to right.
        assert "\u2068<" in line, line
    assert any("برش ماسک" in line for line in lines), lines
    assert any("دو بار" in line for line in lines), lines
    with pytest.raises(LabelStudioConfigError) as raised:
        import_labelstudio('<View><Image name="img" value="$image"/></View>')
    said = messages.error_text(raised.value)
    assert "کوئی سوال نہیں لیا جا سکا" in said and "کنٹرول ٹیگ" in said, said
