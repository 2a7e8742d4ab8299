"""A labeling session in the real window, on a workspace that keeps what it is given in
memory: items of the demo's schemas (pictures drawn on the spot), submissions, drafts."""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from labeler.client import wire
from labeler.client.amending import Answered
from labeler.client.outbox import OutboxEntry
from labeler.client.settings import Settings
from labeler.client.trace import Trace
from labeler.client.workitem import MediaInfo, WorkItem
from labeler.client.workspace import OpenProject
from labeler.core.schema import parse_schema
from labeler.ui.bridge import QtSyncListener
from labeler.ui.window import MainWindow
from labeler.ui.workbench.session import LabelingSession
from tests.ui.conftest import SCHEMAS

TEXT = "Pakistan Cricket Board names a new captain in Lahore on Monday."


@dataclass
class Sent:
    item_id: str
    answer: dict[str, Any] | None
    skip_reason: str | None
    id: str = ""
    amends: str | None = None
    active_ms: int = 0


@dataclass
class MemoryWorkspace:
    """What the session calls on `Workspace`, in memory."""

    items: list[WorkItem]
    sent: list[Sent] = field(default_factory=list)
    drafts_saved: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: The active time saved with each draft.
    draft_ms: dict[str, int] = field(default_factory=dict)
    #: The sync engine's signals as the session hears them (tests emit them).
    listener: Any = None
    _ids: Any = field(default_factory=lambda: itertools.count(1))

    def submit(
        self,
        item: WorkItem,
        answer: dict[str, Any] | None,
        skip_reason: str | None = None,
        *,
        started_at: datetime,
        active_ms: int,
    ) -> str:
        sent = Sent(item.id, answer, skip_reason, f"sub-{next(self._ids)}", None, active_ms)
        self.sent.append(sent)
        return sent.id

    def amend(
        self,
        submission_id: str,
        item: WorkItem,
        answer: dict[str, Any] | None,
        skip_reason: str | None = None,
        *,
        started_at: datetime,
        active_ms: int,
    ) -> str:
        sent = Sent(
            item.id, answer, skip_reason, f"sub-{next(self._ids)}", submission_id, active_ms
        )
        self.sent.append(sent)
        return sent.id

    def answered(self) -> list[Answered]:
        """The items answered, newest first, each with its newest submission."""
        items = {i.id: i for i in self.items}
        newest: dict[str, Sent] = {}
        spent: dict[str, int] = {}
        for sent in self.sent:
            newest.pop(sent.item_id, None)
            newest[sent.item_id] = sent
            spent[sent.item_id] = spent.get(sent.item_id, 0) + sent.active_ms
        return [
            Answered(items[s.item_id], _entry(s), None, spent[s.item_id])
            for s in reversed(newest.values())
        ]

    def open_items(self) -> list[WorkItem]:
        done = {s.item_id for s in self.sent}
        return [i for i in self.items if i.id not in done]

    def drafts(self, items: Any) -> dict[str, dict[str, Any]]:
        return {}

    def no_more_work(self) -> bool:
        return False  # more may come: the session waits for items

    def save_draft(self, item_id: str, answer: dict[str, Any], active_ms: int = 0) -> None:
        self.drafts_saved[item_id] = answer
        self.draft_ms[item_id] = active_ms

    def draft_times(self, items: Any) -> dict[str, int]:
        return {i: ms for i, ms in self.draft_ms.items() if ms}

    def discard_draft(self, item_id: str) -> None:
        self.drafts_saved.pop(item_id, None)

    def fetch_original(self, item: WorkItem) -> Path | None:
        return None

    def contest(self, submission_id: str, reason: str) -> dict[str, Any]:
        return {}


def _entry(sent: Sent) -> OutboxEntry:
    body = {"answer": sent.answer, "skip_reason": sent.skip_reason}
    reward = wire.Reward(Decimal("0.01"), "USD")
    return OutboxEntry(
        sent.id, sent.item_id, "b1", "p1", body, "done", 1, None, 0.0, 1000, sent.answer is None,
        reward, 201, None, "pending", None, 0.0, sent.amends,
    )  # fmt: skip


def picture(path: Path, width: int, height: int, n: int) -> Path:
    """A PNG of `width`×`height`: a coloured field with a dark band, different per `n`."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor.fromHsv((n * 67) % 360, 90, 220))
    painter = QPainter(image)
    painter.fillRect(0, height // 3, width, height // 6, QColor(40, 40, 40))
    painter.end()
    image.save(str(path))
    return path


def make_items(media: str, count: int, folder: Path) -> list[WorkItem]:
    """`count` items of `media` for the demo schema of that media (image or text)."""
    items = []
    for n in range(count):
        if media == "image":
            path = picture(folder / f"picture-{n}.png", 1600, 1000, n)
            sha = hashlib.sha256(path.read_bytes()).hexdigest()
            info = MediaInfo(sha, "image/png", path.stat().st_size, "", 1600, 1000)
            items.append(WorkItem(f"item-{n}", "b1", "p1", 1, media=info, display_path=path))
        else:
            items.append(WorkItem(f"item-{n}", "b1", "p1", 1, text=f"{TEXT} ({n})"))
    return items


def open_labeling(
    qtbot: QtBot,
    media: str,
    folder: Path,
    count: int = 4,
    size: tuple[int, int] = (1366, 768),
    content: bool = True,
    schema_json: dict[str, Any] | None = None,
    items: list[WorkItem] | None = None,
) -> tuple[MainWindow, LabelingSession, MemoryWorkspace]:
    """The window at `size` labeling `count` items of `media` (or `items`), the first one
    painted (none: the window waiting for items); `content=False`: the first item shown,
    its media maybe still on its way. `schema_json`: a schema of its own, else the demo's
    of that media."""
    window = MainWindow(Settings(), Trace())
    qtbot.addWidget(window)
    schema = parse_schema(schema_json or SCHEMAS[media])
    workspace = MemoryWorkspace(items if items is not None else make_items(media, count, folder))
    count = len(workspace.items)
    listener = workspace.listener = QtSyncListener(window)
    session = LabelingSession(window.workbench, window.runner, workspace, listener, Trace())  # type: ignore[arg-type]
    session.actions_changed.connect(window._install_keys)
    session.status.connect(window.show_status)  # as the window wires it
    window.labeling = session
    window.pages.setCurrentWidget(window.workbench)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    reward = wire.Reward(Decimal("0.01"), "USD")
    project = wire.Project(
        "p1", schema.title, media, 1, "p1", reward, 900, False, True, None, count, count
    )
    session.open(OpenProject(project, schema, 1, tuple(workspace.items)))
    if count and content:
        qtbot.waitUntil(lambda: session.settled, timeout=10000)
    elif count:
        qtbot.waitUntil(lambda: session.item is not None, timeout=10000)
    return window, session, workspace
