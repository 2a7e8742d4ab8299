"""Label Studio config import: real templates, every mapping, and hostile XML."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from labeler.core.lsconfig import (
    MAX_CONFIG_CHARS,
    LabelStudioConfigError,
    LabelStudioImport,
    import_labelstudio,
)
from labeler.core.problems import SchemaInvalid
from labeler.core.schema import parse_schema

DATA = Path(__file__).resolve().parents[1] / "data" / "labelstudio"


def template(name: str) -> LabelStudioImport:
    result = import_labelstudio((DATA / f"{name}.xml").read_text(encoding="utf-8"))
    parse_schema(result.schema)  # valid as it is, with nothing to fix
    return result


def on_image(body: str) -> LabelStudioImport:
    return import_labelstudio(f'<View><Image name="image" value="$image"/>{body}</View>')


def field(name: str, kind: str, labels: list[Any] | None = None, **extra: Any) -> dict[str, Any]:
    """A field as the importer writes it; labels given as values or as label objects."""
    out: dict[str, Any] = {"name": name, "kind": kind, "required": extra.pop("required", False)}
    if labels is not None:
        out["labels"] = [v if isinstance(v, dict) else {"value": v} for v in labels]
    return {**out, **extra}


def coloured(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    return [{"value": v, "color": c} for v, c in pairs]


def schema(media: str, fields: list[dict[str, Any]], instructions: str = "") -> dict[str, Any]:
    return {
        "title": "Imported from Label Studio",
        "media": media,
        "instructions": instructions,
        "fields": fields,
    }


# -- Label Studio's own templates ----------------------------------------------------------


def test_image_classification() -> None:
    result = template("image-classification")
    labels = ["Adult content", "Weapons", "Violence"]
    assert result.schema == schema("image", [field("choice", "choice", labels)])
    assert result.dropped == []


def test_object_detection_with_bounding_boxes() -> None:
    result = template("object-detection-with-bounding-boxes")
    labels = coloured(("Airplane", "#008000"), ("Car", "#0000ff"))
    assert result.schema == schema("image", [field("label", "boxes", labels=labels)])
    assert result.dropped == []


def test_keypoints_renames_the_field() -> None:
    result = template("keypoints")
    labels = coloured(("Face", "#ff0000"), ("Nose", "#008000"))
    assert result.schema == schema("image", [field("kp_1", "points", labels=labels)])
    assert result.dropped == ['<KeyPointLabels name="kp-1">: field named "kp_1" (was "kp-1")']


def test_semantic_segmentation_with_polygons_keeps_the_header_as_instructions() -> None:
    result = template("semantic-segmentation-with-polygons")
    labels = coloured(("Airplane", "#ff0000"), ("Car", "#0000ff"))
    assert result.schema == schema(
        "image",
        [field("label", "polygons", labels=labels)],
        "Select label and click the image to start",
    )
    assert result.dropped == []


def test_semantic_segmentation_with_masks_has_nothing_to_carry() -> None:
    with pytest.raises(LabelStudioConfigError) as caught:
        template("semantic-segmentation-with-masks")
    assert str(caught.value) == (
        "No field could be carried over from this config "
        '(<BrushLabels name="tag">: brush masks are not supported; left out).'
    )


def test_named_entity_recognition() -> None:
    result = template("named-entity-recognition")
    labels = coloured(
        ("PER", "#ff0000"), ("ORG", "#ff8c00"), ("LOC", "#ffa500"), ("MISC", "#008000")
    )
    assert result.schema == schema("text", [field("label", "spans", labels=labels)])
    assert result.dropped == []


def test_text_classification_takes_the_header_as_the_field_title() -> None:
    result = template("text-classification")
    assert result.schema == schema(
        "text",
        [field("sentiment", "choice", ["Positive", "Negative", "Neutral"])],
        "- `sentiment`: Choose text sentiment",
    )
    assert result.dropped == []


def test_relation_extraction_leaves_relations_out() -> None:
    result = template("relation-extraction")
    labels = coloured(("Organization", "#ffa500"), ("Person", "#008000"), ("Datetime", "#0000ff"))
    assert result.schema == schema("text", [field("label", "spans", labels=labels)])
    assert result.dropped == ["<Relations>: relations between regions have no equivalent; left out"]


def test_html_entity_recognition_is_plain_text() -> None:
    result = template("html-entity-recognition")
    labels = coloured(("Title", "#008000"), ("Author", "#0000ff"), ("Body", "#ffff00"))
    assert result.schema == schema("text", [field("ner", "spans", labels=labels)])
    assert result.dropped == [
        '<HyperText name="text">: carried over as plain text; items hold text, not HTML'
    ]


def test_automatic_speech_recognition_is_a_transcript() -> None:
    result = template("automatic-speech-recognition")
    assert result.schema == schema(
        "audio",
        [field("transcription", "transcript")],
        "- `transcription`: Provide Transcription",
    )
    assert result.dropped == []


def test_speaker_segmentation() -> None:
    result = template("speaker-segmentation")
    labels = coloured(("Speaker one", "#00ff00"), ("Speaker two", "#12ad59"))
    assert result.schema == schema("audio", [field("label", "segments", labels=labels)])
    assert result.dropped == []


def test_signal_quality_detection_is_a_rating() -> None:
    result = template("signal-quality-detection")
    assert result.schema == schema("audio", [field("rating", "rating", min=1, max=10)])
    assert result.dropped == []


def test_per_region_choices_are_left_out() -> None:
    result = template("intent-classification")
    assert result.schema == schema("audio", [field("labels", "segments", ["Segment"])])
    assert result.dropped == [
        '<Choices name="intent" perRegion>: answers per region have no equivalent '
        "(a region carries only its label); left out"
    ]


def test_per_region_transcripts_are_left_out() -> None:
    result = template("automatic-speech-recognition-using-segments")
    assert result.schema == schema("audio", [field("labels", "segments", ["Speech", "Noise"])])
    assert result.dropped == [
        '<TextArea name="transcription" perRegion>: answers per region have no equivalent '
        "(a region carries only its label); left out"
    ]


def test_ocr_labels_go_to_one_field_per_drawing_tool() -> None:
    result = template("optical-character-recognition")
    labels = coloured(("Text", "#008000"), ("Handwriting", "#0000ff"))
    assert result.schema == schema(
        "image", [field("bbox", "boxes", labels=labels), field("poly", "polygons", labels=labels)]
    )
    assert result.dropped == [
        '<Labels name="label">: its labels go to the region fields "bbox", "poly"',
        '<TextArea name="transcription" perRegion>: answers per region have no equivalent '
        "(a region carries only its label); left out",
    ]


def test_conditional_choices_become_optional_fields_always_shown() -> None:
    result = template("nested-classification-audio")
    assert result.schema == schema(
        "audio",
        [
            field("intent", "choice", ["Positive", "Negative", "Neutral"]),
            field("other_props", "choice", ["Noisy", "Clear"]),
            field("emotion", "choice", ["Crowd", "Machinery", "Traffic", "Unsure/Other"]),
        ],
        "- `other_props`: Other properties of the audio clip\n- `emotion`: What type of noise?",
    )
    assert result.dropped == [
        '<Choices name="other-props" visibleWhen>: shown in Label Studio only when a choice is '
        'picked in "intent"; here it is always shown, and optional',
        '<Choices name="other-props">: field named "other_props" (was "other-props")',
        '<Choices name="emotion" visibleWhen>: shown in Label Studio only when "Noisy" is picked '
        'in "other-props"; here it is always shown, and optional',
    ]


def test_visual_question_answering_mixes_media_kinds() -> None:
    with pytest.raises(LabelStudioConfigError) as caught:
        template("visual-question-answering")
    assert str(caught.value) == (
        "The Label Studio config shows image and text together "
        '(<Image name="image">, <Text name="q1">, <Text name="q2">); a schema has one media kind.'
    )


@pytest.mark.parametrize("path", sorted(DATA.glob("*.xml")), ids=lambda p: p.stem)
def test_every_template_gives_a_valid_schema_or_a_clear_error(path: Path) -> None:
    try:
        result = import_labelstudio(path.read_text(encoding="utf-8"))
    except LabelStudioConfigError as exc:
        assert str(exc).endswith(".")
        return
    parse_schema(result.schema)
    assert all(line.startswith("<") for line in result.dropped)


# -- the mapping, tag by tag ------------------------------------------------------------------


def test_choices_carry_multiple_required_hotkeys_and_colours() -> None:
    result = on_image(
        '<Choices name="scene" toName="image" choice="multiple" required="true">'
        '<Choice value="urban" hotkey="u" background="#F00"/>'
        '<Choice value="rural" hotkey="r" background="rgba(0, 128, 0, 0.5)"/>'
        "</Choices>"
    )
    assert result.schema["fields"] == [
        {
            "name": "scene",
            "kind": "multichoice",
            "required": True,
            "labels": [
                {"value": "urban", "hotkey": "u", "color": "#ff0000"},
                {"value": "rural", "hotkey": "r", "color": "#008000"},
            ],
        }
    ]
    assert result.dropped == []


def test_tags_and_attributes_ignore_case_as_label_studio_does() -> None:
    result = import_labelstudio(
        '<view><image NAME="img" value="$image"/>'
        '<choices name="scene" TONAME="img" Required="TRUE"><choice VALUE="a"/></choices></view>'
    )
    assert result.schema["fields"] == [field("scene", "choice", ["a"], required=True)]


def test_textarea_elsewhere_than_audio_is_text() -> None:
    result = on_image('<Header value="Describe it"/><TextArea name="caption" toName="image"/>')
    assert result.schema["fields"] == [field("caption", "text")]
    assert result.schema["instructions"] == "- `caption`: Describe it"


def test_rating_default_and_unreadable_max() -> None:
    plain = on_image('<Rating name="quality" toName="image"/>')
    assert plain.schema["fields"] == [field("quality", "rating", min=1, max=5)]
    bad = on_image('<Rating name="quality" toName="image" maxRating="1"/>')
    assert bad.schema["fields"] == [field("quality", "rating", min=1, max=5)]
    assert bad.dropped == [
        '<Rating name="quality" maxRating="1">: the most stars must be a whole number '
        "from 2 to 100; 5 used"
    ]


@pytest.mark.parametrize("raw", ["²", "١٠", "۱۰", "１０", "10.0", "-7", "1e1"])
def test_rating_max_in_anything_but_ascii_digits_is_a_dropped_line(raw: str) -> None:
    # "²".isdigit() is true and int("²") raises; "١٠" reads as 10 with int(). Neither is
    # what Label Studio writes: the field keeps 5 stars and says so.
    result = on_image(f'<Rating name="quality" toName="image" maxRating="{raw}"/>')
    assert result.schema["fields"] == [field("quality", "rating", min=1, max=5)]
    assert len(result.dropped) == 1
    assert result.dropped[0].endswith("the most stars must be a whole number from 2 to 100; 5 used")


def test_rating_max_with_leading_zeros_is_kept() -> None:
    result = on_image('<Rating name="quality" toName="image" maxRating="07"/>')
    assert result.schema["fields"] == [field("quality", "rating", min=1, max=7)]
    assert result.dropped == []


def test_collapse_panels_are_containers_and_their_values_titles() -> None:
    result = on_image(
        '<Collapse><Panel value="Details"><Choices name="c" toName="image">'
        '<Choice value="a"/></Choices></Panel></Collapse>'
    )
    assert result.schema["fields"] == [field("c", "choice", ["a"])]
    assert result.schema["instructions"] == "- `c`: Details"
    assert result.dropped == []


def test_labels_need_a_drawing_tool_on_images() -> None:
    with pytest.raises(LabelStudioConfigError) as caught:
        on_image('<Labels name="l" toName="image"><Label value="a"/></Labels>')
    assert "no Rectangle, Polygon or KeyPoint goes with it" in str(caught.value)


def test_a_tool_without_labels_gets_one_label() -> None:
    result = on_image('<Rectangle name="box" toName="image"/>')
    assert result.schema["fields"] == [field("box", "boxes", ["box"])]
    assert result.dropped == [
        '<Rectangle name="box">: regions without labels; carried over with one label, "box"'
    ]


def test_labels_on_audio_and_text_fit_their_media() -> None:
    audio = import_labelstudio(
        '<View><AudioPlus name="a" value="$a"/>'
        '<RectangleLabels name="r" toName="a"><Label value="x"/></RectangleLabels>'
        '<Labels name="s" toName="a"><Label value="x"/></Labels></View>'
    )
    assert audio.schema["fields"] == [field("s", "segments", ["x"])]
    assert audio.dropped == ['<RectangleLabels name="r">: needs image media, not audio; left out']


def test_label_details_that_do_not_carry_over_are_listed() -> None:
    result = on_image(
        '<Choices name="c" toName="image">'
        '<Choice value="car" alias="CAR" hint="four wheels" selected="true"/>'
        '<Choice value="car"/><Choice value=" "/>'
        '<Choice value="bus" background="not-a-colour"/>'
        "</Choices>"
    )
    assert result.schema["fields"] == [field("c", "choice", ["car", "bus"])]
    assert result.dropped == [
        '<Choices name="c">, choice "car": alias "CAR" has no equivalent; answers store "car"',
        '<Choices name="c">, choice "car": pre-selected in Label Studio; a prefill can propose it',
        '<Choices name="c">, choice "car": hint "four wheels" is not shown; left out',
        '<Choices name="c">, choice "car": appears twice; the second is left out',
        '<Choices name="c">: a choice without a value; left out',
        '<Choices name="c">, choice "bus": colour "not-a-colour" is not one we can read; left out',
    ]


def test_region_options_without_equivalent_are_listed() -> None:
    result = on_image(
        '<RectangleLabels name="r" toName="image" choice="multiple" maxUsages="3">'
        '<Label value="a"/></RectangleLabels>'
    )
    assert result.dropped == [
        '<RectangleLabels name="r" choice="multiple">: a region gets one label here',
        '<RectangleLabels name="r" maxUsages>: limits on uses per item have no equivalent',
    ]


def test_hotkeys_only_single_free_unreserved_keys() -> None:
    result = on_image(
        '<Choices name="a" toName="image">'
        '<Choice value="one" hotkey="ctrl+1"/><Choice value="two" hotkey="?"/>'
        '<Choice value="three" hotkey=" "/><Choice value="four" hotkey="c"/></Choices>'
        '<RectangleLabels name="b" toName="image"><Label value="car" hotkey="C"/>'
        "</RectangleLabels>"
    )
    labels = [f["labels"] for f in result.schema["fields"]]
    assert labels == [
        [{"value": "one"}, {"value": "two"}, {"value": "three"}, {"value": "four", "hotkey": "c"}],
        [{"value": "car"}],
    ]
    assert result.dropped == [
        '<Choices name="a">, choice "one": hotkey "ctrl+1" dropped; '
        "only single-key hotkeys are carried over",
        '<Choices name="a">, choice "two": hotkey "?" dropped; ? is reserved by the workbench',
        '<Choices name="a">, choice "three": hotkey " " dropped; '
        "Space is reserved by the workbench",
        '<RectangleLabels name="b">, label "car": hotkey "C" dropped; '
        'it already picks choice "four" of field "a"',
    ]


def test_names_are_derived_and_made_unique() -> None:
    result = on_image(
        "".join(
            f'<Choices name="{name}" toName="image"><Choice value="x"/></Choices>'
            for name in ("Vehicle Type", "vehicle-type", "9 lives", "情感", "")
        )
    )
    names = [f["name"] for f in result.schema["fields"]]
    assert names == ["vehicle_type", "vehicle_type_2", "field_9_lives", "field", "choices"]
    assert result.dropped == [
        '<Choices name="Vehicle Type">: field named "vehicle_type" (was "Vehicle Type")',
        '<Choices name="vehicle-type">: field named "vehicle_type_2" (was "vehicle-type")',
        '<Choices name="9 lives">: field named "field_9_lives" (was "9 lives")',
        '<Choices name="情感">: field named "field" (was "情感")',
        '<Choices>: field named "choices" (was no name)',
    ]


def test_at_most_32_fields() -> None:
    body = "".join(
        f'<Choices name="c{i}" toName="image"><Choice value="x"/></Choices>' for i in range(34)
    )
    result = on_image(body)
    assert len(result.schema["fields"]) == 32
    assert result.dropped == [
        f'<Choices name="c{i}">: a schema holds at most 32 fields; left out' for i in (32, 33)
    ]


def test_unsupported_and_unknown_tags_are_listed_and_their_insides_kept() -> None:
    result = on_image(
        '<Number name="n" toName="image"/><Taxonomy name="t" toName="image"/>'
        '<Wrapper><Choices name="inner" toName="image"><Choice value="a"/></Choices></Wrapper>'
        "<Style>.x { color: red }</Style>"
    )
    assert result.schema["fields"] == [field("inner", "choice", ["a"])]
    assert result.dropped == [
        '<Number name="n">: numbers have no field kind (a rating or text field can stand in); '
        "left out",
        '<Taxonomy name="t">: taxonomies (nested labels) are not supported; left out',
        "<Wrapper>: not a Label Studio tag this import knows; ignored",
    ]


def test_extra_objects_and_the_controls_on_them_are_left_out() -> None:
    result = import_labelstudio(
        '<View><Header value="Left"/><Image name="left" value="$a"/>'
        '<Header value="Right"/><Image name="right" value="$b"/>'
        '<Video name="v" value="$v"/>'
        '<TextArea name="about_right" toName="right"/>'
        '<Choices name="both" toName="left,right"><Choice value="same"/></Choices></View>'
    )
    assert result.schema["fields"] == [field("both", "choice", ["same"])]
    assert result.schema["instructions"] == "Left"
    assert result.dropped == [
        '<Image name="right">: an item has one image; only <Image name="left"> is carried over',
        '<Video name="v">: videos are not supported; left out',
        '<TextArea name="about_right">: labels <Image name="right">, which is not carried over; '
        "left out",
    ]


def test_static_text_and_headers_become_instructions_and_task_data_does_not() -> None:
    result = on_image(
        '<Header value="Look closely"/><Text name="help" value="Boxes hug the object."/>'
        '<Header value="$prompt"/><Text name="more">Tight boxes only.</Text>'
        '<Choices name="c" toName="image"><Choice value="a"/></Choices>'
    )
    assert (
        result.schema["instructions"]
        == "Look closely\n\nBoxes hug the object.\n\nTight boxes only."
    )
    assert result.dropped == ['<Header value="$prompt">: shows task data; left out']


def test_dynamic_choices_are_left_out() -> None:
    result = on_image(
        '<Choices name="dyn" toName="image" value="$options"/>'
        '<Choices name="c" toName="image"><Choice value="a"/></Choices>'
    )
    assert result.dropped == [
        '<Choices name="dyn" value="$options">: its choices come from each task\'s data, '
        "and a schema needs fixed ones; left out"
    ]


def test_a_view_condition_applies_to_what_is_inside() -> None:
    result = on_image(
        '<Choices name="a" toName="image"><Choice value="x"/></Choices>'
        '<View visibleWhen="choice-unselected" whenTagName="a" whenChoiceValue="x">'
        '<Choices name="b" toName="image" required="true"><Choice value="y"/></Choices></View>'
    )
    assert result.schema["fields"][1] == field("b", "choice", ["y"])
    assert result.dropped == [
        '<Choices name="b" visibleWhen>: shown in Label Studio only when "x" is not picked in '
        '"a"; here it is always shown, and optional'
    ]


# -- errors and hostile input ---------------------------------------------------------------

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    '<View><Image name="i" value="$i"/><Header value="&lol3;"/></View>'
)
EXTERNAL = (
    '<?xml version="1.0"?><!DOCTYPE v [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    '<View><Image name="i" value="$i"/><Header value="&x;"/></View>'
)
DOCTYPE = "declares a document type (<!DOCTYPE>)"


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        (BILLION_LAUGHS, DOCTYPE),
        (EXTERNAL, DOCTYPE),
        ("", "The Label Studio config is empty."),
        ("  \n\t", "The Label Studio config is empty."),
        ("\x89PNG\r\n\x1a\n<<<", "not well-formed XML: not well-formed (invalid token) at line 1"),
        ("<View><Image name='i' value='$i'/>", "not well-formed XML: no element found at line 1"),
        ("<View>a&nbsp;b</View>", "not well-formed XML: undefined entity at line 1, column 8"),
        ("<View>\ud800</View>", "characters that are not valid Unicode"),
        ("<View>" * 101 + "</View>" * 101, "nests tags more than 100 deep"),
        ("<View>" + "<Header value='x'/>" * 20_001 + "</View>", "more than 20000 tags"),
        ("<html><body>hello</body></html>", "no object tag this import supports"),
        (
            '<View><TimeSeries name="p" value="$p"/><Video name="v" value="$v"/></View>',
            "(Image, Text, HyperText, Audio, AudioPlus, List, Chat or Paragraphs); it shows "
            "TimeSeries, Video.",
        ),
        ('<View><Image name="i" value="$i"/></View>', "(it has no control tags)"),
    ],
    ids=[
        "billion-laughs",
        "external-entity",
        "empty",
        "blank",
        "garbage",
        "truncated",
        "html-entity",
        "lone-surrogate",
        "too-deep",
        "too-many-tags",
        "not-label-studio",
        "unsupported-objects",
        "no-controls",
    ],
)
def test_bad_configs_raise_a_clear_error(xml: str, message: str) -> None:
    with pytest.raises(LabelStudioConfigError) as caught:
        import_labelstudio(xml)
    assert message in str(caught.value)


def test_five_megabytes_of_nested_tags_is_refused_at_once() -> None:
    xml = "<View>" * 450_000 + "</View>" * 450_000
    assert len(xml) > 5_000_000 > MAX_CONFIG_CHARS
    start = time.perf_counter()
    with pytest.raises(LabelStudioConfigError, match="at most 1 million"):
        import_labelstudio(xml)
    assert time.perf_counter() - start < 1.0


def test_deep_nesting_just_under_the_size_cap_stops_early() -> None:
    xml = "<View>" * 75_000 + "</View>" * 75_000
    assert len(xml) < MAX_CONFIG_CHARS
    start = time.perf_counter()
    with pytest.raises(LabelStudioConfigError, match="more than 100 deep"):
        import_labelstudio(xml)
    assert time.perf_counter() - start < 2.0


def test_bytes_are_refused_with_a_sentence() -> None:
    with pytest.raises(LabelStudioConfigError, match="given as text"):
        import_labelstudio(b"<View/>")  # type: ignore[arg-type]


def test_the_error_is_a_value_error() -> None:
    assert issubclass(LabelStudioConfigError, ValueError)


# -- the schema's own hotkey clash message (what the importer avoids) ---------------------------


def test_schema_hotkey_clash_names_both_fields_and_labels() -> None:
    doc = schema(
        "image",
        [
            field("scene", "choice", labels=None) | {"labels": [{"value": "city", "hotkey": "c"}]},
            field("vehicle", "boxes") | {"labels": [{"value": "car", "hotkey": "C"}]},
        ],
    )
    with pytest.raises(SchemaInvalid) as caught:
        parse_schema(doc)
    [problem] = caught.value.problems
    assert problem.path == "fields[1].labels[0].hotkey"
    assert problem.message == (
        "hotkey 'C' of field 'vehicle', label 'car' is already used by "
        "field 'scene', label 'city' at fields[0].labels[0].hotkey"
    )
