"""Text normalisation for comparing free text and transcripts, and WER."""

from __future__ import annotations

import unicodedata

# Arabic-script letters that Urdu writes with its own code points; keyboards
# and OCR mix them, so they are folded before comparing words.
_URDU_FOLD = str.maketrans({"\u064a": "\u06cc", "\u0643": "\u06a9", "\u0649": "\u06cc"})


def normalize_text(s: str) -> str:
    """NFKC, casefold, and whitespace collapsed to single spaces (trimmed)."""
    return " ".join(unicodedata.normalize("NFKC", s).casefold().split())


def transcript_words(s: str) -> list[str]:
    """The words of a transcript as compared for WER.

    NFKC, casefold, Urdu ي→ی, ى→ی and ك→ک, every punctuation character
    (Unicode category P*, so also Urdu ۔ and ،) removed, then split on
    whitespace. Removing rather than spacing out keeps "don't" equal to "dont".
    """
    folded = unicodedata.normalize("NFKC", s).casefold().translate(_URDU_FOLD)
    kept = "".join(ch for ch in folded if not unicodedata.category(ch).startswith("P"))
    return kept.split()


def wer(reference: str, hypothesis: str) -> float:
    """Word error rate of `hypothesis` against `reference` (word-level Levenshtein).

    Can exceed 1 when the hypothesis inserts words. With an empty reference the
    rate is 0.0 for an empty hypothesis and 1.0 otherwise.
    """
    ref = transcript_words(reference)
    hyp = transcript_words(hypothesis)
    if not ref:
        return 0.0 if not hyp else 1.0
    from rapidfuzz.distance import Levenshtein  # with the first transcript scored

    return Levenshtein.distance(ref, hyp) / len(ref)


def normalize_value(s: str) -> str:
    """A record value as compared: `normalize_text`, then digits of any script in ASCII
    ("۰۳۰۰ ۱۲۳" and "0300 123" are equal)."""
    from labeler.core.digits import to_ascii_digits

    return to_ascii_digits(normalize_text(s))
