"""`labeler-onnx`: a lead's command line for an ONNX model.

    labeler-onnx check --model model.yaml [PICTURE ...]
    labeler-onnx preannotate --model model.yaml --project ID --server URL --token TOKEN

`check` loads the model, checks it against its YAML and says what it takes and gives;
with pictures, what it proposes for each. `preannotate` runs it over a project on a task
server (`labeler_onnx_models.project`) with a progress line; Ctrl+C stops it after the
item under way, sends what was proposed and prints the summary (exit 130); a second
Ctrl+C stops at once.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from labeler_onnx_models.errors import ModelError

if TYPE_CHECKING:
    from labeler_onnx_models.model import Model
    from labeler_onnx_models.project import Summary

#: Problems and refusals listed one by one up to this many; then a count.
SHOWN = 20
#: The exit status of a run stopped by Ctrl+C (128 + SIGINT), as shells give it.
INTERRUPTED = 130


class CommandFailed(Exception):
    """A failure said in one line, without a traceback."""


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="labeler-onnx",
        description="Run an ONNX detector or classifier (a model's YAML) as labeler's "
        "pre-annotation.",
    )
    sub = top.add_subparsers(dest="command", required=True)
    check = sub.add_parser(
        "check",
        help="load a model with its YAML and say what it takes and gives",
        description="Loads the YAML and its ONNX file, checks them against each other, "
        "and with pictures prints what the model proposes for each (JSON lines).",
    )
    check.add_argument("--model", required=True, type=Path, help="the model's YAML")
    check.add_argument("pictures", nargs="*", type=Path, help="pictures to run it on")
    check.set_defaults(run=run_check)

    pre = sub.add_parser(
        "preannotate",
        help="propose a prefill for each item of a project on a task server",
        description="Items with an answer keep their prefill; so do items whose prefill "
        "answers a field of the model, unless --replace. Ctrl+C stops after the item under "
        "way and sends what was proposed.",
    )
    pre.add_argument("--model", required=True, type=Path, help="the model's YAML")
    pre.add_argument("--project", required=True, help="the project's id")
    pre.add_argument("--server", metavar="URL", help="a running task server")
    pre.add_argument(
        "--token",
        default=os.environ.get("LABELER_TOKEN"),
        help="an API token of a lead there (default: $LABELER_TOKEN)",
    )
    pre.add_argument(
        "--database",
        help="work on this database instead (SQLAlchemy URL), through a task server in "
        "this process",
    )
    pre.add_argument("--media", type=Path, help="with --database: its media folder")
    pre.add_argument("--user", help="with --database: the lead to act as")
    pre.add_argument(
        "--chunk", type=int, default=100, help="prefills sent per request (1 to 10 000)"
    )
    pre.add_argument(
        "--replace",
        action="store_true",
        help="propose again for items whose prefill answers a field of the model already",
    )
    pre.add_argument("--threads", type=int, help="ONNX Runtime's threads (default: its own)")
    pre.set_defaults(run=run_preannotate)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (CommandFailed, ModelError) as exc:
        print(f"labeler-onnx: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("labeler-onnx: stopped", file=sys.stderr)
        return INTERRUPTED


def run_check(args: argparse.Namespace) -> int:
    """`labeler-onnx check`."""
    from labeler.core.plugins.api import ItemView
    from labeler.core.schema import parse_schema
    from labeler_onnx_models.model import Model
    from labeler_onnx_models.run import propose

    model = Model.load(args.model)
    _describe(model, sys.stdout)
    kind = "boxes" if model.spec.task == "detect" else "choice"
    schema = parse_schema(
        {
            "title": model.title,
            "media": "image",
            "fields": [
                {"name": name, "kind": kind, "labels": [{"value": v} for v in labels]}
                for name, labels in _labels_by_field(model).items()
            ],
        }
    )
    fields = model.spec.check_schema(schema)
    failed = 0
    for path in args.pictures:
        try:
            proposed = propose(model, ItemView(path.name, "image", path), fields)
        except ModelError as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            failed += 1
            continue
        line = {"picture": str(path), "answer": proposed.answer, "scores": proposed.scores}
        print(json.dumps({**line, "confidence": proposed.confidence}, ensure_ascii=False))
    return 1 if failed else 0


def _labels_by_field(model: Model) -> dict[str, list[str]]:
    spec = model.spec
    out: dict[str, list[str]] = {}
    for target in spec.labels.values():
        values = out.setdefault(target.field, [])
        if target.label not in values:
            values.append(target.label)
    return out


def _describe(model: Model, out: TextIO) -> None:
    spec = model.spec
    inp = spec.input
    print(f"{spec.title} ({spec.task}): {spec.model}", file=out)
    size = "×".join(map(str, model.size))
    print(
        f"  input {model.input.shown()}, {model.dtype.__name__}: {size} px, {inp.layout}, "
        f"{inp.colour}, {inp.resize}",
        file=out,
    )
    outputs = ", ".join(p.shown() for p in model.outputs)
    fmt = f" ({spec.output.format})" if spec.output.format else ""
    print(f"  output{fmt}: {outputs}", file=out)
    for index, target in sorted(spec.labels.items()):
        print(f"  class {index} → {target.field}: {target.label}", file=out)


def run_preannotate(args: argparse.Namespace) -> int:
    """`labeler-onnx preannotate`."""
    from labeler.client.api import normalize_server_url
    from labeler.client.commands import CommandFailed as ConnectFailed
    from labeler.client.commands import connect
    from labeler.client.errors import ClientError
    from labeler_onnx_models.model import Model
    from labeler_onnx_models.project import preannotate_project

    if not 1 <= args.chunk <= 10_000:
        raise CommandFailed("--chunk must be from 1 to 10 000")
    if args.server is not None:
        try:
            normalize_server_url(args.server)
        except ValueError as exc:
            raise CommandFailed(str(exc)) from None
    model = Model.load(args.model, args.threads)
    line = _Line(sys.stderr)
    with interrupts() as cancel:
        try:
            with connect(args) as server:
                summary = preannotate_project(
                    server,
                    args.project,
                    model,
                    chunk=args.chunk,
                    replace=args.replace,
                    cancel=cancel,
                    report=line.report,
                )
        except ConnectFailed as exc:
            line.done()
            raise CommandFailed(str(exc)) from None
        except ClientError as exc:
            line.done()
            raise CommandFailed(exc.message) from None
        finally:
            line.done()
    _summarise(args.project, model.title, summary, sys.stdout)
    return INTERRUPTED if summary.cancelled else 0


@contextmanager
def interrupts() -> Iterator[threading.Event]:
    """While inside: the first Ctrl+C sets the event (the run stops after the item under
    way and sends what it proposed), a second raises `KeyboardInterrupt` (at once)."""
    cancel = threading.Event()

    def stop(signum: int, frame: object) -> None:
        if cancel.is_set():
            raise KeyboardInterrupt
        cancel.set()
        print(
            "\nlabeler-onnx: stopping after this item (Ctrl+C again: at once)",
            file=sys.stderr,
        )

    previous = signal.signal(signal.SIGINT, stop)
    try:
        yield cancel
    finally:
        signal.signal(signal.SIGINT, previous)


class _Line:
    """How far a run is: one line rewritten on a terminal (ten times a second at most),
    else a line every tenth of the items."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self.started = time.monotonic()
        self._last = 0.0
        self._step = 0
        self._width = 0

    def report(self, done: int, todo: int, summary: Summary) -> None:
        rate = done / max(1e-9, time.monotonic() - self.started)
        text = f"preannotate: {done}/{todo} items, {summary.proposed} proposed, {rate:.1f} items/s"
        if self.live:
            now = time.monotonic()
            if now - self._last < 0.1 and done < todo:
                return
            self._last = now
            pad = max(0, self._width - len(text))
            self._width = len(text)
            self.stream.write(f"\r{text}{' ' * pad}")
            self.stream.flush()
            return
        step = done * 10 // max(1, todo)
        if step > self._step or done == todo:
            self._step = step
            print(text, file=self.stream, flush=True)

    def done(self) -> None:
        if self.live and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def _summarise(project: str, title: str, s: Summary, out: TextIO) -> None:
    print(f"project {project}, model {title}:", file=out)
    left = [f"{s.answered} answered (left as they are)"]
    if s.prefilled:
        left.append(f"{s.prefilled} with a prefill of the model's fields (--replace)")
    print(f"  {s.items} items: {s.todo} to propose for; {', '.join(left)}", file=out)
    kept = f", {len(s.kept)} kept theirs (answered or skipped)" if s.kept else ""
    print(f"  {s.run} run, {s.proposed} proposed, {s.updated} prefills stored{kept}", file=out)
    if s.confidences:
        low, median = min(s.confidences), statistics.median(s.confidences)
        print(f"  confidence: lowest {low:.2f}, median {median:.2f}", file=out)
    for what, rows in (("not run", s.problems), ("not sent", s.refused)):
        for item_id, why in rows[:SHOWN]:
            print(f"  {what}: item {item_id}: {why}", file=out)
        if len(rows) > SHOWN:
            print(f"  {what}: {len(rows) - SHOWN} more items", file=out)
    rate = s.run / s.seconds if s.seconds else 0.0
    print(f"  {s.seconds:.1f} s, {rate:.1f} items/s", file=out)
    if s.cancelled:
        print(
            f"  stopped after {s.run} of {s.todo} items: run it again for the rest (items "
            "with the model's prefill are left as they are)",
            file=out,
        )
