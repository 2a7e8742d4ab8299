"""What the server-side subcommands of `labeler` do."""

from __future__ import annotations

import argparse
import os
import socket
import ssl
import sys
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from labeler.core.hosts import is_loopback
from labeler.server.addresses import check_trusted_proxies
from labeler.server.config import SettingError, Settings
from labeler.server.db import Database


class CommandError(Exception):
    """A failure to report in one line, without a traceback."""


def _database(url: str) -> Database:
    try:
        database = Database.connect(url)
        database.migrate()
    except (SQLAlchemyError, OSError) as exc:
        raise CommandError(f"cannot open the database {url!r}: {exc}") from exc
    return database


def server_settings(args: argparse.Namespace) -> Settings:
    """The settings of a server command: its `--database` and `--media` options, else the
    environment's `LABELER_*` variables, else the defaults."""
    given = {"database_url": args.database, "media_dir": getattr(args, "media", None)}
    try:
        proxies = getattr(args, "trusted_proxy", None)
        if proxies:
            given["trusted_proxies"] = check_trusted_proxies(proxies)
        return Settings.from_env(**{k: v for k, v in given.items() if v is not None})
    except ValueError as exc:  # SettingError, or a --trusted-proxy that is no address
        raise CommandError(str(exc)) from None


def tls_files(cert: str | None, key: str | None) -> dict[str, str | None]:
    """uvicorn's TLS options for `--tls-cert` and `--tls-key` (None without them), once
    the certificate chain and its key load: a wrong file is one line here, not a traceback
    from every worker. The key may sit in the certificate's file."""
    if cert is None and key is None:
        return {"ssl_certfile": None, "ssl_keyfile": None}
    if cert is None:
        raise CommandError("--tls-key needs --tls-cert, the certificate chain it belongs to")
    try:
        ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(cert, key, password=_no_password)
    except (OSError, ssl.SSLError) as exc:
        if key is None and _holds_no_key(cert):
            raise CommandError(
                f"the certificate file {cert!r} holds no private key: give it with --tls-key"
            ) from None
        files = f"{cert!r}" + (f" and key {key!r}" if key else "")
        raise CommandError(f"cannot serve TLS with certificate {files}: {exc}") from None
    return {"ssl_certfile": cert, "ssl_keyfile": key}


def _holds_no_key(path: str) -> bool:
    """Whether a readable PEM file has no private key in it."""
    try:
        text = Path(path).read_text(errors="replace")
    except OSError:
        return False
    return "-----BEGIN" in text and "PRIVATE KEY-----" not in text


def _no_password() -> bytes:
    # An encrypted key would otherwise make OpenSSL ask on the terminal, in every worker.
    raise CommandError("the TLS key is encrypted: give it decrypted (only root may read it)")


def server_url(host: str, port: int, tls: bool) -> str:
    """The address `labeler serve` prints."""
    shown = f"[{host}]" if ":" in host else host
    return f"{'https' if tls else 'http'}://{shown}:{port}/api/v1"


def plain_http_warning(host: str, tls: bool) -> str | None:
    """What `labeler serve` says when it serves plain HTTP where other machines reach it:
    every password and token would cross the network readable by anyone on the way."""
    if tls or is_loopback(host):
        return None
    rule = "!" * 78
    return (
        f"{rule}\n"
        f"!! WARNING: plain HTTP on {host}, which other machines can reach.\n"
        "!! Passwords and tokens sent to this server cross the network unencrypted: anyone\n"
        "!! on the way can read them and work as your users. Serve TLS yourself\n"
        "!! (--tls-cert FILE --tls-key FILE), or put a reverse proxy with TLS in front and\n"
        "!! serve on 127.0.0.1 behind it (docs/deploy.md).\n"
        f"{rule}"
    )


def serve(args: argparse.Namespace) -> int:
    """One server process, or `--workers` of them: each builds the same settings (the
    workers from the environment this process hands them), and each serves TLS when
    given a certificate."""
    import uvicorn

    from labeler.server.app import create_app, settle_heap

    settings = server_settings(args)
    tls = tls_files(
        getattr(args, "tls_cert", None) or os.environ.get("LABELER_TLS_CERT") or None,
        getattr(args, "tls_key", None) or os.environ.get("LABELER_TLS_KEY") or None,
    )
    secure = tls["ssl_certfile"] is not None
    database = _database(settings.database_url)
    warning = plain_http_warning(args.host, secure)
    if warning is not None:
        print(warning, file=sys.stderr, flush=True)
    print(f"labeler task server on {server_url(args.host, args.port, secure)}", flush=True)
    if args.workers <= 1:
        app = create_app(settings, database, migrate=False)
        settle_heap()
        uvicorn.run(
            app,
            host=args.host,
            port=args.port,
            proxy_headers=False,
            ssl_certfile=tls["ssl_certfile"],
            ssl_keyfile=tls["ssl_keyfile"],
        )
        return 0
    database.dispose()
    os.environ.update(settings.to_env())
    uvicorn.run(
        "labeler.server.app:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        # Whose X-Forwarded-For to believe is the server's setting (`trusted_proxies`), not
        # uvicorn's default (any peer on 127.0.0.1).
        proxy_headers=False,
        ssl_certfile=tls["ssl_certfile"],
        ssl_keyfile=tls["ssl_keyfile"],
    )
    return 0


def admin(args: argparse.Namespace) -> int:
    from labeler.server.admin import AdminError, run
    from labeler.server.tokenuse import TokenPolicy

    settings = server_settings(args)
    database = _database(settings.database_url)
    try:
        run(database, args, TokenPolicy.of(settings))
    except AdminError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        database.dispose()
    return 0


def seed_demo(args: argparse.Namespace) -> int:
    from labeler.server.demo.seed import seed

    settings = server_settings(args)
    database = _database(settings.database_url)
    try:
        report = seed(database, settings)
    finally:
        database.dispose()
    print(report.text())
    return 0


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def demo_port(data_dir: Path, host: str = "127.0.0.1") -> tuple[int, bool]:
    """The demo's port and whether it is its own: the one kept in the data dir while it is
    free (the first run keeps the port it found). The workbench keeps its local store per
    server address, so a demo on its own port finds its drafts, uploads and leased items
    again after a restart. While the kept port is busy (another demo of the same data
    running), this run borrows a free port and keeps the record as it is."""
    remembered = data_dir / "port"
    try:
        kept = int(remembered.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        kept = 0
    if 1024 <= kept <= 65535:
        if _bindable(host, kept):
            return kept, True
        return free_port(host), False
    port = free_port(host)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        remembered.write_text(f"{port}\n", encoding="ascii")
    except OSError:
        return port, False  # a read-only data dir: the next run picks again
    return port, True


def _bindable(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # As the server will bind it: connections of the last run that linger in TIME_WAIT
        # do not make the port taken, a listening process does.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def demo(args: argparse.Namespace) -> int:
    """The embedded server on loopback with the demo data (seeded on first run) and the GUI
    signed in as the demo annotator; closing the GUI stops the server. `--no-gui` serves
    only."""
    from labeler.server.config import default_data_dir
    from labeler.server.demo.seed import seed
    from labeler.server.embedded import EmbeddedServer, demo_settings

    data_dir: Path = args.data_dir or (default_data_dir().parent / "demo")
    try:
        settings = demo_settings(data_dir)
    except SettingError as exc:
        raise CommandError(str(exc)) from None
    database = _database(settings.database_url)
    report = seed(database, settings)
    port, own = (args.port, True) if args.port else demo_port(data_dir)
    print(report.text(), flush=True)
    if not own:
        print(
            f"\nThe demo's own port is busy (another demo of {data_dir} running?): this run "
            f"uses {port}, and the workbench keeps its drafts and waiting answers apart "
            "from the usual ones until the demo runs on its own port again.",
            flush=True,
        )
    server = EmbeddedServer(settings, database, port)
    if getattr(args, "no_gui", False):
        print(f"\nThe demo task server: {server.url}/api/v1", flush=True)
        print(f"Its API, to try by hand: {server.url}/api/v1/docs", flush=True)
        print("Stop it with Ctrl+C.", flush=True)
        server._server.run()
        return 0
    try:
        from labeler.ui.app import GuiOptions, run
    except ImportError as exc:
        raise CommandError(f"the GUI needs PySide6 ({exc}); try --no-gui") from None
    server.start()
    print(f"\nThe demo task server: {server.url}/api/v1 (stops when the window closes)", flush=True)
    try:
        user = getattr(args, "user", None) or "demo"
        token = server.token_for(user)
        return run(GuiOptions(server.url, token, user, getattr(args, "project", None)))
    finally:
        server.stop()
