"""The quality flags as pre-annotation, for verification projects.

A verification project asks annotators whether an image is usable; its schema may have a
`choice` or `multichoice` field with labels named after the flags (`blurred`, `dark`,
`overexposed`, `near-duplicate`, compared without case). This pre-annotation measures
every image and prefills those fields with the flags found, so the annotator confirms or
corrects them. A `multichoice` field gets every flag raised; a `choice` field the first
of `near-duplicate`, `blurred`, `dark`, `overexposed` raised. A schema without such a
field is refused before any image is read (`AssistError`, saying what field to add). A
field is left unanswered when none of its flags is raised; an item with nothing to
prefill (or an unreadable image) gets no prefill. Near-duplicates are known only once
every image is measured: the prefills come after all of them, and the first image of a
group is not flagged.

Imports OpenCV only when it runs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.plugins.api import ItemView, Prefill, Progress
from labeler.core.schema import Field, Schema
from labeler_opencv_assist.errors import AssistError

#: Said when the project has no field the flags fill (the run stops before any image).
_NO_FLAG_FIELD = QT_TRANSLATE_NOOP(
    "messages",
    "The quality flags fit none of this project's fields: they fill a choice or multichoice "
    "field with labels named blurred, dark, overexposed or near-duplicate. Add such a field "
    "to the schema, or pick another pre-annotation.",
)
#: A choice field takes the first of these raised.
PRIORITY = ("near-duplicate", "blurred", "dark", "overexposed")


class QualityPrefill:
    """Meets `labeler.core.plugins.api.PreAnnotator`."""

    name = "opencv-quality"
    title = QT_TRANSLATE_NOOP(
        "messages", "Image quality flags (blurred, dark, overexposed, near-duplicate)"
    )
    media = frozenset({"image"})

    def annotate(
        self, items: Iterable[ItemView], schema: Schema, progress: Progress
    ) -> Iterator[Prefill]:
        """Prefills of the schema's flag fields, after every image is measured; nothing
        when `progress` stopped the run. A schema without a flag field raises
        `AssistError` at once, before any image is read."""
        fields = [(f, _flag_labels(f)) for f in schema.fields if _flag_labels(f)]
        if not fields:
            raise AssistError(Said(_NO_FLAG_FIELD))
        return self._prefills(items, fields, progress)

    def _prefills(
        self,
        items: Iterable[ItemView],
        fields: list[tuple[Field, dict[str, str]]],
        progress: Progress,
    ) -> Iterator[Prefill]:
        from labeler_opencv_assist import quality

        stopped = False

        def counting(done: int) -> bool:
            nonlocal stopped
            stopped = not progress(done)
            return not stopped

        measured = list(quality.assess(items, counting))
        if stopped:
            return
        duplicates = quality.duplicate_of(measured)
        for m in measured:
            if m.flags is None:
                continue
            raised = set(m.flags.flags) | ({"near-duplicate"} if m.item_id in duplicates else set())
            answer = _answer(fields, raised)
            if answer:
                yield Prefill(m.item_id, answer)


def _flag_labels(field: Field) -> dict[str, str]:
    """Flag name → the field's label for it (choice and multichoice fields only)."""
    if field.kind not in ("choice", "multichoice"):
        return {}
    by_name = {label.value.casefold(): label.value for label in field.labels}
    return {flag: by_name[flag] for flag in PRIORITY if flag in by_name}


def _answer(fields: list[tuple[Field, dict[str, str]]], raised: set[str]) -> dict[str, Any]:
    answer: dict[str, Any] = {}
    for f, labels in fields:
        found = [labels[flag] for flag in PRIORITY if flag in raised and flag in labels]
        if found:
            answer[f.name] = found if f.kind == "multichoice" else found[0]
    return answer
