"""Markdown of an item's own text (a turn of a conversation, a candidate), shown safely.

Qt's Markdown reader builds the document with HTML off, so `<img src=…>` stays the text
it is; what it still makes of `![x](http://…)` and `[x](http://…)` is turned back into
text once read: an image becomes its alt text and address in brackets, a link its words
and address. The document loads no resource whatever asks for one, so nothing is ever
fetched, remote or local. Code is set in a monospace face; each paragraph reads in the
direction of its first strong letter (an Urdu turn from the right), Arabic-script runs
in Nastaliq as in the item's text.

Nothing an annotator judges may vanish: a line that is only a construct's marker (a list
marker with nothing after it, "12." or "-"; an empty heading "#"; a lone ">") would be
read as an empty list item, heading or quote and show nothing, so its marker is escaped
and shows as written; a text that still reads as nothing visible (a lone rule "***", an
empty code fence, a bare link definition) is shown as the plain text it is.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from labeler.ui.i18n import translate
from labeler.ui.text.fonts import ArabicSizer, text_font

_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
#: Longer texts are shown as plain text: the Markdown reader is slow on megabytes.
MAX_MARKDOWN = 200_000
# A line that is only a marker: an empty list item ("-", "+", "*", "12.", "1)"), an empty
# heading ("#", "## ##") or a lone quote marker (">", "> >"). The escaped character is
# `n`, a list number's delimiter, or `m`, the marker's first character.
_BARE_MARKER = re.compile(
    r"^ {0,3}(?:\d{1,9}(?P<n>[.)])|(?P<m>[-+*>#])(?:(?<=#)#{0,5}(?:[ \t]+#*)?|(?<=>)(?:[ \t]*>)*)?)"
    r"[ \t]*$"
)
# The opening or closing line of a fenced code block, whose lines are left as they are.
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


class SafeDocument(QTextDocument):
    """A document that loads nothing: every resource it asks for is refused (and
    counted, so a test can see that none was asked for)."""

    def __init__(self, point_size: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setDefaultFont(text_font(point_size))
        self.asked: list[str] = []
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setDefaultTextOption(option)
        self._sizer = ArabicSizer(self, point_size)

    def loadResource(self, kind: int, name: QUrl) -> Any:  # noqa: N802 (Qt)
        self.asked.append(name.toString())
        return None


def monospace(size: float) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(size)
    return font


def insert_markdown(cursor: QTextCursor, text: str) -> None:
    """Read `text` as Markdown in at `cursor` (of a `SafeDocument`), then make text of
    its images and links and set its code in a monospace face."""
    doc = cursor.document()
    start = cursor.position()
    if len(text) > MAX_MARKDOWN:
        cursor.insertText(text)
        return
    cursor.insertMarkdown(escape_bare_markers(text), _FEATURES)
    if text.strip() and not visible_text(doc, start, cursor.position()).strip():
        # Read as nothing visible (a lone rule, an empty fence…): shown as written.
        cursor.setPosition(start, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.setBlockFormat(QTextBlockFormat())
        cursor.setCharFormat(QTextCharFormat())
        cursor.insertText(text)
    defuse(doc, start, cursor.position())


def escape_bare_markers(text: str) -> str:
    """`text` with the marker of each line that is only a marker escaped (outside fenced
    code), so that it reads as the text it is rather than an empty list item, heading or
    quote."""
    lines = text.split("\n")
    fence = ""
    for i, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
            continue
        if opened:
            fence = opened.group(1)
            continue
        bare = _BARE_MARKER.match(line)
        if bare:
            at = bare.start("n") if bare.group("n") else bare.start("m")
            lines[i] = line[:at] + "\\" + line[at:]
    return "\n".join(lines)


def visible_text(doc: QTextDocument, start: int = 0, end: int | None = None) -> str:
    """The text shown between `start` and `end`: each block's list marker ("12.") and
    its text, a line each."""
    stop = doc.characterCount() if end is None else end
    shown: list[str] = []
    block = doc.findBlock(start)
    while block.isValid() and block.position() < stop:
        items = block.textList()
        marker = items.itemText(block) if items is not None else ""
        shown.append(f"{marker} {block.text()}" if marker else block.text())
        block = block.next()
    return "\n".join(shown)


def defuse(doc: QTextDocument, start: int = 0, end: int | None = None) -> None:
    """Between `start` and `end`: images and links become text, code monospace, every
    paragraph's direction its own."""
    size = doc.defaultFont().pointSizeF()
    code = monospace(size * 0.92 if size > 0 else 10)
    stop = doc.characterCount() if end is None else end
    replacements: list[tuple[int, int, str, QTextCharFormat]] = []
    block = doc.findBlock(start)
    while block.isValid() and block.position() < stop:
        fmt = QTextBlockFormat(block.blockFormat())
        fmt.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        fenced = fmt.hasProperty(QTextFormat.Property.BlockCodeFence) or fmt.nonBreakableLines()
        cursor = QTextCursor(block)
        cursor.setBlockFormat(fmt)
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            cf = fragment.charFormat()
            plain = QTextCharFormat(cf)
            if cf.isImageFormat():
                alt = str(cf.property(QTextFormat.Property.ImageAltText) or "")
                url = cf.toImageFormat().name()
                word = translate("itemdata.markdown", "image", "an image in a text, shown as text")
                # The interface's word isolated: it reads in its own direction, and the
                # item's alt text and address in the text's.
                text = f"[\u2068{word}\u2069: {alt} {url}]".replace("  ", " ")
                plain = QTextCharFormat()
                plain.setForeground(Qt.GlobalColor.darkGray)
                replacements.append((fragment.position(), fragment.length(), text, plain))
            elif cf.isAnchor():
                href = cf.anchorHref()
                plain.setAnchor(False)
                plain.setAnchorHref("")
                plain.setFontUnderline(False)
                plain.clearForeground()
                text = fragment.text()
                if href and href != text and f"mailto:{text}" != href:
                    text = f"{text} ({href})"
                replacements.append((fragment.position(), fragment.length(), text, plain))
            elif fenced or cf.fontFixedPitch():
                mono = QTextCharFormat()
                mono.setFont(code)
                piece = QTextCursor(doc)
                piece.setPosition(fragment.position())
                piece.setPosition(
                    fragment.position() + fragment.length(), piece.MoveMode.KeepAnchor
                )
                piece.mergeCharFormat(mono)
        block = block.next()
    for position, length, text, fmt in reversed(replacements):
        piece = QTextCursor(doc)
        piece.setPosition(position)
        piece.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        piece.insertText(text, fmt)


def markdown_document(text: str, point_size: float, parent: QObject | None = None) -> SafeDocument:
    """A `SafeDocument` of `text` read as Markdown."""
    doc = SafeDocument(point_size, parent)
    insert_markdown(QTextCursor(doc), text)
    return doc
