"""The media cache: content-addressed files, and the store's index of what is ready.

Originals are named by their SHA-256 and verified against it on arrival. An image's
display variant is another file (`<sha256>.display`); the protocol gives no hash of
it, so it is checked against the announced size instead. Files are written to a temp
name and moved into place, so a file under its final name is always whole.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from labeler.client import tables as t
from labeler.client.store import Store
from labeler.client.wire import SHA256
from labeler.client.workitem import MediaInfo

ORIGINAL, DISPLAY = "original", "display"
# A display variant of unknown size is still an image of at most 2048 px on its long edge.
MAX_DISPLAY_BYTES = 64 * 1024 * 1024
PART_MAX_AGE = 3600.0
_STATE = "SELECT state, attempts, last_error FROM media WHERE sha256 = ? AND variant = ?"


@dataclass(frozen=True)
class Wanted:
    """One file to fetch: which variant, from where, checked how."""

    sha256: str
    variant: str
    url: str
    size: int | None
    verify_sha: bool


def shown_variant(media: MediaInfo) -> Wanted:
    """What the workbench shows for an item's media: an image's display variant when the
    server offers one, else the original (audio, small images of other servers)."""
    if media.display_url:
        return Wanted(media.sha256, DISPLAY, media.display_url, media.display_bytes, False)
    return original(media)


def original(media: MediaInfo) -> Wanted:
    """The original file (images: fetched when the annotator zooms past 100 %)."""
    return Wanted(media.sha256, ORIGINAL, media.url, media.bytes, True)


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class MediaCache:
    """Files under `root`, indexed in a profile's store."""

    def __init__(self, store: Store, root: Path) -> None:
        self.store = store
        self.root = root

    def file_for(self, sha256: str, variant: str) -> Path:
        """Where a variant lives (`ab/abcd….display`); the name is checked to be a hash."""
        if not SHA256.match(sha256):
            raise ValueError(f"not a SHA-256: {sha256!r}")
        name = sha256 if variant == ORIGINAL else f"{sha256}.{variant}"
        return self.root / sha256[:2] / name

    def ready(self, sha256: str, variant: str) -> Path | None:
        """The local file of a variant when this profile fetched it and it is still
        there, else None."""
        path = self.file_for(sha256, variant)
        with self.store.read() as conn:
            row = conn.execute(_STATE, (sha256, variant)).fetchone()
        if row is not None and row["state"] == "ready" and path.is_file():
            return path
        return None

    def adopt(self, wanted: Wanted) -> Path | None:
        """A file another profile already put in the shared cache, if it checks out (an
        original by its SHA-256, a display variant by its size); recorded as ready."""
        path = self.file_for(wanted.sha256, wanted.variant)
        try:
            if not path.is_file():
                return None
            if wanted.verify_sha:
                if file_sha256(path) != wanted.sha256:
                    return None
            elif wanted.size is not None and path.stat().st_size != wanted.size:
                return None
        except OSError:
            return None
        self.mark_ready(wanted.sha256, wanted.variant, path)
        return path

    def failures(self, sha256: str, variant: str) -> int:
        """How many downloads of a variant failed (0 once it is ready)."""
        return self.failure(sha256, variant)[0]

    def failure(self, sha256: str, variant: str) -> tuple[int, str | None]:
        """(failed downloads so far, the last one's message); (0, None) when none."""
        with self.store.read() as conn:
            row = conn.execute(_STATE, (sha256, variant)).fetchone()
        if row is None or row["state"] != "failed":
            return 0, None
        return int(row["attempts"]), row["last_error"]

    def mark_ready(self, sha256: str, variant: str, path: Path) -> None:
        """Record a verified file."""
        self._put(sha256, variant, "ready", path.stat().st_size, 0, None)

    def mark_failed(self, sha256: str, variant: str, message: str) -> int:
        """Record a failed download; returns the number of failures so far."""
        attempts = self.failures(sha256, variant) + 1
        self._put(sha256, variant, "failed", None, attempts, message)
        return attempts

    def _put(
        self,
        sha256: str,
        variant: str,
        state: str,
        size: int | None,
        attempts: int,
        error: str | None,
    ) -> None:
        path = self.file_for(sha256, variant).relative_to(self.root).as_posix()
        with self.store.write() as conn:
            conn.execute("DELETE FROM media WHERE sha256 = ? AND variant = ?", (sha256, variant))
            t.insert(
                conn,
                "media",
                {
                    "sha256": sha256,
                    "variant": variant,
                    "path": path,
                    "bytes": size,
                    "state": state,
                    "attempts": attempts,
                    "last_error": error,
                    "updated_at": time.time(),
                },
            )

    def clean_partials(self, max_age: float = PART_MAX_AGE) -> int:
        """Remove temp files older than `max_age` seconds (left by a killed download;
        younger ones may belong to a download of another profile under way)."""
        removed = 0
        if not self.root.is_dir():
            return 0
        cutoff = time.time() - max_age
        for part in self.root.glob("*/.*.part"):
            try:
                if part.stat().st_mtime < cutoff:
                    part.unlink()
                    removed += 1
            except OSError:
                continue
        return removed
