"""A workbench without a window, for the kill -9 tests: opens a workspace and submits
every item it gets, as fast as it can, printing `submitted <id>` once `submit` returned.
With `correct`, it also takes back every other answer, at once (before it is sent) or
after the next item (once it may be with the server), printing `amended <id> <item id>`
once `amend` returned.

    python -m tests.client.submitter SERVER USERNAME TOKEN DATA_DIR PROJECT_ID [correct]
"""

from __future__ import annotations

import os
import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from labeler.client.errors import NotAmendable
from labeler.client.workitem import WorkItem
from labeler.client.workspace import Workspace

FAST = {"probe_first_delay": 0.1, "probe_max_delay": 0.5, "upload_backoff": 0.2}
WRONG = {"scene": "urban", "objects": []}
RIGHT = {"scene": "rural", "objects": []}


def correct(ws: Workspace, item_id: str, sent: bool = False) -> None:
    """Take back the answer to an item (the newest of its submissions); with `sent`, once
    an upload of it was attempted (so that it becomes an amendment)."""
    deadline = time.monotonic() + 2.0
    while sent and time.monotonic() < deadline:
        head = [a.entry for a in ws.answered() if a.item.id == item_id]
        if not head or head[0].attempts > 0:
            break
        time.sleep(0.01)
    for answered in ws.answered():
        if answered.item.id == item_id and answered.blocked is None:
            try:
                new_id = ws.amend(
                    answered.entry.id,
                    answered.item,
                    RIGHT,
                    started_at=datetime.now(UTC),
                    active_ms=300,
                )
            except NotAmendable:
                return
            print(f"amended {new_id} {item_id}", flush=True)
            return


def main(argv: list[str]) -> int:
    server, username, token, data_dir, project_id = argv[:5]
    correcting = argv[5:] == ["correct"]
    rng = random.Random(os.getpid())
    ws = Workspace.open(
        server,
        username,
        token,
        data_dir=Path(data_dir),
        engine_options=FAST,
        api_options={"retries": 1, "backoff": 0.05},
    )
    ws.open_project(project_id, batch_size=5)
    print("ready", flush=True)
    idle_since = time.monotonic()
    later: WorkItem | None = None
    while time.monotonic() - idle_since < 30:
        item = ws.next_item()
        if item is None:
            time.sleep(0.01)
            continue
        idle_since = time.monotonic()
        answer = WRONG if correcting else {"scene": "urban" if len(item.id) % 2 else "rural"}
        answer = {**answer, "objects": []}
        sub_id = ws.submit(item, answer, started_at=datetime.now(UTC), active_ms=900)
        print(f"submitted {sub_id}", flush=True)
        if not correcting:
            continue
        if later is not None:
            correct(ws, later.id, sent=True)
            later = None
        choice = rng.random()
        if choice < 0.25:
            correct(ws, item.id)  # at once: most likely not sent yet
        elif choice < 0.5:
            later = item  # after the next one: most likely sent
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
