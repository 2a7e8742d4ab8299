"""The Linux bundle as a person meets it (`make bundle-smoke`, after `make bundle`).

The .tar.gz is unpacked into an empty folder and run where no Python is on PATH: the demo's
media generator seeds a fresh database, `labeler serve` from the project's venv serves it,
and the bundled workbench, a real window under `xvfb-run`, answers an item by key; the
task server's API shows the submission. The .deb is unpacked into an empty root: its menu
entry, icons and AppStream metadata pass the freedesktop tools, and its `labeler` runs.

Skipped while dist/ holds no bundle, unless LABELER_BUNDLE_SMOKE=1 (as `make bundle-smoke`
sets it): then a missing bundle fails.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import struct
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from labeler.server.commands import free_port

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import manifest  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]

DIST = ROOT / "dist"
TOOLS = ("xvfb-run", "xdotool", "import", "dpkg-deb", "desktop-file-validate", "appstreamcli")
PASSWORD = "smoke-test-password"


def _built(pattern: str) -> Path:
    found = sorted(DIST.glob(pattern))
    if found:
        return found[-1]
    if os.environ.get("LABELER_BUNDLE_SMOKE") == "1":
        pytest.fail(f"no {pattern} in {DIST}: `make bundle` builds it")
    pytest.skip(f"no {pattern} in {DIST} (`make bundle`)")


@pytest.fixture(scope="module", autouse=True)
def _tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing and os.environ.get("LABELER_BUNDLE_SMOKE") == "1":
        pytest.fail(f"the smoke test needs {', '.join(missing)} (scripts/system-deps.sh)")
    if missing:
        pytest.skip(f"needs {', '.join(missing)}")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bundle-smoke")


@pytest.fixture(scope="module")
def no_python(home: Path) -> dict[str, str]:
    """The environment of a person's session where no Python is installed: an empty PATH
    folder, nothing of the venv's, a home and locale of its own."""
    empty = home / "no-python-bin"
    empty.mkdir()
    env = {
        "PATH": str(empty),
        "HOME": str(home / "user"),
        "LANG": "C.UTF-8",
        "LABELER_DATA_DIR": str(home / "user" / "data"),
        "LABELER_CONFIG_DIR": str(home / "user" / "config"),
    }
    assert shutil.which("python3", path=env["PATH"]) is None
    assert shutil.which("python", path=env["PATH"]) is None
    return env


@pytest.fixture(scope="module")
def unpacked(home: Path) -> Path:
    """The .tar.gz unpacked into an empty folder: its `labeler` command."""
    archive = _built(f"{manifest.COMMAND}-*-linux-*.tar.gz")
    target = home / "unpacked"
    target.mkdir()
    with tarfile.open(archive) as tar:
        tar.extractall(target, filter="tar")
    assert [p.name for p in target.iterdir()] == [manifest.COMMAND]
    return target / manifest.COMMAND / manifest.COMMAND


def _venv_labeler(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "labeler.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def server(unpacked: Path, no_python: dict[str, str], home: Path) -> Iterator[dict[str, str]]:
    """A fresh database seeded by the bundle's own `labeler seed-demo` (the demo's media
    generator: scenes drawn, recordings read, migrations run, all from inside the bundle),
    served by `labeler serve` from the project's venv, with a new annotator."""
    database = f"sqlite:///{home / 'server.sqlite3'}"
    media = home / "media"
    seeded = subprocess.run(
        [str(unpacked), "seed-demo", "--database", database, "--media", str(media)],
        env=no_python,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert seeded.returncode == 0, seeded.stdout[-2000:] + seeded.stderr[-3000:]
    _venv_labeler(
        "admin", "create-user", "smoke", "--role", "annotator", "--password", PASSWORD,
        "--database", database,
    )  # fmt: skip
    token = _venv_labeler("admin", "token", "smoke", "--database", database).strip()
    port = free_port()
    log = (home / "serve.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "labeler.cli", "serve", "--database", database,
         "--media", str(media), "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{url}/api/v1/health", timeout=2).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.2)
        else:
            pytest.fail("labeler serve did not answer: " + (home / "serve.log").read_text())
        yield {"url": url, "token": token, "seeded": seeded.stdout}
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()


def _api(server: dict[str, str], path: str, **params: Any) -> Any:
    r = requests.get(
        f"{server['url']}/api/v1{path}",
        params=params,
        headers={"Authorization": f"Bearer {server['token']}"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()


# A window of the bundled workbench on the private display xvfb-run made: started with the
# person's environment (no Python on PATH), focused, sent KEYS, then (with a sound server,
# PULSE) what it plays recorded from the sound card's monitor for 3 s; WAIT_FOR awaited in
# the trace, the screen photographed, the window closed with Ctrl+Q.
WINDOW = r"""
set -u
env -i PATH="$NO_PYTHON_PATH" HOME="$USER_HOME" LANG=C.UTF-8 DISPLAY="$DISPLAY" \
    XAUTHORITY="${XAUTHORITY:-}" PULSE_SERVER="$PULSE" QT_QPA_PLATFORM=xcb LABELER_TRACE="$TRACE" \
    LABELER_DATA_DIR="$DATA" LABELER_CONFIG_DIR="$CONFIG" \
    "$APP" --server "$URL" --token "$TOKEN" --project "$PROJECT" > "$LOG" 2>&1 &
app=$!
for _ in $(seq 1 600); do
    grep -q '"startup"' "$TRACE" 2>/dev/null && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
done
window=$(xdotool search --sync --name '^labeler' | head -1)
xdotool windowfocus --sync "$window"
for key in $KEYS; do
    xdotool key --window "$window" "$key"
    sleep 0.3
done
if [ -n "$PULSE" ]; then
    timeout 3 parec --server="$PULSE" -d out.monitor --raw --format=s16le --channels=1 \
        --rate=16000 > "$RECORD"
fi
for _ in $(seq 1 300); do
    [ "$(grep -c "\"$WAIT_FOR\"" "$TRACE")" -ge 1 ] && break
    sleep 0.1
done
sleep 1
import -window root "$SHOT"
xdotool key --window "$window" ctrl+q
for _ in $(seq 1 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
kill "$app" 2>/dev/null
wait "$app"
"""


def _window(
    app: Path,
    no_python: dict[str, str],
    server: dict[str, str],
    run: Path,
    project: str,
    keys: str,
    wait_for: str,
    pulse: str | None = None,
) -> tuple[list[dict[str, Any]], str]:
    """Run the bundled workbench in a real window; its trace events and its log."""
    run.mkdir()
    trace = run / "trace.jsonl"
    env = {
        **os.environ,
        "NO_PYTHON_PATH": no_python["PATH"],
        "USER_HOME": str(run / "home"),
        "TRACE": str(trace),
        "DATA": str(run / "data"),
        "CONFIG": str(run / "config"),
        "APP": str(app),
        "URL": server["url"],
        "TOKEN": server["token"],
        "PROJECT": project,
        "KEYS": keys,
        "WAIT_FOR": wait_for,
        "PULSE": pulse or "",
        "RECORD": str(run / "played.raw"),
        "LOG": str(run / "app.log"),
        "SHOT": str(run / "window.png"),
    }
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "bash", "-c", WINDOW],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    log = (run / "app.log").read_text(errors="replace") if (run / "app.log").exists() else ""
    assert done.returncode == 0, done.stderr[-3000:] + log[-3000:]
    events = [json.loads(line) for line in trace.read_text().splitlines()] if trace.exists() else []
    assert "Traceback" not in log, log[-4000:]
    assert "Could not load the Qt platform plugin" not in log, log[-2000:]
    assert (run / "window.png").stat().st_size > 10_000
    keep = os.environ.get("LABELER_KEEP_SCREENSHOTS")
    if keep:
        shutil.copy(run / "window.png", Path(keep) / f"bundle-{project}.png")
    return events, log


def test_version_from_the_unpacked_folder(unpacked: Path, no_python: dict[str, str]) -> None:
    from labeler.cli import version_text

    done = subprocess.run(
        [str(unpacked), "--version"], env=no_python, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{version_text()}\n"
    assert "(Qt 6." in done.stdout


def test_the_demo_generator_seeded_every_project(server: dict[str, str]) -> None:
    projects = {p["id"]: p for p in _api(server, "/projects")["projects"]}
    assert {"street-scenes", "review-sentiment", "call-snippets", "news-entities"} <= set(projects)
    assert all(p["items_total"] > 0 for p in projects.values())


def test_an_item_answered_by_key_reaches_the_server(
    unpacked: Path, no_python: dict[str, str], server: dict[str, str], home: Path
) -> None:
    events, log = _window(
        unpacked, no_python, server, home / "sentiment", "review-sentiment", "1", "uploaded"
    )
    kinds = [e["event"] for e in events]
    assert "startup" in kinds, log[-3000:]
    assert kinds.count("submitted") == 1, log[-3000:]
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        mine = _api(server, "/submissions", mine="true", limit=10)["submissions"]
        if mine:
            break
        time.sleep(0.3)
    assert len(mine) == 1
    assert mine[0]["project_id"] == "review-sentiment"


@pytest.fixture(scope="module")
def sound_card(home: Path) -> Iterator[str | None]:
    """A private PulseAudio server whose one sound card is a null sink (what is played
    there can be recorded from its monitor): its address, or None without PulseAudio."""
    if shutil.which("pulseaudio") is None or shutil.which("parec") is None:
        yield None
        return
    runtime = home / "pulse"
    runtime.mkdir(mode=0o700)
    socket = runtime / "native"
    with (home / "pulse.log").open("wb") as log:
        proc = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
             f"--load=module-native-protocol-unix socket={socket} auth-anonymous=1",
             "--load=module-null-sink sink_name=out"],
            env={**os.environ, "HOME": str(runtime), "XDG_RUNTIME_DIR": str(runtime)},
            stdout=log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 20
            while not socket.exists() and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(0.1)
            assert socket.exists(), (home / "pulse.log").read_text()
            yield f"unix:{socket}"
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def test_audio_plays_through_the_ffmpeg_backend(
    unpacked: Path,
    no_python: dict[str, str],
    server: dict[str, str],
    home: Path,
    sound_card: str | None,
) -> None:
    """QtMultimedia's FFmpeg plugin, its libraries and the recording's codec are all in the
    bundle: Qt says which backend plays, FFmpeg reads the clip, and Space makes sound on the
    sound card (a private PulseAudio server's; without one, only the first two)."""
    import numpy as np

    run = home / "audio"
    events, log = _window(
        unpacked, no_python, server, run, "call-snippets", "space", "item_shown", sound_card
    )
    assert "startup" in [e["event"] for e in events], log[-3000:]
    assert "Using Qt multimedia with FFmpeg" in log, log[-3000:]
    assert "Audio: vorbis" in log, log[-3000:]
    assert "No QtMultimedia backends found" not in log
    if sound_card is None:
        if os.environ.get("LABELER_BUNDLE_SMOKE") == "1":
            pytest.fail("no PulseAudio to play into (scripts/system-deps.sh installs it)")
        return
    played = np.fromfile(run / "played.raw", dtype="<i2").astype(float)
    assert played.size > 16000, "less than a second recorded"
    assert np.sqrt(np.mean(played**2)) > 100, "the sound card heard silence"


def test_the_bundle_carries_its_assets_and_entry_point_metadata(unpacked: Path) -> None:
    internal = unpacked.parent / "_internal"
    for name in manifest.REQUIRED_DATA:
        assert (internal / name).is_file(), name
    # The installed distribution's metadata (an editable install's too), not a checkout's
    # labeler.egg-info.
    [info] = internal.glob(f"{manifest.COMMAND}-*.dist-info")
    assert "labeler = labeler.cli:main" in (info / "entry_points.txt").read_text()
    assert not list(internal.glob("*.egg-info"))
    for plugin in manifest.plugin_distributions():
        normal = plugin.name.replace("-", "_")
        assert list(internal.glob(f"{normal}-*.dist-info")), plugin.name
    plugins = internal / "PySide6" / "Qt" / "plugins"
    found = {manifest.plugin_name(str(p.relative_to(internal))) for p in plugins.rglob("*.so")}
    assert found == set(manifest.QT_PLUGINS["linux"])


def test_the_plugins_installed_at_build_time_load_in_the_bundle(
    unpacked: Path, no_python: dict[str, str]
) -> None:
    """Every distribution declaring `labeler.plugins` where the bundle was built (the
    shipped plugins, installed by make) is found by its entry point and loads."""
    done = subprocess.run(
        [str(unpacked), "plugins"], env=no_python, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    listed = {line.split(" (")[0] for line in done.stdout.splitlines()}
    expected = {
        point.split(" = ")[0]
        for plugin in manifest.plugin_distributions()
        for point in plugin.entry_points
    }
    assert expected <= listed, done.stdout


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_the_deb_gives_a_menu_entry_and_a_working_command(
    home: Path, no_python: dict[str, str]
) -> None:
    from labeler.cli import version_text

    package = _built(f"{manifest.COMMAND}_*.deb")
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(package), "Package", "Version", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"Package: {manifest.COMMAND}\n" in fields
    assert f"Version: {manifest.version()}\n" in fields
    assert f"libc6 (>= {platform.libc_ver()[1]})" in fields
    root = home / "root"
    root.mkdir()
    subprocess.run(["dpkg-deb", "-x", str(package), str(root)], check=True)

    desktop = root / "usr/share/applications" / f"{manifest.APP_ID}.desktop"
    subprocess.run(["desktop-file-validate", str(desktop)], check=True)
    entry = dict(line.split("=", 1) for line in desktop.read_text().splitlines() if "=" in line)
    command = root / "usr/bin" / entry["Exec"].split()[0]
    assert os.readlink(command) == "../../opt/labeler/labeler"  # works in any root
    done = subprocess.run(
        [str(command), "--version"], env=no_python, capture_output=True, text=True, timeout=60
    )
    assert done.stdout == f"{version_text()}\n", done.stderr

    icons = root / "usr/share/icons/hicolor"
    for size in manifest.ICON_SIZES["linux"]:
        png = icons / f"{size}x{size}" / "apps" / f"{entry['Icon']}.png"
        assert _png_size(png) == (size, size)
    assert (icons / "scalable/apps" / f"{entry['Icon']}.svg").is_file()

    metainfo = root / "usr/share/metainfo" / f"{manifest.APP_ID}.metainfo.xml"
    checked = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--explain", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f'<launchable type="desktop-id">{desktop.name}</launchable>' in metainfo.read_text()
