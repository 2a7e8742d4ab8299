"""The translation files hold every marked string, each translated, and compile."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
sys.modules["translations"] = translations
_spec.loader.exec_module(translations)

#: Areas whose Urdu is still being written (a strict xfail: a finished area still listed
#: fails too). Empty when the interface is wholly in Urdu.
UNFINISHED_AREAS: frozenset[str] = frozenset()


def _messages(ts: Path) -> set[tuple[str, str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
        for context in root.iter("context")
        for m in context.iter("message")
        if (m.find("translation") is None or m.find("translation").get("type") != "obsolete")
    }


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The translation files as `update` would write them from the sources now."""
    out = tmp_path_factory.mktemp("ts")
    translations.update(out)
    return out


@pytest.mark.parametrize("area", translations.all_areas())
def test_each_marked_string_is_in_the_translation_file(fresh: Path, area: str) -> None:
    for language in translations.LANGUAGES:
        kept = translations.TS_DIR / language / f"{area}.ts"
        assert kept.exists(), f"run `python scripts/translations.py update` ({kept} is missing)"
        missing = _messages(fresh / language / f"{area}.ts") - _messages(kept)
        stale = _messages(kept) - _messages(fresh / language / f"{area}.ts")
        assert not missing, f"not in {kept.name} (run `scripts/translations.py update`): {missing}"
        assert not stale, f"in {kept.name} but no longer in the sources: {stale}"


@pytest.mark.parametrize(
    "area",
    [
        pytest.param(
            a,
            marks=[pytest.mark.xfail(strict=True, reason="being translated")]
            if a in UNFINISHED_AREAS
            else [],
        )
        for a in translations.all_areas()
    ],
)
def test_every_string_has_its_urdu(area: str) -> None:
    ts = translations.TS_DIR / "ur" / f"{area}.ts"
    missing = translations.unfinished(ts)
    assert not missing, f"{len(missing)} unfinished in {ts.name}: {missing[:20]}"


def test_the_hand_written_qt_words_are_finished() -> None:
    ts = translations.TS_DIR / "ur" / translations.HAND_WRITTEN
    assert not translations.unfinished(ts)


def test_the_translations_compile(tmp_path: Path) -> None:
    translations.release(tmp_path)
    qm = tmp_path / "labeler_ur.qm"
    assert qm.stat().st_size > 1000


def _glossary_urdu(term: str) -> str:
    """The Urdu CONTEXT.md's glossary gives for `term` (its table's second column)."""
    for line in (ROOT / "CONTEXT.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) > 2 and cells[0] == f"**{term}**":
            return cells[1]
    raise AssertionError(f"{term} is not in the glossary")


def test_a_candidate_is_called_by_the_glossary_word_in_urdu() -> None:
    """Every Urdu string that speaks of a candidate uses the glossary's word for it, not
    "آپشن" (an option of a choice field, a setting) as older strings did."""
    word = _glossary_urdu("candidate")
    assert word == "متبادل"
    other: list[str] = []
    for ts in sorted((translations.TS_DIR / "ur").glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = (message.findtext("source") or "").replace("{candidate}", "")
            said = message.findtext("translation") or ""
            if re.search(r"\bcandidates?\b", source, re.IGNORECASE) and word not in said:
                other.append(f"{ts.name}: {source!r} → {said!r}")
    assert not other, other
