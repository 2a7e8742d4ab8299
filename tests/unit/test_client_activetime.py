"""Active time: counts while shown, focused and not idle; driven with plain numbers."""

from __future__ import annotations

from labeler.client.activetime import ActiveClock


def test_counts_from_start_while_active():
    c = ActiveClock(idle_seconds=30)
    c.start(100)
    c.activity(110)
    assert c.active_ms(115) == 15_000
    assert c.stop(120) == 20_000
    assert not c.running


def test_reading_without_input_counts_up_to_the_idle_limit():
    c = ActiveClock(idle_seconds=30)
    c.start(0)
    assert c.active_ms(29) == 29_000
    assert not c.paused(29)
    assert c.active_ms(300) == 30_000
    assert c.paused(300)


def test_input_after_idle_resumes_without_counting_the_gap():
    c = ActiveClock(idle_seconds=30)
    c.start(0)
    c.activity(10)  # counted to 10 + 30 = 40
    c.activity(100)  # idle from 40 to 100: not counted
    assert c.active_ms(105) == 45_000
    assert c.stop(110) == 50_000


def test_losing_focus_pauses_at_once_and_regaining_resumes():
    c = ActiveClock(idle_seconds=30)
    c.start(0)
    c.focus(False, 5)
    assert c.paused(6)
    c.activity(20)  # input reaching an unfocused window does not count
    assert c.active_ms(50) == 5_000
    c.focus(True, 60)
    assert not c.paused(60)
    assert c.active_ms(70) == 15_000


def test_an_item_shown_while_unfocused_waits_for_focus():
    c = ActiveClock()
    c.focus(False, 0)
    c.start(1)
    assert c.active_ms(10) == 0
    c.focus(True, 10)
    assert c.active_ms(12) == 2_000


def test_start_begins_again_from_zero():
    c = ActiveClock()
    c.start(0)
    assert c.stop(4) == 4_000
    assert c.active_ms(100) == 4_000  # frozen after stop
    c.activity(101)  # no item: ignored
    c.start(200)
    assert c.active_ms(201) == 1_000


def test_repeated_focus_reports_are_harmless():
    c = ActiveClock(idle_seconds=10)
    c.start(0)
    c.focus(True, 8)  # counts as input
    assert c.active_ms(17) == 17_000
    c.focus(False, 17)
    c.focus(False, 30)
    assert c.active_ms(40) == 17_000


def test_idle_zero_never_pauses():
    c = ActiveClock(idle_seconds=0)
    c.start(0)
    assert c.active_ms(3600) == 3_600_000
    assert not c.paused(3600)


def test_a_clock_going_backwards_never_gives_negative_time():
    c = ActiveClock()
    c.start(100)
    assert c.active_ms(50) == 0
    c.activity(90)
    assert c.active_ms(101) == 1_000


def test_the_injected_clock_is_used_when_now_is_left_out():
    now = [1000.0]
    c = ActiveClock(idle_seconds=30, clock=lambda: now[0])
    c.start()
    now[0] += 2.5
    c.activity()
    now[0] += 1.25
    assert c.active_ms() == 3_750
    now[0] += 100
    assert c.paused()
    assert c.stop() == 32_500


def test_start_goes_on_from_the_time_already_spent_and_resume_keeps_the_count():
    c = ActiveClock(idle_seconds=30)
    c.start(0, already_ms=45_000)  # a draft brought back with its time
    c.activity(5)
    assert c.active_ms(5) == 50_000
    assert c.stop(6) == 51_000
    c.resume(100)  # the submit failed: the item is worked on again
    assert c.active_ms(102) == 53_000
