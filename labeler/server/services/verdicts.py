"""What a gold verdict decides: a submission's status, and so its pay.

A gold submission is decided by its verdict: passed is `accepted`; failed is `rejected`
("missed a control item") and earns nothing, unless the project pays failed gold anyway
(`pay_failed_gold`: `accepted`, still a miss for the skill). A skip of a gold item has no
verdict: `accepted`, earning 0 like any skip. A person's decision (a reviewer's, an upheld
contest) outranks the verdict: re-scoring changes only what a verdict decided. When the
item's gold is removed its verdicts are withdrawn, and what they rejected is accepted.

`Submission.decided_by` says who set the status: None (the server itself: review sampling
or a skip), `verdict`, `review`, `contest` or `withdrawn`.
"""

from __future__ import annotations

from typing import Any

from labeler.server.messages import say
from labeler.server.models import Submission

#: The reason a failed gold answer is rejected with, as the annotator reads it, and the
#: comment on one paid anyway.
MISSED = say("missed_control_item")
PAID_ANYWAY = say("paid_failed_gold")
VERDICT, REVIEW, CONTEST, WITHDRAWN = "verdict", "review", "contest", "withdrawn"
#: Decisions of a person, which re-scoring never overrides.
BY_A_PERSON = frozenset({REVIEW, CONTEST})


def status_for(passed: bool | None, pay_failed_gold: bool) -> str:
    """The status a gold verdict decides (`passed` None: a skip, which has none)."""
    if passed is None or passed:
        return "accepted"
    return "accepted" if pay_failed_gold else "rejected"


def decided_by_verdict(passed: bool | None) -> str | None:
    """`decided_by` of a new gold submission: the verdict, or the server for a skip."""
    return None if passed is None else VERDICT


def follow_verdict(sub: Submission, pay_failed_gold: bool) -> bool:
    """After a re-score: the status follows the new verdict unless a person decided it.
    True when the status changed."""
    if sub.decided_by != VERDICT:
        return False
    status = status_for(sub.gold_passed, pay_failed_gold)
    changed = status != sub.status
    sub.status = status
    return changed


def withdraw(sub: Submission) -> None:
    """The item's gold was removed: the verdict no longer counts for the skill, and what
    it decided is accepted (it rejected nothing a person had decided)."""
    sub.gold_withdrawn = True
    sub.counts_for_skill = False
    if sub.decided_by == VERDICT:
        sub.status, sub.decided_by = "accepted", WITHDRAWN


def decision_json(sub: Submission) -> dict[str, Any] | None:
    """What the verdict decided, shaped like a review (no reviewer) for the annotator's
    history; None when the verdict decided nothing worth saying (a pass). `message` is
    the reason (a rejection) or the comment (paid anyway) as a message code; a person's
    review has none, its words are the reviewer's own."""
    if sub.decided_by != VERDICT or sub.gold_passed is not False:
        return None
    if sub.status == "rejected":
        return {
            "decision": "reject",
            "reason": MISSED.text,
            "comment": None,
            "reviewer": None,
            "message": MISSED.json(),
        }
    return {
        "decision": "accept",
        "reason": None,
        "comment": PAID_ANYWAY.text,
        "reviewer": None,
        "message": PAID_ANYWAY.json(),
    }
