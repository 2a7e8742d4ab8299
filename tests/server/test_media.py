"""Media: upload, probing, dedupe, display variants, download with ranges, and access."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
from typing import Any

import numpy as np
import pytest
import soundfile
from fastapi.testclient import TestClient
from PIL import Image

from labeler.server.app import create_app
from labeler.server.services.media_store import display_path, media_path
from tests.server.factory import lease_item
from tests.server.scenario import build_world, png_bytes


def _error(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text[:300]
    error = r.json()["error"]
    assert error["code"] == code and error["message"] and isinstance(error["details"], dict)
    return error


def _upload(api: Any, data: bytes, name: str = "file.bin", mime: str = "image/png") -> Any:
    return api.post("/media", files={"file": (name, data, mime)})


def _jpeg(width: int, height: int, orientation: int | None = None) -> bytes:
    rng = np.random.default_rng(width * 7 + height)
    pixels = rng.integers(0, 255, (height, width, 3), dtype=np.uint8)
    buf = io.BytesIO()
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    Image.fromarray(pixels).save(buf, format="JPEG", quality=80, exif=exif.tobytes())
    return buf.getvalue()


def _audio(fmt: str, subtype: str | None = None, seconds: float = 1.5, rate: int = 16000) -> bytes:
    t = np.arange(int(seconds * rate)) / rate
    buf = io.BytesIO()
    soundfile.write(buf, 0.3 * np.sin(2 * np.pi * 440 * t), rate, format=fmt, subtype=subtype)
    return buf.getvalue()


def test_png_upload(lead: Any, settings: Any) -> None:
    data = png_bytes(120, 80)
    r = _upload(lead, data, "a.png")
    assert r.status_code == 201, r.text
    sha = hashlib.sha256(data).hexdigest()
    assert r.json() == {
        "sha256": sha, "mime": "image/png", "bytes": len(data), "width": 120, "height": 80,
        "duration": None,
    }  # fmt: skip
    stored = media_path(settings.media_dir, sha)
    assert stored == settings.media_dir / sha[:2] / sha[2:4] / sha
    assert stored.read_bytes() == data
    # A PNG's display variant is a JPEG of the same size.
    assert display_path(settings.media_dir, sha).read_bytes()[:2] == b"\xff\xd8"
    assert not list((settings.media_dir / ".tmp").iterdir())


def test_identical_content_is_stored_once(lead: Any, settings: Any) -> None:
    data = png_bytes(64, 64, (1, 2, 3))
    first = _upload(lead, data, "one.png")
    second = _upload(lead, data, "two.png")
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    sha = first.json()["sha256"]
    assert len(list((settings.media_dir / sha[:2] / sha[2:4]).iterdir())) == 2  # original+display


@pytest.mark.parametrize(
    ("fmt", "mime"),
    [("WEBP", "image/webp"), ("BMP", "image/bmp"), ("TIFF", "image/tiff"), ("GIF", "image/gif")],
)
def test_other_image_formats(lead: Any, fmt: str, mime: str) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 10, 10)).save(buf, format=fmt)
    r = _upload(lead, buf.getvalue())
    assert r.status_code == 201, r.text
    assert (r.json()["mime"], r.json()["width"], r.json()["height"]) == (mime, 40, 30)


def test_small_jpeg_is_its_own_display_variant(lead: Any, settings: Any) -> None:
    data = _jpeg(300, 200)
    r = _upload(lead, data, "a.jpg", "image/jpeg")
    sha = r.json()["sha256"]
    assert not display_path(settings.media_dir, sha).exists()
    d = lead.get(f"/media/{sha}?variant=display")
    assert d.status_code == 200 and d.content == data
    assert d.headers["etag"] == f'"{sha}-display"'


def test_large_image_gets_a_smaller_display_variant(lead: Any, reviewer: Any) -> None:
    data = _jpeg(3000, 1500)
    r = _upload(lead, data, "big.jpg", "image/jpeg")
    assert r.status_code == 201, r.text
    assert (r.json()["width"], r.json()["height"]) == (3000, 1500)
    sha = r.json()["sha256"]
    d = reviewer.get(f"/media/{sha}?variant=display")
    assert d.status_code == 200 and d.headers["content-type"] == "image/jpeg"
    assert Image.open(io.BytesIO(d.content)).size == (2048, 1024)
    assert reviewer.get(f"/media/{sha}").content == data


def test_exif_orientation_is_applied(lead: Any) -> None:
    """Width and height are as displayed: a 200×100 JPEG turned by EXIF is 100×200."""
    r = _upload(lead, _jpeg(200, 100, orientation=6), "turned.jpg", "image/jpeg")
    assert (r.json()["width"], r.json()["height"]) == (100, 200)
    d = lead.get(f"/media/{r.json()['sha256']}?variant=display")
    assert Image.open(io.BytesIO(d.content)).size == (100, 200)


@pytest.mark.parametrize(
    ("fmt", "subtype", "mime"),
    [
        ("WAV", None, "audio/wav"),
        ("FLAC", None, "audio/flac"),
        ("OGG", "VORBIS", "audio/ogg"),
        ("OGG", "OPUS", "audio/ogg"),
        ("MP3", None, "audio/mpeg"),
    ],
)
def test_audio_upload(lead: Any, fmt: str, subtype: str | None, mime: str) -> None:
    if fmt == "OGG" and subtype == "OPUS":
        rate = 48000
    else:
        rate = 16000 if fmt != "MP3" else 44100
    r = _upload(lead, _audio(fmt, subtype, 1.5, rate), "a." + fmt.lower(), "audio/x")
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["mime"] == mime and body["width"] is None and body["height"] is None
    assert body["duration"] == pytest.approx(1.5, abs=0.1)


def test_rejected_content(lead: Any, settings: Any) -> None:
    jpeg = _jpeg(400, 300)
    cases = {
        "half a jpeg": jpeg[: len(jpeg) // 2],
        "random bytes": os.urandom(4096),
        "text": b"just some words\n" * 50,
        "png header only": png_bytes()[:40],
        "wav header only": _audio("WAV")[:44],
        "aiff": _audio("AIFF"),
    }
    for what, data in cases.items():
        error = _error(_upload(lead, data, "x.png"), 422, "invalid_media")
        assert error["message"], what
    _error(_upload(lead, b"", "empty.png"), 422, "invalid_media")
    assert not list((settings.media_dir / ".tmp").iterdir())


def test_decompression_bomb_is_refused(lead: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # Just over the limit only warns in Pillow; that must refuse too.
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100 * 100)
    _error(_upload(lead, png_bytes(120, 100)), 422, "invalid_media")
    # Over twice the limit Pillow raises.
    _error(_upload(lead, png_bytes(300, 300)), 422, "invalid_media")
    assert _upload(lead, png_bytes(90, 90)).status_code == 201


def test_real_decompression_bomb(lead: Any) -> None:
    """A 20000×20000 palette PNG compresses to a few hundred kilobytes."""
    buf = io.BytesIO()
    Image.new("P", (20000, 20000)).save(buf, format="PNG", optimize=False)
    assert len(buf.getvalue()) < 2_000_000
    _error(_upload(lead, buf.getvalue()), 422, "invalid_media")


def test_too_large(settings: Any, database: Any, make_api: Any) -> None:
    small = dataclasses.replace(settings, max_media_bytes=1000)
    app = create_app(small, database, migrate=False)
    api = make_api("lead")
    with TestClient(app, raise_server_exceptions=False) as client:
        r = client.post(
            "/api/v1/media",
            files={"file": ("a.png", png_bytes(200, 200, (5, 6, 7)) + os.urandom(2000))},
            headers={"Authorization": f"Bearer {api.token}"},
        )
        _error(r, 413, "too_large")
    assert not list((settings.media_dir / ".tmp").iterdir())


def test_upload_needs_a_file_field(lead: Any) -> None:
    _error(lead.post("/media", files={"other": ("a.png", png_bytes())}), 400, "invalid_request")
    _error(lead.post("/media", json={"file": "x"}), 400, "invalid_request")


def test_only_leads_upload(annotator: Any, reviewer: Any, client: Any) -> None:
    for api in (annotator, reviewer):
        _error(_upload(api, png_bytes()), 403, "forbidden")
    _error(client.post("/api/v1/media", files={"file": ("a", png_bytes())}), 401,
           "unauthenticated")  # fmt: skip


def test_download_headers_ranges_and_revalidation(lead: Any) -> None:
    data = _jpeg(320, 240)
    sha = _upload(lead, data, "a.jpg", "image/jpeg").json()["sha256"]
    r = lead.get(f"/media/{sha}")
    assert r.status_code == 200 and r.content == data
    assert r.headers["etag"] == f'"{sha}"'
    assert r.headers["cache-control"] == "private, max-age=31536000, immutable"
    assert r.headers["content-type"] == "image/jpeg"
    assert r.headers["accept-ranges"] == "bytes"
    size = len(data)
    for header, first, last in (
        ("bytes=0-99", 0, 99),
        ("bytes=100-", 100, size - 1),
        ("bytes=-50", size - 50, size - 1),
        (f"bytes=10-{size + 500}", 10, size - 1),
    ):
        part = lead.get(f"/media/{sha}", headers={"Range": header})
        assert part.status_code == 206, header
        assert part.headers["content-range"] == f"bytes {first}-{last}/{size}"
        assert part.content == data[first : last + 1]
    bad = lead.get(f"/media/{sha}", headers={"Range": f"bytes={size}-"})
    error = _error(bad, 416, "range_not_satisfiable")
    assert bad.headers["content-range"] == f"bytes */{size}"
    assert error["details"]["size"] == size
    # A malformed range is ignored (the whole file).
    assert lead.get(f"/media/{sha}", headers={"Range": "pages=1-2"}).status_code == 200
    same = lead.get(f"/media/{sha}", headers={"If-None-Match": f'"{sha}"'})
    assert same.status_code == 304 and same.content == b""
    assert same.headers["etag"] == f'"{sha}"'
    assert lead.get(f"/media/{sha}", headers={"If-None-Match": '"other"'}).status_code == 200
    stale = lead.get(f"/media/{sha}", headers={"Range": "bytes=0-9", "If-Range": '"old"'})
    assert stale.status_code == 200 and stale.content == data


def test_download_errors(lead: Any) -> None:
    audio = _upload(lead, _audio("WAV"), "a.wav").json()["sha256"]
    _error(lead.get(f"/media/{audio}?variant=display"), 404, "not_found")
    _error(lead.get(f"/media/{audio}?variant=thumbnail"), 400, "invalid_request")
    _error(lead.get(f"/media/{'0' * 64}"), 404, "not_found")
    _error(lead.get("/media/not-a-hash"), 404, "not_found")


def test_annotators_see_only_media_of_items_they_were_leased(
    lead: Any, make_api: Any, database: Any
) -> None:
    world = build_world(lead, real=2, gold=0)
    other = _upload(lead, png_bytes(50, 50, (9, 9, 9))).json()["sha256"]
    stranger, holder, former = make_api("annotator"), make_api("annotator"), make_api("annotator")
    _error(stranger.get(f"/media/{world.media_sha}"), 404, "not_found")
    lease_item(database, holder.user["id"], world.project_id, world.real_ids[0])
    lease_item(database, former.user["id"], world.project_id, world.real_ids[1], "released")
    for api in (holder, former):
        assert api.get(f"/media/{world.media_sha}").status_code == 200
        assert api.get(f"/media/{world.media_sha}?variant=display").status_code == 200
        _error(api.get(f"/media/{other}"), 404, "not_found")
    _error(stranger.get(f"/media/{world.media_sha}"), 404, "not_found")
