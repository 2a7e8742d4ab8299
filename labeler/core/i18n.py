"""Marking words the interface shows, in code that does not import Qt.

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged; `pyside6-lupdate` finds the
call by its name and collects `text` under `context` (`scripts/translations.py`), and the
workbench translates it where it shows it: `labeler.ui.i18n.translate(context, text)`.
The English stays what the server, the command line and the logs say.
"""

from __future__ import annotations

from collections.abc import Sequence
from string import Formatter
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


def said_json(sentence: str) -> dict[str, Any]:
    """A sentence's words on the wire: `{"template", "params"}`, a value that is itself a
    sentence (a `Said`) as such a pair too; a plain sentence is its own template."""
    if not isinstance(sentence, Said):
        return {"template": str(sentence), "params": {}}
    params = {
        name: said_json(value) if isinstance(value, Said) else value
        for name, value in sentence.params.items()
    }
    return {"template": sentence.template, "params": params}


def said_from_json(value: Any, english: str | None = None) -> Said | None:
    """The sentence `said_json` wrote (its English `english` when given, as it was said),
    or None when `value` is not of that shape or its values do not fit its template."""
    if not isinstance(value, dict) or not isinstance(value.get("template"), str):
        return None
    raw = value.get("params")
    if not isinstance(raw, dict):
        return None
    params: dict[str, Any] = {}
    for name, param in raw.items():
        if isinstance(param, dict):
            param = said_from_json(param)
            if param is None:
                return None
        elif param is not None and not isinstance(param, str | int | float):
            return None
        params[str(name)] = param
    try:  # a value by its name only: no attribute nor index of it
        fields = [f for _, f, _, _ in Formatter().parse(value["template"]) if f is not None]
        if not all(f.isidentifier() for f in fields):
            return None
        said = Said(value["template"], **params)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return None
    if english is not None and english != said:
        return None  # not the sentence it stands beside
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
