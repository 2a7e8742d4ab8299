"""Driving the real workbench window on a private X display with xdotool.

Used by the real-window tests: `Display` runs Xvfb at 1366×768, `Window` launches
`labeler` on it, sends keys with xdotool and waits on the trace (`LABELER_TRACE`)
for what each key should cause.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TOOLS = ("Xvfb", "xdotool", "import")


def have_tools() -> bool:
    return all(shutil.which(tool) for tool in TOOLS)


class Display:
    """A private Xvfb display (it picks a free number itself)."""

    def __init__(self, size: str = "1366x768x24") -> None:
        read, write = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.proc.kill()
            raise RuntimeError("Xvfb did not start")
        self.name = f":{number}"

    def env(self) -> dict[str, str]:
        return {**os.environ, "DISPLAY": self.name, "QT_QPA_PLATFORM": "xcb"}

    def screenshot(self, path: Path) -> Path:
        subprocess.run(
            ["import", "-window", "root", str(path)], env=self.env(), check=True, timeout=30
        )
        return path

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class Window:
    """`labeler` with the given arguments on `display`, traced to `home/trace.jsonl`."""

    def __init__(
        self, display: Display, home: Path, *args: str, env: dict[str, str] | None = None
    ) -> None:
        self.display, self.home = display, home
        self.trace = home / "trace.jsonl"
        self.log = home / "app.log"
        env = {
            **display.env(),
            "LABELER_TRACE": str(self.trace),
            "LABELER_DATA_DIR": str(home / "data"),
            "LABELER_CONFIG_DIR": str(home / "config"),
            **(env or {}),
        }
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "labeler.cli", *args],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        # Polled rather than `search --sync`: an app that exits at once is reported with
        # its log instead of a bare timeout.
        self.wait("the window", lambda: bool(self._search()), timeout=90)
        self.id = self._search().split()[0]
        self.xdotool("windowfocus", "--sync", self.id)

    def xdotool(self, *args: str, timeout: float = 20) -> str:
        done = subprocess.run(
            ["xdotool", *args],
            env=self.display.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )
        return done.stdout

    def _search(self) -> str:
        done = subprocess.run(
            # Visible windows only, by a name that holds "labeler" anywhere: an Urdu title
            # starts with a right-to-left mark, and Qt keeps a hidden 1x1 window too.
            ["xdotool", "search", "--onlyvisible", "--name", "labeler"],
            env=self.display.env(),
            capture_output=True,
            text=True,
            timeout=20,
        )
        return done.stdout.strip()

    def events(self, name: str | None = None) -> list[dict[str, Any]]:
        if not self.trace.exists():
            return []
        lines = self.trace.read_text(encoding="utf-8").splitlines()
        events = [json.loads(line) for line in lines if line.strip()]
        return [e for e in events if name is None or e["event"] == name]

    def wait(self, what: str, ready: Callable[[], bool], timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not ready():
            if self.proc.poll() is not None:
                raise AssertionError(f"the app exited while waiting for {what}:\n{self.tail()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}:\n{self.tail()}")
            time.sleep(0.05)

    def wait_count(self, name: str, count: int, timeout: float = 30) -> None:
        self.wait(f"{count} {name} events", lambda: len(self.events(name)) >= count, timeout)

    def keys(self, *keys: str, delay_ms: int = 30) -> None:
        """Key presses (xdotool names: `Return`, `shift+Right`, `ctrl+b`, `F2`)."""
        self.xdotool("key", "--window", self.id, "--delay", str(delay_ms), *keys)

    def type(self, text: str) -> None:
        self.xdotool("type", "--window", self.id, "--delay", "20", text)

    def next_item(self, *keys: str, timeout: float = 30) -> dict[str, Any]:
        """Press `keys` and wait for the next item to be painted; its `item_shown`."""
        before = len(self.events("item_shown"))
        self.keys(*keys)
        self.wait_count("item_shown", before + 1, timeout)
        return self.events("item_shown")[before]

    def quit(self) -> int:
        try:
            self.keys("ctrl+q")
        except subprocess.CalledProcessError:
            pass  # the window closed before xdotool let go of the keys
        try:
            return self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()

    def tail(self, chars: int = 3000) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""
