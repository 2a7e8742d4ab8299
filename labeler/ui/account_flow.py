"""What the window does for the account: how it starts (straight into a server, back into
the profile signed in before, or the sign-in screen), signing in, switching profiles,
signing out, and asking to be built again after a language change, in the profile in use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from labeler.client.credentials import TokenStore
from labeler.client.profiles import sign_in, username_for
from labeler.client.settings import Profile
from labeler.client.workspace import Workspace
from labeler.ui.i18n import translate
from labeler.ui.messages import error_text
from labeler.ui.pages.signin import shown_url

if TYPE_CHECKING:
    from labeler.ui.window import MainWindow, Start


class AccountFlow:
    """The open profile of one window: `account` (its server URL and username) and the
    workspace it opened, from the start to the sign-out."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.tokens = TokenStore()
        self.account: tuple[str, str] | None = None
        #: The page shown before the sign-in screen was asked for (Ctrl+Shift+O).
        self.before_sign_in: Any = None
        window.signin.sign_in_requested.connect(self.sign_in)
        window.signin.profile_picked.connect(self.profile_picked)

    # -- starting ---------------------------------------------------------------------

    def start(self, start: Start) -> None:
        """Straight into a server (and project) when given, else the sign-in screen."""
        w = self.window
        if self.resume(start.profile or ""):
            return
        if start.server_url and start.token:
            w.show_status(translate("MainWindow", "Connecting…"))  # cleared when it opens
            # Not the sign-in form: nothing is to be typed while the server is asked.
            w.workbench.show_message(
                translate("MainWindow", "Connecting to {server}…").format(
                    server=shown_url(start.server_url)
                )
            )
            w.pages.setCurrentWidget(w.workbench)
            w.runner.net(
                whoami,
                start.server_url,
                start.token,
                start.username,
                done=lambda user: self.straight_in(start, user),
                failed=lambda e: self.start_failed(error_text(e)),
            )
            return
        last = w.settings.profile(w.settings.last_profile or "")
        token = self.tokens.get(last.server_url, last.username) if last else None
        if last is not None and token:
            # Signed in before: straight back in (offline too, from the local store), into
            # the project that was open when the workbench was closed.
            w._pending_project = w.settings.last_project.get(last.name)
            self.open_workspace(last.server_url, last.username, token)
            return
        w.signin.set_profiles(w.settings.profiles)
        w.pages.setCurrentWidget(w.signin)

    def straight_in(self, start: Start, username: str) -> None:
        """The command line's server as `username` (`labeler demo` too): into the project
        it names, else the one left open there as that user (a start after Ctrl+Q, or a
        language change), else the list."""
        assert start.server_url and start.token
        w = self.window
        key = profile_name(start.server_url, username)
        w._pending_project = start.project_id or w.settings.last_project.get(key)
        self.open_workspace(start.server_url, username, start.token)

    def resume(self, name: str) -> bool:
        """Built again (a language change) while profile `name` was open: open it, with
        its kept token, into the project left open. False when it is not known or has
        no token (the start goes on as its command line says)."""
        w = self.window
        profile = w.settings.profile(name) if name else None
        token = self.tokens.get(profile.server_url, profile.username) if profile else None
        if profile is None or not token:
            return False
        w.settings.last_profile = profile.name
        w._pending_project = w.settings.last_project.get(profile.name)
        self.open_workspace(profile.server_url, profile.username, token)
        return True

    def start_failed(self, message: str) -> None:
        w = self.window
        w.signin.set_profiles(w.settings.profiles)
        w.pages.setCurrentWidget(w.signin)
        w.signin.show_error(
            translate("MainWindow", "Could not open that server: {reason}").format(reason=message)
        )

    def sign_in(self, server_url: str, username: str, password: str) -> None:
        w = self.window
        w.signin.set_busy(True)

        def done(result: Any) -> None:
            w.signin.set_busy(False)
            self.tokens.set(server_url, username, result.token)
            current = w.workspace
            if current is not None and self.account == (server_url, username):
                # Signing in again after the server refused the token: same store, same outbox.
                w.runner.db(current.set_token, result.token)
                w.pages.setCurrentWidget(self.before_sign_in or w.projects)
                w.show_status(translate("MainWindow", "Signed in again; uploads resume."))
                return
            if current is not None:
                self.close_workspace()
            if self.tokens.notice:
                w.show_status(self.tokens.notice)
            profile = Profile(
                name=profile_name(server_url, username), server_url=server_url, username=username
            )
            w.settings.profiles = [p for p in w.settings.profiles if p.name != profile.name] + [
                profile
            ]
            w.settings.last_profile = profile.name
            w.save_settings()
            self.open_workspace(server_url, username, result.token)

        def failed(error: BaseException) -> None:
            w.signin.set_busy(False)
            w.signin.show_error(error_text(error))

        w.runner.net(sign_in, server_url, username, password, done=done, failed=failed)

    def open_workspace(self, server_url: str, username: str, token: str) -> None:
        w = self.window

        def opened(workspace: Workspace) -> None:
            w.trace_launch("workspace")
            w.workspace = workspace
            self.account = (server_url, username)
            w.show_status("")
            w.setWindowTitle(
                translate("MainWindow", "labeler — {user} on {server}").format(
                    user=username, server=server_url
                )
            )
            w.bar.set_who(f"{username} · {shown_url(server_url)}")
            w.cleartext.show_for(server_url)
            w.workspace_opened()

        w.runner.db(
            lambda: Workspace.open(server_url, username, token, listener=w.listener),
            done=opened,
            failed=lambda e: self.start_failed(error_text(e)),
        )

    # -- the profile in use -------------------------------------------------------------

    def resume_key(self) -> str | None:
        """The profile's name, under which the project left open is kept."""
        return profile_name(*self.account) if self.account else None

    def forget_resume(self) -> None:
        """The annotator left the project: the next start shows what they went to."""
        key = self.resume_key()
        if key is not None:
            self.window.settings.last_project.pop(key, None)

    def restart(self) -> None:
        """Ask for the window to be built again (in this process: `labeler.ui.app`), in
        the profile in use, not the command line's."""
        self.window.restart_wanted.emit(self.resume_key() or "")

    def switch_profile(self) -> None:
        """The sign-in screen with every known profile: pick one to open it (with its
        kept token, no password), or sign in to another server. The open profile stays
        open until another one is."""
        w = self.window
        if not w.may_leave():
            return
        self.before_sign_in = w.pages.currentWidget()
        w.signin.set_profiles(w.settings.profiles)
        w.signin.show_notice(
            translate("MainWindow", "Pick a profile, or sign in to another server.")
        )
        w.pages.setCurrentWidget(w.signin)

    def profile_picked(self, server_url: str, username: str) -> None:
        w = self.window
        if self.account == (server_url, username) and w.workspace is not None:
            w.pages.setCurrentWidget(self.before_sign_in or w.projects)
            return
        token = self.tokens.get(server_url, username)
        if not token:
            return  # the sign-in page asks for the password
        self.close_workspace()
        w.settings.last_profile = profile_name(server_url, username)
        w.save_settings()
        w.show_status(
            translate("MainWindow", "Opening {user} on {server}…").format(
                user=username, server=server_url
            )
        )
        self.open_workspace(server_url, username, token)

    def sign_out(self) -> None:
        """Forget the token and go back to the sign-in screen; the local store stays."""
        w = self.window
        if self.account is None or not w.may_leave():
            return
        server_url, username = self.account
        self.tokens.delete(server_url, username)
        w.settings.last_profile = None
        w.save_settings()
        self.close_workspace()
        w.signin.set_profiles(w.settings.profiles)
        w.signin.set_account(server_url, username)
        w.pages.setCurrentWidget(w.signin)

    def close_workspace(self) -> None:
        w = self.window
        self.account = None
        workspace = w.workspace_closed()
        if workspace is not None:
            w.runner.db_after_reads(workspace.close)


def profile_name(server_url: str, username: str) -> str:
    """A profile's name, its key in the settings."""
    return f"{username} on {server_url}"  # notr: the profile's name, a settings key


def whoami(server_url: str, token: str, username: str | None) -> str:
    """The user a token is of (off the GUI thread): the one given, else the server's
    answer, else (offline) the profile this server was last used with."""
    if username:
        return username
    from labeler.client.api import TaskServer
    from labeler.client.errors import Offline

    api = TaskServer(server_url, token)
    try:
        return api.me().user.username
    except Offline:
        known = username_for(server_url)
        if known is None:
            raise
        return known
    finally:
        api.close()
