"""Planning an item import: what a folder, a CSV or a JSONL file holds for one project.

A plan is made before anything is sent: it lists the media files (by extension) or the
text rows, and what is refused already (an unreadable or empty file, a media file of the
other kind, a CSV row without text, a JSONL line that is not an item). Refusals are
named by file or line and never stop the rest; only a source that cannot be read at all
(no header, not UTF-8, empty) raises `ImportProblem`. CSV and JSONL files are read in
`textfiles`; the plan itself is in `plan`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from labeler.client.importing.plan import (
    EXTENSIONS,
    ImportPlan,
    ImportProblem,
    MediaFile,
    Refusal,
)
from labeler.client.importing.textfiles import (
    LINES_SUFFIXES,
    TABLE_SUFFIXES,
    plan_lines,
    plan_table,
    read_source,
)
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said
from labeler.core.schema import Schema

#: Why a file of the other media is left out of a folder, by the project's media.
_OTHER_MEDIA = {
    "image": QT_TRANSLATE_NOOP("messages", "an audio file; this is an image project"),
    "audio": QT_TRANSLATE_NOOP("messages", "an image file; this is an audio project"),
}
_OTHER_ANY = "an {other} file; this is an {media} project"
#: Why a folder gave nothing to import, by the project's media.
_NO_FILES = {
    "image": QT_TRANSLATE_NOOP("messages", "{folder} holds no image files (looked for {kinds})."),
    "audio": QT_TRANSLATE_NOOP("messages", "{folder} holds no audio files (looked for {kinds})."),
}
_NO_FILES_ANY = "{folder} holds no {media} files (looked for {kinds})."
#: A CSV or JSONL file given to a project of pictures or sounds.
_NOT_A_TABLE = {
    "image": QT_TRANSLATE_NOOP(
        "messages",
        "An image project takes a folder of image files; CSV and JSONL files hold texts, for"
        " text projects.",
    ),
    "audio": QT_TRANSLATE_NOOP(
        "messages",
        "An audio project takes a folder of audio files; CSV and JSONL files hold texts, for"
        " text projects.",
    ),
}
_NOT_A_TABLE_ANY = (
    "An {media} project takes a folder of {media} files; CSV and JSONL files hold texts, for"
    " text projects."
)


def plan_import(
    source: Path | str, project_id: str, media: str, schema: Schema | None = None
) -> ImportPlan:
    """Plan importing `source` (a folder, a .csv/.tsv or a .jsonl file) into a project of
    `media` kind. With `schema`, prefill and gold answers of JSONL lines are checked here,
    so a wrong one refuses its line alone. Reads the disk: not for the GUI thread."""
    path = Path(source).expanduser()
    if not path.exists():
        raise ImportProblem(QT_TRANSLATE_NOOP("messages", "{path} does not exist."), path=str(path))
    if path.is_dir():
        if media == "text":
            raise ImportProblem(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "A text project takes a CSV or JSONL file (one text per row), not a folder.",
                )
            )
        return plan_folder(path, project_id, media)
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES | LINES_SUFFIXES:
        raise ImportProblem(
            QT_TRANSLATE_NOOP(
                "messages",
                "{name} is neither a folder nor a CSV or JSONL file (.csv, .tsv, .jsonl).",
            ),
            name=path.name,
        )
    if media != "text":
        raise ImportProblem(
            _NOT_A_TABLE[media] if media in _NOT_A_TABLE else _NOT_A_TABLE_ANY, media=media
        )
    raw = read_source(path)
    if suffix in TABLE_SUFFIXES:
        rows, refused = plan_table(path, raw, "\t" if suffix == ".tsv" else None)
        form = "csv"
    else:
        rows, refused = plan_lines(path, raw, schema)
        form = "jsonl"
    if not rows and not refused:
        raise ImportProblem(QT_TRANSLATE_NOOP("messages", "{name} holds no items."), name=path.name)
    return ImportPlan(path, form, project_id, media, rows=tuple(rows), refused=tuple(refused))


# -- folders ----------------------------------------------------------------------------


def walk(root: Path) -> Iterator[Path]:
    """Every file under `root`, hidden files and folders left out, in a stable order."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(folder) / name


def plan_folder(root: Path, project_id: str, media: str) -> ImportPlan:
    files: list[MediaFile] = []
    refused: list[Refusal] = []
    ignored: list[str] = []
    other = "audio" if media == "image" else "image"
    for path in walk(root):
        name = path.relative_to(root).as_posix()
        suffix = path.suffix.lower()
        if suffix in EXTENSIONS[other]:
            refused.append(
                Refusal(name, _OTHER_MEDIA.get(media, Said(_OTHER_ANY, other=other, media=media)))
            )
            continue
        if suffix not in EXTENSIONS[media]:
            ignored.append(name)
            continue
        try:
            size = path.stat().st_size
        except OSError as exc:
            refused.append(
                Refusal(
                    name,
                    Said(
                        QT_TRANSLATE_NOOP("messages", "cannot be read: {error}"),
                        error=str(exc.strerror or exc),
                    ),
                )
            )
            continue
        if not path.is_file():
            continue
        if size == 0:
            refused.append(Refusal(name, QT_TRANSLATE_NOOP("messages", "the file is empty")))
            continue
        files.append(MediaFile(path, name, media, size))
    if not files and not refused:
        kinds = ", ".join(sorted(EXTENSIONS[media]))
        template = _NO_FILES.get(media, _NO_FILES_ANY)
        raise ImportProblem(template, folder=str(root), media=media, kinds=kinds)
    return ImportPlan(
        root,
        "folder",
        project_id,
        media,
        files=tuple(files),
        refused=tuple(refused),
        ignored=tuple(ignored),
    )
