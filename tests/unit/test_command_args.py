"""`labeler`'s command line is built at every start, the workbench's too: the export and
import commands' arguments must not load what runs them, and must offer what it takes."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest

from labeler.client import command_args


def test_building_the_command_line_loads_no_client_or_formats() -> None:
    code = (
        "import sys, labeler.cli as c; c.build_parser(); "
        "print(sorted(m for m in ('requests', 'labeler.core.formats', "
        "'labeler.client.commands', 'labeler.client.api') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_choices_are_the_ones_the_commands_take() -> None:
    from labeler.client.exporting import ANSWERS
    from labeler.client.importing.formatted import AS

    assert command_args.ANSWERS == ANSWERS
    assert command_args.AS == AS


def test_export_help_names_every_format_written() -> None:
    from labeler.core import formats

    written = ["jsonl", *(f.name for f in formats.FORMATS.values() if f.writer is not None)]
    assert list(command_args.export_formats()) == written
    out = subprocess.run(
        [sys.executable, "-m", "labeler.cli", "export", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    said = " ".join(out.stdout.split())  # argparse wraps the lines
    for name in written:
        assert name in said, name
    assert "preference-jsonl" in said and "criteria-csv" in said


def test_a_format_registered_later_is_named_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The list is the registry's: a new format cannot be left out of it."""
    from labeler.cli import main
    from labeler.core import formats

    newest = replace(formats.get("coco"), name="newest-format")
    monkeypatch.setitem(formats.FORMATS, newest.name, newest)
    assert "newest-format" in command_args.export_formats()
    with pytest.raises(SystemExit) as stop:
        main(["export", "--help"])
    assert stop.value.code == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "coco" in said and "newest-format" in said
