"""The Linux packages' parts that can be checked without building the bundle
(packaging/linux/package.py): the control file's Installed-Size, the menu entry and AppStream
metadata in Urdu, the copyright file, what a build that stops leaves in dist/, and the
message naming the Debian packages of missing libraries."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
from linux import package  # noqa: E402

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ARABIC = re.compile(r"[\u0600-\u06ff]")


def _write(path: Path, size: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    return path


def test_installed_size_counts_as_dpkg_does(tmp_path: Path) -> None:
    root = tmp_path / "deb"
    lib = _write(root / "opt/labeler/_internal/libQt6Core.so.6.11.3", 10 * 1024 + 1)
    _write(root / "opt/labeler/labeler", 2048)
    _write(root / "opt/labeler/empty", 0)
    (lib.parent / "libQt6Core.so.6").symlink_to(lib.name)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin/labeler").symlink_to("../../opt/labeler/labeler")
    os.link(lib, lib.parent / "same-file-again.so")
    _write(root / "DEBIAN/control", 5000)
    # Regular files rounded up per file: 11 + 2 + 0 KiB; the hard link once; the links'
    # own sizes (a few bytes) 1 KiB each; the directories opt, opt/labeler,
    # opt/labeler/_internal, usr, usr/bin 1 KiB each; DEBIAN/ not at all.
    assert package.installed_size(root) == 11 + 2 + 0 + 1 + 1 + 5


def test_installed_size_does_not_follow_links_to_the_bundle(tmp_path: Path) -> None:
    root = tmp_path / "deb"
    _write(root / "opt/labeler/labeler", 1024 * 1024)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin/labeler").symlink_to("../../opt/labeler/labeler")
    size = package.installed_size(root)
    assert 1024 <= size < 1024 + 10


def test_the_control_file_says_the_installed_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package, "architecture", lambda: "amd64")
    root = tmp_path / "deb"
    _write(root / "opt/labeler/labeler", 3000)
    fields = dict(
        line.split(": ", 1)
        for line in package.control(root, ["libc6 (>= 2.36)"]).splitlines()
        if not line.startswith(" ")
    )
    assert fields["Installed-Size"] == str(package.installed_size(root)) == "5"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(package.DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_menu_entry_has_its_name_and_comment_in_urdu() -> None:
    entry = _desktop_entry()
    for key in ("Name", "GenericName", "Comment"):
        assert entry[key]
        assert ARABIC.search(entry[f"{key}[ur]"]), f"{key}[ur] is not in Urdu"
    assert ARABIC.search(entry["Keywords[ur]"]) and entry["Keywords[ur]"].endswith(";")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_menu_entry_validates() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(package.DESKTOP)], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_the_appstream_metadata_has_its_name_and_summary_in_urdu() -> None:
    component = ET.fromstring(package.metainfo())
    for tag in ("name", "summary"):
        by_lang = {e.get(XML_LANG): (e.text or "") for e in component.findall(tag)}
        assert by_lang[None] and not ARABIC.search(by_lang[None])
        assert ARABIC.search(by_lang["ur"]), f"no Urdu {tag}"
    # The Urdu summary says what the menu entry's Urdu comment says.
    assert _desktop_entry()["Comment[ur]"] == next(
        e.text for e in component.findall("summary") if e.get(XML_LANG) == "ur"
    )


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream")
def test_the_appstream_metadata_validates(tmp_path: Path) -> None:
    path = tmp_path / package.METAINFO.name
    path.write_text(package.metainfo(), encoding="utf-8")
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_copyright_file_is_machine_readable_and_points_at_installed_files() -> None:
    text = package.copyright_file()
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    header = dict(line.split(": ", 1) for line in paragraphs[0].splitlines())
    assert header["Format"] == (
        "https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    )
    files = [p for p in paragraphs if p.startswith("Files: ")]
    licences = {p.splitlines()[0].split(": ", 1)[1] for p in paragraphs if p.startswith("License:")}
    for paragraph in files:
        fields = dict(line.split(": ", 1) for line in paragraph.splitlines() if ": " in line)
        assert fields["Copyright"] and fields["License"] in licences
    # Each path named is absolute and one the package installs, not the source tree's.
    paths = re.findall(r"(?:^|\s)(/\S+?)\.?(?=\s|$)", text.split("\n", 1)[1])
    assert "/opt/labeler/_internal/labeler/ui/text/assets/OFL.txt" in paths
    assert paths and all(p.startswith(("/opt/labeler/", "/usr/share/")) for p in paths)


def test_the_stage_writes_the_copyright_file_where_debian_keeps_it(tmp_path: Path) -> None:
    folder = tmp_path / "labeler"
    _write(folder / "labeler", 10)
    _write(folder / "_internal/labeler/ui/text/assets/OFL.txt", 10)
    icons = tmp_path / "icons"
    for size in package.manifest.ICON_SIZES["linux"]:
        _write(icons / "png" / f"{size}.png", 10)
    root = package.stage(folder, icons, tmp_path / "deb")
    assert (root / "usr/share/doc/labeler/copyright").read_text() == package.copyright_file()
    assert (root / package.OFL).is_file()


@pytest.mark.parametrize(
    ("soname", "name"),
    [
        ("libwayland-cursor.so.0", "libwayland-cursor0"),
        ("libwayland-egl.so.1", "libwayland-egl1"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libdbus-1.so.3", "libdbus-1-3"),
        ("libEGL.so.1", "libegl1"),
        ("libfoo.so", None),
    ],
)
def test_a_library_is_named_by_debians_package_naming(soname: str, name: str | None) -> None:
    assert package.debian_library_package(soname) == name


def test_missing_libraries_are_named_once_with_the_packages_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(package, "_apt_knows", lambda name: name.startswith("libwayland"))
    monkeypatch.setattr(package.shutil, "which", lambda tool: None)
    message = package.missing_message(
        {
            "libwayland-cursor.so.0": [
                "_internal/PySide6/Qt/lib/libQt6WaylandClient.so.6",
                "_internal/PySide6/Qt/plugins/platforms/libqwayland.so",
                "_internal/PySide6/Qt/plugins/platforms/libqwayland.so",
            ],
            "libwayland-egl.so.1": ["_internal/x/libqt-plugin-wayland-egl.so"],
        }
    )
    assert message.count("libqwayland.so") == 1
    assert message.count("libwayland-cursor.so.0") == 1
    assert "sudo apt-get install libwayland-cursor0 libwayland-egl1" in message


def test_a_library_no_package_is_known_for_says_how_to_find_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(package, "_apt_knows", lambda name: False)
    monkeypatch.setattr(package.shutil, "which", lambda tool: None)
    message = package.missing_message({"libodd.so.2": ["_internal/a.so"]})
    assert "libodd.so.2 (package unknown" in message and "apt-file search" in message
    assert "apt-get install" not in message


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(package, "architecture", lambda: "amd64")
    folder = tmp_path / "labeler"
    _write(folder / "labeler", 100)
    return folder


def test_a_build_stopped_by_a_missing_library_packs_nothing(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    # A package of an earlier build is not left to pass for this one's.
    _write(package.tarball_path(dist), 10)

    def missing(folder: Path) -> dict[str, Path]:
        raise SystemExit("libraries the bundle needs are not on this machine: …")

    monkeypatch.setattr(package, "system_libraries", missing)
    with pytest.raises(SystemExit):
        package.build_all(bundle, tmp_path / "work", dist)
    assert list(dist.iterdir()) == []


def test_a_build_that_fails_while_packing_leaves_no_archive(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    monkeypatch.setattr(package, "system_libraries", lambda folder: {})

    def broken_deb(*args: object) -> Path:
        raise subprocess.CalledProcessError(2, "dpkg-deb")

    monkeypatch.setattr(package, "deb", broken_deb)
    with pytest.raises(subprocess.CalledProcessError):
        package.build_all(bundle, tmp_path / "work", dist)
    assert list(dist.iterdir()) == []


def test_a_build_renames_its_packages_when_both_are_written(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dist = tmp_path / "dist"
    dist.mkdir()
    monkeypatch.setattr(package, "system_libraries", lambda folder: {})
    monkeypatch.setattr(package, "deb", lambda *args: _write(args[-1], 10))
    made = package.build_all(bundle, tmp_path / "work", dist)
    assert sorted(dist.iterdir()) == sorted(made)
    assert {p.name for p in made} == {
        f"labeler-{package.manifest.version()}-linux-amd64.tar.gz",
        f"labeler_{package.manifest.version()}_amd64.deb",
    }
