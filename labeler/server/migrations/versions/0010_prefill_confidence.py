"""prefill confidence: how sure a proposal is, and leasing the least confident first

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 05:30:00

Adds `items.prefill_confidence` (a number in [0, 1], or null), `projects.lease_order`
("sequence", as before, or "least_confident"), and `ix_items_open_confidence` on
(`project_id`, `is_gold`, `complete`, `prefill_confidence`, `seq`), which leasing in
that order reads as `ix_items_open` serves the import order.
"""

import sqlalchemy as sa
from alembic import op


revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN on every backend: a batch copy of a table would, on
    # SQLite with foreign keys on, delete the rows that refer to it.
    op.add_column("items", sa.Column("prefill_confidence", sa.Float(), nullable=True))
    op.add_column(
        "projects",
        sa.Column("lease_order", sa.String(length=16), nullable=False, server_default="sequence"),
    )
    op.create_index(
        "ix_items_open_confidence",
        "items",
        ["project_id", "is_gold", "complete", "prefill_confidence", "seq"],
    )


def downgrade() -> None:
    op.drop_index("ix_items_open_confidence", table_name="items")
    op.drop_column("projects", "lease_order")
    op.drop_column("items", "prefill_confidence")
