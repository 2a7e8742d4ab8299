"""The projects list's model and its card delegate: one card per project with its name,
media, reward, items left and badges; a locked private pool shows why, in full."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QPainter,
    QPen,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from labeler.client.wire import Project
from labeler.ui.i18n import number, translate
from labeler.ui.messages import locked_words
from labeler.ui.pages.common import (
    INFO_TINT,
    WARN,
    WARN_TINT,
    is_rtl,
    money,
    requirement_text,
    script_font,
)

PROJECT_ROLE = Qt.ItemDataRole.UserRole + 1
_MEDIA = {
    "image": QT_TRANSLATE_NOOP("pages.project_cards", "Image"),
    "text": QT_TRANSLATE_NOOP("pages.project_cards", "Text"),
    "audio": QT_TRANSLATE_NOOP("pages.project_cards", "Audio"),
}
#: The badges, by what they say in English (their colours go by that too).
TRAINING = QT_TRANSLATE_NOOP("pages.project_cards", "Training")
PRIVATE = QT_TRANSLATE_NOOP("pages.project_cards", "Private pool")
LOCKED = QT_TRANSLATE_NOOP("pages.project_cards", "Locked")
_PAD = 14  # inside a card
_GAP = 8  # between cards
_WRAP = Qt.TextFlag.TextWordWrap


def requirement(project: Project) -> dict[str, Any] | None:
    """The project's requirement as received (Project has no typed field for it)."""
    value = project.raw.get("requirement")
    return value if isinstance(value, dict) else None


def details(project: Project) -> str:
    """The card's second line: media, reward per item, items left."""
    media = _MEDIA.get(project.media)
    parts = [translate("pages.project_cards", media) if media else project.media]
    if project.reward.currency and project.reward.amount > 0:
        reward = money(project.reward.amount, project.reward.currency)
        parts.append(translate("pages.project_cards", "{money} per item").format(money=reward))
    else:
        parts.append(translate("pages.project_cards", "unpaid"))
    left, total = project.items_remaining, project.items_total
    if left is not None:
        parts.append(_left_text(left, total))
    req = requirement(project)
    accuracy = req.get("min_accuracy") if req else None
    if isinstance(accuracy, int | float) and not isinstance(accuracy, bool) and accuracy > 0:
        needs = translate("pages.project_cards", "needs {accuracy} accuracy")
        parts.append(needs.format(accuracy=requirement_text(float(accuracy))))
    return "  ·  ".join(parts)


def _left_text(left: int, total: int | None) -> str:
    """`1,240 of 5,000 items left`, `1 item left`, `no items left`."""
    if left == 0:
        return translate("pages.project_cards", "no items left")
    if total and total == 1:
        text = translate("pages.project_cards", "{left} of 1 item left")
    elif total:
        text = translate("pages.project_cards", "{left} of {total} items left")
    elif left == 1:
        text = translate("pages.project_cards", "1 item left")
    else:
        text = translate("pages.project_cards", "{left} items left")
    return text.format(left=number(left), total=number(total or 0))


def locked_reason(project: Project) -> str:
    """Why a locked pool is locked: the task server's words (in the interface's language
    when it gave their message code), or ours."""
    return locked_words(project) or translate(
        "pages.project_cards", "this pool is not open to you yet."
    )


def badges(project: Project) -> list[str]:
    """Short marks beside the name, by their English words (`TRAINING`, `PRIVATE`,
    `LOCKED`); shown translated."""
    out = []
    if project.training:
        out.append(TRAINING)
    if requirement(project) is not None or not project.eligible:
        out.append(PRIVATE)
    if not project.eligible:
        out.append(LOCKED)
    return out


class ProjectListModel(QAbstractListModel):
    """The projects, in the order the task server lists them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._projects: list[Project] = []

    def set_projects(self, projects: list[Project]) -> None:
        self.beginResetModel()
        self._projects = list(projects)
        self.endResetModel()

    def project(self, row: int) -> Project:
        return self._projects[row]

    def row_of(self, project_id: str) -> int | None:
        return next((i for i, p in enumerate(self._projects) if p.id == project_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._projects)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        p = self._projects[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return p.name
        if role == PROJECT_ROLE:
            return p
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = [p.name, details(p)]
            if not p.eligible:
                lines.append(_locked_line(p))
            return "\n".join(lines)
        return None


class ProjectCardDelegate(QStyledItemDelegate):
    """Paints a project as a card; a locked one is muted and shows its reason."""

    def _fonts(self, option: QStyleOptionViewItem, name: str) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setPointSizeF(max(option.font.pointSizeF(), 9.0) * 1.15)
        title.setWeight(QFont.Weight.DemiBold)
        # Names mix Urdu and English: a smaller boost keeps the English part in scale.
        return script_font(title, name, 1.08), QFont(option.font)

    def _reason(self, project: Project) -> str | None:
        if project.eligible:
            return None
        return _locked_line(project)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:  # noqa: N802
        project: Project = index.data(PROJECT_ROLE)
        title, body = self._fonts(option, project.name)
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 600
        width = max(240, width - 2)
        height = _PAD * 2 + QFontMetrics(title).height() + 4 + QFontMetrics(body).height()
        reason = self._reason(project)
        if reason:
            text_width = width - 2 * _PAD - 2 - 16
            box = QFontMetrics(body).boundingRect(QRect(0, 0, text_width, 10_000), _WRAP, reason)
            height += 9 + box.height() + 12 + 4
        return QSize(width, height + _GAP)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        project: Project = index.data(PROJECT_ROLE)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        card = QRectF(option.rect).adjusted(1, 1, -1, -_GAP - 1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = palette.highlight().color()
        fill = QColor(highlight) if selected else palette.base().color()
        if selected:
            fill.setAlpha(28)
        painter.setBrush(fill)
        painter.setPen(
            QPen(highlight if selected else palette.mid().color(), 2 if focused and selected else 1)
        )
        painter.drawRoundedRect(card, 6, 6)

        title, body = self._fonts(option, project.name)
        inner = card.toRect().adjusted(_PAD, _PAD - 2, -_PAD, -_PAD)
        muted = palette.placeholderText().color()
        ink = palette.text().color() if project.eligible else muted
        # Right to left (Urdu), the card is mirrored: the name and the lines from the right,
        # the badges on the left. Each rectangle is laid out left to right, then `place`d.
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        ui = option.direction

        def place(rect: QRect) -> QRect:
            if not rtl:
                return rect
            return QRect(
                inner.left() + inner.right() - rect.right(), rect.top(), rect.width(), rect.height()
            )

        # Badges first, from the end of the line: the name gets what is left.
        painter.setFont(body)
        right = inner.right()
        line_h = QFontMetrics(title).height()
        for badge in reversed(badges(project)):
            text = translate("pages.project_cards", badge)
            lock = 12 if badge == LOCKED else 0
            w = QFontMetrics(body).horizontalAdvance(text) + 18 + lock
            h = _badge_height(body, text)
            box = place(QRect(right - w + 1, inner.top() + (line_h - h) // 2, w, h))
            back, fore = _badge_colors(badge)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(back)
            painter.drawRoundedRect(QRectF(box), h / 2, h / 2)
            words = box.adjusted(0, 0, -lock, 0) if rtl else box.adjusted(lock, 0, 0, 0)
            if lock:
                _draw_lock(
                    painter, box.right() - 18 if rtl else box.left() + 9, box.center().y(), fore
                )
            painter.setPen(fore)
            _draw_centred(painter, words, text)
            right -= w + 6

        painter.setFont(title)
        painter.setPen(ink)
        name_rect = place(QRect(inner.left(), inner.top(), right - inner.left() - 6, line_h))
        name = QFontMetrics(title).elidedText(
            project.name, Qt.TextElideMode.ElideRight, name_rect.width()
        )
        # A name reads in its own direction (Urdu from the right) and lines up with the
        # others at the start of the card.
        own = Qt.LayoutDirection.RightToLeft if is_rtl(name) else Qt.LayoutDirection.LeftToRight
        _draw_text(painter, name_rect, name, _start(rtl), own)

        painter.setFont(body)
        painter.setPen(muted)
        body_h = QFontMetrics(body).height()
        line2 = QRect(inner.left(), inner.top() + line_h + 4, inner.width(), body_h)
        shown = QFontMetrics(body).elidedText(
            details(project), Qt.TextElideMode.ElideRight, line2.width()
        )
        _draw_text(painter, line2, shown, _start(rtl), ui)

        reason = self._reason(project)
        if reason:
            note = QRect(
                inner.left(), line2.bottom() + 9, inner.width(), inner.bottom() - line2.bottom() - 8
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(WARN_TINT)
            painter.drawRoundedRect(QRectF(note), 4, 4)
            painter.setPen(WARN)
            _draw_text(painter, note.adjusted(8, 6, -8, -6), reason, _start(rtl), ui, wrap=True)
        painter.restore()


def _start(rtl: bool) -> Qt.AlignmentFlag:
    """Where a line of the card begins: the left, or the right when mirrored."""
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def _draw_text(
    painter: QPainter,
    rect: QRect,
    text: str,
    align: Qt.AlignmentFlag,
    direction: Qt.LayoutDirection,
    wrap: bool = False,
) -> None:
    """`text` in `rect`, read in `direction` (an English project name stays left to right
    in an Urdu card; an Urdu line reads from the right, whatever word it starts with)."""
    option = QTextOption(align)
    option.setTextDirection(direction)
    if wrap:
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
    painter.drawText(QRectF(rect), text, option)


def _draw_centred(painter: QPainter, rect: QRect, text: str) -> None:
    """`text` with its ink in the middle of `rect`. Centring the line would not do: a
    Nastaliq line is far taller than its letters, which sit low in it."""
    ink = QFontMetricsF(painter.font()).tightBoundingRect(text)
    centre = QRectF(rect).center()
    painter.save()
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the point is the left end
    painter.drawText(QPointF(centre.x() - ink.center().x(), centre.y() - ink.center().y()), text)
    painter.restore()


def _badge_height(font: QFont, text: str) -> int:
    """A badge as tall as its words' ink needs (Nastaliq reaches far above and below)."""
    ink = QFontMetrics(font).tightBoundingRect(text).height()
    return max(20, ink + 8)


def _locked_line(project: Project) -> str:
    return translate("pages.project_cards", "Locked: {reason}").format(
        reason=locked_reason(project)
    )


def _draw_lock(painter: QPainter, x: int, cy: int, color: QColor) -> None:
    """A small padlock: the lock mark of a locked pool (no emoji font needed)."""
    painter.save()
    painter.setPen(QPen(color, 1.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(x + 1.5, cy - 6.5, 6, 7), 0, 180 * 16)
    painter.drawLine(QPointF(x + 1.5, cy - 3), QPointF(x + 1.5, cy - 1))
    painter.drawLine(QPointF(x + 7.5, cy - 3), QPointF(x + 7.5, cy - 1))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(x, cy - 1, 9, 7), 1.5, 1.5)
    painter.restore()


def _badge_colors(badge: str) -> tuple[QColor, QColor]:
    if badge == LOCKED:
        return WARN_TINT, WARN
    if badge == TRAINING:
        return INFO_TINT, QColor("#1f4e8c")
    return QColor("#efe9f7"), QColor("#5b3a8c")
