"""The config, tasks and interactive context a backend is sent."""

from __future__ import annotations

import pytest
from labeler_labelstudio_ml.tasks import TaskError, context, label_config, task

from labeler.core.plugins import ItemView, Prompt
from labeler.core.schema import Schema, parse_schema

PICTURE = ItemView("p", "image", size=(1000, 500), display_size=(500, 250))


def _schema(media: str, *fields: dict[str, object]) -> Schema:
    return parse_schema({"title": "", "media": media, "fields": list(fields)})


BOXES = {"name": "cars", "kind": "boxes", "labels": [{"value": "car"}, {"value": "bus"}]}


def test_the_schema_s_config_names_each_control_as_its_field() -> None:
    config = label_config(_schema("image", BOXES))
    assert '<RectangleLabels name="cars" toName="image">' in config.xml
    assert (config.object_name, config.data_key) == ("image", "image")
    assert config.project.startswith("labeler-") and config.project.endswith(".0")
    other = label_config(_schema("image", {**BOXES, "name": "buses"}))
    assert other.project != config.project


def test_a_lead_s_own_config_is_sent_with_its_object_tag_found() -> None:
    sam = """<View>
      <Image name="img" value="$photo"/>
      <BrushLabels name="cars" toName="img"><Label value="car"/></BrushLabels>
      <KeyPointLabels name="click" toName="img" smart="true"><Label value="car"/></KeyPointLabels>
    </View>"""
    config = label_config(_schema("image", BOXES), sam)
    assert (config.xml, config.object_name, config.data_key) == (sam, "img", "photo")
    assert task(1, PICTURE, config, "http://h/p.jpg") == {
        "id": 1,
        "data": {"photo": "http://h/p.jpg"},
    }
    with pytest.raises(TaskError, match="has no <Image> tag"):
        label_config(_schema("image", BOXES), '<View><Text name="t" value="$text"/></View>')
    with pytest.raises(TaskError, match="LABELER_LSML_LABEL_CONFIG: .*not well-formed"):
        label_config(_schema("image", BOXES), "<View>")


def test_a_click_is_a_positive_key_point_in_percent_of_the_served_picture() -> None:
    f = _schema("image", BOXES).field("cars")
    config = label_config(_schema("image", BOXES))
    got = context(PICTURE, f, Prompt("click", points=((250, 125),), label="bus"), config)
    assert got == {
        "result": [
            {
                "id": "labeler-prompt",
                "from_name": "cars",
                "to_name": "image",
                "origin": "manual",
                "is_positive": True,
                "original_width": 500,
                "original_height": 250,
                "image_rotation": 0,
                "type": "keypointlabels",
                "value": {"x": 25, "y": 25, "width": 0.1, "keypointlabels": ["bus"]},
            }
        ]
    }


def test_a_polygon_prompt_and_the_field_s_only_label() -> None:
    schema = _schema("image", {"name": "roads", "kind": "polygons", "labels": [{"value": "r"}]})
    prompt = Prompt("polygon", points=((0, 0), (500, 0), (500, 500)))
    [region] = context(PICTURE, schema.fields[0], prompt, label_config(schema))["result"]
    assert region["type"] == "polygonlabels"
    assert region["value"] == {
        "points": [[0, 0], [50, 0], [50, 100]],
        "closed": True,
        "polygonlabels": ["r"],
    }


def test_a_span_carries_its_text_and_the_whole_item_has_no_context() -> None:
    schema = _schema("text", {"name": "ents", "kind": "spans", "labels": [{"value": "LOC"}]})
    item = ItemView("t", "text", text="👋 Lahore")
    config = label_config(schema)
    [region] = context(item, schema.fields[0], Prompt("span", start=2, end=8), config)["result"]
    assert region["type"] == "labels"
    assert region["value"] == {"start": 2, "end": 8, "text": "Lahore", "labels": ["LOC"]}
    assert context(item, schema.fields[0], Prompt("item"), config) is None
    assert task(3, item, config, None) == {"id": 3, "data": {"text": "👋 Lahore"}}
    # The item's own data goes along, as Label Studio sends every column of a task.
    shown = ItemView("t", "text", text="hi", data={"source": "sms", "text": "not this"})
    assert task(1, shown, config, None)["data"] == {"source": "sms", "text": "hi"}


@pytest.mark.parametrize(
    ("prompt", "said"),
    [
        (Prompt("click", points=((1, 1),)), "arm a label of field 'cars' first"),
        (Prompt("box", points=((1, 1),), label="car"), "a box prompt with 1 points"),
        (Prompt("click", points=((1, 1), (2, 2)), label="car"), "a click prompt with 2 points"),
    ],
)
def test_a_prompt_that_cannot_be_sent_says_why(prompt: Prompt, said: str) -> None:
    schema = _schema("image", BOXES)
    with pytest.raises(TaskError, match=said):
        context(PICTURE, schema.fields[0], prompt, label_config(schema))


def test_a_picture_without_its_file_or_size_is_not_sent() -> None:
    schema = _schema("image", BOXES)
    config = label_config(schema)
    with pytest.raises(TaskError, match="its file is not on this computer"):
        task(1, PICTURE, config, None)
    unsized = ItemView("p", "image")
    prompt = Prompt("click", points=((1, 1),), label="car")
    with pytest.raises(TaskError, match="size is unknown"):
        context(unsized, schema.fields[0], prompt, config)
