"""The interface's language: chosen in the settings, installed at start, right to left
in Urdu with the Urdu locale's numbers and money."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from labeler.client.settings import Settings
from labeler.ui import i18n
from labeler.ui.preferences import SettingsDialog


def test_urdu_mirrors_the_layout_and_speaks_urdu(qapp: QApplication, urdu: None) -> None:
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert i18n.language() == "ur"
    # Qt's own words, which Qt has no Urdu for, come from resources/translations/ur/qt.ts.
    assert i18n.translate("QPlatformTheme", "Cancel") == "منسوخ"
    assert QLocale().name() == "ur_PK"
    assert qapp.font().families()[0] == "Noto Nastaliq Urdu Interface"


def test_english_again_is_left_to_right(qapp: QApplication, urdu: None) -> None:
    i18n.install(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert i18n.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert "Noto Nastaliq Urdu Interface" not in qapp.font().families()


def test_money_and_numbers_follow_the_locale(qapp: QApplication, urdu: None) -> None:
    assert i18n.money(Decimal("1234.5"), "PKR") == "Rs1,234.50"
    assert i18n.money(Decimal("3"), "USD") == "USD\u00a03.00"  # a code is spaced off
    assert i18n.money(Decimal("3.380"), "USD") == "USD\u00a03.38"
    assert i18n.number(1234567) == "1,234,567"
    i18n.install(qapp, "en")
    # English writes money as the task server does: the amount, then the code.
    assert i18n.money(Decimal("1234.5"), "USD") == "1234.50 USD"
    assert i18n.money(Decimal("0.005"), "PKR") == "0.005 PKR"
    # As many decimals as the amount needs, not as its sum was written with.
    assert i18n.money(Decimal("0.845") * 4, "USD") == "3.38 USD"
    assert i18n.money(Decimal("1E+1"), "USD") == "10.00 USD"


def test_a_percentage_is_written_one_way(qapp: QApplication, urdu: None) -> None:
    # CLDR's percent pattern for ur is #,##0% (the sign after the figure, as in English);
    # right to left the figure and its sign are one left-to-right piece, since Qt lays
    # "57%" after Urdu words out as "%57".
    assert QLocale().percent() == "%"
    assert i18n.percent(0.57) == "\u206657%\u2069"
    assert i18n.percent(0.9196, 1, bar=0.92) == "\u206691.9%\u2069"  # never the bar
    assert i18n.percent(0.999) == "\u206699%\u2069"  # under 1 never reads as 100%
    assert i18n.percent_sign() == "%"
    i18n.install(qapp, "en")
    assert i18n.percent(0.57) == "57%"
    assert i18n.percent(1 / 6, 1) == "16.7%" and i18n.percent(0.655) == "66%"


def test_a_missing_translation_leaves_english(qapp: QApplication, monkeypatch: Any) -> None:
    monkeypatch.setattr(i18n, "qm_name", lambda language: "absent.qm")
    assert not i18n.install(qapp, "ur")
    assert i18n.language() == "en"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_system_language_is_taken_when_the_interface_has_it() -> None:
    assert i18n.system_language(QLocale("ur_PK")) == "ur"
    assert i18n.system_language(QLocale("ur_IN")) == "ur"
    assert i18n.system_language(QLocale("de_DE")) == "en"
    assert i18n.chosen_language("en") == "en"


def _pick(dialog: SettingsDialog, code: str | None) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(code))


def test_choosing_urdu_saves_it_and_asks_for_a_restart(qtbot: QtBot, qapp: Any) -> None:
    i18n.install(qapp, "en")
    settings = Settings(language="en")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    saved, restarts = [], []
    dialog.saved.connect(lambda: saved.append(True))
    dialog.restart.connect(lambda: restarts.append(True))
    assert dialog.note.isHidden()
    _pick(dialog, "ur")
    assert not dialog.note.isHidden() and "restarts" in dialog.note.text()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert settings.language == "ur" and saved == [True] and restarts == [True]


def test_keeping_the_language_does_not_restart(qtbot: QtBot, qapp: Any) -> None:
    i18n.install(qapp, "en")
    settings = Settings(language="en")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    restarts: list[bool] = []
    dialog.restart.connect(lambda: restarts.append(True))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert restarts == [] and settings.language == "en"


def test_the_window_opens_the_settings_by_key(labeling_window: Any, qtbot: QtBot) -> None:
    window = labeling_window("text")
    assert "app.settings" in {a.id for a in window.all_actions()}
    qtbot.keyClick(
        window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(lambda: window.findChild(SettingsDialog) is not None)
    dialog = window.findChild(SettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()


def test_the_interface_nastaliq_leaves_latin_to_the_system_face(qapp: QApplication) -> None:
    from PySide6.QtGui import QFont, QRawFont

    from labeler.ui.text.fonts import INTERFACE_FAMILY, register_fonts

    assert register_fonts()
    raw = QRawFont.fromFont(QFont(INTERFACE_FAMILY, 12))
    assert raw.familyName() == INTERFACE_FAMILY
    assert raw.supportsCharacter(ord("ک")) and raw.supportsCharacter(ord("ے"))
    assert not any(raw.supportsCharacter(ord(c)) for c in " 7:(a")


def test_the_restart_note_is_shown_whole(qtbot: QtBot, qapp: Any) -> None:
    """The note came after the first layout and was cut at its top and bottom."""
    i18n.install(qapp, "en")
    dialog = SettingsDialog(Settings(language="en"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _pick(dialog, "ur")
    qtbot.waitUntil(lambda: dialog.note.height() >= dialog.note.heightForWidth(dialog.note.width()))
    assert dialog.note.width() >= dialog.note.sizeHint().width() - 2
