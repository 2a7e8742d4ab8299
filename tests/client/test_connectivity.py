"""The prober's schedule on a fake clock: a server that comes back is noticed within
4 s however long it was away; a server that answers unwell is not hammered (its
Retry-After is honoured, else the wait grows to 30 s); "Retry now" asks at once."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from labeler.client import connectivity as conn
from labeler.client import wire
from labeler.client.connectivity import Connectivity
from labeler.client.errors import BadResponse, ClientError, Offline, RateLimited, ServerError
from tests.client.conftest import Recorder

REFUSED = Offline("The task server cannot be reached (connection refused).")


class FakeHealth:
    """`health()` answers from `outcome`: an error to raise, or None for healthy."""

    def __init__(self) -> None:
        self.outcome: ClientError | None = REFUSED
        self.calls = 0

    def health(self, retries: int | None = None) -> wire.Health:
        self.calls += 1
        if self.outcome is not None:
            raise self.outcome
        return wire.Health("ok", "x")


@pytest.fixture
def api() -> FakeHealth:
    return FakeHealth()


@pytest.fixture
def prober(api: FakeHealth) -> Iterator[Connectivity]:
    # Never started: the test calls `step()` itself and adds up what it returns.
    yield Connectivity(api, Recorder())  # type: ignore[arg-type]


def schedule(prober: Connectivity, probes: int) -> list[float]:
    prober.lost()
    return [prober.step() for _ in range(probes)]


def unavailable(retry_after: float | None = None) -> ServerError:
    details = {} if retry_after is None else {"retry_after": retry_after}
    return ServerError(503, "unavailable", "Busy.", details)


def test_while_nothing_answers_the_wait_doubles_to_4_s_and_stays(
    prober: Connectivity, api: FakeHealth, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(random, "random", lambda: 0.0)  # no jitter
    delays = schedule(prober, 9)
    assert max(delays) <= 4.0
    assert delays == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0]
    api.outcome = None
    assert prober.step() > 4.0 and prober.online  # back; idle until a call fails
    api.outcome = REFUSED
    monkeypatch.setattr(random, "random", lambda: 0.999999)  # the most jitter
    delays = schedule(prober, 6)  # away again: from the start
    assert delays == pytest.approx([0.375, 0.75, 1.5, 3.0, 3.0, 3.0], abs=1e-5)


def test_on_a_fake_clock_a_server_back_is_noticed_within_4_s_however_long_it_was_away(
    api: FakeHealth,
) -> None:
    jitter = random.Random(11)
    worst = 0.0
    for away in [0.3 + 0.7 * k for k in range(860)]:  # 0.3 s … 10 min away
        prober = Connectivity(api, Recorder(), rand=jitter.random)  # type: ignore[arg-type]
        api.outcome = REFUSED
        prober.lost()
        clock = 0.0
        while True:
            if clock >= away:
                api.outcome = None
            wait = prober.step()
            if prober.online:
                break
            clock += wait
        worst = max(worst, clock - away)
    assert 3.0 < worst <= 4.0


@pytest.mark.parametrize(
    "error",
    [
        ServerError(502, "bad_gateway", "Bad gateway."),  # a proxy: the server is not there
        ServerError(504, "gateway_timeout", "Gateway timeout."),
    ],
)
def test_a_proxy_saying_the_server_is_gone_counts_as_nothing_answering(
    prober: Connectivity, api: FakeHealth, error: ClientError, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(random, "random", lambda: 0.0)
    api.outcome = error
    assert schedule(prober, 6) == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]


@pytest.mark.parametrize(
    "error",
    [
        unavailable(),
        ServerError(500, "internal_error", "Oops."),
        RateLimited(429, "rate_limited", "Slow down."),
        BadResponse("The task server sent an answer that is not JSON."),
    ],
)
def test_a_server_answering_unwell_is_probed_less_and_less_up_to_30_s(
    prober: Connectivity, api: FakeHealth, error: ClientError, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(random, "random", lambda: 0.0)
    api.outcome = error
    assert schedule(prober, 9) == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0]


def test_retry_after_is_honoured_never_sooner_and_at_most_5_minutes(
    prober: Connectivity, api: FakeHealth, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(random, "random", lambda: 0.0)
    prober.lost()
    api.outcome = unavailable(20)
    assert prober.step() == 20.0
    api.outcome = RateLimited(429, "rate_limited", "Slow down.", {"retry_after": 7})
    assert prober.step() == 7.0
    api.outcome = unavailable(86_400)
    assert prober.step() == 300.0
    api.outcome = unavailable(0)
    assert prober.step() == 0.5
    monkeypatch.setattr(random, "random", lambda: 0.999999)  # later at random, never sooner
    api.outcome = unavailable(20)
    assert 20.0 < prober.step() <= 25.0


def test_retry_now_asks_at_once_and_says_why_not(prober: Connectivity, api: FakeHealth) -> None:
    rec: Recorder = prober.listener  # type: ignore[assignment]
    back: list[bool] = []
    prober.when_back(lambda: back.append(True))
    prober.lost()
    prober.step()  # announces offline
    error = prober.probe()
    assert error is REFUSED and not prober.online and api.calls == 2 and back == []
    api.outcome = None
    assert prober.probe() is None
    assert prober.online and back == [True]  # woken before probe() returned
    assert rec.calls("connection_changed") == [(False,), (True,)]
    assert prober.probe() is None and back == [True]  # online already: nothing to wake
    api.outcome = REFUSED
    assert prober.probe() is REFUSED and not prober.online  # found gone: offline now


def test_retry_now_on_a_server_answering_unwell_keeps_it_online(
    prober: Connectivity, api: FakeHealth
) -> None:
    api.outcome = unavailable(30)
    assert isinstance(prober.probe(), ServerError)
    assert prober.online  # uploads back off on their own answers


def test_the_engine_default_is_the_policy() -> None:
    assert conn.ProbePolicy().max_delay == 4.0
    assert conn.ProbePolicy().busy_max_delay == 30.0
