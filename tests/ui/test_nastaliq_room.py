"""Room for Nastaliq's ink in an Urdu interface: its words reach past their advance."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QStyle

from labeler.ui import i18n


def test_in_urdu_dialog_buttons_have_no_icon_and_spaces_have_room(qapp: Any, urdu: None) -> None:
    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    assert QApplication.style().styleHint(hint) == 0
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button.text() == "منسوخ" and button.icon().isNull()
    # A space has room for an initial ب's dot, which hangs past its word.
    assert QApplication.font().wordSpacing() >= QApplication.font().pointSizeF() * 0.25


def test_in_english_spaces_are_the_fonts_own(qapp: Any) -> None:
    i18n.install(qapp, "en")
    assert QApplication.font().wordSpacing() == 0
