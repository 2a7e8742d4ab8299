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
        lines += ["<p>" + paragraph(line) + "</p>" for line in self.plugin_lines()]
        self.text.setHtml("".join(lines))

    def plugin_lines(self) -> list[str]:
        """One line (HTML) per plugin, or what is known while they load."""
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
        name = f"<b>{html.escape(isolate(entry.entry_point))}</b>"
        package = isolate(f"{entry.distribution} {entry.version}".strip())
        if entry.plugin is None:
            text = self.tr("{name} ({package}) did not load: {error}").format(
                name=name,
                package=html.escape(package),
                error=html.escape(isolate(entry.error or "")),
            )
            return _red(text)
        provides = [
            self.tr("{kind}: {names}").format(
                kind=html.escape(translate("workbench.about", _KINDS.get(kind, kind))),
                names=html.escape(isolate(", ".join(names))),
            )
            for kind, names in entry.plugin.provides().items()
        ]
        # A plugin's title in the interface's language where the workbench has it (the
        # shipped plugins'), else in the plugin's own words.
        title = html.escape(isolate(messages.said(entry.plugin.title or entry.plugin.name)))
        if not provides:
            return self.tr("{name} ({package}): {title}").format(
                name=name, package=html.escape(package), title=title
            )
        return self.tr("{name} ({package}): {title}. {provides}").format(
            name=name,
            package=html.escape(package),
            title=title,
            provides=self.tr("; ").join(provides),
        )

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.text.toPlainText())


def _red(text: str) -> str:
    return f"<span style='color:#a3261b'>{text}</span>"
