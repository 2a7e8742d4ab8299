"""The font for item text: Urdu needs more than "has Arabic script".

DejaVu Sans draws Arabic but lacks Urdu's ہ (U+06C1) and ے (U+06D2), so Urdu words
fall apart into boxes or into glyphs of two fonts. The package ships Noto Naskh Arabic
(OFL, `assets/`) and puts it first; Latin letters, which it lacks, fall back per
character to DejaVu Sans. Naskh rather than Nastaliq: its flat baseline keeps span
backgrounds on one line height and stays legible at small sizes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from labeler.core.codepoints import CodepointIndex

URDU_FAMILY = "Noto Naskh Arabic"
_FONT_FILE = "assets/NotoNaskhArabic-Regular.ttf"
_FALLBACKS = ["DejaVu Sans", "Noto Sans", "Noto Color Emoji"]
_registered: bool | None = None

#: Arabic script draws smaller than Latin at one point size; its runs are scaled up.
ARABIC_SCALE = 1.25
#: Longer paragraphs keep one size: scaling them costs seconds per MiB.
MAX_SIZED_PARAGRAPH = 20_000
_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
# Words joined by spaces and ZWNJ stay one run: fewer, longer format ranges.
_ARABIC_RUN = re.compile(f"[{_ARABIC}](?:[{_ARABIC} \u200c\u200d]*[{_ARABIC}])?")


def arabic_runs(text: str) -> Iterator[tuple[int, int]]:
    """The `[start, end)` code point ranges of Arabic-script text in `text`."""
    for match in _ARABIC_RUN.finditer(text):
        yield match.start(), match.end()


def register_fonts() -> bool:
    """Load the bundled Urdu font once per process (needs a QGuiApplication);
    False when it could not be loaded (then DejaVu Sans draws what it can)."""
    global _registered
    if _registered is None:
        try:
            data = resources.files("labeler.ui.text").joinpath(_FONT_FILE).read_bytes()
        except OSError:
            data = b""
        _registered = bool(data) and QFontDatabase.addApplicationFontFromData(data) >= 0
    return _registered


def text_font(point_size: float = 13.0) -> QFont:
    """The font for item text and typed answers, Urdu and English alike."""
    font = QFont()
    font.setFamilies([URDU_FAMILY, *_FALLBACKS] if register_fonts() else _FALLBACKS)
    font.setPointSizeF(point_size)
    return font


class ArabicSizer(QSyntaxHighlighter):
    """Draws the Arabic-script runs of a document `ARABIC_SCALE` times larger.

    A highlighter, not character formats: it works per paragraph as the text changes
    (typing included) and leaves the document's text and positions alone.
    """

    def __init__(self, document: QTextDocument, point_size: float) -> None:
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setFontPointSize(point_size * ARABIC_SCALE)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt)
        if len(text) > MAX_SIZED_PARAGRAPH:
            return  # thousands of format ranges make a huge paragraph slow to lay out
        index: CodepointIndex | None = None
        for start, end in arabic_runs(text):
            index = index or CodepointIndex(text)  # Qt counts UTF-16 units
            ustart, uend = index.span_to_utf16(start, end)
            self.setFormat(ustart, uend - ustart, self._format)
