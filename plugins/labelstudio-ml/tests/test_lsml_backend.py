"""Against the real `label-studio-ml` server (1.0.9 from PyPI) running the model of
`backend/model.py`: the protocol as the package answers it, the items' files fetched by
its own downloader, the answers mapped back into the schema's shapes."""

from __future__ import annotations

import json
import socket
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from labeler_labelstudio_ml import (
    Backend,
    BackendAssist,
    BackendConfig,
    BackendError,
    BackendPreAnnotator,
)
from lsml_server import RunningBackend
from PIL import Image

from labeler.core.plugins import ItemView, Prompt
from labeler.core.schema import Schema, parse_schema

pytestmark = pytest.mark.slow

IMAGE_SCHEMA = {
    "title": "Streets",
    "media": "image",
    "fields": [
        {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}, {"value": "person"}]},
        {"name": "areas", "kind": "polygons", "labels": [{"value": "road"}]},
        {"name": "marks", "kind": "points", "labels": [{"value": "pole"}]},
        {"name": "scene", "kind": "choice", "labels": [{"value": "day"}, {"value": "night"}]},
    ],
}


def _schema(raw: dict[str, Any]) -> Schema:
    return parse_schema(raw)


@pytest.fixture
def picture(tmp_path: Path) -> ItemView:
    """A 400×300 picture whose display variant, the file on this computer, is 200×150."""
    path = tmp_path / "street.display.jpg"
    Image.new("RGB", (200, 150), "grey").save(path)
    return ItemView("img-1", "image", path=path, size=(400, 300), display_size=(200, 150))


@pytest.fixture
def backend(server: RunningBackend) -> Iterator[Backend]:
    """The plugin's view of the running server."""
    made = Backend(BackendConfig(url=server.url, timeout=30))
    yield made
    made.close()


def _asked(server: RunningBackend) -> dict[str, Any]:
    """What the model was last asked: its tasks, its context and its config."""
    return json.loads(server.log.read_text().splitlines()[-1])


def _all(gen: Iterator[Any]) -> list[Any]:
    return list(gen)


def test_a_picture_is_pre_annotated_in_original_pixels(
    backend: Backend, picture: ItemView, server: RunningBackend
) -> None:
    schema = _schema(IMAGE_SCHEMA)
    done: list[int] = []
    [prefill] = _all(
        BackendPreAnnotator(backend).annotate([picture], schema, lambda n: done.append(n) or True)
    )
    assert prefill.item_id == "img-1" and prefill.confidence == 0.75
    assert prefill.answer == {
        "objects": [{"label": "car", "x": 40, "y": 60, "w": 120, "h": 120}],
        "areas": [{"label": "road", "points": [[40, 30], [200, 30], [120, 120]]}],
        "marks": [{"label": "pole", "x": 200, "y": 150}],
        "scene": "night",
    }
    assert done == [1]
    # The ellipse the model adds has no field to go to: said, not dropped.
    [problem] = backend.problems
    assert problem.item == "img-1"
    assert (
        problem.message
        == "result[1]: a 'ellipselabels' result cannot answer field 'objects' (boxes)"
    )
    # The backend saw our schema's config and fetched the picture by URL.
    asked = _asked(server)
    assert '<RectangleLabels name="objects" toName="image">' in asked["config"]
    assert asked["tasks"][0]["data"]["image"].startswith("http://127.0.0.1:")
    assert asked["context"] is None


def test_a_click_asks_for_a_box_around_it(
    backend: Backend, picture: ItemView, server: RunningBackend
) -> None:
    schema = _schema(IMAGE_SCHEMA)
    objects = schema.field("objects")
    prompt = Prompt("click", points=((200, 150),), label="person")
    [proposal] = BackendAssist(backend).propose(picture, objects, {}, prompt)
    assert proposal.field == "objects" and proposal.confidence == 0.95
    assert proposal.value == {"label": "person", "x": 180, "y": 135, "w": 40, "h": 30}
    [region] = _asked(server)["context"]["result"]
    # As Label Studio's interactive annotation sends a click (the form SAM reads): in
    # percent of the picture the backend downloads, and that picture's size.
    assert region["type"] == "keypointlabels" and region["is_positive"] is True
    assert region["value"]["x"] == 50 and region["value"]["y"] == 50
    assert region["value"]["keypointlabels"] == ["person"]
    assert (region["original_width"], region["original_height"]) == (200, 150)
    assert region["from_name"] == "objects" and region["to_name"] == "image"


#: A lead's own config for a Segment Anything backend: a brush control named as the
#: polygons field, and the smart key points it takes clicks from.
SAM_CONFIG = """<View>
  <Image name="image" value="$image"/>
  <BrushLabels name="areas" toName="image"><Label value="road"/></BrushLabels>
  <KeyPointLabels name="click" toName="image" smart="true"><Label value="road"/></KeyPointLabels>
</View>"""


def test_a_click_on_a_segment_anything_backend_gives_the_mask_s_outline(
    server: RunningBackend, picture: ItemView
) -> None:
    backend = Backend(BackendConfig(url=server.url, label_config=SAM_CONFIG))
    areas = _schema(IMAGE_SCHEMA).field("areas")
    prompt = Prompt("click", points=((200, 150),), label="road")
    [proposal] = BackendAssist(backend).propose(picture, areas, {}, prompt)
    # A 20 % square of the 200×150 picture the backend saw, in the original's pixels.
    assert proposal.value == {
        "label": "road",
        "points": [[160, 120], [160, 180], [240, 180], [240, 120]],
    }
    assert proposal.confidence == 0.85 and backend.problems == []
    asked = _asked(server)
    assert asked["config"] == SAM_CONFIG and asked["context"]["result"][0]["from_name"] == "areas"
    # Pre-annotation takes the mask too; the clicks' control is no field, and is said.
    [prefill] = _all(BackendPreAnnotator(backend).annotate([picture], _schema(IMAGE_SCHEMA), bool))
    assert prefill.answer == {
        "areas": [{"label": "road", "points": [[40, 30], [40, 90], [120, 90], [120, 30]]}]
    }
    assert [p.message for p in backend.problems] == [
        "result[1]: from_name 'click' is not a field of the schema"
    ]
    backend.close()


def test_a_box_prompt_on_a_polygons_field(
    backend: Backend, picture: ItemView, server: RunningBackend
) -> None:
    areas = _schema(IMAGE_SCHEMA).field("areas")
    prompt = Prompt("box", points=((100, 60), (40, 30)), label="road")
    [proposal] = BackendAssist(backend).propose(picture, areas, {}, prompt)
    assert proposal.value == {
        "label": "road",
        "points": [[40, 30], [100, 30], [100, 60], [40, 60]],
    }
    [region] = _asked(server)["context"]["result"]
    assert region["type"] == "rectanglelabels"
    assert region["value"] == {
        "x": 10,
        "y": 10,
        "width": 15,
        "height": 10,
        "rotation": 0,
        "rectanglelabels": ["road"],
    }


def test_text_spans_are_code_points(backend: Backend, server: RunningBackend) -> None:
    schema = _schema(
        {
            "title": "",
            "media": "text",
            "fields": [
                {"name": "entities", "kind": "spans", "labels": [{"value": "PER"}]},
                {"name": "tone", "kind": "choice", "labels": [{"value": "pos"}, {"value": "neg"}]},
            ],
        }
    )
    text = "عمنہ لاہور میں رہتی ہے"
    item = ItemView("t-1", "text", text=text)
    [prefill] = _all(BackendPreAnnotator(backend).annotate([item], schema, lambda n: True))
    assert prefill.answer == {
        "entities": [{"label": "PER", "start": 0, "end": 4}],
        "tone": "neg",
    }
    assert _asked(server)["tasks"] == [{"id": 1, "data": {"text": text}}]
    assert backend.problems == []


def test_audio_segments_and_transcript(backend: Backend, tmp_path: Path) -> None:
    path = tmp_path / "clip.wav"
    with wave.open(str(path), "wb") as clip:
        clip.setnchannels(1)
        clip.setsampwidth(2)
        clip.setframerate(8000)
        clip.writeframes(b"\0\0" * 16000)
    schema = _schema(
        {
            "title": "",
            "media": "audio",
            "fields": [
                {"name": "speech", "kind": "segments", "labels": [{"value": "voice"}]},
                {"name": "words", "kind": "transcript"},
            ],
        }
    )
    item = ItemView("a-1", "audio", path=path, duration=2.0)
    [prefill] = _all(BackendPreAnnotator(backend).annotate([item], schema, lambda n: True))
    assert prefill.answer == {
        "speech": [{"label": "voice", "start": 0.5, "end": 1.5}],
        "words": "hello world",
    }


def test_a_stop_asked_by_progress_ends_the_run(backend: Backend, picture: ItemView) -> None:
    schema = _schema(IMAGE_SCHEMA)
    items = [picture, picture, picture]
    got = _all(BackendPreAnnotator(backend).annotate(items, schema, lambda n: n < 2))
    assert len(got) == 2


def test_an_item_without_its_file_is_said_and_the_rest_go_on(
    backend: Backend, picture: ItemView
) -> None:
    schema = _schema(IMAGE_SCHEMA)
    missing = ItemView("gone", "image", path=Path("/nonexistent/x.jpg"), size=(10, 10))
    got = _all(BackendPreAnnotator(backend).annotate([missing, picture], schema, bool))
    assert [prefill.item_id for prefill in got] == ["img-1"]
    assert "item gone: not sent: its file is not on this computer" in map(str, backend.problems)


def test_a_failing_model_is_said_with_the_backend_s_reason(
    backend: Backend, tmp_path: Path
) -> None:
    path = tmp_path / "broken.jpg"
    path.write_bytes(b"not a picture")
    item = ItemView("bad", "image", path=path, size=(10, 10))
    with pytest.raises(BackendError, match=r"/predict\) failed \(500\): UnidentifiedImageError"):
        _all(BackendPreAnnotator(backend).annotate([item], _schema(IMAGE_SCHEMA), bool))


def test_an_unreachable_backend_is_said_clearly(picture: ItemView) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    backend = Backend(BackendConfig(url=f"http://127.0.0.1:{port}"))
    with pytest.raises(BackendError, match="cannot be reached.*Is it running"):
        _all(BackendPreAnnotator(backend).annotate([picture], _schema(IMAGE_SCHEMA), bool))


def test_a_backend_that_does_not_answer_times_out(picture: ItemView) -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        config = BackendConfig(url=f"http://127.0.0.1:{port}", timeout=0.5, connect_timeout=0.5)
        backend = Backend(config)
        with pytest.raises(
            BackendError, match=r"did not answer within 0.5 s \(LABELER_LSML_TIMEOUT\)"
        ):
            _all(BackendPreAnnotator(backend).annotate([picture], _schema(IMAGE_SCHEMA), bool))
