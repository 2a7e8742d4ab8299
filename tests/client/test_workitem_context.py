"""A work item's answer context knows its candidates and record, as the task server's
does, so the workbench refuses locally what the server would refuse."""

from __future__ import annotations

import pytest

from labeler.client.workitem import WorkItem
from labeler.core.answers import validate_answer
from labeler.core.problems import AnswerInvalid
from labeler.core.schema import parse_schema


def test_context_carries_candidate_and_record_keys() -> None:
    media = {"sha256": "a" * 64, "url": "/api/v1/media/" + "a" * 64, "mime": "image/png"}
    data = {
        "candidates": [{"key": "A", "text": "x"}, {"key": "B", "media": media}],
        "record": {"name": "Shop", "phone": None},
    }
    item = WorkItem(id="i", batch_id="b", project_id="p", schema_version=1, text="q", data=data)
    context = item.context()
    assert context.candidates == ("A", "B") and context.record_keys == ("name", "phone")
    schema = parse_schema({"media": "text", "fields": [{"name": "order", "kind": "ranking"}]})
    assert validate_answer(schema, {"order": {"A": 2, "B": 1}}, context)
    with pytest.raises(AnswerInvalid) as caught:
        validate_answer(schema, {"order": {"A": 1, "B": 2, "C": 3}}, context)
    assert [p.path for p in caught.value.problems] == ["order.C"]


def test_an_item_without_comparison_data_knows_it_has_none() -> None:
    item = WorkItem(id="i", batch_id="b", project_id="p", schema_version=1, text="q")
    assert item.context().candidates == () and item.context().record_keys == ()
