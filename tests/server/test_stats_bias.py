"""Stats: each annotator's position and length bias on a pairwise field."""

from __future__ import annotations

from typing import Any

from labeler.core.bias import binomial_p
from tests.server.test_comparisons import SCHEMA, TEXTS, _import, _lease, _project, _submission


def test_stats_give_each_annotators_position_and_length_bias(lead: Any, make_api: Any) -> None:
    pid = _project(lead, SCHEMA, overlap=2)
    # A is the longer candidate on the first two items, B on the third.
    long_b = [{"text": "Yes"}, {"text": "Islamabad, since 1967"}]
    ids = _import(
        lead,
        pid,
        [
            {"text": "q1", "data": {"candidates": TEXTS}},
            {"text": "q2", "data": {"candidates": TEXTS[:2]}},
            {"text": "q3", "data": {"candidates": long_b}},
        ],
    )
    rank = {"q1": {"A": 1, "B": 2, "C": 3}, "q2": {"A": 1, "B": 2}, "q3": {"A": 1, "B": 2}}
    crit = {"q1": {"A": 1, "B": 1, "C": 1}, "q2": {"A": 1, "B": 1}, "q3": {"A": 1, "B": 1}}
    given = {
        "amna": ["A", "B", "tie"],  # A longer, B shorter, a tie
        "chen": ["A", "A", "A"],  # longer, longer, shorter
    }
    users = {}
    for name, winners in given.items():
        api = make_api("annotator")
        users[name] = api.user["username"]
        batch = _lease(api, pid)
        texts = {item["id"]: item["text"] for item in batch["items"]}
        for item_id, side in zip(ids, winners, strict=True):
            q = texts[item_id]
            pref = {"winner": side} if side == "tie" else {"winner": side, "strength": 2}
            body = {"pref": pref, "order": rank[q], "scores": crit[q]}
            if side == "tie":
                body["why"] = "Both say the same."
            r = api.post("/submissions", json=_submission(batch, item_id, body))
            assert r.status_code == 201, r.text
    stats = lead.get(f"/projects/{pid}/stats").json()
    by_name = {a["user"]["username"]: a for a in stats["annotators"]}
    amna = by_name[users["amna"]]["pairwise_bias"]["pref"]
    chen = by_name[users["chen"]]["pairwise_bias"]["pref"]
    assert (amna["preferences"], amna["ties"], amna["prefers_a"]) == (2, 1, 1)
    assert (amna["compared_lengths"], amna["prefers_longer"], amna["longer_share"]) == (2, 1, 0.5)
    assert amna["a_share"] == 0.5 and amna["position_p"] == 1.0
    assert (chen["preferences"], chen["prefers_a"], chen["a_share"]) == (3, 3, 1.0)
    assert chen["position_p"] == binomial_p(3, 3) == 0.25
    assert (chen["compared_lengths"], chen["prefers_longer"]) == (3, 2)
    assert chen["position_flag"] is False  # three answers are too few to say
    assert set(by_name[users["chen"]]["pairwise_bias"]) == {"pref"}  # pairwise fields only
