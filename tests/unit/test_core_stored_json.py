"""`stored_json_problem`: the one rule for every JSON value the task server stores."""

from __future__ import annotations

import sys

from labeler.core.jsonvalues import (
    MAX_STORED_BYTES,
    MAX_STORED_DEPTH,
    json_depth,
    json_size,
    stored_json_problem,
)


def test_depth_counts_objects_and_lists() -> None:
    assert [json_depth(v) for v in ("text", 3, None, {}, [], {"a": [1]}, [[], [[{}]]])] == [
        0, 0, 0, 1, 1, 2, 4,
    ]  # fmt: skip


def test_depth_is_measured_past_what_python_could_recurse_into() -> None:
    value: list[object] = []
    for _ in range(5 * sys.getrecursionlimit()):
        value = [value]
    assert json_depth(value) == 5 * sys.getrecursionlimit() + 1
    assert json_depth(value, stop_after=10) == 11


def test_size_is_compact_utf8() -> None:
    assert json_size({"a": [1, 2]}) == len('{"a":[1,2]}')
    assert json_size({"ur": "لاہور"}) == len('{"ur":""}') + len("لاہور".encode())


def test_the_limits_hold_and_their_edges_pass() -> None:
    at_depth: dict[str, object] = {}
    for _ in range(MAX_STORED_DEPTH - 1):
        at_depth = {"a": at_depth}
    assert stored_json_problem(at_depth) is None
    assert stored_json_problem({"a": at_depth}) == (
        f"nests objects and lists more than {MAX_STORED_DEPTH} deep"
    )
    at_size = {"n": "x" * (MAX_STORED_BYTES - len('{"n":""}'))}
    assert stored_json_problem(at_size) is None
    at_size["n"] += "é"
    assert stored_json_problem(at_size) == (
        f"takes {MAX_STORED_BYTES + 2} bytes as JSON; at most {MAX_STORED_BYTES} are stored"
    )
