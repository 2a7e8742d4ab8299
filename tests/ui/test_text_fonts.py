"""Urdu reads in Nastaliq at a comfortable size; Latin keeps its own face and line."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QTextDocument, QTextLayout
from PySide6.QtWidgets import QLabel

from labeler.ui.pages.common import script_font
from labeler.ui.text.fonts import (
    ARABIC_FAMILIES,
    URDU_FAMILY,
    ArabicSizer,
    arabic_style,
    register_fonts,
    text_font,
)

URDU = "بابر اعظم نے راولپنڈی ٹیسٹ میں شاندار سنچری بنائی۔"


def test_the_bundled_nastaliq_is_loaded_and_covers_urdu_letters(qapp) -> None:  # type: ignore[no-untyped-def]
    assert register_fonts()
    assert URDU_FAMILY == "Noto Nastaliq Urdu" and URDU_FAMILY in QFontDatabase.families()
    font = QFont(URDU_FAMILY)
    assert QFontInfo(font).family() == URDU_FAMILY
    from PySide6.QtGui import QRawFont

    raw = QRawFont.fromFont(font)
    assert all(raw.supportsCharacter(ord(ch)) for ch in "ٹڈڑںہھےۓیکگپچژ")


def test_urdu_runs_are_nastaliq_and_larger_latin_stays_in_the_base_face(qapp) -> None:  # type: ignore[no-untyped-def]
    base = text_font(13)
    assert base.families()[0] == "DejaVu Sans"  # Latin lines keep a Latin line height
    doc = QTextDocument()
    doc.setDefaultFont(base)
    sizer = ArabicSizer(doc, 13)
    doc.setPlainText(f"Babar Azam {URDU}")
    doc.documentLayout()  # lays it out, so the highlighter has run
    sizer.rehighlight()
    [run] = doc.firstBlock().layout().formats()
    assert run.start == len("Babar Azam ")
    assert run.format.fontFamilies()[0] == URDU_FAMILY
    assert run.format.fontPointSize() >= 17  # comfortable: Nastaliq reads small at 13 pt


def test_rich_text_and_labels_give_urdu_nastaliq(qapp) -> None:  # type: ignore[no-untyped-def]
    style = arabic_style()
    assert URDU_FAMILY in style and "font-size: 1" in style
    font = script_font(QLabel().font(), URDU)
    assert font.families()[: len(ARABIC_FAMILIES)] == list(ARABIC_FAMILIES)
    assert script_font(QLabel().font(), "plain Latin").families()[0] != URDU_FAMILY


#: HarfBuzz's shaping of Urdu words in the bundled Nastaliq (scripts/nastaliq_reference.py).
HARFBUZZ = Path(__file__).resolve().parent.parent / "data" / "nastaliq" / "harfbuzz.json"


def _qt_glyphs(text: str, units_per_em: int) -> list[tuple[int, float, float]]:
    """The glyphs Qt draws `text` with in the app's Nastaliq, as [glyph id, x, y] in
    font units: x from the line's left end, y down from its baseline."""
    font = QFont()
    font.setFamilies(list(ARABIC_FAMILIES))
    font.setPixelSize(units_per_em)  # one pixel per font unit
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100 * units_per_em)
    layout.endLayout()
    glyphs = []
    for run in layout.glyphRuns():
        assert run.rawFont().familyName() == URDU_FAMILY
        for glyph, pos in zip(run.glyphIndexes(), run.positions(), strict=True):
            glyphs.append((glyph, pos.x() - line.x(), pos.y() - line.y() - line.ascent()))
    return glyphs


def test_qt_joins_and_dots_nastaliq_where_harfbuzz_does(qapp) -> None:  # type: ignore[no-untyped-def]
    """Each glyph of these words (dots, ک's stroke, the letters of a join) is where
    HarfBuzz over the font's own coordinates puts it, as Pillow and browsers draw it.
    With anchors that named stale outline points, Qt moved the letters of many joins
    (ن 308 units down in شاندار), and readers read شاہدار, ہندن, پاہستان."""
    assert register_fonts()
    reference = json.loads(HARFBUZZ.read_text(encoding="utf-8"))
    assert reference["texts"]
    for text, expected in reference["texts"].items():
        drawn = sorted(_qt_glyphs(text, reference["units_per_em"]))
        assert [g for g, _, _ in drawn] == sorted(g for g, _, _ in expected), text
        moved = [
            (glyph, round(x - ex), round(y - ey))
            for (glyph, x, y), (_, ex, ey) in zip(drawn, sorted(map(tuple, expected)), strict=True)
            if abs(x - ex) > 2 or abs(y - ey) > 2
        ]
        assert not moved, f"{text}: glyphs moved from HarfBuzz's place (id, dx, dy): {moved}"
