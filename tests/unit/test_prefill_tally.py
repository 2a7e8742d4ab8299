"""The tally of a pre-annotation run: every item of the project counted once (proposed,
nothing proposed, skipped as answered or gold, failed, not reached), the items reached
the same number the progress shows and the cancel sentence says, and a run that proposed
for none says why."""

from __future__ import annotations

from labeler.client.prefilling import RunSummary, Tally, why_nothing


def summary_of(todo: int, answered: int = 0, gold: int = 0) -> RunSummary:
    return RunSummary(items=todo + answered + gold, answered=answered, gold=gold, todo=todo)


def test_every_item_is_counted_once() -> None:
    ids = [f"i{n}" for n in range(10)]
    summary = summary_of(10, answered=3, gold=2)
    tally = Tally(ids)
    for item_id in ids[:7]:
        tally.handed(item_id)
    tally.failed("i7", media=True)  # its media was not fetched: never handed
    tally.pending("i0")
    tally.pending("i1")
    tally.pending("i2")
    tally.failed("i3")  # the proposal did not fit the schema
    tally.progress(5)
    tally.sent(["i0", "i1", "i2"], kept=["i2"])
    summary.kept = ["i2"]
    tally.close(summary)
    parts = summary.partition()
    assert parts == {
        "proposed": 2,
        "nothing": 1,  # i4: done by the plugin, nothing for it
        "answered": 4,  # 3 before the run, i2 answered meanwhile
        "gold": 2,
        "failed": 2,  # i3 did not fit, i7 not fetched
        "not_reached": 4,  # i5, i6 handed but not done; i8, i9 never handed
    }
    assert sum(parts.values()) == summary.items == 15
    assert summary.failed_media == 1
    assert summary.done == summary.todo - summary.not_reached == tally.done


def test_the_item_proposed_as_the_run_is_cancelled_counts_as_reached() -> None:
    """A plugin yields an item's proposal before it reports the item done: cancelled
    there, the item is reached and proposed, and the numbers say the same."""
    ids = [f"i{n}" for n in range(82)]
    summary = summary_of(82)
    tally = Tally(ids)
    for n in range(15):
        tally.handed(ids[n])
        tally.pending(ids[n])
        if n < 14:
            tally.progress(n + 1)
    assert tally.done == 15
    tally.sent(ids[:15], kept=[])
    tally.close(summary)
    assert (summary.updated, summary.done, summary.not_reached) == (15, 15, 67)
    assert sum(summary.partition().values()) == 82


def test_a_proposal_never_sent_is_failed_and_counted_once() -> None:
    summary = summary_of(2)
    tally = Tally(["a", "b"])
    tally.handed("a")
    tally.pending("a")
    tally.failed("a")  # reported again: still one item
    tally.close(summary)
    assert summary.partition()["failed"] == 1 and summary.not_reached == 1


def test_why_a_run_proposed_nothing() -> None:
    empty = RunSummary()
    assert "no items yet" in str(why_nothing(empty))
    assert "nothing is left" in str(why_nothing(summary_of(0, answered=3, gold=1)))

    looked = summary_of(4)
    tally = Tally(["a", "b", "c", "d"])
    for item_id in "abcd":
        tally.handed(item_id)
    tally.progress(4)
    tally.close(looked)
    said = why_nothing(looked)
    assert said is not None and "looked at 4 items" in said and "threshold" in said
    assert said.params == {"count": 4}

    unfetched = summary_of(2)
    tally = Tally(["a", "b"])
    tally.failed("a", media=True)
    tally.failed("b", media=True)
    tally.close(unfetched)
    assert "could not be fetched" in str(why_nothing(unfetched))

    misfit = summary_of(1)
    tally = Tally(["a"])
    tally.handed("a")
    tally.failed("a")
    tally.progress(1)
    tally.close(misfit)
    assert "do not fit the schema" in str(why_nothing(misfit))

    proposed = summary_of(1)
    tally = Tally(["a"])
    tally.handed("a")
    tally.pending("a")
    tally.sent(["a"], kept=[])
    tally.close(proposed)
    assert why_nothing(proposed) is None
