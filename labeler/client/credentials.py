"""Where the workbench keeps a profile's token: the system keyring, else a private file.

Tokens go to the operating system's keyring through `keyring` (service "labeler",
one entry per server URL and username). Where there is no usable keyring (keyring's
fail or null backend, an empty chain, or a keyring that raises: a headless Linux box,
a locked Secret Service), tokens go to `tokens.json` in the data dir, created with
0600 permissions, and `TokenStore.notice` says so in words the GUI can show.
`keyring` comes with the GUI extra; without it, the file is used.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from labeler.client.paths import data_dir

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "labeler"
FILE_NAME = "tokens.json"


def credential_key(server_url: str, username: str) -> str:
    """The keyring entry of one profile: its server URL and username."""
    return f"{username} on {server_url.rstrip('/')}"


class TokenStore:
    """Saves, reads and forgets profile tokens.

    `backend` replaces the keyring `keyring.get_keyring()` finds (tests, or a caller
    that picked one); `directory` replaces the data dir for the fallback file.
    """

    def __init__(self, directory: Path | None = None, backend: KeyringBackend | None = None):
        self._directory = directory
        self._backend = backend
        self._failure: str | None = None  # why the keyring was given up this session
        self._lock = threading.Lock()

    @property
    def path(self) -> Path:
        """The fallback file."""
        return (self._directory or data_dir()) / FILE_NAME

    @property
    def uses_keyring(self) -> bool:
        """Whether tokens go to the system keyring."""
        return self._keyring() is not None

    @property
    def notice(self) -> str | None:
        """A message for the user when tokens are kept in the file, else None."""
        if self.uses_keyring:
            return None
        where = f"the token is kept in {self.path}, readable only by you."
        if self._failure:
            return f"The system keyring failed ({self._failure}); {where}"
        return f"No system keyring found; {where}"

    def get(self, server_url: str, username: str) -> str | None:
        """The saved token of a profile, or None."""
        key = credential_key(server_url, username)
        ring = self._keyring()
        if ring is not None:
            try:
                token = ring.get_password(SERVICE, key)
            except Exception as exc:  # any backend error means "no keyring"
                self._give_up(exc)
            else:
                if token is not None:
                    return token
        # Also read the file when the keyring works: the token may date from a session
        # without one.
        with self._lock:
            value = self._read_file().get(key)
        return value if isinstance(value, str) else None

    def set(self, server_url: str, username: str, token: str) -> None:
        """Save a profile's token (replacing any older one).

        Raises OSError only when neither the keyring nor the file can hold it.
        """
        key = credential_key(server_url, username)
        ring = self._keyring()
        if ring is not None:
            try:
                ring.set_password(SERVICE, key, token)
            except Exception as exc:
                self._give_up(exc)
            else:
                self._forget_in_file(key)  # no stale copy outside the keyring
                return
        with self._lock:
            tokens = self._read_file()
            tokens[key] = token
            self._write_file(tokens)

    def delete(self, server_url: str, username: str) -> None:
        """Forget a profile's token wherever it is."""
        key = credential_key(server_url, username)
        ring = self._keyring()
        if ring is not None:
            from keyring.errors import PasswordDeleteError

            try:
                ring.delete_password(SERVICE, key)
            except PasswordDeleteError:
                pass  # nothing saved there
            except Exception as exc:
                self._give_up(exc)
        self._forget_in_file(key)

    def _keyring(self) -> KeyringBackend | None:
        if self._failure is not None:
            return None
        try:
            import keyring
            from keyring.backends import chainer, fail, null
        except ImportError:
            return None  # installed without the GUI extra
        ring = self._backend or keyring.get_keyring()
        if isinstance(ring, fail.Keyring | null.Keyring):
            return None
        try:
            if isinstance(ring, chainer.ChainerBackend) and not ring.backends:
                return None
            usable = ring.priority > 0
        except Exception:  # a backend that cannot even say its priority
            return None
        return ring if usable else None

    def _give_up(self, exc: Exception) -> None:
        self._failure = str(exc) or type(exc).__name__
        log.warning("keyring failed, keeping tokens in %s: %s", self.path, self._failure)

    def _forget_in_file(self, key: str) -> None:
        with self._lock:
            tokens = self._read_file()
            if key in tokens:
                del tokens[key]
                self._write_file(tokens)

    def _read_file(self) -> dict[str, Any]:
        path = self.path
        try:
            mode = path.stat().st_mode
            if mode & (stat.S_IRWXG | stat.S_IRWXO):
                log.warning("%s was readable by others; made it private", path)
                path.chmod(0o600)
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("could not read %s: %s", path, exc)
            return {}
        tokens = raw.get("tokens") if isinstance(raw, dict) else None
        return dict(tokens) if isinstance(tokens, dict) else {}

    def _write_file(self, tokens: dict[str, Any]) -> None:
        path = self.path
        path.parent.mkdir(parents=True, exist_ok=True)
        # mkstemp creates the file 0600 whatever the umask: the token is never readable
        # by others, not even for a moment.
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"version": 1, "tokens": tokens}, f, indent=2)
                f.write("\n")
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
