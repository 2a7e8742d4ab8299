"""Test-wide settings: Qt draws offscreen unless a test asks for a real window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Passwords hash at a low scrypt cost in tests: the production cost (n = 2^17, about 0.4 s a
# hash) would spend minutes on the users the tests create. Tests of the cost itself set it.
from labeler.server import security  # noqa: E402

security.COST = security.ScryptCost(n=2**10, r=8, p=1)
