"""The plugins the workbench uses: found off the GUI thread once the first item shows.

Discovery imports every plugin (and the plugin API brings every format with it, 0.3 s),
so it waits until the annotator has something to look at: the start does not get
slower (`benchmarks/startup.py`). A plugin that fails to load is kept with why, for the
About dialog; one whose loading hangs leaves the others unused, never the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from labeler.ui.tasks import Runner

if TYPE_CHECKING:
    from labeler.core.plugins import Assist, Check, Loaded, Plugin

#: Seconds the plugins may take to load before the workbench goes on without them.
LOAD_SECONDS = 60.0
#: Milliseconds after the window shows at which the plugins load at the latest (a start
#: without an item: the sign-in screen, the project list).
LOAD_AFTER_MS = 5000


def _discover() -> list[Loaded]:
    from labeler.core.plugins import loaded_plugins

    return list(loaded_plugins())


class PluginShelf(QObject):
    """The installed plugins, once loaded (`ready`); until then, none."""

    #: The plugins are loaded (or their loading gave up): assists and checks are known.
    loaded = Signal()

    def __init__(
        self, runner: Runner, discover: Callable[[], Sequence[Loaded]] = _discover
    ) -> None:
        super().__init__(runner)
        self._runner = runner
        self._discover = discover
        self.entries: list[Loaded] = []
        #: Why loading gave up as a whole (it took too long), else "".
        self.problem = ""
        self.ready = False
        self._started = False

    @classmethod
    def of(cls, runner: Runner, plugins: Sequence[Plugin]) -> PluginShelf:
        """A shelf holding `plugins`, ready at once (tests, and programs that build their
        plugins themselves)."""
        from labeler.core.plugins import Loaded

        shelf = cls(runner, lambda: [Loaded(p.name, p.name, "", plugin=p) for p in plugins])
        shelf.entries = list(shelf._discover())
        shelf.ready = shelf._started = True
        return shelf

    def load(self) -> None:
        """Load the plugins off the GUI thread (once; `loaded` tells when)."""
        if self._started:
            return
        self._started = True
        self._runner.limited(
            self._discover,
            seconds=LOAD_SECONDS,
            done=self._found,
            failed=lambda error: self._gave_up(f"{type(error).__name__}: {error}"),
            late=lambda: self._gave_up(
                self.tr("they took longer than {seconds} s to load").format(
                    seconds=round(LOAD_SECONDS)
                )
            ),
        )

    def load_later(self, after_ms: int = LOAD_AFTER_MS) -> None:
        """Load them `after_ms` from now at the latest (the first item shown loads them
        sooner: `load`)."""
        QTimer.singleShot(after_ms, self, self.load)

    def _found(self, entries: Any) -> None:
        self.entries = list(entries)
        self.ready = True
        self.loaded.emit()

    def _gave_up(self, why: str) -> None:
        self.problem = why
        self.ready = True
        self.loaded.emit()

    # -- what they provide -------------------------------------------------------------

    def plugins(self) -> list[Plugin]:
        return [e.plugin for e in self.entries if e.plugin is not None]

    def assists(self) -> list[Assist]:
        return [a for p in self.plugins() for a in p.assists]

    def checks(self) -> list[Check]:
        return [c for p in self.plugins() for c in p.checks]

    def fitting(self, media: str, prompt: str, field_kind: str) -> list[Assist]:
        """The assists for a `prompt` on `media` in a field of `field_kind`, best first."""
        if not self.ready:
            return []
        from labeler.core.plugins.host import fitting

        return fitting(self.assists(), media, prompt, field_kind)
