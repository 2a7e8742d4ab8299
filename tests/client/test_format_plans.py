"""Planning an import in a format of the field, on hostile files: no server needed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from labeler.client.importing import ImportProblem
from labeler.client.importing.formatted import image_size, plan_format_import
from labeler.core.schema import parse_schema

SCHEMA = parse_schema(
    {
        "title": "Cars",
        "media": "image",
        "fields": [{"name": "objects", "kind": "boxes", "labels": [{"value": "car"}]}],
    }
)


def _folder(root: Path, count: int = 2) -> Path:
    root.mkdir()
    for n in range(1, count + 1):
        Image.new("RGB", (64, 48), "gray").save(root / f"{n:05}.jpg")
    return root


def _coco(images: int, annotations: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "images": [
            {"id": n, "file_name": f"{n:05}.jpg", "width": 64, "height": 48}
            for n in range(1, images + 1)
        ],
        "categories": [{"id": 1, "name": "car"}],
        "annotations": annotations
        or [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [1, 2, 10, 10], "iscrowd": 0}],
    }


def test_ten_thousand_images_the_folder_lacks_are_each_named(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "data")
    (folder / "instances.json").write_text(json.dumps(_coco(10_000)))
    plan = plan_format_import(folder, "p", "image", SCHEMA, "coco")
    assert [f.name for f in plan.files] == ["00001.jpg", "00002.jpg"]
    assert plan.extras["00001.jpg"]["prefill"]["objects"][0]["x"] == 1
    missing = [p for p in plan.problems if "is not among the project's images" in p]
    assert len(missing) == 9_998
    assert missing[0].startswith("instances.json, images[2]: ") and "00003.jpg" in missing[0]
    assert "9998 problems with the annotations" in plan.describe()


def test_a_truncated_file_refuses_the_images_it_may_hide_answers_of(tmp_path: Path) -> None:
    """Made bare, an image could never get its boxes later (a second import leaves it out
    as a duplicate): it waits for the file to be fixed, unless the lead takes it as is."""
    folder = _folder(tmp_path / "data")
    (folder / "instances.json").write_text(json.dumps(_coco(2))[:-40])
    plan = plan_format_import(folder, "p", "image", SCHEMA, "coco")
    assert plan.files == () and not plan.extras
    assert [r.source for r in plan.refused] == ["00001.jpg", "00002.jpg"]
    assert all("may hide its answer" in r.reason for r in plan.refused)
    (problem,) = plan.problems
    assert problem.startswith("instances.json") and "JSON" in problem
    taken = plan_format_import(folder, "p", "image", SCHEMA, "coco", take_incomplete=True)
    assert len(taken.files) == 2 and not taken.refused
    # Each is said under its own name, as what it may lose.
    assert sorted(taken.item_problems) == ["00001.jpg", "00002.jpg"]
    assert all("comes without an answer" in p[0] for p in taken.item_problems.values())


def test_a_label_the_schema_lacks_refuses_its_image_alone(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "data")
    doc = _coco(2)
    doc["categories"].append({"id": 2, "name": "tram"})
    doc["annotations"].append(
        {"id": 2, "image_id": 2, "category_id": 2, "bbox": [1, 2, 3, 4], "iscrowd": 0}
    )
    (folder / "instances.json").write_text(json.dumps(doc))
    plan = plan_format_import(folder, "p", "image", SCHEMA, "coco")
    assert [f.name for f in plan.files] == ["00001.jpg"]
    (refusal,) = plan.refused
    assert refusal.source == "00002.jpg" and "tram" in refusal.reason
    # Taken anyway, the image comes without the tram, and the problem is in the plan.
    plan = plan_format_import(folder, "p", "image", SCHEMA, "coco", take_incomplete=True)
    assert [f.name for f in plan.files] == ["00001.jpg", "00002.jpg"] and not plan.refused
    assert "00002.jpg" not in plan.extras  # the tram was all it had
    assert any("tram" in p for p in plan.problems)


def test_an_annotation_file_needs_its_images(tmp_path: Path) -> None:
    path = tmp_path / "instances.json"
    path.write_text(json.dumps(_coco(1)))
    with pytest.raises(ImportProblem, match="name the folder of image files it annotates"):
        plan_format_import(path, "p", "image", SCHEMA, "coco")
    plan = plan_format_import(path, "p", "image", SCHEMA, "coco", images=_folder(tmp_path / "i"))
    assert plan.extras["00001.jpg"]["prefill"]["objects"][0]["w"] == 10


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"format_name": "gif"}, "no format is called 'gif'"),
        ({"format_name": "conll"}, "holds text items; this is an image project"),
        ({"format_name": "csv"}, "written only"),
        ({"answers_as": "truth"}, "prefill or as gold"),
    ],
)
def test_what_cannot_be_planned_says_why(
    tmp_path: Path, kwargs: dict[str, Any], message: str
) -> None:
    folder = _folder(tmp_path / "data")
    args: dict[str, Any] = {"format_name": "coco", **kwargs}
    with pytest.raises(ImportProblem, match=message):
        plan_format_import(folder, "p", "image", SCHEMA, **args)


def test_image_size_applies_the_exif_orientation(tmp_path: Path) -> None:
    path = tmp_path / "turned.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° on display
    Image.new("RGB", (64, 48)).save(path, exif=exif)
    assert image_size(path) == (48, 64)
    (tmp_path / "broken.jpg").write_bytes(b"not a picture")
    assert image_size(tmp_path / "broken.jpg") is None


AUDIO = parse_schema(
    {
        "title": "Calls",
        "media": "audio",
        "fields": [
            {"name": "turns", "kind": "segments", "labels": [{"value": "agent"}]},
            {"name": "words", "kind": "transcript", "required": False},
        ],
    }
)


def test_a_segment_past_the_end_of_its_wav_refuses_the_file(tmp_path: Path) -> None:
    from labeler.client.importing.formatted import audio_duration
    from tests.client.test_importing import wav

    folder = tmp_path / "calls"
    folder.mkdir()
    for name in ("short", "long"):
        (folder / f"{name}.wav").write_bytes(wav(2.0))
    assert audio_duration(folder / "short.wav") == 2.0
    cue = "WEBVTT\n\n00:00:01.000 --> 00:00:{end}.000\n<v agent>hello\n"
    (folder / "short.vtt").write_text(cue.format(end="05"))
    (folder / "long.vtt").write_text(cue.format(end="02"))
    plan = plan_format_import(folder, "p", "audio", AUDIO, "webvtt")
    assert [f.name for f in plan.files] == ["long.wav"]
    (refusal,) = plan.refused
    assert refusal.source == "short.wav" and "short.vtt, line 3" in refusal.reason


@pytest.mark.parametrize(
    ("answers_as", "said"),
    [("prefill", "1 item is held back: "), ("gold", "1 item is held back: ")],
)
def test_one_item_a_required_field_leaves_out_is_said_in_the_singular(
    tmp_path: Path, answers_as: str, said: str
) -> None:
    schema = parse_schema(
        {
            "title": "Cars",
            "media": "image",
            "fields": [
                {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}]},
                {"name": "scene", "kind": "choice", "labels": [{"value": "day"}]},
            ],
        }
    )
    folder = _folder(tmp_path / "data")
    (folder / "instances.json").write_text(json.dumps(_coco(2)))
    plan = plan_format_import(folder, "p", "image", schema, "coco", answers_as=answers_as)
    (problem,) = plan.problems
    assert problem.startswith(said + "field 'scene' (choice) is required"), problem
    # Taken anyway, the item goes without the answer, and the plan says that instead.
    plan = plan_format_import(
        folder, "p", "image", schema, "coco", answers_as=answers_as, take_incomplete=True
    )
    (problem,) = plan.problems
    assert problem.startswith("1 item goes without its answer: "), problem


def test_problems_of_items_taken_anyway_are_kept_by_item(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "set", 2)
    coco = _coco(2)
    coco["categories"].append({"id": 2, "name": "tram"})
    coco["annotations"].append(
        {"id": 9, "image_id": 2, "category_id": 2, "bbox": [1, 1, 5, 5], "area": 25, "iscrowd": 0}
    )
    (folder / "instances.json").write_text(json.dumps(coco))
    plan = plan_format_import(folder, "p", "image", SCHEMA, "coco", take_incomplete=True)
    assert list(plan.item_problems) == ["00002.jpg"]
    (sentence,) = plan.item_problems["00002.jpg"]
    assert "tram" in sentence and sentence in plan.problems  # the plan still lists it
    # A text format's items are named as they are imported: the file and the item's key.
    schema = parse_schema(
        {
            "title": "NER",
            "media": "text",
            "fields": [{"name": "entities", "kind": "spans", "labels": [{"value": "PER"}]}],
        }
    )
    conll = tmp_path / "ner.conll"
    conll.write_text("John B-PER\nlives O\n\nParis B-LOC\nrains O\n")
    plan = plan_format_import(conll, "p", "text", schema, "conll", take_incomplete=True)
    assert plan.total == 2 and len(plan.item_problems) == 1
    ((name, (sentence,)),) = plan.item_problems.items()
    assert name.startswith("ner.conll:") and "LOC" in sentence
    assert name in {row.source_name for row in plan.rows}


def test_prompts_with_candidates_plan_text_items_with_their_data(tmp_path: Path) -> None:
    schema = parse_schema({"media": "text", "fields": [{"name": "better", "kind": "pairwise"}]})
    path = tmp_path / "pairs.jsonl"
    lines = [
        {"id": "a1", "prompt": "Hi?", "chosen": "Hello!", "rejected": "Go away."},
        {"prompt": "Sum?", "responses": ["2", "3"]},
        {"prompt": "Bad", "responses": ["only"]},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    plan = plan_format_import(path, "p", "text", schema, "prompts-jsonl", answers_as="gold")
    bodies = {row.source_name: row.body() for row in plan.rows}
    assert set(bodies) == {"pairs.jsonl:a1", "pairs.jsonl:2"}
    first = bodies["pairs.jsonl:a1"]
    assert first["text"] == "Hi?" and len(first["data"]["candidates"]) == 2
    winner = first["gold"]["answer"]["better"]["winner"]
    assert {c["key"]: c["text"] for c in first["data"]["candidates"]}[winner] == "Hello!"
    assert "gold" not in bodies["pairs.jsonl:2"] and "prefill" not in bodies["pairs.jsonl:2"]
    assert any("line 3" in p and "holds 1 candidates" in p for p in plan.problems)


COMPARE = parse_schema(
    {
        "media": "text",
        "fields": [
            {"name": "preference", "kind": "pairwise", "tie": False},
            {"name": "rationale", "kind": "rationale", "required": "when_close"},
        ],
    }
)


@pytest.mark.parametrize("answers_as", ["prefill", "gold"])
def test_preference_pairs_go_into_a_schema_whose_rationale_is_required_when_close(
    tmp_path: Path, answers_as: str
) -> None:
    path = tmp_path / "pairs.jsonl"
    lines = [
        {"id": "p1", "prompt": "2+2?", "chosen": "4", "rejected": "5"},
        {
            "id": "p4",
            "prompt": "Hi",
            "response_a": "Hello",
            "response_b": "Go",
            "winner": "model_a",
        },
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    plan = plan_format_import(path, "p", "text", COMPARE, "prompts-jsonl", answers_as=answers_as)
    assert not plan.refused and not plan.problems
    bodies = {row.source_name: row.body() for row in plan.rows}
    answer = bodies["pairs.jsonl:p1"][answers_as]
    answer = answer["answer"] if answers_as == "gold" else answer
    candidates = bodies["pairs.jsonl:p1"]["data"]["candidates"]
    winner = answer["preference"]["winner"]
    assert {c["key"]: c["text"] for c in candidates}[winner] == "4"
    assert "rationale" not in answer


def test_taking_incomplete_items_never_makes_one_without_its_preference(tmp_path: Path) -> None:
    path = tmp_path / "pairs.jsonl"
    lines = [
        {"id": "t", "prompt": "Hi", "response_a": "x", "response_b": "y", "winner": "tie"},
        {"id": "b", "prompt": "Hey", "response_a": "x", "response_b": "y", "winner": "model_b"},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    plan = plan_format_import(path, "p", "text", COMPARE, "prompts-jsonl", take_incomplete=True)
    assert [row.source_name for row in plan.rows] == ["pairs.jsonl:b"]
    assert plan.rows[0].body()["prefill"] == {"preference": {"winner": "B"}}
    ((name, why),) = [(r.source, r.reason) for r in plan.refused]
    assert name == "pairs.jsonl:t" and "takes no tie" in why


def test_label_studio_pairwise_tasks_with_their_config_plan_items_with_candidates(
    tmp_path: Path,
) -> None:
    from labeler.core.lsconfig import import_labelstudio

    config = (
        '<View><Text name="prompt" value="$prompt"/><Pairwise name="pw" toName="a,b"/>'
        '<Text name="a" value="$a"/><Text name="b" value="$b"/></View>'
    )
    schema = parse_schema(import_labelstudio(config).schema)
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "config.xml").write_text(config, encoding="utf-8")
    result = {"from_name": "pw", "type": "pairwise", "value": {"selected": "right"}}
    task = {
        "id": 3,
        "data": {"prompt": "Hi?", "a": "Go.", "b": "Hello!"},
        "annotations": [{"result": [result]}],
    }
    (folder / "tasks.json").write_text(json.dumps([task]), encoding="utf-8")
    # The folder, and its tasks file with the config beside it (README: "with their
    # config.xml beside the tasks"), plan the same.
    for given in (folder, folder / "tasks.json"):
        plan = plan_format_import(given, "p", "text", schema, "labelstudio")
        assert plan.problems == ()
        (row,) = plan.rows
        body = row.body()
        assert body["text"] == "Hi?" and body["prefill"] == {"pw": {"winner": "B"}}
        assert [c["text"] for c in body["data"]["candidates"]] == ["Go.", "Hello!"]
    (folder / "config.xml").unlink()
    plan = plan_format_import(folder / "tasks.json", "p", "text", schema, "labelstudio")
    assert any("no labeling config (config.xml)" in p for p in plan.problems)
