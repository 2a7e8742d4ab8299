"""`labeler demo` in a real window under Xvfb: the language changed (Ctrl+Alt+S, Urdu,
Save), the window the user then sees is closed with Ctrl+Q, and nothing the demo started is
left running: no process of it, and no task server on its port.

A real process, not a stand-in: the restart once started a new workbench process, detached
from the one `labeler demo` started; the first one ended, or, when it did not (a tester
found it still serving after the second restart), it kept the demo's task server running
once the window was closed."""

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


def test_closing_the_window_after_a_language_change_ends_the_demo(
    display: Display, tmp_path: Path
) -> None:
    run = uuid.uuid4().hex
    window = Window(
        display,
        tmp_path,
        "demo",
        "--data-dir",
        str(tmp_path / "demo"),
        env={TAG: run, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    try:
        events = window.events
        _until("the project list", lambda: bool(events("projects_listed")), 90, window.tail)
        port = int((tmp_path / "demo" / "port").read_text())
        assert _listening(port)
        window.keys("ctrl+alt+s")
        time.sleep(1)  # the dialog opens on the language list, which has the focus
        window.keys("End")  # the last language: Urdu
        _press(window, "--window", window.id, "Return")  # Save

        def in_urdu() -> bool:
            shown = [e for e in events() if e["event"] in ("language", "projects_listed")]
            urdu = [i for i, e in enumerate(shown) if e.get("language") == "ur"]
            return bool(urdu) and shown[-1]["event"] == "projects_listed"

        _until("the project list in Urdu", in_urdu, 90, window.tail)
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
