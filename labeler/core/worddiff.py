"""Word diff of a transcript against the expected one, for gold feedback.

Words are compared the way gold scoring compares them (`transcript_words`: NFKC,
casefold, punctuation stripped, Urdu letters folded), so the diff shows exactly
the differences that cost WER, while each word keeps its original spelling for
display ("Telecom." rather than "telecom").

The alignment is a minimal one (word-level Levenshtein, the same distance WER counts), so
the diff's error count is always WER × expected words: a shortest-edit alignment never
shows a missing and an extra word where one substitution does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rapidfuzz.distance import Levenshtein

from labeler.core.textnorm import transcript_words

WordKind = Literal["same", "missing", "extra", "changed"]


@dataclass(frozen=True)
class WordOp:
    """One run of the diff.

    `same`: words in both; `missing`: expected words the transcript lacks;
    `extra`: words the transcript adds; `changed`: expected words the transcript
    replaced by `actual` ones. Words are the original tokens, for display.
    """

    kind: WordKind
    expected: tuple[str, ...] = ()
    actual: tuple[str, ...] = ()


@dataclass(frozen=True)
class WordDiff:
    """The runs of a word diff, in transcript order, with their error counts."""

    ops: tuple[WordOp, ...]

    @property
    def expected_words(self) -> int:
        """How many words the expected transcript has."""
        return sum(len(op.expected) for op in self.ops)

    @property
    def missing(self) -> int:
        """Expected words left out (deletions, counting unpaired words of a change)."""
        return sum(_unpaired(op)[0] for op in self.ops)

    @property
    def extra(self) -> int:
        """Words added (insertions, counting unpaired words of a change)."""
        return sum(_unpaired(op)[1] for op in self.ops)

    @property
    def changed(self) -> int:
        """Words replaced by another word (substitutions)."""
        return sum(min(len(op.expected), len(op.actual)) for op in self.ops if op.kind == "changed")

    @property
    def errors(self) -> int:
        """Substitutions + deletions + insertions, as in WER."""
        return self.missing + self.extra + self.changed

    @property
    def is_exact(self) -> bool:
        """True when every word matches."""
        return all(op.kind == "same" for op in self.ops)


def _unpaired(op: WordOp) -> tuple[int, int]:
    if op.kind == "missing":
        return len(op.expected), 0
    if op.kind == "extra":
        return 0, len(op.actual)
    if op.kind == "changed":
        surplus = len(op.expected) - len(op.actual)
        return max(surplus, 0), max(-surplus, 0)
    return 0, 0


def _tokens(text: str) -> tuple[list[str], list[str]]:
    """Comparison keys and display words of `text`, one pair per word."""
    keys: list[str] = []
    shown: list[str] = []
    for token in text.split():
        words = transcript_words(token)
        # A token of punctuation only is no word; one that normalises into
        # several words (rare NFKC cases) shows them normalised.
        for word in words:
            keys.append(word)
            shown.append(token if len(words) == 1 else word)
    return keys, shown


# Above this many cells the tie-breaking alignment below is not worth its time, and the
# diff takes rapidfuzz's own minimal alignment as it comes.
_BAND_CELLS = 200_000


def word_diff(expected: str, actual: str) -> WordDiff:
    """Diff the words of `actual` (the annotator's transcript) against `expected`.

    Consecutive words of one kind form one run. Both empty gives no runs.
    """
    exp_keys, exp_shown = _tokens(expected)
    act_keys, act_shown = _tokens(actual)
    ops = [
        WordOp(kind, tuple(exp_shown[i1:i2]), tuple(act_shown[j1:j2]))
        for kind, i1, i2, j1, j2 in _runs(_alignment(exp_keys, act_keys))
    ]
    return WordDiff(tuple(ops))


def _alignment(a: list[str], b: list[str]) -> list[WordKind]:
    """One step per aligned pair, with the fewest edits (the Levenshtein distance).

    Of the minimal alignments it takes one with the fewest substitutions, so that
    "my internet bill" against "my bill today" reads as one word missing and one added,
    not two words changed. The search keeps to the diagonal band that a minimal
    alignment cannot leave (|i − j| ≤ distance).
    """
    distance = Levenshtein.distance(a, b)
    n, m, band = len(a), len(b), 2 * distance + 1
    if (n + 1) * band > _BAND_CELLS:
        return _rapidfuzz_alignment(a, b)
    edit = n + m + 1  # one edit outweighs every substitution count: edits first, then subs
    never = edit * (n + m + 2)
    # cost[i][k]: the best cost of a[:i] against b[:j], j = i + k - distance.
    cost = [[never] * band for _ in range(n + 1)]
    for k in range(distance, band):
        if k - distance <= m:
            cost[0][k] = (k - distance) * edit
    for i in range(1, n + 1):
        row, above = cost[i], cost[i - 1]
        for k in range(band):
            j = i + k - distance
            if j < 0 or j > m:
                continue
            best = above[k + 1] + edit if k + 1 < band else never  # a[i-1] missing
            if k > 0 and row[k - 1] + edit < best:
                best = row[k - 1] + edit  # b[j-1] extra
            if j > 0:
                same = a[i - 1] == b[j - 1]
                step = above[k] + (0 if same else edit + 1)
                if step < best:
                    best = step
            row[k] = best
    steps: list[WordKind] = []
    i, k = n, m - n + distance
    while i or i + k - distance:
        j = i + k - distance
        here = cost[i][k]
        if i and j and here == cost[i - 1][k] + (0 if a[i - 1] == b[j - 1] else edit + 1):
            steps.append("same" if a[i - 1] == b[j - 1] else "changed")
            i -= 1
        elif i and k + 1 < band and here == cost[i - 1][k + 1] + edit:
            steps.append("missing")
            i, k = i - 1, k + 1
        else:
            steps.append("extra")
            k -= 1
    steps.reverse()
    return steps


_KINDS: dict[str, WordKind] = {
    "equal": "same",
    "delete": "missing",
    "insert": "extra",
    "replace": "changed",
}


def _rapidfuzz_alignment(a: list[str], b: list[str]) -> list[WordKind]:
    steps: list[WordKind] = []
    for op in Levenshtein.opcodes(a, b):
        steps += [_KINDS[op.tag]] * max(op.src_end - op.src_start, op.dest_end - op.dest_start)
    return steps


def _runs(steps: list[WordKind]) -> list[tuple[WordKind, int, int, int, int]]:
    """Consecutive steps of one kind as (kind, i1, i2, j1, j2) slices of both sides."""
    runs: list[tuple[WordKind, int, int, int, int]] = []
    i = j = 0
    for kind in steps:
        di = 0 if kind == "extra" else 1
        dj = 0 if kind == "missing" else 1
        if runs and runs[-1][0] == kind:
            last = runs[-1]
            runs[-1] = (kind, last[1], i + di, last[3], j + dj)
        else:
            runs.append((kind, i, i + di, j, j + dj))
        i, j = i + di, j + dj
    return runs
