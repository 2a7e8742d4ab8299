"""candidate media: the media an item's candidates show

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 11:30:00

Adds `candidate_media` (`item_id`, `sha256`): the media files an item's comparison
candidates show (`data.candidates[].media`), so that an annotator who may see the item may
fetch them (looked up by `sha256`, indexed), and the media stays referenced while the
item lives. Items imported before have no candidates with media.
"""

import sqlalchemy as sa
from alembic import op


revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "candidate_media",
        sa.Column("item_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["sha256"], ["media.sha256"]),
        sa.PrimaryKeyConstraint("item_id", "sha256"),
    )
    op.create_index("ix_candidate_media_sha256", "candidate_media", ["sha256"])


def downgrade() -> None:
    op.drop_index("ix_candidate_media_sha256", table_name="candidate_media")
    op.drop_table("candidate_media")
