from __future__ import annotations

import json

from labeler.core.editing import EVERY_FIELD, Change, Draft, all_checked
from labeler.core.hotkeys import label_keys, one_key_field
from labeler.core.schema import parse_schema

SCHEMA = parse_schema(
    {
        "title": "Scenes",
        "media": "image",
        "fields": [
            {"name": "scene", "kind": "choice", "labels": [{"value": "urban"}, {"value": "rural"}]},
            {"name": "note", "kind": "text"},
            {
                "name": "objects",
                "kind": "boxes",
                "labels": [{"value": "car", "hotkey": "c"}, {"value": "tree", "hotkey": "1"}],
            },
        ],
    }
)
CAR = {"label": "car", "x": 1, "y": 2, "w": 3, "h": 4}


def test_set_value_undo_redo() -> None:
    draft = Draft(SCHEMA)
    assert draft.set_value("scene", "urban") == Change("scene")
    assert draft.set_value("scene", "urban") is None
    draft.set_value("scene", "rural")
    assert draft.answer() == {"scene": "rural"}
    assert draft.undo() == Change("scene")
    assert draft.answer() == {"scene": "urban"}
    draft.undo()
    assert draft.answer() == {} and not draft.can_undo
    assert draft.undo() is None
    draft.redo()
    draft.redo()
    assert draft.answer() == {"scene": "rural"} and not draft.can_redo


def test_regions_insert_move_delete_and_undo_in_order() -> None:
    draft = Draft(SCHEMA)
    index = draft.add_region("objects", CAR)
    moved = {**CAR, "x": 10}
    assert draft.update_region("objects", index, moved) == Change("objects", 0)
    draft.remove_region("objects", 0)
    assert draft.regions("objects") == [] and draft.answer() == {}
    draft.undo()
    assert draft.regions("objects") == [moved]
    draft.undo()
    assert draft.regions("objects") == [CAR]
    draft.undo()
    assert "objects" not in draft.answer()


def test_a_new_edit_drops_the_redo_history() -> None:
    draft = Draft(SCHEMA)
    draft.set_value("scene", "urban")
    draft.undo()
    draft.set_value("scene", "rural")
    assert not draft.can_redo


def test_typing_merges_into_one_step_until_ended() -> None:
    draft = Draft(SCHEMA)
    for text in ("h", "he", "hel"):
        draft.set_value("note", text, merge=True)
    draft.end_merge()
    draft.set_value("note", "help", merge=True)
    draft.undo()
    assert draft.value("note") == "hel"
    draft.undo()
    assert draft.value("note") is None


def test_values_handed_out_are_copies() -> None:
    draft = Draft(SCHEMA, {"objects": [CAR]})
    draft.regions("objects")[0]["x"] = 99
    draft.answer()["objects"][0]["x"] = 99
    assert draft.regions("objects") == [CAR]
    revision = draft.revision
    draft.set_value("scene", "urban")
    assert draft.revision > revision


def test_choice_labels_get_free_digits_in_order() -> None:
    keys = {(k.key, k.field, k.label) for k in label_keys(SCHEMA)}
    assert keys == {
        ("2", "scene", "urban"),
        ("3", "scene", "rural"),
        ("c", "objects", "car"),
        ("1", "objects", "tree"),
    }


def test_one_key_field_only_for_a_lone_required_choice() -> None:
    assert one_key_field(SCHEMA) is None
    lone = parse_schema(
        {
            "title": "s",
            "media": "text",
            "fields": [{"name": "s", "kind": "choice", "labels": [{"value": "a"}]}],
        }
    )
    assert one_key_field(lone) is lone.fields[0]


def test_replacing_the_whole_answer_is_one_undo_step() -> None:
    draft = Draft(SCHEMA)
    draft.set_value("scene", "urban")
    draft.add_region("objects", CAR)
    assert draft.replace_answer({"scene": "rural", "objects": []}) == Change(EVERY_FIELD)
    assert draft.answer() == {"scene": "rural"}
    assert draft.replace_answer({"scene": "rural"}) is None  # already that: no step
    assert draft.undo() == Change(EVERY_FIELD)
    assert draft.answer() == {"scene": "urban", "objects": [CAR]}
    draft.redo()
    assert draft.answer() == {"scene": "rural"}


def test_a_kept_draft_brings_back_a_records_checked_keys() -> None:
    schema = parse_schema(
        {
            "title": "Verify",
            "media": "text",
            "fields": [
                {"name": "shop", "kind": "record", "keys": [{"value": "name"}, {"value": "city"}]}
            ],
        }
    )
    draft = Draft(schema, {"shop": {"name": "Ali", "city": "Multan"}})
    assert draft.checked("shop") == set()
    draft.set_value("shop", {"name": "Ali", "city": "Lahore"}, checked={"city"})
    kept = json.loads(json.dumps(draft.kept()))  # as the draft store keeps it
    assert draft.answer() == {"shop": {"name": "Ali", "city": "Lahore"}}  # never sent
    back = Draft(schema, kept)
    assert back.checked("shop") == {"city"} and back.answer() == draft.answer()
    # Confirmed before (a stored gold answer): every key it holds is checked.
    assert Draft(schema, all_checked(schema, draft.answer())).checked("shop") == {"name", "city"}
    # A damaged mark reads as nothing checked, never as its characters.
    assert Draft(schema, {**kept, "~checked~shop": "city"}).checked("shop") == set()
