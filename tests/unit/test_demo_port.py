"""The demo keeps its port across runs, so the workbench finds its local store again
(drafts, waiting uploads and leased items are kept per server address)."""

from __future__ import annotations

import socket
from pathlib import Path

from labeler.server.commands import demo_port


def test_the_demo_reuses_its_last_port_while_it_is_free(tmp_path: Path) -> None:
    first = demo_port(tmp_path)
    assert (tmp_path / "port").read_text().strip() == str(first)
    assert demo_port(tmp_path) == first == demo_port(tmp_path)


def test_a_port_taken_meanwhile_gives_a_new_one_kept_for_next_time(tmp_path: Path) -> None:
    first = demo_port(tmp_path)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind(("127.0.0.1", first))
        holder.listen()
        second = demo_port(tmp_path)
        assert second != first
    assert demo_port(tmp_path) == second


def test_an_unreadable_or_absurd_record_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "port").write_text("not a port")
    port = demo_port(tmp_path)
    assert 1024 <= port <= 65535 and (tmp_path / "port").read_text().strip() == str(port)
    (tmp_path / "port").write_text("80")
    assert demo_port(tmp_path) != 80
