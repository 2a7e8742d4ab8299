"""Starting the GUI: the application object, settings, trace, the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from labeler import __version__
from labeler.client.settings import load_settings
from labeler.client.trace import open_trace
from labeler.ui import i18n
from labeler.ui.window import MainWindow, Start

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GuiOptions:
    """What the command line asked of the GUI."""

    server_url: str | None = None
    token: str | None = None
    username: str | None = None
    project_id: str | None = None


def display_problem(environ: Mapping[str, str], platform: str) -> str | None:
    """Why no window can open here (a Linux machine without a display), or None.

    Qt would abort the process with a terse plugin error instead."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    # Said on the terminal before any window or language is loaded.
    return (
        "no display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it from a "  # notr
        "desktop session, or on a headless machine under `xvfb-run -a`; "
        "`labeler demo --no-gui` serves the demo without a window."
    )


def tune_interpreter() -> None:
    """Let the GUI thread take the interpreter back quickly from decoding workers.

    Decoders release the GIL for their C work but hold it between calls; with CPython's
    default 5 ms switch interval, a paint waiting behind them can miss its frame.
    """
    sys.setswitchinterval(0.001)


#: Milliseconds after the window shows at which the collector runs again at the latest
#: (a start without an item: the sign-in screen, the project list).
COLLECT_AFTER_MS = 5000


def collect_after_start(window: MainWindow) -> None:
    """What the imports and the window made lives as long as the process: from now on
    the garbage collector's full passes leave it out (`gc.freeze`), so a pass between two
    items walks what labeling made, not every module and class. The collector, off
    during the start (`labeler.cli`), runs again once the first item is on screen, or
    after `COLLECT_AFTER_MS` without one."""
    gc.freeze()
    window.first_item_shown.connect(gc.enable)
    QTimer.singleShot(COLLECT_AFTER_MS, gc.enable)


def show_window(app: QApplication, window: MainWindow) -> MainWindow:
    """`window` shown at 1366x768, or the screen's room when less."""
    screen = app.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        window.resize(min(1366, area.width()), min(768, area.height()))
    window.show()
    return window


class Restarts:
    """A language change builds the window again in this process, in the new language
    (translators, direction, fonts), and opens the profile and project in use. The window
    the user sees stays the process that was started: closing it ends all of it, the task
    server `labeler demo` hosts in it too (a new process for the new language outlived
    that server, or left it running)."""

    def __init__(self, app: QApplication, window: MainWindow, start: Start) -> None:
        self.app, self.start = app, start
        self.restarting = False
        # The window shown closing ends the application, and only it: not the old one
        # closing for a restart (Qt's "last window closed" did not always come once a
        # window had been built again).
        app.setQuitOnLastWindowClosed(False)
        self.window = self._watch(window)

    def _watch(self, window: MainWindow) -> MainWindow:
        window.restart_wanted.connect(self.restart)
        window.closed.connect(self._closed)
        return window

    def _closed(self) -> None:
        if not self.restarting:
            self.app.quit()

    def restart(self, profile: str) -> None:
        old = self.window
        self.restarting = True
        try:
            closed = old.close()  # as Quit: a lead's unsaved changes may keep it open
        finally:
            self.restarting = False
        if not closed:
            return
        launched = time.perf_counter()
        wanted = i18n.chosen_language(old.settings.language)
        i18n.install(self.app, wanted)
        old.trace.event("language", wanted=wanted, language=i18n.language())
        window = self._watch(MainWindow(old.settings, old.trace, launched=launched))
        self.window = show_window(self.app, window)
        window.activateWindow()  # the keyboard was the old window's
        old.trace.launch("window", launched)
        # The project in use, not the command line's: the one left open under the
        # profile (none when the annotator was on the list).
        window.start(replace(self.start, profile=profile or None, project_id=None))
        old.deleteLater()


def run(options: GuiOptions, launched: float | None = None) -> int:
    """Open the window and run until it closes; returns the exit code."""
    launched = launched if launched is not None else time.perf_counter()
    problem = display_problem(os.environ, sys.platform)
    if problem is not None:
        print(f"labeler: {problem}", file=sys.stderr)
        return 2
    tune_interpreter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("labeler")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("labeler")
    # The menu entry's id (packaging/linux): Wayland docks match the window to it.
    app.setDesktopFileName("org.labeler.Labeler")
    loaded = load_settings()
    wanted = i18n.chosen_language(loaded.settings.language)
    i18n.install(app, wanted)
    trace = open_trace()
    trace.event("language", wanted=wanted, language=i18n.language())
    trace.launch("imported", launched)
    window = show_window(app, MainWindow(loaded.settings, trace, launched=launched))
    trace.launch("window", launched)
    collect_after_start(window)
    watch = None
    if os.environ.get("LABELER_CHECK_LAYOUT") == "1":
        from labeler.ui.layoutcheck import LayoutWatch

        watch = LayoutWatch(trace)
    for problem in loaded.problems:
        window.show_status(problem)
    start = Start(options.server_url, options.token, options.username, options.project_id)
    restarts = Restarts(app, window, start)
    window.start(start)
    try:
        return int(app.exec())
    finally:
        del watch, restarts
        trace.close()
