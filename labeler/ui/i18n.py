"""The interface's language: Qt translations, the layout's direction, the locale's numbers.

English is the source: every user-visible string is marked where it is written, with
`self.tr(...)` in a QObject's methods and `translate(context, ...)` elsewhere (the
context is the module's place under `labeler.ui`, such as `"dashboard.tiles"`); values
go in by name, `tr("{count} items left").format(count=n)`, so a translation can move
them. `pyside6-lupdate` collects the marked strings into `resources/translations/<lang>/`
(`scripts/translations.py update`), and `pyside6-lrelease` compiles those into
`labeler/ui/translations/labeler_<lang>.qm` (`make translations`, and every build).

A language is chosen in the settings or follows the system locale; Urdu mirrors the whole
layout (right to left) and formats numbers, dates and money by the Urdu locale.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from decimal import Decimal
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

from labeler.client.settings import LANGUAGES
from labeler.core import figures

log = logging.getLogger(__name__)

#: What each language is called in the language picker, in its own words.
LANGUAGE_NAMES = {"en": "English", "ur": "اردو"}  # notr: each in its own words
#: The locale each language formats numbers, dates and money by.
_LOCALES = {"en": "en_US", "ur": "ur_PK"}
_RIGHT_TO_LEFT = frozenset({"ur"})
#: Languages whose interface is set in Nastaliq, and how much larger than the system's
#: size: Nastaliq reads small at a Latin point size (see `labeler.ui.text.fonts`).
_NASTALIQ_SCALE = {"ur": 1.15}
#: Room added to each space in a Nastaliq interface, in pixels per point of the font size.
_NASTALIQ_OVERHANG = 0.3

_installed: list[QTranslator] = []
_language = "en"
_system_font: QFont | None = None
_style: QProxyStyle | None = None


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """`text` in the interface's language (`context` as `pyside6-lupdate` saw it)."""
    return QCoreApplication.translate(context, text, disambiguation)


def system_language(locale: QLocale | None = None) -> str:
    """The language of the system locale if the interface has it, else English."""
    names: Sequence[str] = (locale or QLocale.system()).uiLanguages()
    for name in names:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(setting: str | None) -> str:
    """The language to start in: the setting's, else the system's."""
    return setting if setting in LANGUAGES else system_language()


def qm_name(language: str) -> str:
    return f"labeler_{language}.qm"


def install(app: QApplication, language: str) -> bool:
    """Load `language`'s translations into `app`, its layout direction and its locale.

    False when the compiled translation is missing (a checkout where `make translations`
    has not run): the interface then stays in English rather than half translated."""
    global _language
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded = language == "en"
    if not loaded:
        translator = QTranslator(app)
        path = resources.files("labeler.ui.translations").joinpath(qm_name(language))
        if path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded = True
        else:
            log.warning("no compiled translation for %r; run `make translations`", language)
    _language = language if loaded else "en"
    _set_style(app)
    QLocale.setDefault(locale())
    app.setLayoutDirection(direction())
    _set_font(app, _language)
    return loaded


class _Style(QProxyStyle):
    """The platform's style, with dialog buttons (OK, Cancel, Close) without their icons
    in a Nastaliq interface: a Nastaliq word's ink reaches past its advance, and Qt sets
    the icon a fixed 4 px from that advance, so the ✗ touched or overlapped "منسوخ"."""

    def styleHint(  # noqa: N802 (Qt)
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returned: QStyleHintReturn | None = None,
    ) -> int:
        if (
            hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
            and _language in _NASTALIQ_SCALE
        ):
            return 0
        return super().styleHint(hint, option, widget, returned)


def _set_style(app: QApplication) -> None:
    """`_Style` once over the style the application has (it asks the language each time:
    a button box made after a change of language follows it)."""
    global _style
    if _style is None:
        _style = _Style(app.style().name())
        app.setStyle(_style)


def _set_font(app: QApplication, language: str) -> None:
    """Nastaliq first for an Urdu interface (Latin words, spaces and digits in it come from
    the system's face: `INTERFACE_FAMILY` has none); the system's font again for English."""
    global _system_font
    if _system_font is None:
        _system_font = QFont(app.font())
    font = QFont(_system_font)
    scale = _NASTALIQ_SCALE.get(language)
    if scale is not None:
        from labeler.ui.text.fonts import INTERFACE_FAMILY, register_fonts

        if register_fonts():
            font.setFamilies([INTERFACE_FAMILY, *_system_font.families()])
            font.setPointSizeF(_system_font.pointSizeF() * scale)
            # A Nastaliq word's ink reaches past its start (the dot of an initial ب hangs
            # some half an em right of "بیک"), and the space is the system face's narrow
            # Latin one: the dot stood beside the word before it, as a stray full stop
            # after "Label Studio ML". Each space gets a quarter of an em more.
            font.setWordSpacing(font.pointSizeF() * _NASTALIQ_OVERHANG)
    app.setFont(font)


def language() -> str:
    """The language the interface is in now."""
    return _language


def locale() -> QLocale:
    """The locale numbers, dates and money are written in."""
    return QLocale(_LOCALES[_language])


def direction() -> Qt.LayoutDirection:
    if _language in _RIGHT_TO_LEFT:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def number(value: float, decimals: int = 0) -> str:
    """`value` with the locale's digits and separators, rounded as Python's own
    formatting rounds it (`f"{4.25:.1f}"` is 4.2; Qt alone would say 4.3)."""
    if decimals == 0:
        return locale().toString(int(round(value)))
    return locale().toString(round(float(value), decimals), "f", decimals)


def percent(share: float, decimals: int = 0, *, bar: float | None = None) -> str:
    """A share in [0, 1] as a percentage: the one way the interface writes one.

    Rounded as `labeler.core.figures.percent` rounds (half up; under `bar`, or under 1, it
    never reads as the bar or 100%), in the locale's digits, and in CLDR's percent pattern
    for both languages (`#,##0%`: the locale's sign right after the figure, `57%`). In a
    right-to-left interface it is set apart left to right: Qt lays `57%` out as `%57`
    after Urdu words otherwise."""
    shown = Decimal(figures.percent(share, digits=decimals, bar=bar).rstrip("%"))
    text = number(float(shown), decimals) + locale().percent()
    if direction() == Qt.LayoutDirection.RightToLeft:
        return f"\u2066{text}\u2069"
    return text


def percent_sign() -> str:
    """The locale's percent sign, for an input's suffix (CLDR puts it right after the
    figure, with no space, in English and in Urdu)."""
    return locale().percent()


def money(amount: Decimal, currency: str) -> str:
    """An amount of `currency` (an ISO 4217 code) as the locale writes money, with two
    decimals or as many as the amount needs (a reward of 0.005): PKR in Urdu is written
    "Rs" before the figure, as Pakistani prices are. English, the source, writes it as
    the task server does and the rest of the interface always has: `1.20 USD`."""
    # The decimals the amount needs, not those it was written with: four rewards of
    # 0.845 add up to 3.380, which is 3.38.
    exponent = amount.normalize().as_tuple().exponent if amount.is_finite() else 0
    decimals = max(2, -exponent) if isinstance(exponent, int) else 2
    if _language == "en":
        return f"{amount.quantize(Decimal(1).scaleb(-decimals)):f} {currency}".strip()
    loc = locale()
    symbol = _currency_symbol(loc, currency)
    return loc.toCurrencyString(float(amount), symbol, decimals)


def _currency_symbol(loc: QLocale, currency: str) -> str:
    """The locale's own currency by its symbol (`Rs`); another by its code and a
    no-break space, as CLDR spaces a code from the figure (`USD 1.20`, not `USD1.20`)."""
    if loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == currency:
        return loc.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return f"{currency}\u00a0" if currency else currency


def paragraph(text: str) -> str:
    """`text` read in the interface's direction: in Urdu a right-to-left mark goes first,
    so a line that opens with a Latin word (a key's name, a label, a project's name) still
    starts at the right and reads from there. Qt gives a paragraph the direction of its
    first strong letter otherwise. English text is returned as it is."""
    if direction() == Qt.LayoutDirection.RightToLeft and text:
        return "\u200f" + text
    return text


#: What goes between the parts of a legend (`↑/↓ candidate · 1–4 place it`): a no-break
#: space before the "·" and a space after, so a wrapped legend ends a line on the "·"
#: and never opens one with it.
SEPARATOR = "\u00a0· "


def legend(text: str) -> str:
    """A legend of parts joined by " · ", as `paragraph` says it, each "·" kept at the end
    of the line before when it wraps (`SEPARATOR`), in English and in Urdu."""
    return paragraph(text.replace(" · ", SEPARATOR))


def listed(words: list[str]) -> str:
    """`words` as one phrase of the locale's list: "A and C", "name, city and phone" in
    English, "A اور C" in Urdu; each word isolated in its own direction."""
    return locale().createSeparatedList([isolate(w) for w in words])


def phrase(text: str) -> str:
    """One phrase of a line of phrases (`Space: کونا · Alt+تیر: سائز`) kept whole and read
    in the interface's direction, in a right-to-left interface: without it the bidi
    algorithm runs the Latin keys of neighbouring phrases together ("Space: … Shift 10،
    Ctrl 50 · Alt") and a key lands beside another phrase's words."""
    if direction() == Qt.LayoutDirection.RightToLeft and text:
        return f"\u2067{text}\u2069"
    return text


def label_words(value: str) -> str:
    """A label's value as the interface shows it: its underscores as spaces ("not_sure"
    reads "not sure"). The value stays as it is in answers, exports and the schema; a
    label has no text of its own."""
    return value.replace("_", " ")


def isolate(text: str) -> str:
    """One piece of a line (a label's chip with its key) set apart in its own direction, in
    a right-to-left interface: pieces that are all Latin would otherwise run together left
    to right, and the first label would not stand where reading starts."""
    if direction() == Qt.LayoutDirection.RightToLeft and text:
        return f"\u2068{text}\u2069"
    return text
