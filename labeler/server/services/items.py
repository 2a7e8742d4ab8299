"""Items: import (all or nothing, every problem named by its item's index), and the paged
list leads curate from, each item with how it fared."""

from __future__ import annotations

import heapq
from typing import Any

from sqlalchemy import ColumnElement, Select, Text, case, cast, func, insert, select, text
from sqlalchemy.orm import Session

from labeler.core.answers import ItemContext, validate_answer
from labeler.core.itemdata import candidate_media, item_data_problems, keyed_candidates
from labeler.core.itemfit import item_fit_problems
from labeler.core.jsonvalues import stored_json_problem, string_problem
from labeler.core.problems import AnswerInvalid, Problem
from labeler.core.schema import Schema
from labeler.server.config import Settings
from labeler.server.errors import ApiError, bad_request
from labeler.server.models import (
    Contest,
    Item,
    Lease,
    Media,
    Project,
    Submission,
    counted,
    new_id,
    utcnow,
)
from labeler.server.services.answerable import Viewer, shown
from labeler.server.services.candidates import media_of_candidates, record_candidate_media
from labeler.server.services.media_store import SHA256_PATTERN
from labeler.server.services.payload import decode_cursor, encode_cursor, invalid
from labeler.server.services.project_admin import get_project
from labeler.server.services.projects import get_schema
from labeler.server.services.serialize import item_json

MAX_ITEMS_PER_REQUEST = 10_000
MAX_HINT_CHARS = 10_000
MAX_REPORTED = 200
#: An item's source name: a file's path in its folder, a line of a file.
MAX_SOURCE_CHARS = 1024
_ITEM_KEYS = {"text", "media", "data", "prefill", "prefill_confidence", "gold", "source"}
_MEDIA_PREFIX = {"image": "image/", "audio": "audio/"}


def item_context(item_text: str | None, media: Media | None, data: object = None) -> ItemContext:
    """What answer validation may check about an item, its candidates and record from its
    `data` (an item's data is an object; None leaves them unknown)."""
    if media is None:
        context = ItemContext(text=item_text)
    else:
        context = ItemContext(
            text=item_text, width=media.width, height=media.height, duration=media.duration
        )
    return context if data is None else context.with_data(data)


def check_answer(
    schema: Schema, answer: object, context: ItemContext, path: str, out: list[Problem]
) -> dict[str, Any] | None:
    """Validate a prefill or gold answer (a proposal: `validate_answer`), adding its problems
    under `path`; the clean answer or None."""
    too_big = stored_json_problem(answer)
    if too_big is not None:
        out.append(Problem(path, too_big))
        return None
    try:
        return validate_answer(schema, answer, context, proposal=True)
    except AnswerInvalid as exc:
        for p in exc.problems:
            sub = p.path if not p.path or p.path.startswith("[") else f".{p.path}"
            out.append(Problem(f"{path}{sub}", p.message))
        return None


def check_confidence(value: object, prefill: object, path: str, out: list[Problem]) -> float | None:
    """A prefill's confidence: a number from 0 to 1, given only with a prefill."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        out.append(Problem(path, "must be a number from 0 to 1"))
        return None
    if prefill is None:
        out.append(Problem(path, "is the confidence of a prefill; this item has none"))
        return None
    return float(value)


def check_hint(hint: object, path: str, out: list[Problem]) -> str | None:
    if hint is None:
        return None
    if not isinstance(hint, str) or len(hint) > MAX_HINT_CHARS or "\x00" in hint:
        out.append(
            Problem(path, f"must be a string of at most {MAX_HINT_CHARS} characters, without NUL")
        )
        return None
    return hint


class _Importer:
    """Checks raw items against one project; collects structural and answer problems."""

    def __init__(self, session: Session, settings: Settings, project: Project) -> None:
        self.session = session
        self.settings = settings
        self.project = project
        self.schema = get_schema(session, project.id, project.schema_version)
        self.problems: list[Problem] = []
        self.answer_problems: list[Problem] = []
        self.media: dict[str, Media] = {}

    def load_media(self, raw_items: list[Any]) -> None:
        wanted = {
            raw["media"]
            for raw in raw_items
            if isinstance(raw, dict)
            and isinstance(raw.get("media"), str)
            and SHA256_PATTERN.match(raw["media"])
        }
        wanted.update(
            sha
            for raw in raw_items
            if isinstance(raw, dict)
            for sha in candidate_media(raw.get("data"))
        )
        shas = sorted(wanted)
        for start in range(0, len(shas), 500):
            chunk = shas[start : start + 500]
            rows = self.session.execute(select(Media).where(Media.sha256.in_(chunk))).scalars()
            self.media.update((m.sha256, m) for m in rows)

    def row(self, index: int, raw: object) -> dict[str, Any] | None:
        at = f"items[{index}]"
        if not isinstance(raw, dict):
            self.problems.append(Problem(at, "must be an object"))
            return None
        before = len(self.problems) + len(self.answer_problems)
        for key in sorted(set(raw) - _ITEM_KEYS, key=str):
            self.problems.append(Problem(f"{at}.{key}", "unknown key"))
        text = self._text(raw, at)
        media = self._media(raw, at)
        data = raw.get("data", {})
        if data is None:
            data = {}
        if not isinstance(data, dict):
            self.problems.append(Problem(f"{at}.data", "must be an object"))
        elif (too_big := stored_json_problem(data)) is not None:
            self.problems.append(Problem(f"{at}.data", too_big))
        else:
            data = keyed_candidates(data)
            self._data(data, f"{at}.data")
        context = item_context(text, media, data)
        prefill = raw.get("prefill")
        if prefill is not None:
            prefill = check_answer(
                self.schema, prefill, context, f"{at}.prefill", self.answer_problems
            )
        confidence = check_confidence(
            raw.get("prefill_confidence"), raw.get("prefill"), f"{at}.prefill_confidence",
            self.problems,
        )  # fmt: skip
        gold_answer, gold_hint = None, None
        gold = raw.get("gold")
        if gold is not None:
            if not isinstance(gold, dict) or "answer" not in gold or set(gold) - {"answer", "hint"}:
                self.problems.append(Problem(f"{at}.gold", 'must be {"answer", "hint"?}'))
            else:
                gold_answer = check_answer(
                    self.schema, gold["answer"], context, f"{at}.gold.answer", self.answer_problems
                )
                gold_hint = check_hint(gold.get("hint"), f"{at}.gold.hint", self.problems)
        source = self._source(raw, at)
        if len(self.problems) + len(self.answer_problems) > before:
            return None
        return {
            "source": source,
            "text": text,
            "media_sha256": media.sha256 if media else None,
            "data": data,
            "prefill": prefill,
            "prefill_confidence": confidence,
            "is_gold": gold is not None,
            "gold_answer": gold_answer,
            "gold_hint": gold_hint,
        }

    def _data(self, data: dict[str, Any], at: str) -> None:
        """The comparison shapes of `data`, and its candidates' media: uploaded images or
        audio."""
        shape_problems = item_data_problems(data, at)
        self.problems.extend(Problem(p.path, p.message) for p in shape_problems)
        if shape_problems:
            return
        # A field that compares candidates or verifies a record cannot be answered on an
        # item without them: annotators could only skip it.
        self.problems.extend(
            Problem(p.path, p.message) for p in item_fit_problems(self.schema, data, at)
        )
        for i, candidate in enumerate(data.get("candidates") or []):
            sha = candidate.get("media")
            if sha is None:
                continue
            where = f"{at}.candidates[{i}].media"
            media = self.media.get(sha)
            if media is None:
                self.problems.append(Problem(where, "no uploaded media has that sha256"))
            elif not media.mime.startswith(("image/", "audio/")):
                self.problems.append(Problem(where, f"is {media.mime}, not an image or audio"))

    def _source(self, raw: dict[str, Any], at: str) -> str | None:
        source = raw.get("source")
        if source is None:
            return None
        problem = string_problem(source)
        if problem is None and not 1 <= len(source) <= MAX_SOURCE_CHARS:
            problem = f"must be 1 to {MAX_SOURCE_CHARS} characters"
        if problem is not None:
            self.problems.append(Problem(f"{at}.source", problem))
            return None
        return str(source)

    def _text(self, raw: dict[str, Any], at: str) -> str | None:
        """The item's text: required in a text project, except for a comparison (an item
        whose `data` has candidates, a conversation or records), whose prompt may be empty
        or absent (stored as "")."""
        text = raw.get("text")
        limit = self.settings.max_item_text_chars
        if self.project.media == "text":
            if text in (None, "") and _compares(raw.get("data")):
                return ""  # the candidates, the conversation or the records are the item
            if not isinstance(text, str) or not text:
                self.problems.append(Problem(f"{at}.text", "a text project needs a non-empty text"))
                return None
        elif text is not None:
            self.problems.append(
                Problem(
                    f"{at}.text", f"only text projects take text; this one is {self.project.media}"
                )
            )
            return None
        if text is None:
            return None
        if len(text) > limit:
            self.problems.append(Problem(f"{at}.text", f"must be at most {limit} characters"))
            return None
        if "\x00" in text:
            self.problems.append(Problem(f"{at}.text", "must not contain NUL characters"))
            return None
        return text

    def _media(self, raw: dict[str, Any], at: str) -> Media | None:
        sha = raw.get("media")
        kind = self.project.media
        if kind == "text":
            if sha is not None:
                self.problems.append(Problem(f"{at}.media", "a text project takes no media"))
            return None
        if not isinstance(sha, str):
            self.problems.append(
                Problem(f"{at}.media", f"an {kind} project needs the sha256 of uploaded {kind}")
            )
            return None
        media = self.media.get(sha)
        if media is None:
            self.problems.append(Problem(f"{at}.media", "no uploaded media has that sha256"))
            return None
        if not media.mime.startswith(_MEDIA_PREFIX[kind]):
            self.problems.append(
                Problem(f"{at}.media", f"is {media.mime}, but this is an {kind} project")
            )
            return None
        return media


def import_items(
    session: Session, settings: Settings, project_id: str, body: dict[str, Any]
) -> list[str]:
    """`POST /projects/{id}/items`: create every item, or none (422 naming each problem)."""
    project = get_project(session, project_id, lock=True)
    raw_items = body.get("items")
    if set(body) - {"items"}:
        raise bad_request("The body takes only 'items'.")
    if not isinstance(raw_items, list) or not 1 <= len(raw_items) <= MAX_ITEMS_PER_REQUEST:
        raise bad_request(
            f"items must be a list of 1 to {MAX_ITEMS_PER_REQUEST} items.", path="items"
        )
    importer = _Importer(session, settings, project)
    importer.load_media(raw_items)
    rows = [importer.row(i, raw) for i, raw in enumerate(raw_items)]
    if importer.problems or importer.answer_problems:
        only_answers = not importer.problems
        problems = (importer.problems + importer.answer_problems)[:MAX_REPORTED]
        raise ApiError(
            422,
            "invalid_answer" if only_answers else "invalid_item",
            "Some items are not valid; none was imported.",
            {"errors": [p.to_json() for p in problems]},
        )
    last = session.execute(
        select(func.max(Item.seq)).where(Item.project_id == project.id)
    ).scalar_one_or_none()
    seq = int(last or 0)
    now = utcnow()
    ids: list[str] = []
    values = []
    for row in rows:
        assert row is not None
        seq += 1
        ids.append(new_id())
        values.append(
            {
                **row,
                "id": ids[-1],
                "project_id": project.id,
                "seq": seq,
                "done_count": 0,
                "complete": False,
                "created_at": now,
            }
        )
    for start in range(0, len(values), 1000):
        session.execute(insert(Item), values[start : start + 1000])
    record_candidate_media(session, ((v["id"], v["data"]) for v in values))
    _refresh_statistics(session, len(values))
    return ids


def _refresh_statistics(session: Session, added: int) -> None:
    """PostgreSQL: sample the items table again when an import grew it by a tenth or more.

    Until autovacuum comes round (a minute or more), the planner would know the table
    without these items: it would plan leasing's query (the open items by `seq`, up to a
    limit, none the user has seen) as if the project had three items, and run it as a full
    scan and a sort, about a second per lease with two dozen annotators instead of a
    millisecond. This is autovacuum's own threshold, without its wait.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    known = session.execute(
        text("SELECT reltuples FROM pg_class WHERE oid = 'items'::regclass")
    ).scalar_one()
    if added >= 50 + 0.1 * max(float(known), 0.0):
        session.execute(text("ANALYZE items"))


def answered() -> ColumnElement[bool]:
    """True for a submission with an answer: a skip's answer is stored as JSON null."""
    return Submission.answer.is_not(None) & (cast(Submission.answer, Text) != "null")


def list_items(
    session: Session,
    project: Project,
    viewer: Viewer,
    *,
    gold: bool | None,
    contested: bool,
    limit: int,
    cursor: str | None,
) -> dict[str, Any]:
    """`GET /projects/{id}/items`: one page in creation order, each item with its gold and
    figures; `gold` keeps gold or real items, `contested` those with an open contest. Items
    the viewer may still answer are left out."""
    after = _item_position(cursor) if cursor is not None else 0
    if contested:
        open_items = select(Contest.item_id).where(Contest.resolved_at.is_(None))
        query = _page_query(project.id, after, viewer).where(Item.id.in_(open_items))
        if gold is not None:
            query = query.where(Item.is_gold.is_(gold))
        rows = list(session.execute(query.limit(limit + 1)).all())
    else:
        # One range of the open-items index per (gold, complete) pair, merged: the index
        # that leasing keeps anyway serves every page without a sort.
        golds = (False, True) if gold is None else (gold,)
        pages = [
            session.execute(
                _page_query(project.id, after, viewer)
                .where(Item.is_gold.is_(g), Item.complete.is_(done))
                .limit(limit + 1)
            ).all()
            for g in golds
            for done in (False, True)
        ]
        rows = list(heapq.merge(*pages, key=lambda row: row[0].seq))[: limit + 1]
    page = rows[:limit]
    figures = _figures(session, [item.id for item, _ in page])
    candidate_media = media_of_candidates(session, [item for item, _ in page])
    next_cursor = encode_cursor([str(page[-1][0].seq)]) if len(rows) > limit else None
    return {
        "items": [
            _listed(item, media, figures.get(item.id, {}), candidate_media) for item, media in page
        ],
        "next_cursor": next_cursor,
    }


def _page_query(project_id: str, after: int, viewer: Viewer) -> Select[tuple[Item, Media]]:
    return (
        select(Item, Media)
        .outerjoin(Media, Media.sha256 == Item.media_sha256)
        .where(Item.project_id == project_id, Item.seq > after, shown(viewer))
        .order_by(Item.seq)
    )


def _item_position(cursor: str) -> int:
    (seq,) = decode_cursor(cursor, 1)
    if not seq.isascii() or not seq.isdigit() or len(seq) > 18:
        raise invalid("cursor", "is not a cursor this server made")
    return int(seq)


def _figures(session: Session, item_ids: list[str]) -> dict[str, dict[str, int]]:
    """Per item: exposure, answers, accepted, gold_answered, gold_missed, open_contests."""
    out: dict[str, dict[str, int]] = {i: {} for i in item_ids}
    if not item_ids:
        return out
    for item_id, served in session.execute(
        select(Lease.item_id, func.count())
        .where(Lease.item_id.in_(item_ids))
        .group_by(Lease.item_id)
    ):
        out[item_id]["exposure"] = int(served)
    scored = Submission.is_gold.is_(True) & Submission.gold_passed.is_not(None)
    missed = Submission.is_gold.is_(True) & Submission.gold_passed.is_(False)
    for item_id, answers, accepted, gold_answered, gold_missed in session.execute(
        select(
            Submission.item_id,
            _count_if(answered()),
            _count_if(answered() & (Submission.status == "accepted")),
            _count_if(scored),
            _count_if(missed),
        )
        .where(Submission.item_id.in_(item_ids), counted())
        .group_by(Submission.item_id)
    ):
        out[item_id].update(
            answers=int(answers or 0),
            accepted=int(accepted or 0),
            gold_answered=int(gold_answered or 0),
            gold_missed=int(gold_missed or 0),
        )
    for item_id, contests in session.execute(
        select(Contest.item_id, func.count())
        .where(Contest.item_id.in_(item_ids), Contest.resolved_at.is_(None))
        .group_by(Contest.item_id)
    ):
        out[item_id]["open_contests"] = int(contests)
    return out


def _count_if(condition: ColumnElement[bool]) -> Any:
    return func.sum(case((condition, 1), else_=0))


def _listed(
    item: Item, media: Media | None, figures: dict[str, int], candidate_media: dict[str, Media]
) -> dict[str, Any]:
    out = item_json(item, media, False, candidate_media)
    out["source"] = item.source
    out["prefill_confidence"] = item.prefill_confidence
    out["gold"] = {"answer": item.gold_answer, "hint": item.gold_hint} if item.is_gold else None
    for key in ("exposure", "answers", "accepted", "gold_answered", "gold_missed"):
        out[key] = figures.get(key, 0)
    answered_gold = out["gold_answered"]
    out["miss_rate"] = out["gold_missed"] / answered_gold if answered_gold else None
    out["open_contests"] = figures.get("open_contests", 0)
    return out


def _compares(data: object) -> bool:
    """Whether an item's `data` carries what a comparison shows (its shapes are checked
    with the rest of `data`)."""
    return isinstance(data, dict) and any(
        data.get(key) for key in ("candidates", "conversation", "record", "records")
    )
