"""What a program that hosts plugins does with them, Qt-free: it picks the assist for a
prompt, keeps the proposals the annotator has not yet accepted or rejected, and runs the
checks before a submit.

The workbench asks an assist about a `Target` (a field, a prompt, and the region the
proposals would stand in for); what comes back is `Pending` until a key accepts one
proposal (an ordinary operation of the draft: one undo step) or rejects them. A plugin's
answer is not trusted: a proposal that is not a valid value of its field for the item
is left out, and said so.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from labeler.core.answers import ItemContext, validate_answer
from labeler.core.editing import REGION_KINDS, Change, Draft
from labeler.core.plugins.api import Assist, Check, CheckWarning, ItemView, Prompt, Proposal
from labeler.core.problems import AnswerInvalid, Problem
from labeler.core.schema import Field, Schema

#: Field kinds an assist may propose labels for (`{"label": value}`), besides regions.
LABEL_KINDS = frozenset({"choice", "multichoice"})


def answers_kinds(assist: Assist) -> frozenset[str]:
    """The field kinds `assist` proposes for: what it says in `fields` (beyond the
    protocol), else the region kinds (the protocol's regions, spans and segments)."""
    declared = getattr(assist, "fields", None)
    if isinstance(declared, Iterable) and not isinstance(declared, str):
        return frozenset(str(kind) for kind in declared)
    return REGION_KINDS


def fitting(assists: Iterable[Assist], media: str, prompt: str, field_kind: str) -> list[Assist]:
    """The assists that take a `prompt` on `media` for a field of `field_kind`, best
    first: those that say which field kinds they answer before those that do not (a
    general one, such as an ML backend, may not be set up for this project)."""
    found = [
        a
        for a in assists
        if media in a.media and prompt in a.prompts and field_kind in answers_kinds(a)
    ]
    return sorted(found, key=lambda a: getattr(a, "fields", None) is None)


@dataclass(frozen=True)
class Target:
    """What an assist is asked about: `field` of the schema, the `prompt`, and the
    region of `field` the proposals stand in for (`replaces`: a box to tighten, a
    polygon to snap) as it was when asked, or None: a proposal is added."""

    field: str
    prompt: Prompt
    replaces: int | None = None
    original: Mapping[str, Any] | None = None


class Refused(ValueError):
    """A proposal cannot be accepted into the draft as it stands: `why` is "full" (the
    field holds `max_count` regions already) or "changed" (the region it stood in for is
    not what it was when the assist was asked)."""

    def __init__(self, why: str, field: str, max_count: int | None = None) -> None:
        self.why, self.field, self.max_count = why, field, max_count
        super().__init__(
            f"{field} holds at most {max_count}"
            if why == "full"
            else f"the region of {field} it was asked about has changed since"
        )


def usable(
    proposals: Sequence[Proposal], schema: Schema, target: Target, context: ItemContext
) -> tuple[list[Proposal], list[str]]:
    """The proposals that are valid values of the target's field for this item, and a
    problem for each one left out."""
    field = schema.field(target.field)
    loose = replace(field, required=False, max_count=None)
    one = Schema(schema.title, schema.media, "", (loose,))
    kept, problems = [], []
    for n, proposal in enumerate(proposals):
        value = _with_label(proposal, field, target.prompt)
        if proposal.field != field.name:
            problems.append(f"proposal {n}: for field {proposal.field!r}, not {field.name!r}")
            continue
        try:
            validate_answer(one, {field.name: _as_answer(field, value)}, context)
        except AnswerInvalid as exc:
            problems.append(f"proposal {n}: {exc}")
            continue
        except (TypeError, KeyError) as exc:  # a value that is not even an object
            problems.append(f"proposal {n}: {type(exc).__name__}: {exc}")
            continue
        confidence = proposal.confidence
        if not isinstance(confidence, int | float) or not 0 <= confidence <= 1:
            confidence = None
        kept.append(Proposal(field.name, value, confidence))
    return kept, problems


def _with_label(proposal: Proposal, field: Field, prompt: Prompt) -> dict[str, Any]:
    """The proposal's value, with the armed label when it names none (a proposal takes
    the armed label: `Prompt.label`)."""
    value = dict(proposal.value) if isinstance(proposal.value, Mapping) else {}
    if "label" not in value and prompt.label is not None:
        value["label"] = prompt.label
    return value


def _as_answer(field: Field, value: Mapping[str, Any]) -> Any:
    if field.kind in REGION_KINDS:
        return [dict(value)]
    label = value.get("label") if set(value) == {"label"} else value
    if field.kind == "multichoice":
        return [label]
    if field.kind == "choice":
        return label
    raise AnswerInvalid([Problem(field.name, f"a {field.kind} field takes no proposals")])


class Pending:
    """One answer of an assist: its proposals, one of them current, until the annotator
    accepts or rejects. Proposals from a click, a box or a polygon are alternatives for
    one thing (accepting one drops the others); those for the whole item (`item`
    prompt) are each their own, gone through one by one."""

    def __init__(self, target: Target, proposals: Sequence[Proposal], assist: str) -> None:
        self.target = target
        self.proposals = list(proposals)
        self.assist = assist
        self.current = 0

    @property
    def alternatives(self) -> bool:
        return self.target.prompt.kind != "item"

    def proposal(self) -> Proposal:
        return self.proposals[self.current]

    def cycle(self, step: int) -> None:
        """Tab, Shift+Tab: the next or previous proposal becomes the current one."""
        if self.proposals:
            self.current = (self.current + step) % len(self.proposals)

    def reject(self) -> bool:
        """Escape: the proposals go (for the whole item: the current one); True while
        some remain."""
        if self.alternatives:
            self.proposals = []
        else:
            del self.proposals[self.current]
            self.current = min(self.current, max(0, len(self.proposals) - 1))
        return bool(self.proposals)

    def accept(self, draft: Draft) -> tuple[Change, int | None]:
        """Enter: the current proposal into the draft as one of its operations (one undo
        step); returns the change and the index of the region it made or changed (None
        for a label). The proposals then go as `reject` says. Raises `Refused` when the
        draft cannot take it."""
        proposal = self.proposal()
        field = draft.schema.field(proposal.field)
        value = copy.deepcopy(dict(proposal.value))
        if field.kind in REGION_KINDS:
            change, index = self._region(draft, field, value)
        else:
            change, index = _label(draft, field, value["label"]), None
        self.reject()
        return change, index

    def _region(self, draft: Draft, field: Field, value: dict[str, Any]) -> tuple[Change, int]:
        target = self.target
        regions = draft.regions(field.name)
        if target.replaces is not None and field.name == target.field:
            index = target.replaces
            if index >= len(regions) or regions[index] != target.original:
                raise Refused("changed", field.name)
            change = draft.update_region(field.name, index, value)
            return change or Change(field.name, index), index
        if field.max_count is not None and len(regions) >= field.max_count:
            raise Refused("full", field.name, field.max_count)
        index = draft.add_region(field.name, value)
        return Change(field.name), index


def _label(draft: Draft, field: Field, label: str) -> Change:
    if field.kind == "choice":
        change = draft.set_value(field.name, label)
    else:
        chosen = list(draft.value(field.name) or [])
        change = draft.set_value(field.name, chosen + [label]) if label not in chosen else None
    return change or Change(field.name)


@dataclass(frozen=True)
class Found:
    """What one check said: its warnings, or why it could not say (it raised)."""

    check: str
    warnings: tuple[CheckWarning, ...] = ()
    error: str | None = None


def run_checks(
    checks: Iterable[Check], item: ItemView, schema: Schema, answer: Mapping[str, Any]
) -> list[Found]:
    """Every check on `answer`, each in its own error boundary (a check that raises, or
    answers something else than warnings, is reported and the others run)."""
    found = []
    for check in checks:
        name = str(getattr(check, "title", "") or getattr(check, "name", "check"))
        try:
            said = list(check.check(item, schema, copy.deepcopy(dict(answer))))
            if not all(isinstance(w, CheckWarning) for w in said):
                raise TypeError("a check answers CheckWarning objects")
            found.append(Found(name, tuple(said)))
        except Exception as exc:  # noqa: BLE001 - a broken check must not stop a submit
            found.append(Found(name, error=f"{type(exc).__name__}: {exc}"))
    return found
