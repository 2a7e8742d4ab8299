"""`labeler demo` in a real window under Xvfb: closed (Ctrl+Q) inside a project and started
again, it comes back into that project, on the same item; the language changed there
(Ctrl+Alt+S, Urdu, Save), the window comes back in Urdu into the same project and item; that
window closed with Ctrl+Q, nothing the demo started is left running: no process of it, and no
task server on its port.

A real process, not a stand-in: the restart once started a new workbench process, detached
from the one `labeler demo` started; the first one ended, or, when it did not (a tester
found it still serving after the second restart), it kept the demo's task server running
once the window was closed. And both starts once landed on the project list: the project
left open was read only for a profile signed in from the sign-in screen, never for the
demo's server and token."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.xwindow import Display, Window, have_tools

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not have_tools(), reason="needs Xvfb, xdotool and imagemagick"),
]

#: In the environment of every process this test starts, and of theirs.
TAG = "LABELER_TEST_RUN"


def _tagged(run: str) -> list[int]:
    """The processes with `TAG=run` in their environment."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environment = (entry / "environ").read_bytes().split(b"\0")
        except OSError:
            continue  # gone, or not ours to read
        if f"{TAG}={run}".encode() in environment:
            found.append(int(entry.name))
    return found


def _until(what: str, ready: Callable[[], bool], timeout: float, log: Callable[[], str]) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}:\n{log()}")
        time.sleep(0.1)


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _press(window: Window, *args: str) -> None:
    """`xdotool key *args`, which closes the window it goes to."""
    try:
        window.xdotool("key", *args)
    except subprocess.CalledProcessError:
        pass  # the window closed before xdotool let go of the key


@pytest.fixture
def display() -> Iterator[Display]:
    shown = Display()
    yield shown
    shown.close()


def test_the_demo_comes_back_into_its_project_and_closing_it_ends_the_demo(
    display: Display, tmp_path: Path
) -> None:
    run = uuid.uuid4().hex
    # Both starts on the same settings and local store, each with its own trace and log.
    env = {
        TAG: run,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "LABELER_CONFIG_DIR": str(tmp_path / "config"),
        "LABELER_DATA_DIR": str(tmp_path / "data"),
    }
    demo = ("demo", "--data-dir", str(tmp_path / "demo"))
    (tmp_path / "first").mkdir()
    (tmp_path / "again").mkdir()
    first = Window(display, tmp_path / "first", *demo, "--project", "rank-answers", env=env)
    try:
        first.wait_count("item_shown", 1, timeout=90)
        item = first.events("item_shown")[0]["item_id"]
        assert first.quit() == 0
    finally:
        for pid in _tagged(run):
            os.kill(pid, signal.SIGKILL)
        first.proc.poll()
    window = Window(display, tmp_path / "again", *demo, env=env)  # no --project
    try:
        events = window.events
        # README: "Once signed in, `labeler` opens straight back into the project that was
        # open when it was closed" (not the project list).
        _until(
            "the project left open, on its item",
            lambda: any(e["item_id"] == item for e in events("item_shown")),
            90,
            window.tail,
        )
        assert not events("projects_listed")
        port = int((tmp_path / "demo" / "port").read_text())
        assert _listening(port)
        # Typed as a user types them (to the window with the keyboard), not sent to the
        # window's id: sent ones (xdotool --window) reached the window built again as a
        # second Ctrl+Alt+S in about one run in two on a loaded machine, and its settings
        # dialog then held the keyboard, so Ctrl+Q never closed it; typed keys never did.
        window.xdotool("windowfocus", "--sync", window.id)
        _press(window, "ctrl+alt+s")
        time.sleep(1)  # the dialog opens on the language list, which has the focus
        _press(window, "End")  # the last language: Urdu
        _press(window, "Return")  # Save

        def in_urdu_in_the_project() -> bool:
            shown = events()
            urdu = [i for i, e in enumerate(shown) if e.get("language") == "ur"]
            after = shown[urdu[0] :] if urdu else []
            return any(e["event"] == "item_shown" and e["item_id"] == item for e in after)

        # README (Languages): "in the profile and project in use, answers kept".
        _until("the same project and item in Urdu", in_urdu_in_the_project, 90, window.tail)
        urdu = next(i for i, e in enumerate(events()) if e.get("language") == "ur")
        assert not [e for e in events()[urdu:] if e["event"] == "projects_listed"]
        _until("the window", lambda: bool(window._search()), 30, window.tail)
        window.id = window._search().split()[0]
        # The window in Urdu is the process `labeler demo` started (the one a terminal or
        # `make demo` waits on), and that process is all there is of the demo.
        assert int(window.xdotool("getwindowpid", window.id)) == window.proc.pid
        assert _tagged(run) == [window.proc.pid]
        # As a user would, with the window in front again while it is still there: with
        # no window manager, the keyboard may go to another window of Qt's.
        for _ in range(5):
            window.xdotool("windowfocus", "--sync", window.id)
            _press(window, "ctrl+q")  # to the window with the keyboard, as a user types it
            deadline = time.monotonic() + 5
            while window._search() and time.monotonic() < deadline:
                time.sleep(0.1)
            if not window._search():
                break
        assert not window._search(), "the window did not close"

        def ended() -> bool:
            return not _tagged(run) and not _listening(port)

        left = lambda: f"processes {_tagged(run)}, port {port} served: {_listening(port)}"  # noqa: E731
        _until("every process of the demo to end", ended, 30, left)
        assert window.proc.wait(timeout=5) == 0
    finally:
        for pid in _tagged(run):
            os.kill(pid, signal.SIGKILL)
        window.proc.poll()
