"""The export entries of a project: which answers an export takes, item by item.

`answers` chooses them:

- `accepted` (the default): each real item's accepted answer. An item with several (an
  overlap above 1) gives its latest, and the export report says how many items had more;
  `consensus` merges them instead. Items whose answers all wait for review are counted in
  the report, so an export before the review is not a silent empty one.
- `consensus`: the suggested consensus of each real item's accepted and pending answers
  (`core.consensus.suggest_consensus`, what a reviewer is offered), rejected ones left out;
  an item with one answer gives that answer.
- `gold`: each gold item's gold answer.
- `all`: every answer of each real item, one entry per submission naming its annotator,
  whatever its status; a replaced answer (amended) is left out for its replacement.

A format that merges an item's answers itself (`Format.votes`: preference pairs, rankings,
criteria ratings) is given each answer as `all` gives it, named by its annotator: with
`accepted` every accepted one, with `consensus` the accepted and pending ones.

Items come in item order, a chunk at a time in one read transaction, so memory stays flat;
items without an answer to export are left out, as are items the caller may still
answer. A skip carries no answer and is never exported.
"""

from __future__ import annotations

import mimetypes
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Row, exists, func, null, select
from sqlalchemy.orm import Session

from labeler.core.consensus import suggest_consensus
from labeler.core.formats import ExportEntry, ExportReport, default_file_name
from labeler.core.formats.base import (
    EXAMPLES,
    SEVERAL_ACCEPTED,
    STILL_ANSWERABLE,
    WAITING_FOR_REVIEW,
)
from labeler.core.schema import Schema
from labeler.server.models import Item, Media, Project, Submission, User
from labeler.server.services.answerable import Viewer, answerable, shown

Answers = Literal["accepted", "consensus", "gold", "all"]
ANSWERS: tuple[str, ...] = ("accepted", "consensus", "gold", "all")
_CHUNK = 500
_EXTENSIONS = {"image/jpeg": ".jpg", "audio/mpeg": ".mp3", "audio/x-wav": ".wav"}


@dataclass
class Selection:
    """What to export and what the choice itself could not keep, for the report."""

    answers: str = "accepted"
    #: The format merges an item's answers itself (`Format.votes`): each comes as an entry
    #: of its own, naming its annotator (`accepted`: every accepted one; `consensus`: the
    #: accepted and pending ones the consensus would merge).
    votes: bool = False
    #: The format reads each item's `data` (`Format.item_data`).
    with_data: bool = False
    #: Items with more accepted answers than the one exported (`accepted` only).
    several: list[str] = field(default_factory=list)
    several_count: int = 0
    #: Items left out because their answers wait for review (`accepted` only).
    waiting: list[str] = field(default_factory=list)
    #: Items with answers (or gold) left out because the exporting user may still answer
    #: them: a few, and how many in all (`withheld`).
    answerable: list[str] = field(default_factory=list)
    answerable_count: int = 0

    def note(self, report: ExportReport) -> None:
        """Add to the export report what the choice of answers left out."""
        for n, item_id in enumerate(self.several):
            count = self.several_count - len(self.several) + 1 if n == 0 else 1
            report.omit("", "item", SEVERAL_ACCEPTED, item_id, count=count)
        for item_id in self.waiting:
            report.omit("", "item", WAITING_FOR_REVIEW, item_id)
        for n, item_id in enumerate(self.answerable):
            count = self.answerable_count - len(self.answerable) + 1 if n == 0 else 1
            report.omit("", "item", STILL_ANSWERABLE, item_id, count=count)


def extension(mime: str | None) -> str:
    """The file extension a file of `mime` is named with when it has no source name."""
    if not mime:
        return ""
    return _EXTENSIONS.get(mime) or mimetypes.guess_extension(mime) or ""


def entries(
    session: Session,
    project: Project,
    schema: Schema,
    viewer: Viewer,
    selection: Selection,
) -> Iterator[tuple[ExportEntry, str | None]]:
    """The export entries of a project, in item order, for `selection.answers`, each with
    its item's media (a SHA-256; None for a text item)."""
    gold = selection.answers == "gold"
    # Columns, not entities: an item's `data` and `prefill` are never decoded here.
    columns = (
        Item.id,
        Item.seq,
        Item.source,
        Item.text,
        Item.media_sha256,
        Media.mime,
        Media.width,
        Media.height,
        Media.duration,
    )
    after = -1
    while True:
        rows = list(
            session.execute(
                select(
                    *columns,
                    (Item.data if selection.with_data else null()).label("data"),
                    Item.gold_answer if gold else null(),
                )
                .outerjoin(Media, Media.sha256 == Item.media_sha256)
                .where(
                    Item.project_id == project.id,
                    Item.is_gold.is_(gold),
                    Item.seq > after,
                    shown(viewer),
                )
                .order_by(Item.seq)
                .limit(_CHUNK)
            ).all()
        )
        if not rows:
            return
        after = rows[-1].seq
        if gold:
            # An empty gold answer is an answer: "nothing here".
            answers = {row.id: [(row[-1], None)] for row in rows if row[-1] is not None}
        else:
            answers = _submitted(session, [row.id for row in rows], schema, selection)
        for row in rows:
            for answer, annotator in answers.get(row.id, []):
                yield _entry(project.media, row, answer, annotator), row.media_sha256


def withheld(session: Session, project: Project, viewer: Viewer, selection: Selection) -> None:
    """Count, into `selection`, the items `entries` leaves out because the viewer may still
    answer them (an admin, who labels too, exporting while items are incomplete) and that
    hold what the export would take: a submission, or a gold answer."""
    gold = selection.answers == "gold"
    held = (
        Item.gold_answer.is_not(None)
        if gold
        else exists().where(Submission.item_id == Item.id).correlate(Item)
    )
    query = select(Item.id).where(
        Item.project_id == project.id, Item.is_gold.is_(gold), answerable(viewer), held
    )
    selection.answerable_count = (
        session.scalar(select(func.count()).select_from(query.subquery())) or 0
    )
    if selection.answerable_count:
        shown_ids = session.scalars(query.order_by(Item.seq).limit(EXAMPLES))
        selection.answerable = list(shown_ids)


def _submitted(
    session: Session, item_ids: list[str], schema: Schema, selection: Selection
) -> dict[str, list[tuple[dict[str, Any], str | None]]]:
    statuses = {
        # Pending ones too, to count the items left out for want of a review.
        "accepted": ("accepted", "pending"),
        "consensus": ("accepted", "pending"),
        "all": ("accepted", "pending", "rejected"),
    }[selection.answers]
    rows = session.execute(
        select(Submission.item_id, Submission.answer, User.username, Submission.status)
        .join(User, User.id == Submission.user_id)
        .where(
            Submission.item_id.in_(item_ids),
            Submission.status.in_(statuses),
            Submission.answer.is_not(None),
        )
        .order_by(Submission.received_at, Submission.id)
    )
    by_item: dict[str, list[tuple[dict[str, Any], str]]] = defaultdict(list)
    waiting: set[str] = set()
    for item_id, answer, username, status in rows:
        if answer is None:  # JSON null in a JSON column is not SQL NULL everywhere
            continue
        if selection.answers == "accepted" and status != "accepted":
            waiting.add(item_id)
            continue
        by_item[item_id].append((answer, username))
    for item_id in sorted(waiting - set(by_item)):
        selection.waiting.append(item_id)
    out: dict[str, list[tuple[dict[str, Any], str | None]]] = {}
    for item_id, found in by_item.items():
        if selection.answers == "all" or selection.votes:
            out[item_id] = [(answer, username) for answer, username in found]
        elif selection.answers == "consensus":
            answers = [a for a, _ in found]
            # One answer is its own consensus (the suggestion needs two to compare).
            merged = answers[0] if len(answers) == 1 else suggest_consensus(schema, answers)
            out[item_id] = [(merged, None)]
        else:
            if len(found) > 1:
                selection.several_count += 1
                if len(selection.several) < 5:
                    selection.several.append(item_id)
            out[item_id] = [(found[-1][0], None)]
    return out


def _entry(
    kind: str, row: Row[Any], answer: dict[str, Any] | None, annotator: str | None
) -> ExportEntry:
    name = row.source or default_file_name(row.id, extension(row.mime))
    return ExportEntry(
        item_id=row.id,
        file_name=name,
        media=kind,
        answer=answer,
        width=row.width,
        height=row.height,
        duration=row.duration,
        text=row.text,
        annotator=annotator,
        data=row.data if isinstance(row.data, dict) else None,
    )
