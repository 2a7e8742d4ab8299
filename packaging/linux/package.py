"""Linux packages of the bundle's folder: a .tar.gz of it, and a .deb built with dpkg-deb.

The .deb puts the folder in /opt/labeler, the command in /usr/bin/labeler (a relative link,
so it also works in a root unpacked with `dpkg-deb -x`), the menu entry in
/usr/share/applications, the icon in every hicolor size and the AppStream metadata in
/usr/share/metainfo. Its `Depends` are found, not written by hand: the Debian packages that
hold the libraries the bundle loads from the system (`ldd` on every binary in it, then
`dpkg -S`). A library that resolves nowhere stops the build before anything is packed,
naming the Debian packages to install. Each package is written under a temporary name and
renamed when both are done, so a failed build leaves no archive that looks finished.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import stat
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
#: The fonts' licence as installed by the .deb (the bundle keeps the source tree's layout
#: under `_internal`); /usr/share/doc/labeler/copyright points at it.
OFL = PREFIX / "_internal" / "labeler" / "ui" / "text" / "assets" / "OFL.txt"
#: Where a package is written until the build has made every one of them.
PARTIAL = ".partial"


def architecture() -> str:
    """Debian's name for this machine's architecture (amd64, arm64)."""
    done = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def tarball_path(out_dir: Path) -> Path:
    return out_dir / f"{manifest.COMMAND}-{manifest.version()}-linux-{architecture()}.tar.gz"


def deb_path(out_dir: Path) -> Path:
    return out_dir / f"{manifest.COMMAND}_{manifest.version()}_{architecture()}.deb"


def partial(path: Path) -> Path:
    """The name a package is written under until the whole build succeeded."""
    return path.with_name(path.name + PARTIAL)


def tarball(folder: Path, out: Path) -> Path:
    """The folder as `labeler/` in a .tar.gz at `out`."""
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
    if not (root / OFL).is_file():
        raise SystemExit(f"the bundle has no /{OFL}, which the copyright file points at")
    (doc / "copyright").write_text(copyright_file(), encoding="utf-8")
    return root


def copyright_file() -> str:
    """/usr/share/doc/labeler/copyright in Debian's machine-readable format (DEP-5), every
    path in it one the package installs."""
    fonts = OFL.parent
    return (
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {manifest.COMMAND}\n"
        "\n"
        "Files: *\n"
        "Copyright: The labeler developers\n"
        "License: Apache-2.0\n"
        "Comment: The Python packages and libraries in "
        f"/{PREFIX}/_internal keep their own\n"
        " licences.\n"
        "\n"
        f"Files: {fonts}/*.ttf\n"
        "Copyright: 2010, 2012-2020 Google Inc.; 2015-2020 Google LLC.\n"
        "License: OFL-1.1\n"
        "\n"
        "License: Apache-2.0\n"
        " On Debian systems, the complete text of the Apache License 2.0 is in\n"
        " /usr/share/common-licenses/Apache-2.0.\n"
        "\n"
        "License: OFL-1.1\n"
        " The SIL Open Font License, Version 1.1: its complete text, and what was changed\n"
        f" in the fonts, is in /{OFL}.\n"
    )


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
        raise SystemExit(missing_message(missing))
    return found


def missing_message(missing: dict[str, list[str]]) -> str:
    """What to install, for libraries found nowhere: name -> the bundle's files needing it
    (`ldd` names a library once per way it is reached, so a file may come more than once)."""
    lines = []
    packages: list[str] = []
    for name in sorted(missing):
        users = sorted(set(missing[name]))
        shown = ", ".join(users[:3]) + (f" and {len(users) - 3} more" if len(users) > 3 else "")
        package = package_for_library(name)
        lines.append(f"  {name} ({package or 'package unknown'}; needed by {shown})")
        if package and package not in packages:
            packages.append(package)
    text = "libraries the bundle needs are not on this machine:\n" + "\n".join(lines)
    if packages:
        text += (
            f"\ninstall them: sudo apt-get install {' '.join(packages)}"
            "\n(add any missing from scripts/system-deps.sh there), then run `make bundle` again"
        )
    else:
        text += "\nfind the packages that hold them with `apt-file search <library>`"
    return text


def debian_library_package(soname: str) -> str | None:
    """The package name Debian's policy (8.1) gives a shared library: `libfoo.so.1` is
    libfoo1, `libfoo-2.so.0` is libfoo-2-0; lower case. None for a name that is no soname."""
    match = re.fullmatch(r"(.+)\.so\.(\d+)", soname)
    if not match:
        return None
    stem, major = match[1].lower().replace("_", "-"), match[2]
    return f"{stem}-{major}" if stem[-1].isdigit() else f"{stem}{major}"


def package_for_library(soname: str) -> str | None:
    """The Debian package to install for a library not on this machine: the policy's name if
    apt knows it, else what `apt-file` finds (when installed), else None."""
    guess = debian_library_package(soname)
    if guess and _apt_knows(guess):
        return guess
    if shutil.which("apt-file"):
        done = subprocess.run(
            ["apt-file", "search", "--package-only", "--regexp", f"/{re.escape(soname)}$"],
            capture_output=True,
            text=True,
        )
        if done.returncode == 0 and done.stdout.split():
            return done.stdout.split()[0]
    return None


def _apt_knows(package: str) -> bool:
    if not shutil.which("apt-cache"):
        return False
    done = subprocess.run(["apt-cache", "show", package], capture_output=True, text=True)
    return done.returncode == 0 and bool(done.stdout.strip())


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


def installed_size(root: Path) -> int:
    """Installed-Size (Debian policy 5.6.20: the installed size in bytes divided by 1024 and
    rounded up), counted as dpkg-gencontrol counts it: each regular file's and symbolic
    link's own size rounded up to KiB, a file with several hard links once, 1 KiB for each
    other entry (a directory); DEBIAN/ is not installed. A link is not followed: /usr/bin's
    link to the command, and Qt's libQt6*.so.6 -> .so.6.x, take no room of their target's."""
    total = 0
    seen: set[tuple[int, int]] = set()
    for path in root.rglob("*"):
        if path.relative_to(root).parts[0] == "DEBIAN":
            continue
        info = path.lstat()
        if stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode):
            if (info.st_dev, info.st_ino) not in seen:
                total += (info.st_size + 1023) // 1024
            if info.st_nlink > 1:
                seen.add((info.st_dev, info.st_ino))
        else:
            total += 1
    return total


def control(root: Path, depends: list[str]) -> str:
    size_kb = installed_size(root)
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


def deb(folder: Path, icons: Path, work: Path, depends: list[str], out: Path) -> Path:
    """The .deb at `out`."""
    root = stage(folder, icons, work / "deb")
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control(root, depends), encoding="utf-8")
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out


def remove_packages(out_dir: Path) -> list[Path]:
    """Remove this version's packages, finished or partial, from `out_dir`; their paths."""
    finals = [tarball_path(out_dir), deb_path(out_dir)]
    for path in finals:
        path.unlink(missing_ok=True)
        partial(path).unlink(missing_ok=True)
    return finals


def build_all(folder: Path, work: Path, out_dir: Path) -> list[Path]:
    """The .tar.gz and the .deb, packed side by side (each compresses on a core of its own).

    The packages of an earlier build are removed first, the libraries the .deb depends on
    are found before anything is packed, and each package keeps a `.partial` name until
    both are written: a build that stops leaves none that looks finished."""
    finals = remove_packages(out_dir)
    depends = with_versions(debian_packages(system_libraries(folder).values()))
    try:
        with ThreadPoolExecutor(2) as pool:
            packed = [
                pool.submit(tarball, folder, partial(finals[0])),
                pool.submit(deb, folder, work / "icons", work, depends, partial(finals[1])),
            ]
            for job in packed:
                job.result()
    except BaseException:
        for path in finals:
            partial(path).unlink(missing_ok=True)
        raise
    for path in finals:
        partial(path).replace(path)
    return finals
