"""Whether this workbench is new enough for a task server.

A task server names the oldest workbench it takes (`min_workbench_version` in
`GET /health`). A workbench older than that would meet a protocol it does not speak: its
uploads refused for good, its leases misread. So it asks first, before it signs in and
before its sync engine uploads or leases anything, and stops there with `WorkbenchTooOld`,
which says what to do. Versions compare in PEP 440 order (`1.10` after `1.9`, `1.4rc1`
before `1.4`), through `packaging`, as pip compares them.
"""

from __future__ import annotations

import logging

from packaging.version import InvalidVersion, Version

from labeler import __version__
from labeler.client import wire
from labeler.client.errors import WorkbenchTooOld

log = logging.getLogger(__name__)


def this_version() -> str:
    """The version of this workbench (a function, so a test can play an older one)."""
    return __version__


def too_old(needed: str | None, ours: str) -> bool:
    """Whether `ours` is older than `needed`. A server that names no version, or one that
    is not a version, takes any workbench: nothing can be compared, and refusing would
    lock people out of their work for a server's typo."""
    if not needed:
        return False
    try:
        return Version(ours) < Version(needed)
    except InvalidVersion:
        log.warning("cannot compare workbench version %r with the server's %r", ours, needed)
        return False


def check(health: wire.Health) -> None:
    """Raise `WorkbenchTooOld` when the server answering `health` needs a newer workbench."""
    ours = this_version()
    if too_old(health.min_workbench_version, ours):
        assert health.min_workbench_version is not None
        raise WorkbenchTooOld(health.min_workbench_version, ours, health.workbench_download_url)
