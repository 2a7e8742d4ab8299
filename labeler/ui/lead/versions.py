"""The versions of a project's schema: when each was made, the differences between any
two, and an older one put back into the editor (as an unsaved change to review)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from labeler.client.leading import LeadClient, VersionInfo
from labeler.ui import messages
from labeler.ui.i18n import number, translate
from labeler.ui.lead.diff_view import ChangesList, changes_between
from labeler.ui.lead.words import moment
from labeler.ui.pages.common import NoteLine, busy_bar
from labeler.ui.tasks import Runner

VERSION_ROLE = Qt.ItemDataRole.UserRole


def version_text(info: VersionInfo, current: int) -> str:
    """`Version 3 · 3/14/26 3:22 PM · current` (the time in this computer's zone)."""
    parts = [translate("lead.versions", "Version {v}").format(v=info.version)]
    if info.created_at is not None:
        parts.append(moment(info.created_at))
    if info.version == current:
        parts.append(translate("lead.versions", "current"))
    return "  ·  ".join(parts)


class VersionsPage(QWidget):
    """`show_project(project_id, name, current)` lists the versions (from the network);
    `load_requested(version, document)` asks the schema editor to take one in."""

    load_requested = Signal(int, dict)

    def __init__(self, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.client: LeadClient | None = None
        self.project_id: str | None = None
        self.current = 0
        self._docs: dict[tuple[str, int], dict[str, Any]] = {}
        self._ticket = 0

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.busy = busy_bar(self)
        self.note = NoteLine(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Schema versions"))
        self.list.currentItemChanged.connect(self._picked)
        self.older = QComboBox(self)
        self.newer = QComboBox(self)
        self.older.setAccessibleName(self.tr("Older version"))
        self.newer.setAccessibleName(self.tr("Newer version"))
        self.compare_button = QPushButton(self.tr("Show changes"), self)
        self.compare_button.clicked.connect(self.compare)
        self.load_button = QPushButton(self.tr("Put this version in the editor"), self)
        self.load_button.setToolTip(
            self.tr("The selected version replaces the editor's content; save to make it current.")
        )
        self.load_button.clicked.connect(self.load_selected)
        pick = QHBoxLayout()
        label = QLabel(self.tr("From version"), self)
        label.setBuddy(self.older)
        pick.addWidget(label)
        pick.addWidget(self.older)
        to = QLabel(self.tr("to version"), self)
        to.setBuddy(self.newer)
        pick.addWidget(to)
        pick.addWidget(self.newer)
        pick.addWidget(self.compare_button)
        pick.addStretch(1)
        self.summary = QLabel(self)
        self.changes = ChangesList(self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.load_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(pick)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.changes, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([360, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.busy)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        self._enable(False)

    # -- what the workspace calls --------------------------------------------------------

    def show_project(self, client: LeadClient, project_id: str, name: str, current: int) -> None:
        """List the versions of a project (fetched now) and compare the newest two."""
        self.client, self.project_id, self.current = client, project_id, current
        self.heading.setText(self.tr("Versions of the schema of {name}").format(name=name))
        self.list.clear()
        self.changes.clear()
        self.summary.clear()
        self._enable(False)
        self._busy(True)
        self._ticket += 1
        ticket = self._ticket

        def done(versions: list[VersionInfo]) -> None:
            if ticket == self._ticket:
                self._busy(False)
                self._set_versions(versions)

        def failed(error: BaseException) -> None:
            if ticket == self._ticket:
                self._busy(False)
                self.note.show_error(
                    self.tr("The versions could not be read: {e}").format(
                        e=messages.error_text(error)
                    )
                )

        self.runner.net(client.schema_versions, project_id, done=done, failed=failed)

    def clear_project(self, message: str) -> None:
        self.project_id = None
        self.heading.setText(message)
        self.list.clear()
        self.changes.clear()
        self.summary.clear()
        self._enable(False)

    def remember(self, project_id: str, version: int, doc: dict[str, Any]) -> None:
        """A version the workspace already holds (no need to fetch it again)."""
        self._docs[(project_id, version)] = doc

    # -- commands ------------------------------------------------------------------------

    def compare(self) -> None:
        """Show the changes from the older version picked to the newer one."""
        a, b = self.older.currentData(), self.newer.currentData()
        if a is None or b is None or self.project_id is None:
            return
        project_id = self.project_id

        def done(docs: tuple[dict[str, Any], dict[str, Any]]) -> None:
            self._busy(False)
            if project_id != self.project_id:
                return
            changes = changes_between(*docs)
            if len(changes) == 1:
                text = self.tr("From version {a} to version {b}: 1 change")
            else:
                text = self.tr("From version {a} to version {b}: {n} changes")
            self.summary.setText(text.format(a=a, b=b, n=number(len(changes))))
            self.changes.set_changes(changes, self.tr("The two versions are the same."))

        self._fetch([a, b], done)

    def load_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or self.project_id is None:
            return
        version = item.data(VERSION_ROLE)
        self._fetch([version], lambda docs: self._loaded(version, docs[0]))

    # -- inside --------------------------------------------------------------------------

    def _loaded(self, version: int, doc: dict[str, Any]) -> None:
        self._busy(False)
        self.load_requested.emit(version, doc)

    def _fetch(self, versions: list[int], done: Any) -> None:
        client, project_id = self.client, self.project_id
        if client is None or project_id is None:
            return
        known = {v: self._docs[(project_id, v)] for v in versions if (project_id, v) in self._docs}
        self._busy(True)

        def read() -> dict[int, dict[str, Any]]:
            fetched = dict(known)
            for version in versions:
                if version not in fetched:
                    fetched[version] = client.schema(project_id, version).raw
            return fetched

        def got(fetched: dict[int, dict[str, Any]]) -> None:
            for version, doc in fetched.items():
                self._docs[(project_id, version)] = doc
            done(tuple(fetched[v] for v in versions))

        def failed(error: BaseException) -> None:
            self._busy(False)
            self.note.show_error(
                self.tr("That version could not be read: {e}").format(e=messages.error_text(error))
            )

        self.runner.net(read, done=got, failed=failed)

    def _set_versions(self, versions: list[VersionInfo]) -> None:
        self.list.clear()
        self.older.clear()
        self.newer.clear()
        for info in reversed(versions):  # newest first
            item = QListWidgetItem(version_text(info, self.current), self.list)
            item.setData(VERSION_ROLE, info.version)
        for info in versions:
            self.older.addItem(str(info.version), info.version)
            self.newer.addItem(str(info.version), info.version)
        self._enable(bool(versions))
        if len(versions) >= 2:
            self.older.setCurrentIndex(len(versions) - 2)
            self.newer.setCurrentIndex(len(versions) - 1)
            self.list.setCurrentRow(0)
            self.compare()
        elif versions:
            self.newer.setCurrentIndex(0)
            self.older.setCurrentIndex(0)
            self.summary.setText(self.tr("Only one version so far: nothing to compare."))

    def _picked(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is None:
            return
        version = item.data(VERSION_ROLE)
        self.newer.setCurrentIndex(self.newer.findData(version))
        older = self.older.findData(version - 1)
        self.older.setCurrentIndex(older if older >= 0 else self.newer.currentIndex())

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.note.clear_note()

    def _enable(self, enabled: bool) -> None:
        for widget in (self.older, self.newer, self.compare_button, self.load_button):
            widget.setEnabled(enabled)
