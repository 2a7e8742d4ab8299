"""`labeler export` and `labeler import`: a project's data out and in, in the field's formats.

Both work against a running task server (`--server URL --token TOKEN`), or straight on a
database (`--database URL [--media DIR]`): then the task server runs in this process on a
loopback port for the length of the command, as a lead of that database (`--user`, else
its first admin), with a token revoked at the end. Either way the same requests are made,
so what the command line does is what the workbench does.

On a terminal a progress line shows how far it is; the plan (import) or the report
(export) comes before anything is sent or written.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from labeler.client.api import TaskServer
from labeler.client.errors import ClientError
from labeler.client.exporting import ExportChoice, download_export, export_report
from labeler.client.importing import ImportPlan, ImportProblem, ImportProgress, plan_import
from labeler.client.importing.formatted import plan_format_import
from labeler.client.importing.run import run_import
from labeler.core.figures import size as human_size

#: Refusals and problems listed in full up to this many; then a count.
SHOWN = 20


class CommandFailed(Exception):
    """A failure to report in one line, without a traceback."""


@contextmanager
def connect(args: argparse.Namespace) -> Iterator[TaskServer]:
    """The task server the command talks to."""
    if args.database is None and args.server is None:
        raise CommandFailed(
            "say where the project is: --server URL --token TOKEN, or --database URL"
        )
    if args.database is not None and args.server is not None:
        raise CommandFailed("--server and --database exclude each other")
    if args.server is not None:
        if not args.token:
            raise CommandFailed("--server needs --token (a lead's API token)")
        server = TaskServer(args.server, token=args.token)
        try:
            yield server
        finally:
            server.close()
        return
    with _embedded(args) as server:
        yield server


@contextmanager
def _embedded(args: argparse.Namespace) -> Iterator[TaskServer]:
    # Imported by name: the client is installable without the server, and type-checked
    # without it.
    try:
        embedded = importlib.import_module("labeler.server.embedded")
    except ImportError as exc:
        raise CommandFailed(
            f"--database needs the server installed ({exc.name} is missing)"
        ) from None
    try:
        with embedded.lead_session(args.database, args.media, args.user) as (url, token):
            server = TaskServer(url, token=token)
            try:
                yield server
            finally:
                server.close()
    except embedded.SessionError as exc:
        raise CommandFailed(str(exc)) from None


class _Bar:
    """One line on a terminal, rewritten at most ten times a second; silent elsewhere."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self._last = 0.0
        self._width = 0

    def show(self, text: str, *, force: bool = False) -> None:
        if not self.live:
            return
        now = time.monotonic()
        if not force and now - self._last < 0.1:
            return
        self._last = now
        pad = max(0, self._width - len(text))
        self._width = len(text)
        self.stream.write(f"\r{text}{' ' * pad}")
        self.stream.flush()

    def done(self) -> None:
        if self.live and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def export(args: argparse.Namespace) -> int:
    """`labeler export`."""
    out, err = sys.stdout, sys.stderr
    if not 0.0 <= args.val_fraction <= 1.0:
        raise CommandFailed("--val-fraction must be from 0 to 1")
    choice = ExportChoice(args.format, args.answers, args.images, args.seed, args.val_fraction)
    bar = _Bar(err)
    with connect(args) as server:
        try:
            if args.format != "jsonl":
                bar.show("export: reading the project…", force=True)
                report = export_report(server, args.project, choice)
                bar.done()
                print(f"{args.project}: {report.describe()}", file=err)
                for line in report.lines:
                    print(f"  not held: {line}", file=err)

            def progress(done: int, total: int | None) -> None:
                of = f" of {human_size(total)}" if total else ""
                bar.show(f"export: {human_size(done)}{of} written")

            path = download_export(server, args.project, choice, args.out, progress)
        except ClientError as exc:
            bar.done()
            raise CommandFailed(exc.message) from None
        bar.done()
    print(f"wrote {path} ({human_size(path.stat().st_size)})", file=out)
    return 0


def import_(args: argparse.Namespace) -> int:
    """`labeler import`."""
    from labeler.core.plugins import loaded_plugins

    out, err = sys.stdout, sys.stderr
    for failed in (p for p in loaded_plugins() if not p.ok):
        print(f"labeler: the plugin {failed.entry_point} did not load: {failed.error}", file=err)
    bar = _Bar(err)
    with connect(args) as server:
        try:
            project = server.project(args.project)
            schema = server.schema(args.project).schema
            bar.show("import: reading the files…", force=True)
            if args.format is None:
                plan = plan_import(args.path, project.id, project.media, schema)
            else:
                plan = plan_format_import(
                    args.path,
                    project.id,
                    project.media,
                    schema,
                    args.format,
                    answers_as=args.answers_as,
                    images=args.images,
                    take_incomplete=args.take_incomplete,
                )
        except ImportProblem as exc:
            bar.done()
            raise CommandFailed(exc.message) from None
        except ClientError as exc:
            bar.done()
            raise CommandFailed(exc.message) from None
        bar.done()
        _print_plan(plan, out)
        if args.dry_run:
            return 0

        def progress(p: ImportProgress) -> None:
            pct = f" ({100 * p.done // p.total}%)" if p.total else ""
            bar.show(f"import: {p.done} of {p.total}{pct}, {p.created} items created, {p.stage}")

        summary = run_import(server, plan, progress=progress)
        bar.done()
    for refusal in summary.refused[len(plan.refused) :][:SHOWN]:
        print(f"  refused {refusal.source}: {refusal.reason}", file=out)
    print(f"{args.project}: {summary.describe()}", file=out)
    if summary.stopped:
        print(f"labeler: {summary.stopped}", file=err)
        return 1
    return 0


def _print_plan(plan: ImportPlan, out: TextIO) -> None:
    """The plan, on standard output (`--dry-run > plan.txt` keeps it)."""
    print(f"{plan.project_id}: {plan.describe()}", file=out)
    for problem in plan.problems[:SHOWN]:
        print(f"  problem: {problem}", file=out)
    for refusal in plan.refused[:SHOWN]:
        print(f"  refused {refusal.source}: {refusal.reason}", file=out)
    hidden = max(0, len(plan.problems) - SHOWN) + max(0, len(plan.refused) - SHOWN)
    if hidden:
        print(f"  … and {hidden} more", file=out)
