"""How the demo's simulated annotators answer one item.

An answer starts from what a careful annotator would give (the gold answer of a gold item,
else the item's truth, else its prefill) and takes the annotator's habits: small imprecision
on a right answer, now and then a mistake (a wrong label, a box shifted or missed, a span cut
short, a word changed in a transcript), for a careless one a streak of one answer given again
and again in a second or two. Every answer is checked with `labeler.core` before it leaves here.

Choices that must not depend on the order the server serves items in (gold items sit at
random places in a batch) are drawn per item, or per count of real answers: the same seed
then gives the same answers to the same real items.
"""

from __future__ import annotations

import copy
import math
import random
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from labeler.core.answers import ItemContext, validate_answer
from labeler.core.comparisonscores import dense_ranks
from labeler.core.problems import AnswerInvalid
from labeler.core.schema import Field, Schema
from labeler.core.scoring import score_answer

REGION_KINDS = ("boxes", "spans", "segments")
# The reasons the review workspace's reject dialog may list; every flaw names one of
# those it lists for the flaw's field (`labeler.ui.review.reject.reasons_for`).
REVIEW_REASONS = (
    "Wrong label",
    "Missed objects",
    "Imprecise boxes",
    "Incomplete transcript",
    "Preferred the worse answer",
    "Ranking out of order",
    "Ratings off",
    "Reason does not support the choice",
    "Missed a flag",
    "Record not checked against the item",
    "Record not checked against the photo",
    "Did not follow instructions",
    "Spam or random answers",
    "Other",
)
SPAM_MS = (500, 1_900)  # a rushed answer: well under the 2 s "too fast" line
SKIP_REASONS = {
    "image": ("The image is too dark to tell the scene.", "The image is blurred; I cannot box it."),
    "text": ("The sentence is cut off.", "I cannot read part of this text."),
    "audio": ("Too much line noise to hear the words.", "The clip plays silence for me."),
}


@dataclass(frozen=True)
class Habit:
    """How one simulated annotator works."""

    username: str
    accuracy: float  # share of answers without a mistake (outside a streak)
    pace: float  # active time relative to a careful annotator
    jitter: float  # pixels a right box is off by (tenths of a second for a region)
    skip_rate: float  # share of real items skipped with a reason
    streak: float = 0.0  # share of a project's real answers given in one streak


@dataclass(frozen=True)
class Flaw:
    """What a reviewer would say about a mistake: a reason from the review list and a comment."""

    reason: str
    comment: str


@dataclass(frozen=True)
class WorkItem:
    """An item as the simulated annotator sees it, with what it is not supposed to see."""

    key: str  # the same in every seeding: project key and catalogue index
    schema: Schema
    context: ItemContext
    gold: dict[str, Any] | None
    prefill: dict[str, Any] | None
    truth: dict[str, Any] | None
    #: Characters to read beside the item's text: its candidates and records.
    reading: int = 0


@dataclass(frozen=True)
class Given:
    """A simulated submission: an answer (or a skip reason), its active time, its flaws."""

    answer: dict[str, Any] | None
    skip_reason: str | None
    active_ms: int
    flaws: tuple[Flaw, ...] = ()
    rushed: bool = False


class _Tally:
    """Spreads `rate` of hits evenly over a count, from a seeded phase: the n-th call hits
    exactly when the running total of hits grows, so n calls hit about n × rate times."""

    def __init__(self, rate: float, phase: float) -> None:
        self.rate, self.phase, self.count = rate, phase, 0

    def hit(self) -> bool:
        self.count += 1
        before = math.floor((self.count - 1) * self.rate + self.phase)
        return math.floor(self.count * self.rate + self.phase) > before


@dataclass
class _Project:
    """One annotator's running state in one project (streaks are counted per project)."""

    streak_start: int = -1  # the count of real answers after which the streak starts
    streak_length: int = 0
    real_answers: int = 0
    streak_left: int = 0
    last_real: dict[str, Any] = field(default_factory=dict)


class Annotator:
    """One simulated annotator: `answer(project_key, item)` gives its next submission."""

    def __init__(self, habit: Habit, seed: int) -> None:
        self.habit = habit
        self._seed = seed
        self._projects: dict[str, _Project] = {}
        err, phases = 1.0 - habit.accuracy, self._rng("phases")
        self._gold_phase = phases.random()
        self._gold_answered = self._gold_failed = 0
        self._real_mistakes = _Tally(err, phases.random())
        self._skips = _Tally(habit.skip_rate, phases.random())

    def _rng(self, *parts: object) -> random.Random:
        return random.Random(":".join(str(p) for p in (self._seed, self.habit.username, *parts)))

    def expect(self, project: str, real_answers: int) -> None:
        """Plan the annotator's streak in `project`, where it will give `real_answers` real
        answers: a streak long enough to stand out, placed where it fits."""
        length = round(real_answers * self.habit.streak)
        if length < 3:
            return
        start = self._rng(project, "streak").randint(1, max(1, real_answers - length))
        self._projects[project] = _Project(streak_start=start, streak_length=length)

    def _state(self, project: str) -> _Project:
        return self._projects.setdefault(project, _Project())

    def answer(self, project: str, item: WorkItem) -> Given:
        """The annotator's submission for `item` of `project`."""
        state = self._state(project)
        rng = self._rng(item.key)
        real = item.gold is None
        if real and self._skips.hit():
            reasons = SKIP_REASONS[item.schema.media]
            seconds = rng.uniform(4, 15) * self.habit.pace
            return Given(None, rng.choice(reasons), int(seconds * 1000))
        if state.streak_left > 0 and (spam := _spam(item, state.last_real)) is not None:
            given = _rushed(rng, spam)
        else:
            wrong = self._real_mistakes.hit() if real else self._gold_due()
            answer, flaws = self._make(rng, item, wrong)
            given = Given(answer, None, self._active_ms(rng, item, answer), flaws)
        if real:
            self._after_real(project, state, given)
        else:
            assert given.answer is not None
            self._gold_answered += 1
            self._gold_failed += not _passes(item, given.answer)
        return given

    def _gold_due(self) -> bool:
        """Whether the next gold answer is a mistake: failed verdicts are kept at the habit's
        rate, counting those of a streak (whichever gold items the server mixed in)."""
        err = 1.0 - self.habit.accuracy
        return self._gold_failed < math.floor((self._gold_answered + 1) * err + self._gold_phase)

    def _after_real(self, project: str, state: _Project, given: Given) -> None:
        state.real_answers += 1
        if given.answer is not None:
            state.last_real = given.answer
        if state.streak_left > 0:
            state.streak_left -= 1
        elif state.real_answers == state.streak_start:
            state.streak_left = state.streak_length

    def _make(self, rng: random.Random, item: WorkItem, wrong: bool) -> tuple[dict, tuple]:
        base = item.gold or item.truth or item.prefill
        if base is None:
            raise ValueError(f"{item.key}: no gold, truth or prefill to answer from")
        right = _valid(item, _precise(rng, item, base, self.habit.jitter))
        if right is None or (item.gold is not None and not _passes(item, right)):
            right = copy.deepcopy(base)
        if not wrong:
            return right, ()
        flaws: list[Flaw] = []
        answer = copy.deepcopy(right)
        if item.prefill is not None and item.prefill != base and rng.random() < 0.5:
            answer = copy.deepcopy(item.prefill)
            flaws.append(_CONFIRMED)
        # A gold mistake must fail its verdict, so a wrong answer is counted as one.
        for _ in range(6):
            if flaws and (item.gold is None or not _passes(item, answer)):
                break
            flaw = _mistake(rng, item, answer)
            if flaw is None:
                break
            flaws.append(flaw)
        checked = _valid(item, answer)
        if checked is None or not flaws:
            return right, ()
        return checked, tuple(flaws)

    def _active_ms(self, rng: random.Random, item: WorkItem, answer: dict) -> int:
        seconds = careful_seconds(item, answer) * self.habit.pace * rng.uniform(0.75, 1.35)
        return int(max(seconds, 0.8) * 1000)


_CONFIRMED = Flaw(
    "Did not follow instructions", "The suggested answer was confirmed without checking it."
)


def careful_seconds(item: WorkItem, answer: dict[str, Any]) -> float:
    """How long a careful annotator works on the answer: reading, listening, each region."""
    context, seconds = item.context, 2.0
    if context.text is not None:
        seconds += len(context.text) / 20
    if context.duration is not None:
        seconds += context.duration * 1.3
    seconds += item.reading / 20
    for f in item.schema.fields:
        value = answer.get(f.name)
        if f.kind in REGION_KINDS:
            seconds += 2.0 + 3.5 * len(value or [])
        elif f.kind in ("ranking", "criteria", "record") and isinstance(value, dict):
            seconds += 1.5 * len(value)
        elif f.kind == "rationale" and isinstance(value, str):
            seconds += len(value) / 4  # typed
        elif f.kind == "transcript":
            seconds += 1.6 * len(str(value or "").split())
        else:
            seconds += 1.5
    return seconds * (0.6 if item.prefill is not None else 1.0)


def _rushed(rng: random.Random, answer: dict[str, Any]) -> Given:
    flaw = Flaw(
        "Spam or random answers",
        "The same answer, given in under two seconds to item after item.",
    )
    return Given(answer, None, rng.randint(*SPAM_MS), (flaw,), rushed=True)


def _spam(item: WorkItem, last: dict[str, Any]) -> dict[str, Any] | None:
    """The answer of a streak: the last choices again, no regions; None when the
    schema asks for something the same answer again cannot give (a transcript)."""
    answer: dict[str, Any] = {}
    for f in item.schema.fields:
        if f.kind in ("choice", "rating", "multichoice"):
            default: Any = {"choice": _values(f)[0], "rating": f.min, "multichoice": []}[f.kind]
            answer[f.name] = last.get(f.name, default)
        elif f.kind in REGION_KINDS and not f.required:
            answer[f.name] = []
        elif f.kind == "pairwise":
            # A rushed comparer takes the left answer, "much better" (no rationale asked):
            # the position bias the analytics show.
            answer[f.name] = {"winner": "A", "strength": 2} if f.strength else {"winner": "A"}
        elif f.kind == "ranking" and item.context.candidates:
            answer[f.name] = {k: n for n, k in enumerate(item.context.candidates, start=1)}
        elif f.kind == "criteria" and f.max is not None:
            rows = f.row_values() or item.context.candidates or ()
            answer[f.name] = {row: f.max for row in rows}
        elif f.kind == "record" and item.prefill and f.name in item.prefill:
            answer[f.name] = copy.deepcopy(item.prefill[f.name])  # confirmed unread
        elif f.required:
            return None
    return _valid(item, answer)


def _values(f: Field) -> list[str]:
    return [label.value for label in f.labels]


def _valid(item: WorkItem, answer: dict[str, Any]) -> dict[str, Any] | None:
    try:
        return validate_answer(item.schema, answer, item.context)
    except AnswerInvalid:
        return None


def _passes(item: WorkItem, answer: dict[str, Any]) -> bool:
    assert item.gold is not None
    return score_answer(item.schema, answer, item.gold).passed


def _precise(rng: random.Random, item: WorkItem, base: dict, jitter: float) -> dict[str, Any]:
    """The base answer as a person gives it: boxes and regions a little off, never exact."""
    answer = copy.deepcopy(base)
    context = item.context
    for f in item.schema.fields:
        value = answer.get(f.name)
        if f.kind == "boxes" and value and context.width and context.height:
            answer[f.name] = [
                _box(b, context.width, context.height, rng, jitter, jitter) for b in value
            ]
        elif f.kind == "segments" and value and context.duration:
            spread = jitter / 40
            answer[f.name] = [_segment(s, context.duration, rng, spread) for s in value]
        elif f.kind == "transcript" and isinstance(value, str) and jitter >= 4:
            # A hurried typist drops case and punctuation (the same words for WER).
            kept = (c for c in value if not unicodedata.category(c).startswith("P"))
            answer[f.name] = "".join(kept).lower()
    return answer


def _box(box: dict, width: int, height: int, rng: random.Random, dx: float, dy: float) -> dict:
    x = box["x"] + rng.uniform(-dx, dx)
    y = box["y"] + rng.uniform(-dy, dy)
    w = box["w"] + rng.uniform(-dx, dx)
    h = box["h"] + rng.uniform(-dy, dy)
    x, y = min(max(0, round(x)), width - 1), min(max(0, round(y)), height - 1)
    w, h = max(1, min(round(w), width - x)), max(1, min(round(h), height - y))
    return {**box, "x": x, "y": y, "w": w, "h": h}


def _segment(seg: dict, duration: float, rng: random.Random, spread: float) -> dict:
    start = min(max(0.0, seg["start"] + rng.uniform(-spread, spread)), duration - 0.05)
    end = min(max(start + 0.05, seg["end"] + rng.uniform(-spread, spread)), duration)
    return {**seg, "start": round(start, 2), "end": round(end, 2)}


def _mistake(rng: random.Random, item: WorkItem, answer: dict[str, Any]) -> Flaw | None:
    """Change `answer` in place by one mistake a person makes; None when none fits."""
    makers = []
    for f in item.schema.fields:
        value = answer.get(f.name)
        if f.kind == "choice" and len(f.labels) > 1 and value is not None:
            makers.append((f, _wrong_choice))
        elif f.kind == "boxes" and value:
            makers.append((f, _wrong_boxes))
        elif f.kind == "spans" and value:
            makers.append((f, _wrong_spans))
        elif f.kind == "segments" and value:
            makers.append((f, _wrong_segments))
        elif f.kind == "transcript" and isinstance(value, str) and value.split():
            makers.append((f, _wrong_transcript))
        elif f.kind == "pairwise" and isinstance(value, dict):
            makers.append((f, _wrong_preference))
        elif f.kind == "ranking" and isinstance(value, dict) and len(value) > 1:
            makers.append((f, _wrong_ranking))
        elif f.kind == "criteria" and isinstance(value, dict) and value:
            makers.append((f, _wrong_criteria))
        elif f.kind == "record" and isinstance(value, dict) and value:
            makers.append((f, _wrong_record))
    if not makers:
        return None
    f, maker = rng.choice(makers)
    return maker(rng, f, answer, item.context)


def _wrong_choice(rng: random.Random, f: Field, answer: dict, context: ItemContext) -> Flaw:
    right = answer[f.name]
    answer[f.name] = rng.choice([v for v in _values(f) if v != right])
    return Flaw("Wrong label", f"The {f.name} is {right}, not {answer[f.name]}.")


def _wrong_boxes(rng: random.Random, f: Field, answer: dict, context: ItemContext) -> Flaw:
    boxes: list[dict] = answer[f.name]
    how = rng.choice(("miss", "shift", "label") if len(f.labels) > 1 else ("miss", "shift"))
    if how == "miss":
        smallest = min(boxes, key=lambda b: b["w"] * b["h"])
        boxes.remove(smallest)
        return Flaw("Missed objects", f"The small {smallest['label']} is not boxed.")
    box = boxes[rng.randrange(len(boxes))]
    if how == "label":
        box["label"] = rng.choice([v for v in _values(f) if v != box["label"]])
        return Flaw("Wrong label", f"A box is labelled {box['label']}; look at it again.")
    width = context.width or box["x"] + box["w"]
    step = max(2, round(box["w"] * 0.6))
    box["x"] = box["x"] + step if box["x"] + step + box["w"] <= width else max(0, box["x"] - step)
    return Flaw("Imprecise boxes", f"The {box['label']} box misses most of the object.")


def _wrong_spans(rng: random.Random, f: Field, answer: dict, context: ItemContext) -> Flaw:
    spans: list[dict] = answer[f.name]
    span = spans[rng.randrange(len(spans))]
    text = context.text or ""
    inside = text[span["start"] : span["end"]]
    if " " in inside.strip():  # a name of several words: only its first word selected
        span["end"] = span["start"] + inside.index(" ")
        return Flaw("Did not follow instructions", "Select the whole name as one span.")
    if len(f.labels) > 1 and rng.random() < 0.5:
        span["label"] = rng.choice([v for v in _values(f) if v != span["label"]])
        return Flaw("Wrong label", f"“{inside}” is not a {span['label']}.")
    spans.remove(span)
    return Flaw("Missed objects", f"“{inside}” needs a span too.")


def _wrong_segments(rng: random.Random, f: Field, answer: dict, context: ItemContext) -> Flaw:
    segments: list[dict] = answer[f.name]
    seg = segments[rng.randrange(len(segments))]
    if rng.random() < 0.5 and len(segments) > 1:
        segments.remove(seg)
        return Flaw("Missed objects", f"The {seg['label']} region is not marked.")
    seg["end"] = round(seg["start"] + (seg["end"] - seg["start"]) * 0.35, 2)
    return Flaw("Other", f"The {seg['label']} region stops long before the sound does.")


def _wrong_transcript(rng: random.Random, f: Field, answer: dict, context: ItemContext) -> Flaw:
    words = answer[f.name].split()
    changed = max(1, round(len(words) * 0.15))
    for _ in range(changed):
        at = rng.randrange(len(words))
        if len(words) > 2 and rng.random() < 0.5:
            del words[at]
        else:
            words[at] = words[(at + 1) % len(words)]  # a word heard twice
    answer[f.name] = " ".join(words)
    return Flaw("Incomplete transcript", "Some words are missing or misheard; listen again.")


def _wrong_preference(rng: random.Random, f: Field, answer: dict, context: ItemContext) -> Flaw:
    right = answer[f.name]["winner"]
    wrong = {"A": "B", "B": "A"}.get(right) or rng.choice("AB")
    answer[f.name] = {"winner": wrong}
    if wrong != "tie" and f.strength:
        answer[f.name]["strength"] = 1
    return Flaw(
        "Preferred the worse answer", f"Answer {wrong} is not the better one; read both again."
    )


def _wrong_ranking(rng: random.Random, f: Field, answer: dict, context: ItemContext) -> Flaw:
    ranks: dict[str, int] = answer[f.name]
    order = sorted(ranks, key=lambda k: (ranks[k], k))
    at = rng.randrange(len(order) - 1)
    a, b = order[at], order[at + 1]
    ranks[a], ranks[b] = ranks[b], ranks[a]
    if ranks[a] == ranks[b] and not f.ties:  # swapping a tie changes nothing: break it
        ranks[a] += 1
    answer[f.name] = dense_ranks(ranks)  # as the workbench numbers a ranking
    return Flaw("Ranking out of order", f"{b} belongs above {a} in the ranking.")


def _wrong_criteria(rng: random.Random, f: Field, answer: dict, context: ItemContext) -> Flaw:
    ratings: dict[str, int] = answer[f.name]
    row = rng.choice(sorted(ratings))
    low, high = f.min if f.min is not None else 1, f.max if f.max is not None else 5
    right = ratings[row]
    ratings[row] = low if right - low >= high - right else high
    return Flaw("Ratings off", f"{row} is rated {ratings[row]}; look again.")


def _wrong_record(rng: random.Random, f: Field, answer: dict, context: ItemContext) -> Flaw:
    values: dict[str, str] = answer[f.name]
    key = rng.choice(sorted(k for k in values if values[k]) or sorted(values))
    text = str(values[key] or "")
    values[key] = text[:-1] if len(text) > 1 else f"{text}?"  # a character lost typing
    return Flaw("Record not checked against the photo", f"The {key} does not match the photo.")
