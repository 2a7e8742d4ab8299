"""Planning an import of a format of the field (COCO, YOLO, CoNLL, …): items with answers.

A dataset is a folder of images or audio with its annotation files among them (COCO's
`annotations/instances.json`, YOLO's `labels/` and `data.yaml`, VOC's `Annotations/`),
or an annotation file (or zip) with `images` naming the folder of media. The format's
reader (`labeler.core.formats`) reads the annotation files against the media files'
names and sizes; each item then goes with its answer as **prefill** (a proposal the
annotator confirms or corrects) or **gold** (a control item's answer), as the lead
chooses. A model's predictions (Label Studio's) always go as prefill.

A text format carries its items: each becomes a text item with its answer.

Nothing is half-imported unless the lead says so: an item whose answer has a problem is
refused with every problem named (file, place, why); fix the file and import again, and
the items already made are skipped as duplicates. With `take_incomplete` such an item
goes with what could be read of it (a CVAT box whose `occluded` flag has no place here),
its problems listed with the plan's and kept by item (`item_problems`), except an item
whose answer could not be read at all (`ImportResult.lost`): it is never made without it.
Problems of a whole file are listed in the plan.
"""

from __future__ import annotations

import zipfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from labeler.client.importing.plan import (
    EXTENSIONS,
    ImportPlan,
    ImportProblem,
    MediaFile,
    Refusal,
    TextRow,
    source_name,
)
from labeler.client.importing.sources import plan_folder, walk
from labeler.core import formats
from labeler.core.formats import FormatError, ImportResult, Size, ZipSource
from labeler.core.i18n import QT_TRANSLATE_NOOP, Said, joined
from labeler.core.schema import Schema

AS = ("prefill", "gold")
#: Annotation files larger than this are not read (COCO's own train2017 file is 448 MB).
MAX_ANNOTATION_BYTES = 1 << 30


UNSURE = QT_TRANSLATE_NOOP(
    "messages",
    "the annotation files give it nothing, and they have problems that may hide its answer"
    " (see above): fix them, or take items with a problem too",
)


TAKEN_BARE = QT_TRANSLATE_NOOP(
    "messages",
    "comes without an answer: the annotation files have problems that may hide it (see above)",
)
#: An item whose answer cannot go whole, by how answers go in.
_NOT_WHOLE = {
    "prefill": QT_TRANSLATE_NOOP("messages", "its prefill answer is not whole (see above)"),
    "gold": QT_TRANSLATE_NOOP("messages", "its gold answer is not whole (see above)"),
}
#: A format of other media than the project's, by the project's media.
_OTHER_MEDIA = {
    "image": QT_TRANSLATE_NOOP(
        "messages", "{format} holds {kinds} items; this is an image project."
    ),
    "text": QT_TRANSLATE_NOOP("messages", "{format} holds {kinds} items; this is a text project."),
    "audio": QT_TRANSLATE_NOOP(
        "messages", "{format} holds {kinds} items; this is an audio project."
    ),
}
#: How answers go in, as a sentence names it.
_AS_WORDS = {
    "prefill": QT_TRANSLATE_NOOP("messages", "prefill"),
    "gold": QT_TRANSLATE_NOOP("messages", "gold"),
}
#: Items held back, or taken without their answers, for a required field the file does not
#: fill: (taking items with a problem, one item) -> the sentence.
_NOT_FILLED = {
    (False, True): QT_TRANSLATE_NOOP(
        "messages",
        "1 item is held back: field '{field}' ({kind}) is required and the file gives no value"
        " for it, and a {answers_as} answer must be whole. Make the field optional in the"
        " schema to import these answers.",
    ),
    (False, False): QT_TRANSLATE_NOOP(
        "messages",
        "{count} items are held back: field '{field}' ({kind}) is required and the file gives"
        " no value for it, and a {answers_as} answer must be whole. Make the field optional in"
        " the schema to import these answers.",
    ),
    (True, True): QT_TRANSLATE_NOOP(
        "messages",
        "1 item goes without its answer: field '{field}' ({kind}) is required and the file"
        " gives no value for it, and a {answers_as} answer must be whole. Make the field"
        " optional in the schema to import these answers.",
    ),
    (True, False): QT_TRANSLATE_NOOP(
        "messages",
        "{count} items go without their answers: field '{field}' ({kind}) is required and the"
        " file gives no value for it, and a {answers_as} answer must be whole. Make the field"
        " optional in the schema to import these answers.",
    ),
}


class FolderSource:
    """The files of a folder as a format's source: names relative to it, `/` between
    folders, hidden files left out."""

    def __init__(self, root: Path, names: list[str]) -> None:
        self.root = root
        self._names = names

    @classmethod
    def of(cls, root: Path, skip: frozenset[str] = frozenset()) -> FolderSource:
        """Every file under `root` except the suffixes in `skip` (its media)."""
        names = [p.relative_to(root).as_posix() for p in walk(root) if p.suffix.lower() not in skip]
        return cls(root, names)

    def names(self) -> list[str]:
        return list(self._names)

    def size(self, name: str) -> int | None:
        try:
            return (self.root / name).stat().st_size
        except OSError:
            return None

    def open(self, name: str) -> IO[bytes]:
        return (self.root / name).open("rb")


class _OneFile:
    """One annotation file as a source of one member, named by its file name; with the
    format's companions found beside it (Label Studio's `config.xml`), those too."""

    def __init__(self, path: Path, companions: tuple[str, ...] = ()) -> None:
        self.path = path
        beside = (path.with_name(name) for name in companions if name != path.name)
        self.members = {path.name: path} | {p.name: p for p in beside if p.is_file()}

    def names(self) -> list[str]:
        return list(self.members)

    def size(self, name: str) -> int | None:
        return self.members[name].stat().st_size

    def open(self, name: str) -> IO[bytes]:
        return self.members[name].open("rb")


#: A file of annotations given without the folder of media it annotates, by media.
_NAME_THE_FOLDER = {
    "image": QT_TRANSLATE_NOOP(
        "messages",
        "{name} is a file: name the folder of image files it annotates too (or import the"
        " folder that holds both).",
    ),
    "audio": QT_TRANSLATE_NOOP(
        "messages",
        "{name} is a file: name the folder of audio files it annotates too (or import the"
        " folder that holds both).",
    ),
}
_NAME_THE_FOLDER_ANY = (
    "{name} is a file: name the folder of {media} files it annotates too (or import the"
    " folder that holds both)."
)


def image_size(path: Path) -> Size | None:
    """An image's size as displayed (its EXIF orientation applied), read from its header;
    None when it cannot be read (the server will say why when it is uploaded)."""
    from PIL import Image

    try:
        with Image.open(path) as im:
            width, height = im.size
            orientation = im.getexif().get(0x0112, 1)
    except (OSError, ValueError, SyntaxError):
        return None
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    return Size(width, height)


def plan_format_import(
    source: Path | str,
    project_id: str,
    media: str,
    schema: Schema,
    format_name: str,
    *,
    answers_as: str = "prefill",
    images: Path | str | None = None,
    take_incomplete: bool = False,
) -> ImportPlan:
    """Plan importing a dataset in `format_name` into a project of `media` and `schema`:
    the items, each with its answer as `answers_as` (prefill or gold); with
    `take_incomplete`, items with a problem too, with what could be read. Reads the disk:
    not for the GUI thread. `ImportProblem` when it cannot be imported at all."""
    if answers_as not in AS:
        raise ImportProblem(
            QT_TRANSLATE_NOOP("messages", "Answers go in as prefill or as gold, not '{given}'."),
            given=answers_as,
        )
    try:
        fmt = formats.get(format_name)
    except FormatError as exc:
        raise ImportProblem(f"{exc}.") from None
    if fmt.reader is None:
        raise ImportProblem(
            QT_TRANSLATE_NOOP("messages", "{format} is written only; it cannot be imported."),
            format=fmt.title,
        )
    if media not in fmt.media:
        raise ImportProblem(
            _OTHER_MEDIA.get(media, "{format} holds {kinds} items; this is a {media} project."),
            format=fmt.title,
            kinds=", ".join(sorted(fmt.media)),
            media=media,
        )
    path = Path(source).expanduser()
    if not path.exists():
        raise ImportProblem(QT_TRANSLATE_NOOP("messages", "{path} does not exist."), path=str(path))
    if media == "text":
        return _plan_texts(path, project_id, schema, fmt, answers_as, take_incomplete)
    folder = Path(images).expanduser() if images is not None else path
    if not folder.is_dir():
        template = _NAME_THE_FOLDER.get(media, _NAME_THE_FOLDER_ANY)
        raise ImportProblem(template, name=path.name, media=media)
    plan = plan_folder(folder, project_id, media)
    with _annotations(path, folder, media, fmt.companions) as annotations:
        sizes = _items(plan.files, media)
        try:
            result = fmt.read(annotations, schema, sizes)
        except FormatError as exc:
            raise ImportProblem(f"{exc}.") from None
    return _with_answers(
        plan,
        fmt,
        schema,
        result,
        answers_as,
        ignored=path == folder,
        take_incomplete=take_incomplete,
    )


class _annotations:
    """The annotation source: the folder's files other than media, a zip, or one file."""

    def __init__(
        self, path: Path, folder: Path, media: str, companions: tuple[str, ...] = ()
    ) -> None:
        self.path, self.folder, self.media = path, folder, media
        self.companions = companions
        self._stream: IO[bytes] | None = None

    def __enter__(self) -> Any:
        if self.path.is_dir():
            return FolderSource.of(self.path, EXTENSIONS.get(self.media, frozenset()))
        if self.path.stat().st_size > MAX_ANNOTATION_BYTES:
            raise ImportProblem(
                QT_TRANSLATE_NOOP("messages", "{name} is larger than the 1 GB an import reads."),
                name=self.path.name,
            )
        if zipfile.is_zipfile(self.path):
            self._stream = self.path.open("rb")
            try:
                return ZipSource(self._stream)
            except (zipfile.BadZipFile, OSError) as exc:
                raise ImportProblem(
                    QT_TRANSLATE_NOOP("messages", "{name} is not a readable zip: {error}."),
                    name=self.path.name,
                    error=str(exc),
                ) from None
        return _OneFile(self.path, self.companions)

    def __exit__(self, *exc: object) -> None:
        if self._stream is not None:
            self._stream.close()


def audio_duration(path: Path) -> float | None:
    """A WAV file's length in seconds from its header; None for other kinds and for what
    cannot be read (the task server measures every file when it is uploaded)."""
    import wave

    if path.suffix.lower() != ".wav":
        return None
    try:
        with wave.open(str(path), "rb") as w:
            rate = w.getframerate()
            return w.getnframes() / rate if rate > 0 else None
    except (OSError, EOFError, wave.Error):
        return None


def _items(files: tuple[MediaFile, ...], media: str) -> dict[str, Any]:
    """What a reader is told of the media files, by name: an image's size (an image that
    cannot be read is left out: the server will say why), an audio file's duration or
    None when it is not known here."""
    out: dict[str, Any] = {}
    for f in files:
        if media == "image":
            size = image_size(f.path)
            if size is not None:
                out[f.name] = size
        else:
            out[f.name] = audio_duration(f.path)
    return out


def _problems_by_item(result: ImportResult) -> tuple[dict[str, list[str]], list[str]]:
    by_item: dict[str, list[str]] = defaultdict(list)
    general: list[str] = []
    for p in result.problems:
        (by_item[p.item] if p.item is not None else general).append(p.said())
    return by_item, general


def _body(
    answer: dict[str, Any] | None, prediction: dict[str, Any] | None, as_: str
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if as_ == "gold" and answer is not None:
        # An image the file lists with nothing on it is a negative: gold says "none".
        out["gold"] = {"answer": answer}
    elif answer:
        out["prefill"] = answer
    if prediction and "prefill" not in out:
        out["prefill"] = prediction
    return out


def _unanswerable(schema: Schema, answer: dict[str, Any] | None) -> list[str]:
    """The required fields an answer leaves out: the protocol takes a prefill or gold
    answer only whole, so a format's regions cannot go alone into a schema that also
    requires, say, a choice."""
    if not answer:
        return []
    return [f.name for f in schema.fields if f.required and f.name not in answer]


class _Whole:
    """Keeps the answers the schema takes whole; counts the rest per missing field."""

    def __init__(self, schema: Schema, answers_as: str, take_incomplete: bool) -> None:
        self.schema = schema
        self.answers_as = answers_as
        self.take_incomplete = take_incomplete
        self.missing: dict[str, int] = defaultdict(int)

    def body(self, key: str, result: ImportResult) -> dict[str, Any] | None:
        """The item's prefill or gold; None when it cannot go whole: the item is refused
        rather than made without the answer it came with, which could never be added to
        it afterwards (an import again leaves it out as a duplicate). Taking items with a
        problem, it goes without that answer."""
        answer = result.answers.get(key)
        if answer is None and self.take_incomplete:
            answer = result.incomplete.get(key)
        prediction = result.predictions.get(key)
        lacking = _unanswerable(self.schema, answer)
        if lacking:
            for name in lacking:
                self.missing[name] += 1
            if not self.take_incomplete:
                return None
            answer = None
        if _unanswerable(self.schema, prediction):
            prediction = None
        return _body(answer, prediction, self.answers_as)

    def problems(self) -> list[str]:
        out: list[str] = []
        for name, count in self.missing.items():
            template = _NOT_FILLED[(self.take_incomplete, count == 1)]
            kind = self.schema.field(name).kind
            out.append(
                Said(
                    template,
                    count=count,
                    field=name,
                    kind=kind,
                    answers_as=Said(_AS_WORDS.get(self.answers_as, self.answers_as)),
                )
            )
        return out


def _with_answers(
    plan: ImportPlan,
    fmt: formats.Format,
    schema: Schema,
    result: ImportResult,
    answers_as: str,
    *,
    ignored: bool,
    take_incomplete: bool,
) -> ImportPlan:
    by_item, general = _problems_by_item(result)
    # A problem of a whole file (truncated, not the format) may hide any image's answer:
    # an image the files give nothing for is not made bare, since its answer could never
    # be added afterwards; taking items with a problem, it is.
    file_trouble = bool(general)
    unsure = file_trouble and not take_incomplete
    names = {f.name for f in plan.files}
    refused = list(plan.refused)
    files: list[MediaFile] = []
    extras: dict[str, dict[str, Any]] = {}
    whole = _Whole(schema, answers_as, take_incomplete)
    taken: dict[str, tuple[str, ...]] = {}  # problems of items taken with what was read
    for f in plan.files:
        if f.name in by_item:
            if not take_incomplete or f.name in result.lost:
                refused.append(Refusal(f.name, joined(by_item[f.name])))
                continue
            general += by_item[f.name]
            taken[f.name] = tuple(by_item[f.name])
        body = whole.body(f.name, result)
        if body is None:
            refused.append(Refusal(f.name, _NOT_WHOLE[answers_as]))
            continue
        if file_trouble and f.name not in result.answers and f.name not in taken:
            if unsure:
                refused.append(Refusal(f.name, UNSURE))
                continue
            # Taken as it is: said under its own name, as what it may lose.
            taken[f.name] = (TAKEN_BARE,)
        if body:
            extras[f.name] = body
        files.append(f)
    for key, problems in by_item.items():
        if key not in names:
            general += problems
    general = whole.problems() + general
    return replace(
        plan,
        form=fmt.name,
        files=tuple(files),
        refused=tuple(refused),
        # The annotation files were read, not left out.
        ignored=() if ignored else plan.ignored,
        extras=extras,
        answers_as=answers_as,
        problems=tuple(general),
        item_problems=taken,
    )


def _plan_texts(
    path: Path,
    project_id: str,
    schema: Schema,
    fmt: formats.Format,
    answers_as: str,
    take_incomplete: bool,
) -> ImportPlan:
    with _annotations(path, path, "text", fmt.companions) as annotations:
        result = fmt.read(annotations, schema, None)
    by_item, general = _problems_by_item(result)
    rows: list[TextRow] = []
    refused: list[Refusal] = []
    whole = _Whole(schema, answers_as, take_incomplete)
    taken: dict[str, tuple[str, ...]] = {}  # problems of items taken with what was read
    for n, (key, text) in enumerate(result.texts.items(), start=1):
        name = source_name(f"{path.name}:{key}")
        if key in by_item:
            if not take_incomplete or key in result.lost:
                refused.append(Refusal(name, joined(by_item[key])))
                continue
            general += by_item[key]
            taken[name] = tuple(by_item[key])
        body = whole.body(key, result)
        if body is None:
            refused.append(Refusal(name, _NOT_WHOLE[answers_as]))
            continue
        data = result.data.get(key)
        item = {"text": text, "data": data, **body} if data else {"text": text, **body}
        rows.append(TextRow(n, item, name))
    for key, problems in by_item.items():
        if key not in result.texts:
            general += problems
    general = whole.problems() + general
    if not rows and not refused and not general:
        raise ImportProblem(
            QT_TRANSLATE_NOOP("messages", "{name} holds no items in {format}."),
            name=path.name,
            format=fmt.title,
        )
    return ImportPlan(
        path,
        fmt.name,
        project_id,
        "text",
        rows=tuple(rows),
        refused=tuple(refused),
        answers_as=answers_as,
        problems=tuple(general),
        item_problems=taken,
    )
