"""The schema under edit (document, undo, merge of typing), the check with named hotkey
clashes, settings rules, templates and sample items: the lead workspace's plain parts."""

from __future__ import annotations

import copy
import wave

import pytest
from PIL import Image

from labeler.core import projectsettings as rules
from labeler.core.problems import Problem
from labeler.core.schema import parse_schema
from labeler.ui.lead.samples import AUDIO_SECONDS, IMAGE_SIZE, SampleFiles
from labeler.ui.lead.schemacheck import check_schema, clash_message, hotkey_holders
from labeler.ui.lead.schemadoc import SchemaDocument, path_text
from labeler.ui.lead.templates import STARTS, start

IMAGE = start("template-image")


def test_path_text_writes_protocol_paths() -> None:
    assert path_text(("fields", 1, "labels", 0, "hotkey")) == "fields[1].labels[0].hotkey"
    assert path_text(("title",)) == "title"


def test_edits_undo_redo_and_dirty() -> None:
    doc = SchemaDocument(IMAGE)
    assert not doc.dirty and not doc.can_undo
    doc.set(("fields", 0, "name"), "scene_type")
    doc.insert(("fields", 0, "labels"), 3, {"value": "coastal"})
    doc.move(("fields",), 1, 0)
    assert [f["name"] for f in doc.fields()] == ["objects", "scene_type"]
    assert doc.get(("fields", 1, "labels", 3, "value")) == "coastal"
    assert doc.dirty
    doc.undo()
    doc.undo()
    doc.undo()
    assert doc.json() == IMAGE and not doc.dirty
    doc.redo()
    assert doc.get(("fields", 0, "name")) == "scene_type"
    doc.set(("fields", 0, "name"), "scene")
    assert not doc.dirty and not doc.can_redo  # an edit after undo drops the redo


def test_typing_merges_into_one_step_until_focus_leaves() -> None:
    doc = SchemaDocument(IMAGE)
    for text in ("S", "St", "Str"):
        doc.set(("title",), text, merge=True)
    doc.end_merge()
    doc.set(("title",), "Strx", merge=True)
    doc.undo()
    assert doc.get(("title",)) == "Str"
    doc.undo()
    assert doc.get(("title",)) == "Street scenes" and not doc.can_undo


def test_setting_none_removes_a_key_and_no_change_is_no_edit() -> None:
    doc = SchemaDocument(IMAGE)
    assert doc.set(("fields", 1, "labels", 0, "hotkey"), "c") is None
    edit = doc.set(("fields", 1, "labels", 0, "hotkey"), None)
    assert edit is not None and "hotkey" not in doc.get(("fields", 1, "labels", 0))
    assert doc.remove(("fields",), 7) is None and doc.move(("fields",), 0, 5) is None


def test_saved_baseline_and_load() -> None:
    doc = SchemaDocument(IMAGE)
    doc.set(("title",), "New")
    doc.mark_saved()
    assert not doc.dirty
    doc.load({"title": "x"})
    assert not doc.can_undo and doc.json() == {"title": "x"}


def test_hotkey_clash_is_named_by_its_labels_and_marks_each_input() -> None:
    doc = copy.deepcopy(IMAGE)
    doc["fields"][1]["labels"][0]["hotkey"] = "2"  # "rural" has 2
    check = check_schema(doc)
    assert not check.ok
    message = "hotkey 2 is used by 'rural' and 'car'"
    assert check.problems == (Problem("fields[1].labels[0].hotkey", message),)
    assert check.marks["fields[0].labels[1].hotkey"] == message
    assert check.marks["fields[1].labels[0].hotkey"] == message


def test_clash_of_three_and_case_folded() -> None:
    doc = copy.deepcopy(IMAGE)
    doc["fields"][1]["labels"][0]["hotkey"] = "P"  # "person" has p
    doc["fields"][1]["labels"][2]["hotkey"] = "p"
    check = check_schema(doc)
    assert [p.message for p in check.problems] == [
        "hotkey P is used by 'car', 'person' and 'bicycle'"
    ]
    assert len([m for m in check.marks.values() if m.startswith("hotkey P")]) == 3


def test_same_values_in_two_fields_are_told_apart() -> None:
    holders = hotkey_holders(
        {
            "fields": [
                {"name": "a", "labels": [{"value": "yes", "hotkey": "y"}]},
                {"name": "b", "labels": [{"value": "yes", "hotkey": "y"}]},
            ]
        }
    )
    assert clash_message(holders["y"]) == "hotkey y is used by 'yes in a' and 'yes in b'"


def test_fixed_media_and_other_problems_keep_their_paths() -> None:
    doc = {**copy.deepcopy(IMAGE), "media": "text"}
    check = check_schema(doc, fixed_media="image")
    paths = [p.path for p in check.problems]
    assert paths[0] == "media" and "fields[1].kind" in paths
    assert check_schema(IMAGE, fixed_media="image").ok
    assert not check_schema("not a schema").ok


def test_every_template_is_valid_and_blanks_say_what_they_need() -> None:
    for s in STARTS:
        if s.key.startswith("template-"):
            assert parse_schema(s.schema).media in s.key
        else:
            paths = {p.path for p in check_schema(s.schema).problems}
            assert paths == {"fields"}  # a title is optional
    assert start("template-image") is not start("template-image")
    with pytest.raises(KeyError):
        start("nothing")


@pytest.mark.parametrize(
    "values, path",
    [
        ({"name": " "}, "name"),
        ({"name": "x" * 201}, "name"),
        ({"skill": "two words"}, "skill"),
        ({"reward": {"amount": "-1", "currency": "USD"}}, "reward.amount"),
        ({"reward": {"amount": "1,5", "currency": "USD"}}, "reward.amount"),
        ({"reward": {"amount": "0.0000000000001", "currency": "USD"}}, "reward.amount"),
        ({"reward": {"amount": "1", "currency": "US"}}, "reward.currency"),
        ({"requirement": {"skill": "", "min_accuracy": 0.9}}, "requirement.skill"),
    ],
)
def test_settings_rules_name_the_setting(values: dict, path: str) -> None:
    good = {"name": "P", "reward": {"amount": "0.05", "currency": "USD"}}
    assert rules.check_settings(good) == {}
    assert list(rules.check_settings({**good, **values})) == [path]


def test_lease_in_words() -> None:
    assert rules.lease_text(1800) == "30 min"
    assert rules.lease_text(5400) == "1 h 30 min"
    assert rules.lease_text(45) == "45 s"


def test_sample_items_are_made_here_and_go_with_close() -> None:
    samples = SampleFiles()
    image = samples.item("image")
    assert image.display_path is not None and image.media is not None
    with Image.open(image.display_path) as picture:
        assert picture.size == IMAGE_SIZE == (image.media.width, image.media.height)
    audio = samples.item("audio")
    assert audio.display_path is not None
    with wave.open(str(audio.display_path)) as clip:
        assert clip.getnframes() / clip.getframerate() == pytest.approx(AUDIO_SECONDS)
    text = samples.item("text")
    assert text.text and text.media is None
    assert samples.item("image").display_path == image.display_path  # made once
    folder = image.display_path.parent
    assert samples.folder == folder and folder.name.startswith("labeler-preview-")

    samples.close()
    assert not folder.exists() and samples.folder is None
    with pytest.raises(RuntimeError):
        samples.item("image")  # asked for while the window closes: no folder again
    assert not folder.exists()
