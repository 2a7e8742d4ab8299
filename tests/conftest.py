"""Test-wide settings: Qt draws offscreen unless a test asks for a real window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
