"""a gold verdict decides the submission's status

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 10:00:00

Adds `projects.pay_failed_gold`, `submissions.decided_by` and `submissions.gold_withdrawn`,
then brings stored gold submissions in line with the rule (docs/protocol.md, Submissions):
a reviewed one keeps its status (a person decided it); a skip keeps its own; a verdict the
removal of the item's gold withdrew (no longer counting, outside training) is accepted; any
other verdict decides: passed is accepted, failed is rejected (no project paid failed gold
before this setting existed).
"""

from alembic import op
import sqlalchemy as sa


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN on every backend: a batch copy of a table would, on
    # SQLite with foreign keys on, delete the rows that refer to it.
    op.add_column(
        "projects",
        sa.Column("pay_failed_gold", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("submissions", sa.Column("decided_by", sa.String(length=16), nullable=True))
    op.add_column(
        "submissions",
        sa.Column("gold_withdrawn", sa.Boolean(), nullable=False, server_default=sa.false()),
    )

    subs = sa.table(
        "submissions",
        sa.column("id", sa.String),
        sa.column("project_id", sa.String),
        sa.column("status", sa.String),
        sa.column("decided_by", sa.String),
        sa.column("is_gold", sa.Boolean),
        sa.column("gold_passed", sa.Boolean),
        sa.column("counts_for_skill", sa.Boolean),
        sa.column("gold_withdrawn", sa.Boolean),
    )
    reviews = sa.table("reviews", sa.column("submission_id", sa.String))
    projects = sa.table("projects", sa.column("id", sa.String), sa.column("training", sa.Boolean))
    reviewed = sa.exists().where(reviews.c.submission_id == subs.c.id)
    training = (
        sa.select(projects.c.training).where(projects.c.id == subs.c.project_id).scalar_subquery()
    )
    verdict = subs.c.is_gold.is_(True) & subs.c.gold_passed.is_not(None)
    bind = op.get_bind()
    bind.execute(
        sa.update(subs)
        .where(verdict, subs.c.counts_for_skill.is_(False), training.is_(False))
        .values(gold_withdrawn=True)
    )
    bind.execute(
        sa.update(subs).where(subs.c.is_gold.is_(True), reviewed).values(decided_by="review")
    )
    undecided = verdict & subs.c.decided_by.is_(None)
    bind.execute(
        sa.update(subs)
        .where(undecided, subs.c.gold_withdrawn.is_(True))
        .values(decided_by="withdrawn", status="accepted")
    )
    bind.execute(
        sa.update(subs)
        .where(undecided)
        .values(
            decided_by="verdict",
            status=sa.case((subs.c.gold_passed.is_(True), "accepted"), else_="rejected"),
        )
    )


def downgrade() -> None:
    # Statuses stay as the rule left them: an older server reads them as any status.
    op.drop_column("submissions", "gold_withdrawn")
    op.drop_column("submissions", "decided_by")
    op.drop_column("projects", "pay_failed_gold")
