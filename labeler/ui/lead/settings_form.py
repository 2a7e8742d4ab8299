"""The settings of one project as a form: every setting of the protocol, its range
enforced by the input, and what is wrong said beside the input (checked as typed, and
again by the task server when saved)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from labeler.client.leading import LeadProject
from labeler.core import projectsettings as rules
from labeler.ui import messages
from labeler.ui.i18n import number, percent_sign, translate

#: The settings of a project that has none yet (PROTOCOL.md defaults).
DEFAULTS: dict[str, Any] = {
    "name": "",
    "skill": "",
    "reward": {"amount": "0", "currency": "USD"},
    "overlap": 1,
    "gold_ratio": 0.1,
    "gold_ratio_new": 0.3,
    "calibration_gold": 20,
    "lease_seconds": 1800,
    "review_rate": 1.0,
    "training": False,
    "pay_failed_gold": False,
    "requirement": None,
    "active": True,
    "lease_order": "sequence",
}
_INVALID = "border: 1px solid #c62828; border-radius: 3px;"
_MESSAGE = "color: #c62828;"
_HINT = "color: palette(placeholder-text);"


def lease_words(seconds: int) -> str:
    """`30 min`, `1 h 30 min`, `45 s`: a lease length as people say it, in the
    interface's language (`projectsettings.lease_text` says it in English)."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if hours == 1:
        parts.append(translate("lead.settings_form", "1 h"))
    elif hours:
        parts.append(translate("lead.settings_form", "{n} h").format(n=number(hours)))
    if minutes:
        parts.append(translate("lead.settings_form", "{n} min").format(n=number(minutes)))
    if secs or not parts:
        parts.append(translate("lead.settings_form", "{n} s").format(n=number(secs)))
    return " ".join(parts)


def _percent(parent: QWidget) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(0.0, 100.0)
    box.setDecimals(1)
    box.setSingleStep(5.0)
    box.setSuffix(percent_sign())
    return box


def _count(parent: QWidget, low: int, high: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setGroupSeparatorShown(True)
    return box


class SettingsForm(QWidget):
    """`set_settings(settings, skills)`, `values()`, `dirty`, `show_problems(problems)`.

    `changed` fires on every edit; `problems()` are the local checks' (path → message).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._baseline: dict[str, Any] = dict(DEFAULTS)
        self._server: dict[str, str] = {}
        self._loading = False
        self._skills: list[str] = []
        self._default_skill = ""
        self.inputs: dict[str, QWidget] = {}
        self._notes: dict[str, QLabel] = {}
        self._hints: dict[str, str] = {}

        self.name = QLineEdit(self)
        self.name.setMaxLength(rules.MAX_NAME + 20)
        self.skill = QLineEdit(self)
        self.skill.setPlaceholderText(self.tr("empty: the project id"))
        self.active = QCheckBox(self.tr("Open to annotators"), self)
        project = self._group(
            self.tr("Project"),
            [
                ("name", self.tr("Name"), self.name, self.tr("What annotators see in their list.")),
                (
                    "skill",
                    self.tr("Skill"),
                    self.skill,
                    self.tr("Gold answers here count towards this skill."),
                ),
                ("active", "", self.active, self.tr("Closed projects are hidden from annotators.")),
            ],
        )

        self.overlap = _count(self, 1, rules.MAX_OVERLAP)
        self.review_rate = _percent(self)
        self.lease_seconds = _count(self, rules.MIN_LEASE, rules.MAX_LEASE, self.tr(" s"))
        self.lease_seconds.setSingleStep(60)
        self.lease_order = QComboBox(self)
        self.lease_order.addItem(self.tr("Import order"), "sequence")  # notr: the wire value
        least = self.tr("Least confident proposal first")
        self.lease_order.addItem(least, "least_confident")  # notr: the wire value
        answers = self._group(
            self.tr("Answers"),
            [
                (
                    "overlap",
                    self.tr("Annotators per item"),
                    self.overlap,
                    self.tr("{low} to {high}.").format(
                        low=number(1), high=number(rules.MAX_OVERLAP)
                    ),
                ),
                (
                    "review_rate",
                    self.tr("Sent for review"),
                    self.review_rate,
                    self.tr("The share of answers a reviewer checks."),
                ),
                ("lease_seconds", self.tr("Lease"), self.lease_seconds, ""),
                (
                    "lease_order",
                    self.tr("Serve first"),
                    self.lease_order,
                    self.tr(
                        "Which items annotators get first; items without a proposal come "
                        "after those with one."
                    ),
                ),
            ],
        )

        self.gold_ratio_new = _percent(self)
        self.calibration_gold = _count(self, 0, rules.MAX_COUNT)
        self.gold_ratio = _percent(self)
        self.training = QCheckBox(self.tr("Training project"), self)
        self.pay_failed_gold = QCheckBox(self.tr("Pay for missed gold"), self)
        gold = self._group(
            self.tr("Gold"),
            [
                (
                    "gold_ratio_new",
                    self.tr("Gold share, calibration"),
                    self.gold_ratio_new,
                    self.tr("Gold in each batch while an annotator is new to the skill."),
                ),
                (
                    "calibration_gold",
                    self.tr("Calibration length"),
                    self.calibration_gold,
                    self.tr("Gold answers before the lower share applies."),
                ),
                (
                    "gold_ratio",
                    self.tr("Gold share, after"),
                    self.gold_ratio,
                    self.tr("Gold in each batch once calibrated."),
                ),
                (
                    "training",
                    "",
                    self.training,
                    self.tr("Shows gold answers at once; does not count for skills."),
                ),
                (
                    "pay_failed_gold",
                    "",
                    self.pay_failed_gold,
                    self.tr(
                        "A missed control item is accepted and paid anyway (it still "
                        "counts as missed). Off: rejected, unpaid."
                    ),
                ),
            ],
        )

        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText("0.05")
        self.currency = QLineEdit(self)
        self.currency.setMaxLength(3)
        letters = r"[A-Za-z]{0,3}"  # notr: a validator's pattern
        self.currency.setValidator(QRegularExpressionValidator(letters, self.currency))
        self.amount.setMaximumWidth(180)
        self.currency.setMaximumWidth(80)
        reward = self._group(
            self.tr("Reward per accepted answer"),
            [
                ("reward.amount", self.tr("Amount"), self.amount, ""),
                ("reward.currency", self.tr("Currency"), self.currency, self.tr("Three letters.")),
            ],
        )

        self.private = QCheckBox(self.tr("Private pool: only annotators who meet a requirement"))
        self.req_skill = QComboBox(self)
        self.req_skill.setEditable(True)
        self.req_skill.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.min_accuracy = _percent(self)
        self.min_gold = _count(self, 0, rules.MAX_COUNT)
        pool = self._group(
            self.tr("Private pool"),
            [
                ("requirement", "", self.private, ""),
                (
                    "requirement.skill",
                    self.tr("Skill"),
                    self.req_skill,
                    self.tr("Accuracy is counted in this skill."),
                ),
                (
                    "requirement.min_accuracy",
                    self.tr("Minimum accuracy"),
                    self.min_accuracy,
                    self.tr("Over the newest 50 gold answers."),
                ),
                (
                    "requirement.min_gold",
                    self.tr("Minimum gold answers"),
                    self.min_gold,
                    self.tr("Before the accuracy counts."),
                ),
            ],
        )

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.addWidget(project, 0, 0)
        grid.addWidget(reward, 1, 0)
        grid.addWidget(pool, 2, 0)
        grid.addWidget(answers, 0, 1)
        grid.addWidget(gold, 1, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addStretch(1)

        for line in (self.name, self.skill, self.amount, self.currency):
            line.textEdited.connect(self._edited)
        self.req_skill.editTextChanged.connect(self._edited)
        self.lease_order.currentIndexChanged.connect(self._edited)
        self.private.toggled.connect(self._private_toggled)
        for box in (self.active, self.training, self.pay_failed_gold, self.private):
            box.toggled.connect(self._edited)
        for spin in (
            self.overlap,
            self.review_rate,
            self.lease_seconds,
            self.gold_ratio_new,
            self.calibration_gold,
            self.gold_ratio,
            self.min_accuracy,
            self.min_gold,
        ):
            spin.valueChanged.connect(self._edited)
        self.set_settings(DEFAULTS)

    def _group(self, title: str, rows: list[tuple[str, str, QWidget, str]]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for path, text, widget, hint in rows:
            note = QLabel(hint, box)
            note.setWordWrap(True)
            note.setStyleSheet(_HINT)
            note.setVisible(bool(hint))
            cell = QWidget(box)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            line = QHBoxLayout()
            grows = isinstance(widget, QLineEdit | QComboBox) and widget.maximumWidth() > 1000
            line.addWidget(widget, 1 if grows else 0)
            if not grows:
                line.addStretch(1)
            column.addLayout(line)
            column.addWidget(note)
            if text:
                label = QLabel(text, box)
                label.setBuddy(widget)
                form.addRow(label, cell)
            else:
                form.addRow(cell)
            widget.setAccessibleName(text or hint or path)
            self.inputs[path] = widget
            self._notes[path] = note
            self._hints[path] = hint
        return box

    # -- reading and writing -------------------------------------------------------------

    def set_settings(self, settings: dict[str, Any], skills: list[str] | None = None) -> None:
        """Show `settings` (a project's, or the defaults of a new one) as the baseline."""
        self._loading = True
        self._skills = list(skills or [])
        merged = {**DEFAULTS, **settings}
        self.name.setText(merged["name"])
        self.skill.setText(merged["skill"])
        self.active.setChecked(bool(merged["active"]))
        self.overlap.setValue(int(merged["overlap"]))
        self.review_rate.setValue(float(merged["review_rate"]) * 100)
        self.lease_seconds.setValue(int(merged["lease_seconds"]))
        self.gold_ratio_new.setValue(float(merged["gold_ratio_new"]) * 100)
        self.calibration_gold.setValue(int(merged["calibration_gold"]))
        self.gold_ratio.setValue(float(merged["gold_ratio"]) * 100)
        self.training.setChecked(bool(merged["training"]))
        self.pay_failed_gold.setChecked(bool(merged["pay_failed_gold"]))
        reward = merged["reward"] or {}
        self.amount.setText(str(reward.get("amount", "0")))
        self.currency.setText(str(reward.get("currency", "USD")))
        requirement = merged["requirement"]
        self.req_skill.clear()
        self.req_skill.addItems(sorted(set(skills or [])))
        self.private.setChecked(requirement is not None)
        req = requirement or {}
        self.req_skill.setEditText(str(req.get("skill", "")))
        self.min_accuracy.setValue(float(req.get("min_accuracy", 0.9)) * 100)
        self.min_gold.setValue(int(req.get("min_gold", 20)))
        order = self.lease_order.findData(merged["lease_order"])
        self.lease_order.setCurrentIndex(max(0, order))
        self._loading = False
        self._server.clear()
        self._baseline = self.values()
        self._refresh()

    def revert(self) -> None:
        """Back to the baseline (the settings as saved)."""
        self.set_settings(self._baseline, self._skills)
        self.changed.emit()

    def set_project(self, project: LeadProject, skills: list[str]) -> None:
        """Show a project's settings; its id is what an empty skill means."""
        self._default_skill = project.id
        self.skill.setPlaceholderText(project.id)
        self.set_settings(project.settings(), skills)

    def set_new(self, name: str, skills: list[str]) -> None:
        """Show the defaults of a new project called `name` (its skill: its id to be)."""
        self._default_skill = ""
        self.skill.setPlaceholderText(self.tr("empty: the project id"))
        self.set_settings({"name": name}, skills)

    def values(self) -> dict[str, Any]:
        """The settings as typed, in the wire's shape (an empty skill is left out)."""
        out: dict[str, Any] = {
            "name": self.name.text().strip(),
            "skill": self.skill.text().strip() or self._default_skill,
            "reward": {
                "amount": self.amount.text().strip(),
                "currency": self.currency.text().strip().upper(),
            },
            "overlap": self.overlap.value(),
            "gold_ratio": _fraction(self.gold_ratio),
            "gold_ratio_new": _fraction(self.gold_ratio_new),
            "calibration_gold": self.calibration_gold.value(),
            "lease_seconds": self.lease_seconds.value(),
            "review_rate": _fraction(self.review_rate),
            "training": self.training.isChecked(),
            "pay_failed_gold": self.pay_failed_gold.isChecked(),
            "requirement": None,
            "active": self.active.isChecked(),
            "lease_order": self.lease_order.currentData(),
        }
        if self.private.isChecked():
            out["requirement"] = {
                "skill": self.req_skill.currentText().strip(),
                "min_accuracy": _fraction(self.min_accuracy),
                "min_gold": self.min_gold.value(),
            }
        if not out["skill"]:
            del out["skill"]
        return out

    def changes(self) -> dict[str, Any]:
        """The settings that differ from the baseline (what a PATCH sends)."""
        now = self.values()
        return {k: v for k, v in now.items() if self._baseline.get(k) != v}

    @property
    def dirty(self) -> bool:
        return bool(self.changes())

    def problems(self) -> dict[str, str]:
        """What is wrong with the typed settings, by path (local checks first)."""
        local = rules.check_settings(self.values())
        return {**self._server, **local}

    def show_problems(self, problems: dict[str, str]) -> None:
        """Problems the task server found (path → message), shown beside their inputs
        until the input changes."""
        self._server = {self._owner(path): msg for path, msg in problems.items()}
        self._refresh()

    def first_invalid(self) -> QWidget | None:
        """The first input with a problem (to focus it)."""
        problems = self.problems()
        return next((w for p, w in self.inputs.items() if p in problems), None)

    # -- inside --------------------------------------------------------------------------

    def _owner(self, path: str) -> str:
        """The input a server path belongs to (`reward` → `reward.amount`)."""
        if path in self.inputs:
            return path
        return next((p for p in self.inputs if p.startswith(path + ".")), "name")

    def _private_toggled(self, on: bool) -> None:
        # A private pool most often requires the project's own skill.
        if on and not self._loading and not self.req_skill.currentText().strip():
            own = self.skill.text().strip() or self.skill.placeholderText()
            if own and " " not in own:
                self.req_skill.setEditText(own)

    def _edited(self, *_: Any) -> None:
        if self._loading:
            return
        sender = self.sender()
        self._server = {p: m for p, m in self._server.items() if self.inputs.get(p) is not sender}
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        problems = self.problems()
        private = self.private.isChecked()
        for path in ("requirement.skill", "requirement.min_accuracy", "requirement.min_gold"):
            self.inputs[path].setEnabled(private)
        self._hints["lease_seconds"] = self.tr("{t}: how long a batch stays reserved.").format(
            t=lease_words(self.lease_seconds.value())
        )
        for path, widget in self.inputs.items():
            note = self._notes[path]
            message = problems.get(path)
            message = messages.said(message) if message else None
            widget.setStyleSheet(_INVALID if message else "")
            widget.setToolTip(message or "")
            note.setText(message or self._hints[path])
            note.setStyleSheet(_MESSAGE if message else _HINT)
            note.setVisible(bool(message or self._hints[path]))


def _fraction(box: QDoubleSpinBox) -> float:
    return round(box.value() / 100, 4)


__all__ = ["DEFAULTS", "SettingsForm"]
