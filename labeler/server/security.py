"""Password hashes (scrypt, salted) and API tokens (random, stored as SHA-256)."""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class ScryptCost:
    """scrypt's work factors; memory is about 128 × r × n bytes per hash."""

    n: int
    r: int
    p: int

    @property
    def maxmem(self) -> int:
        # OpenSSL refuses a hash that needs more than maxmem (its default is 32 MiB).
        return 128 * self.r * (self.n + self.p + 2) + 1024 * 1024


#: The cost new hashes get: n = 2^17, r = 8, p = 1 (128 MiB, about 0.4 s on one core), the
#: current recommendation for interactive sign-in. Hashes made at another cost are re-hashed
#: at this one on the owner's next successful sign-in. Tests lower it (tests/conftest.py).
COST = ScryptCost(n=2**17, r=8, p=1)

#: A stored hash asking for more than this is not tried (it would take the server's memory).
_MAX_N = 2**20


def hash_password(password: str) -> str:
    cost = COST
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode(), salt=salt, n=cost.n, r=cost.r, p=cost.p, maxmem=cost.maxmem, dklen=32
    )
    salt_b64, digest_b64 = base64.b64encode(salt).decode(), base64.b64encode(digest).decode()
    return f"scrypt${cost.n}${cost.r}${cost.p}${salt_b64}${digest_b64}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        cost = ScryptCost(int(n), int(r), int(p))
        if cost.n > _MAX_N or cost.r > 32 or cost.p > 16:
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
        digest = hashlib.scrypt(
            password.encode(),
            salt=salt,
            n=cost.n,
            r=cost.r,
            p=cost.p,
            maxmem=cost.maxmem,
            dklen=len(expected),
        )
    except (ValueError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(digest, expected)


def needs_rehash(stored: str) -> bool:
    """Whether a hash was made at another cost (or scheme) than new hashes get."""
    scheme, _, rest = stored.partition("$")
    return scheme != "scrypt" or not rest.startswith(f"{COST.n}${COST.r}${COST.p}$")


@functools.cache
def _dummy_hash(cost: ScryptCost) -> str:
    return hash_password(secrets.token_urlsafe(16))


def dummy_hash() -> str:
    """A fixed hash at the current cost: an unknown username costs the same as a known one."""
    return _dummy_hash(COST)


#: What every API token starts with: a secret scanner can recognise one, and a token never
#: starts with "-" (a command line would take it for an option: `labeler --token -x…`).
TOKEN_PREFIX = "lbl_"


def new_token() -> str:
    """A new API token: the prefix, then 32 random bytes, URL-safe."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
