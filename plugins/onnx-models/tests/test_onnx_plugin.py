"""The plugin as labeler finds it, its pre-annotation (prefills with scores and a
confidence, progress, cancel, items it cannot read) and its assist (the item on screen, a
box of it)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import onnx_models_builders as build
import pytest
from labeler_onnx_models import (
    AssistError,
    ModelAssist,
    ModelError,
    ModelPreAnnotator,
    ModelPrefill,
    load_model,
    plugin,
)
from labeler_onnx_models.model import Model
from PIL import Image

from labeler.core import plugins
from labeler.core.plugins import Assist, ItemView, PreAnnotator, Prompt
from labeler.core.schema import parse_schema

ROOT = Path(__file__).resolve().parents[3]
SCHEMA = parse_schema(
    {
        "title": "Street",
        "media": "image",
        "fields": [
            {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}, {"value": "bus"}]},
            {"name": "colour", "kind": "choice", "labels": [{"value": "red"}, {"value": "blue"}]},
        ],
    }
)
OBJECTS, COLOUR = SCHEMA.field("objects"), SCHEMA.field("colour")


def _yaml(models: Path, **extra: object) -> Path:
    build.yolo_detector(models / "det.onnx", classes=2, fixed=[[48, 48, 8, 8, 0.0, 0.4]])
    return build.write_yaml(
        models / "det.yaml",
        title="Cars",
        task="detect",
        model="det.onnx",
        field="objects",
        labels={0: "car", 1: "bus"},
        output={"format": "yolov8"},
        **extra,
    )


@pytest.fixture
def detector(models: Path) -> Model:
    return load_model(_yaml(models))


def picture(models: Path, name: str, rects: list[tuple[int, int, int, int]]) -> ItemView:
    image = Image.new("RGB", (64, 64))
    for rect in rects:
        image.paste((255, 255, 255), rect)
    image.save(models / name)
    return ItemView(name, "image", models / name)


def _plugins_listing(env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "labeler.cli", "plugins"],
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    return done.stdout + done.stderr


def test_labeler_plugins_lists_it_and_says_why_a_model_is_wrong(models: Path) -> None:
    version = metadata.distribution("labeler-onnx-models").version
    listed = _plugins_listing({"LABELER_ONNX_MODEL": ""})
    line = (
        f"onnx-models (labeler-onnx-models {version}): ONNX models. assist: onnx-model; "
        "pre-annotation: onnx-model"
    )
    assert line in listed.splitlines(), listed
    bad = models / "bad.yaml"
    bad.write_text("task: detect\nmodel: none.onnx\n", encoding="utf-8")
    listed = _plugins_listing({"LABELER_ONNX_MODEL": str(bad)})
    assert "onnx-models (labeler-onnx-models" in listed and "failed to load: SpecError" in listed
    assert "model: no file 'none.onnx'" in listed and "labels: is required" in listed
    listed = _plugins_listing({"LABELER_ONNX_MODEL": str(_yaml(models, input={"size": 32}))})
    assert "failed to load: ModelMismatch" in listed and "takes a width of 64 px" in listed


def test_it_loads_as_a_plugin_of_both_kinds(models: Path) -> None:
    [loaded] = [p for p in plugins.discover() if p.entry_point == "onnx-models"]
    assert loaded.ok and loaded.plugin is not None, loaded.error
    assert all(isinstance(a, Assist) for a in loaded.plugin.assists)
    assert all(isinstance(p, PreAnnotator) for p in loaded.plugin.preannotators)
    configured = plugin(_yaml(models))
    assert configured.assists[0].title == "ONNX model: Cars"


def test_loading_it_without_a_model_loads_neither_numpy_nor_onnx_runtime() -> None:
    """Every start of labeler loads the plugins: ONNX Runtime waits for a model, and the
    YAML reader (2 MB) for a model's YAML."""
    code = (
        "import sys, labeler_onnx_models as m; m.plugin(); "
        "print(sorted(n for n in ('numpy', 'onnxruntime', 'cv2', 'yaml') if n in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT / "plugins" / "onnx-models"), str(ROOT)]),
            "LABELER_ONNX_MODEL": "",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.stdout.strip() == "[]", done.stderr


def test_a_host_offers_it_only_where_its_model_answers(models: Path, detector: Model) -> None:
    """Without a model it takes no prompt, so the workbench asks another assist (the
    OpenCV one tightens a box); a detector answers boxes fields, a classifier labels."""
    from labeler.core.plugins.host import fitting

    assert fitting([ModelAssist(None)], "image", "box", "boxes") == []
    with_model = ModelAssist(detector)
    assert fitting([with_model], "image", "box", "boxes") == [with_model]
    assert fitting([with_model], "image", "item", "choice") == []
    build.classifier(models / "cls.onnx")
    yaml = build.write_yaml(
        models / "cls.yaml", task="classify", model="cls.onnx", field="colour", labels=["red"]
    )
    labels = ModelAssist(load_model(yaml))
    assert fitting([labels], "image", "item", "choice") == [labels]
    assert fitting([labels], "image", "item", "boxes") == []


def test_without_a_model_it_says_how_to_set_one(models: Path) -> None:
    item = picture(models, "a.png", [])
    with pytest.raises(ModelError, match="LABELER_ONNX_MODEL names a model's YAML"):
        ModelAssist(None).propose(item, OBJECTS, {}, Prompt("item"))
    with pytest.raises(ModelError, match="no ONNX model is set"):
        ModelPreAnnotator(None).annotate([item], SCHEMA, lambda done: True)


# -- pre-annotation ---------------------------------------------------------------------


def test_prefills_with_each_box_s_score_and_the_least_sure_as_confidence(
    models: Path, detector: Model
) -> None:
    items = [
        picture(models, "one.png", [(8, 8, 24, 40)]),
        picture(models, "none.png", []),
    ]
    done: list[int] = []
    run = ModelPreAnnotator(detector).annotate(items, SCHEMA, lambda n: done.append(n) or True)
    first, second = list(run)
    assert isinstance(first, ModelPrefill) and first.item_id == "one.png"
    assert first.answer == {
        "objects": [
            {"label": "car", "x": 8.0, "y": 8.0, "w": 16.0, "h": 32.0},
            {"label": "bus", "x": 44.0, "y": 44.0, "w": 8.0, "h": 8.0},
        ]
    }
    assert first.scores == {"objects": (0.9, 0.4)} and first.confidence == 0.4
    # Nothing bright: the bus alone.
    assert second.answer == {
        "objects": [{"label": "bus", "x": 44.0, "y": 44.0, "w": 8.0, "h": 8.0}]
    }
    assert done == [1, 2]


def test_an_item_with_nothing_found_is_proposed_empty(models: Path) -> None:
    model = load_model(_yaml(models, score_threshold=0.5))
    [prefill] = ModelPreAnnotator(model).annotate(
        [picture(models, "none.png", [])], SCHEMA, lambda n: True
    )
    # The best candidate left under the threshold scored 0.4: 1 − 0.4 sure it is empty.
    assert (prefill.answer, prefill.confidence) == ({"objects": []}, 0.6)


def test_items_that_cannot_be_read_are_problems_and_the_run_goes_on(
    models: Path, detector: Model
) -> None:
    (models / "text.png").write_text("not a picture", encoding="utf-8")
    items = [
        ItemView("text", "image", models / "text.png"),
        ItemView("gone", "image", models / "gone.png"),
        ItemView("words", "text", text="a text"),
        picture(models, "fine.png", [(8, 8, 24, 40)]),
    ]
    problems: list[tuple[str, str]] = []
    run = ModelPreAnnotator(detector).annotate(
        items, SCHEMA, lambda n: True, on_problem=lambda i, why: problems.append((i, why))
    )
    assert [p.item_id for p in run] == ["fine.png"]
    assert [i for i, _ in problems] == ["text", "gone", "words"]
    assert "is not a picture" in problems[0][1] and "No such file" in problems[1][1]
    assert problems[2][1] == "item words is text, not an image"


def test_a_picture_too_large_to_decode_is_a_problem(
    models: Path, detector: Model, monkeypatch: pytest.MonkeyPatch
) -> None:
    from labeler_onnx_models import picture as pictures

    monkeypatch.setattr(pictures, "MAX_PIXELS", 64 * 63)
    problems: list[tuple[str, str]] = []
    run = ModelPreAnnotator(detector).annotate(
        [picture(models, "big.png", [])],
        SCHEMA,
        lambda n: True,
        on_problem=lambda i, why: problems.append((i, why)),
    )
    assert list(run) == []
    assert problems == [
        (
            "big.png",
            f"the file of item big.png is too large to decode (64 × 64 px): {models}/big.png",
        )
    ]


def test_a_schema_the_model_does_not_fit_is_refused_before_any_item(detector: Model) -> None:
    schema = parse_schema(
        {
            "title": "x",
            "media": "image",
            "fields": [{"name": "objects", "kind": "boxes", "labels": [{"value": "car"}]}],
        }
    )

    def untouched() -> Iterator[ItemView]:
        raise AssertionError("no item may be read")
        yield  # pragma: no cover

    with pytest.raises(ModelError, match="labels.1: field 'objects' has no label 'bus'"):
        ModelPreAnnotator(detector).annotate(untouched(), schema, lambda n: True)


def test_progress_answering_false_stops_after_that_item(models: Path, detector: Model) -> None:
    items = [picture(models, f"{i}.png", [(8, 8, 24, 40)]) for i in range(5)]
    run = ModelPreAnnotator(detector).annotate(items, SCHEMA, lambda done: done < 2)
    assert [p.item_id for p in run] == ["0.png", "1.png"]


def test_a_cancel_from_another_thread_stops_before_the_next_item(
    models: Path, detector: Model
) -> None:
    cancel = threading.Event()
    asked: list[str] = []

    def items() -> Iterator[ItemView]:
        for i in range(6):
            asked.append(str(i))
            if i == 3:
                # Another thread stops the run once the third item is done.
                threading.Thread(target=cancel.set).start()
                assert cancel.wait(5)
            yield picture(models, f"{i}.png", [(8, 8, 24, 40)])

    run = ModelPreAnnotator(detector).annotate(items(), SCHEMA, lambda n: True, cancel=cancel)
    assert [p.item_id for p in run] == ["0.png", "1.png", "2.png"]
    assert asked == ["0", "1", "2", "3"]  # the fourth was fetched, not run


# -- the assist ----------------------------------------------------------------------------


def test_the_assist_proposes_the_item_s_boxes_with_their_scores(
    models: Path, detector: Model
) -> None:
    item = picture(models, "one.png", [(8, 8, 24, 40)])
    proposals = ModelAssist(detector).propose(item, OBJECTS, {}, Prompt("item"))
    assert [(p.field, dict(p.value), p.confidence) for p in proposals] == [
        ("objects", {"label": "car", "x": 8.0, "y": 8.0, "w": 16.0, "h": 32.0}, 0.9),
        ("objects", {"label": "bus", "x": 44.0, "y": 44.0, "w": 8.0, "h": 8.0}, 0.4),
    ]
    armed = ModelAssist(detector).propose(item, OBJECTS, {}, Prompt("item", label="bus"))
    assert [p.value["label"] for p in armed] == ["bus"]


def test_a_box_prompt_runs_the_model_on_that_part(models: Path, detector: Model) -> None:
    """The test model boxes all bright pixels together: on the whole picture the two
    squares are one box; in a box around the first, that square alone."""
    item = picture(models, "two.png", [(4, 4, 12, 12), (20, 20, 30, 30)])
    assist = ModelAssist(detector)
    whole = assist.propose(item, OBJECTS, {}, Prompt("item", label="car"))
    assert [dict(p.value) for p in whole] == [
        {"label": "car", "x": 4.0, "y": 4.0, "w": 26.0, "h": 26.0}
    ]
    part = assist.propose(item, OBJECTS, {}, Prompt("box", ((2, 2), (15, 16)), label="car"))
    [square] = [p.value for p in part]
    # The part is enlarged about 4.6 times to fill the input: its edges are found within
    # a pixel of the input, a fifth of one here.
    assert square["label"] == "car"
    assert [square[k] for k in "xywh"] == pytest.approx([4, 4, 8, 8], abs=0.25)
    assert assist.propose(item, OBJECTS, {}, Prompt("box", ((70, 70), (90, 90)))) == []


def test_a_classifier_assist_proposes_the_label(models: Path) -> None:
    build.classifier(models / "cls.onnx", classes=3)
    yaml = build.write_yaml(
        models / "cls.yaml",
        task="classify",
        model="cls.onnx",
        field="colour",
        labels={0: "red", 2: "blue"},
    )
    item = ItemView("r", "image", models / "red.png")
    Image.new("RGB", (20, 20), (250, 0, 0)).save(models / "red.png")
    [proposal] = ModelAssist(load_model(yaml)).propose(item, COLOUR, {}, Prompt("item"))
    assert proposal.value == {"label": "red"} and proposal.confidence > 0.99


@pytest.mark.parametrize(
    ("field", "prompt", "said"),
    [
        (COLOUR, Prompt("item"), "Cars proposes for 'objects'; not for 'colour'"),
        (OBJECTS, Prompt("click", ((3, 3),)), "takes an item or a box prompt, not a click"),
        (OBJECTS, Prompt("item", label="tram"), "field 'objects' has no label 'tram'"),
        (OBJECTS, Prompt("box", ((3, 3), (3, 9))), "two corners enclose no area"),
        (OBJECTS, Prompt("box", ((3, float("nan")), (5, 9))), "each a pair of finite numbers"),
    ],
)
def test_what_the_assist_cannot_answer_is_said(
    models: Path, detector: Model, field: object, prompt: Prompt, said: str
) -> None:
    item = picture(models, "a.png", [])
    with pytest.raises(AssistError, match=said.replace("(", r"\(").replace(")", r"\)")):
        ModelAssist(detector).propose(item, field, {}, prompt)  # type: ignore[arg-type]
