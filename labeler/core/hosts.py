"""Whether what is sent to a host crosses a network, and so whether plain HTTP exposes it.

Passwords and tokens sent over `http://` can be read by anyone on the way. To this
machine's own loopback addresses nothing is on the way; to any other host it is. The task
server warns when it serves plain HTTP on another address (`labeler serve`), the workbench
when it is about to send a password or token to such a server; both ask these functions.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


def is_loopback(host: str) -> bool:
    """True for this machine's own names and addresses: `localhost` (and `*.localhost`),
    127.0.0.0/8, `::1` (bracketed or not, IPv4-mapped too). False for everything else,
    the wildcard `0.0.0.0` and `::` included: they listen on every network."""
    host = host.strip().strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])  # drop an IPv6 zone
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def cleartext_host(url: str) -> str | None:
    """The host a `http://` URL sends to in the clear over a network, or None: for
    `https://`, for a loopback host, and for what is no URL at all."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() != "http" or not host or is_loopback(host):
        return None
    return host
