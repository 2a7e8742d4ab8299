"""What each pane of an item shows: its media body, its marks (regions, spans, lanes,
transcript), its summary and its thumbnail's field values, and the item's heading. The
view (`compare.SideBySide`) calls these; nothing here lays anything out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from labeler.core.schema import Schema
from labeler.ui.i18n import isolate, number, translate
from labeler.ui.image.style import LabelColors
from labeler.ui.pages.common import BAD_TINT, OK_TINT, has_arabic
from labeler.ui.review.audio_pane import AudioPane, lanes_for, transcript_html
from labeler.ui.review.comparewords import WordsPane, is_comparison, pane_html
from labeler.ui.review.image_pane import ImagePane
from labeler.ui.review.loading import LoadedItem
from labeler.ui.review.marks import (
    CONSENSUS,
    GOLD,
    PaneSpec,
    field_summary,
    reference_role,
    region_marks,
)
from labeler.ui.review.pane import Pane
from labeler.ui.review.table import cell_text, passed, value_text
from labeler.ui.review.text_pane import TextPane
from labeler.ui.text.colors import label_color
from labeler.ui.text.fonts import arabic_style

IMAGE_KINDS = ("boxes", "polygons", "points")
_DETAILED = ("boxes", "polygons", "points", "spans", "segments", "transcript")


def in_words(loaded: LoadedItem) -> bool:
    """Whether the item reviews in words (`comparewords.is_comparison`)."""
    return is_comparison(loaded.schema, loaded.detail.item.data)


def make_body(media: str, comparison: bool = False) -> QWidget:
    """The media widget of one pane (a comparison's: its answer in words, the item's
    data being shown once beside the panes)."""
    if comparison:
        return WordsPane()
    if media == "image":
        return ImagePane()
    if media == "text":
        return TextPane()
    return AudioPane()


def make_pane(loaded: LoadedItem, spec: PaneSpec, parent: QWidget) -> Pane:
    """A pane for `spec`, its header said and its media waiting to load."""
    pane = Pane(spec, make_body(loaded.schema.media, in_words(loaded)), parent)
    if spec.is_reference:
        pane.set_info(reference_line(loaded))
    elif reference_role(loaded.detail, loaded.comparison) is None and not loaded.own:
        pane.set_notice(
            translate("review.fill", "No reference to compare with: {why}.").format(
                why=why_no_reference(loaded)
            )
        )
    media = loaded.detail.item.media
    body = pane.body
    if isinstance(body, ImagePane):
        body.set_size(*picture_size(loaded))
        body.show_message(translate("review.fill", "Loading the image…"))
    elif isinstance(body, TextPane):
        body.set_text(loaded.detail.item.text or "")
    elif isinstance(body, AudioPane):
        loading = translate("review.fill", "Loading…")
        body.set_audio(None, (media.duration if media else None) or 0.0, loading)
    return pane


def picture_size(loaded: LoadedItem) -> tuple[float, float]:
    """The original picture's size as the task server says it (1 × 1 when unknown)."""
    media = loaded.detail.item.media
    width = (media.width if media else None) or 1
    height = (media.height if media else None) or 1
    return float(width), float(height)


def fill_pane(loaded: LoadedItem, pane: Pane, consensus: bool = False) -> None:
    """Draw `pane`'s answer on its media (the reference pane: the consensus instead of
    gold when `consensus`), its summary and its thumbnail's lines."""
    schema, comparison, spec = loaded.schema, loaded.comparison, pane.spec
    consensus = consensus and spec.is_reference
    body = pane.body
    if isinstance(body, WordsPane):
        answer = comparison.consensus if consensus else _shown_answer(loaded, spec)
        data = loaded.detail.item.data or {}
        body.set_html(
            pane_html(schema, answer, comparison.fields, data, spec.is_reference, consensus)
        )
    elif isinstance(body, ImagePane):
        colors = LabelColors(schema)
        image_color: Callable[[str, str], str] = lambda f, label: colors.color(f, label).name()  # noqa: E731
        body.set_marks(region_marks(schema, comparison, spec, image_color, IMAGE_KINDS, consensus))
    elif isinstance(body, TextPane):
        body.set_marks(
            region_marks(schema, comparison, spec, _text_color(schema), ("spans",), consensus)
        )
        body.set_differences(
            [
                comparison.fields[f.name].spans[spec.key]
                for f in schema.fields
                if f.kind == "spans" and spec.key in comparison.fields[f.name].spans
            ]
        )
    elif isinstance(body, AudioPane):
        marks = region_marks(
            schema, comparison, spec, _text_color(schema), ("segments",), consensus
        )
        lanes = [f.name for f in schema.fields if f.kind == "segments"]
        gold = all(comparison.fields[name].source == GOLD for name in lanes)
        body.set_lanes(lanes_for(lanes, marks, reference_is_gold=gold))
        _fill_transcript(loaded, spec, body, consensus)
    pane.set_summary([] if consensus else summary(loaded, spec))  # gold's hint is gold's
    pane.field_lines = field_lines(loaded, spec, consensus)


def _shown_answer(loaded: LoadedItem, spec: PaneSpec) -> dict[str, Any] | None:
    """A pane's answer; the reference's is each field's reference (gold, else the
    consensus)."""
    if not spec.is_reference:
        return spec.answer
    return {
        name: compared.reference
        for name, compared in loaded.comparison.fields.items()
        if compared.reference is not None
    }


def _fill_transcript(loaded: LoadedItem, spec: PaneSpec, body: AudioPane, consensus: bool) -> None:
    fields = [f for f in loaded.schema.fields if f.kind == "transcript"]
    if not fields:
        body.set_transcript("", None)
        return
    f = fields[0]
    compared = loaded.comparison.fields[f.name]
    if spec.is_reference:
        source = loaded.comparison.consensus if consensus else {f.name: compared.reference}
        text = source.get(f.name)
        caption = translate("review.fill", "{field} (reference)").format(field=f.name)
        body.set_transcript(caption, transcript_html(_str(text), None))
        return
    answer = spec.answer or {}
    diff = compared.transcripts.get(spec.key)
    body.set_transcript(f.name, transcript_html(_str(answer.get(f.name)), diff))


def summary(loaded: LoadedItem, spec: PaneSpec) -> list[str]:
    """The gold hint under the reference; a submission's region and transcript fields
    in a few words each (`objects: F1 0.80 · 2 matched, 1 extra, 0 missed`)."""
    if spec.is_reference:
        if spec.role == GOLD and loaded.detail.gold and loaded.detail.gold.hint:
            hint = isolate(loaded.detail.gold.hint)
            return [translate("review.fill", "Hint: {hint}").format(hint=hint)]
        return []
    lines = []
    for f in loaded.schema.fields:
        if f.kind in _DETAILED:
            text = field_summary(f.kind, loaded.comparison.fields[f.name], spec.key)
            if text:
                lines.append(field_line(f.name, text))
    return lines


def field_lines(
    loaded: LoadedItem, spec: PaneSpec, consensus: bool = False
) -> list[tuple[str, QColor | None]]:
    """One line per field as the fields table says it, tinted as the table tints it
    (the reference pane showing the consensus: the consensus's values)."""
    lines: list[tuple[str, QColor | None]] = []
    for f in loaded.schema.fields:
        if consensus:
            text, ok = value_text(f, loaded.comparison.consensus.get(f.name)), None
        else:
            text, ok = cell_text(f, loaded.comparison, spec), passed(f, loaded.comparison, spec)
        tint = None if ok is None else (OK_TINT if ok else BAD_TINT)
        lines.append((field_line(f.name, text), tint))
    return lines


def field_line(name: str, value: str) -> str:
    """`objects: 2 boxes`: a field's value after its name (a template, so that a
    right-to-left language reads it right to left though the name is Latin)."""
    return translate("review.fill", "{field}: {value}").format(field=name, value=value)


def why_no_reference(loaded: LoadedItem) -> str:
    if loaded.comparison.answered:
        return translate("review.fill", "no gold, one answer")
    return translate("review.fill", "no gold, no answer")


def reference_line(loaded: LoadedItem) -> str:
    if loaded.own:
        return translate("review.fill", "what the control item expected")
    answered = number(sum(1 for s in loaded.detail.submissions if s.answer is not None))
    if in_words(loaded):  # no regions: no tags to count
        if loaded.detail.gold is not None:
            return translate("review.fill", "the known answer")
        return translate("review.fill", "from {answered} answers").format(answered=answered)
    if loaded.detail.gold is not None:
        return translate(
            "review.fill", "the known answer · tags: matched by k of {answered}"
        ).format(answered=answered)
    return translate(
        "review.fill", "from {answered} answers · tags: matched by k of {answered}"
    ).format(answered=answered)


def heading(loaded: LoadedItem, project_name: str) -> str:
    """`Street scenes · Gold item night/0007.jpg · 2 submissions, compared with the gold
    answer`: the item by the name it was imported from, else its id's start."""
    detail = loaded.detail
    gold = detail.gold is not None
    role = reference_role(detail, loaded.comparison)
    project = _html(project_name)
    if has_arabic(project_name):  # an Urdu project name reads in Nastaliq
        project = f'<span style="{arabic_style()}">{project}</span>'
    if loaded.own:
        against = (
            translate("review.fill", "your answer beside the expected one")
            if role == GOLD
            else translate(
                "review.fill", "your answer (not a control item: nothing to compare with)"
            )
        )
        item = f"<code>{_html(detail.item.id[:8])}</code>"
        return _item_line(gold, f"<b>{project}</b>", item, against, own=True)
    if role == GOLD:
        against = translate("review.fill", "compared with the gold answer")
    elif role == CONSENSUS:
        against = translate(
            "review.fill", "compared with the suggested consensus (no gold for this item)"
        )
    else:
        against = translate("review.fill", "no reference ({why}): nothing is compared").format(
            why=why_no_reference(loaded)
        )
    n = len(detail.submissions)
    count = (
        translate("review.fill", "1 submission, {compared}")
        if n == 1
        else translate("review.fill", "{count} submissions, {compared}")
    ).format(count=number(n), compared=against)
    name = detail.item.source or detail.item.id[:8]  # the name it was imported from
    return _item_line(gold, f"<b>{project}</b>", f"<code>{_html(name)}</code>", count)


def _item_line(gold: bool, project: str, item: str, rest: str, own: bool = False) -> str:
    """`Street scenes · Gold item night/0007.jpg · …`: one template per kind of item, so
    a translation can put the item's name where its language does. An annotator's own
    control item has words of its own (annotators call gold otherwise)."""
    if gold and own:
        line = translate("review.fill", "{project} · Gold item {item} · {rest}", "own answer")
    elif gold:
        line = translate("review.fill", "{project} · Gold item {item} · {rest}")
    else:
        line = translate("review.fill", "{project} · Item {item} · {rest}")
    return line.format(project=isolate(project), item=isolate(item), rest=rest)


def _text_color(schema: Schema) -> Callable[[str, str], str]:
    def color(name: str, label: str) -> str:
        return label_color(schema.field(name), label).name()

    return color


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
