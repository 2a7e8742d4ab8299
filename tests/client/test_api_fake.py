"""The task-server client against a scripted server: hostile JSON, error bodies, retries
with backoff (only for idempotent calls), offline, timeouts, headers, downloads."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from labeler import __version__
from labeler.client import wire
from labeler.client.api import TaskServer, normalize_server_url
from labeler.client.errors import (
    ApiError,
    BadResponse,
    ChecksumMismatch,
    ClientError,
    Conflict,
    Forbidden,
    InvalidAnswer,
    InvalidRequest,
    ItemComplete,
    NotFound,
    Offline,
    RateLimited,
    ServerError,
    Unauthenticated,
)
from labeler.client.transport import retry_after_seconds
from labeler.server.commands import free_port
from tests.client.fakeserver import Canned, FakeServer, fake_server

SHA = "ab" * 32
ITEM = {
    "id": "i1",
    "data": {},
    "media": {
        "sha256": SHA,
        "url": f"/api/v1/media/{SHA}",
        "mime": "image/png",
        "bytes": 10,
        "variants": {"display": {"url": f"/api/v1/media/{SHA}?variant=display", "bytes": 5}},
    },
}
BATCH = {
    "id": "b1",
    "project_id": "p",
    "schema_version": 1,
    "lease_expires_at": "2030-01-01T00:00:00Z",
    "items": [ITEM],
}


def error(status: int, code: str, message: str = "no", **details: Any) -> Canned:
    return Canned(status, {"error": {"code": code, "message": message, "details": details}})


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    with fake_server() as server:
        yield server


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def api(fake: FakeServer, sleeps: list[float]) -> Iterator[TaskServer]:
    client = TaskServer(fake.url, "tok", retries=3, backoff=0.5, sleep=sleeps.append)
    yield client
    client.close()


def test_server_urls_are_normalised() -> None:
    assert normalize_server_url("localhost:8470") == "http://localhost:8470/api/v1"
    assert normalize_server_url("HTTPS://Example.org/") == "https://example.org/api/v1"
    assert normalize_server_url("http://h/x/api/v1/") == "http://h/x/api/v1"
    with pytest.raises(ValueError):
        normalize_server_url("ftp://h")


# Hostile JSON


@pytest.mark.parametrize(
    "body, where",
    [
        (
            {"projects": [{"id": 5, "name": "P", "media": "text", "schema_version": 1}]},
            "projects[0].id",
        ),
        ({"projects": "all"}, "projects"),
        ({"projects": [{"id": "p", "name": "P", "media": "video", "schema_version": 1}]}, "media"),
        (
            {"projects": [{"id": "p", "name": "P", "media": "text", "schema_version": True}]},
            "schema_version",
        ),
        (
            {
                "projects": [
                    {
                        "id": "p",
                        "name": "P",
                        "media": "text",
                        "schema_version": 1,
                        "reward": {"amount": "lots"},
                    }
                ]
            },
            "reward.amount",
        ),
        ([1, 2], "(root)"),
    ],
)
def test_wrong_types_become_bad_response(
    fake: FakeServer, api: TaskServer, body: Any, where: str
) -> None:
    fake.route("GET", "/api/v1/projects", Canned(200, body))
    with pytest.raises(BadResponse) as caught:
        api.projects()
    assert where in caught.value.message


_ME = {"id": "u", "username": "amna", "roles": ["annotator"], "skills": {}}
_USD = {"currency": "USD", "pending": "0.00", "approved": "3.38", "rejected": "0.40"}
_PKR = {"currency": "PKR", "pending": "12.00", "approved": "0.00", "rejected": "0.00"}


def test_me_earnings_in_every_currency(fake: FakeServer, api: TaskServer) -> None:
    body = {**_ME, "earnings": _PKR, "earnings_by_currency": [_USD, _PKR]}
    fake.route("GET", "/api/v1/me", Canned(200, body))
    me = api.me()
    assert me.earned == (
        wire.Earned("PKR", Decimal("0.00"), Decimal("12.00"), Decimal("0.00")),
        wire.Earned("USD", Decimal("3.38"), Decimal("0.00"), Decimal("0.40")),
    )
    assert me.earnings == _PKR  # the one-currency object, as received


@pytest.mark.parametrize(
    ("earnings", "earned"),
    [
        (_USD, [wire.Earned("USD", Decimal("3.38"), Decimal("0.00"), Decimal("0.40"))]),
        ({**_USD, "approved": "0.00", "rejected": "0"}, []),  # nothing earned yet
        ({**_USD, "approved": "lots"}, []),  # never checked before: shown as nothing
        ({"USD": "1.25"}, []),
    ],
)
def test_me_from_an_older_server_has_its_one_currency(
    fake: FakeServer, api: TaskServer, earnings: dict[str, str], earned: list[wire.Earned]
) -> None:
    fake.route("GET", "/api/v1/me", Canned(200, {**_ME, "earnings": earnings}))
    assert list(api.me().earned) == earned


@pytest.mark.parametrize(
    ("entries", "where"),
    [
        ([{**_USD, "approved": "lots"}], "earnings_by_currency[0].approved"),
        ([{**_USD, "pending": "-1"}], "earnings_by_currency[0].pending"),
        ([{**_USD, "rejected": "NaN"}], "earnings_by_currency[0].rejected"),
        ([{k: v for k, v in _USD.items() if k != "currency"}], "[0].currency"),
        ([_USD, {**_USD, "approved": "1.00"}], "names a currency twice"),
        ({"USD": _USD}, "earnings_by_currency"),
    ],
)
def test_me_earnings_that_are_not_money_become_bad_response(
    fake: FakeServer, api: TaskServer, entries: Any, where: str
) -> None:
    body = {**_ME, "earnings": _USD, "earnings_by_currency": entries}
    fake.route("GET", "/api/v1/me", Canned(200, body))
    with pytest.raises(BadResponse) as caught:
        api.me()
    assert where in caught.value.message


@pytest.mark.parametrize(
    "raw",
    [b"<html>hello</html>", b'{"projects": [', b'{"a": NaN}', b"[" * 100_000 + b"]" * 100_000],
)
def test_bodies_that_are_not_json_become_bad_response(
    fake: FakeServer, api: TaskServer, raw: bytes
) -> None:
    fake.route("GET", "/api/v1/me", Canned(200, raw))
    with pytest.raises(BadResponse):
        api.me()


@pytest.mark.parametrize(
    "change, where",
    [
        ({"items": None}, "items"),
        ({"lease_expires_at": "tomorrow"}, "lease_expires_at"),
        ({"lease_expires_at": "2030-01-01T00:00:00"}, "lease_expires_at"),
        ({"items": [{**ITEM, "media": {**ITEM["media"], "sha256": "../../etc/passwd"}}]}, "sha256"),
        ({"items": [{**ITEM, "data": [1]}]}, "items[0].data"),
        ({"items": [{**ITEM, "media": {**ITEM["media"], "bytes": -1}}]}, "bytes"),
        ({"items": [ITEM, ITEM]}, "items"),
        ({"project_id": "other"}, "another project"),
        ({"items": [{**ITEM, "training": {"answer": "yes"}}]}, "training.answer"),
    ],
)
def test_a_hostile_batch_is_refused_whole(
    fake: FakeServer, api: TaskServer, change: dict[str, Any], where: str
) -> None:
    fake.route("POST", "/api/v1/projects/p/batches", Canned(201, {**BATCH, **change}))
    with pytest.raises(BadResponse) as caught:
        api.lease("p", 1)
    assert where in caught.value.message


def test_a_good_batch_parses(fake: FakeServer, api: TaskServer) -> None:
    fake.route("POST", "/api/v1/projects/p/batches", Canned(201, BATCH))
    batch = api.lease("p", 1)
    assert batch is not None and batch.items[0].media is not None
    assert batch.items[0].media.display_bytes == 5
    assert batch.raw_items[0] == ITEM
    fake.route("POST", "/api/v1/projects/p/batches", Canned(204))
    assert api.lease("p", 1) is None


def test_an_invalid_schema_is_a_bad_response(fake: FakeServer, api: TaskServer) -> None:
    bad = {"version": 1, "title": "T", "media": "image", "fields": [{"name": "X", "kind": "?"}]}
    fake.route("GET", "/api/v1/projects/p/schema", Canned(200, bad))
    with pytest.raises(BadResponse, match="label schema"):
        api.schema("p")


def test_submission_answers_are_checked(fake: FakeServer, api: TaskServer) -> None:
    body = {"id": "s1", "item_id": "i"}
    fake.route("POST", "/api/v1/submissions", Canned(201, {"id": "s2", "status": "pending"}))
    with pytest.raises(BadResponse, match="another id"):
        api.submit(body)
    fake.route(
        "POST",
        "/api/v1/submissions",
        Canned(201, {"id": "s1", "status": "accepted", "gold": {"passed": "yes", "score": 1}}),
    )
    with pytest.raises(BadResponse, match="gold.passed"):
        api.submit(body)


def test_bulk_results_left_out_or_garbled_fail_alone(fake: FakeServer, api: TaskServer) -> None:
    results = [
        {"id": "s1", "status_code": 201, "body": {"id": "s1", "status": "accepted", "gold": None}},
        {"id": "s2", "status_code": "201", "body": {}},
        {
            "id": "s3",
            "status_code": 409,
            "body": {"error": {"code": "item_complete", "message": "Full."}},
        },
    ]
    fake.route("POST", "/api/v1/submissions/bulk", Canned(200, {"results": results}))
    out = api.submit_bulk([{"id": f"s{i}"} for i in range(1, 5)])
    assert out[0].accepted is not None and out[0].accepted.status == "accepted"
    assert isinstance(out[1].error, BadResponse)
    assert isinstance(out[2].error, ItemComplete) and out[2].error.message == "Full."
    assert isinstance(out[3].error, BadResponse)


def test_history_with_wrong_types(fake: FakeServer, api: TaskServer) -> None:
    entry = {
        "id": "s",
        "item_id": "i",
        "project_id": "p",
        "status": "pending",
        "submitted_at": "2026-01-01T00:00:00Z",
        "active_ms": "12",
    }
    fake.route(
        "GET", "/api/v1/submissions?mine=true&limit=50", Canned(200, {"submissions": [entry]})
    )
    with pytest.raises(BadResponse, match=r"submissions\[0\].active_ms"):
        api.history()


# Error bodies


@pytest.mark.parametrize(
    "canned, kind",
    [
        (error(401, "unauthenticated"), Unauthenticated),
        (error(403, "forbidden", locked_reason="needs 92%"), Forbidden),
        (error(404, "not_found"), NotFound),
        (error(409, "conflict"), Conflict),
        (error(409, "item_complete"), ItemComplete),
        (error(422, "invalid_answer", errors=[{"path": "scene", "message": "x"}]), InvalidAnswer),
        (error(429, "rate_limited", retry_after=999), RateLimited),
        (Canned(502, b"<html>Bad gateway</html>", {"Content-Type": "text/html"}), ServerError),
        (Canned(418, {"error": "teapot"}), ApiError),
        (error(400, "item_complete"), InvalidRequest),
    ],
)
def test_error_bodies_become_error_types(
    fake: FakeServer, api: TaskServer, canned: Canned, kind: type[ApiError]
) -> None:
    fake.route("POST", "/api/v1/projects/p/batches", canned)
    with pytest.raises(kind) as caught:
        api.lease("p", 5)
    err = caught.value
    assert type(err) is kind and err.status == canned.status and err.message
    if isinstance(err, Forbidden):
        assert err.locked_reason == "needs 92%"
    if isinstance(err, InvalidAnswer):
        assert err.problems == [{"path": "scene", "message": "x"}]
    if isinstance(err, ServerError):
        assert "502" in err.message


def test_redirects_are_not_followed(fake: FakeServer, api: TaskServer) -> None:
    fake.route("GET", "/api/v1/me", Canned(302, b"", {"Location": "http://example.org/"}))
    with pytest.raises(ServerError, match="redirect"):
        api.me()


# Retries


def test_gets_are_retried_with_growing_backoff(
    fake: FakeServer, api: TaskServer, sleeps: list[float]
) -> None:
    fake.route(
        "GET",
        "/api/v1/projects",
        error(503, "unavailable"),
        error(503, "unavailable"),
        Canned(200, {"projects": []}),
    )
    assert api.projects() == []
    assert len(fake.requests("GET", "/api/v1/projects")) == 3
    assert len(sleeps) == 2 and sleeps[1] > sleeps[0] > 0


def test_retries_give_up_after_the_limit(
    fake: FakeServer, api: TaskServer, sleeps: list[float]
) -> None:
    fake.route("GET", "/api/v1/projects", error(503, "unavailable"))
    with pytest.raises(ServerError):
        api.projects()
    assert len(fake.requests("GET", "/api/v1/projects")) == 4
    assert len(sleeps) == 3


def test_leasing_is_never_retried(fake: FakeServer, api: TaskServer, sleeps: list[float]) -> None:
    fake.route("POST", "/api/v1/projects/p/batches", error(503, "unavailable"), Canned(201, BATCH))
    with pytest.raises(ServerError):
        api.lease("p", 1)
    assert len(fake.requests("POST", "/api/v1/projects/p/batches")) == 1 and sleeps == []


def test_sign_in_is_never_retried(fake: FakeServer, api: TaskServer) -> None:
    fake.route("POST", "/api/v1/auth/token", error(503, "unavailable"))
    with pytest.raises(ServerError):
        api.sign_in("u", "p")
    assert len(fake.requests("POST", "/api/v1/auth/token")) == 1


def test_submissions_are_retried_with_the_same_body(fake: FakeServer, api: TaskServer) -> None:
    body = {"id": "s1", "answer": {"scene": "urban"}}
    fake.route(
        "POST",
        "/api/v1/submissions",
        error(500, "internal_error"),
        Canned(201, {"id": "s1", "status": "pending", "gold": None}),
    )
    assert api.submit(body).status_code == 201
    sent = fake.requests("POST", "/api/v1/submissions")
    assert len(sent) == 2 and sent[0].body == sent[1].body


def test_heartbeat_and_release_are_retried(fake: FakeServer, api: TaskServer) -> None:
    ok = Canned(200, {"lease_expires_at": "2030-01-01T00:00:00Z"})
    fake.route("POST", "/api/v1/batches/b/heartbeat", error(502, "bad_gateway"), ok)
    assert api.heartbeat("b").year == 2030
    fake.route("POST", "/api/v1/batches/b/release", error(504, "timeout"), Canned(204))
    api.release("b")
    assert len(fake.requests("POST", "/api/v1/batches/b/release")) == 2


def test_client_errors_are_not_retried(fake: FakeServer, api: TaskServer) -> None:
    fake.route("GET", "/api/v1/projects/x", error(404, "not_found"))
    with pytest.raises(NotFound):
        api.project("x")
    assert len(fake.requests()) == 1


def test_a_short_retry_after_is_waited_for(
    fake: FakeServer, api: TaskServer, sleeps: list[float]
) -> None:
    fake.route(
        "GET",
        "/api/v1/me",
        Canned(429, {"error": {"code": "rate_limited", "message": "slow"}}, {"Retry-After": "2"}),
        Canned(200, {"id": "u", "username": "u", "roles": []}),
    )
    assert api.me().user.username == "u"
    assert sleeps == [2.0]


def test_a_long_retry_after_is_raised_at_once(
    fake: FakeServer, api: TaskServer, sleeps: list[float]
) -> None:
    fake.route("GET", "/api/v1/me", error(429, "rate_limited", retry_after=600))
    with pytest.raises(RateLimited) as caught:
        api.me()
    assert caught.value.retry_after == 600 and sleeps == []


@pytest.mark.parametrize("header", ["²", "³", "1.5", "-3"])  # HTTP headers are Latin-1
def test_a_retry_after_in_anything_but_ascii_digits_is_ignored(
    fake: FakeServer, api: TaskServer, sleeps: list[float], header: str
) -> None:
    body = {"error": {"code": "rate_limited", "message": "slow"}}
    fake.route("GET", "/api/v1/me", Canned(429, body, {"Retry-After": header}))
    with pytest.raises(RateLimited) as caught:
        api.me()
    assert "retry_after" not in caught.value.details


def test_a_503_retry_after_is_honoured_like_a_429s(
    fake: FakeServer, api: TaskServer, sleeps: list[float]
) -> None:
    busy = {"error": {"code": "unavailable", "message": "Busy."}}
    fake.route(
        "GET",
        "/api/v1/me",
        Canned(503, busy, {"Retry-After": "3"}),
        Canned(503, busy, {"Retry-After": "600"}),
    )
    with pytest.raises(ServerError) as caught:
        api.me()
    assert sleeps == [3.0]  # waited as asked, then raised at once: 600 s is the caller's
    assert caught.value.status == 503 and caught.value.retry_after == 600
    assert len(fake.requests()) == 2


def test_retry_after_as_an_http_date_or_nonsense() -> None:
    now = 1_767_225_600.0  # Thu, 01 Jan 2026 00:00:00 GMT
    assert retry_after_seconds("Thu, 01 Jan 2026 00:00:42 GMT", now) == 42.0
    assert retry_after_seconds("Wed, 31 Dec 2025 23:00:00 GMT", now) == 0.0  # past: now
    assert retry_after_seconds(" 17 ") == 17.0
    assert retry_after_seconds("9" * 400) == float("inf")  # a huge number, not an overflow
    for nonsense in ("", "soon", "-5", "1.5", "²"):
        assert retry_after_seconds(nonsense) is None


def test_a_refused_connection_is_offline_after_retries(sleeps: list[float]) -> None:
    api = TaskServer(f"http://127.0.0.1:{free_port()}", retries=2, sleep=sleeps.append)
    with pytest.raises(Offline, match="refused"):
        api.projects()
    assert len(sleeps) == 2
    with pytest.raises(Offline):
        api.lease("p", 3)
    assert len(sleeps) == 2  # not retried
    api.close()


def test_a_slow_server_times_out_as_offline(fake: FakeServer) -> None:
    fake.route("GET", "/api/v1/health", Canned(200, {"status": "ok"}, delay=1.0))
    api = TaskServer(fake.url, timeout=(1.0, 0.2), retries=0)
    with pytest.raises(Offline, match="timed out"):
        api.health()
    api.close()


def test_an_unknown_host_is_offline() -> None:
    api = TaskServer("http://no-such-host.invalid", retries=0)
    with pytest.raises(Offline):
        api.health()
    api.close()


# Headers


def test_user_agent_and_token(fake: FakeServer, api: TaskServer) -> None:
    fake.route("GET", "/api/v1/health", Canned(200, {"status": "ok", "version": "1"}))
    assert api.health().status == "ok"
    seen = fake.requests()[0]
    assert seen.headers["User-Agent"] == f"labeler/{__version__}"
    assert seen.headers["Authorization"] == "Bearer tok"


def test_the_token_never_goes_to_another_host(api: TaskServer, tmp_path: Path) -> None:
    with fake_server() as other:
        other.route("GET", "/file", Canned(200, b"hello", {"Content-Type": "image/png"}))
        api.download(f"{other.origin}/file", tmp_path / "f")
        assert "Authorization" not in other.requests()[0].headers
    assert (tmp_path / "f").read_bytes() == b"hello"


# Downloads


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_download_verifies_and_reports_progress(
    fake: FakeServer, api: TaskServer, tmp_path: Path
) -> None:
    data = bytes(range(256)) * 4096  # 1 MiB
    sha = hashlib.sha256(data).hexdigest()
    fake.route("GET", f"/api/v1/media/{sha}", Canned(200, data, {"Content-Type": "image/png"}))
    seen: list[tuple[int, int | None]] = []
    dest = tmp_path / "cache" / sha
    path = api.download(
        f"/api/v1/media/{sha}",
        dest,
        sha256=sha,
        size=len(data),
        progress=lambda d, t: seen.append((d, t)),
    )
    assert path == dest and dest.read_bytes() == data
    assert seen[-1] == (len(data), len(data)) and len(seen) > 1
    assert _leftovers(dest.parent) == [sha]


def test_a_sha256_mismatch_leaves_nothing(
    fake: FakeServer, api: TaskServer, tmp_path: Path
) -> None:
    fake.route("GET", f"/api/v1/media/{SHA}", Canned(200, b"not what was promised"))
    folder = tmp_path / "cache"
    with pytest.raises(ChecksumMismatch):
        api.download(f"/api/v1/media/{SHA}", folder / SHA, sha256=SHA)
    assert _leftovers(folder) == []
    assert len(fake.requests()) == 1  # a wrong file is not fetched again at once


def test_more_bytes_than_announced_leaves_nothing(
    fake: FakeServer, api: TaskServer, tmp_path: Path
) -> None:
    fake.route("GET", "/api/v1/media/x", Canned(200, b"x" * 1000))
    folder = tmp_path / "cache"
    with pytest.raises(BadResponse):
        api.download("/api/v1/media/x", folder / "x", size=10)
    assert _leftovers(folder) == []


def test_fewer_bytes_than_announced_leaves_nothing(
    fake: FakeServer, api: TaskServer, tmp_path: Path
) -> None:
    fake.route("GET", "/api/v1/media/x", Canned(200, b"x" * 10))
    folder = tmp_path / "cache"
    with pytest.raises(ChecksumMismatch):
        api.download("/api/v1/media/x", folder / "x", size=100)
    assert _leftovers(folder) == []


def test_a_failed_download_keeps_the_old_file(
    fake: FakeServer, api: TaskServer, tmp_path: Path
) -> None:
    dest = tmp_path / SHA
    dest.write_bytes(b"old")
    fake.route("GET", "/api/v1/media/x", error(404, "not_found"))
    with pytest.raises(NotFound):
        api.download("/api/v1/media/x", dest, sha256=SHA)
    assert dest.read_bytes() == b"old" and _leftovers(tmp_path) == [SHA]


def test_only_http_urls_are_fetched(api: TaskServer, tmp_path: Path) -> None:
    with pytest.raises(BadResponse):
        api.download("file:///etc/passwd", tmp_path / "x")


def test_a_body_that_is_not_json_is_not_sent(fake: FakeServer, api: TaskServer) -> None:
    with pytest.raises(ClientError, match="not JSON") as caught:
        api.submit({"id": "s", "active_ms": float("nan")})
    assert not isinstance(caught.value, Offline) and fake.requests() == []
