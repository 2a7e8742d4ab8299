"""What annotators would not expect of a project, said before it is published."""

from __future__ import annotations

from typing import Any

from labeler.core.projectsettings import publish_warnings

UNPAID = "This project pays 0 USD per item. Annotators will see it as unpaid."


def settings(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "name": "Streets",
        "reward": {"amount": "0.05", "currency": "USD"},
        "requirement": None,
        "active": True,
    }
    return {**base, **kw}


def test_a_paid_open_project_needs_no_word() -> None:
    assert publish_warnings(settings(), set()) == []


def test_no_pay_is_said_in_the_project_currency() -> None:
    for amount in ("0", "0.00", "0E-12", "-0"):
        reward = {"amount": amount, "currency": "usd"}
        assert publish_warnings(settings(reward=reward), set()) == [("reward.amount", UNPAID)]
    pkr = publish_warnings(settings(reward={"amount": "0", "currency": "PKR"}), set())
    assert pkr[0][1].startswith("This project pays 0 PKR per item.")


def test_a_closed_project_shows_annotators_nothing() -> None:
    closed = settings(reward={"amount": "0", "currency": "USD"}, active=False)
    assert publish_warnings(closed, set()) == []


def test_an_amount_that_is_not_a_number_is_the_form_s_business() -> None:
    assert publish_warnings(settings(reward={"amount": "abc", "currency": "USD"}), set()) == []


def test_a_pool_nobody_can_unlock() -> None:
    pool = settings(requirement={"skill": "streets", "min_accuracy": 0.9, "min_gold": 20})
    assert publish_warnings(pool, {"streets"}) == []
    [(path, sentence)] = publish_warnings(pool, {"news"})
    assert path == "requirement.skill"
    assert sentence == (
        "Its requirement counts gold answers in “streets”, which no other project gives. "
        "Annotators will see it locked, with no way to unlock it."
    )
