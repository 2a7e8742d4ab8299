"""Build the desktop bundle of this platform: `make bundle` runs it.

    .venv/bin/python packaging/build.py    # dist/labeler/; on Linux also the .tar.gz and .deb

Steps: the compiled translations must be there (`make translations`; the spec stops without
them), the icons are rendered from the SVG (packaging/icons.py), PyInstaller builds
`dist/labeler/` from packaging/labeler.spec (on macOS also `dist/Labeler.app`), then on
Linux the folder is packed as a .tar.gz and as a .deb (packaging/linux/package.py).
Windows' installer and macOS' signing are run by hand on their machines: packaging/README.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import icons  # noqa: E402
import manifest  # noqa: E402

BUILD = manifest.ROOT / "build" / "bundle"
DIST = manifest.ROOT / "dist"


def pyinstaller() -> Path:
    """Run the spec; the bundle's folder."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "work"),
            str(HERE / "labeler.spec"),
        ],
        check=True,
        # Not from the checkout: its labeler.egg-info (left by an editable install) would
        # be found before the installed distribution's metadata.
        cwd=BUILD,
    )
    return DIST / manifest.COMMAND


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-packages", action="store_true", help="the folder only (no .tar.gz, no .deb)"
    )
    args = parser.parse_args()
    missing = manifest.missing_required()
    if missing:
        raise SystemExit(f"missing {', '.join(missing)}: run `make translations` first")
    began = time.monotonic()
    if manifest.platform_key() == "linux" and not args.no_packages:
        from linux import package

        # Whatever stops this build, dist/ holds no package of an earlier one beside it.
        package.remove_packages(DIST)
    BUILD.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(BUILD / "icons", ignore_errors=True)
    icons.build(BUILD / "icons")
    folder = pyinstaller()
    print(f"bundle: {folder} ({time.monotonic() - began:.0f} s)")
    if manifest.platform_key() == "linux" and not args.no_packages:
        for path in package.build_all(folder, BUILD, DIST):
            print(f"package: {path}")
    print(f"done in {time.monotonic() - began:.0f} s")


if __name__ == "__main__":
    main()
