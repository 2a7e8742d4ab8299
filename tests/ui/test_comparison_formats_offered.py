"""The lead's import and export dialogs offer the comparison formats from the table of
formats, with no change of their own: what they list for a text project."""

from __future__ import annotations

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
