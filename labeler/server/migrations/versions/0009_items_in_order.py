"""items in order: an index to read a project's items by `seq`

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 03:30:00

Adds `ix_items_project_seq` on (`project_id`, `is_gold`, `seq`). Reading a project's items
in order a page at a time (the export, the item list) used `ix_items_open`, whose
`complete` column sits before `seq`: each page scanned every item of the project, and an
export of 100 000 items read 20 million rows.
"""

from alembic import op


revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_items_project_seq", "items", ["project_id", "is_gold", "seq"])


def downgrade() -> None:
    op.drop_index("ix_items_project_seq", table_name="items")
