"""What the import page says and plans, apart from its widgets: what a project takes, the
plan's problems, progress in words, and the plan itself (made on a worker: it reads the
disk and waits for the schema)."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass

from labeler.client.importing import ImportPlan, ImportProblem, ImportProgress, plan_import
from labeler.client.importing.formatted import plan_format_import
from labeler.client.wire import Project, SchemaVersion
from labeler.core.figures import size_of
from labeler.core.schema import Schema
from labeler.ui.lead.importer.formats import SourceChoice

#: Problems of the annotation files written out in full under the plan.
SHOWN_PROBLEMS = 3
#: The formats the task server takes, as people name them (`sources.py` has the suffixes).
KIND_NAMES = {"image": "JPEG, PNG, WebP, BMP, TIFF, GIF", "audio": "WAV, FLAC, OGG, Opus, MP3"}


def what_it_takes(media: str, format_title: str | None = None) -> str:
    """What a project of `media` kind imports, in a sentence (in a format, when given)."""
    if format_title is not None:
        if media == "text":
            return (
                f"A {format_title} file: each of its items becomes a text item, with its "
                "answer as prefill or gold."
            )
        return (
            f"A {format_title} dataset: a folder of {media} files with its annotation "
            "files inside it, or the folder and its annotations file apart. Each file "
            "becomes one item, with its answer as prefill or gold."
        )
    if media == "text":
        return (
            "A CSV file with a header row and a “text” column (the other columns become "
            "the item's data), or a JSONL file with one item per line: "
            '{"text", "data", "prefill", "gold"}.'
        )
    names = KIND_NAMES.get(media, "")
    return (
        f"A folder of {media} files ({names}), with its subfolders. Identical files are "
        "sent once; each becomes one item."
    )


def progress_text(p: ImportProgress) -> str:
    """`3 of 6 files · 1.2 of 8.4 MB · 2 items created`."""
    unit = "files" if p.bytes_total else "rows"
    parts = [f"{p.done} of {p.total} {unit}"]
    if p.bytes_total:
        parts.append(size_of(p.bytes_done, p.bytes_total))
    parts.append(f"{p.created} item{'s' if p.created != 1 else ''} created")
    return " · ".join(parts)


def stage_text(p: ImportProgress) -> str:
    if not p.current:
        return "Creating the items…" if p.stage == "creating" else "Looking at the project…"
    verb = {"checking": "Checking", "uploading": "Uploading", "creating": "Reading"}[p.stage]
    return f"{verb} {p.current}"


def problems_text(problems: tuple[str, ...]) -> str:
    """The first few problems of the annotation files in full, under the plan (the list
    below has every one, on one line each)."""
    if not problems:
        return ""
    lines = [f"\n• {p}" for p in problems[:SHOWN_PROBLEMS]]
    more = len(problems) - SHOWN_PROBLEMS
    if more > 0:
        lines.append(f"\n… and {more} more in the list below.")
    return "".join(lines)


@dataclass(frozen=True)
class Basis:
    """What a plan was made from: the folder or file, the format choice, and the version
    of the project's schema its answers were checked against (None: it could not be
    read). A plan whose basis is not the page's now must not run."""

    source: str
    choice: SourceChoice
    schema_version: int | None = None

    def stale(self, now: Basis) -> str:
        """Why a plan made from this basis does not fit `now`, in a sentence ("" if it
        does)."""
        if self.source != now.source:
            return "The folder or file changed since the plan was made."
        if self.choice != now.choice:
            return "The format, how its answers go in or the annotations file changed."
        if now.schema_version is not None and self.schema_version != now.schema_version:
            was = self.schema_version if self.schema_version is not None else "unread"
            return (
                f"The project's schema is version {now.schema_version} now; the plan was "
                f"made under version {was}."
            )
        return ""


def make_plan(
    source: str,
    project: Project,
    schema_job: Future[SchemaVersion] | None,
    choice: SourceChoice = SourceChoice(),
) -> tuple[ImportPlan, int | None]:
    """On a worker: the plan, checked against the project's schema, and that schema's
    version. The schema was asked for when the project was set, ahead of this plan on the
    same pool, so it is waited for here: a plan made before it arrived would let wrong
    prefill and gold answers through. A schema that cannot be read leaves those checks to
    the task server, except for a format, whose reader needs it."""
    stored: SchemaVersion | None = None
    if schema_job is not None:
        try:
            stored = schema_job.result()
        except Exception:  # any failure: the task server checks the answers
            stored = None
    version = stored.version if stored is not None else None
    return _plan(source, project, stored.schema if stored is not None else None, choice), version


def _plan(source: str, project: Project, schema: Schema | None, choice: SourceChoice) -> ImportPlan:
    if not choice.format:
        return plan_import(source, project.id, project.media, schema)
    if schema is None:
        raise ImportProblem(
            "The project's schema could not be read, and a format's answers are read "
            "against it. Refresh (F5) to try again."
        )
    if choice.annotations:  # an annotations file apart, naming the files of the folder
        return plan_format_import(
            choice.annotations,
            project.id,
            project.media,
            schema,
            choice.format,
            answers_as=choice.answers_as,
            images=source,
            take_incomplete=choice.take_incomplete,
        )
    return plan_format_import(
        source,
        project.id,
        project.media,
        schema,
        choice.format,
        answers_as=choice.answers_as,
        take_incomplete=choice.take_incomplete,
    )
