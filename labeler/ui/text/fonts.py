"""The fonts for item text: Urdu is written in Nastaliq, Latin in a sans face.

DejaVu Sans draws Arabic but lacks Urdu's ہ (U+06C1) and ے (U+06D2), so Urdu words
fall apart into boxes or into glyphs of two fonts. The package ships Noto Nastaliq Urdu
(the hanging style Urdu readers read every day) and Noto Naskh Arabic for the Arabic
letters it lacks (OFL, `assets/`); the Nastaliq's cursive anchors give coordinates only
(`scripts/fix_nastaliq_anchors.py`: Qt placed joins by stale outline points, and dots
and strokes went astray). Latin text keeps DejaVu Sans: Nastaliq's line height
is twice a Latin face's, so it is given to Arabic-script runs only (`ArabicSizer` in
documents, `arabic_style` in rich text, `script_font` for labels), at `ARABIC_SCALE`
times the size around it: Nastaliq reads small at a Latin point size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from labeler.core.codepoints import CodepointIndex

URDU_FAMILY = "Noto Nastaliq Urdu"  # notr: a font family
NASKH_FAMILY = "Noto Naskh Arabic"  # notr: a font family
#: The interface's Nastaliq: the same letters without a Latin space, digits or
#: punctuation (`scripts/nastaliq_interface_font.py`), for an Urdu interface.
INTERFACE_FAMILY = "Noto Nastaliq Urdu Interface"  # notr: a font family
#: The families of Arabic-script runs, in order.
ARABIC_FAMILIES = (URDU_FAMILY, NASKH_FAMILY)
_FONT_FILES = (
    "assets/NotoNastaliqUrdu-Regular.ttf",  # notr: a file
    "assets/NotoNaskhArabic-Regular.ttf",  # notr: a file
    "assets/NotoNastaliqUrdu-Interface.ttf",  # notr: a file
)
_FALLBACKS = ["DejaVu Sans", "Noto Sans", "Noto Color Emoji"]  # notr: font families
_registered: bool | None = None

#: Nastaliq draws smaller than Latin at one point size; Arabic-script runs are scaled up.
ARABIC_SCALE = 1.35
#: Longer paragraphs keep one size: scaling them costs seconds per MiB.
MAX_SIZED_PARAGRAPH = 20_000
_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"  # notr: ranges
# Words joined by spaces and ZWNJ stay one run: fewer, longer format ranges.
_ARABIC_RUN = re.compile(f"[{_ARABIC}](?:[{_ARABIC} \u200c\u200d]*[{_ARABIC}])?")


def arabic_runs(text: str) -> Iterator[tuple[int, int]]:
    """The `[start, end)` code point ranges of Arabic-script text in `text`."""
    for match in _ARABIC_RUN.finditer(text):
        yield match.start(), match.end()


def register_fonts() -> bool:
    """Load the bundled Urdu fonts once per process (needs a QGuiApplication);
    False when they could not be loaded (then DejaVu Sans draws what it can)."""
    global _registered
    if _registered is None:
        loaded = True
        for name in _FONT_FILES:
            try:
                data = resources.files("labeler.ui.text").joinpath(name).read_bytes()
            except OSError:
                data = b""
            loaded = loaded and bool(data) and QFontDatabase.addApplicationFontFromData(data) >= 0
        _registered = loaded
    return _registered


def text_font(point_size: float = 13.0) -> QFont:
    """The base font for item text and typed answers; Arabic-script runs in it get
    Nastaliq from an `ArabicSizer` (or `arabic_style` in rich text)."""
    font = QFont()
    font.setFamilies([*_FALLBACKS, NASKH_FAMILY] if register_fonts() else _FALLBACKS)
    font.setPointSizeF(point_size)
    return font


def latin_face(font: QFont) -> QFont:
    """`font` without the Arabic-script faces: for text that is the item's or the
    project's own (instructions, a label's name) in an Urdu interface, whose font puts
    Nastaliq first. Latin words then keep a Latin face and its line height (Nastaliq's
    own Latin letters stand twice as tall); Arabic-script runs get Nastaliq from an
    `ArabicSizer` or `arabic_style`."""
    families = [f for f in font.families() if f not in (*ARABIC_FAMILIES, INTERFACE_FAMILY)]
    if families == font.families():
        return font
    latin = QFont(font)
    latin.setFamilies([*families, NASKH_FAMILY] if families else list(_FALLBACKS))
    return latin


def arabic_style(scale: float = ARABIC_SCALE) -> str:
    """The CSS of an Arabic-script run in Qt rich text: Nastaliq, `scale` times larger."""
    if not register_fonts():
        return f"font-size: {scale * 100:.0f}%"  # notr: a style
    families = ", ".join(f"'{f}'" for f in ARABIC_FAMILIES)
    return f"font-family: {families}; font-size: {scale * 100:.0f}%"


class ArabicSizer(QSyntaxHighlighter):
    """Draws the Arabic-script runs of a document in Nastaliq, `ARABIC_SCALE` times
    larger.

    A highlighter, not character formats: it works per paragraph as the text changes
    (typing included) and leaves the document's text and positions alone.
    """

    def __init__(self, document: QTextDocument, point_size: float) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setFontPointSize(point_size * ARABIC_SCALE)
        if register_fonts():
            self._format.setFontFamilies(list(ARABIC_FAMILIES))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt)
        if len(text) > MAX_SIZED_PARAGRAPH:
            return  # thousands of format ranges make a huge paragraph slow to lay out
        index: CodepointIndex | None = None
        for start, end in arabic_runs(text):
            index = index or CodepointIndex(text)  # Qt counts UTF-16 units
            ustart, uend = index.span_to_utf16(start, end)
            self.setFormat(ustart, uend - ustart, self._format)
