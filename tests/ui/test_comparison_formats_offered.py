"""The lead's import and export dialogs offer the comparison formats from the table of
formats, with no change of their own: what they list for a text project."""

from __future__ import annotations

import pytest

from labeler.core.schema import parse_schema
from labeler.ui.lead.exporter import writable_formats
from labeler.ui.lead.importer.formats import readable_formats


def test_a_text_project_is_offered_the_comparison_formats() -> None:
    written = [f.name for f in writable_formats("text")]
    assert {"preference-jsonl", "ranking-jsonl", "criteria-csv"} <= set(written)
    assert "prompts-jsonl" in [f.name for f in readable_formats("text")]
    # Which of them fit a schema is the format's to say (the task server refuses the rest).
    schema = parse_schema({"media": "text", "fields": [{"name": "better", "kind": "pairwise"}]})
    fitting = {f.name for f in writable_formats("text") if f.fits(schema)}
    assert {"preference-jsonl", "csv", "labelstudio"} <= fitting
    assert not {"ranking-jsonl", "criteria-csv"} & fitting


def test_the_export_dialog_offers_what_fits_the_stored_schema() -> None:
    """Once the lead's workspace has read the schema, a ranking project is not offered
    preference pairs (the task server would refuse them) and is offered rankings."""
    ranking = parse_schema({"media": "text", "fields": [{"name": "order", "kind": "ranking"}]})
    names = [f.name for f in writable_formats("text", ranking)]
    assert "ranking-jsonl" in names and "csv" in names
    assert not {"preference-jsonl", "criteria-csv"} & set(names)
    # Without the schema (not read yet) every format of the media is listed, as before.
    assert "preference-jsonl" in [f.name for f in writable_formats("text")]


@pytest.mark.usefixtures("urdu")
def test_the_comparison_formats_are_named_in_urdu() -> None:
    from labeler.core import formats
    from labeler.ui.lead.words import format_title

    for name in ("prompts-jsonl", "preference-jsonl", "ranking-jsonl", "criteria-csv"):
        fmt = formats.get(name)
        assert format_title(fmt) != fmt.title, name
