"""Plugins: Python distributions that declare an entry point in the group `labeler.plugins`.

The workbench, the task server and the command line find them with `importlib.metadata`
(`discover`); one that fails to load is reported with why, and the others load. What a
plugin provides is typed in `labeler.core.plugins.api`: assists, pre-annotation, formats
(registered in the same table as the built-in ones: `install_formats`) and checks.
`docs/plugins.md` shows a whole plugin.
"""

from __future__ import annotations

import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from labeler.core.plugins.api import (
    Assist,
    Check,
    CheckWarning,
    ItemView,
    Plugin,
    PreAnnotator,
    Prefill,
    Progress,
    Prompt,
    Proposal,
)

__all__ = [
    "GROUP",
    "Assist",
    "Check",
    "CheckWarning",
    "ItemView",
    "Loaded",
    "Plugin",
    "PreAnnotator",
    "Prefill",
    "Progress",
    "Prompt",
    "Proposal",
    "discover",
    "install_formats",
    "loaded_plugins",
]

GROUP = "labeler.plugins"


@dataclass(frozen=True)
class Loaded:
    """One entry point of the group: the plugin it gave, or why it gave none."""

    entry_point: str
    distribution: str
    version: str
    plugin: Plugin | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.plugin is not None


def _distribution(entry: metadata.EntryPoint) -> tuple[str, str]:
    dist = entry.dist
    if dist is None:
        return "", ""
    return str(dist.metadata["Name"] or dist.name), str(dist.version)


def _why(exc: BaseException) -> str:
    """One line: the exception and where in the plugin it was raised."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" ({frames[-1].filename}:{frames[-1].lineno})" if frames else ""
    return f"{type(exc).__name__}: {exc}{where}"


def _check(plugin: Any) -> Plugin:
    if not isinstance(plugin, Plugin):
        raise TypeError(f"gave {type(plugin).__name__}, not a labeler Plugin")
    kinds: list[tuple[str, Sequence[Any], type]] = [
        ("assists", plugin.assists, Assist),
        ("preannotators", plugin.preannotators, PreAnnotator),
        ("checks", plugin.checks, Check),
    ]
    if plugin.formats:
        # The formats' table (every built-in reader and writer, 3.6 MB) only for a plugin
        # that brings a format: the workbench loads the plugins at start.
        from labeler.core import formats

        kinds.append(("formats", plugin.formats, formats.Format))
    for name, values, kind in kinds:
        for value in values:
            if not isinstance(value, kind):
                raise TypeError(f"{name}: {value!r} is not a {kind.__name__}")
    return plugin


def load(entry: metadata.EntryPoint) -> Loaded:
    """Load one entry point; any failure, from import to a malformed plugin, is kept as
    the error of its `Loaded`, never raised."""
    distribution, version = _distribution(entry)
    try:
        target = entry.load()
        plugin = target() if callable(target) and not isinstance(target, Plugin) else target
        return Loaded(entry.name, distribution, version, plugin=_check(plugin))
    except Exception as exc:  # noqa: BLE001 - a broken plugin must not stop the app
        return Loaded(entry.name, distribution, version, error=_why(exc))


def discover(entry_points: Iterable[metadata.EntryPoint] | None = None) -> list[Loaded]:
    """Every plugin of the installed distributions (or of `entry_points`), by name."""
    found = metadata.entry_points(group=GROUP) if entry_points is None else entry_points
    return sorted((load(e) for e in found), key=lambda loaded: loaded.entry_point)


def install_formats(loaded: Iterable[Loaded]) -> list[Loaded]:
    """Register the formats of the loaded plugins; a plugin whose format takes a name
    already registered comes back with that as its error (the built-in stays)."""
    out = []
    for entry in loaded:
        if entry.plugin is not None and entry.plugin.formats:
            from labeler.core import formats

            try:
                for fmt in entry.plugin.formats:
                    formats.register(fmt)
            except formats.FormatError as exc:
                entry = Loaded(entry.entry_point, entry.distribution, entry.version, error=str(exc))
        out.append(entry)
    return out


_cache: list[Loaded] | None = None


def loaded_plugins() -> list[Loaded]:
    """The installed plugins, discovered and their formats registered once per process."""
    global _cache
    if _cache is None:
        _cache = install_formats(discover())
    return _cache
