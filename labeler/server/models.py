"""The server's tables (SQLAlchemy 2). Migrations in `labeler/server/migrations` follow these."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.elements import ColumnElement


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return str(uuid.uuid4())


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON, list[Any]: JSON}


class User(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    roles: Mapped[list[Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set while an admin has disabled the user: no sign-in, no token of theirs works.
    disabled_at: Mapped[datetime | None] = mapped_column()
    # Set when an admin deleted the user: the row stays so that their submissions, reviews
    # and contests keep naming them (services/lifecycle.py); nothing can sign in as it.
    deleted_at: Mapped[datetime | None] = mapped_column()


class Token(Base):
    """An API token, kept only as its SHA-256."""

    __tablename__ = "tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # When it last authenticated a request (the idle expiry counts from it); empty until then.
    last_used_at: Mapped[datetime | None] = mapped_column()
    # What the token is for ("workbench", "cli", …), shown when tokens are listed.
    name: Mapped[str | None] = mapped_column(String(100))
    # The token this one renewed. It keeps working until this one is first used, then goes
    # (labeler/server/tokenuse.py): a renewal whose answer was lost on the way costs nothing.
    replaces: Mapped[str | None] = mapped_column(String(64))


class LoginFailure(Base):
    """Failed sign-ins, kept in the database so every server process sees them."""

    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(255))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    # The client address it came from (the per-client limit); empty for older rows.
    client: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_login_failures_username_at", "username", "at"),
        Index("ix_login_failures_client_at", "client", "at"),
    )


class Project(Base):
    __tablename__ = "projects"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    media: Mapped[str] = mapped_column(String(16))
    schema_version: Mapped[int] = mapped_column(Integer, default=1)
    skill: Mapped[str] = mapped_column(String(64))
    reward_amount: Mapped[str] = mapped_column(String(32), default="0")
    reward_currency: Mapped[str] = mapped_column(String(8), default="USD")
    overlap: Mapped[int] = mapped_column(Integer, default=1)
    gold_ratio: Mapped[float] = mapped_column(Float, default=0.1)
    gold_ratio_new: Mapped[float] = mapped_column(Float, default=0.3)
    calibration_gold: Mapped[int] = mapped_column(Integer, default=20)
    lease_seconds: Mapped[int] = mapped_column(Integer, default=1800)
    review_rate: Mapped[float] = mapped_column(Float, default=1.0)
    training: Mapped[bool] = mapped_column(Boolean, default=False)
    # A failed gold answer is accepted and paid anyway (it still counts as missed).
    pay_failed_gold: Mapped[bool] = mapped_column(Boolean, default=False)
    requirement_skill: Mapped[str | None] = mapped_column(String(64))
    requirement_min_accuracy: Mapped[float | None] = mapped_column(Float)
    requirement_min_gold: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # `projectsettings.LEASE_ORDERS`: import order, or the least confident prefill first.
    lease_order: Mapped[str] = mapped_column(String(16), default="sequence")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SchemaVersion(Base):
    __tablename__ = "schema_versions"

    project_id: Mapped[str] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Media(Base):
    """A content-addressed file; the display variant is stored beside it."""

    __tablename__ = "media"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(String(64))
    bytes: Mapped[int] = mapped_column(BigInteger)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    duration: Mapped[float | None] = mapped_column(Float)
    display_bytes: Mapped[int | None] = mapped_column(BigInteger)
    display_width: Mapped[int | None] = mapped_column(Integer)
    display_height: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Item(Base):
    __tablename__ = "items"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(BigInteger)
    text: Mapped[str | None] = mapped_column(Text)
    media_sha256: Mapped[str | None] = mapped_column(ForeignKey("media.sha256"), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prefill: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # How sure what made the prefill was of it, in [0, 1]; for leads and reviewers only.
    prefill_confidence: Mapped[float | None] = mapped_column(Float)
    is_gold: Mapped[bool] = mapped_column(Boolean, default=False)
    gold_answer: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    gold_hint: Mapped[str | None] = mapped_column(Text)
    # Where the lead imported it from (a file name, a line): for leads and reviewers only,
    # never in what annotators receive (`gold_07.jpg` would say which items are gold).
    source: Mapped[str | None] = mapped_column(Text)
    # Stored non-skip submissions of a real item; it is complete at `overlap`.
    done_count: Mapped[int] = mapped_column(Integer, default=0)
    # done_count >= the project's overlap, kept so leasing scans only open items in order.
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        Index("ix_items_open", "project_id", "is_gold", "complete", "seq"),
        Index("ix_items_project_done", "project_id", "is_gold", "done_count"),
        # A project's items in order, a page at a time (export, item list).
        Index("ix_items_project_seq", "project_id", "is_gold", "seq"),
        # Leasing the least confident prefill first (`lease_order`).
        Index(
            "ix_items_open_confidence",
            "project_id",
            "is_gold",
            "complete",
            "prefill_confidence",
            "seq",
        ),
    )


class CandidateMedia(Base):
    """A media file one of an item's candidates shows (`data.candidates[].media`): whoever
    may see the item may fetch it, as they may fetch the item's own media."""

    __tablename__ = "candidate_media"

    item_id: Mapped[str] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    sha256: Mapped[str] = mapped_column(ForeignKey("media.sha256"), primary_key=True, index=True)


class Batch(Base):
    __tablename__ = "batches"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    schema_version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    lease_expires_at: Mapped[datetime] = mapped_column()
    released_at: Mapped[datetime | None] = mapped_column()


class Lease(Base):
    """One item of one batch. Live while `state` is leased and `expires_at` is ahead."""

    __tablename__ = "leases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    batch_id: Mapped[str] = mapped_column(ForeignKey("batches.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16), default="leased")  # leased|answered|released
    expires_at: Mapped[datetime] = mapped_column()

    __table_args__ = (
        Index("ix_leases_batch_item", "batch_id", "item_id", unique=True),
        Index("ix_leases_item_state", "item_id", "state", "expires_at"),
        Index("ix_leases_user_item", "user_id", "item_id"),
    )


class Submission(Base):
    __tablename__ = "submissions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    batch_id: Mapped[str] = mapped_column(ForeignKey("batches.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    schema_version: Mapped[int] = mapped_column(Integer)
    answer: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    skip_reason: Mapped[str | None] = mapped_column(Text)
    started_at: Mapped[datetime] = mapped_column()
    submitted_at: Mapped[datetime] = mapped_column()
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    active_ms: Mapped[int] = mapped_column(BigInteger)
    # SHA-256 of the canonical request body: the same id with another body is a conflict.
    body_digest: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))  # pending|accepted|rejected
    # Who set `status` (services/verdicts.py): None (the server: review sampling, a skip),
    # verdict, review, contest, withdrawn. Re-scoring changes only what a verdict decided.
    decided_by: Mapped[str | None] = mapped_column(String(16))
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    skill: Mapped[str] = mapped_column(String(64))
    # True for a scored answer to a gold item in a non-training project: counts for the skill.
    counts_for_skill: Mapped[bool] = mapped_column(Boolean, default=False)
    is_gold: Mapped[bool] = mapped_column(Boolean, default=False)
    gold_passed: Mapped[bool | None] = mapped_column(Boolean)
    gold_score: Mapped[float | None] = mapped_column(Float)
    gold_fields: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The item's gold was removed after this answer: its verdict no longer counts.
    gold_withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    reward_amount: Mapped[str] = mapped_column(String(32), default="0")
    reward_currency: Mapped[str] = mapped_column(String(8), default="USD")
    # An amendment names the submission it replaces; the replaced one names its replacement
    # and has the status `amended` (services/amending.py). Plain columns: a foreign key
    # would need a copy of the table on SQLite.
    amends: Mapped[str | None] = mapped_column(String(36))
    amended_by: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (
        Index("ix_submissions_user_time", "user_id", "submitted_at"),
        Index("ix_submissions_skill", "user_id", "skill", "counts_for_skill", "submitted_at"),
        Index("ix_submissions_project_status", "project_id", "status", "received_at"),
        # One amendment per submission, whatever races.
        Index("ix_submissions_amends", "amends", unique=True),
    )


#: The status of a submission its annotator replaced by an amendment: the audit trail
#: keeps it, and it counts nowhere (places, earnings, review, stats, exports).
AMENDED = "amended"


def counted() -> ColumnElement[bool]:
    """The condition of a submission that counts: every one but a replaced one."""
    return Submission.status != AMENDED


class Review(Base):
    __tablename__ = "reviews"

    submission_id: Mapped[str] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), primary_key=True
    )
    reviewer_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    decision: Mapped[str] = mapped_column(String(16))  # accept|reject
    reason: Mapped[str | None] = mapped_column(Text)
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Contest(Base):
    """An annotator's objection to a failed gold verdict, and the lead's resolution:
    `state` open, upheld or dismissed, with the lead's `reply` (services/contests.py)."""

    __tablename__ = "contests"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    submission_id: Mapped[str] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), unique=True
    )
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column()
    state: Mapped[str] = mapped_column(String(16), default="open")  # open|upheld|dismissed
    reply: Mapped[str | None] = mapped_column(Text)
    resolved_by: Mapped[str | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
