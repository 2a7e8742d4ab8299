"""A workbench without a window, for the kill -9 test: opens a workspace and submits
every item it gets, as fast as it can, printing `submitted <id>` once `submit` returned.

    python -m tests.client.submitter SERVER USERNAME TOKEN DATA_DIR PROJECT_ID
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from labeler.client.workspace import Workspace

FAST = {"probe_first_delay": 0.1, "probe_max_delay": 0.5, "upload_backoff": 0.2}


def main(argv: list[str]) -> int:
    server, username, token, data_dir, project_id = argv
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
    while time.monotonic() - idle_since < 30:
        item = ws.next_item()
        if item is None:
            time.sleep(0.01)
            continue
        idle_since = time.monotonic()
        answer = {"scene": "urban" if len(item.id) % 2 else "rural", "objects": []}
        sub_id = ws.submit(item, answer, started_at=datetime.now(UTC), active_ms=900)
        print(f"submitted {sub_id}", flush=True)
    ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
