"""The demo catalogue: valid schemas and answers, decodable media, exact regions, settings."""

import io
import re
from decimal import Decimal

import numpy as np
import pytest
import soundfile as sf
from PIL import Image

from labeler.core.answers import ItemContext, validate_answer
from labeler.core.projectsettings import SETTINGS as PROJECT_SETTINGS
from labeler.core.schema import parse_schema
from labeler.server.demo import audio_long, calls, news, scenes
from labeler.server.demo.catalog import DEMO_USERS, DemoProject, demo_projects

NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
COLOUR = re.compile(r"^#[0-9a-f]{6}$")
RESERVED = {" ", "\n", "\r", "\t", "\x1b", "\b", "\x7f", "?"}
# Every setting a lead may give, but the name (the catalogue's own) and `active`.
SETTINGS = set(PROJECT_SETTINGS) - {"name", "active"}


@pytest.fixture(scope="module")
def projects() -> dict[str, DemoProject]:
    return {p.key: p for p in demo_projects()}


def context(project: DemoProject, item) -> ItemContext:
    media = project.schema["media"]
    if media == "text":
        return ItemContext(text=item.text)
    if media == "image":
        with Image.open(io.BytesIO(item.media.content)) as image:
            return ItemContext(width=image.width, height=image.height)
    return ItemContext(duration=sf.info(io.BytesIO(item.media.content)).duration)


def answers(project: DemoProject):
    for item in project.items:
        if item.gold is not None:
            yield item, item.gold["answer"]
        if item.prefill is not None:
            yield item, item.prefill


def test_catalogue_has_the_projects(projects):
    assert list(projects) == [
        "street-scenes",
        "street-scenes-training",
        "street-scenes-pro",
        "news-entities",
        "review-sentiment",
        "call-snippets",
        "street-outlines",
        "compare-answers",
        "search-relevance",
        "product-match",
        "verify-listings",
        "rank-answers",
    ]
    counts = {key: len(p.items) for key, p in projects.items()}
    assert counts == {
        "street-scenes": 40,
        "street-scenes-training": 10,
        "street-scenes-pro": 20,
        "news-entities": 30,
        "review-sentiment": 40,
        "call-snippets": 8,
        "street-outlines": 12,
        "compare-answers": 24,
        "search-relevance": 6,
        "product-match": 6,
        "verify-listings": 8,
        "rank-answers": 8,
    }


def test_same_seed_same_bytes_other_seed_other_images():
    scenes.render_scene.cache_clear()
    first = demo_projects(7)
    scenes.render_scene.cache_clear()
    assert demo_projects(7) == first
    other = demo_projects(8)
    assert other[0].items[0].media.content != first[0].items[0].media.content


def test_schemas_follow_the_protocol(projects):
    for project in projects.values():
        schema = project.schema
        parse_schema(schema)
        names = [f["name"] for f in schema["fields"]]
        assert all(NAME.match(n) for n in names) and len(set(names)) == len(names)
        hotkeys = [lab["hotkey"] for f in schema["fields"] for lab in f.get("labels", [])]
        assert len(set(hotkeys)) == len(hotkeys), project.key
        assert all(len(k) == 1 and k.isprintable() and k not in RESERVED for k in hotkeys)
        colours = [lab.get("color") for f in schema["fields"] for lab in f.get("labels", [])]
        assert all(COLOUR.match(c) for c in colours if c is not None)
        assert schema["instructions"].startswith("## ")


def test_gold_and_prefill_answers_are_valid(projects):
    for project in projects.values():
        schema = parse_schema(project.schema)
        for item, answer in answers(project):
            validate_answer(schema, answer, context(project, item))
        for item in project.items:
            if item.gold is not None:
                assert set(item.gold) == {"answer", "hint"} and item.gold["hint"].strip()


def test_settings_are_complete(projects):
    for project in projects.values():
        assert set(project.settings) == SETTINGS, project.key
        reward = project.settings["reward"]
        assert reward["currency"] == "USD"
        assert re.fullmatch(r"\d+\.\d\d", reward["amount"])
        assert project.settings["training"] is (project.key == "street-scenes-training")


def test_gold_share(projects):
    for key, low, high in (
        ("street-scenes", 0.2, 0.3),
        ("street-scenes-pro", 0.2, 0.3),
        ("news-entities", 0.2, 0.3),
        ("review-sentiment", 0.15, 0.25),
        ("call-snippets", 0.2, 0.3),
    ):
        items = projects[key].items
        share = sum(i.gold is not None for i in items) / len(items)
        assert low <= share <= high, key
    training = projects["street-scenes-training"].items
    assert sum(i.gold is not None for i in training) >= 0.7 * len(training)


def test_private_pool_needs_the_skill_and_pays_more(projects):
    base, pro = projects["street-scenes"].settings, projects["street-scenes-pro"].settings
    assert pro["requirement"] == {"skill": "street-scenes", "min_accuracy": 0.92, "min_gold": 10}
    assert base["requirement"] is None and base["skill"] == pro["skill"] == "street-scenes"
    expected = (Decimal(base["reward"]["amount"]) * Decimal("1.15")).quantize(Decimal("0.01"))
    assert Decimal(pro["reward"]["amount"]) == expected
    training = projects["street-scenes-training"]
    assert training.settings["training"] is True
    assert training.schema["fields"] == projects["street-scenes"].schema["fields"]


def test_street_images_decode_and_boxes_lie_inside(projects):
    sizes = set()
    for key in ("street-scenes", "street-scenes-training", "street-scenes-pro"):
        schema = projects[key].schema
        box_labels = {lab["value"] for lab in schema["fields"][1]["labels"]}
        for item in projects[key].items:
            assert len(item.media.content) < 600_000
            with Image.open(io.BytesIO(item.media.content)) as image:
                assert image.format == "JPEG"
                image.load()
                width, height = image.size
            sizes.add((width, height))
            for answer in (item.gold and item.gold["answer"], item.prefill):
                for box in (answer or {}).get("objects", []):
                    assert box["label"] in box_labels
                    assert box["w"] > 0 and box["h"] > 0
                    assert 0 <= box["x"] and box["x"] + box["w"] <= width
                    assert 0 <= box["y"] and box["y"] + box["h"] <= height
    assert (3000, 2000) in sizes and len(sizes) >= 3
    assert any(i.prefill for i in projects["street-scenes"].items)
    assert any(i.data for i in projects["street-scenes"].items)


def test_scene_boxes_are_the_drawn_pixels():
    scene = scenes.render_scene("urban", 960, 640, 5)
    with Image.open(io.BytesIO(scene.jpeg)) as image:
        pixels = image.convert("RGB")
    assert scene.objects
    for obj in scene.objects:
        assert obj.visible >= scenes.MIN_VISIBLE
        assert obj.w >= scenes.MIN_SIDE and obj.h >= scenes.MIN_SIDE
        # The box is tight: something is drawn in it that is not flat background.
        crop = pixels.crop((obj.x, obj.y, obj.x + obj.w, obj.y + obj.h))
        assert len(np.unique(np.asarray(crop).reshape(-1, 3), axis=0)) > 3


def test_news_spans_slice_to_the_entity_text():
    for text, entities, *_ in news.SENTENCES:
        found = news.spans(text, entities)
        assert [text[s["start"] : s["end"]] for s in found] == [name for _, name in entities]


def test_news_mixes_urdu_english_and_emoji(projects):
    items = projects["news-entities"].items
    urdu = [i for i in items if re.search("[\u0600-\u06ff]", i.text)]
    assert 13 <= len(urdu) <= 20
    assert sum(i.data["language"] == "ur+en" for i in items) >= 2
    emoji = [i for i in items if re.search("[\U0001f300-\U0001faff]", i.text)]
    assert len(emoji) >= 2
    # After an emoji, code points and UTF-16 units differ: offsets must be code points.
    item = next(i for i in items if i.text.startswith("😞"))
    span = item.gold["answer"]["entities"][0]
    assert item.text[span["start"] : span["end"]] == "M-2 motorway"
    utf16_start = len(item.text[: span["start"]].encode("utf-16-le")) // 2
    assert utf16_start == span["start"] + 1
    urdu_gold = next(i for i in items if i.text.startswith("عمران"))
    got = [urdu_gold.text[s["start"] : s["end"]] for s in urdu_gold.gold["answer"]["entities"]]
    assert got == ["عمران", "لاہور", "پاکستان کرکٹ بورڈ"]


def test_review_sentiment_is_one_keystroke(projects):
    project = projects["review-sentiment"]
    (field,) = project.schema["fields"]
    assert field["kind"] == "choice" and field["required"] is True
    assert [lab["hotkey"] for lab in field["labels"]] == ["1", "2", "3"]
    items = project.items
    assert sum(bool(re.search("[\u0600-\u06ff]", i.text)) for i in items) >= 15
    assert any("stars" in i.data and "product" in i.data for i in items)
    assert sum(i.prefill is not None for i in items) >= 5


def test_call_clips_decode_and_segments_fit(projects):
    project = projects["call-snippets"]
    clips = {c["filename"]: c for c in calls.manifest()["clips"]}
    total = 0
    for item in project.items:
        total += len(item.media.content)
        samples, rate = sf.read(io.BytesIO(item.media.content))
        duration = len(samples) / rate
        assert rate == 16_000 and samples.ndim == 1
        assert 3.0 <= duration <= 8.0
        clip = clips[item.media.filename]
        assert abs(clip["duration"] - duration) < 0.001
        assert clip["transcript"].strip()
        for seg in clip["segments"]:
            assert 0 <= seg["start"] < seg["end"] <= duration + 0.001
    assert total < 1_000_000
    assert any(c["language"] == "ur" for c in clips.values())


def test_long_clip_is_a_16k_wav():
    data = audio_long.long_clip(65)
    info = sf.info(io.BytesIO(data))
    assert (info.format, info.samplerate, info.channels) == ("WAV", 16_000, 1)
    assert info.frames == 65 * 16_000
    assert audio_long.long_clip(3) == audio_long.long_clip(3)


def test_demo_users():
    assert [u[0] for u in DEMO_USERS] == ["demo", "lead", "qa", "admin", "amna", "bilal", "chen"]
    assert [u[2] for u in DEMO_USERS] == [
        ["annotator"],
        ["lead"],
        ["reviewer"],
        ["admin"],
        ["annotator"],
        ["annotator"],
        ["annotator"],
    ]
    assert all(len(password) >= 8 for _, password, _ in DEMO_USERS)


def test_the_outlines_are_valid_answers_without_gold(projects):
    project = projects["street-outlines"]
    schema = parse_schema(project.schema)
    assert [f.kind for f in schema.fields] == ["polygons"]
    for item in project.items:
        assert item.gold is None and item.prefill is None
        assert item.truth["outlines"], "every scene has something to outline"
        validate_answer(schema, item.truth, context(project, item))


def test_compare_hints_name_the_sides_the_seed_drew():
    """The better answer's side is drawn from the seed: a gold hint that names a side
    names the one its answer flags (a hint saying "B is wrong" beside a gold answer that
    flags A taught the opposite)."""
    from labeler.server.demo.comparisons import compare_project

    for seed in (7, 8, 9):
        for item in compare_project(seed).items:
            if item.gold is None:
                continue
            answer, hint = item.gold["answer"], item.gold["hint"]
            flagged = set(answer["flags"])
            assert "{" not in hint
            for key in flagged:
                assert key in hint, (hint, answer)


def test_an_optional_field_a_control_item_checks_is_said_in_the_instructions(projects):
    """The scoring rule (docs/protocol.md "Gold scoring"): a field the gold answer sets is
    scored, required or not, so an optional field alone can fail a control item. Where
    a demo gold answer sets one, the instructions say control items check it (region
    fields aside: they are optional so that an item may have none, and the instructions
    ask for every region)."""
    for project in projects.values():
        schema = parse_schema(project.schema)
        checked = {
            f.name
            for item in project.items
            if item.gold
            for f in schema.fields
            if not f.required
            and f.kind not in ("rationale", "boxes", "polygons", "points", "spans", "segments")
            and item.gold["answer"].get(f.name)
        }
        text = " ".join((schema.instructions or "").split()).lower()
        for name in sorted(checked):
            said = re.search(rf"control items?[^.]*\b{re.escape(name)}\b", text) or re.search(
                rf"\b{re.escape(name)}\b[^.]*control items?", text
            )
            assert said, f"{project.key}: {name} is optional, yet control items check it"


def test_the_demo_rankings_are_dense_as_the_workbench_sends_them():
    """A tie shares its rank and the next answer takes the next one (1, 1, 2), in the gold,
    the truth the demo annotators answer from and a ranking put out of order."""
    import random

    from labeler.core.comparisonscores import dense_ranks
    from labeler.server.demo.answering import _wrong_ranking
    from labeler.server.demo.ranking import rank_project

    project = rank_project(7)
    field = parse_schema(project.schema).fields[0]
    tied = 0
    for item in project.items:
        given = [item.truth["order"]] + ([item.gold["answer"]["order"]] if item.gold else [])
        for ranks in given:
            assert ranks == dense_ranks(ranks), (item.text, ranks)
        tied += len(set(item.truth["order"].values())) < len(item.truth["order"])
        for seed in range(6):
            answer = {"order": dict(item.truth["order"])}
            _wrong_ranking(random.Random(seed), field, answer, None)
            assert answer["order"] == dense_ranks(answer["order"]), (item.text, answer)
    assert tied == 2
