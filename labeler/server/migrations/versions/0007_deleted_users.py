"""deleted users: an account an admin deleted stays as a row that names its work

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 10:00:00

Adds `users.deleted_at`. Submissions, reviews, contests, batches and leases refer to their
user with ON DELETE CASCADE, so deleting the row would take the user's work with it; a
deleted account keeps its row (and its username), loses its tokens and its password, and
is set apart by this column. Stored users are none: it starts empty.
"""

from alembic import op
import sqlalchemy as sa

from labeler.server.models import UTCDateTime


revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN on every backend: a batch copy of the users table would,
    # on SQLite with foreign keys on, delete the rows that refer to it.
    op.add_column("users", sa.Column("deleted_at", UTCDateTime(), nullable=True))


def downgrade() -> None:
    op.drop_column("users", "deleted_at")
