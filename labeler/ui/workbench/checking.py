"""Checks before a submit: the installed checks run on the answer off the GUI thread; what
they find is listed in a small dialog, "Submit anyway" (Enter) or "Go back" (Escape).

No check installed, no delay: the answer goes at once. A check that raises or takes
longer than `CHECK_SECONDS` is left out (the status line says so) and never holds an
answer back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from labeler.ui import messages
from labeler.ui.i18n import isolate, number, paragraph, translate

if TYPE_CHECKING:
    from labeler.core.plugins import CheckWarning
    from labeler.core.plugins.host import Found
    from labeler.ui.workbench.session import LabelingSession

log = logging.getLogger(__name__)

#: Seconds the checks of one answer may take before it is sent without them.
CHECK_SECONDS = 3.0


class CheckFlow(QObject):
    """The checks of one labeling session (`LabelingSession.checks`)."""

    def __init__(self, session: LabelingSession) -> None:
        super().__init__(session)
        self.session = session
        self.seconds = CHECK_SECONDS
        #: The checks of an answer are running, or their warnings are on screen.
        self.busy = False
        self.dialog: CheckDialog | None = None
        #: What was said about checks left out of the answer just sent: said again once
        #: the next item shows (which clears the status line of the item before).
        self._repeat: list[str] = []
        session.page.moved_on.connect(self._moved_on)

    def before_submit(self, answer: dict[str, Any], send: Callable[[], None]) -> None:
        """Run the checks on `answer`, then `send()` unless the annotator goes back."""
        session = self.session
        plugins = session.plugins
        checks = plugins.checks() if plugins is not None and plugins.ready else []
        if not checks or session.item is None or session.schema is None:
            send()
            return
        from labeler.core.plugins.host import run_checks

        self.busy = True
        item = session.item
        view = item.plugin_view(session.schema.media)

        def still_here() -> bool:
            return self.busy and session.item is item and not session.elsewhere

        def found(results: list[Found]) -> None:
            if not still_here():
                self.busy = False
                return
            self._found(results, send)

        def failed(error: BaseException) -> None:
            self._left_out(str(error) or type(error).__name__)
            if still_here():
                self.busy = False
                send()

        def late() -> None:
            self._left_out(
                translate("workbench.checks", "they took longer than {seconds} s").format(
                    seconds=number(self.seconds, 0 if self.seconds >= 1 else 1)
                )
            )
            if still_here():
                self.busy = False
                send()

        session.runner.limited(
            run_checks,
            checks,
            view,
            session.schema,
            answer,
            seconds=self.seconds,
            done=found,
            failed=failed,
            late=late,
        )

    def _found(self, results: list[Found], send: Callable[[], None]) -> None:
        for result in results:
            if result.error is not None:
                log.warning("check %s failed: %s", result.check, result.error)
                self._left_out(
                    translate("workbench.checks", "{check} failed: {reason}").format(
                        check=isolate(result.check), reason=isolate(result.error)
                    )
                )
        warnings = [w for r in results for w in r.warnings]
        self.session.trace.event("checked", warnings=len(warnings))
        if not warnings:
            self.busy = False
            send()
            return
        dialog = CheckDialog(warnings, self.session.page)
        self.dialog = dialog

        def decided(submit: bool) -> None:
            self.busy = False
            self.dialog = None
            if submit:
                send()
            else:
                self._repeat.clear()  # said already, about an item that stays
                self._point_at(warnings)

        dialog.decided.connect(decided)
        dialog.finished.connect(lambda _result: self.session.page.window().activateWindow())
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def _point_at(self, warnings: list[CheckWarning]) -> None:
        """Go back: the first region a warning names is selected, to fix it."""
        editor = self.session.editor
        named = next((w for w in warnings if w.field and w.index is not None), None)
        if editor is not None and named is not None:
            editor.select_region(named.field, named.index)  # type: ignore[arg-type]
        if editor is not None:
            editor.setFocus()

    def _left_out(self, why: str) -> None:
        text = paragraph(
            translate("workbench.checks", "A check was left out: {reason}").format(reason=why)
        )
        self._repeat.append(text)
        self.session.status.emit(text)

    def _moved_on(self) -> None:
        said, self._repeat = self._repeat, []
        if said:
            self.session.status.emit(" ".join(said))


def warning_line(warning: CheckWarning) -> str:
    """One warning as the dialog lists it: where (the field, and the region's number as
    Tab counts them) and what."""
    message = isolate(messages.said(warning.message))
    if warning.field and warning.index is not None:
        return translate("workbench.checks", "{field} {number}: {message}").format(
            field=isolate(warning.field), number=number(warning.index + 1), message=message
        )
    if warning.field:
        return translate("workbench.checks", "{field}: {message}").format(
            field=isolate(warning.field), message=message
        )
    return message


class CheckDialog(QDialog):
    """What the checks found; `decided(True)` for "Submit anyway" (Enter), False for "Go
    back" (Escape, or closing the dialog).

    Enter counts only as a press of its own: the submit key that opened the dialog, held
    down, repeats, and the warnings would go by unread."""

    decided = Signal(bool)

    def __init__(self, warnings: list[CheckWarning], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkDialog")
        self.setWindowTitle(self.tr("Before you submit"))
        self.setModal(True)
        count = len(warnings)
        heading = (
            self.tr("A check found something to look at:")
            if count == 1
            else self.tr("The checks found {count} things to look at:").format(count=number(count))
        )
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600;")
        self.lines = QLabel(
            paragraph("<br>".join(f"• {_escape(warning_line(w))}" for w in warnings))
        )
        self.lines.setObjectName("checkWarnings")
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setWordWrap(True)
        enter, escape = "Enter", "Esc"  # notr: keys
        self.submit_button = QPushButton(self.tr("Submit anyway ({key})").format(key=enter))
        self.back_button = QPushButton(self.tr("Go back ({key})").format(key=escape))
        self.submit_button.setDefault(True)
        self.submit_button.setAutoDefault(True)
        self.back_button.setAutoDefault(False)
        self.submit_button.clicked.connect(self.accept)
        self.back_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.submit_button)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.lines)
        column.addLayout(buttons)
        self.accepted.connect(lambda: self.decided.emit(True))
        self.rejected.connect(lambda: self.decided.emit(False))
        self.setMinimumWidth(420)
        for widget in (self, self.submit_button, self.back_button):
            widget.installEventFilter(self)
        self.submit_button.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.isAutoRepeat()
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            return True  # a held submit key: not a decision
        return False


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
