"""Urdu reads in Nastaliq at a comfortable size; Latin keeps its own face and line."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QTextDocument
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
