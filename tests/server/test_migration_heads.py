"""Migrations form one line: two migrations with the same parent leave two heads, and a
server cannot upgrade to "head" at all."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from labeler.server.db import alembic_config


def test_the_migrations_have_one_head() -> None:
    scripts = ScriptDirectory.from_config(alembic_config("sqlite://"))
    heads = scripts.get_heads()
    assert len(heads) == 1, f"several heads {heads}: chain the newest migration after the other"
    revisions = list(scripts.walk_revisions())
    assert revisions[-1].down_revision is None  # one root, every step reachable from it
    assert len({r.revision for r in revisions}) == len(revisions)
