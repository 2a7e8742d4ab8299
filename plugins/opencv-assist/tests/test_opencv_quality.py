"""Image quality flags, the perceptual hash (against imagehash's) and near-duplicates."""

from __future__ import annotations

from pathlib import Path

import cv2
import imagehash
import numpy as np
import pytest
from labeler_opencv_assist import ImageUnreadable, QualityPrefill
from labeler_opencv_assist.quality import assess, hamming, image_flags, near_duplicates, phash
from opencv_assist_scenes import item, noise, scene, write
from PIL import Image

from labeler.core.answers import validate_answer
from labeler.core.plugins import ItemView
from labeler.core.schema import parse_schema
from labeler.server.demo.scenes import render_scene


def _street(seed: int, kind: str = "urban") -> np.ndarray:
    jpeg = render_scene(kind, 1280, 960, seed).jpeg
    return cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)


@pytest.mark.parametrize("picture", ["street", "shapes"])
def test_a_blurred_picture_is_flagged_and_the_sharp_one_not(tmp_path: Path, picture: str) -> None:
    sharp = _street(1) if picture == "street" else scene(seed=3)[0]
    blurred = cv2.GaussianBlur(sharp, (0, 0), 4)
    assert image_flags(write(tmp_path / "sharp.jpg", sharp)).flags == []
    measured = image_flags(write(tmp_path / "blurred.jpg", blurred))
    assert measured.flags == ["blurred"]
    assert measured.sharpness < image_flags(tmp_path / "sharp.jpg").sharpness / 4


def test_a_dark_and_an_overexposed_picture_are_flagged(tmp_path: Path) -> None:
    photo = _street(2).astype(np.float32)
    dark = write(tmp_path / "dark.jpg", (photo * 0.2).astype(np.uint8))
    bright = write(tmp_path / "bright.jpg", np.clip(photo * 2.2 + 40, 0, 255).astype(np.uint8))
    normal = write(tmp_path / "normal.jpg", photo.astype(np.uint8))
    assert "dark" in image_flags(dark).flags
    assert "overexposed" in image_flags(bright).flags
    assert image_flags(normal).flags == []
    assert (
        image_flags(dark).to_json()["brightness"]
        < 0.2
        < image_flags(normal).to_json()["brightness"]
    )


def test_the_hash_is_imagehashs_phash(tmp_path: Path) -> None:
    """imagehash resizes with Pillow's Lanczos, this with OpenCV's area averaging: the
    hashes of a picture may differ in a bit or two, never in many."""
    pictures = [_street(s, k) for s, k in ((1, "urban"), (2, "rural"), (3, "highway"))]
    pictures += [scene(seed=5)[0], noise(640, 480, 9)]
    for i, pixels in enumerate(pictures):
        path = write(tmp_path / f"{i}.png", pixels)
        reference = int(str(imagehash.phash(Image.open(path))), 16)
        ours = phash(cv2.imread(str(path), cv2.IMREAD_GRAYSCALE))
        assert hamming(ours, reference) <= 3, i
        assert image_flags(path).to_json()["hash"] == f"{ours:016x}"


def test_near_duplicates_are_found_after_a_jpeg_re_encode_and_a_resize(tmp_path: Path) -> None:
    pictures = {f"street-{s}": _street(s) for s in range(1, 6)}
    paths = {name: write(tmp_path / f"{name}.jpg", p, 92) for name, p in pictures.items()}
    small = cv2.resize(pictures["street-2"], (640, 480), interpolation=cv2.INTER_AREA)
    paths["street-2-small"] = write(tmp_path / "small.jpg", small, 60)
    paths["street-4-copy"] = write(tmp_path / "copy.jpg", pictures["street-4"], 40)
    hashes = {name: image_flags(path).hash for name, path in paths.items()}
    assert near_duplicates(hashes) == [
        ["street-2", "street-2-small"],
        ["street-4", "street-4-copy"],
    ]


def test_near_duplicate_groups_are_linked_through_their_members() -> None:
    a, b, c, d = 0, 0x0F, 0xFF, (1 << 64) - 1  # a–b and b–c differ in 4 bits, a–c in 8
    assert near_duplicates({"a": a, "b": b, "c": c, "d": d}, max_bits=5) == [["a", "b", "c"]]
    assert near_duplicates({"a": a, "c": c}, max_bits=5) == []
    assert near_duplicates({"d": d, "c": c, "a": a}, max_bits=8) == [["c", "a"]]
    assert near_duplicates({}) == []


def test_without_numpys_bit_count_the_groups_are_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(3)
    hashes = {str(i): int(h) for i, h in enumerate(rng.integers(0, 2**63, 300, dtype=np.int64))}
    hashes |= {f"{i}-near": hashes[str(i)] ^ (1 << i % 64) ^ (1 << 7) for i in range(40)}
    groups = near_duplicates(hashes)
    assert len(groups) >= 40
    monkeypatch.delattr(np, "bitwise_count", raising=False)
    assert near_duplicates(hashes) == groups


def test_a_bulk_run_goes_on_past_an_unreadable_image_and_stops_when_told(tmp_path: Path) -> None:
    good = write(tmp_path / "good.jpg", _street(1))
    items = [
        item(good),
        ItemView("gone", "image", path=tmp_path / "gone.jpg"),
        ItemView("text", "text", text="not an image"),
        ItemView("again", "image", path=good),
    ]
    measured = list(assess(items))
    assert [(m.item_id, m.flags is not None) for m in measured] == [
        ("item-1", True),
        ("gone", False),
        ("again", True),
    ]
    assert "gone.jpg" in (measured[1].error or "")
    seen: list[int] = []
    assert len(list(assess(items, lambda done: seen.append(done) or done < 1))) == 1
    assert seen == [1]
    with pytest.raises(ImageUnreadable, match="no such file"):
        image_flags(tmp_path / "gone.jpg")


VERIFY = parse_schema(
    {
        "title": "Is the picture usable?",
        "media": "image",
        "fields": [
            {
                "name": "problems",
                "kind": "multichoice",
                "required": False,
                "labels": [
                    {"value": v} for v in ("Blurred", "dark", "overexposed", "near-duplicate")
                ],
            },
            {
                "name": "verdict",
                "kind": "choice",
                "required": False,
                "labels": [{"value": "ok"}, {"value": "blurred"}],
            },
        ],
    }
)


def test_the_flags_prefill_a_verification_project(tmp_path: Path) -> None:
    photo = _street(1)
    views = [
        ItemView("sharp", "image", path=write(tmp_path / "a.jpg", photo)),
        ItemView("copy", "image", path=write(tmp_path / "b.jpg", photo, 50)),
        ItemView(
            "soft", "image", path=write(tmp_path / "c.jpg", cv2.GaussianBlur(_street(3), (0, 0), 4))
        ),
        ItemView(
            "dark", "image", path=write(tmp_path / "d.jpg", (_street(4) * 0.15).astype(np.uint8))
        ),
    ]
    prefills = {
        p.item_id: p.answer for p in QualityPrefill().annotate(views, VERIFY, lambda n: True)
    }
    assert prefills == {
        "copy": {"problems": ["near-duplicate"]},
        "soft": {"problems": ["Blurred"], "verdict": "blurred"},
        "dark": {"problems": ["dark"]},
    }
    for answer in prefills.values():
        validate_answer(VERIFY, answer)
    assert list(QualityPrefill().annotate(views, VERIFY, lambda n: n < 2)) == []


def test_a_schema_without_a_flag_field_is_refused_with_what_to_add(tmp_path: Path) -> None:
    """Nothing to fill is said at once, not a run that quietly proposes nothing."""
    from labeler_opencv_assist.errors import AssistError

    boxes = parse_schema(
        {
            "title": "Street scenes",
            "media": "image",
            "fields": [
                {"name": "scene", "kind": "choice", "labels": [{"value": "urban"}]},
                {"name": "objects", "kind": "boxes", "labels": [{"value": "car"}]},
            ],
        }
    )
    touched: list[int] = []
    with pytest.raises(AssistError, match="Add such a field") as caught:
        QualityPrefill().annotate(iter([]), boxes, lambda n: touched.append(n) is None)
    assert "near-duplicate" in str(caught.value) and touched == []
