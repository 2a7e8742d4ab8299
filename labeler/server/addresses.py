"""The address a request comes from, through trusted reverse proxies only."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from starlette.requests import Request

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@cache
def _networks(trusted: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in trusted)


def check_trusted_proxies(entries: Iterable[str]) -> tuple[str, ...]:
    """The trusted-proxy setting as given, once every entry is an address or a network;
    ValueError naming the first that is not."""
    kept = tuple(e.strip() for e in entries if e.strip())
    for entry in kept:
        try:
            ipaddress.ip_network(entry, strict=False)
        except ValueError:
            raise ValueError(f"not an IP address or network: {entry!r}") from None
    return kept


def _is_trusted(address: str, networks: tuple[Network, ...]) -> bool:
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(parsed in network for network in networks)


def client_address(request: Request, trusted: tuple[str, ...]) -> str | None:
    """The connecting address, or, when it is a trusted proxy, the nearest address in
    `X-Forwarded-For` that is not one (read from the right: every proxy appends the
    address it was called from, and only what trusted proxies appended can be believed)."""
    peer = request.client.host if request.client else None
    networks = _networks(trusted)
    if peer is None or not networks or not _is_trusted(peer, networks):
        return peer
    hops = [
        hop.strip()
        for header in request.headers.getlist("x-forwarded-for")
        for hop in header.split(",")
    ]
    address = peer
    for hop in reversed(hops):
        try:
            ipaddress.ip_address(hop)
        except ValueError:
            break  # what comes before a malformed entry cannot be trusted
        address = hop
        if not _is_trusted(hop, networks):
            break
    return address
