"""Large pictures decode with bounded memory: formats decoded whole have a pixel limit
(422 past it, before any decoding), JPEGs decode at a reduced scale, and the display variant
is made strip by strip, matching Pillow's own fair resampling."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageOps

from labeler.server.services import media_display
from labeler.server.services.media_probe import MAX_DECODED_PIXELS, make_display, probe

#: PNG colour types and their bytes per pixel: grey, RGB, RGBA.
_CHANNELS = {0: 1, 2: 3, 6: 4}


def blank_png(width: int, height: int, colour_type: int = 6, value: int = 0) -> bytes:
    """A valid PNG whose every byte of pixel data is `value`, written a row at a time: a
    9400 × 9400 RGBA one is a few hundred KiB and never held decoded here."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    row = b"\x00" + bytes([value]) * (width * _CHANNELS[colour_type])
    deflate = zlib.compressobj(9)
    idat = b"".join(deflate.compress(row) for _ in range(height)) + deflate.flush()
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def _upload(api: Any, data: bytes, name: str) -> Any:
    return api.post("/media", files={"file": (name, data, "application/octet-stream")})


def test_a_huge_png_is_refused_before_it_is_decoded(lead: Any, settings: Any) -> None:
    """9400 × 9400 RGBA in 350 KiB: the server used to decode it whole and peak at 1.9 GB."""
    data = blank_png(9400, 9400)
    assert len(data) < 400_000
    r = _upload(lead, data, "huge.png")
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "invalid_media"
    assert "88,360,000 pixels (9,400 × 9,400)" in error["message"]
    assert f"at most {MAX_DECODED_PIXELS:,}" in error["message"]
    assert not list((settings.media_dir / ".tmp").iterdir())


def test_a_png_at_the_pixel_limit_is_stored_with_its_display_variant(lead: Any) -> None:
    assert 8000 * 5000 == MAX_DECODED_PIXELS
    r = _upload(lead, blank_png(8000, 5000, colour_type=0, value=77), "grey.png")
    assert r.status_code == 201, r.text
    assert (r.json()["width"], r.json()["height"]) == (8000, 5000)
    display = lead.get(f"/media/{r.json()['sha256']}?variant=display")
    picture = Image.open(io.BytesIO(display.content))
    assert picture.size == (2048, 1280)
    assert np.abs(np.asarray(picture, dtype=int) - 77).max() <= 1
    r = _upload(lead, blank_png(8001, 5000, colour_type=0), "over.png")
    assert r.status_code == 422 and "40,005,000 pixels" in r.json()["error"]["message"]


def test_a_jpeg_over_that_limit_is_decoded_reduced(lead: Any) -> None:
    """JPEGs decode at 1/2, 1/4 or 1/8 scale: only the bomb limit bounds them."""
    buf = io.BytesIO()
    Image.new("L", (9000, 5000), 200).save(buf, format="JPEG", quality=70)
    r = _upload(lead, buf.getvalue(), "wide.jpg")
    assert r.status_code == 201, r.text
    display = lead.get(f"/media/{r.json()['sha256']}?variant=display")
    assert Image.open(io.BytesIO(display.content)).size == (2048, 1138)


def _scene(size: tuple[int, int]) -> Image.Image:
    """Gradients and noise under a chequer of opaque and half-transparent squares, and
    shapes: what a resampling misplaced by a pixel, or laid on black, would show."""
    rng = np.random.default_rng(5)
    w, h = size
    y, x = np.mgrid[0:h, 0:w]
    alpha = np.where((x // 100 + y // 100) % 2 == 0, 255, 90)
    rgba = np.stack([x * 255 // w, y * 255 // h, (x + y) * 255 // (w + h), alpha], axis=-1)
    rgba[..., :3] += rng.integers(0, 20, (h, w, 3))
    picture = Image.fromarray(np.clip(rgba, 0, 255).astype(np.uint8), "RGBA")
    draw = ImageDraw.Draw(picture)
    draw.ellipse((200, 200, 700, 600), fill=(250, 30, 30, 255))
    draw.rectangle((900, 100, 1300, 900), fill=(20, 20, 240, 160))
    return picture


def _reference(path: Path, long_edge: int) -> Image.Image:
    """Pillow's own way, all at full size: upright, on white, fair Lanczos (no reducing)."""
    with Image.open(path) as im:
        upright = ImageOps.exif_transpose(im)
    white = Image.new("RGBA", upright.size, (255, 255, 255, 255))
    flat = Image.alpha_composite(white, upright).convert("RGB")
    return flat.resize(media_display.display_size(*flat.size, long_edge), Image.Resampling.LANCZOS)


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_the_display_variant_matches_pillows_fair_resampling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, orientation: int
) -> None:
    """Made strip by strip (ten rows a strip here), shrunk by whole factors first and
    turned upright last, the display variant is Pillow's full-size fair resampling of the
    upright picture on white, to within rounding."""
    monkeypatch.setattr(media_display, "STRIP_BYTES", 4 * 1500 * 10)
    path = tmp_path / "scene.png"
    exif = Image.Exif()
    exif[0x0112] = orientation
    _scene((1500, 1000)).save(path, "PNG", exif=exif.tobytes())
    expected = _reference(path, 256)
    with Image.open(path) as im:
        picture = media_display.display_picture(im, orientation, 256, jpeg=False)
    assert picture.size == expected.size == ((171, 256) if orientation in (6, 8) else (256, 171))
    diff = np.abs(np.asarray(picture, dtype=int) - np.asarray(expected, dtype=int))
    assert diff.mean() < 1.0 and np.percentile(diff, 99.9) <= 8, (diff.mean(), diff.max())
    info = probe(path)
    assert make_display(path, info, tmp_path / "display.jpg", 256) == expected.size
