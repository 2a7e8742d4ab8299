"""token renewal: a renewed token names the token it replaces

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08 16:00:00

Adds `tokens.replaces`: the token a renewal (`POST /auth/token/renew`) replaced, which keeps
working until the new one is first used and is then deleted. Stored tokens renewed none.
"""

from alembic import op
import sqlalchemy as sa


revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("tokens", sa.Column("replaces", sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column("tokens", "replaces")
