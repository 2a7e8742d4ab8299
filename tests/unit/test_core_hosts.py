"""What crosses a network: loopback hosts, and the URLs that send secrets in the clear."""

from __future__ import annotations

import pytest

from labeler.core.hosts import cleartext_host, is_loopback


@pytest.mark.parametrize(
    "host",
    [
        "localhost",
        "LOCALHOST",
        "app.localhost",
        "127.0.0.1",
        "127.8.9.10",
        "::1",
        "[::1]",
        "::ffff:127.0.0.1",
        "localhost.",
    ],
)
def test_this_machine(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize(
    "host",
    [
        "0.0.0.0",
        "::",
        "[::]",
        "192.168.1.20",
        "10.0.0.5",
        "tasks.example.org",
        "fe80::1%eth0",
        "203.0.113.7",
        "localhost.example.org",
        "",
        "128.0.0.1",
    ],
)
def test_other_machines(host: str) -> None:
    assert not is_loopback(host)


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("http://tasks.example.org:8470/api/v1", "tasks.example.org"),
        ("HTTP://10.0.0.5:8470", "10.0.0.5"),
        ("http://[2001:db8::1]:8470", "2001:db8::1"),
        ("https://tasks.example.org", None),
        ("http://127.0.0.1:8470/api/v1", None),
        ("http://localhost:8470", None),
        ("http://[::1]:8470", None),
        ("not a url", None),
        ("http://[bad", None),
    ],
)
def test_urls_that_send_in_the_clear(url: str, host: str | None) -> None:
    assert cleartext_host(url) == host
