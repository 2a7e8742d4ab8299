"""The contract between the workbench and the editor of one media kind.

The workbench owns the draft, the undo history, the label hotkeys and submitting.
An editor shows one item, turns the user's mouse and keys into draft operations
(`draft.add_region`, `draft.update_region`, ...; a drag is one operation) and redraws
what a `Change` names. It never talks to the network or the disk database.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from labeler.client.workitem import WorkItem
from labeler.core.editing import Change, Draft
from labeler.core.schema import Schema
from labeler.ui.actions import Action
from labeler.ui.keymap import ShownKeys

if TYPE_CHECKING:
    from labeler.core.plugins.host import Pending, Target

#: What an assist key asks about (`MediaEditor.assist_targets`): what the annotator points
#: at (the crosshair, the selected region, the selected text or segment), the selected
#: box as a polygon, or the whole item.
ASSIST_HERE, ASSIST_OUTLINE, ASSIST_ITEM = "here", "outline", "item"


def picture_box(widget: QWidget | None = None) -> tuple[int, int]:
    """The size, in device pixels, that a picture prepared for `widget` must reach to fill
    any view in its window at fit: the larger of its screen and its window (a window can
    be larger than its screen: spread over two, or on a virtual screen). Call it on the
    GUI thread, and pass the result to `prepare` on the worker."""
    screen = widget.screen() if widget is not None else QGuiApplication.primaryScreen()
    width, height = (screen.size().width(), screen.size().height()) if screen else (1920, 1080)
    ratio = screen.devicePixelRatio() if screen else 1.0
    if widget is not None:
        window = widget.window().size()
        width, height = max(width, window.width()), max(height, window.height())
        ratio = widget.devicePixelRatioF()
    return round(width * ratio), round(height * ratio)


class Preparing:
    """`show_item`'s `prepared` while the item's media is being prepared already (the
    queue's decode, started ahead): the editor waits for `take_prepared` rather than
    decoding the same file a second time."""

    def __repr__(self) -> str:
        return "PREPARING"


PREPARING = Preparing()


class MediaEditor(QWidget):
    """Base of the image, text and audio editors."""

    #: Emitted after the editor changed the draft (argument: the `Change`).
    changed = Signal(object)
    #: The item shown, whose media was on its way (`loading`), is now on screen (or
    #: cannot be): the time spent on it counts from here.
    item_ready = Signal()
    #: The mouse asked an assist about a place (Alt+click): a `Target`.
    assist_asked = Signal(object)
    #: The keys of the item's list of candidates moved to one (its key): the answer
    #: column's row of that candidate follows.
    candidate_moved = Signal(str)

    @property
    def loading(self) -> bool:
        """The item shown waits for its media to be decoded before it can be worked on."""
        return False

    def set_schema(self, schema: Schema) -> None:
        """Called when a project (or schema version) opens, before any item."""
        raise NotImplementedError

    def show_item(self, item: WorkItem, draft: Draft, prepared: Any = None) -> None:
        """Show `item` and edit `draft`. `prepared` is what `prepare` made off the GUI
        thread (a decoded, downscaled image; audio peaks), PREPARING while that is still
        being made (`take_prepared` brings it), or None: the editor prepares it itself."""
        raise NotImplementedError

    def take_prepared(self, item_id: str, prepared: Any) -> None:
        """What `prepare` made for `item_id`, which was PREPARING when it was shown: used
        if that item is still shown and waits for it (None: preparing failed, the editor
        prepares it itself)."""
        del item_id, prepared  # an editor that prepares nothing waits for nothing

    def warm(self, item: WorkItem) -> None:
        """The next item, on the GUI thread while the window is idle after the item on
        screen painted: what cannot be prepared on a worker (text laid out for a widget)
        is made ready for `show_item`."""
        item_view = getattr(self, "item_view", None)
        if item_view is not None:
            item_view.warm(item.data)

    def expect_items(self, items: Sequence[WorkItem]) -> None:
        """The items ahead: room for what any of them shows around the item (the text's
        data panel) is kept from the first, so that showing the next moves nothing."""
        del items  # an editor that shows nothing around its item keeps no room

    def refresh(self, change: Change) -> None:
        """Redraw what `change` names (after undo or redo)."""
        raise NotImplementedError

    def pick_label(self, field: str, label: str) -> bool:
        """A label hotkey of one of this editor's region fields was pressed: relabel
        the selection, or arm the tool to draw that label. False if not handled."""
        raise NotImplementedError

    def show_expected(self, expected: dict[str, Any] | None) -> None:
        """Draw a gold answer over the item (None clears it)."""
        raise NotImplementedError

    def key_actions(self) -> list[Action]:
        """This editor's own keys (tools, nudges, playback), for the keymap."""
        return []

    def kept_top(self) -> int:
        """Pixels at the top of the editor that what floats over it (the banners) leaves
        in view: the image editor's legend and armed tool. 0: nothing to keep."""
        return 0

    def kept_beside(self) -> QWidget | None:
        """A panel of the editor beside its item that what floats over it (the banners)
        keeps clear of while it shows: the record read against a picture. None: the
        banners go across the editor."""
        return None

    def keep_clear_of(self, floating: QWidget) -> None:
        """What floats over the editor at times (the banners): an editor that shows an
        item's candidates in a list keeps their text clear of it while it shows."""
        del floating  # an editor with no candidates has nothing to keep clear

    def focus_candidates(self) -> bool:
        """Give the keyboard to the item's list of candidates, where ↑/↓ and PgUp/PgDn go
        from one to the next (the hint above it says so); False when it shows none."""
        return False

    def show_keys(self, keys: ShownKeys) -> None:
        """The keys in effect, after the user's rebinding, for the label keys and key
        hints the editor shows (until called, it shows the schema's and its defaults)."""
        del keys  # an editor that shows no keys has nothing to redraw

    def assist_targets(self, what: str) -> list[Target]:
        """What an assist key (`what`: ASSIST_HERE, ASSIST_OUTLINE, ASSIST_ITEM) asks
        about here, best first: the workbench asks the first one an installed assist
        takes. None: nothing is pointed at."""
        del what
        return []

    def show_proposals(self, pending: Pending | None) -> None:
        """Show an assist's proposals over the item, the current one set apart (None:
        they are gone). An editor that cannot draw them leaves them to the notice the
        workbench shows; the arrows may move the current one (`Pending.proposals`)."""
        del pending

    def show_candidate(self, key: str) -> None:
        """Outline candidate `key` of the item's comparison and bring it into view (the
        one a ranking or flags field is on)."""
        del key  # an editor that shows no candidates has none to outline

    def select_region(self, field: str, index: int) -> None:
        """Select a region of the answer (one a check warned about)."""
        del field, index

    @staticmethod
    def prepare(item: WorkItem, screen_size: tuple[int, int]) -> Any:
        """Heavy, Qt-GUI-free work for `item`, run on a worker thread (decode, peaks);
        `screen_size` is the `picture_box` of the editor, in device pixels."""
        return None
