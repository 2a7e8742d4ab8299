"""The file dialogs the workbench opens: where they start, and Qt's own dialog in Urdu.

Every dialog starts in the folder the user last chose a file or folder in (this session),
else in their Documents folder, else at home: never in the working directory, which for
a bundle is where it was unpacked. Where the desktop has a dialog of its own (a platform
theme's), Qt uses it and it speaks the desktop's language. Where it has none, Qt draws its
own: its words come from `qt.ts`, and in a right-to-left interface its paths (the folder
shown, the file name typed) are kept left to right, as a path is read in either language.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QTreeView,
    QWidget,
)

from labeler.ui.i18n import direction

_last_folder: Path | None = None


def start_folder() -> Path:
    """The folder last chosen in, else Documents, else home (each only if it is there)."""
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return Path(docs)
    return Path.home()


def start(name: str = "") -> str:
    """Where a dialog opens: `start_folder()`, with the file name suggested, if any."""
    folder = start_folder()
    return str(folder / name) if name else str(folder)


def remember(chosen: str) -> None:
    """The next dialog starts where this one chose (a file's folder, or the folder)."""
    global _last_folder
    if chosen:
        path = Path(chosen)
        _last_folder = path if path.is_dir() else path.parent


def save_file_name(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """A file to write, or "" if the user cancelled; `suggested` is a path or a name (a
    name starts in `start_folder()`)."""
    where = suggested if Path(suggested).is_absolute() else start(suggested)
    dialog = _dialog(parent, title, where, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return _run(dialog)


def open_file_name(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    """A file to read, or ""; `folder` empty starts in `start_folder()`."""
    dialog = _dialog(parent, title, folder or start(), filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _run(dialog)


def existing_directory(parent: QWidget | None, title: str, folder: str) -> str:
    """A folder, or ""; `folder` empty starts in `start_folder()`."""
    dialog = _dialog(parent, title, folder or start(), "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)


def prepare(dialog: QFileDialog) -> QFileDialog:
    """Qt's own dialog (when it is the one shown) made readable: paths left to right in
    a right-to-left interface, the places beside the files and the columns given room
    (Nastaliq is wider than the Latin the dialog's sizes were made for)."""
    if direction() == Qt.LayoutDirection.RightToLeft:
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        if edit is not None:
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        combo = dialog.findChild(QComboBox, "lookInCombo")
        if combo is not None:
            combo.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            combo.installEventFilter(_PathCombo(combo))
        for view in (
            dialog.findChild(QTreeView, "treeView"),
            dialog.findChild(QListView, "listView"),
        ):
            if view is not None:
                view.setItemDelegate(_CellDirection(view))
    splitter = dialog.findChild(QSplitter, "splitter")
    tree = dialog.findChild(QTreeView, "treeView")
    if splitter is None or tree is None:
        return dialog  # the desktop's own dialog: nothing of Qt's to set
    dialog.resize(max(dialog.width(), 880), max(dialog.height(), 520))
    splitter.setSizes([200, 680])
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return dialog


class _CellDirection(QStyledItemDelegate):
    """Each file's name, size and date read in their own direction, set where the view
    sets them: `366 bytes` read `bytes 366`, and `my-file (2).csv` was mirrored, in a
    right-to-left view that lays every cell out right to left."""

    def initStyleOption(  # noqa: N802 (Qt)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.direction == Qt.LayoutDirection.RightToLeft and not _right_to_left(option.text):
            # Where the view would have put it (a name at the right, a size at the left),
            # laid out left to right there.
            option.displayAlignment = QStyle.visualAlignment(
                Qt.LayoutDirection.RightToLeft, option.displayAlignment
            )
            option.direction = Qt.LayoutDirection.LeftToRight


def _right_to_left(text: str) -> bool:
    """Whether `text` reads right to left by its first strong letter (none: no)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


class _PathCombo(QObject):
    """Paints the folder box (`lookInCombo`) as Qt does, with its text laid out left to
    right: Qt's painter takes the application's direction, not the box's, so in Urdu the
    path `/tmp/bx` read `tmp/bx/` even in a left-to-right box."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QComboBox):
            return False
        combo = watched
        option = QStyleOptionComboBox()
        option.initFrom(combo)
        option.editable = False
        option.frame = combo.hasFrame()
        option.currentText = combo.currentText()
        option.currentIcon = combo.itemIcon(combo.currentIndex())
        option.iconSize = combo.iconSize()
        style = combo.style()
        field = style.subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        room = field.width() - option.iconSize.width() - 4
        option.currentText = option.fontMetrics.elidedText(
            option.currentText, Qt.TextElideMode.ElideMiddle, room
        )
        painter = QStylePainter(combo)
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        painter.setPen(combo.palette().color(combo.foregroundRole()))
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        painter.end()
        return True


def _dialog(parent: QWidget | None, title: str, where: str, filters: str) -> QFileDialog:
    dialog = QFileDialog(parent, title, where, filters)
    return prepare(dialog)


def _run(dialog: QFileDialog) -> str:
    chosen = dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""
    remember(chosen)
    dialog.deleteLater()
    return chosen
