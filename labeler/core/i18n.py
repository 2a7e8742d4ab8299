"""Marking words the interface shows, in code that does not import Qt.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; `pyside6-lupdate` finds the
call by its name and collects `text` under `context` (`scripts/translations.py`), and the
workbench translates it where it shows it: `labeler.ui.i18n.translate(context, text)`.
The English stays what the server, the command line and the logs say.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """`text`, marked for translation under `context`."""
    return text
