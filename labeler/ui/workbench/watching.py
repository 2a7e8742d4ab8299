"""What a labeling session watches in the window, through an event filter on the
application: when the item being switched to has painted (the switch's time and a
placeholder's, for the trace, and the next item warmed up once it has), and whether the
annotator is at the item (a key, a click or the wheel; the application active, no modal
dialog over it, the keyboard not in a part that takes them away), for the active clock.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from labeler.ui.workbench.session import LabelingSession


def attentive() -> bool:
    """The annotator can work on the item: the application is active, no modal dialog
    stands over the window, and the keyboard is not in a part of the window that takes
    them away from the item (a widget with the `awayFromItem` property: the card that
    asks for the password again)."""
    active = QApplication.applicationState() == Qt.ApplicationState.ApplicationActive
    if not active or QApplication.activeModalWidget() is not None:
        return False
    widget = QApplication.focusWidget()
    while widget is not None:
        if widget.property("awayFromItem"):
            return False
        widget = widget.parentWidget()
    return True


class ItemWatch(QObject):
    """The session's eye on the window (see the module docstring): `asked()` when an
    item is asked for, `await_paint()` once it is given to the editor; `asked_at` is
    None again once it has painted."""

    def __init__(self, session: LabelingSession) -> None:
        super().__init__(session)
        self.session = session
        #: When the item on its way to the screen was asked for (perf_counter), until
        #: it has painted.
        self.asked_at: float | None = None
        self.paint_pending = False
        self._placeholder_traced = False
        self._shown_any = False

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def asked(self) -> None:
        """An item is asked for: its switch is timed from now, unless one already is."""
        if self.asked_at is None:
            self.asked_at = time.perf_counter()

    def await_paint(self) -> None:
        self.paint_pending = True
        self._placeholder_traced = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        session = self.session
        kind = event.type()
        if kind == QEvent.Type.Paint and self.paint_pending:
            if (
                isinstance(watched, QWidget)
                and session.editor is not None
                and (watched is session.editor or session.editor.isAncestorOf(watched))
            ):
                if session.editor.loading:
                    # A placeholder (the picture or the waveform still on its way) is not
                    # the item: the switch ends when its content paints.
                    self._placeholder_painted()
                else:
                    self.paint_pending = False
                    QTimer.singleShot(0, self._painted)
        elif kind in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            session.clock.activity()
        elif kind == QEvent.Type.ApplicationStateChange:
            session.clock.focus(attentive())
        elif kind == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            # The keyboard went to the item, or away from it (the sign-in card); read
            # once the focus change is done, as for a dialog.
            QTimer.singleShot(0, lambda: session.clock.focus(attentive()))
        elif (
            kind in (QEvent.Type.Show, QEvent.Type.Hide)
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.isModal()
        ):
            # A dialog over the window (a contest, a skip's reason) takes the annotator
            # away from the item; Qt knows it is modal once its show or hide is done.
            QTimer.singleShot(0, lambda: session.clock.focus(attentive()))
        return False

    def _placeholder_painted(self) -> None:
        session = self.session
        if session.item is None or self.asked_at is None or self._placeholder_traced:
            return
        self._placeholder_traced = True
        latency = (time.perf_counter() - self.asked_at) * 1000
        session.trace.placeholder_shown(session.item.id, round(latency, 2))

    def _painted(self) -> None:
        session = self.session
        if session.item is None:
            return
        if self.asked_at is not None:
            latency = (time.perf_counter() - self.asked_at) * 1000
            session.trace.item_shown(session.item.id, round(latency, 2))
            self.asked_at = None
            QTimer.singleShot(0, self._warm_next)
        if not self._shown_any:
            self._shown_any = True
            session.first_item_shown.emit()

    def _warm_next(self) -> None:
        """The item after this one, made ready in the editor while the window is idle."""
        session = self.session
        if session.item is None or session.editor is None:
            return
        upcoming = session.queue.after(session.item.id)
        if upcoming is not None and upcoming.item.id != session.item.id:
            session.editor.warm(upcoming.item)
