"""The `labeler` command: the desktop app, the task server, and its administration."""

from __future__ import annotations

import time

_LAUNCHED = time.perf_counter()

import argparse  # noqa: E402
import gc  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from labeler import __version__  # noqa: E402


def _server_args(parser: argparse.ArgumentParser) -> None:
    # No defaults here: `Settings.from_env` fills in what is not given, from the environment
    # (LABELER_DATABASE_URL, LABELER_MEDIA_DIR) or the user's data folder.
    parser.add_argument(
        "--database",
        help="SQLAlchemy URL: sqlite:///FILE (default) or postgresql+psycopg://USER:PW@HOST/DB",
    )
    parser.add_argument("--media", type=Path, help="folder of the content-addressed media store")


def version_text() -> str:
    """`labeler 0.1.0 (Qt 6.8.1, PySide6 6.8.1)`: what a bug report needs first. QtCore
    only, no widgets: it works without a display, and says so where the GUI is not
    installed."""
    try:
        from labeler.ui.about import qt_versions
    except ImportError:
        return f"labeler {__version__} (Qt is not installed: the GUI needs labeler[gui])"
    return f"labeler {__version__} ({qt_versions()})"


class _Version(argparse.Action):
    """`--version`, worked out only when asked (importing QtCore on every start would
    cost the other commands' time)."""

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        print(version_text(), flush=True)
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="labeler", description="Keyboard-first data labeling and the task server behind it."
    )
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="print the versions of labeler and Qt; exit"
    )
    parser.add_argument("--server", metavar="URL", help="open the GUI on this task server")
    parser.add_argument("--token", help="API token for --server (no sign-in dialog)")
    parser.add_argument("--project", metavar="ID", help="open straight into this project")
    sub = parser.add_subparsers(dest="command")

    serve = sub.add_parser("serve", help="run the task server")
    _server_args(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8470)
    serve.add_argument(
        "--workers", type=int, default=1, help="server processes sharing the database (default 1)"
    )
    serve.add_argument(
        "--trusted-proxy",
        action="append",
        metavar="ADDRESS",
        help="a reverse proxy (address or network) whose X-Forwarded-For names the client; "
        "repeat for more (default: none, LABELER_TRUSTED_PROXIES)",
    )
    serve.add_argument(
        "--tls-cert",
        metavar="FILE",
        help="serve HTTPS with this PEM certificate chain (LABELER_TLS_CERT); without it the "
        "server speaks plain HTTP, for loopback or behind a TLS reverse proxy",
    )
    serve.add_argument(
        "--tls-key",
        metavar="FILE",
        help="the certificate's private key, PEM, not encrypted (LABELER_TLS_KEY); "
        "unless it is in the --tls-cert file",
    )

    seed = sub.add_parser("seed-demo", help="add the demo projects, items and users")
    _server_args(seed)

    demo = sub.add_parser("demo", help="the task server with demo data on a free loopback port")
    demo.add_argument("--port", type=int, default=0, help="0 picks a free port")
    demo.add_argument(
        "--data-dir", type=Path, default=None, help="where the demo database and media live"
    )
    demo.add_argument(
        "--no-gui", action="store_true", help="serve only; print the users and the URL"
    )
    demo.add_argument("--project", metavar="ID", help="open the GUI straight into a project")
    demo.add_argument(
        "--user",
        default="demo",
        choices=["demo", "lead", "qa", "admin"],
        help="the demo user the GUI signs in as (lead and qa see their workspaces)",
    )

    from labeler.client.command_args import add_parsers

    add_parsers(sub)

    admin = sub.add_parser("admin", help="manage users and tokens")
    _admin_parsers(admin.add_subparsers(dest="admin_command", required=True))
    sub.add_parser(
        "plugins", help="list the installed plugins, what each provides, and any that failed"
    )
    return parser


def _admin_parsers(admin_sub: Any) -> None:
    """`labeler admin …`: each subcommand works on the database itself (no server needed)."""
    create = admin_sub.add_parser("create-user", help="create a user, or update one")
    create.add_argument("name")
    create.add_argument(
        "--role",
        action="append",
        required=True,
        choices=["annotator", "reviewer", "lead", "admin"],
        help="repeat for several roles",
    )
    create.add_argument("--password", required=True)
    token = admin_sub.add_parser("token", help="print a new API token for a user")
    token.add_argument("name")
    token.add_argument(
        "--token-name", default="cli", help="what the token is for, shown in token lists"
    )
    users = admin_sub.add_parser("users", help="list users: state, roles, tokens, last use")
    users.add_argument("--all", action="store_true", help="deleted users too")
    for command, text in (
        ("disable", "no sign-in and no token works; their leased items go back"),
        ("enable", "undo disable"),
        ("tokens", "list a user's tokens (ids, names, when made and last used)"),
    ):
        admin_sub.add_parser(command, help=text).add_argument("name")
    delete = admin_sub.add_parser(
        "delete", help="delete a user: tokens and password go, their work stays under their name"
    )
    delete.add_argument("name")
    delete.add_argument("--yes", action="store_true", help="really delete (cannot be undone)")
    password = admin_sub.add_parser(
        "set-password", help="set a user's password and revoke every token of theirs"
    )
    password.add_argument("name")
    password.add_argument(
        "--password",
        help="the new password (else asked for, or read as one line of standard input)",
    )
    revoke = admin_sub.add_parser("revoke", help="revoke one token of a user, or all")
    revoke.add_argument("name")
    revoke.add_argument("token_id", nargs="?", help="an id from `labeler admin tokens`")
    revoke.add_argument("--all", action="store_true", help="every token of the user")
    for parser in admin_sub.choices.values():
        _server_args(parser)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _gui(args)
    if args.command == "plugins":
        return _plugins()
    if args.command in ("export", "import"):
        from labeler.client import commands as data

        try:
            return data.export(args) if args.command == "export" else data.import_(args)
        except data.CommandFailed as exc:
            print(f"labeler: {exc}", file=sys.stderr)
            return 2
    from labeler.server import commands

    handler = {
        "serve": commands.serve,
        "seed-demo": commands.seed_demo,
        "demo": commands.demo,
        "admin": commands.admin,
    }[args.command]
    try:
        return handler(args)
    except commands.CommandError as exc:
        print(f"labeler: {exc}", file=sys.stderr)
        return 2


def _plugins() -> int:
    """`labeler plugins`: one line a plugin; 1 when any failed to load."""
    from labeler.core.plugins import loaded_plugins

    found = loaded_plugins()
    if not found:
        print("No plugins installed (entry point group labeler.plugins).")
    for loaded in found:
        head = f"{loaded.entry_point} ({loaded.distribution} {loaded.version})".replace(" ()", "")
        if loaded.plugin is None:
            print(f"{head}: failed to load: {loaded.error}")
            continue
        provides = "; ".join(
            f"{kind}: {', '.join(names)}" for kind, names in loaded.plugin.provides().items()
        )
        title = f" {loaded.plugin.title}." if loaded.plugin.title else ""
        print(f"{head}:{title} {provides or 'provides nothing'}")
    return 0 if all(loaded.ok for loaded in found) else 1


def _gui(args: argparse.Namespace) -> int:
    if bool(args.server) != bool(args.token):
        print("labeler: --server and --token go together", file=sys.stderr)
        return 2
    # The start allocates much and frees little: the collector's full passes (20–50 ms
    # each) would run on the way to the first item. Back on once it shows
    # (`labeler.ui.app.collect_after_start`).
    gc.disable()
    try:
        from labeler.ui.app import GuiOptions, run
    except ImportError as exc:
        print(f"labeler: the GUI needs PySide6 ({exc}); install labeler[gui]", file=sys.stderr)
        return 2
    return run(GuiOptions(args.server, args.token, None, args.project), _LAUNCHED)


if __name__ == "__main__":
    sys.exit(main())
