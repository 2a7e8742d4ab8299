"""Rewrite the initial migration from the models (only until the first release ships it)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command

from labeler.server.db import MIGRATIONS, alembic_config

for old in (MIGRATIONS / "versions").glob("0001_*.py"):
    old.unlink()
with tempfile.TemporaryDirectory() as tmp:
    cfg = alembic_config(f"sqlite:///{Path(tmp) / 'empty.sqlite3'}")
    command.revision(cfg, message="initial", autogenerate=True, rev_id="0001")
print("regenerated", *sorted(p.name for p in (MIGRATIONS / "versions").glob("0001_*.py")))
