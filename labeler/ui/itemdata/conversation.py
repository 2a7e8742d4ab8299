"""Read-only Markdown text, and a conversation: its turns, each under its role."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit, QWidget

from labeler.ui.itemdata.content import Turn
from labeler.ui.itemdata.markdown import SafeDocument, insert_markdown

#: Point size of item text in these views (the span view's is 13: these hold more).
POINT_SIZE = 11.5
#: Documents a view keeps laid out ahead of the item on screen.
_WARM_KEPT = 3
#: A turn's background by its role; other roles get the neutral one.
_ROLE_COLOURS = {"user": "#eef3fb", "assistant": "#f5f5f2", "system": "#fbf3e4"}
_OTHER_ROLE = "#f3f0f7"


class MarkdownView(QTextEdit):
    """Read-only Markdown (a `SafeDocument`): selectable by mouse, no caret, no focus
    (the keys are the fields'). `fit` grows it to its text (in a list that scrolls
    as a whole) instead of scrolling itself."""

    def __init__(self, parent: QWidget | None = None, *, fit: bool = False) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._fit = fit
        #: Documents read and laid out ahead (`warm`), by their text, oldest first.
        self._warm: dict[str, SafeDocument] = {}
        if fit:
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setDocument(SafeDocument(POINT_SIZE, self))

    @property
    def safe(self) -> SafeDocument:
        doc = self.document()
        assert isinstance(doc, SafeDocument)
        return doc

    def show_markdown(self, text: str) -> None:
        doc = self._warm.pop(text, None)
        if doc is not None and doc.textWidth() != self._text_width():
            doc.deleteLater()  # laid out for another width: the view lays out its own
            doc = None
        if doc is None:
            doc = SafeDocument(POINT_SIZE, self)
            insert_markdown(QTextCursor(doc), text)
        self._take(doc)

    def warm(self, text: str) -> None:
        """Read `text` and lay it out at this view's width now, while the window is idle,
        for `show_markdown(text)` to take as it is: a 2 000-word text is read in about a
        millisecond and laid out in three, which the switch to its item then saves. A few
        are kept (the items just ahead); a view that grows to its text keeps none."""
        if self._fit or text in self._warm:
            return
        doc = SafeDocument(POINT_SIZE, self)
        insert_markdown(QTextCursor(doc), text)
        doc.setTextWidth(self._text_width())
        doc.documentLayout().documentSize()  # lays the whole text out
        self._warm[text] = doc
        while len(self._warm) > _WARM_KEPT:
            stale = next(iter(self._warm))
            self._warm.pop(stale).deleteLater()

    def _text_width(self) -> float:
        """The width a document is laid out at in this view (as QTextEdit sets it)."""
        return float(self.viewport().width())

    def _take(self, doc: SafeDocument) -> None:
        self.setDocument(doc)
        self.verticalScrollBar().setValue(0)
        if self._fit:
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        if not self._fit:
            return super().sizeHint()
        return QSize(super().sizeHint().width(), self.heightForWidth(max(self.width(), 200)))

    def hasHeightForWidth(self) -> bool:
        return self._fit

    def heightForWidth(self, width: int) -> int:
        """The height that shows all of the text at `width`."""
        doc = self.document()
        old = doc.textWidth()
        doc.setTextWidth(width - 2 * self.frameWidth())
        height = int(doc.size().height()) + 2 * self.frameWidth() + 2
        if not self._fit:
            doc.setTextWidth(old)  # the view lays its own text out
        return height

    def resizeEvent(self, e) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(e)
        if self._fit and self.height() != self.heightForWidth(self.width()):
            self.setFixedHeight(self.heightForWidth(self.width()))


class ConversationView(MarkdownView):
    """The turns of a conversation in one document: each turn's role on a line of its
    own, its text as Markdown below, on a background by role."""

    def show_turns(self, turns: list[Turn]) -> None:
        doc = SafeDocument(POINT_SIZE, self)
        cursor = QTextCursor(doc)
        for i, turn in enumerate(turns):
            back = QColor(_ROLE_COLOURS.get(turn.role.lower(), _OTHER_ROLE))
            head = QTextBlockFormat()
            head.setBackground(back)
            head.setTopMargin(8 if i else 0)
            head.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
            role = QTextCharFormat()
            role.setFontWeight(700)
            role.setForeground(QColor("#555555"))
            if i:
                cursor.insertBlock(head, role)
            else:
                cursor.setBlockFormat(head)
                cursor.setCharFormat(role)
            cursor.insertText(turn.role or "—")
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            first = cursor.block()
            insert_markdown(cursor, turn.text)
            block = first
            while block.isValid() and block.position() <= cursor.position():
                fmt = QTextBlockFormat(block.blockFormat())
                fmt.setBackground(back)
                QTextCursor(block).setBlockFormat(fmt)
                block = block.next()
        self._take(doc)
