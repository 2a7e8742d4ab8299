"""The labeling keys: one table of the workbench's actions (STYLE.md 6), built for the
open schema; the editor of its media adds its own."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from labeler.core.hotkeys import label_keys, one_key_field
from labeler.core.i18n import QT_TRANSLATE_NOOP
from labeler.core.schema import Schema
from labeler.ui.actions import Action
from labeler.ui.fields.comparing import PAIRWISE_ACTIONS
from labeler.ui.i18n import isolate, label_words, number, paragraph, translate
from labeler.ui.itemdata.content import KEY_LETTERS
from labeler.ui.keymap import ShownKeys, display_key, normalize_key

if TYPE_CHECKING:
    from labeler.ui.workbench.session import LabelingSession

#: Going back to earlier items and forward again: free on every labeling screen, and not
#: keys a text box uses, so they work while typing too.
PREVIOUS_ITEM = "Ctrl+PgUp"
NEXT_ITEM = "Ctrl+PgDown"
# Scrolling the answer column (its instructions below the fields): keys no text box, list
# of candidates or editor uses, so they work wherever the keyboard is.
COLUMN_DOWN = "Alt+PgDown"
COLUMN_UP = "Alt+PgUp"


def key_text(key: str) -> str:
    """A default key as the screen writes it."""
    return display_key(key)


def enter_named(key: str) -> str:
    """A key as keyboards label it: Return is Enter (Ctrl+Return is written Ctrl+Enter, as
    README and the legends name it)."""
    ret = key_text("Return")  # notr: a key
    return key[: -len(ret)] + "Enter" if key.endswith(ret) else key  # notr: a key


def one_key_labels(schema: Schema | None, keys: ShownKeys | None) -> str | None:
    """In a one-key project (a label key answers and submits), its keys as the screen
    writes them: "1, 2 or 3" ("a label key" when there are many); None elsewhere."""
    only = one_key_field(schema) if schema is not None else None
    if only is None:
        return None
    shown = [keys.label(only.name, label.value) if keys else None for label in only.labels]
    named = [k for k in shown if k]
    if not named or len(named) > 4:
        return translate("workbench.keys", "a label key")
    if len(named) == 1:
        return named[0]
    comma = translate("workbench.keys", ", ", "between the names of keys")
    return translate("workbench.keys", "{keys} or {last}").format(
        keys=comma.join(named[:-1]), last=named[-1]
    )


def session_actions(session: LabelingSession) -> list[Action]:
    """Labels from the schema, then the item's keys, then the editor's."""
    actions: list[Action] = []
    if session.schema is not None:
        for key in label_keys(session.schema):
            actions.append(
                Action(
                    f"label.{key.field}.{key.label}",
                    # The schema's own words: set apart, read from the right in Urdu.
                    paragraph(isolate(f"{label_words(key.label)} ({key.field})")),
                    (key.key,),
                    lambda k=key: session.pick_label(k.field, k.label),
                    group=translate("workbench.keys", "Labels"),
                )
            )
    item = translate("workbench.keys", "Item")
    actions += [
        Action(
            "item.submit",
            translate(
                "workbench.keys",
                "Submit and show the next item (on an earlier item: send the correction)",
            ),
            ("Return", "Enter"),  # notr: keys
            session.submit,
            group=item,
        ),
        Action(
            "item.submit_typing",
            translate("workbench.keys", "Submit (also while typing)"),
            ("Ctrl+Return",),
            session.submit,
            group=item,
            while_typing=True,
        ),
        Action(
            "item.skip",
            translate("workbench.keys", "Skip this item (with a reason)…"),
            ("Ctrl+K",),
            session.skip,
            group=item,
            while_typing=True,
        ),
        Action(
            "item.discard",
            translate("workbench.keys", "Discard this item's draft (Ctrl+Z brings it back)"),
            ("Ctrl+Shift+Backspace",),
            session.discard,
            group=item,
            while_typing=True,
        ),
        Action(
            "edit.undo",
            translate(
                "workbench.keys", "Undo (right after a submit: bring that item back to correct it)"
            ),
            ("Ctrl+Z",),
            session.undo,
            group=item,
            while_typing=True,
        ),
        Action(
            "edit.redo",
            translate("workbench.keys", "Redo"),
            ("Ctrl+Shift+Z", "Ctrl+Y"),
            session.redo,
            group=item,
            while_typing=True,
        ),
        Action(
            "item.previous",
            translate("workbench.keys", "Previous item: go back to correct an answer"),
            (PREVIOUS_ITEM,),
            session.back.back,
            group=item,
            while_typing=True,
        ),
        Action(
            "item.next",
            translate("workbench.keys", "Next item: forward again, to the current one"),
            (NEXT_ITEM,),
            session.back.forward,
            group=item,
            while_typing=True,
        ),
        Action(
            "item.column_down",
            translate("workbench.keys", "Scroll the answer column down (to the instructions)"),
            (COLUMN_DOWN,),
            lambda: session.page.scroll_column(1),
            group=item,
            while_typing=True,
        ),
        Action(
            "item.column_up",
            translate("workbench.keys", "Scroll the answer column up"),
            (COLUMN_UP,),
            lambda: session.page.scroll_column(-1),
            group=item,
            while_typing=True,
        ),
        Action(
            "gold.expected",
            translate("workbench.keys", "Show the expected answer of a missed control item"),
            ("Ctrl+G",),
            session.gold_review.toggle_expected,
            group=item,
        ),
        Action(
            "gold.back",
            translate(
                "workbench.keys", "Back to the current item (from an earlier or a missed item)"
            ),
            ("Escape",),  # notr: a key
            session.end_review,
            group=item,
        ),
    ]
    compared = comparison_actions(session)
    actions += compared
    if session.editor is not None:
        # On a comparison the arrows choose a side: an editor's key the comparison's keys
        # take (the image's nudges, the audio's seeks) is left out, not left in conflict.
        taken = {normalize_key(k) for a in compared if not a.claimed for k in a.keys}
        for action in session.editor.key_actions():
            keys = tuple(k for k in action.keys if normalize_key(k) not in taken)
            if keys:
                actions.append(replace(action, keys=keys) if keys != action.keys else action)
        actions += session.assists.actions()
    return actions


def comparison_actions(session: LabelingSession) -> list[Action]:
    """The keys of the schema's comparison fields: the pairwise sides and the flags'
    candidates are the window's; the ranking's, criteria's and record's are taken by
    the focused field itself (listed, never shortcuts)."""
    kinds = {f.kind for f in session.schema.fields} if session.schema is not None else set()
    group = translate("workbench.keys", "Comparison")
    actions: list[Action] = []
    if "pairwise" in kinds:
        choose = session.choose_side
        actions += [
            Action(PAIRWISE_ACTIONS["left"],
                   translate("workbench.keys", "The candidate on the left is better"),
                   ("Left",), lambda: choose("left"), group),  # notr: a key
            Action(PAIRWISE_ACTIONS["right"],
                   translate("workbench.keys", "The candidate on the right is better"),
                   ("Right",), lambda: choose("right"), group),  # notr: a key
            Action(PAIRWISE_ACTIONS["left_much"],
                   translate("workbench.keys", "The candidate on the left is much better"),
                   ("Shift+Left",), lambda: choose("left", True), group),
            Action(PAIRWISE_ACTIONS["right_much"],
                   translate("workbench.keys", "The candidate on the right is much better"),
                   ("Shift+Right",), lambda: choose("right", True), group),
            Action(PAIRWISE_ACTIONS["tie"], translate("workbench.keys", "A tie"),
                   ("T",), lambda: choose("tie"), group),
        ]  # fmt: skip
    if "flags" in kinds:
        said = translate("workbench.keys", "Flags: go to candidate {key}")
        for key in KEY_LETTERS:
            # Bound for every letter (an item may have up to ten candidates); the sheet
            # lists the letters of the candidates the item shown has.
            actions.append(
                Action(f"compare.flags_{key.lower()}", said.format(key=key), (f"Alt+{key}",),
                       lambda k=key: session.focus_candidate(k), group,
                       while_typing=True,
                       listed=lambda k=key: k in session.shown_candidates())
            )  # fmt: skip
    listed = [entry for kind, *entry in _TAKEN_BY_FIELDS if kind in kinds]
    for action_id, title, keys in listed:
        said = translate("workbench.keys", title)
        run = action_id in _RUNS
        if action_id == "compare.criteria_rate" and session.schema is not None:
            said, keys, run = _criteria_digits(session.schema)
        actions.append(
            Action(action_id, said, keys, _nothing, group, claimed=True, run=run)
        )  # fmt: skip
    return actions


def _criteria_digits(schema: Schema) -> tuple[str, tuple[str, ...], bool]:
    """What the sheet says of the criteria's digits: the title with the scale's range
    and the keys its points use (10 is 0, as the field takes it), as the field's own
    hint says them: "0–3" for a 0–3 scale, never "1 / 9"; and whether the keys are a
    run's ends (a long scale: "1–9" and 0 for 1–10)."""
    points = sorted(
        {
            point
            for f in schema.fields
            if f.kind == "criteria"
            for point in range(1 if f.min is None else f.min, (5 if f.max is None else f.max) + 1)
            if 0 <= point <= 10
        }
    )
    digits = tuple(dict.fromkeys(str(p % 10) for p in points))
    title = translate("workbench.keys", "Criteria: a digit {low}–{high} rates the row").format(
        low=number(points[0]) if points else "", high=number(points[-1]) if points else ""
    )
    if len(digits) <= _DIGITS_LISTED:
        return title, digits, False
    if digits[-1] == "0" and digits[0] != "0":  # 10 is the 0 after 9
        return title, (digits[0], digits[-2], "0"), True
    return title, (digits[0], digits[-1]), True


# The most digits the sheet lists one by one; a longer scale shows its two ends.
_DIGITS_LISTED = 6
# The claimed keys whose two keys are a run's ends (the digits that place a candidate).
_RUNS = frozenset({"compare.rank_place"})


#: Keys a focused field takes itself, by the kind of field: listed on the `?` sheet.
_TAKEN_BY_FIELDS = (
    ("ranking", "compare.rank_focus",
     QT_TRANSLATE_NOOP("workbench.keys", "Ranking: the next or previous candidate"),
     ("Down", "Up", "PgDown", "PgUp")),  # notr: keys
    ("ranking", "compare.rank_move",
     QT_TRANSLATE_NOOP("workbench.keys", "Ranking: the candidate one rank better or worse"),
     ("Ctrl+Up", "Ctrl+Down")),
    ("ranking", "compare.rank_place",
     QT_TRANSLATE_NOOP(
         "workbench.keys",
         "Ranking: a digit places the candidate at that rank, the others move down",
     ),
     ("1", "9")),
    ("ranking", "compare.rank_tie",
     QT_TRANSLATE_NOOP(
         "workbench.keys",
         "Ranking: tie the candidate with the rank before its own (when ties are allowed)",
     ),
     ("=",)),
    ("ranking", "compare.rank_out",
     QT_TRANSLATE_NOOP("workbench.keys", "Ranking: take the candidate out of the ranking"),
     ("Backspace",)),  # notr: a key
    ("criteria", "compare.criteria_row",
     QT_TRANSLATE_NOOP("workbench.keys", "Criteria: the next or previous row"),
     ("Tab", "Shift+Tab")),
    ("criteria", "compare.criteria_rate",
     QT_TRANSLATE_NOOP("workbench.keys", "Criteria: a digit rates the row"), ("1", "9")),
    ("flags", "compare.flags_row",
     QT_TRANSLATE_NOOP("workbench.keys", "Flags: the next or previous candidate"),
     ("Down", "Up", "PgDown", "PgUp")),  # notr: keys
    ("rationale", "compare.rationale_tab",
     QT_TRANSLATE_NOOP(
         "workbench.keys", "Rationale: Tab goes into its box to write why, Tab again leaves it"
     ),
     ("Tab",)),  # notr: a key
    ("record", "compare.record_confirm",
     QT_TRANSLATE_NOOP("workbench.keys", "Record: confirm the value as shown (typing corrects it)"),
     ("Return",)),  # notr: a key
    ("record", "compare.record_next",
     QT_TRANSLATE_NOOP("workbench.keys", "Record: the next or previous key"),
     ("Tab", "Shift+Tab")),
    ("record", "compare.record_leave",
     QT_TRANSLATE_NOOP(
         "workbench.keys", "Record: leave the form for the picture (Shift+Tab from the first key)"
     ),
     ("Escape",)),  # notr: a key
)  # fmt: skip  # notr: keys


def _nothing() -> None:
    """A key its field takes itself (a claimed action) has nothing to do here."""
