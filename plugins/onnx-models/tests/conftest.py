"""Fixtures of the plugin's tests: a folder of tiny models and pictures."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def models(tmp_path: Path) -> Path:
    """A folder for the tests' models, YAMLs and pictures."""
    folder = tmp_path / "models"
    folder.mkdir()
    return folder
