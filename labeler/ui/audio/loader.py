"""Peaks computed on the thread pool for the item on screen, when the workbench had
none prepared. Results for an item no longer shown are dropped."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from labeler.ui.tasks import SHOWN, on_decode_pool


class PeaksLoader(QObject):
    """Runs `work()` off the GUI thread and reports its result with `loaded`.

    Each `load` or `cancel` starts a new generation; only the newest one's result
    is reported, so a slow file never overwrites the item shown after it.
    """

    loaded = Signal(object)
    _done = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._running = 0
        self._done.connect(self._on_done)

    @property
    def busy(self) -> bool:
        """True while any job (current or stale) is still running."""
        return self._running > 0

    def cancel(self) -> None:
        """Forget what is being loaded."""
        self._generation += 1

    def load(self, work: Callable[[], object]) -> None:
        """Run `work` on the pool; `loaded(result)` follows unless cancelled first."""
        self._generation += 1
        generation, done = self._generation, self._done
        self._running += 1

        def run() -> None:
            result = work()
            try:
                done.emit(generation, result)
            except RuntimeError:  # the editor was closed meanwhile
                pass

        on_decode_pool(run, SHOWN)  # the item on screen: before what is prepared ahead

    def _on_done(self, generation: int, result: object) -> None:
        self._running -= 1
        if generation == self._generation:
            self.loaded.emit(result)
