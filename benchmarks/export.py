"""Export of a large project: 100 000 image items with 10 boxes each, in COCO and YOLO.

Builds a SQLite database of one image project (100 000 items of 1920×1080, each with one
accepted answer of 10 boxes and a choice), then, per format, exports it in a fresh
process exactly as `GET /projects/{id}/export` does (`export_formats.stream`: the entries
read a chunk at a time, the format's writer on its own thread, the chunks consumed as a
response would) and prints the wall time, the bytes written and the process's peak
resident memory. Targets (issue 14): under 30 s and under 300 MB each.

    .venv/bin/python benchmarks/export.py [--items 100000] [--boxes 10]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_SECONDS = 30.0
TARGET_MB = 300.0
FORMATS = ("coco", "yolo-detect")
PROJECT = "bench-export"
SCHEMA = {
    "title": "Traffic",
    "media": "image",
    "fields": [
        {"name": "objects", "kind": "boxes", "labels": [{"value": v} for v in ("car", "bus")]},
        {"name": "scene", "kind": "choice", "labels": [{"value": "day"}, {"value": "night"}]},
    ],
}


def build(path: Path, items: int, boxes: int) -> None:
    """The database: one project, one image media, `items` items each with one accepted
    submission of `boxes` boxes."""
    from sqlalchemy import insert

    from labeler.core.schema import parse_schema
    from labeler.server.db import Database
    from labeler.server.models import (
        Batch,
        Item,
        Media,
        Project,
        SchemaVersion,
        Submission,
        User,
    )

    database = Database.connect(f"sqlite:///{path}")
    database.migrate()
    now = datetime.now(UTC)
    sha = "ab" * 32
    with database.transaction() as session:
        user = User(username="annotator", password_hash="x", roles=["annotator"])
        session.add(user)
        session.add(Project(id=PROJECT, name="Traffic", media="image", skill=PROJECT))
        session.flush()
        session.add(
            SchemaVersion(project_id=PROJECT, version=1, body=parse_schema(SCHEMA).to_json())
        )
        session.add(Media(sha256=sha, mime="image/jpeg", bytes=1, width=1920, height=1080))
        batch = Batch(project_id=PROJECT, user_id=user.id, schema_version=1, lease_expires_at=now)
        session.add(batch)
        session.flush()
        user_id, batch_id = user.id, batch.id
    chunk = 5000
    for start in range(0, items, chunk):
        item_rows, sub_rows = [], []
        for n in range(start, min(items, start + chunk)):
            item_id = str(uuid.UUID(int=n + 1))
            item_rows.append(
                {
                    "id": item_id,
                    "project_id": PROJECT,
                    "seq": n + 1,
                    "media_sha256": sha,
                    "data": {},
                    "source": f"images/{n:06}.jpg",
                    "is_gold": False,
                    "done_count": 1,
                    "complete": True,
                    "created_at": now,
                }
            )
            regions = [
                {
                    "label": "car" if b % 3 else "bus",
                    "x": 17 * b + n % 50,
                    "y": 11 * b + 3,
                    "w": 120.5,
                    "h": 80,
                }
                for b in range(boxes)
            ]
            sub_rows.append(
                {
                    "id": str(uuid.UUID(int=(1 << 64) + n)),
                    "batch_id": batch_id,
                    "item_id": item_id,
                    "project_id": PROJECT,
                    "user_id": user_id,
                    "schema_version": 1,
                    "answer": {"objects": regions, "scene": "day"},
                    "started_at": now,
                    "submitted_at": now,
                    "received_at": now,
                    "active_ms": 1000,
                    "body_digest": "0" * 64,
                    "status": "accepted",
                    "skill": PROJECT,
                }
            )
        with database.transaction() as session:
            session.execute(insert(Item), item_rows)
            session.execute(insert(Submission), sub_rows)
    database.dispose()


def run_one(path: Path, fmt: str) -> None:
    """Export in this process and print one JSON line of figures."""
    from labeler.server.db import Database
    from labeler.server.services import export_formats
    from labeler.server.services.answerable import Viewer

    database = Database.connect(f"sqlite:///{path}")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    request = export_formats.ExportRequest(fmt)
    viewer = Viewer("bench", leases=False, reads_all_gold=True)
    stream = export_formats.stream(database, path.parent / "media", PROJECT, viewer, request)
    written = sum(len(chunk) for chunk in stream.chunks)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "bytes": written, "peak_mb": peak, "start_mb": before}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--boxes", type=int, default=10)
    parser.add_argument("--run", nargs=2, metavar=("DB", "FORMAT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run_one(Path(args.run[0]), args.run[1])
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite3"
        t = time.perf_counter()
        build(db, args.items, args.boxes)
        print(f"built {args.items} items × {args.boxes} boxes in {time.perf_counter() - t:.1f} s")
        for fmt in FORMATS:
            out = subprocess.run(
                [sys.executable, __file__, "--run", str(db), fmt],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            figures = json.loads(out.strip().splitlines()[-1])
            met = figures["seconds"] <= TARGET_SECONDS and figures["peak_mb"] <= TARGET_MB
            print(
                f"{fmt:12} {figures['seconds']:6.1f} s  {figures['bytes'] / 1e6:7.1f} MB written  "
                f"peak {figures['peak_mb']:5.0f} MB (at start {figures['start_mb']:.0f} MB)  "
                f"target ≤ {TARGET_SECONDS:.0f} s, ≤ {TARGET_MB:.0f} MB: "
                f"{'met' if met else 'MISSED'}"
            )


if __name__ == "__main__":
    main()
