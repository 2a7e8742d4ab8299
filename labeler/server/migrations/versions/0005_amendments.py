"""amendments: a submission may replace an earlier one of its annotator

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 09:00:00

Adds `submissions.amends` (the submission an amendment replaces, unique: one amendment
per submission) and `submissions.amended_by` (the replacement of a submission whose
status is `amended`). Stored submissions are none of these: both start empty.
"""

from alembic import op
import sqlalchemy as sa


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN on every backend: a batch copy of the table would, on
    # SQLite with foreign keys on, delete the rows that refer to it.
    op.add_column("submissions", sa.Column("amends", sa.String(length=36), nullable=True))
    op.add_column("submissions", sa.Column("amended_by", sa.String(length=36), nullable=True))
    op.create_index("ix_submissions_amends", "submissions", ["amends"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_submissions_amends", table_name="submissions")
    op.drop_column("submissions", "amended_by")
    op.drop_column("submissions", "amends")
