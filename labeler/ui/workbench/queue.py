"""Items ahead of the annotator, with their drafts and what their editor prepared.

The local store is read on the store worker, decoding runs on the decode pool; the
GUI thread only looks things up here, so switching to a prepared item costs no I/O.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from labeler.client.workitem import WorkItem

#: Items decoded ahead of the one shown (a 2048 px image is about 12 MB decoded).
PREPARE_AHEAD = 4
_KEEP_PREPARED = 8


@dataclass(frozen=True)
class Upcoming:
    """An item with its autosaved draft (None when there is none) and the active time
    already spent on it, kept with the draft."""

    item: WorkItem
    draft: dict[str, Any] | None
    active_ms: int = 0


class ItemQueue:
    """The open items in lease order and a bounded cache of prepared media."""

    def __init__(
        self,
        prepare: Callable[[WorkItem], Any],
        schedule: Callable[..., object],
    ) -> None:
        """`schedule(job, done, shown=False)` runs `job` off the GUI thread and `done` with
        its result on it; `shown`: the item is on screen, before what is ahead."""
        self._prepare = prepare
        self._schedule = schedule
        self._items: list[Upcoming] = []
        self._prepared: OrderedDict[str, Any] = OrderedDict()
        self._pending: set[str] = set()
        self._done: set[str] = set()
        self.on_prepared: Callable[[str], object] | None = None

    def replace(self, upcoming: list[Upcoming]) -> None:
        """The store's current open items (answered ones are dropped by `mark_done`)."""
        self._items = [u for u in upcoming if u.item.id not in self._done]
        self.prepare_ahead()

    def mark_done(self, item_id: str) -> None:
        """The item was submitted: never offer it again in this session."""
        self._done.add(item_id)
        self._items = [u for u in self._items if u.item.id != item_id]
        self._prepared.pop(item_id, None)

    def remember_draft(
        self, item_id: str, answer: dict[str, Any] | None, active_ms: int = 0
    ) -> None:
        """Keep the draft and the time spent with the item, so coming back to it needs
        no store read (None: it has no draft any more)."""
        self._items = [
            Upcoming(u.item, answer, active_ms) if u.item.id == item_id else u for u in self._items
        ]

    def __len__(self) -> int:
        return len(self._items)

    def items(self) -> list[Upcoming]:
        return list(self._items)

    def first_ready(self) -> Upcoming | None:
        """The first item whose media is here (or failed for good)."""
        for upcoming in self._items:
            item = upcoming.item
            if item.media is None or item.display_path is not None or item.media_error:
                return upcoming
        return None

    def after(self, item_id: str | None) -> Upcoming | None:
        """The next ready item after `item_id` (wrapping to the first)."""
        ready = [
            u
            for u in self._items
            if u.item.media is None or u.item.display_path is not None or u.item.media_error
        ]
        if not ready:
            return None
        ids = [u.item.id for u in ready]
        if item_id in ids:
            return ready[(ids.index(item_id) + 1) % len(ready)]
        return ready[0]

    def prepared(self, item_id: str) -> Any:
        """What the editor prepared for the item, or None if not ready yet."""
        return self._prepared.get(item_id)

    def is_prepared(self, item_id: str) -> bool:
        return item_id in self._prepared

    def is_preparing(self, item_id: str) -> bool:
        """The item's media is being prepared now (its result comes by `on_prepared`)."""
        return item_id in self._pending

    @property
    def preparing(self) -> bool:
        """Some item is being prepared (decoded) right now."""
        return bool(self._pending)

    def prepare_ahead(self) -> None:
        """Start preparing the first items that are not prepared or being prepared."""
        wanted = [
            u.item for u in self._items if u.item.display_path is not None or u.item.media is None
        ][:PREPARE_AHEAD]
        for item in wanted:
            if item.id in self._prepared or item.id in self._pending:
                continue
            self._pending.add(item.id)
            self._schedule(lambda item=item: self._prepare(item), self._stored(item.id))

    def prepare_now(self, item: WorkItem) -> None:
        """Prepare `item` first (it is on screen), unless done or under way already."""
        if item.id in self._prepared or item.id in self._pending:
            return
        self._pending.add(item.id)
        self._schedule(lambda: self._prepare(item), self._stored(item.id), shown=True)

    def clear(self) -> None:
        self._items.clear()
        self._prepared.clear()
        self._pending.clear()

    def _stored(self, item_id: str) -> Callable[[Any], None]:
        def store(result: Any) -> None:
            self._pending.discard(item_id)
            self._prepared[item_id] = result
            while len(self._prepared) > _KEEP_PREPARED:
                self._prepared.popitem(last=False)
            if self.on_prepared is not None:
                self.on_prepared(item_id)

        return store
