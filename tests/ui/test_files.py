"""The file dialogs: where they open, and Qt's own dialog's paths in Urdu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit

from labeler.ui import files


@pytest.fixture(autouse=True)
def _forget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "_last_folder", None)


def test_a_dialog_starts_in_documents_then_where_the_last_one_chose(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "Documents"
    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _kind: str(docs)))
    assert files.start_folder() == Path.home()  # no Documents folder: home, not the cwd
    docs.mkdir()
    assert files.start("a.csv") == str(docs / "a.csv")
    chosen = tmp_path / "exports"
    chosen.mkdir()
    files.remember(str(chosen / "history.csv"))
    assert files.start_folder() == chosen
    files.remember(str(docs))
    assert files.start_folder() == docs


def test_qts_own_dialog_keeps_paths_left_to_right_in_urdu(
    qtbot: Any, urdu: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Qt.LayoutDirection] = {}

    def look(dialog: QFileDialog) -> int:
        seen["dialog"] = dialog.layoutDirection()
        for name, kind in (("lookInCombo", QComboBox), ("fileNameEdit", QLineEdit)):
            seen[name] = dialog.findChild(kind, name).layoutDirection()  # type: ignore[union-attr]
        dialog.selectFile(str(tmp_path / "out.csv"))
        return 1

    monkeypatch.setattr(QFileDialog, "exec", look)
    chosen = files.save_file_name(None, "Export", "out.csv", "CSV (*.csv)")
    assert chosen == str(tmp_path / "out.csv")
    assert seen["dialog"] == Qt.LayoutDirection.RightToLeft
    assert seen["lookInCombo"] == seen["fileNameEdit"] == Qt.LayoutDirection.LeftToRight
    assert files.start_folder() == tmp_path


def test_each_file_cell_reads_in_its_own_direction_in_urdu(qtbot: Any, urdu: None) -> None:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem, QTreeView

    view = QTreeView()
    qtbot.addWidget(view)
    model = QStandardItemModel()
    model.appendRow([QStandardItem("my-file (2).csv"), QStandardItem("فائل.csv")])
    view.setModel(model)
    delegate = files._CellDirection(view)
    shown = []
    for column in range(2):
        option = QStyleOptionViewItem()
        option.initFrom(view)
        delegate.initStyleOption(option, model.index(0, column, QModelIndex()))
        shown.append(option.direction)
    assert shown == [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
