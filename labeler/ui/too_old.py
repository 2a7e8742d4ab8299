"""A workbench too old for its task server: it says so where the work would be, with what
to do, and goes into no work it would fail at.

The sync engine asks the server which workbenches it takes before it uploads or leases
anything (`labeler.client.versions`); when the answer is "newer ones", nothing more is
sent, and this flow takes the labeling screen: the item on screen is put away (its draft
saved), and no project or other workspace opens on that server. What this computer holds
stays: the history still lists every answer kept here, and the new version uploads them.
Offline nothing is known, and the work goes on from the local store as ever. Signing in
is refused before the password leaves (`labeler.client.profiles.sign_in`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from labeler.ui.window import MainWindow


class TooOldFlow:
    """For one window: `text` is what to say once the open profile's server said this
    workbench is too old (None until then, and again for another profile)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.text: str | None = None
        window.listener.workbench_too_old_.connect(self.told)

    def told(self, text: str) -> None:
        """The server's word, worded (`labeler.ui.bridge`): say it now."""
        self.text = text
        self.stop()

    def stop(self) -> bool:
        """Say it in place of the work, when it was said; True then (the caller goes no
        further), else False."""
        if self.text is None:
            return False
        window = self.window
        if window.labeling is not None:
            window.labeling.close()  # the draft is saved; the active clock stops
        window.workbench.show_message(self.text)
        window.pages.setCurrentWidget(window.workbench)
        window.show_status(self.text)
        return True

    def reset(self) -> None:
        """Another profile, another server: nothing is known of it yet."""
        self.text = None
