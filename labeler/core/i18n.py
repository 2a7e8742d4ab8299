"""Marking words the interface shows, in code that does not import Qt.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; `pyside6-lupdate` finds the
call by its name and collects `text` under `context` (`scripts/translations.py`), and the
workbench translates it where it shows it: `labeler.ui.i18n.translate(context, text)`.
The English stays what the server, the command line and the logs say.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """`text`, marked for translation under `context`."""
    return text


class Said(str):
    """An English sentence built from a marked template and its values, which it keeps
    (`template`, `params`) so that the workbench can say it in its own language
    (`labeler.ui.messages.said`); everywhere else it is the plain English string."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Said:
        said = super().__new__(cls, template.format(**params) if params else template)
        said.template = template
        said.params = params
        return said
