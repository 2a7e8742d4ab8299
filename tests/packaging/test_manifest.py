"""The bundle's lists (packaging/manifest.py), for every platform, without building it.

Windows and macOS bundles cannot be built here; these tests run the spec for each platform
with PyInstaller's classes stood in for, and check the Inno Setup script against the
manifest, so a change to what a bundle carries shows in CI wherever it breaks."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import types
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import manifest  # noqa: E402

SPEC = ROOT / "packaging" / "labeler.spec"
ISS = ROOT / "packaging" / "windows" / "labeler.iss"

#: What PySide6's hooks collect on each platform, as destinations in the bundle: plugins the
#: bundle keeps and some it leaves out, PySide6's modules, Qt's libraries.
COLLECTED = {
    "linux": [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/QtCore.abi3.so",
        "PySide6/QtQml.abi3.so",
    ],
    "win32": [
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/platforms/qdirect2d.dll",
        "PySide6/plugins/multimedia/ffmpegmediaplugin.dll",
        "PySide6/plugins/multimedia/windowsmediaplugin.dll",
        "PySide6/QtCore.pyd",
        "PySide6/QtQml.pyd",
    ],
    "darwin": [
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/platforms/libqminimal.dylib",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.dylib",
        "PySide6/Qt/plugins/multimedia/libdarwinmediaplugin.dylib",
        "PySide6/QtCore.abi3.so",
        "PySide6/QtQml.abi3.so",
    ],
}


def test_each_platform_keeps_a_window_and_the_ffmpeg_backend() -> None:
    for platform in manifest.PLATFORMS:
        plugins = manifest.QT_PLUGINS[platform]
        assert "multimedia/ffmpegmediaplugin" in plugins
        assert "iconengines/qsvgicon" in plugins
        assert any(p.startswith("platforms/q") and p != "platforms/qoffscreen" for p in plugins)
        assert all(re.fullmatch(r"[a-z-]+/[\w-]+", p) for p in plugins), plugins


def test_the_linux_plugins_are_in_the_installed_pyside6() -> None:
    """Against the wheel itself: a plugin renamed or gone in a new PySide6 shows here."""
    pyside = pytest.importorskip("PySide6")
    if not sys.platform.startswith("linux"):
        pytest.skip("the wheel installed here is not Linux's")
    plugins = Path(pyside.__file__).parent / "Qt" / "plugins"
    for name in manifest.QT_PLUGINS["linux"]:
        kind, stem = name.split("/")
        assert (plugins / kind / f"lib{stem}.so").is_file(), name


def test_qt_modules_are_those_the_workbench_imports() -> None:
    used = set()
    for path in (ROOT / "labeler").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used <= set(manifest.QT_MODULES), used - set(manifest.QT_MODULES)


#: Of `COLLECTED`, what stays on each platform.
KEPT = {
    "linux": [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/QtCore.abi3.so",
    ],
    "win32": [
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/multimedia/ffmpegmediaplugin.dll",
        "PySide6/QtCore.pyd",
    ],
    "darwin": [
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.dylib",
        "PySide6/QtCore.abi3.so",
    ],
}


def test_the_qt_modules_import_only_what_the_bundle_keeps() -> None:
    """PySide6's modules import others (QtMultimedia needs QtNetwork): each must stay."""
    pytest.importorskip("PySide6")
    imports = "; ".join(f"import PySide6.{m}" for m in manifest.QT_MODULES)
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys; {imports}; "
            "print(' '.join(m[8:] for m in sys.modules if m.startswith('PySide6.Qt')))",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    loaded = set(done.stdout.split())
    assert loaded <= set(manifest.QT_MODULES) | set(manifest.QT_MODULES_IMPORTED)


@pytest.mark.parametrize("platform", manifest.PLATFORMS)
def test_plugins_and_modules_are_kept_by_the_lists(platform: str) -> None:
    kept = [d for d in COLLECTED[platform] if manifest.keep_binary(d, platform)]
    assert kept == KEPT[platform]


def test_a_library_stays_while_something_kept_links_it() -> None:
    binaries = [
        ("PySide6/QtCore.abi3.so", "/x/QtCore.abi3.so", "EXTENSION"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/x/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "/x/libQt6Pdf.so.6", "BINARY"),
        ("libxkbcommon.so.0", "/usr/lib/libxkbcommon.so.0", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
        ("_cffi_backend.cpython-311-x86_64-linux-gnu.so", "/x/_cffi.so", "EXTENSION"),
        ("numpy.libs/libopenblas.so", "/x/libopenblas.so", "BINARY"),
        # Loaded by name (dlopen), linked by nothing.
        ("PySide6/Qt/lib/libQt6FFmpegStub-va.so.2", "/x/libQt6FFmpegStub-va.so.2", "BINARY"),
    ]
    needed = {
        "PySide6/QtCore.abi3.so": ["libQt6Core.so.6"],
        "PySide6/Qt/plugins/platforms/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "PySide6/Qt/lib/libQt6XcbQpa.so.6": ["libQt6Core.so.6", "libxkbcommon.so.0"],
    }
    kept = [d for d, _, _ in manifest.prune_libraries(binaries, needed, manifest.LOADED_BY_NAME)]
    assert "PySide6/Qt/lib/libQt6Pdf.so.6" not in kept
    assert "libgtk-3.so.0" not in kept
    assert kept == [
        d for d, _, _ in binaries if d not in ("PySide6/Qt/lib/libQt6Pdf.so.6", "libgtk-3.so.0")
    ]


def test_windows_links_by_names_in_any_case() -> None:
    binaries = [
        ("PySide6/QtCore.pyd", "C:/x/QtCore.pyd", "EXTENSION"),
        ("PySide6/Qt6Core.dll", "C:/x/Qt6Core.dll", "BINARY"),
        ("PySide6/Qt6Pdf.dll", "C:/x/Qt6Pdf.dll", "BINARY"),
        ("PySide6/avcodec-61.dll", "C:/x/avcodec-61.dll", "BINARY"),
    ]
    needed = {"PySide6/QtCore.pyd": ["QT6CORE.dll"]}
    binaries.append(("python311.dll", "C:/x/python311.dll", "BINARY"))
    kept = [d for d, _, _ in manifest.prune_libraries(binaries, needed, manifest.LOADED_BY_NAME)]
    assert kept == [
        "PySide6/QtCore.pyd",
        "PySide6/Qt6Core.dll",
        "PySide6/avcodec-61.dll",
        "python311.dll",
    ]


def test_icons_for_every_platform_from_the_svg(tmp_path: Path) -> None:
    """The sizes each platform asks for, rendered from the SVG by QtSvg; .ico and .icns
    as Windows and macOS read them (Pillow reads them back)."""
    pytest.importorskip("PySide6.QtSvg")
    import icons
    from PIL import Image

    pngs = icons.build(tmp_path)
    for size, path in pngs.items():
        with Image.open(path) as im:
            assert im.size == (size, size) and im.mode == "RGBA"
            assert im.getpixel((size // 2, size // 2))[3] == 255  # drawn, not empty
            assert im.getpixel((0, 0))[3] == 0  # the corners stay clear
    with Image.open(tmp_path / f"{manifest.COMMAND}.ico") as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in manifest.ICON_SIZES["win32"]}
    with Image.open(tmp_path / f"{manifest.COMMAND}.icns") as icns:
        # An iconset's points, each at 1x and 2x (16 pt is there as 32 px at 2x).
        points = {(w, scale) for w, _, scale in icns.info["sizes"]}
        assert {(p, 2) for p in (16, 32, 128, 256, 512)} <= points
        assert {(p, 1) for p in (128, 256, 512)} <= points


def test_links_to_files_left_out_go_too() -> None:
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
        ("sub/libQt6Core.so.6", "../PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("labeler/ui/text/assets/OFL.txt", "/x/OFL.txt", "DATA"),
    ]
    assert manifest.without_dangling_links(datas, binaries) == [
        datas[0],
        datas[2],
        datas[3],
    ]


def test_qts_translations_and_qml_are_left_out_not_ours() -> None:
    assert not manifest.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not manifest.keep_data("PySide6\\Qt\\qml\\QtQuick\\qmldir")
    assert manifest.keep_data("labeler/ui/translations/labeler_ur.qm")


def test_data_files_are_the_package_data_pip_installs() -> None:
    files = {str(d.source.relative_to(ROOT)): d.folder for d in manifest.labeler_data_files(ROOT)}
    for name in manifest.REQUIRED_DATA:
        if (ROOT / name).is_file():
            assert files[name] == str(Path(name).parent.as_posix())
    # Alembic reads the migrations from disk: each version goes as a source file.
    versions = sorted((ROOT / "labeler/server/migrations/versions").glob("0*.py"))
    assert versions and all(str(v.relative_to(ROOT)) in files for v in versions)
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in files)
    assert manifest.package_data_patterns()  # read from pyproject.toml


def _distribution(tmp_path: Path, name: str, entry_points: str) -> metadata.Distribution:
    info = tmp_path / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(textwrap.dedent(entry_points))
    return metadata.PathDistribution(info)


def test_plugins_of_installed_distributions_are_found(tmp_path: Path) -> None:
    found = manifest.plugin_distributions(
        [
            _distribution(
                tmp_path,
                "labeler-ocr",
                """
                [labeler.plugins]
                ocr = labeler_ocr.plugin:Plugin
                boxes = labeler_ocr.boxes:register
                [console_scripts]
                ocr = labeler_ocr.cli:main
                """,
            ),
            _distribution(tmp_path, "other", "[console_scripts]\nother = other:main\n"),
            _distribution(
                tmp_path, "Audio-Tools", "[labeler.plugins]\nvad = audio_tools.vad:Plugin\n"
            ),
        ]
    )
    assert found == [
        manifest.PluginDistribution(
            "Audio-Tools", ("vad = audio_tools.vad:Plugin",), ("audio_tools",)
        ),
        manifest.PluginDistribution(
            "labeler-ocr",
            ("boxes = labeler_ocr.boxes:register", "ocr = labeler_ocr.plugin:Plugin"),
            ("labeler_ocr",),
        ),
    ]


@pytest.mark.slow
def test_the_excluded_modules_are_optional_to_everything_the_app_imports() -> None:
    """Every module that labeler imports anywhere (at the top of a module or inside a
    function) imports as well with the excluded modules missing, as in the bundle."""
    script = textwrap.dedent(
        f"""
        import ast, importlib, importlib.abc, pathlib, sys
        sys.path.insert(0, {str(ROOT / "packaging")!r})
        import manifest
        blocked = sys.argv[1] == "blocked"
        class Block(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path, target=None):
                for gone in manifest.EXCLUDED_MODULES:
                    if name == gone or name.startswith(gone + "."):
                        raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        if blocked:
            sys.meta_path.insert(0, Block())
        names = set()
        for path in pathlib.Path({str(ROOT / "labeler")!r}).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names |= {{a.name for a in node.names}}
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names.add(node.module)
        failed = []
        for name in sorted(names):
            try:
                importlib.import_module(name)
            except Exception as exc:
                failed.append(f"{{name}}: {{exc!r}}")
        print("\\n".join(failed))
        """
    )

    def failures(mode: str) -> set[str]:
        done = subprocess.run(
            [sys.executable, "-c", script, mode],
            capture_output=True,
            text=True,
            timeout=600,
            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert done.returncode == 0, done.stderr[-3000:]
        return {line for line in done.stdout.splitlines() if line}

    assert failures("blocked") - failures("free") == set()


# --- The spec, for each platform ----------------------------------------------------------


class _Recorder:
    """Stands in for one of PyInstaller's build classes and keeps what it was given."""

    made: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.made.append((self.kind, args, kwargs))
        return types.SimpleNamespace(kind=self.kind, args=args, kwargs=kwargs)


def _run_spec(platform: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    _Recorder.made = []
    monkeypatch.setattr(manifest, "platform_key", lambda platform_=None: platform)
    monkeypatch.setattr(manifest, "missing_required", lambda root=None: [])
    # One plugin distribution, whatever this machine has installed.
    plugin = manifest.PluginDistribution("fake-plugin", ("fake = json:loads",), ("json",))
    monkeypatch.setattr(manifest, "plugin_distributions", lambda dists=None: [plugin])
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda *a, **k: []  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda name, **k: [name]  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda name, **k: [(f"/site/{name}.dist-info", f"{name}.dist-info")]  # type: ignore[attr-defined]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda src: []  # type: ignore[attr-defined]
    for name, module in {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.depend": types.ModuleType("PyInstaller.depend"),
        "PyInstaller.depend.bindepend": bindepend,
    }.items():
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setitem(sys.modules, "manifest", manifest)

    def analysis(*args: Any, **kwargs: Any) -> Any:
        _Recorder("Analysis")(*args, **kwargs)
        binaries = [(d, f"/x/{d}", "BINARY") for d in COLLECTED[platform]]
        return types.SimpleNamespace(binaries=binaries, datas=[], pure=[], scripts=[])

    namespace: dict[str, Any] = {
        "SPECPATH": str(SPEC.parent),
        "Analysis": analysis,
        **{kind: _Recorder(kind) for kind in ("PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return {"made": _Recorder.made, "namespace": namespace}


def _made(run: dict[str, Any], kind: str) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    return [(args, kwargs) for k, args, kwargs in run["made"] if k == kind]


@pytest.mark.parametrize("platform", manifest.PLATFORMS)
def test_the_spec_resolves_each_platforms_lists(
    platform: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = _run_spec(platform, monkeypatch)
    [(_, analysis)] = _made(run, "Analysis")
    assert analysis["excludes"] == list(manifest.EXCLUDED_MODULES)
    assert set(manifest.HIDDEN_IMPORTS) <= set(analysis["hiddenimports"])
    assert {f"PySide6.{m}" for m in manifest.QT_MODULES} <= set(analysis["hiddenimports"])
    sources = {Path(src).resolve() for src, _ in analysis["datas"] if Path(src).is_absolute()}
    assert {d.source.resolve() for d in manifest.labeler_data_files()} <= sources
    assert any("labeler.dist-info" in src for src, _ in analysis["datas"])
    assert any("fake-plugin.dist-info" in src for src, _ in analysis["datas"])
    assert "json" in analysis["hiddenimports"]
    assert str(Path(textwrap.__file__).parent) in analysis["pathex"]

    exes = {kwargs["name"]: kwargs for _, kwargs in _made(run, "EXE")}
    [(collect_args, collect)] = _made(run, "COLLECT")
    assert collect["name"] == manifest.COMMAND and not collect["upx"]
    assert all(not kwargs["upx"] and kwargs["exclude_binaries"] for kwargs in exes.values())
    kept = [d for d, _, _ in collect_args[len(exes)]]
    assert kept == [d for d in COLLECTED[platform] if manifest.keep_binary(d, platform)]
    bundles = _made(run, "BUNDLE")
    if platform == "win32":
        assert set(exes) == {"labeler", "labeler-cli"}
        assert not exes["labeler"]["console"] and exes["labeler-cli"]["console"]
        assert exes["labeler"]["icon"].endswith("labeler.ico")
    else:
        assert set(exes) == {"labeler"}
        assert exes["labeler"]["console"] == (platform == "linux")
    if platform == "darwin":
        [(_, bundle)] = bundles
        assert bundle["bundle_identifier"] == manifest.APP_ID
        assert bundle["icon"].endswith("labeler.icns")
        assert bundle["name"] == f"{manifest.NAME}.app"
        plist = bundle["info_plist"]
        assert plist["CFBundleShortVersionString"] == manifest.version()
        assert plist["NSHighResolutionCapable"] is True
    else:
        assert bundles == []


def _iss_defines() -> dict[str, str]:
    text = ISS.read_text(encoding="utf-8")
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', text, re.M))


def test_the_inno_script_names_what_the_manifest_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    defines = _iss_defines()
    assert defines["AppName"] == manifest.NAME
    assert defines["AppCommand"] == manifest.COMMAND
    assert defines["AppId"] == manifest.APP_ID
    text = ISS.read_text(encoding="utf-8")
    run = _run_spec("win32", monkeypatch)
    exes = {kwargs["name"]: kwargs for _, kwargs in _made(run, "EXE")}
    named = {
        source.replace("{#AppCommand}", manifest.COMMAND)
        for source in re.findall(r'Source: "\{#Bundle\}\\([^"*]+\.exe)"', text)
    }
    assert named == {f"{name}.exe" for name in exes}
    folders = {kwargs["contents_directory"] for kwargs in exes.values()}
    [folder] = folders
    assert f'Source: "{{#Bundle}}\\{folder}\\*"' in text
    bundle = re.search(r'^#define Bundle "([^"]+)"', text, re.M)
    assert bundle
    assert (ISS.parent / bundle.group(1).replace("\\", "/")).resolve() == (
        ROOT / "dist" / manifest.COMMAND
    )
    # The installer's icon is the one the build renders and the executables carry.
    icon = re.search(r"^SetupIconFile=(.+)$", text, re.M)
    assert icon
    assert (ISS.parent / icon.group(1).replace("\\", "/")).resolve() == Path(
        exes[manifest.COMMAND]["icon"]
    ).resolve()


def test_plugin_modules_are_found_where_this_interpreter_finds_them() -> None:
    """An editable install is found through its own finder, not `sys.path`: the bundle's
    import scan is given the folders."""
    assert manifest.module_folders(["json", "textwrap"]) == sorted(
        {str(Path(textwrap.__file__).parent)}
    )
    with pytest.raises(LookupError):
        manifest.module_folders(["no_such_plugin_module"])


def test_the_plugin_group_is_the_one_labeler_loads_from() -> None:
    from labeler.core.plugins import GROUP

    assert manifest.PLUGIN_GROUP == GROUP


def test_only_the_interpreters_own_binaries_lose_their_debug_information() -> None:
    assert manifest.strip_debug("libpython3.11.so.1.0")
    assert manifest.strip_debug("python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so")
    # Wheels' libraries are patched by auditwheel; strip breaks some (OpenBLAS would not load).
    assert not manifest.strip_debug("numpy.libs/libscipy_openblas64_-32a4b2a6.so")
    assert not manifest.strip_debug("PIL/_imaging.cpython-311-x86_64-linux-gnu.so")
