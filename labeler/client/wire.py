"""The task server's answers as typed values, checked on arrival (PROTOCOL.md shapes).

Every `parse_*` takes decoded JSON and either returns a frozen value or raises
`BadResponse` naming the first off-protocol place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from labeler.client.errors import BadResponse
from labeler.client.jsonread import Reader
from labeler.client.workitem import MediaInfo, Training, WorkItem
from labeler.core.problems import SchemaInvalid
from labeler.core.schema import Schema, parse_schema

SHA256 = re.compile(r"^[0-9a-f]{64}$")
_CODE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


@dataclass(frozen=True)
class MessageCode:
    """A sentence of the task server as a stable code and its values (docs/protocol.md
    "Message codes"): the workbench says it in the interface's language, and falls back to
    the English that came with it for a code it does not know."""

    code: str
    params: dict[str, str | int | float | bool | None]


def message_code(value: Any) -> MessageCode | None:
    """A message code as received, or None when there is none or it is not one (an
    extension: its English is there all the same, so a malformed one is ignored)."""
    if not isinstance(value, dict):
        return None
    code, params = value.get("code"), value.get("params", {})
    if not isinstance(code, str) or not _CODE.match(code) or not isinstance(params, dict):
        return None
    kept: dict[str, str | int | float | bool | None] = {}
    for name, param in params.items():
        if isinstance(param, str):
            kept[str(name)] = param[:1000]
        elif param is None or isinstance(param, bool | int | float):
            kept[str(name)] = param
        else:
            return None
    return MessageCode(code, kept)


@dataclass(frozen=True)
class User:
    """Who is signed in."""

    id: str
    username: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class UserRef:
    """A user as other objects name them (`{"id", "username"}`)."""

    id: str
    username: str


@dataclass(frozen=True)
class SignIn:
    """The answer to `POST /auth/token`."""

    token: str
    user: User


@dataclass(frozen=True)
class TokenLife:
    """`GET /auth/token`: when the calling token was made and last used, and when it
    stops working (`expires_at` whatever its use, `idle_expires_at` unless used again)."""

    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime
    idle_expires_at: datetime


@dataclass(frozen=True)
class SkillInfo:
    """One skill of `GET /me`: accuracy over the newest 50 gold answers (None before one)."""

    gold_answered: int
    gold_passed: int
    accuracy: float | None


@dataclass(frozen=True)
class Earned:
    """What a user earned in one currency (`GET /me`): approved (accepted work), pending
    (waiting for review), rejected (what rejections cost). Never a sum of currencies."""

    currency: str
    approved: Decimal
    pending: Decimal
    rejected: Decimal


@dataclass(frozen=True)
class Me:
    """`GET /me`: the user, their skills and earnings.

    `earnings` is the protocol's one-currency object as received (amounts as decimal
    strings); `earned` is every currency's, by currency code: the task server's
    `earnings_by_currency`, or from an older server that sends only `earnings`, that one
    currency when it earned anything there."""

    user: User
    skills: dict[str, SkillInfo]
    earnings: dict[str, str]
    raw: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)
    earned: tuple[Earned, ...] = ()


@dataclass(frozen=True)
class Reward:
    """What one accepted answer earns."""

    amount: Decimal
    currency: str


@dataclass(frozen=True)
class Project:
    """A project as an annotator sees it; `raw` keeps the JSON as received."""

    id: str
    name: str
    media: str
    schema_version: int
    skill: str
    reward: Reward
    lease_seconds: int
    training: bool
    eligible: bool
    locked_reason: str | None
    items_total: int | None
    items_remaining: int | None
    raw: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)
    #: `locked_reason` as a message code, when the server gives one.
    locked: MessageCode | None = None


@dataclass(frozen=True)
class SchemaVersion:
    """One version of a project's schema."""

    version: int
    schema: Schema
    raw: dict[str, Any] = field(repr=False, compare=False, default_factory=dict)


@dataclass(frozen=True)
class Batch:
    """A leased batch: its items in order, parsed and as received."""

    id: str
    project_id: str
    schema_version: int
    lease_expires_at: datetime
    items: tuple[WorkItem, ...]
    raw_items: tuple[dict[str, Any], ...] = field(repr=False, compare=False)


@dataclass(frozen=True)
class Accepted:
    """The answer to a stored (201) or replayed (200) submission."""

    status_code: int
    id: str
    status: str
    gold: dict[str, Any] | None


#: Contest states; `closed` stands for a contest an older server closed without saying how.
CONTEST_STATES = ("open", "upheld", "dismissed", "closed")


@dataclass(frozen=True)
class ContestInfo:
    """A contest on one of the annotator's own submissions: `state` open, upheld or
    dismissed (`closed` from servers that do not say), the annotator's reason, the lead's
    reply and who resolved it when."""

    id: str
    state: str
    reason: str
    reply: str | None = None
    created_at: datetime | None = None
    resolved_at: datetime | None = None
    resolved_by: str | None = None

    @property
    def open(self) -> bool:
        return self.state == "open"


@dataclass(frozen=True)
class HistoryEntry:
    """One submission of `GET /submissions?mine=true`."""

    id: str
    item_id: str
    project_id: str
    status: str
    review: dict[str, Any] | None
    reward: Reward | None
    gold: dict[str, Any] | None
    submitted_at: datetime
    active_ms: int
    contest: ContestInfo | None = None
    #: The submission this one corrected (an amendment), else None.
    amends: str | None = None


@dataclass(frozen=True)
class HistoryPage:
    """A page of history and the cursor of the next (None on the last)."""

    entries: tuple[HistoryEntry, ...]
    next_cursor: str | None


@dataclass(frozen=True)
class Health:
    """`GET /health`: alive, the server's version, and the oldest workbench it takes (None
    from a server that does not say) with where to get a newer one."""

    status: str
    version: str
    min_workbench_version: str | None = None
    workbench_download_url: str | None = None


def _user(r: Reader) -> User:
    roles = tuple(role.value for role in r.entries("roles"))
    if not all(isinstance(role, str) for role in roles):
        raise r.fail("must list roles as strings", "roles")
    return User(r.id("id"), r.text("username", max_len=1024), roles)


def parse_sign_in(obj: Any) -> SignIn:
    r = Reader(obj, "sign-in answer")
    return SignIn(r.text("token", max_len=4096), _user(r.get("user")))


def parse_token_life(obj: Any) -> TokenLife:
    r = Reader(obj, "token answer")
    last = r.moment("last_used_at") if r.has("last_used_at") else None
    return TokenLife(
        r.moment("created_at"), last, r.moment("expires_at"), r.moment("idle_expires_at")
    )


def parse_me(obj: Any) -> Me:
    r = Reader(obj, "/me answer")
    skills: dict[str, SkillInfo] = {}
    for name in (r.opt_mapping("skills") or {}).keys():
        s = r.get("skills").get(name)
        accuracy = s.opt_number("accuracy")
        if accuracy is not None and not 0.0 <= accuracy <= 1.0:
            raise s.fail("must lie between 0 and 1", "accuracy")
        skills[str(name)] = SkillInfo(
            s.integer("gold_answered"), s.integer("gold_passed"), accuracy
        )
    earnings: dict[str, str] = {}
    if r.has("earnings"):
        e = r.get("earnings")
        for key in ("currency", "pending", "approved", "rejected"):
            value = e.opt_text(key, max_len=64)
            if value is not None:
                earnings[key] = value
    if r.has("earnings_by_currency"):
        earned = tuple(_earned(e) for e in r.entries("earnings_by_currency"))
        codes = [e.currency for e in earned]
        if len(set(codes)) != len(codes):
            raise r.fail("names a currency twice", "earnings_by_currency")
        earned = tuple(sorted(earned, key=lambda e: e.currency))
    else:
        earned = _earned_alone(earnings)
    return Me(_user(r), skills, earnings, r.obj(), earned)


def _amount(r: Reader, key: str) -> Decimal:
    text = r.text(key, max_len=64)
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise r.fail("must be a decimal", key) from None
    if not value.is_finite() or value < 0:
        raise r.fail("must be a decimal of at least 0", key)
    return value


def _earned(r: Reader) -> Earned:
    currency = r.text("currency", max_len=16)
    if not currency:
        raise r.fail("must not be empty", "currency")
    return Earned(currency, _amount(r, "approved"), _amount(r, "pending"), _amount(r, "rejected"))


def _earned_alone(earnings: dict[str, str]) -> tuple[Earned, ...]:
    """An older server's one currency, when it names one and anything was earned in it;
    amounts that are not decimals read as nothing (it was never checked)."""
    try:
        one = _earned(Reader(earnings, "/me earnings"))
    except BadResponse:
        return ()
    return (one,) if one.approved or one.pending or one.rejected else ()


def parse_reward(r: Reader) -> Reward:
    amount = r.obj().get("amount", 0)
    if isinstance(amount, bool) or not isinstance(amount, int | float | str):
        raise r.fail("must be a decimal", "amount")
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        raise r.fail("must be a decimal", "amount") from None
    if not value.is_finite() or value < 0:
        raise r.fail("must be a decimal of at least 0", "amount")
    return Reward(value, r.opt_text("currency", max_len=16) or "")


def parse_project(obj: Any, r: Reader | None = None) -> Project:
    r = r or Reader(obj, "project")
    reward = parse_reward(r.get("reward")) if r.has("reward") else Reward(Decimal(0), "")
    media = r.text("media", max_len=16)
    if media not in ("image", "text", "audio"):
        raise r.fail("must be image, text or audio", "media")
    pid = r.id("id")
    return Project(
        id=pid,
        name=r.text("name", max_len=1024),
        media=media,
        schema_version=r.integer("schema_version", low=1),
        skill=r.opt_text("skill", max_len=1024) or pid,
        reward=reward,
        lease_seconds=r.opt_integer("lease_seconds", low=1) or 1800,
        training=r.flag("training", default=False),
        eligible=r.flag("eligible", default=True),
        locked_reason=r.opt_text("locked_reason", max_len=10_000),
        items_total=r.opt_integer("items_total"),
        items_remaining=r.opt_integer("items_remaining"),
        raw=r.obj(),
        locked=message_code(r.obj().get("locked")),
    )


def parse_projects(obj: Any) -> list[Project]:
    r = Reader(obj, "project list")
    return [parse_project(p.value, p) for p in r.entries("projects")]


def parse_schema_version(obj: Any) -> SchemaVersion:
    r = Reader(obj, "schema")
    version = r.integer("version", low=1)
    body = {k: v for k, v in r.obj().items() if k != "version"}
    try:
        schema = parse_schema(body)
    except SchemaInvalid as exc:
        first = exc.problems[0] if exc.problems else None
        where = f" ({first.path}: {first.message})" if first else ""
        raise r.fail(f"is not a valid label schema{where}") from None
    return SchemaVersion(version, schema, body)


def parse_media(r: Reader) -> MediaInfo:
    sha = r.text("sha256", max_len=64)
    if not SHA256.match(sha):
        raise r.fail("must be 64 lower-case hex digits", "sha256")
    display = r.get("variants").get("display") if r.has("variants") else None
    has_display = display is not None and display.value is not None
    return MediaInfo(
        sha256=sha,
        mime=r.opt_text("mime", max_len=200) or "",
        bytes=r.integer("bytes"),
        url=r.text("url", max_len=8192),
        width=r.opt_integer("width", low=1),
        height=r.opt_integer("height", low=1),
        duration=r.opt_number("duration"),
        display_url=display.text("url", max_len=8192) if display and has_display else None,
        display_width=display.opt_integer("width", low=1) if display and has_display else None,
        display_height=display.opt_integer("height", low=1) if display and has_display else None,
        display_bytes=display.opt_integer("bytes") if display and has_display else None,
    )


def parse_item(r: Reader, batch_id: str, project_id: str, schema_version: int) -> WorkItem:
    """One batch item as a WorkItem (no local paths yet)."""
    training = None
    if r.has("training"):
        t = r.get("training")
        training = Training(answer=t.mapping("answer"), hint=t.opt_text("hint"))
    return WorkItem(
        id=r.id("id"),
        batch_id=batch_id,
        project_id=project_id,
        schema_version=schema_version,
        text=r.opt_text("text", max_len=4 << 20),
        data=r.opt_mapping("data") or {},
        prefill=r.opt_mapping("prefill"),
        media=parse_media(r.get("media")) if r.has("media") else None,
        training=training,
    )


def parse_batch(obj: Any) -> Batch:
    r = Reader(obj, "batch")
    batch_id, project_id = r.id("id"), r.id("project_id")
    version = r.integer("schema_version", low=1)
    entries = r.entries("items")
    items = tuple(parse_item(e, batch_id, project_id, version) for e in entries)
    if len({item.id for item in items}) != len(items):
        raise r.fail("lists one item twice", "items")
    return Batch(
        batch_id,
        project_id,
        version,
        r.moment("lease_expires_at"),
        items,
        tuple(e.obj() for e in entries),
    )


def parse_gold(r: Reader) -> dict[str, Any] | None:
    """A verdict (`gold`), checked for `passed`, `score` and `fields`; None when absent."""
    if r.value is None:
        return None
    r.flag("passed")
    r.number("score")
    r.opt_mapping("fields")
    return r.obj()


def contest_state(r: Reader) -> str:
    """A contest's `state`; from a server without one, open until resolved."""
    if not r.has("state"):
        return "closed" if r.has("resolved_at") else "open"
    state = r.text("state", max_len=32)
    if state not in CONTEST_STATES:
        raise r.fail(f"must be one of {', '.join(CONTEST_STATES[:3])}", "state")
    return state


def _resolver(r: Reader) -> str | None:
    who = r.obj().get("resolved_by")
    if isinstance(who, dict):
        return r.get("resolved_by").opt_text("username", max_len=1024)
    return None


def parse_contest_info(r: Reader) -> ContestInfo | None:
    """The `contest` of a history entry, or of a 409 `already_contested`; None when absent."""
    if r.value is None:
        return None
    return ContestInfo(
        id=r.id("id"),
        state=contest_state(r),
        reason=r.text("reason", max_len=10_000),
        reply=r.opt_text("reply", max_len=100_000),
        created_at=r.moment("created_at") if r.has("created_at") else None,
        resolved_at=r.moment("resolved_at") if r.has("resolved_at") else None,
        resolved_by=_resolver(r),
    )


def parse_accepted(obj: Any, status_code: int) -> Accepted:
    r = Reader(obj, "submission answer")
    return Accepted(
        status_code, r.id("id"), r.text("status", max_len=64), parse_gold(r.get("gold"))
    )


def parse_history(obj: Any) -> HistoryPage:
    r = Reader(obj, "history")
    entries = [parse_history_entry(e) for e in r.entries("submissions")]
    return HistoryPage(tuple(entries), r.opt_text("next_cursor", max_len=4096))


def parse_history_entry(e: Reader) -> HistoryEntry:
    """One submission of the history (a page's entry, or `GET /submissions/{id}`)."""
    return HistoryEntry(
        id=e.id("id"),
        item_id=e.id("item_id"),
        project_id=e.id("project_id"),
        status=e.text("status", max_len=64),
        review=e.opt_mapping("review"),
        reward=parse_reward(e.get("reward")) if e.has("reward") else None,
        gold=parse_gold(e.get("gold")),
        submitted_at=e.moment("submitted_at"),
        active_ms=e.opt_integer("active_ms") or 0,
        contest=parse_contest_info(e.get("contest")),
        amends=e.opt_text("amends", max_len=64),
    )


def parse_health(obj: Any) -> Health:
    r = Reader(obj, "health answer")
    return Health(
        r.text("status", max_len=64),
        r.opt_text("version", max_len=200) or "",
        r.opt_text("min_workbench_version", max_len=200),
        r.opt_text("workbench_download_url", max_len=2000),
    )
