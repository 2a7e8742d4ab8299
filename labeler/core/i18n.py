"""Marking words the interface shows, in code that does not import Qt.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; `pyside6-lupdate` finds the
call by its name and collects `text` under `context` (`scripts/translations.py`), and the
workbench translates it where it shows it: `labeler.ui.i18n.translate(context, text)`.
The English stays what the server, the command line and the logs say.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from labeler.core.problems import Problem


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """`text`, marked for translation under `context`."""
    return text


_JOINED = QT_TRANSLATE_NOOP("messages", "{first}; {rest}")
_AT_PATH = QT_TRANSLATE_NOOP("messages", "{path}: {reason}")
_ANSWER = QT_TRANSLATE_NOOP("messages", "answer")


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


def joined(sentences: Sequence[str]) -> str:
    """Sentences in one line, `; ` between them, each kept as it was said (a `Said` keeps
    its template and values, so the line is said in the workbench's language too)."""
    if not sentences:
        return ""
    if len(sentences) == 1:
        return sentences[0]
    return Said(_JOINED, first=sentences[0], rest=joined(sentences[1:]))


def problem_said(problem: Problem) -> Said:
    """A problem of an answer or a schema as one sentence: `path: what` (`answer: …` for
    the whole answer), its words kept for the workbench's language."""
    what = Said(problem.template, **problem.params)
    return Said(_AT_PATH, path=problem.path or Said(_ANSWER), reason=what)
