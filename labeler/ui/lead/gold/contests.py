"""The gold page's contests pane: the project's contests, open ones first, the selected
one's reason (and once resolved, its outcome and the lead's reply), a reply box and the
three ways to end an open contest: uphold with the gold answer shown in the editor,
uphold by removing the item's gold, or dismiss with the reply.

The pane only asks: `item_requested(item_id)` (Enter, a double click, or selecting a
contest: its item opens in the editor), `uphold_requested(contest)`,
`remove_requested(contest)`, `dismiss_requested(contest)`; the page calls the server.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labeler.client.curation import Contest
from labeler.ui.i18n import percent, translate
from labeler.ui.lead.gold.panes import cell, fit_script, make_table
from labeler.ui.lead.room import lines_high
from labeler.ui.lead.rows import select_row
from labeler.ui.lead.words import contest_word, moment
from labeler.ui.pages.common import BAD, OK, WARN

#: The reply box's height at most, in pixels (at least two lines show).
REPLY_HEIGHT = 66
_STATE_INK = {"open": WARN, "upheld": OK, "dismissed": BAD}
HEADERS = (
    QT_TRANSLATE_NOOP("lead.gold.contests", "Item"),
    QT_TRANSLATE_NOOP("lead.gold.contests", "Annotator"),
    QT_TRANSLATE_NOOP("lead.gold.contests", "Reason"),
    QT_TRANSLATE_NOOP("lead.gold.contests", "Miss rate"),
    QT_TRANSLATE_NOOP("lead.gold.contests", "State"),
)


def _tr(text: str) -> str:
    return translate("lead.gold.contests", text)


#: How a resolved contest's outcome reads: (by whom and when, by whom, when, neither);
#: `{state}` only in the lines of a state this list does not know.
_OUTCOMES = {
    "upheld": (
        QT_TRANSLATE_NOOP("lead.gold.contests", "Upheld by {who} on {when}"),
        QT_TRANSLATE_NOOP("lead.gold.contests", "Upheld by {who}"),
        QT_TRANSLATE_NOOP("lead.gold.contests", "Upheld on {when}"),
        QT_TRANSLATE_NOOP("lead.gold.contests", "Upheld"),
    ),
    "dismissed": (
        QT_TRANSLATE_NOOP("lead.gold.contests", "Dismissed by {who} on {when}"),
        QT_TRANSLATE_NOOP("lead.gold.contests", "Dismissed by {who}"),
        QT_TRANSLATE_NOOP("lead.gold.contests", "Dismissed on {when}"),
        QT_TRANSLATE_NOOP("lead.gold.contests", "Dismissed"),
    ),
    "closed": (
        QT_TRANSLATE_NOOP("lead.gold.contests", "Closed by {who} on {when}"),
        QT_TRANSLATE_NOOP("lead.gold.contests", "Closed by {who}"),
        QT_TRANSLATE_NOOP("lead.gold.contests", "Closed on {when}"),
        QT_TRANSLATE_NOOP("lead.gold.contests", "Closed"),
    ),
    "": (
        QT_TRANSLATE_NOOP("lead.gold.contests", "{state} by {who} on {when}"),
        QT_TRANSLATE_NOOP("lead.gold.contests", "{state} by {who}"),
        QT_TRANSLATE_NOOP("lead.gold.contests", "{state} on {when}"),
        "{state}",
    ),
}


def outcome_text(contest: Contest) -> str:
    """`Dismissed by lead on 3/2/26 4:05 PM — “You are right.”`, or empty while open."""
    if contest.open:
        return ""
    who = contest.resolved_by.username if contest.resolved_by is not None else None
    when = moment(contest.resolved_at) if contest.resolved_at is not None else None
    both, by, on, bare = _OUTCOMES.get(contest.state, _OUTCOMES[""])
    template = both if who and when else by if who else on if when else bare
    head = _tr(template).format(who=who, when=when, state=contest.state.capitalize())
    if contest.reply:
        return translate("lead.gold.contests", "{outcome} — “{reply}”").format(
            outcome=head, reply=contest.reply
        )
    return translate("lead.gold.contests", "{outcome} (no reply)").format(outcome=head)


class ContestsPane(QWidget):
    """See the module docstring. `reply()` is the reply typed for the selected contest."""

    item_requested = Signal(str)
    uphold_requested = Signal(object)
    remove_requested = Signal(object)
    dismiss_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contests: list[Contest] = []
        self._names: dict[str, str] = {}
        self.table = make_table(self, [_tr(h) for h in HEADERS], 2)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(0, 120)
        self.table.itemActivated.connect(lambda item: self._open(item.row()))
        self.table.itemSelectionChanged.connect(self._selected)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setObjectName("muted")
        self.empty = QLabel(self.tr("No contests in this project."), self)
        self.empty.setObjectName("muted")
        self.reply_box = QPlainTextEdit(self)
        self.reply_box.setPlaceholderText(
            self.tr("Reply to the annotator (needed to dismiss; they read it in History)")
        )
        self.reply_box.setTabChangesFocus(True)
        # Three lines of Nastaliq left the contests' table no row (`room`).
        line = self.fontMetrics().lineSpacing()
        self.reply_box.setFixedHeight(lines_high(line, 3, REPLY_HEIGHT) + 14)
        self.uphold_button = self._button(self.tr("Uphold: save the gold answer shown"))
        self.uphold_button.clicked.connect(lambda: self._ask(self.uphold_requested))
        self.remove_button = self._button(self.tr("Uphold: remove the item's gold…"))
        self.remove_button.clicked.connect(lambda: self._ask(self.remove_requested))
        self.dismiss_button = self._button(self.tr("Dismiss with the reply"))
        self.dismiss_button.clicked.connect(lambda: self._ask(self.dismiss_requested))
        self.open_button = self._button(self.tr("Open the contested item"))
        self.open_button.clicked.connect(self.open_selected)
        buttons = QGridLayout()
        buttons.setHorizontalSpacing(6)
        buttons.setVerticalSpacing(4)
        buttons.addWidget(self.uphold_button, 0, 0)
        buttons.addWidget(self.remove_button, 0, 1)
        buttons.addWidget(self.dismiss_button, 1, 0)
        buttons.addWidget(self.open_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.reason)
        layout.addWidget(self.outcome)
        layout.addWidget(self.reply_box)
        layout.addLayout(buttons)
        self.show_contests([])

    def room_needed(self) -> int:
        """The height the pane takes with an open contest selected: a row of the table,
        two lines of its reason, the reply box and two rows of buttons."""
        layout = self.layout()
        spacing = max(layout.spacing(), 0)
        buttons = 2 * self.uphold_button.sizeHint().height() + 4
        reason = 2 * self.reason.fontMetrics().lineSpacing()
        parts = (self.table.minimumHeight(), reason, self.reply_box.height(), buttons)
        margins = layout.contentsMargins()
        return sum(parts) + 4 * spacing + margins.top() + margins.bottom()

    def _button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        return button

    # -- filling ---------------------------------------------------------------------------

    def set_names(self, names: Mapping[str, str]) -> None:
        """Describe items by id (those the item list knows); the rest show their id."""
        self._names.update(names)
        for i, c in enumerate(self._contests):
            item = self.table.item(i, 0)
            if item is not None and c.item_id in self._names:
                item.setText(self._names[c.item_id])
        fit_script(self.table)

    def show_contests(self, contests: Sequence[Contest]) -> None:
        """Show `contests`, open ones first; the selected contest stays selected."""
        kept = self.selected()
        self._contests = sorted(contests, key=lambda c: (not c.open,))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._contests))
        for i, c in enumerate(self._contests):
            rate = "—" if c.miss_rate is None else percent(c.miss_rate)
            item_tip = self.tr("item {id}").format(id=c.item_id)
            state_tip = outcome_text(c) or contest_word("open")
            cells = (
                cell(self._names.get(c.item_id) or c.item_id[:8], tip=item_tip),
                cell(c.user.username if c.user else "—"),
                cell(c.reason, tip=c.reason[:2000]),
                cell(rate),
                cell(contest_word(c.state), _STATE_INK.get(c.state), tip=state_tip),
            )
            for col, item in enumerate(cells):
                self.table.setItem(i, col, item)
        fit_script(self.table)
        again = next((i for i, c in enumerate(self._contests) if kept and c.id == kept.id), None)
        if again is not None:
            select_row(self.table, again)
        else:
            self.reply_box.clear()  # its contest is gone (another project's, or resolved)
        self.table.blockSignals(False)
        self.table.setVisible(bool(self._contests))
        self.empty.setVisible(not self._contests)
        self._show_selected()

    def contests(self) -> list[Contest]:
        return list(self._contests)

    def open_count(self) -> int:
        return sum(c.open for c in self._contests)

    def selected(self) -> Contest | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self._contests[min(rows)] if rows and min(rows) < len(self._contests) else None

    def select(self, contest_id: str) -> None:
        for i, c in enumerate(self._contests):
            if c.id == contest_id:
                select_row(self.table, i)

    def reply(self) -> str:
        """The reply as it will be sent (trimmed)."""
        return self.reply_box.toPlainText().strip()

    def focus_reply(self) -> None:
        self.reply_box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if rows:
            self._open(min(rows))
        elif self._contests:
            self._open(0)

    # -- inside ----------------------------------------------------------------------------

    def _ask(self, signal: Signal) -> None:
        contest = self.selected()
        if contest is not None and contest.open:
            signal.emit(contest)  # type: ignore[attr-defined]

    def _selected(self) -> None:
        self.reply_box.clear()  # a reply belongs to one contest
        self._show_selected()
        contest = self.selected()
        if contest is not None:
            self.item_requested.emit(contest.item_id)

    def _show_selected(self) -> None:
        contest = self.selected()
        self.reason.setText(f"“{contest.reason}”" if contest is not None else "")
        self.outcome.setText(outcome_text(contest) if contest is not None else "")
        self.outcome.setVisible(bool(self.outcome.text()))
        # An open contest can be ended; a resolved one shows its outcome instead, which
        # leaves the table its room.
        can = contest is not None and contest.open
        for widget in (self.reply_box, self.uphold_button, self.remove_button, self.dismiss_button):
            widget.setEnabled(can)
            widget.setVisible(can or (contest is None and bool(self._contests)))
        self.open_button.setVisible(bool(self._contests))

    def _open(self, row: int) -> None:
        if 0 <= row < len(self._contests):
            self.item_requested.emit(self._contests[row].item_id)
