"""What the desktop bundle holds: every list the PyInstaller spec uses, for every platform.

One module, imported by `labeler.spec` on Linux, Windows and macOS alike and by the tests,
so a change to what the bundle carries shows in CI even for the platforms CI cannot build
(`tests/packaging/test_manifest.py` resolves each platform's lists and checks the Inno Setup
script against them).

Plain Python and the standard library only: the spec imports it inside PyInstaller, the tests
import it without PyInstaller or Qt.
"""

from __future__ import annotations

import fnmatch
import importlib.util
import posixpath
import re
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]

#: The application's name on screen, its command, its reverse-DNS id (the .desktop file,
#: the AppStream component, the macOS bundle identifier and the icon's name all use it).
NAME = "Labeler"
COMMAND = "labeler"
APP_ID = "org.labeler.Labeler"
SUMMARY = "Label images, text and audio by keyboard, for a task server"
#: The source of the application's icon; every platform's icon is rendered from it.
ICON_SVG = ROOT / "resources" / "icons" / "labeler.svg"
#: The pixel sizes of the icon: freedesktop's hicolor theme, Windows' .ico, macOS' .icns.
ICON_SIZES = {
    "linux": (16, 22, 24, 32, 48, 64, 128, 256, 512),
    "win32": (16, 20, 24, 32, 40, 48, 64, 128, 256),
    "darwin": (16, 32, 64, 128, 256, 512, 1024),
}
#: The group of the entry points by which installed distributions declare plugins.
PLUGIN_GROUP = "labeler.plugins"

PLATFORMS = ("linux", "win32", "darwin")


def platform_key(platform: str | None = None) -> str:
    """'linux', 'win32' or 'darwin' for a `sys.platform` value (default: this one)."""
    platform = platform or sys.platform
    for key in PLATFORMS:
        if platform.startswith(key):
            return key
    raise ValueError(f"no bundle for the platform {platform!r}")


def version() -> str:
    """The version the bundle is built from, as pyproject.toml gives it."""
    return str(_pyproject()["project"]["version"])


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


# --- Python modules -----------------------------------------------------------------------

#: Modules of the project loaded by name, where PyInstaller's import scan cannot see them.
HIDDEN_IMPORTS = (
    # The command line imports each subcommand's module when it runs.
    "labeler.server.commands",
    "labeler.server.demo.seed",
    "labeler.server.embedded",
    "labeler.client.commands",
    "labeler.ui.app",
    "labeler.ui.about",
    # Alembic runs the migrations' env.py, which imports the models.
    "labeler.server.models",
    "logging.config",
    # SQLAlchemy's dialects load by URL.
    "sqlalchemy.dialects.sqlite",
)

#: Packages whose every submodule goes in: they import parts of themselves by name.
SUBMODULE_PACKAGES = ("labeler", "uvicorn", "keyring.backends")

#: Modules the bundle leaves out: the app never imports them, and the import scan would
#: otherwise follow optional imports into them (test suites, other GUI toolkits, tools).
EXCLUDED_MODULES = (
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "hypothesis",
    "IPython",
    "matplotlib",
    "pandas",
    "sklearn",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "setuptools",
    "pip",
    "mypy",
    "ruff",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PySide6.scripts",
    # Optional speed-ups and extras of the server stack: the bundle's server (`labeler demo`,
    # `labeler serve` on SQLite) runs on asyncio and h11 without them. A team's server on
    # PostgreSQL is installed with pip (docs/deploy.md), not from the desktop bundle.
    "uvloop",
    "watchfiles",
    "psycopg",
    "psycopg_binary",
    "psycopg_c",
    "psycopg_pool",
    "rich",
    "pygments",
    "markdown_it",
    # SciPy's subpackages the app never imports: it uses optimize (linear_sum_assignment),
    # sparse and csgraph, spatial (cKDTree), and what those import in turn. Some of these
    # are imported inside functions of optimize that the app does not call.
    *(
        f"scipy.{name}"
        for name in (
            "cluster",
            "datasets",
            "differentiate",
            "fftpack",
            "integrate",
            "interpolate",
            "io",
            "misc",
            "ndimage",
            "odr",
            "signal",
            "stats",
        )
    ),
)

#: The Qt modules the workbench uses (`grep -rhoE "PySide6\.\w+" labeler/`), and QtSvg for
#: its icons. Every other PySide6 module is left out, with its Qt library unless one of
#: these needs it.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtMultimedia", "QtCharts", "QtSvg")
#: PySide6's modules that those import in turn (PySide6.QtMultimedia imports QtNetwork).
QT_MODULES_IMPORTED = ("QtNetwork",)

#: The Qt plugins the bundle keeps, by type and name (file name without `lib`, suffix).
#: The FFmpeg media backend plays audio; svg renders icons; the rest put a window on the
#: platform's screen and take its input methods (Urdu keyboards through IBus on Linux).
QT_PLUGINS = {
    "linux": (
        "platforms/qxcb",
        "platforms/qwayland",
        "platforms/qoffscreen",
        "xcbglintegrations/qxcb-glx-integration",
        "xcbglintegrations/qxcb-egl-integration",
        "wayland-shell-integration/xdg-shell",
        "wayland-decoration-client/bradient",
        "wayland-graphics-integration-client/qt-plugin-wayland-egl",
        "platforminputcontexts/composeplatforminputcontextplugin",
        "platforminputcontexts/ibusplatforminputcontextplugin",
        "platformthemes/qxdgdesktopportal",
        "iconengines/qsvgicon",
        "imageformats/qsvg",
        "imageformats/qjpeg",
        "imageformats/qico",
        "imageformats/qgif",
        "multimedia/ffmpegmediaplugin",
    ),
    "win32": (
        "platforms/qwindows",
        "platforms/qoffscreen",
        "styles/qmodernwindowsstyle",
        "iconengines/qsvgicon",
        "imageformats/qsvg",
        "imageformats/qjpeg",
        "imageformats/qico",
        "imageformats/qgif",
        "multimedia/ffmpegmediaplugin",
    ),
    "darwin": (
        "platforms/qcocoa",
        "platforms/qoffscreen",
        "styles/qmacstyle",
        "iconengines/qsvgicon",
        "imageformats/qsvg",
        "imageformats/qjpeg",
        "imageformats/qico",
        "imageformats/qgif",
        "imageformats/qicns",
        "multimedia/ffmpegmediaplugin",
    ),
}

#: Files the Qt hooks collect that the app never loads: Qt's own translations (the
#: workbench ships its own, and Qt has none for Urdu), QML and its plugins' data.
EXCLUDED_DATA = (
    "PySide6/Qt/translations/*",
    "PySide6/translations/*",
    "PySide6/Qt/qml/*",
    "PySide6/qml/*",
)


# --- Data files -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DataFile:
    """A file to copy: its source and the folder inside the bundle it goes to."""

    source: Path
    folder: str

    def toc(self) -> tuple[str, str]:
        """The (source, destination folder) pair PyInstaller's `datas` takes."""
        return (str(self.source), self.folder)


def package_data_patterns() -> list[str]:
    """The patterns of the package data pip installs (pyproject.toml's
    `tool.setuptools.package-data`): the bundle carries what an installed copy has."""
    return list(_pyproject()["tool"]["setuptools"]["package-data"]["labeler"])


#: Source files a library reads from disk rather than imports: Alembic runs the migrations
#: from their folder (env.py, each version, the template of new ones).
SOURCE_AS_DATA = ("labeler/server/migrations/**/*.py",)


def labeler_data_files(root: Path = ROOT) -> list[DataFile]:
    """The package data of `labeler` (fonts, translations, demo recordings, templates, the
    migrations), each to its place relative to the bundle's root."""
    found: dict[Path, DataFile] = {}
    package = root / "labeler"
    for pattern in package_data_patterns():
        for path in sorted(package.glob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                found[path] = _beside_itself(path, root)
    for pattern in SOURCE_AS_DATA:
        for path in sorted(root.glob(pattern)):
            if "__pycache__" not in path.parts:
                found[path] = _beside_itself(path, root)
    return sorted(found.values(), key=lambda d: str(d.source))


def _beside_itself(path: Path, root: Path) -> DataFile:
    return DataFile(path, str(PurePosixPath(*path.relative_to(root).parent.parts)))


#: Assets that must be in the bundle whatever else changes: the interface's fonts (Urdu in
#: Nastaliq), its compiled translations, the demo's recordings, the migrations. The build
#: stops when one is missing (a translation not compiled first, for one).
REQUIRED_DATA = (
    "labeler/ui/text/assets/NotoNastaliqUrdu-Regular.ttf",
    "labeler/ui/text/assets/NotoNaskhArabic-Regular.ttf",
    "labeler/ui/translations/labeler_ur.qm",
    "labeler/server/demo/audio/manifest.json",
    "labeler/server/migrations/env.py",
    "labeler/server/migrations/script.py.mako",
)

#: Libraries whose data files (not modules) the app reads: Swagger UI's files for the
#: demo server's offline API docs.
PACKAGES_WITH_DATA = ("fastapi_offline",)

#: Distributions whose metadata the app reads through importlib.metadata: its own version,
#: keyring's backends (entry points), and those that look up their own version.
METADATA = ("labeler", "keyring", "fastapi", "uvicorn")


def missing_required(root: Path = ROOT) -> list[str]:
    """The required assets that are not there (yet)."""
    return [name for name in REQUIRED_DATA if not (root / name).is_file()]


# --- Plugins of installed distributions -----------------------------------------------------


@dataclass(frozen=True)
class PluginDistribution:
    """An installed distribution that declares plugins in `PLUGIN_GROUP`."""

    name: str
    entry_points: tuple[str, ...]
    #: The top-level modules its plugins live in (collected whole, with their submodules).
    modules: tuple[str, ...]


def plugin_distributions(
    distributions: Iterable[metadata.Distribution] | None = None,
) -> list[PluginDistribution]:
    """Every installed distribution declaring an entry point in `PLUGIN_GROUP`, found now, at
    build time: the bundle copies its metadata (so `entry_points(group=...)` finds it in the
    bundle) and its modules (so the entry points load)."""
    found: dict[str, PluginDistribution] = {}
    for dist in distributions if distributions is not None else metadata.distributions():
        points = [ep for ep in dist.entry_points if ep.group == PLUGIN_GROUP]
        name = dist.metadata["Name"]
        if not points or not name or name in found:
            continue
        modules = sorted({ep.module.split(".")[0] for ep in points})
        found[name] = PluginDistribution(
            name, tuple(sorted(f"{ep.name} = {ep.value}" for ep in points)), tuple(modules)
        )
    return sorted(found.values(), key=lambda d: d.name.lower())


def module_folders(modules: Iterable[str]) -> list[str]:
    """The folders that hold these top-level modules, as this interpreter finds them.

    PyInstaller's import scan reads `sys.path`, which does not show a distribution installed
    in editable mode (setuptools puts a finder of its own in the way): the bundle's search
    path gets these folders (`pathex`)."""
    folders: set[str] = set()
    for module in modules:
        spec = importlib.util.find_spec(module)
        if spec is None:
            raise LookupError(f"the plugin module {module!r} is not installed")
        if spec.submodule_search_locations:
            folders |= {str(Path(p).parent) for p in spec.submodule_search_locations}
        elif spec.origin:
            folders.add(str(Path(spec.origin).parent))
    return sorted(folders)


# --- Filtering what the hooks collected -----------------------------------------------------

_LIB_SUFFIX = re.compile(r"(\.so(\.\d+)*|\.dll|\.dylib)$")


def plugin_name(dest: str) -> str | None:
    """'platforms/qxcb' for a Qt plugin's destination path in the bundle
    ('PySide6/Qt/plugins/platforms/libqxcb.so'), None for anything that is not a plugin."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" not in parts or parts[0] != "PySide6":
        return None
    rest = parts[parts.index("plugins") + 1 :]
    if len(rest) != 2:
        return None
    stem = _LIB_SUFFIX.sub("", rest[1])
    if stem.startswith("lib"):
        stem = stem[3:]
    return f"{rest[0]}/{stem}"


def _qt_module(dest: str) -> str | None:
    """'QtQml' for PySide6's extension module of a Qt module ('PySide6/QtQml.abi3.so',
    'PySide6\\QtQml.pyd'), else None."""
    match = re.fullmatch(r"PySide6[/\\](Qt\w+)\.(abi3\.so|pyd|so|cpython.*)", dest)
    return match.group(1) if match else None


def keep_binary(dest: str, platform: str) -> bool:
    """Whether a binary the Analysis found stays: Qt plugins only from `QT_PLUGINS`, PySide6's
    Python modules only for `QT_MODULES` (the libraries they need follow from what stays:
    `prune_libraries`)."""
    plugin = plugin_name(dest)
    if plugin is not None:
        return plugin in QT_PLUGINS[platform]
    module = _qt_module(dest)
    if module is not None:
        return module in QT_MODULES or module in QT_MODULES_IMPORTED
    return True


def keep_data(dest: str) -> bool:
    """Whether a data file the Analysis found stays (see `EXCLUDED_DATA`)."""
    posix = dest.replace("\\", "/")
    return not any(fnmatch.fnmatch(posix, pattern) for pattern in EXCLUDED_DATA)


def prunable(dest: str, kind: str = "BINARY") -> bool:
    """Libraries that stay only if something that stays needs them: Qt's own (PySide6's Qt
    folder) and those the dependency scan took from the system. Python's extension modules,
    libraries beside them (numpy.libs, cv2's) and plugins are roots, never pruned here."""
    if kind == "EXTENSION":
        return False
    posix = dest.replace("\\", "/")
    if posix.startswith("PySide6/Qt/plugins/"):
        return False
    if posix.startswith(("PySide6/Qt/lib/", "PySide6/Qt/bin/")):
        return True
    if posix.startswith("PySide6/") and not _qt_module(posix) and "/" not in posix[8:]:
        # Qt libraries beside the modules (Windows: PySide6/Qt6Core.dll), not pyside6.abi3
        # or shiboken, which every module needs.
        return bool(re.match(r"PySide6/(lib)?Qt6", posix))
    return "/" not in posix  # the system's, put at the top of the bundle


def prune_libraries(
    binaries: list[tuple[str, str, str]],
    needed_by: dict[str, list[str]],
    always: Iterable[str] = (),
) -> list[tuple[str, str, str]]:
    """The binaries that stay: every root, and each prunable library reachable from one.

    `binaries` is PyInstaller's TOC of (destination, source, type); `needed_by` maps a
    destination to the names of the libraries it links, as its loader sees them
    ('libQt6Core.so.6'). A library whose name matches a pattern of `always` (loaded by name
    at run time) is a root too."""
    by_name: dict[str, list[str]] = {}
    for dest, _, _ in binaries:
        by_name.setdefault(_basename(dest), []).append(dest)
    patterns = tuple(pattern.lower() for pattern in always)
    todo = [
        dest
        for dest, _, kind in binaries
        if not prunable(dest, kind) or any(fnmatch.fnmatch(_basename(dest), p) for p in patterns)
    ]
    reached: set[str] = set()
    while todo:
        dest = todo.pop()
        if dest not in reached:
            reached.add(dest)
            for name in needed_by.get(dest, ()):
                todo.extend(by_name.get(_basename(name), ()))
    return [entry for entry in binaries if entry[0] in reached]


def without_dangling_links(
    datas: list[tuple[str, str, str]], binaries: list[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """`datas` less the links (PyInstaller keeps SYMLINK entries among the data) to files
    that are no longer in the bundle."""
    present = {_posix(dest) for dest, _, kind in [*datas, *binaries] if kind != "SYMLINK"}
    return [d for d in datas if d[2] != "SYMLINK" or _link_target(d[0], d[1]) in present]


def _link_target(link: str, target: str) -> str:
    """Where a link at `link` pointing to the relative `target` lands, from the root."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(_posix(link)), _posix(target)))


def _posix(path: str) -> str:
    return path.replace("\\", "/")


def _basename(path: str) -> str:
    """A library's file name as loaders compare it: Windows' and macOS' ignore case (a DLL
    may be linked as QT6CORE.dll), and no two libraries differ only by case on Linux."""
    return posixpath.basename(_posix(path)).lower()


#: Libraries loaded by name at run time (dlopen, ctypes, LoadLibrary), not linked: kept
#: whatever links them. The bootloader loads Python's own library; libsndfile comes with
#: soundfile's wheel; Qt's FFmpeg stubs load the system's VA-API and OpenSSL when present;
#: Windows' runtime is loaded by every DLL of it.
LOADED_BY_NAME = (
    "libpython*",
    "python3*.dll",
    "Python",
    "libsndfile*",
    "*sndfile*.dll",
    "libQt6FFmpegStub*",
    "vcruntime*.dll",
    "msvcp*.dll",
    "ucrtbase.dll",
    "api-ms-win-*.dll",
)


#: Linux: binaries of the interpreter itself whose debug information goes (`strip
#: --strip-debug`; Python's library carries 17 MB of it). Never the wheels' libraries:
#: they are patched (RPATH) by auditwheel, and strip breaks some of them (OpenBLAS).
STRIP_DEBUG = ("libpython3*.so*", "python3.*/lib-dynload/*.so")


def strip_debug(dest: str) -> bool:
    """Whether a binary's debug information goes (see `STRIP_DEBUG`)."""
    posix = _posix(dest)
    return any(fnmatch.fnmatch(posix, pattern) for pattern in STRIP_DEBUG)


# --- macOS ---------------------------------------------------------------------------------


def info_plist() -> dict[str, object]:
    """The keys of the .app's Info.plist beyond those PyInstaller writes (name, executable,
    identifier, icon)."""
    return {
        "CFBundleDisplayName": NAME,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "LSMinimumSystemVersion": "13.0",
        "LSApplicationCategoryType": "public.app-category.productivity",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": "Apache License 2.0",
    }
