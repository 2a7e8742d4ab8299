"""Linux packages of the bundle's folder: a .tar.gz of it, and a .deb built with dpkg-deb.

The .deb puts the folder in /opt/labeler, the command in /usr/bin/labeler (a relative link,
so it also works in a root unpacked with `dpkg-deb -x`), the menu entry in
/usr/share/applications, the icon in every hicolor size and the AppStream metadata in
/usr/share/metainfo. Its `Depends` are found, not written by hand: the Debian packages that
hold the libraries the bundle loads from the system (`ldd` on every binary in it, then
`dpkg -S`). A library that resolves nowhere stops the build.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import tarfile
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import manifest

HERE = Path(__file__).resolve().parent
DESKTOP = HERE / f"{manifest.APP_ID}.desktop"
METAINFO = HERE / f"{manifest.APP_ID}.metainfo.xml"
PREFIX = Path("opt") / manifest.COMMAND
MAINTAINER = "The labeler developers <labeler@localhost>"


def architecture() -> str:
    """Debian's name for this machine's architecture (amd64, arm64)."""
    done = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def tarball(folder: Path, out_dir: Path) -> Path:
    """`labeler-<version>-linux-<arch>.tar.gz`, the folder inside it as `labeler/`."""
    out = out_dir / f"{manifest.COMMAND}-{manifest.version()}-linux-{architecture()}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=manifest.COMMAND, filter=_normalised)
    return out


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """Owned by nobody in particular: root in the archive, as a package would be."""
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def release_date() -> str:
    """The date of the commit built (YYYY-MM-DD), else today: the AppStream release's date."""
    try:
        done = subprocess.run(
            ["git", "log", "-1", "--format=%cs"],
            capture_output=True,
            text=True,
            check=True,
            cwd=manifest.ROOT,
        )
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", done.stdout.strip()):
            return done.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    return time.strftime("%Y-%m-%d")


def metainfo() -> str:
    return (
        METAINFO.read_text(encoding="utf-8")
        .replace("@VERSION@", manifest.version())
        .replace("@DATE@", release_date())
    )


def stage(folder: Path, icons: Path, root: Path) -> Path:
    """Lay out the package's files under `root` (its DEBIAN/control comes later)."""
    shutil.rmtree(root, ignore_errors=True)
    # Hard links, not copies: the package reads the same 500 MB of files as the folder.
    shutil.copytree(folder, root / PREFIX, symlinks=True, copy_function=os.link)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / manifest.COMMAND).symlink_to(
        os.path.relpath(root / PREFIX / manifest.COMMAND, bin_dir)
    )
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(DESKTOP, share / "applications" / DESKTOP.name)
    (share / "metainfo").mkdir(parents=True)
    (share / "metainfo" / METAINFO.name).write_text(metainfo(), encoding="utf-8")
    for size in manifest.ICON_SIZES["linux"]:
        apps = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        apps.mkdir(parents=True)
        shutil.copy(icons / "png" / f"{size}.png", apps / f"{manifest.APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(manifest.ICON_SVG, scalable / f"{manifest.APP_ID}.svg")
    doc = share / "doc" / manifest.COMMAND
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "labeler: Apache License 2.0 (/usr/share/common-licenses/Apache-2.0).\n"
        "The libraries in /opt/labeler/_internal keep their own licences; the fonts are\n"
        "under the SIL Open Font License (labeler/ui/text/assets/OFL.txt).\n",
        encoding="utf-8",
    )
    return root


def elf_files(folder: Path) -> Iterable[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    yield path


_LDD = re.compile(r"^\s*(\S+)\s+=>\s+(not found|\S+)")


def system_libraries(folder: Path) -> dict[str, Path]:
    """The libraries the bundle's binaries load from outside it: name -> path here.

    Run with the search path the bundle runs with (its `_internal` folder first); a
    library found nowhere stops the build with its name and who needs it."""
    internal = folder / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    found: dict[str, Path] = {}
    missing: dict[str, list[str]] = {}
    for binary in elf_files(folder):
        done = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env)
        for line in done.stdout.splitlines():
            match = _LDD.match(line)
            if not match:
                continue
            name, where = match.groups()
            if where == "not found":
                missing.setdefault(name, []).append(str(binary.relative_to(folder)))
            elif not Path(where).resolve().is_relative_to(folder.resolve()):
                found[name] = Path(where)
    if missing:
        lines = [f"  {name} (needed by {', '.join(users[:3])})" for name, users in missing.items()]
        raise SystemExit("libraries the bundle needs are nowhere:\n" + "\n".join(lines))
    return found


def debian_packages(libraries: Iterable[Path]) -> list[str]:
    """The Debian packages that hold these files (`dpkg -S`), by name."""
    packages: set[str] = set()
    for path in libraries:
        candidates = {str(path), str(path.resolve())}
        candidates |= {c.replace("/usr/lib/", "/lib/", 1) for c in list(candidates)}
        candidates |= {c.replace("/lib/", "/usr/lib/", 1) for c in list(candidates)}
        for candidate in sorted(candidates):
            done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
            if done.returncode == 0:
                packages.add(done.stdout.split(":")[0].strip())
                break
        else:
            raise SystemExit(f"no Debian package holds {path}, which the bundle loads")
    return sorted(packages)


def with_versions(packages: list[str]) -> list[str]:
    """libc6 at least as new as the glibc the bundle was built against (its libraries ask
    for symbols of that version); the others as any version of the distribution has them."""
    glibc = platform.libc_ver()[1]
    return [f"{p} (>= {glibc})" if p == "libc6" and glibc else p for p in packages]


def control(root: Path, depends: list[str]) -> str:
    size_kb = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024
    return (
        f"Package: {manifest.COMMAND}\n"
        f"Version: {manifest.version()}\n"
        f"Architecture: {architecture()}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {size_kb}\n"
        f"Depends: {', '.join(depends)}\n"
        "Section: science\n"
        "Priority: optional\n"
        f"Description: {manifest.SUMMARY}\n"
        " A keyboard-first workbench for labeling images, text and audio, and the task\n"
        " server that feeds it (labeler demo runs both on this computer).\n"
    )


def deb(folder: Path, icons: Path, work: Path, out_dir: Path) -> Path:
    """`labeler_<version>_<arch>.deb`."""
    root = stage(folder, icons, work / "deb")
    depends = with_versions(debian_packages(system_libraries(folder).values()))
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control(root, depends), encoding="utf-8")
    out = out_dir / f"{manifest.COMMAND}_{manifest.version()}_{architecture()}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def build_all(folder: Path, work: Path, out_dir: Path) -> list[Path]:
    """The .tar.gz and the .deb, packed side by side (each compresses on a core of its own)."""
    with ThreadPoolExecutor(2) as pool:
        packed = [
            pool.submit(tarball, folder, out_dir),
            pool.submit(deb, folder, work / "icons", work, out_dir),
        ]
        return [job.result() for job in packed]
