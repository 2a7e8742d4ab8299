"""The demo keeps its port across runs, so the workbench finds its local store again
(drafts, waiting uploads and leased items are kept per server address)."""

from __future__ import annotations

import socket
from pathlib import Path

from labeler.server.commands import demo_port


def test_the_demo_reuses_its_port_while_it_is_free(tmp_path: Path) -> None:
    first, own = demo_port(tmp_path)
    assert own and (tmp_path / "port").read_text().strip() == str(first)
    assert demo_port(tmp_path) == (first, True) == demo_port(tmp_path)


def test_a_second_demo_borrows_a_port_and_leaves_the_demos_own(tmp_path: Path) -> None:
    # `make demo` running, then `make demo AS=qa` beside it: the second run must not take
    # the record, or the next `make demo` finds none of the annotator's local store.
    first, _ = demo_port(tmp_path)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind(("127.0.0.1", first))
        holder.listen()
        borrowed, own = demo_port(tmp_path)
        assert borrowed != first and not own
    assert (tmp_path / "port").read_text().strip() == str(first)
    assert demo_port(tmp_path) == (first, True)


def test_an_unreadable_or_absurd_record_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "port").write_text("not a port")
    port, own = demo_port(tmp_path)
    assert own and 1024 <= port <= 65535
    assert (tmp_path / "port").read_text().strip() == str(port)
    (tmp_path / "port").write_text("80")
    assert demo_port(tmp_path)[0] != 80
