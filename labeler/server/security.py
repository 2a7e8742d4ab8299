"""Password hashes (scrypt, salted) and API tokens (random, stored as SHA-256)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

# scrypt cost: n=2**14, r=8, p=1 takes ~50 ms and 16 MiB, the interactive-login setting.
_N, _R, _P = 2**14, 8, 1


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    salt_b64, digest_b64 = base64.b64encode(salt).decode(), base64.b64encode(digest).decode()
    return f"scrypt${_N}${_R}${_P}${salt_b64}${digest_b64}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
        digest = hashlib.scrypt(
            password.encode(), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


# A fixed hash to spend the same time on unknown usernames as on known ones.
DUMMY_HASH = hash_password(secrets.token_urlsafe(16))


#: What every API token starts with: a secret scanner can recognise one, and a token never
#: starts with "-" (a command line would take it for an option: `labeler --token -x…`).
TOKEN_PREFIX = "lbl_"


def new_token() -> str:
    """A new API token: the prefix, then 32 random bytes, URL-safe."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
