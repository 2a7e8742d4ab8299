"""contests end: upheld or dismissed, with the lead's reply

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 15:00:00

Adds `contests.state` (open, upheld, dismissed), `contests.reply` and
`contests.resolved_by`. Contests an older server closed get an outcome by what closed
them: one whose verdict now passes (the gold answer was corrected its way) or was
withdrawn (the item's gold removed) is upheld, and its submission accepted by it; one
closed by a correction it still fails was never answered, and is open again for the
lead's reply.
"""

from alembic import op
import sqlalchemy as sa


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch mode (a copy of the table on SQLite, which cannot add a foreign key to a
    # table): no other table refers to contests, so the copy deletes nothing.
    with op.batch_alter_table("contests", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("state", sa.String(length=16), nullable=False, server_default="open")
        )
        batch_op.add_column(sa.Column("reply", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("resolved_by", sa.String(length=36), nullable=True))
        batch_op.create_foreign_key(
            "fk_contests_resolved_by_users", "users", ["resolved_by"], ["id"], ondelete="SET NULL"
        )
        batch_op.create_index("ix_contests_resolved_by", ["resolved_by"], unique=False)

    contests = sa.table(
        "contests",
        sa.column("submission_id", sa.String),
        sa.column("state", sa.String),
        sa.column("resolved_at", sa.DateTime),
    )
    subs = sa.table(
        "submissions",
        sa.column("id", sa.String),
        sa.column("status", sa.String),
        sa.column("decided_by", sa.String),
        sa.column("gold_passed", sa.Boolean),
        sa.column("gold_withdrawn", sa.Boolean),
    )
    settled = (
        sa.select(subs.c.id)
        .where(subs.c.id == contests.c.submission_id)
        .where(sa.or_(subs.c.gold_passed.is_(True), subs.c.gold_withdrawn.is_(True)))
        .exists()
    )
    closed = contests.c.resolved_at.is_not(None)
    bind = op.get_bind()
    bind.execute(sa.update(contests).where(closed, settled).values(state="upheld"))
    bind.execute(
        sa.update(contests).where(closed, contests.c.state == "open").values(resolved_at=None)
    )
    upheld = sa.select(contests.c.submission_id).where(contests.c.state == "upheld")
    bind.execute(
        sa.update(subs)
        .where(subs.c.id.in_(upheld))
        .values(status="accepted", decided_by="contest")
    )


def downgrade() -> None:
    with op.batch_alter_table("contests", schema=None) as batch_op:
        batch_op.drop_index("ix_contests_resolved_by")
        batch_op.drop_constraint("fk_contests_resolved_by_users", type_="foreignkey")
        batch_op.drop_column("resolved_by")
        batch_op.drop_column("reply")
        batch_op.drop_column("state")
