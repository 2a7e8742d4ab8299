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


_KINDS: dict[str, WordKind] = {
    "equal": "same",
    "delete": "missing",
    "insert": "extra",
    "replace": "changed",
}


def word_diff(expected: str, actual: str) -> WordDiff:
    """Diff the words of `actual` (the annotator's transcript) against `expected`.

    Consecutive words of one kind form one run. Both empty gives no runs.
    """
    exp_keys, exp_shown = _tokens(expected)
    act_keys, act_shown = _tokens(actual)
    ops = [
        WordOp(
            _KINDS[op.tag],
            tuple(exp_shown[op.src_start : op.src_end]),
            tuple(act_shown[op.dest_start : op.dest_end]),
        )
        for op in Levenshtein.opcodes(exp_keys, act_keys)
    ]
    return WordDiff(tuple(ops))
