"""Load benchmark of the task server: N simulated annotators leasing and submitting.

Starts `labeler serve` on a fresh SQLite database on a free loopback port (or uses --url with
--token of an admin), creates a text project with gold, then runs N annotators, each leasing
batches and submitting every item, for --seconds. Prints submissions per second and the p50 and
p99 latency of POST /submissions.

    .venv/bin/python benchmarks/server_load.py --annotators 24 --seconds 20
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import requests

API = "/api/v1"
SCHEMA = {
    "title": "Sentiment",
    "media": "text",
    "fields": [
        {
            "name": "sentiment",
            "kind": "choice",
            "labels": [{"value": "positive"}, {"value": "neutral"}, {"value": "negative"}],
        }
    ],
}


def now() -> str:
    return datetime.now(UTC).isoformat().replace("+00:00", "Z")


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(tmp: Path, workers: int) -> tuple[subprocess.Popen[bytes], str, str]:
    db = f"sqlite:///{tmp / 'bench.sqlite3'}"
    labeler = [sys.executable, "-m", "labeler.cli"]
    base = ["--database", db]
    subprocess.run(
        [
            *labeler,
            "admin",
            "create-user",
            "bench-admin",
            "--role",
            "admin",
            "--password",
            "bench-password",
            *base,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    token = subprocess.run(
        [*labeler, "admin", "token", "bench-admin", *base],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    port = free_port()
    server = subprocess.Popen(
        [
            *labeler,
            "serve",
            *base,
            "--media",
            str(tmp / "media"),
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if requests.get(f"{url}{API}/health", timeout=1).ok:
                return server, url, token
        except requests.ConnectionError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start")


def setup(url: str, admin_token: str, annotators: int, items: int) -> tuple[str, list[str]]:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {admin_token}"
    project = s.post(
        f"{url}{API}/projects",
        json={
            "name": f"bench {uuid.uuid4().hex[:6]}",
            "schema": SCHEMA,
            "gold_ratio": 0.1,
            "gold_ratio_new": 0.1,
            "review_rate": 0.5,
        },
        timeout=30,
    )
    project.raise_for_status()
    pid = project.json()["id"]
    chunk = 2000
    for start in range(0, items, chunk):
        batch = []
        for i in range(start, min(items, start + chunk)):
            item: dict[str, object] = {"text": f"Item {i}: the service was fine, I think."}
            if i % 20 == 0:
                item["gold"] = {"answer": {"sentiment": "neutral"}, "hint": "Mild words."}
            batch.append(item)
        s.post(
            f"{url}{API}/projects/{pid}/items", json={"items": batch}, timeout=120
        ).raise_for_status()
    tokens = []
    for n in range(annotators):
        name = f"annotator-{uuid.uuid4().hex[:8]}-{n}"
        password = "bench-password"
        s.post(
            f"{url}{API}/users",
            json={"username": name, "password": password, "roles": ["annotator"]},
            timeout=30,
        ).raise_for_status()
        login = requests.post(
            f"{url}{API}/auth/token", json={"username": name, "password": password}, timeout=30
        )
        login.raise_for_status()
        tokens.append(login.json()["token"])
    return pid, tokens


def annotate(
    url: str,
    token: str,
    pid: str,
    deadline: float,
    out: list[float],
    leases: list[float],
    errors: list[str],
) -> None:
    while time.monotonic() < deadline:
        # A new connection per batch, as a workbench has: the server closes a connection
        # idle for 5 s, and a person spends longer than that on a few items. (Connections
        # opened once at start would pin each annotator to whichever process took it.)
        s = requests.Session()
        s.headers["Authorization"] = f"Bearer {token}"
        t0 = time.perf_counter()
        r = s.post(f"{url}{API}/projects/{pid}/batches", json={"size": 20}, timeout=30)
        leases.append(time.perf_counter() - t0)
        if r.status_code == 204:
            return
        if r.status_code != 201:
            errors.append(f"lease {r.status_code}")
            continue
        batch = r.json()
        for item in batch["items"]:
            if time.monotonic() >= deadline:
                return
            body = {
                "id": str(uuid.uuid4()),
                "batch_id": batch["id"],
                "item_id": item["id"],
                "schema_version": batch["schema_version"],
                "answer": {"sentiment": "neutral"},
                "started_at": now(),
                "submitted_at": now(),
                "active_ms": 1200,
            }
            t0 = time.perf_counter()
            r = s.post(f"{url}{API}/submissions", json=body, timeout=30)
            out.append(time.perf_counter() - t0)
            if r.status_code not in (200, 201):
                errors.append(f"submit {r.status_code}")
        s.close()


def worker(url: str, tokens: list[str], pid: str, seconds: float, queue: mp.Queue) -> None:
    deadline = time.monotonic() + seconds
    latencies: list[float] = []
    leases: list[float] = []
    errors: list[str] = []
    threads = [
        threading.Thread(target=annotate, args=(url, t, pid, deadline, latencies, leases, errors))
        for t in tokens
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    queue.put((latencies, leases, errors))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annotators", type=int, default=24)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--items", type=int, default=20000)
    parser.add_argument("--processes", type=int, default=2, help="load-generator processes")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--url", help="an already running server (needs --token of an admin)")
    parser.add_argument("--token")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        server = None
        if args.url:
            url, admin_token = args.url.rstrip("/"), args.token
        else:
            server, url, admin_token = start_server(Path(tmp), args.workers)
        try:
            pid, tokens = setup(url, admin_token, args.annotators, args.items)
            queue: mp.Queue = mp.Queue()
            groups = [tokens[i :: args.processes] for i in range(args.processes)]
            procs = [
                mp.Process(target=worker, args=(url, g, pid, args.seconds, queue))
                for g in groups
                if g
            ]
            t0 = time.perf_counter()
            for p in procs:
                p.start()
            results = [queue.get() for _ in procs]
            for p in procs:
                p.join()
            elapsed = time.perf_counter() - t0
        finally:
            if server is not None:
                server.terminate()
                server.wait(timeout=30)
    latencies = sorted(x for lat, _, _ in results for x in lat)
    lease_times = sorted(x for _, lat, _ in results for x in lat)
    errors = [e for _, _, errs in results for e in errs]
    if not latencies:
        raise SystemExit(f"no submissions; errors: {errors[:5]}")
    q = statistics.quantiles(latencies, n=100)
    print(f"annotators          {args.annotators}")
    print(f"server processes    {args.workers} (SQLite)" if not args.url else f"server {url}")
    print(f"cpu cores           {os.cpu_count()}")
    print(f"duration            {elapsed:.1f} s")
    print(f"submissions         {len(latencies)}")
    print(f"submissions/s       {len(latencies) / elapsed:.0f}")
    print(f"submit p50          {q[49] * 1000:.1f} ms")
    print(f"submit p99          {q[98] * 1000:.1f} ms")
    print(f"submit mean         {statistics.fmean(latencies) * 1000:.1f} ms")
    if len(lease_times) >= 2:
        lq = statistics.quantiles(lease_times, n=100)
        print(
            f"leases (20 items)   {len(lease_times)}, p50 {lq[49] * 1000:.1f} ms, "
            f"p99 {lq[98] * 1000:.1f} ms, mean {statistics.fmean(lease_times) * 1000:.1f} ms"
        )
    print(f"errors              {len(errors)} {sorted(set(errors))[:5]}")


if __name__ == "__main__":
    main()
