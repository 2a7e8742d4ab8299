"""A comparison item's answers in words a reviewer reads fast: "prefers B, much
better", a ranking as its keys in order ("B › C › A"), the criteria grid with the
rows that differ from the reference marked, the flags per candidate, the rationale,
and a record's corrected keys against the record shown. The reference pane says how
its consensus was reached (majority, Borda count, median per row).

Pure text (HTML fragments) from the schema's fields and the item's data; the pane
body (`WordsPane`) shows it."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from labeler.core.comparisonscores import dense_ranks, rank_map, winner
from labeler.core.consensus import FieldComparison
from labeler.core.schema import Field, Schema
from labeler.core.textnorm import normalize_value
from labeler.ui.i18n import isolate, label_words, number, paragraph, phrase, translate
from labeler.ui.review.marks import CONSENSUS, GOLD, UNMATCHED

#: The kinds this module words; a schema with one of them reviews as a comparison.
COMPARISON_KINDS = frozenset({"pairwise", "ranking", "criteria", "rationale", "flags", "record"})
#: How the core reaches each kind's consensus (`labeler.core.comparisonconsensus`).
METHODS = {
    "pairwise": QT_TRANSLATE_NOOP("review.words", "majority"),
    "ranking": QT_TRANSLATE_NOOP("review.words", "Borda count"),
    "criteria": QT_TRANSLATE_NOOP("review.words", "median per row"),
    "record": QT_TRANSLATE_NOOP("review.words", "majority per key"),
    "flags": QT_TRANSLATE_NOOP("review.words", "more than half"),
    "choice": QT_TRANSLATE_NOOP("review.words", "majority"),
    "rating": QT_TRANSLATE_NOOP("review.words", "median"),
}
#: The most lines of an answer the stage makes room for (a longer one scrolls).
LEAST_LINES = 6
#: Characters of a rationale shown in a pane (the whole is in the answer's JSON).
RATIONALE_CHARS = 600


#: What an item's `data` may hold that the workbench shows the annotator as it is
#: (`labeler.ui.itemdata`): a review shows it too, beside panes in words.
SHOWN_DATA = ("candidates", "conversation", "record", "records")
#: Kinds drawn on the item's media; a schema with one reviews on its media.
_ON_MEDIA = frozenset({"boxes", "polygons", "points", "spans", "segments", "transcript"})


def is_comparison(schema: Schema, data: object = None) -> bool:
    """Whether an item reviews in words, its `data` shown once beside the panes: its
    schema has a comparison field, or (nothing drawn on its media) the item's `data`
    holds what the annotator was shown, such as a record pair to match with a choice."""
    if any(f.kind in COMPARISON_KINDS for f in schema.fields):
        return True
    if any(f.kind in _ON_MEDIA for f in schema.fields) or not isinstance(data, dict):
        return False
    return any(data.get(key) for key in SHOWN_DATA)


def _e(text: object) -> str:
    return html.escape(str(text), quote=False)


def _marked(text: str, differs: bool) -> str:
    """`text` in the colour of a difference from the reference, with a sign that says it
    without colour."""
    if not differs:
        return text
    return f"<span style='color:{UNMATCHED}; font-weight:600'>≠ {text}</span>"


def pairwise_words(value: Any) -> str:
    """`prefers B, much better`, `prefers A`, `a tie`; `—` for no answer."""
    side = winner(value)
    if side is None:
        return "—"
    if side == "tie":
        return translate("review.words", "a tie")
    strong = isinstance(value, dict) and value.get("strength") == 2
    if strong:
        text = translate("review.words", "prefers {key}, much better")
    else:
        text = translate("review.words", "prefers {key}")
    # In Urdu the Latin key opens the line ("B کو ترجیح"): read from the right all the same.
    return paragraph(text.format(key=side))


def shape_words(value: dict[str, Any]) -> str | None:
    """A comparison field's value said by its shape, its schema not at hand (history's
    details): a preference as `pairwise_words`, flags as `B: factual_error`, ratings or
    ranks and a record's keys as `A: 2, B: 1`; None for a shape none of these has."""
    if "winner" in value:
        return pairwise_words(value)
    if value and all(isinstance(v, list) for v in value.values()):
        given = [
            translate("review.words", "{key}: {labels}").format(
                key=key, labels=", ".join(label_words(str(label)) for label in labels)
            )
            for key, labels in sorted(value.items())
            if labels
        ]
        return " · ".join(given) or translate("review.words", "none")
    if value and all(isinstance(v, str | int | float) or v is None for v in value.values()):
        return ", ".join(
            translate("review.words", "{row}: {rating}").format(
                row=key,
                rating=number(v) if isinstance(v, int | float) and not isinstance(v, bool) else v,
            )
            for key, v in value.items()
        )
    return None


def ranking_words(value: Any) -> str:
    """The candidate keys best first: `B › C › A`, tied ones joined: `B = C › A`."""
    ranks = rank_map(value)
    if not ranks:
        return "—"
    groups: dict[int, list[str]] = {}
    for key, rank in sorted(ranks.items(), key=lambda kv: (kv[1], kv[0])):
        groups.setdefault(rank, []).append(key)
    # Keys are Latin letters: kept left to right, best first, in any interface.
    return isolate(" › ".join(" = ".join(keys) for keys in groups.values()))


def _rating(f: Field, rating: Any) -> str:
    if not isinstance(rating, int) or isinstance(rating, bool):
        return "—"
    low = f.min if f.min is not None else 1
    if f.scale and 0 <= rating - low < len(f.scale):
        return f"{number(rating)} {_e(f.scale[rating - low])}"
    return number(rating)


def _row_names(f: Field, value: Any, data: dict[str, Any]) -> list[tuple[str, str]]:
    """(row value, its name) in the field's order: named rows, else the candidates."""
    if isinstance(f.rows, str):
        keys = [
            c.get("key") for c in data.get("candidates") or [] if isinstance(c, dict)
        ] or sorted(value if isinstance(value, dict) else {})
        return [(k, k) for k in keys if isinstance(k, str)]
    return [(row.value, row.text or row.value) for row in f.rows]


def criteria_lines(f: Field, value: Any, reference: Any, data: dict[str, Any]) -> list[str]:
    """One line per row: `helpfulness: 4`; a row that differs from the reference is
    marked and says the reference's rating."""
    got = value if isinstance(value, dict) else {}
    ref = reference if isinstance(reference, dict) else None
    lines = []
    for row, name in _row_names(f, got, data):
        text = translate("review.words", "{row}: {rating}").format(
            row=_e(name), rating=_rating(f, got.get(row))
        )
        differs = ref is not None and row in ref and ref.get(row) != got.get(row)
        if differs:
            text += " " + translate("review.words", "(reference {rating})").format(
                rating=_rating(f, ref.get(row))
            )
        lines.append(_marked(text, differs))
    return lines


def flags_words(value: Any, data: dict[str, Any]) -> str:
    """`A: unsafe, off-topic · B: none`, over every candidate of the item."""
    got = value if isinstance(value, dict) else {}
    keys = [c.get("key") for c in data.get("candidates") or [] if isinstance(c, dict)]
    keys = [k for k in keys if isinstance(k, str)] or sorted(got)
    parts = []
    for key in keys:
        labels = got.get(key)
        shown = (
            ", ".join(_e(label_words(s)) for s in labels if isinstance(s, str)) if labels else ""
        )
        # Each candidate's part read in the interface's direction: isolated in its own
        # (first strong letter: the Latin key), "B: کوئی نہیں" ran left to right, "B:"
        # after its value for an Urdu reader.
        parts.append(
            phrase(
                translate("review.words", "{key}: {labels}").format(
                    key=key, labels=shown or translate("review.words", "none")
                )
            )
        )
    return " · ".join(parts)


def _quoted(value: object) -> str:
    """A record's value in quotes, set apart in its own direction with them: a Latin
    value in an Urdu line keeps its quotes round it and its place in the line."""
    return isolate(f"“{_e('' if value is None else value)}”")


def _record_value(value: Any) -> str | None:
    return None if value is None else normalize_value(str(value))


def record_lines(f: Field, value: Any, data: dict[str, Any], reference: Any = None) -> list[str]:
    """The keys corrected against the record shown (`✎ phone: “042 …” corrected to
    “0423 …”`), drawn as the annotator's corrections, not as errors; with a `reference`
    (gold, the consensus) a key whose value differs from it is marked ≠, as every
    difference from the reference is, a key confirmed as shown too. Else that every key
    was confirmed as shown."""
    got = value if isinstance(value, dict) else {}
    shown = data.get("record") if isinstance(data.get("record"), dict) else {}
    ref = reference if isinstance(reference, dict) else None
    lines = []
    for key in f.key_values() or sorted(got):
        before, after = shown.get(key), got.get(key)
        if after is None:
            continue
        other = ref is not None and _record_value(after) != _record_value(ref.get(key))
        if _record_value("" if before is None else before) != _record_value(after):
            said = translate("review.words", "{key}: {before} corrected to {after}").format(
                key=isolate(_e(key)), before=_quoted(before), after=_quoted(after)
            )
        elif other:
            said = translate("review.words", "{key}: {value} confirmed as shown").format(
                key=isolate(_e(key)), value=_quoted(after)
            )
        else:
            continue
        lines.append(_marked(said, True) if other else f"✎ {said}")
    if not got:
        return ["—"]
    if not lines:
        return [translate("review.words", "every key confirmed as shown")]
    return lines


#: Kinds whose answer differs from the reference as a whole when any part does: a table
#: cell of one is tinted by `differs`, as the pane marks its parts, not by the score.
WHOLE_KINDS = frozenset({"pairwise", "ranking", "criteria", "flags", "record"})


def _flag_sets(value: Any) -> dict[str, frozenset[str]]:
    """A flags answer's labels by candidate; a candidate with none is left out."""
    if not isinstance(value, dict):
        return {}
    sets = {
        k: frozenset(s for s in v if isinstance(s, str))
        for k, v in value.items()
        if isinstance(v, list)
    }
    return {k: v for k, v in sets.items() if v}


def differs(f: Field, value: Any, reference: Any) -> bool:
    """Whether a comparison field's answer differs from the reference anywhere a pane
    marks ≠: another winner or order, a row rated otherwise, other flags on a candidate,
    a record key of another value (after normalisation)."""
    if f.kind == "pairwise":
        return winner(value) != winner(reference)
    if f.kind == "ranking":
        # Compared dense: a gold of 1, 1, 3 and an answer of 1, 1, 2 are the same order.
        return dense_ranks(value) != dense_ranks(reference)
    if f.kind == "criteria":
        got = value if isinstance(value, dict) else {}
        ref = reference if isinstance(reference, dict) else {}
        return any(got.get(row) != ref.get(row) for row in set(got) | set(ref))
    if f.kind == "flags":
        return _flag_sets(value) != _flag_sets(reference)
    if f.kind == "record":
        got = value if isinstance(value, dict) else {}
        ref = reference if isinstance(reference, dict) else {}

        def shown(v: Any) -> str | None:
            return None if v is None else normalize_value(str(v))

        keys = f.key_values() or sorted(set(got) | set(ref))
        return any(shown(got.get(k)) != shown(ref.get(k)) for k in keys)
    return value != reference


def field_words(
    f: Field, value: Any, compared: FieldComparison | None, data: dict[str, Any], reference: bool
) -> list[str]:
    """A field's answer as lines of HTML; a submission's differences from the reference
    marked (`reference` True: this is the reference pane itself)."""
    ref = None if reference or compared is None else compared.reference
    if f.kind == "pairwise":
        other = ref is not None and value is not None and differs(f, value, ref)
        return [_marked(pairwise_words(value), other)]
    if f.kind == "ranking":
        other = ref is not None and value is not None and differs(f, value, ref)
        return [_marked(ranking_words(value), other)]
    if f.kind == "criteria":
        return criteria_lines(f, value, ref, data) if value is not None else ["—"]
    if f.kind == "flags":
        if value is None:
            return [translate("review.words", "none")]
        return [flags_words(value, data)]
    if f.kind == "record":
        return record_lines(f, value, data, ref)
    if f.kind == "rationale":
        if not isinstance(value, str) or not value.strip():
            return ["—"]
        text = " ".join(value.split())
        if len(text) > RATIONALE_CHARS:
            text = text[: RATIONALE_CHARS - 1] + "…"
        return [f"<i>“{_e(text)}”</i>"]
    if value is None:
        return ["—"]
    shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return [_marked(_e(shown), ref is not None and value != ref)]


def method_words(f: Field, compared: FieldComparison | None, consensus: bool = False) -> str:
    """How the reference pane's value of `f` was reached: `gold`, `majority`, `Borda
    count`… (`consensus`: the pane shows the suggested consensus, gold or not)."""
    source = CONSENSUS if consensus else (compared.source if compared is not None else None)
    if source == GOLD:
        return translate("review.words", "gold")
    method = METHODS.get(f.kind)
    return translate("review.words", method) if method and source == CONSENSUS else ""


def pane_html(
    schema: Schema,
    answer: dict[str, Any] | None,
    fields: dict[str, FieldComparison],
    data: dict[str, Any],
    reference: bool,
    consensus: bool = False,
) -> str:
    """One pane's answer, a block per field: its name, then its words (the reference
    pane's with how each was reached; `consensus`: it shows the suggested consensus)."""
    blocks = []
    for f in schema.fields:
        value = (answer or {}).get(f.name)
        compared = fields.get(f.name)
        if reference and f.kind == "rationale":
            continue  # no consensus of words
        # The name apart: in Urdu, "preference: B کو ترجیح" ran left to right as one
        # Latin run, the name at the left of "B" and "B" away from its own words.
        head = f"<b>{isolate(_e(f.name))}</b>"
        how = method_words(f, compared, consensus) if reference and value is not None else ""
        if how:
            head += f" <span style='color:gray'>({how})</span>"
        lines = field_words(f, value, compared, data, reference)
        if len(lines) == 1:
            blocks.append(f"<p style='margin:0 0 4px 0'>{head}: {lines[0]}</p>")
        else:
            rows = "<br>".join(lines)
            blocks.append(f"<p style='margin:0 0 4px 0'>{head}<br>{rows}</p>")
    return "".join(blocks)


class WordsPane(QWidget):
    """A pane's body for a comparison item: its answer in words (see the module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTextBrowser(self)
        self.view.setObjectName("answerWords")
        self.view.setOpenLinks(False)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the review keys stay global
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_html(self, text: str) -> None:
        # The interface's direction: in Urdu a line starts at the right with the field.
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        direction = "rtl" if rtl else "ltr"  # notr: an HTML attribute's value
        self.view.setHtml(f"<div dir='{direction}'>{text}</div>")

    def text(self) -> str:
        """What the pane says, as plain text (for tests and the strip's tooltips)."""
        return self.view.toPlainText()

    def preferred_height(self, width: int) -> int | None:
        """None: the panes share the height beside the item's data, each scrolling."""
        return None

    def least_height(self, width: int) -> int:
        """The height its lines take at `width` (up to `LEAST_LINES` of them: a long
        rationale scrolls), so the stage lays the panes out where each shows its answer
        whole; in Urdu, whose Nastaliq lines are twice as tall, this decides the layout."""
        frame = 2 * self.view.frameWidth()
        document = self.view.document().clone()
        document.setTextWidth(max(width - frame, 1))
        most = LEAST_LINES * self.view.fontMetrics().lineSpacing()
        return int(min(document.size().height(), most) + frame)


def short_words(f: Field, value: Any) -> str | None:
    """A comparison field's value in a table cell's few words (plain text); None for
    the other kinds."""
    if f.kind == "pairwise":
        return pairwise_words(value)
    if f.kind == "ranking":
        return ranking_words(value)
    if not isinstance(value, dict):
        return None if f.kind not in COMPARISON_KINDS - {"rationale"} else "—"
    if f.kind == "criteria":
        return ", ".join(f"{row} {rating}" for row, rating in value.items())
    if f.kind == "flags":
        given = [
            translate("review.words", "{key}: {labels}").format(
                key=key, labels=", ".join(label_words(str(label)) for label in labels)
            )
            for key, labels in sorted(value.items())
            if isinstance(labels, list) and labels
        ]
        return " · ".join(given) or translate("review.words", "none")
    if f.kind == "record":
        return translate("review.words", "{count} keys").format(count=number(len(value)))
    return None
