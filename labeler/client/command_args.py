"""The command line of `labeler export` and `labeler import`, without what runs them.

Built at every start of `labeler` (the workbench's too), so it imports nothing heavy: the
commands themselves (`labeler.client.commands`, with the network client and the formats)
load only when one of them runs. `tests/unit/test_command_args.py` holds the choices here
to the ones those modules take.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

#: `labeler.client.exporting.ANSWERS` and `labeler.client.importing.formatted.AS`.
ANSWERS = ("accepted", "consensus", "gold", "all")
AS = ("prefill", "gold")


def export_formats() -> tuple[str, ...]:
    """The formats `labeler export` writes: JSONL, then every registered format with a
    writer (`labeler.core.formats.FORMATS`), in its order. It loads the formats: only when
    they are to be named (`--help`)."""
    from labeler.core import formats

    return ("jsonl", *(f.name for f in formats.FORMATS.values() if f.writer is not None))


class _HelpWithFormats(argparse.Action):
    """`labeler export --help`, naming every format the registry holds, read when the help
    is asked for: building the command line, at every start, does not load them."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show this help"
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        names = ", ".join(export_formats()) + " (and a plugin's own)"
        parser.description = f"Formats: {names}. Multi-file formats come as a zip."
        for action in parser._actions:
            if action.dest == "format":
                action.help = f"one of {names}"
        parser.print_help()
        parser.exit()


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    """`labeler export` and `labeler import`."""
    out = sub.add_parser(
        "export",
        help="export a project's answers in a format of the field",
        description="Multi-file formats come as a zip.",  # the formats join it on --help
        add_help=False,
    )
    out.add_argument("-h", "--help", action=_HelpWithFormats)
    out.add_argument("project", help="the project's id")
    out.add_argument("--format", required=True, help="a format by name (see --help)")
    out.add_argument("--out", required=True, type=Path, help="the file to write")
    out.add_argument(
        "--answers",
        choices=ANSWERS,
        default="accepted",
        help="accepted answers (default), the suggested consensus, gold answers, or every "
        "submission with its annotator",
    )
    out.add_argument("--images", action="store_true", help="put the images in the zip too")
    out.add_argument("--seed", type=int, default=0, help="the train/val split's seed")
    out.add_argument(
        "--val-fraction", type=float, default=0.2, help="the share of items in val (0 to 1)"
    )
    _connection_args(out)

    into = sub.add_parser(
        "import",
        help="import items with their answers (prefill or gold) from a format of the field",
        description="PATH is a dataset folder (media and annotation files), an annotation "
        "file with --images FOLDER, or a text format's file. Without --format, a folder of "
        "media or a CSV/JSONL file of texts, as the workbench imports them.",
    )
    into.add_argument("project", help="the project's id")
    into.add_argument("path", type=Path)
    into.add_argument(
        "--format", help="a format by name (an unknown one is refused, naming them all)"
    )
    into.add_argument(
        "--as",
        dest="answers_as",
        choices=AS,
        default="prefill",
        help="the answers are proposals annotators correct (prefill, default) or control "
        "items' answers (gold)",
    )
    into.add_argument("--images", type=Path, help="the folder of media an annotation file names")
    into.add_argument(
        "--take-incomplete",
        action="store_true",
        help="items with a problem go with what could be read of them (each problem is "
        "still listed); without it they are left out",
    )
    into.add_argument("--dry-run", action="store_true", help="print the plan and send nothing")
    _connection_args(into)


def _connection_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--server", metavar="URL", help="a running task server")
    parser.add_argument("--token", help="an API token of a lead there")
    parser.add_argument(
        "--database",
        help="work on this database instead (SQLAlchemy URL), through a task "
        "server in this process",
    )
    parser.add_argument("--media", type=Path, help="with --database: its media folder")
    parser.add_argument(
        "--user", help="with --database: the lead to act as (default: the first admin)"
    )
