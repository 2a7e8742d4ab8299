"""items keep the name they were imported from

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 10:00:00

Adds `items.source`: the file name or line an item was imported from, shown to leads and
reviewers (never to annotators). Items imported before have none (null).
"""

from alembic import op
import sqlalchemy as sa


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN on every backend: a batch copy of the items table would,
    # on SQLite with foreign keys on, delete the leases and submissions that refer to it.
    op.add_column("items", sa.Column("source", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_column("source")
