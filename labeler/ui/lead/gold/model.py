"""The gold page's item table: one row per item with its gold mark, how often it was
served, its answers, its gold miss rate and its open contests; sortable by any column
(numbers sort as numbers), with a mark on items whose gold answer has unsaved edits."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from labeler.client.curation import CuratedItem, Gold
from labeler.client.workitem import MediaInfo
from labeler.ui.i18n import number, percent, translate
from labeler.ui.lead.words import media_word
from labeler.ui.pages.common import BAD, CELL_SCALE, OK, WARN, has_arabic, script_font

#: The columns' titles and tips (translated where shown: `column_title`, `headerData`).
COLUMNS = (
    QT_TRANSLATE_NOOP("lead.gold.model", "Item"),
    QT_TRANSLATE_NOOP("lead.gold.model", "Gold"),
    QT_TRANSLATE_NOOP("lead.gold.model", "Exposure"),
    QT_TRANSLATE_NOOP("lead.gold.model", "Answers"),
    QT_TRANSLATE_NOOP("lead.gold.model", "Miss rate"),
    QT_TRANSLATE_NOOP("lead.gold.model", "Contests"),
)
ITEM, GOLD, EXPOSURE, ANSWERS, MISS_RATE, CONTESTS = range(len(COLUMNS))
TIPS = (
    QT_TRANSLATE_NOOP("lead.gold.model", "The item's text, or its media"),
    QT_TRANSLATE_NOOP("lead.gold.model", "Whether the item is gold (✎: edits not saved yet)"),
    QT_TRANSLATE_NOOP("lead.gold.model", "Times the item was served in a batch"),
    QT_TRANSLATE_NOOP("lead.gold.model", "Answers to the item (skips left out)"),
    QT_TRANSLATE_NOOP("lead.gold.model", "Share of the gold answers that missed"),
    QT_TRANSLATE_NOOP("lead.gold.model", "Open contests of annotators who missed it"),
)
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
#: A miss rate from here up is drawn in the warning colour: the gold answer may be wrong.
HIGH_MISS_RATE = 0.5

Index = QModelIndex | QPersistentModelIndex


def column_title(column: int) -> str:
    return translate("lead.gold.model", COLUMNS[column])


def media_text(media: MediaInfo) -> str:
    """`image 800×500`, `audio 3.2 s`."""
    kind = media_word(media.mime.split("/")[0]) or translate("lead.gold.model", "media")
    if media.duration is not None:
        return translate("lead.gold.model", "{kind} {seconds} s").format(
            kind=kind, seconds=number(media.duration, 1)
        )
    if media.width and media.height:
        size = translate("lead.gold.model", "{width}×{height}").format(
            width=media.width, height=media.height
        )
        return f"{kind} {size}"
    return kind


def describe_item(row: CuratedItem) -> str:
    """What the Item column says: the text's start; for media, the name it was imported
    from (else its hash, whose first digits tell items apart), kind and size."""
    item = row.item
    if item.text is not None:
        first = " ".join(item.text.split())
        return first if len(first) <= 80 else first[:79] + "…"
    media = item.media
    if media is None:
        return item.source or item.id
    return f"{item.source or media.sha256[:8]} · {media_text(media)}"


def miss_text(row: CuratedItem) -> str:
    if row.miss_rate is None:
        return "—"
    return percent(row.miss_rate)


class ItemsModel(QAbstractTableModel):
    """Rows of `CuratedItem`; `edited` holds ids with unsaved gold edits."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CuratedItem] = []
        self._edited: set[str] = set()
        self._font = QFont()  # the table's, for Urdu items (`set_font`)

    def set_font(self, font: QFont) -> None:
        """The font of the table: an Urdu item reads in Nastaliq made from it."""
        self._font = QFont(font)

    def has_script(self) -> bool:
        """Whether an item listed is described in Arabic script (its rows need room)."""
        return any(has_arabic(describe_item(r)) for r in self._rows)

    # -- filling -------------------------------------------------------------------------

    def set_rows(self, rows: list[CuratedItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: list[CuratedItem]) -> None:
        known = {r.id for r in self._rows}
        new = [r for r in rows if r.id not in known]
        if not new:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
        self._rows += new
        self.endInsertRows()

    def row_of(self, item_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), None)

    def item(self, item_id: str) -> CuratedItem | None:
        row = self.row_of(item_id)
        return self._rows[row] if row is not None else None

    def rows(self) -> list[CuratedItem]:
        return list(self._rows)

    def set_gold(self, item_id: str, gold: Gold | None, *, contests_resolved: bool) -> None:
        """Show an item's new gold (None: not gold); a correction resolves its contests."""
        row = self.row_of(item_id)
        if row is None:
            return
        old = self._rows[row]
        contests = 0 if contests_resolved else old.open_contests
        self._rows[row] = replace(old, gold=gold, open_contests=contests)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def set_edited(self, item_id: str, edited: bool) -> None:
        if (item_id in self._edited) == edited:
            return
        if edited:
            self._edited.add(item_id)
        else:
            self._edited.discard(item_id)
        row = self.row_of(item_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, GOLD), self.index(row, GOLD))

    def edited(self) -> set[str]:
        """Ids of items with unsaved gold edits (kept across pages and filters)."""
        return set(self._edited)

    def forget_edits(self) -> None:
        self._edited.clear()

    # -- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("lead.gold.model", TIPS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == ITEM_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SORT_ROLE:
            return self._sort_key(row, col, index.row())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, col)
        if role == Qt.ItemDataRole.FontRole and col == ITEM:
            text = describe_item(row)
            return script_font(self._font, text, CELL_SCALE) if has_arabic(text) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col != ITEM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: CuratedItem, col: int) -> str:
        if col == ITEM:
            return describe_item(row)
        if col == GOLD:
            mark = self.tr("gold") if row.gold is not None else ""
            return f"{mark} ✎".strip() if row.id in self._edited else mark
        if col == EXPOSURE:
            return number(row.exposure)
        if col == ANSWERS:
            return number(row.answers)
        if col == MISS_RATE:
            return miss_text(row)
        return number(row.open_contests) if row.open_contests else ""

    def _sort_key(self, row: CuratedItem, col: int, position: int) -> Any:
        if col == ITEM:
            return position  # creation order
        if col == GOLD:
            return (row.gold is not None, row.id in self._edited)
        if col == EXPOSURE:
            return row.exposure
        if col == ANSWERS:
            return row.answers
        if col == MISS_RATE:
            return -1.0 if row.miss_rate is None else row.miss_rate
        return row.open_contests

    def _colour(self, row: CuratedItem, col: int) -> Any:
        if col == GOLD and row.gold is not None:
            return OK
        if col == MISS_RATE and row.miss_rate is not None and row.miss_rate >= HIGH_MISS_RATE:
            return WARN
        if col == CONTESTS and row.open_contests:
            return BAD
        return None

    def _tip(self, row: CuratedItem, col: int) -> str | None:
        if col == ITEM:
            said = row.item.text or describe_item(row)
            if row.item.source:
                tip = self.tr("{item}\n\nfrom {source}\nid {id}").format(
                    item=said, source=row.item.source, id=row.id
                )
            else:
                tip = self.tr("{item}\n\nid {id}").format(item=said, id=row.id)
            return tip[:2000]
        if col == MISS_RATE and row.gold_answered:
            return self.tr("{missed} of {answered} gold answers missed").format(
                missed=number(row.gold_missed), answered=number(row.gold_answered)
            )
        if col == ANSWERS:
            return self.tr("{answers} answers, {accepted} accepted").format(
                answers=number(row.answers), accepted=number(row.accepted)
            )
        return None


class SortProxy(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE` (numbers as numbers, the Item column by creation order)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
