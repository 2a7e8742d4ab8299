"""Why an answer was not sent, in the annotator's words: a field left unanswered becomes
what to do about it ("Rate result E for relevance", "Choose which answer is better"),
naming the field by its title as the form shows it and a candidate by its letter.

The task server and the command line keep the problems' paths (`relevance.E: is
required`, docs/protocol.md); these sentences are the workbench's only.
"""

from __future__ import annotations

from typing import Any

from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.core.problems import AnswerInvalid, Problem
from labeler.core.schema import Field, Schema
from labeler.ui import messages
from labeler.ui.i18n import isolate, number, translate
from labeler.ui.itemdata import content

# The core's templates of an unanswered field (or part of one), of a short rationale.
_REQUIRED = "is required"  # notr: the core's template, matched
_TOO_SHORT = "must be at least {min} characters, not {count}"  # notr: matched

#: What to do about a field left unanswered, by its kind; {field} is its title.
_WHOLE = {
    "pairwise": QT_TRANSLATE_NOOP("workbench.missing", "Choose which answer is better ({field})"),
    "ranking": QT_TRANSLATE_NOOP("workbench.missing", "Rank the candidates ({field})"),
    "criteria": QT_TRANSLATE_NOOP("workbench.missing", "Rate every row of {field}"),
    "rationale": QT_TRANSLATE_NOOP("workbench.missing", "Write why you chose as you did ({field})"),
    "flags": QT_TRANSLATE_NOOP("workbench.missing", "Flag the candidates ({field})"),
    "record": QT_TRANSLATE_NOOP("workbench.missing", "Check every line of {field}"),
    "choice": QT_TRANSLATE_NOOP("workbench.missing", "Choose a label for {field}"),
    "multichoice": QT_TRANSLATE_NOOP("workbench.missing", "Choose the labels for {field}"),
    "rating": QT_TRANSLATE_NOOP("workbench.missing", "Rate {field}"),
    "text": QT_TRANSLATE_NOOP("workbench.missing", "Write {field}"),
    "transcript": QT_TRANSLATE_NOOP("workbench.missing", "Write the transcript ({field})"),
}
#: Marked on the item (boxes, polygons, points, spans, segments).
_MARK = QT_TRANSLATE_NOOP("workbench.missing", "Mark {field} on the item")


def field_title(field: Field) -> str:
    """A field's name as the form titles it."""
    return field.name.replace("_", " ")


def problem_lines(
    invalid: AnswerInvalid, schema: Schema | None, data: dict[str, Any] | None
) -> list[str]:
    """One line per problem of `invalid`, for an item with `data` (its candidates): a
    sentence for what is missing, else the field's title and what is wrong."""
    return [problem_line(p, schema, data) for p in invalid.problems]


def refusal(
    invalid: AnswerInvalid | None,
    left: dict[str, str],
    schema: Schema | None,
    data: dict[str, Any] | None,
) -> list[tuple[str, str]]:
    """What a refused send says, one `(path, line)` per thing left to do, in the order
    the form shows them: by the schema's fields, a field's parts as the core lists them
    (its rows, its candidates, its keys), a field not in the schema last. `left` is what
    only the workbench knows, by field (a ranking's candidates not placed, a record's keys
    not checked): its line stands for the core's problems of that field. The keyboard
    goes to the first path (`FieldsForm.focus_problem`), so what the annotator reads
    first is where their next key lands."""
    said = [(name, line) for name, line in left.items()]
    if invalid is not None:
        said += [
            (p.path, problem_line(p, schema, data))
            for p in invalid.problems
            if p.path.split(".")[0] not in left
        ]
    names = [f.name for f in schema.fields] if schema is not None else []

    def place(entry: tuple[str, str]) -> int:
        name = entry[0].split(".")[0]
        return names.index(name) if name in names else len(names)

    return sorted(said, key=place)  # stable: a field's own parts keep their order


def problem_line(problem: Problem, schema: Schema | None, data: dict[str, Any] | None) -> str:
    name, _, rest = problem.path.partition(".")
    field = _field(schema, name)
    if field is None:
        whole = translate("workbench.missing", "answer")
        return translate("workbench.missing", "{field}: {problem}").format(
            field=isolate(problem.path) if problem.path else whole,
            problem=messages.problem_text(problem),
        )
    title = isolate(field_title(field))
    sentence = _sentence(field, rest, problem, title, data)
    if sentence is not None:
        return sentence
    where = f"{field_title(field)} {rest}" if rest else field_title(field)
    return translate("workbench.missing", "{field}: {problem}").format(
        field=isolate(where), problem=messages.problem_text(problem)
    )


def _sentence(
    field: Field, rest: str, problem: Problem, title: str, data: dict[str, Any] | None
) -> str | None:
    if problem.template == _TOO_SHORT and field.kind == "rationale":
        return translate(
            "workbench.missing", "Write at least {min} characters on why ({field}): {count} so far"
        ).format(
            min=number(int(problem.params.get("min", 0))),
            count=number(int(problem.params.get("count", 0))),
            field=title,
        )
    if problem.template != _REQUIRED:
        return None
    if field.kind == "pairwise" and rest in ("", "winner"):
        return translate("workbench.missing", _WHOLE["pairwise"]).format(field=title)
    if not rest:
        if field.kind in _WHOLE:
            return translate("workbench.missing", _WHOLE[field.kind]).format(field=title)
        return translate("workbench.missing", _MARK).format(field=title)
    if field.kind == "criteria":
        rows = field.rows if isinstance(field.rows, tuple) else ()
        named = {row.value: row.text or row.value for row in rows}
        if rest in named:
            return translate("workbench.missing", "Rate {row} for {field}").format(
                row=isolate(named[rest]), field=title
            )
        return translate("workbench.missing", "Rate {candidate} for {field}").format(
            candidate=candidate_words(data, rest), field=title
        )
    if field.kind == "ranking":
        return translate("workbench.missing", "Give {candidate} a rank ({field})").format(
            candidate=candidate_words(data, rest), field=title
        )
    if field.kind == "record":
        keys = {row.value: row.text or row.value for row in field.keys}
        return translate("workbench.missing", "Check {key} in {field}").format(
            key=isolate(keys.get(rest, rest)), field=title
        )
    return None


def given(value: Any) -> bool:
    """A field's value says something (not None, nor an empty text, list or object): an
    answer with none such is not half-done but not begun."""
    return value is not None and value != "" and value != [] and value != {}


def joined(lines: list[str]) -> str:
    """Sentences of what an answer lacks on one line, each kept whole in its own direction
    (in Urdu a sentence ending in a Latin title would otherwise swap places with the
    separator), joined as the language joins them ("; ", in Urdu "؛ ")."""
    between = translate("workbench.missing", "; ", "between the sentences of what is missing")
    return between.join(isolate(line) for line in lines)


def candidate_words(data: dict[str, Any] | None, key: str) -> str:
    """A candidate named as the item shows it: a search result (a title or an address),
    an answer (a text), else a candidate, with its letter."""
    found = next((c for c in content.candidates(data) if c.key == key), None)
    if found is not None and (found.title or found.url):
        said = translate("workbench.missing", "result {key}")
    elif found is not None and found.text is not None and found.media is None:
        said = translate("workbench.missing", "answer {key}")
    else:
        said = translate("workbench.missing", "candidate {key}")
    return said.format(key=isolate(key))


def _field(schema: Schema | None, name: str) -> Field | None:
    if schema is None:
        return None
    return next((f for f in schema.fields if f.name == name), None)
