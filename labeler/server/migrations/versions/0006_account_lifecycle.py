"""accounts with a lifecycle: disabled users, token use, failed sign-ins per client

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 20:00:00

Adds `users.disabled_at` (set while an admin has disabled the user: no sign-in, no token
works), `tokens.last_used_at` (when the token last authenticated a request, for the idle
expiry; empty until first used, then counted from `created_at`), `tokens.name` (what the
token is for, shown when tokens are listed) and `login_failures.client` (the address a
failed sign-in came from, for the per-client limit; empty for failures stored before).
"""

from alembic import op
import sqlalchemy as sa

from labeler.server.models import UTCDateTime


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN on every backend: a batch copy of the users table would,
    # on SQLite with foreign keys on, delete the rows that refer to it.
    op.add_column("users", sa.Column("disabled_at", UTCDateTime(), nullable=True))
    op.add_column("tokens", sa.Column("last_used_at", UTCDateTime(), nullable=True))
    op.add_column("tokens", sa.Column("name", sa.String(length=100), nullable=True))
    op.add_column("login_failures", sa.Column("client", sa.String(length=64), nullable=True))
    op.create_index("ix_login_failures_client_at", "login_failures", ["client", "at"])


def downgrade() -> None:
    op.drop_index("ix_login_failures_client_at", table_name="login_failures")
    with op.batch_alter_table("login_failures", schema=None) as batch_op:
        batch_op.drop_column("client")
    with op.batch_alter_table("tokens", schema=None) as batch_op:
        batch_op.drop_column("name")
        batch_op.drop_column("last_used_at")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("disabled_at")
