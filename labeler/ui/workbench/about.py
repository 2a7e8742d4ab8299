"""About labeler (F1): the workbench's version, Qt's, and the installed plugins with what
each provides, or why it did not load: what a team's support asks for first."""

from __future__ import annotations

import html
import platform
from collections.abc import Callable
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from labeler import __version__
from labeler.ui import messages
from labeler.ui.actions import Action
from labeler.ui.i18n import isolate, paragraph, translate

if TYPE_CHECKING:
    from labeler.core.plugins import Loaded
    from labeler.ui.workbench.plugins import PluginShelf

# A hyphen no line breaks after: the hyphen itself and a word joiner (U+2011, the
# non-breaking hyphen, is missing from common faces and drew as a low line).
_NO_BREAK_HYPHEN = "-\u2060"
# Between the lines of one plugin's entry, and how its lines after the first are set:
# indented on the side reading starts (Qt mirrors a block's indent right to left).
_LINE = "\x1e"
_DETAIL = "<p style='margin-top:0; margin-bottom:0; -qt-block-indent:1'>"
# The direction marks and isolates the lines carry, left out of what Copy copies.
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u2060\u2066\u2067\u2068\u2069"))
#: What a plugin provides, by the kind `Plugin.provides` names.
_KINDS = {
    "assist": QT_TRANSLATE_NOOP("workbench.about", "assists"),
    "pre-annotation": QT_TRANSLATE_NOOP("workbench.about", "pre-annotation"),
    "format": QT_TRANSLATE_NOOP("workbench.about", "formats"),
    "check": QT_TRANSLATE_NOOP("workbench.about", "checks"),
}


def about_action(callback: Callable[[], object], group: str) -> Action:
    """The key that opens the dialog, on every screen."""
    return Action(
        "app.about",
        translate("workbench.about", "About labeler: versions and plugins"),
        ("F1",),
        callback,
        group=group,
    )


def show_about(plugins: PluginShelf, parent: QWidget) -> AboutDialog:
    """Open the dialog over `parent` (the plugins load now if they have not yet)."""
    dialog = AboutDialog(plugins, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # The keyboard goes back to the window, also where nothing hands it back (no window
    # manager, some desktops): else the next key goes nowhere.
    dialog.finished.connect(lambda _result: parent.window().activateWindow())
    dialog.open()
    return dialog


class AboutDialog(QDialog):
    """Versions and plugins, as text that can be selected and copied."""

    def __init__(self, plugins: PluginShelf, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About labeler"))
        self.plugins = plugins
        self.text = QTextBrowser()
        self.text.setObjectName("aboutText")
        self.text.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        column = QVBoxLayout(self)
        column.addWidget(self.text, 1)
        column.addWidget(buttons)
        self.resize(720, 460)
        if parent is not None:
            # The room of the window it opens over: the plugins' lines need it more than
            # a scroll box does (four plugins are some twenty lines).
            room = parent.window().size()
            self.resize(max(720, min(960, room.width() - 80)), max(460, room.height() - 120))
        plugins.loaded.connect(self._fill)
        plugins.load()
        self._fill()

    def _fill(self) -> None:
        # Each translated string apart, not inside an f-string: lupdate reads them there.
        name = self.tr("labeler {version}").format(version=__version__)
        versions = self.tr("Qt {qt} · PySide6 {pyside} · Python {python}").format(
            qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version()
        )
        heading = self.tr("Plugins")
        # Each line its own paragraph, read from the right in Urdu even when it opens
        # with a plugin's name.
        lines = [
            "<h3>" + paragraph(html.escape(name)) + "</h3>",
            "<p>" + paragraph(html.escape(versions)) + "</p>",
            "<h4>" + paragraph(html.escape(heading)) + "</h4>",
        ]
        for plugin in self.plugin_lines():
            head, *details = plugin.split(_LINE)
            lines.append("<p style='margin-bottom:0'>" + paragraph(head) + "</p>")
            lines += [_DETAIL + paragraph(line) + "</p>" for line in details]
        self.text.setHtml("".join(lines))

    def plugin_lines(self) -> list[str]:
        """One entry (HTML) per plugin, or what is known while they load; an entry's lines
        are apart by `_LINE`."""
        shelf = self.plugins
        if not shelf.ready:
            return [html.escape(self.tr("The plugins are still loading…"))]
        if shelf.problem:
            text = self.tr("The plugins did not load: {reason}").format(reason=shelf.problem)
            return [_red(html.escape(text))]
        if not shelf.entries:
            return [html.escape(self.tr("No plugins are installed."))]
        return [self._line(entry) for entry in shelf.entries]

    def _line(self, entry: Loaded) -> str:
        """A plugin as lines of their own: its name and title, the package it came in, and
        what it provides, one kind a line. Each name and version is set apart left to right
        and does not break at its hyphens (Urdu reads around them; a line break inside
        `opencv-box-polygon` scrambled it); the plugin's own words (its error) likewise."""
        name = f"<b>{html.escape(_name(entry.entry_point))}</b>"
        package = _name(f"{entry.distribution} {entry.version}".strip())
        if entry.plugin is None:
            text = self.tr("{name} ({package}) did not load: {error}").format(
                name=name,
                package=html.escape(package),
                error=html.escape(isolate(entry.error or "")),
            )
            return _red(text)
        # A plugin's title in the interface's language where the workbench has it (the
        # shipped plugins'), else in the plugin's own words.
        title = html.escape(isolate(messages.said(entry.plugin.title or entry.plugin.name)))
        lines = [self.tr("{name}: {title}").format(name=name, title=title)]
        lines.append(self.tr("Package: {package}").format(package=html.escape(package)))
        lines += [
            self.tr("{kind}: {names}").format(
                kind=html.escape(translate("workbench.about", _KINDS.get(kind, kind))),
                names=html.escape(self.tr(", ").join(_name(n) for n in names)),
            )
            for kind, names in entry.plugin.provides().items()
        ]
        return _LINE.join(lines)

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            # Names as they are typed: no word joiners, no direction marks.
            clipboard.setText(self.text.toPlainText().translate(_MARKS))


def _name(text: str) -> str:
    """A name or version as one left-to-right piece that no line breaks into."""
    return isolate(text.replace("-", _NO_BREAK_HYPHEN))


def _red(text: str) -> str:
    return f"<span style='color:#a3261b'>{text}</span>"
