"""What the import page says and plans, apart from its widgets: what a project takes, the
plan's problems, progress in words, and the plan itself (made on a worker: it reads the
disk and waits for the schema)."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from labeler.client.importing import (
    ImportPlan,
    ImportProblem,
    ImportProgress,
    ImportSummary,
    plan_import,
)
from labeler.client.importing.formatted import plan_format_import
from labeler.client.wire import Project, SchemaVersion
from labeler.core.figures import size
from labeler.core.schema import Schema
from labeler.ui import messages
from labeler.ui.i18n import number, translate
from labeler.ui.lead.importer.formats import SourceChoice

#: Problems of the annotation files written out in full under the plan.
SHOWN_PROBLEMS = 3
#: The formats the task server takes, as people name them (`importing.plan` has the suffixes).
KIND_NAMES = {
    "image": "JPEG, PNG, WebP, BMP, TIFF, GIF",  # notr: names of file formats
    "audio": "WAV, FLAC, OGG, Opus, MP3",  # notr: names of file formats
}


def _tr(text: str) -> str:
    return translate("lead.importer.planning", text)


def _count(n: int, one: str, several: str) -> str:
    """`one` (translated) for 1, else `several` (translated) with `{n}`."""
    return _tr(one) if n == 1 else _tr(several).format(n=number(n))


def _joined(parts: list[str]) -> str:
    return translate("lead.importer.planning", "; ").join(parts)


def what_it_takes(media: str, format_title: str | None = None) -> str:
    """What a project of `media` kind imports, in a sentence (in a format, when given)."""
    if format_title is not None:
        if media == "text":
            text = translate(
                "lead.importer.planning",
                "A {format} file: each of its items becomes a text item, with its answer as "
                "prefill or gold.",
            )
        elif media == "audio":
            text = translate(
                "lead.importer.planning",
                "A {format} dataset: a folder of audio files with its annotation files "
                "inside it, or the folder and its annotations file apart. Each file becomes "
                "one item, with its answer as prefill or gold.",
            )
        else:
            text = translate(
                "lead.importer.planning",
                "A {format} dataset: a folder of image files with its annotation files "
                "inside it, or the folder and its annotations file apart. Each file becomes "
                "one item, with its answer as prefill or gold.",
            )
        return text.format(format=format_title)
    if media == "text":
        return translate(
            "lead.importer.planning",
            "A CSV file with a header row and a “text” column (the other columns become "
            "the item's data), or a JSONL file with one item per line: "
            '{"text", "data", "prefill", "gold"}.',
        )
    if media == "audio":
        text = translate(
            "lead.importer.planning",
            "A folder of audio files ({formats}), with its subfolders. Identical files are "
            "sent once; each becomes one item.",
        )
    else:
        text = translate(
            "lead.importer.planning",
            "A folder of image files ({formats}), with its subfolders. Identical files are "
            "sent once; each becomes one item.",
        )
    return text.format(formats=KIND_NAMES.get(media, ""))


def plan_text(plan: ImportPlan) -> str:
    """The plan in one sentence, e.g. "128 images (84.2 MB, 3 with gold); 2 refused"."""
    c = plan.counts()
    extra = []
    if c["gold"]:
        extra.append(
            translate("lead.importer.planning", "{n} with gold").format(n=number(c["gold"]))
        )
    if c["prefill"]:
        extra.append(
            translate("lead.importer.planning", "{n} with prefill").format(n=number(c["prefill"]))
        )
    extras = translate("lead.importer.planning", ", ").join(extra)
    parts: list[str] = []
    if plan.files:
        if c["image"]:
            what = _count(
                c["image"],
                QT_TRANSLATE_NOOP("lead.importer.planning", "1 image"),
                QT_TRANSLATE_NOOP("lead.importer.planning", "{n} images"),
            )
        else:
            what = _count(
                c["audio"],
                QT_TRANSLATE_NOOP("lead.importer.planning", "1 audio file"),
                QT_TRANSLATE_NOOP("lead.importer.planning", "{n} audio files"),
            )
        if extras:
            parts.append(
                translate("lead.importer.planning", "{what} ({size}, {extras})").format(
                    what=what, size=size(plan.bytes_total), extras=extras
                )
            )
        else:
            parts.append(
                translate("lead.importer.planning", "{what} ({size})").format(
                    what=what, size=size(plan.bytes_total)
                )
            )
    if plan.rows:
        what = _count(
            c["text"],
            QT_TRANSLATE_NOOP("lead.importer.planning", "1 text"),
            QT_TRANSLATE_NOOP("lead.importer.planning", "{n} texts"),
        )
        if extras:
            what = translate("lead.importer.planning", "{what} ({extras})").format(
                what=what, extras=extras
            )
        parts.append(what)
    if not parts:
        parts.append(translate("lead.importer.planning", "nothing to import"))
    if c["refused"]:
        parts.append(
            translate("lead.importer.planning", "{n} refused").format(n=number(c["refused"]))
        )
    if plan.problems:
        parts.append(
            _count(
                len(plan.problems),
                QT_TRANSLATE_NOOP("lead.importer.planning", "1 problem with the annotations"),
                QT_TRANSLATE_NOOP("lead.importer.planning", "{n} problems with the annotations"),
            )
        )
    if c["ignored"]:
        parts.append(
            _count(
                c["ignored"],
                QT_TRANSLATE_NOOP("lead.importer.planning", "1 file of other kinds left out"),
                QT_TRANSLATE_NOOP("lead.importer.planning", "{n} files of other kinds left out"),
            )
        )
    return _joined(parts)


def summary_text(summary: ImportSummary) -> str:
    """What an import did, in one sentence."""
    parts = [
        _count(
            summary.created,
            QT_TRANSLATE_NOOP("lead.importer.planning", "1 item created"),
            QT_TRANSLATE_NOOP("lead.importer.planning", "{n} items created"),
        )
    ]
    if summary.duplicates:
        parts.append(
            _count(
                len(summary.duplicates),
                QT_TRANSLATE_NOOP("lead.importer.planning", "1 duplicate left out"),
                QT_TRANSLATE_NOOP("lead.importer.planning", "{n} duplicates left out"),
            )
        )
    if summary.refused:
        parts.append(
            translate("lead.importer.planning", "{n} refused").format(
                n=number(len(summary.refused))
            )
        )
    if summary.cancelled:
        parts.append(
            translate("lead.importer.planning", "cancelled with {n} not sent").format(
                n=number(summary.not_done)
            )
        )
    elif summary.stopped:
        parts.append(
            translate("lead.importer.planning", "stopped with {n} not sent").format(
                n=number(summary.not_done)
            )
        )
    return translate("lead.importer.planning", "{what}.").format(what=_joined(parts))


def progress_text(p: ImportProgress) -> str:
    """`3 of 6 files · 1.2 of 8.4 MB · 2 items created`."""
    if p.bytes_total:
        parts = [
            translate("lead.importer.planning", "{done} of {total} files").format(
                done=number(p.done), total=number(p.total)
            ),
            translate("lead.importer.planning", "{done} of {total}").format(
                done=size(p.bytes_done), total=size(p.bytes_total)
            ),
        ]
    else:
        parts = [
            translate("lead.importer.planning", "{done} of {total} rows").format(
                done=number(p.done), total=number(p.total)
            )
        ]
    parts.append(
        _count(
            p.created,
            QT_TRANSLATE_NOOP("lead.importer.planning", "1 item created"),
            QT_TRANSLATE_NOOP("lead.importer.planning", "{n} items created"),
        )
    )
    return " · ".join(parts)


def stage_text(p: ImportProgress) -> str:
    if not p.current:
        if p.stage == "creating":
            return translate("lead.importer.planning", "Creating the items…")
        return translate("lead.importer.planning", "Looking at the project…")
    if p.stage == "checking":
        text = translate("lead.importer.planning", "Checking {file}")
    elif p.stage == "uploading":
        text = translate("lead.importer.planning", "Uploading {file}")
    else:
        text = translate("lead.importer.planning", "Reading {file}")
    return text.format(file=p.current)


def problems_text(problems: tuple[str, ...]) -> str:
    """The first few problems of the annotation files in full, under the plan (the list
    below has every one, on one line each)."""
    if not problems:
        return ""
    lines = [f"\n• {messages.said(p)}" for p in problems[:SHOWN_PROBLEMS]]
    more = len(problems) - SHOWN_PROBLEMS
    if more > 0:
        lines.append(
            "\n"
            + translate("lead.importer.planning", "… and {n} more in the list below.").format(
                n=number(more)
            )
        )
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
            return translate(
                "lead.importer.planning", "The folder or file changed since the plan was made."
            )
        if self.choice != now.choice:
            return translate(
                "lead.importer.planning",
                "The format, how its answers go in or the annotations file changed.",
            )
        if now.schema_version is not None and self.schema_version != now.schema_version:
            if self.schema_version is None:
                return translate(
                    "lead.importer.planning",
                    "The project's schema is version {now} now; the plan was made before "
                    "it could be read.",
                ).format(now=now.schema_version)
            return translate(
                "lead.importer.planning",
                "The project's schema is version {now} now; the plan was made under version {was}.",
            ).format(now=now.schema_version, was=self.schema_version)
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
            translate(
                "lead.importer.planning",
                "The project's schema could not be read, and a format's answers are read "
                "against it. Refresh ({key}) to try again.",
            ).format(key="F5")
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
