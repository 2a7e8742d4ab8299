"""A lead's figures of one project: `GET /projects/{id}/stats`, typed and checked, and
who needs a look.

`parse_stats` takes both shapes of the answer: the protocol's (progress, agreement, and
per annotator submissions, gold answered and accuracy, median active time, accepted and
rejected) and this task server's extensions (the project's median active time and
too-fast threshold; per annotator gold passed, the Wilson interval, acceptance rate,
too-fast answers and the longest streak of identical answers; per field a confusion matrix
against gold). What an older server leaves out is worked out where it can be (the
interval from passed and answered, the threshold from the median) and None where not.
Anything off the protocol raises `BadResponse` naming the place.

Qt-free; `fetch` calls the network.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from labeler.client import wire
from labeler.client.api import TaskServer
from labeler.client.jsonread import Reader
from labeler.core.quality import NO_LABEL, too_fast_threshold, wilson_interval

#: Who needs a look: a share of too-fast answers from this many submissions up…
TOO_FAST_SHARE = 0.2
TOO_FAST_MIN = 3
#: …and a streak of identical answers this long.
LONG_STREAK = 12
#: Sizes a well-behaved server stays far below; more is refused as hostile.
MAX_ANNOTATORS = 100_000
MAX_LABELS = 1_000

_METRICS = {
    "krippendorff_alpha": "Krippendorff's alpha",
    "krippendorff_alpha_ordinal": "Krippendorff's alpha (ordinal)",
    "kendall_w": "Kendall's W",
    "mean_pairwise_wer": "mean pairwise 1 − WER",
    "mean_pairwise_record_fields": "mean pairwise share of equal keys",
}


@dataclass(frozen=True)
class Agreement:
    """How much annotators agree on a field: the metric's name and its value (None when
    no item has two answers). Alpha may be negative; the rest lie in [0, 1]."""

    metric: str
    value: float | None

    @property
    def title(self) -> str:
        """The metric in plain words: `Krippendorff's alpha`, `mean pairwise box F1`."""
        return metric_title(self.metric)


@dataclass(frozen=True)
class Confusion:
    """Counts of expected (gold, row) against given (column) labels; `""` is "none"."""

    labels: tuple[str, ...]
    matrix: tuple[tuple[int, ...], ...]

    @property
    def total(self) -> int:
        return sum(sum(row) for row in self.matrix)

    @property
    def largest(self) -> int:
        return max((max(row) for row in self.matrix if row), default=0)

    def row_total(self, row: int) -> int:
        return sum(self.matrix[row])

    def agreed(self) -> float | None:
        """The share on the diagonal (given as expected); None when empty."""
        total = self.total
        diagonal = sum(self.matrix[i][i] for i in range(len(self.labels)))
        return diagonal / total if total else None


@dataclass(frozen=True)
class FieldStats:
    """One field: its kind (None when not given), agreement and confusion (None when
    the server gives none: kinds other than choice, multichoice and rating)."""

    name: str
    kind: str | None
    agreement: Agreement | None
    confusion: Confusion | None


@dataclass(frozen=True)
class AnnotatorFigures:
    """One annotator's figures in a project (None: not given by this task server)."""

    user: str
    submissions: int
    gold_answered: int
    gold_passed: int | None
    gold_accuracy: float | None
    gold_accuracy_ci: tuple[float, float] | None
    median_active_ms: float | None
    accepted: int
    rejected: int
    acceptance_rate: float | None
    too_fast: int | None
    longest_streak: int | None
    #: Position and length bias per pairwise field (empty: none, or not given).
    pairwise_bias: tuple[PairwiseBiasFigures, ...] = ()


@dataclass(frozen=True)
class PairwiseBiasFigures:
    """One annotator on one pairwise field (docs/protocol.md `pairwise_bias`): of
    `preferences` for a side, `prefers_a` for A; of `compared_lengths` between candidates
    of different lengths, `prefers_longer` for the longer; each share's binomial p-value
    and whether the task server flags it."""

    field: str
    preferences: int
    prefers_a: int
    a_share: float | None
    position_p: float | None
    position_flag: bool
    compared_lengths: int
    prefers_longer: int
    longer_share: float | None
    length_p: float | None
    length_flag: bool


@dataclass(frozen=True)
class ProposalFigures:
    """How annotators treated one field's proposals (the items' prefill): of `answers`
    to items whose prefill gave the field a value, `changed` differ from it; the mean
    size of the change is in [0, 1] (1 minus the field's gold similarity, `measure` its
    metric: `box_f1`, `jaccard`, `wer`…; "" from a server that does not say)."""

    field: str
    answers: int
    changed: int
    changed_share: float | None
    mean_change: float | None
    measure: str = ""


@dataclass(frozen=True)
class Stats:
    """`GET /projects/{id}/stats`; `proposals` is empty for a project without prefill
    (or a server that does not say)."""

    items_total: int
    items_done: int
    submissions: int
    median_active_ms: float | None
    too_fast_ms: float
    annotators: tuple[AnnotatorFigures, ...]
    fields: tuple[FieldStats, ...]
    raw: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)
    proposals: tuple[ProposalFigures, ...] = ()

    def annotator(self, user: str) -> AnnotatorFigures | None:
        return next((a for a in self.annotators if a.user == user), None)


@dataclass(frozen=True)
class Flag:
    """Why an annotator needs a look: a short word for the table and a sentence."""

    kind: str  # "accuracy", "too_fast", "streak", "position", "length"
    word: str
    text: str
    #: The pairwise field a position or length flag is about.
    field: str | None = None


def metric_title(metric: str) -> str:
    """A metric id in plain words."""
    if metric in _METRICS:
        return _METRICS[metric]
    if metric.startswith("mean_pairwise_"):
        words = metric.removeprefix("mean_pairwise_").split("_")
        words = [w.upper() if w in ("f1", "wer", "iou") else w for w in words]
        return "mean pairwise " + " ".join(words)
    return metric.replace("_", " ")


# -- parsing ------------------------------------------------------------------------------------


def _fraction(r: Reader, key: str) -> float | None:
    value = r.opt_number(key)
    if value is not None and not 0.0 <= value <= 1.0:
        raise r.fail("must lie between 0 and 1", key)
    return value


def _is_fraction(value: Any) -> bool:
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    return ok and 0.0 <= value <= 1.0  # NaN fails both comparisons


def _username(r: Reader) -> str:
    """`{"id", "username"}`, a bare username, or null (a user no longer there)."""
    value = r.obj().get("user")
    if value is None:
        return "(unknown user)"
    if isinstance(value, str):
        if not value:
            raise r.fail("must not be empty", "user")
        return value[:200]
    return r.get("user").text("username", max_len=200)


def _interval(r: Reader, passed: int | None, answered: int) -> tuple[float, float] | None:
    if r.obj().get("gold_accuracy_ci") is None:
        if passed is None or answered == 0:
            return None
        return wilson_interval(passed, answered)
    ends = [e.value for e in r.entries("gold_accuracy_ci")]
    if len(ends) != 2 or not all(_is_fraction(v) for v in ends) or ends[0] > ends[1]:
        raise r.fail("must be [low, high], two fractions between 0 and 1", "gold_accuracy_ci")
    low, high = float(ends[0]), float(ends[1])
    return low, high


def parse_annotator(r: Reader) -> AnnotatorFigures:
    """One entry of `annotators`."""
    answered = r.opt_integer("gold_answered") or 0
    passed = r.opt_integer("gold_passed")
    if passed is not None and passed > answered:
        raise r.fail("must not exceed gold_answered", "gold_passed")
    accuracy = _fraction(r, "gold_accuracy")
    if accuracy is None and passed is not None and answered:
        accuracy = passed / answered
    if passed is None and accuracy is not None and answered:
        passed = round(accuracy * answered)
    accepted = r.opt_integer("accepted") or 0
    rejected = r.opt_integer("rejected") or 0
    rate = _fraction(r, "acceptance_rate")
    if r.obj().get("acceptance_rate") is None and accepted + rejected:
        rate = accepted / (accepted + rejected)
    median = r.opt_number("median_active_ms")
    if median is not None and median < 0:
        raise r.fail("must be at least 0", "median_active_ms")
    return AnnotatorFigures(
        user=_username(r),
        submissions=r.opt_integer("submissions") or 0,
        gold_answered=answered,
        gold_passed=passed,
        gold_accuracy=accuracy,
        gold_accuracy_ci=_interval(r, passed, answered),
        median_active_ms=median,
        accepted=accepted,
        rejected=rejected,
        acceptance_rate=rate,
        too_fast=r.opt_integer("too_fast"),
        longest_streak=r.opt_integer("longest_streak"),
        pairwise_bias=_pairwise_bias(r),
    )


def _pairwise_bias(r: Reader) -> tuple[PairwiseBiasFigures, ...]:
    raw = r.opt_mapping("pairwise_bias") or {}
    out = []
    for name in sorted(raw):
        f = r.get("pairwise_bias").get(name)
        n, k = f.opt_integer("preferences") or 0, f.opt_integer("prefers_a") or 0
        m, j = f.opt_integer("compared_lengths") or 0, f.opt_integer("prefers_longer") or 0
        if k > n or j > m:
            raise f.fail("counts a share larger than its whole")
        out.append(
            PairwiseBiasFigures(
                field=name[:200],
                preferences=n,
                prefers_a=k,
                a_share=_fraction(f, "a_share"),
                position_p=_fraction(f, "position_p"),
                position_flag=f.flag("position_flag", False),
                compared_lengths=m,
                prefers_longer=j,
                longer_share=_fraction(f, "longer_share"),
                length_p=_fraction(f, "length_p"),
                length_flag=f.flag("length_flag", False),
            )
        )
    return tuple(out)


def parse_confusion(r: Reader) -> Confusion | None:
    """`{"labels": [...], "matrix": [[int]]}` (square, one row and column per label)."""
    if r.value is None:
        return None
    labels = r.entries("labels")
    if len(labels) > MAX_LABELS:
        raise r.fail(f"lists more than {MAX_LABELS} labels", "labels")
    names = []
    for label in labels:
        if not isinstance(label.value, str) or len(label.value) > 10_000:
            raise label.fail("must be a string")
        names.append(label.value)
    if len(set(names)) != len(names):
        raise r.fail("lists a label twice", "labels")
    rows = r.entries("matrix")
    if len(rows) != len(names):
        raise r.fail("must have one row per label", "matrix")
    matrix = []
    for row in rows:
        if not isinstance(row.value, list) or len(row.value) != len(names):
            raise row.fail("must have one count per label")
        for count in row.value:
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise row.fail("must hold counts (integers of at least 0)")
        matrix.append(tuple(row.value))
    return Confusion(tuple(names), tuple(matrix))


def _agreement(r: Reader) -> Agreement:
    if not isinstance(r.value, dict):  # the protocol's older form: the bare value
        value = Reader({"value": r.value}, r.what, r.path).opt_number("value")
        return Agreement("", value)
    value = r.opt_number("value")
    if value is not None and not -1.0 <= value <= 1.0:
        raise r.fail("must lie between -1 and 1", "value")
    return Agreement(r.opt_text("metric", max_len=200) or "", value)


def _fields(r: Reader) -> tuple[FieldStats, ...]:
    agreement = r.opt_mapping("agreement") or {}
    given = r.opt_mapping("fields") or {}
    out = []
    for name in list(given) + [n for n in agreement if n not in given]:
        f = r.get("fields").get(name) if name in given else None
        if f is not None and not isinstance(f.value, dict):
            raise f.fail("must be an object")
        out.append(
            FieldStats(
                name=str(name),
                kind=f.opt_text("kind", max_len=64) if f is not None else None,
                agreement=(_agreement(r.get("agreement").get(name)) if name in agreement else None),
                confusion=parse_confusion(f.get("confusion")) if f is not None else None,
            )
        )
    return tuple(out)


def _proposals(r: Reader) -> tuple[ProposalFigures, ...]:
    given = r.opt_mapping("proposals") or {}
    out = []
    for name in given:
        f = r.get("proposals").get(name)
        if not isinstance(f.value, dict):
            raise f.fail("must be an object")
        answers = f.opt_integer("answers", low=0) or 0
        changed = f.opt_integer("changed", low=0) or 0
        if changed > answers:
            raise f.fail("must be at most answers", "changed")
        out.append(
            ProposalFigures(
                str(name),
                answers,
                changed,
                _fraction(f, "changed_share"),
                _fraction(f, "mean_change"),
                f.opt_text("measure", max_len=100) or "",
            )
        )
    return tuple(out)


def parse_stats(obj: Any) -> Stats:
    """`GET /projects/{id}/stats`, old shape or new (see the module docstring)."""
    r = Reader(obj, "project statistics")
    entries = r.entries("annotators", optional=True)
    if len(entries) > MAX_ANNOTATORS:
        raise r.fail(f"lists more than {MAX_ANNOTATORS} annotators", "annotators")
    median = r.opt_number("median_active_ms")
    threshold = r.opt_number("too_fast_ms")
    if threshold is not None and threshold < 0:
        raise r.fail("must be at least 0", "too_fast_ms")
    return Stats(
        items_total=r.opt_integer("items_total") or 0,
        items_done=r.opt_integer("items_done") or 0,
        submissions=r.opt_integer("submissions") or 0,
        median_active_ms=median,
        too_fast_ms=threshold if threshold is not None else too_fast_threshold(median),
        annotators=tuple(parse_annotator(a) for a in entries),
        fields=_fields(r),
        raw=r.obj(),
        proposals=_proposals(r),
    )


# -- who needs a look ------------------------------------------------------------------------------


def _pct(fraction: float) -> str:
    return f"{round(fraction * 100, 1):g}%"


def p_digits(value: float) -> int:
    """Decimals that show a p-value to two significant digits (at most 4)."""
    if value <= 0:
        return 4
    return min(4, max(2, 1 - math.floor(math.log10(value))))


def p_text(value: float | None) -> str:
    """A p-value as `0.0031`; `< 0.0001` below that, `—` without one."""
    if value is None:
        return "—"
    if value < 1e-4:
        return "< 0.0001"
    return f"{value:.{p_digits(value)}f}"


def flags(
    a: AnnotatorFigures,
    requirement: float | None,
    *,
    too_fast_share: float = TOO_FAST_SHARE,
    long_streak: int = LONG_STREAK,
) -> list[Flag]:
    """Why `a` needs a look: a gold accuracy whose whole 95 % interval lies below the
    requirement (so it is not bad luck), many too-fast answers, or a long streak of the
    same answer. Empty when none."""
    out = []
    ci = a.gold_accuracy_ci
    if requirement is not None and ci is not None and ci[1] < requirement:
        out.append(
            Flag(
                "accuracy",
                "below bar",
                f"Gold accuracy {_pct(ci[0])}–{_pct(ci[1])} (95 % interval over "
                f"{a.gold_answered}) is entirely below the {_pct(requirement)} requirement.",
            )
        )
    fast = a.too_fast or 0
    if a.submissions and fast >= TOO_FAST_MIN and fast / a.submissions >= too_fast_share:
        out.append(
            Flag(
                "too_fast",
                "too fast",
                f"{fast} of {a.submissions} submissions ({_pct(fast / a.submissions)}) "
                "were faster than the too-fast threshold.",
            )
        )
    if a.longest_streak is not None and a.longest_streak >= long_streak:
        out.append(
            Flag(
                "streak",
                "same answers",
                f"{a.longest_streak} identical answers in a row.",
            )
        )
    for b in a.pairwise_bias:
        if b.position_flag and b.a_share is not None:
            side = "A" if b.a_share > 0.5 else "B"
            count = b.prefers_a if side == "A" else b.preferences - b.prefers_a
            out.append(
                Flag(
                    "position",
                    f"prefers {side}",
                    f"{b.field}: prefers {side} in {count} of {b.preferences} preferences "
                    f"({_pct(count / b.preferences)}); an exact binomial test gives "
                    f"p = {p_text(b.position_p)}.",
                    b.field,
                )
            )
        if b.length_flag and b.longer_share is not None:
            longer = b.longer_share > 0.5
            count = b.prefers_longer if longer else b.compared_lengths - b.prefers_longer
            which = "longer" if longer else "shorter"
            out.append(
                Flag(
                    "length",
                    f"prefers {which}",
                    f"{b.field}: prefers the {which} answer in {count} of "
                    f"{b.compared_lengths} preferences ({_pct(count / b.compared_lengths)}); "
                    f"an exact binomial test gives p = {p_text(b.length_p)}.",
                    b.field,
                )
            )
    return out


def project_requirement(projects: Iterable[wire.Project], project_id: str) -> float | None:
    """The accuracy a project's annotators are held to: its own requirement, else the
    highest requirement of a private pool on its skill; None when there is none."""
    projects = list(projects)
    this = next((p for p in projects if p.id == project_id), None)
    if this is None:
        return None
    own = _min_accuracy(this.raw)
    if own is not None:
        return own
    bars = [
        bar
        for p in projects
        if (bar := _min_accuracy(p.raw)) is not None and _skill_of(p) == this.skill
    ]
    return max(bars) if bars else None


def _min_accuracy(raw: Mapping[str, Any] | None) -> float | None:
    req = (raw or {}).get("requirement")
    value = req.get("min_accuracy") if isinstance(req, dict) else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if 0.0 <= value <= 1.0 else None


def _skill_of(p: wire.Project) -> str:
    req = (p.raw or {}).get("requirement")
    skill = req.get("skill") if isinstance(req, dict) else None
    return skill if isinstance(skill, str) and skill else p.skill


def confusion_fields(stats: Stats) -> list[FieldStats]:
    """The fields with a confusion matrix, in schema order."""
    return [f for f in stats.fields if f.confusion is not None]


def label_title(label: str) -> str:
    """A confusion label as shown: `""` is "(none)"."""
    return "(none)" if label == NO_LABEL else label


def sorted_by_flags(
    annotators: Sequence[AnnotatorFigures], requirement: float | None
) -> list[AnnotatorFigures]:
    """Who needs a look first (most flags), then by username."""
    return sorted(annotators, key=lambda a: (-len(flags(a, requirement)), a.user.casefold()))


def fetch(server: TaskServer, project_id: str) -> Stats:
    """`GET /projects/{id}/stats` (network; reviewers and leads)."""
    _, body = server.transport.call(
        "GET", f"/projects/{quote(project_id, safe='')}/stats", idempotent=True
    )
    return parse_stats(body)
