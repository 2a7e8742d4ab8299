"""The application's icon for each platform, rendered from `resources/icons/labeler.svg`.

    .venv/bin/python packaging/icons.py build/bundle/icons      # what packaging/build.py runs

Writes `png/<size>.png` for every size of every platform (the freedesktop hicolor theme's
sizes for Linux), `labeler.ico` (Windows, every size in one file) and `labeler.icns`
(macOS). QtSvg from the venv renders the SVG, Pillow writes .ico and .icns: no tool outside
the venv and no network.

A build script, not part of the app: it imports PySide6 outside `labeler/ui` on purpose.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import manifest  # noqa: E402


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts, painting)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def all_sizes() -> list[int]:
    return sorted({size for sizes in manifest.ICON_SIZES.values() for size in sizes})


def build(out: Path, svg: Path = manifest.ICON_SVG) -> dict[int, Path]:
    """Render every size into `out/png/` and write the .ico and the .icns beside it."""
    from PIL import Image

    (out / "png").mkdir(parents=True, exist_ok=True)
    pngs: dict[int, Path] = {}
    for size in all_sizes():
        path = out / "png" / f"{size}.png"
        path.write_bytes(render_png(svg, size))
        pngs[size] = path

    def images(platform: str) -> list[Image.Image]:
        return [
            Image.open(io.BytesIO(pngs[s].read_bytes())).convert("RGBA")
            for s in sorted(manifest.ICON_SIZES[platform], reverse=True)
        ]

    ico = images("win32")
    ico[0].save(
        out / f"{manifest.COMMAND}.ico",
        sizes=[im.size for im in ico],
        append_images=ico[1:],
    )
    icns = images("darwin")
    icns[0].save(out / f"{manifest.COMMAND}.icns", append_images=icns[1:])
    return pngs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the icons to")
    args = parser.parse_args()
    build(args.out)
    print(f"icons in {args.out}")


if __name__ == "__main__":
    main()
