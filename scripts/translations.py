"""The interface's translations: collect the marked strings, compile them, count the gaps.

    python scripts/translations.py update [AREA ...]  # sources -> resources/translations/*/
    python scripts/translations.py release   # *.ts -> labeler/ui/translations/labeler_<lang>.qm
    python scripts/translations.py check     # unfinished entries, per file

Strings are kept in one `.ts` file per area of the interface, so that work on one area
touches one file; `release` joins a language's files into one `.qm`. `qt.ts` holds Qt's
own words (standard buttons, a text field's menu), which Qt has no Urdu for: it is
written by hand and `update` leaves it alone.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "labeler" / "ui"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = UI / "translations"
LANGUAGES = ("ur",)
#: Strings of the Qt-free packages the interface shows, marked with QT_TRANSLATE_NOOP.
MESSAGES = (
    "labeler/client",
    "labeler/core",
    "labeler/ui/messages.py",
    # The shipped plugins' words (the checks' warnings, the titles of assists, checks,
    # pre-annotations and plugins).
    "plugins/basic-checks/labeler_basic_checks",
    "plugins/labelstudio-ml/labeler_labelstudio_ml",
    "plugins/onnx-models/labeler_onnx_models",
    "plugins/opencv-assist/labeler_opencv_assist",
)
#: Each area's sources, relative to the repository; "main" is the top of labeler/ui.
AREAS: dict[str, tuple[str, ...]] = {
    "pages": ("labeler/ui/pages",),
    "lead": ("labeler/ui/lead",),
    "review": ("labeler/ui/review",),
    "dashboard": ("labeler/ui/dashboard", "labeler/ui/analytics"),
    "workbench": (
        "labeler/ui/workbench",
        "labeler/ui/fields",
        "labeler/ui/itemdata",
        "labeler/ui/image",
        "labeler/ui/text",
        "labeler/ui/audio",
    ),
    "messages": MESSAGES,
}
HAND_WRITTEN = "qt.ts"


def area_files(area: str) -> list[Path]:
    """The Python files whose strings go to `area`'s `.ts` file."""
    if area == "main":
        taken = {ROOT / p for p in MESSAGES}
        return sorted(p for p in UI.glob("*.py") if p not in taken)
    files: list[Path] = []
    for place in AREAS[area]:
        path = ROOT / place
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path] * path.exists())
    return files


def all_areas() -> list[str]:
    return ["main", *AREAS]


def tool(name: str) -> str:
    """A Qt tool from the environment running this script (pyside6-essentials has them)."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install pyside6-essentials (`make` does)")
    return found


def update(ts_dir: Path = TS_DIR, areas: list[str] | None = None) -> None:
    for language in LANGUAGES:
        for area in areas or all_areas():
            ts = ts_dir / language / f"{area}.ts"
            ts.parent.mkdir(parents=True, exist_ok=True)
            files = [str(p.relative_to(ROOT)) for p in area_files(area)]
            subprocess.run(
                [tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                 "-target-language", language, *files, "-ts", str(ts)],
                cwd=ROOT,
                check=True,
            )  # fmt: skip


def release(qm_dir: Path = QM_DIR) -> None:
    for language in LANGUAGES:
        sources = sorted((TS_DIR / language).glob("*.ts"))
        if not sources:
            continue
        qm = qm_dir / f"labeler_{language}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", *map(str, sources), "-qm", str(qm)],
            check=True,
        )


def unfinished(ts: Path) -> list[str]:
    """The source texts of `ts` without a finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            missing.append(source)
            continue
        forms = [f.text for f in translation.findall("numerusform")]
        if not (all(forms) if forms else translation.text):
            missing.append(source)
    return missing


def check() -> int:
    gaps = 0
    for ts in sorted(TS_DIR.rglob("*.ts")):
        missing = unfinished(ts)
        gaps += len(missing)
        print(f"{ts.relative_to(ROOT)}: {len(missing)} unfinished")
    return 1 if gaps else 0


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        unknown = set(argv[2:]) - set(all_areas())
        if unknown:
            print(f"unknown areas {sorted(unknown)}; the areas are {all_areas()}")
            return 2
        update(areas=argv[2:])
    elif command == "release":
        release()
    elif command == "check":
        return check()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
