"""The labeling screen's widgets: header, gold banner, editor, instructions and form,
feedback bar. Layout only; `LabelingSession` drives it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from labeler.core.editing import Draft
from labeler.core.schema import Schema
from labeler.ui.editor import MediaEditor, picture_box
from labeler.ui.fields import FieldsForm
from labeler.ui.i18n import number, paragraph
from labeler.ui.keymap import ShownKeys
from labeler.ui.pages.feedback import FeedbackBar
from labeler.ui.pages.gold import GoldFeedback
from labeler.ui.text.fonts import ArabicSizer, latin_face
from labeler.ui.workbench.keys import enter_named
from labeler.ui.workbench.missing import joined
from labeler.ui.workbench.notices import Notices


def editor_class(media: str) -> type[MediaEditor]:
    """The editor class of one media kind (its module is imported the first time)."""
    if media == "image":
        from labeler.ui.image import ImageEditor

        return ImageEditor
    if media == "text":
        from labeler.ui.text import TextEditor

        return TextEditor
    from labeler.ui.audio import AudioEditor

    return AudioEditor


def make_editor(media: str) -> MediaEditor:
    """The editor of one media kind."""
    return editor_class(media)()


class InstructionsView(QTextBrowser):
    """The schema's instructions at their full height, in the answer column that scrolls
    as a whole (and filling the room the fields leave there): instructions that scrolled
    on their own put a scroll bar inside the column's, in Urdu on every item (its lines
    stand twice as tall), and took the rationale's room below the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The height that shows all of the text at `width` (laid out at that width, as
        the view lays it out when it gets it)."""
        frame = 2 * self.frameWidth()
        doc = self.document()
        shown = doc.textWidth()
        doc.setTextWidth(max(width - frame, 1))
        height = int(doc.size().height()) + frame + 2
        doc.setTextWidth(shown)  # the view's own width: the layout may ask of others
        return height

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.heightForWidth(max(self.width(), 200)))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)


class WorkbenchPage(QWidget):
    """One focused item, the schema's instructions beside it, the feedback bar below."""

    #: Another item (or a message in place of one) is shown: what was said about the item
    #: before, in the status line too, no longer applies.
    moved_on = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workbench")
        self.header = QLabel()
        self.header.setObjectName("itemHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.progress = QLabel()
        self.progress.setObjectName("itemProgress")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.setContentsMargins(12, 6, 12, 2)
        self.gold = GoldFeedback()
        top.addWidget(self.header)
        # A missed verdict once the work moved on: it takes (and elides to) what is left.
        top.addWidget(self.gold.note, 1)
        top.addSpacing(16)
        top.addWidget(self.progress)

        # An earlier item brought back: what it is, and what the keys do there.
        self.correction = QLabel()
        self.correction.setObjectName("correctionBanner")
        self.correction.setWordWrap(True)
        self.correction.hide()
        self.message = QLabel()
        self.message.setObjectName("workbenchMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 15pt; color: palette(mid); padding: 40px;")
        self.problems = QLabel()
        self.problems.setObjectName("answerProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(_PROBLEMS_STYLE)
        self.problems.hide()
        # An assist at work on the item, or its proposals waiting for Enter or Escape.
        self.assist_note = QLabel()
        self.assist_note.setObjectName("assistNote")
        self.assist_note.setWordWrap(True)
        self.assist_note.setStyleSheet(_ASSIST_STYLE)
        self.assist_note.hide()

        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.editor: MediaEditor | None = None
        self._focus_pending = False
        self._schema: Schema | None = None
        #: The keys in effect (after the user's rebinding), for what the page says.
        self.keys: ShownKeys | None = None
        # The editor area: the item, and the notes about it floating over its top.
        self.area = QWidget()
        self.area.setObjectName("editorArea")
        area_layout = QVBoxLayout(self.area)
        area_layout.setContentsMargins(0, 0, 0, 0)
        area_layout.addWidget(self.stack)
        self.notices = Notices(
            [self.correction, self.gold, self.problems, self.assist_note], self.area
        )

        self.instructions = InstructionsView()
        self.instructions.setObjectName("instructions")
        self.instructions.setOpenExternalLinks(False)
        self.instructions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.instructions.setFrameShape(QFrame.Shape.NoFrame)
        # The project's own words: Latin lines in a Latin face in an Urdu interface too.
        self.instructions.setFont(latin_face(self.instructions.font()))
        # Urdu lines of the instructions in Nastaliq, as in the item.
        self._instructions_sizer = ArabicSizer(
            self.instructions.document(), self.instructions.font().pointSizeF()
        )
        # The column scrolls as a whole: the form inside it lays its fields out in full.
        self.form = FieldsForm(scrolls=False)
        self.form.candidate_focused.connect(self._candidate_focused)
        self.form.escaped.connect(self.leave_form)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 8, 8)
        self.form_title = QLabel(self.tr("Answer"))
        self.form_title.setStyleSheet("font-weight: 600;")
        side_layout.addWidget(self.form_title)
        side_layout.addWidget(self.form)
        self.instructions_title = QLabel(self.tr("Instructions"))
        self.instructions_title.setStyleSheet("font-weight: 600;")
        side_layout.addWidget(self.instructions_title)
        side_layout.addWidget(self.instructions, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(side)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The fields fit its width (chips wrap, names are clipped): it scrolls down only.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side = scroll

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.area)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([960, 360])

        self.feedback = FeedbackBar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.feedback)

    def editor_box(self) -> tuple[int, int]:
        """The device pixels an editor has here, measured on the GUI thread: what pictures
        are prepared to fit before an editor is built (a little more than its canvas,
        never less, so that no sharper picture is asked for); the screen while the page
        is not laid out yet."""
        area = self.stack.size()
        if not self.isVisible() or area.width() < 64 or area.height() < 64:
            return picture_box(self)
        ratio = self.devicePixelRatioF()
        # As the image canvas fits: two pixels short of its place.
        return round((area.width() - 2) * ratio), round((area.height() - 2) * ratio)

    def set_schema(self, schema: Schema, project_name: str) -> MediaEditor:
        """Build (or reuse) the editor for the schema's media; fill instructions and form."""
        if self.editor is None or getattr(self.editor, "media_kind", None) != schema.media:
            if self.editor is not None:
                self.stack.removeWidget(self.editor)
                self.editor.deleteLater()
            self.editor = make_editor(schema.media)
            self.editor.media_kind = schema.media  # type: ignore[attr-defined]
            self.editor.candidate_moved.connect(self.form.comparison.follow_candidate)
            self.stack.addWidget(self.editor)
        self._schema = schema
        self.editor.set_schema(schema)
        self.notices.set_media(schema.media, self.editor.kept_top(), self.editor.kept_beside())
        self.editor.keep_clear_of(self.notices)
        self.form.set_schema(schema)
        has_form = bool(self.form.fields())
        self.form.setVisible(has_form)
        self.form_title.setVisible(has_form)
        text = schema.instructions or self.tr("No instructions for this project.")
        self.instructions.setMarkdown(text)
        self.instructions.updateGeometry()  # as tall as the new text
        self._project_name = project_name
        return self.editor

    def show_keys(self, keys: ShownKeys) -> None:
        """Show the keys in effect (after the user's rebinding) wherever the screen
        names them: the answer chips, the editor's legends and hints."""
        self.keys = keys
        self.form.show_keys(keys)
        typing = keys.action("item.submit_typing")
        self.form.show_finish_key(enter_named(typing) if typing is not None else None)
        self.gold.set_expected_key(keys.action("gold.expected"))
        if self.editor is not None:
            self.editor.show_keys(keys)

    def focus_item(self, *, typing: bool = True) -> None:
        """The keyboard to the item shown: its first field that takes keys while focused
        (a ranking, criteria, flags or record; not a record when not `typing`, where the
        window's keys are wanted), else its editor."""
        if self.editor is not None:
            self.editor.setFocus()
        self.form.comparison.focus_first(typing=typing)
        # In a window not active yet (the first item of a start), Qt gives the keyboard
        # back to the editor once it is: asked again then.
        self._focus_pending = not self.window().isActiveWindow()

    def show_refusal(self, said: list[tuple[str, str]]) -> None:
        """Say why the answer was not sent (`missing.refusal`: each line with the path of
        what it names), and take the keyboard to the first thing named, in view in the
        answer column: the next key acts on what the refusal asks for first. A field
        whose keys are the window's (a pairwise, labels) or the editor's (regions) takes
        it as the item opens: out of any box, where those keys work."""
        self.show_problems([line for _, line in said])
        if not said:
            return
        if not self.form.focus_problem(said[0][0]):
            self.focus_item(typing=False)
        focused = QApplication.focusWidget()
        if focused is not None and self.form.isAncestorOf(focused):
            self.side.ensureWidgetVisible(focused)

    def scroll_column(self, pages: int) -> None:
        """Scroll the answer column by `pages` screens (down when positive), the last
        lines of one screen kept at the top of the next: the way by key to the
        instructions below the fields, which in Urdu go past its bottom."""
        bar = self.side.verticalScrollBar()
        kept = max(2 * self.instructions.fontMetrics().lineSpacing(), bar.pageStep() // 10)
        bar.setValue(bar.value() + pages * max(bar.pageStep() - kept, bar.singleStep()))

    def leave_form(self) -> None:
        """Escape in a text box of the form: the keyboard goes to the item's editor (its
        picture, its text), as Shift+Tab from the first box does, where the window's
        plain keys (Enter, `?`, the arrows) work again."""
        if self.editor is not None:
            self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.WindowActivate and self._focus_pending:
            self._focus_pending = False
            QTimer.singleShot(0, self._focus_again)
        return super().event(e)

    def _focus_again(self) -> None:
        if self.stack.currentWidget() is self.editor:
            self.focus_item()

    def _candidate_focused(self, key: str) -> None:
        if self.editor is not None:
            self.editor.show_candidate(key)

    def show_message(self, text: str) -> None:
        """Replace the item with a message (waiting for items, no work left, ...)."""
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.show_problems([])
        # No item: the form shows no answer (not the last item's) and takes none.
        if self._schema is not None:
            self.form.show_item(Draft(self._schema, None))
        self.form.setEnabled(False)
        self.header.setText(paragraph(f"<b>{_escape(getattr(self, '_project_name', ''))}</b>"))
        self.progress.clear()
        self.moved_on.emit()

    def show_editor(self, total: int, notes: list[str]) -> None:
        """Bring the editor forward and describe its item in the header; `total` items
        are ready."""
        assert self.editor is not None
        self.stack.setCurrentWidget(self.editor)
        self.show_problems([])  # they were about the item shown before
        name = _escape(getattr(self, "_project_name", ""))
        extra = "".join(f" &nbsp;·&nbsp; <span style='color:#8a6d00'>{n}</span>" for n in notes)
        self.header.setText(paragraph(f"<b>{name}</b>{extra}"))
        self.form.setEnabled(True)
        self.show_ready(total)
        self.moved_on.emit()

    def show_ready(self, total: int) -> None:
        """How many items are ready to label (nothing said when none is)."""
        if not total:
            self.progress.clear()
        elif total == 1:
            self.progress.setText(self.tr("1 item ready"))
        else:
            self.progress.setText(self.tr("{count} items ready").format(count=number(total)))

    def show_correction(self, text: str, blocked: bool) -> None:
        """Say over the item that it is an earlier one: being corrected, or (`blocked`)
        one that cannot be."""
        back, ink, edge = _REFUSED_COLOURS if blocked else _CORRECTING_COLOURS
        self.correction.setStyleSheet(
            f"background: {back}; color: {ink}; border: 1px solid {edge};"
            "border-radius: 4px; padding: 6px 10px; font-size: 11pt;"
        )
        self.correction.setText(text)
        self.correction.show()
        self.gold.hold(True)  # one banner over the item, not two stacked

    def hide_correction(self) -> None:
        self.correction.hide()
        self.correction.clear()
        self.gold.hold(False)

    def show_problems(self, lines: list[str]) -> None:
        """Say over the item why its answer was not sent (nothing: the line goes). It
        goes too when the answer changes or another item shows."""
        if not lines:
            self.problems.hide()
            return
        self.problems.setStyleSheet(_PROBLEMS_STYLE)
        self.problems.setText(self.tr("Not submitted: {problems}").format(problems=joined(lines)))
        self.problems.show()

    def show_nothing_to_send(self, what_answers: str) -> None:
        """The submit key on an item with nothing answered: no failure to report, only
        what answers it, in the problems' place (and gone as they go)."""
        self.problems.setStyleSheet(_NOTHING_STYLE)
        self.problems.setText(self.tr("Nothing answered yet: {what}.").format(what=what_answers))
        self.problems.show()


# Why an answer was not sent; and the quieter note that nothing was answered yet. Each has
# a border: apart from the item it floats over.
_PROBLEMS_STYLE = (
    "background: #fdecea; color: #8a1c13; padding: 6px 10px; border-radius: 4px;"
    "border: 1px solid #f3b8b3;"
)
_NOTHING_STYLE = (
    "background: #f4f4f2; color: #3c3c3c; padding: 6px 10px; border-radius: 4px;"
    "border: 1px solid #c9c9c4;"
)
_ASSIST_STYLE = (
    "background: #eaf2ff; color: #13335e; padding: 6px 10px; border-radius: 4px;"
    "border: 1px solid #8fb1e3;"
)
# Background, text and border of the banner over an earlier item.
_CORRECTING_COLOURS = ("#e8f1fd", "#123c69", "#7aa7e0")
_REFUSED_COLOURS = ("#fff4e5", "#7a4b00", "#f0b45a")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
