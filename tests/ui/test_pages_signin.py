"""Sign-in page: Enter or the button asks to sign in after basic checks, a known profile
fills the form, busy disables it, errors and notices show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from labeler.client.settings import Profile
from labeler.client.store import ProfileInfo
from labeler.ui.pages.signin import SignInPage, check_server_url


@pytest.fixture
def page(qtbot) -> SignInPage:
    p = SignInPage()
    qtbot.addWidget(p)
    p.resize(900, 700)
    p.show()
    qtbot.waitExposed(p)
    p.activateWindow()
    qtbot.waitUntil(p.isActiveWindow)
    return p


def fill(qtbot, page: SignInPage, server: str, user: str, password: str) -> None:
    for edit, text in ((page.server, server), (page.username, user), (page.password, password)):
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_enter_in_the_password_signs_in_and_adds_the_scheme(qtbot, page):
    fill(qtbot, page, "tasks.example.org:8470", " amina ", "s3cret pw")
    with qtbot.waitSignal(page.sign_in_requested) as signal:
        qtbot.keyClick(page.password, Qt.Key.Key_Return)
    assert signal.args == ["http://tasks.example.org:8470", "amina", "s3cret pw"]
    assert page.server.text() == "http://tasks.example.org:8470"


def test_enter_in_any_field_and_the_button_sign_in(qtbot, page):
    fill(qtbot, page, "https://tasks.example.org", "amina", "pw")
    with qtbot.waitSignal(page.sign_in_requested) as signal:
        qtbot.keyClick(page.server, Qt.Key.Key_Enter)
    assert signal.args[0] == "https://tasks.example.org"
    with qtbot.waitSignal(page.sign_in_requested):
        qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)


def test_the_password_is_masked(page):
    assert page.password.echoMode() == QLineEdit.EchoMode.Password


@pytest.mark.parametrize(
    ("server", "user", "password", "field", "message"),
    [
        ("", "amina", "pw", "server", "address"),
        ("ftp://tasks.example.org", "amina", "pw", "server", "http://"),
        ("http://", "amina", "pw", "server", "not a task server address"),
        ("tasks.example.org", "  ", "pw", "username", "username"),
        ("tasks.example.org", "amina", "", "password", "password"),
    ],
)
def test_missing_or_bad_fields_say_so_and_do_not_sign_in(
    qtbot, page, server, user, password, field, message
):
    fill(qtbot, page, server, user, password)
    with qtbot.assertNotEmitted(page.sign_in_requested):
        qtbot.keyClick(page.password, Qt.Key.Key_Return)
    assert page.note.kind == "error"
    assert message in page.note.text()
    qtbot.waitUntil(getattr(page, field).hasFocus)


def test_check_server_url():
    assert check_server_url(" localhost:8470 ") == ("http://localhost:8470", None)
    assert check_server_url("https://a.org/base") == ("https://a.org/base", None)
    assert check_server_url("a b")[0] is None


def test_picking_a_known_profile_fills_the_form_and_asks_for_the_password(qtbot, page):
    page.set_profiles(
        [
            ProfileInfo("http://localhost:8470/api/v1", "amina", "u1", None, None),
            ProfileInfo("https://tasks.example.org/api/v1", "amina.k", "u9", None, None),
        ]
    )
    assert page.profiles.isVisible() and page.profiles.count() == 2
    second = page.profiles.item(1)
    rect = page.profiles.visualItemRect(second)
    qtbot.mouseClick(page.profiles.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.server.text() == "https://tasks.example.org"
    assert page.username.text() == "amina.k"
    qtbot.waitUntil(page.password.hasFocus)
    # By keyboard: Up onto the first, Enter picks it.
    page.profiles.setFocus()
    qtbot.waitUntil(page.profiles.hasFocus)
    qtbot.keyClick(page.profiles, Qt.Key.Key_Up)
    qtbot.keyClick(page.profiles, Qt.Key.Key_Return)
    assert (page.server.text(), page.username.text()) == ("http://localhost:8470", "amina")
    qtbot.waitUntil(page.password.hasFocus)
    qtbot.keyClicks(page.password, "pw")
    with qtbot.waitSignal(page.sign_in_requested) as signal:
        qtbot.keyClick(page.password, Qt.Key.Key_Return)
    assert signal.args == ["http://localhost:8470", "amina", "pw"]


def test_settings_profiles_are_listed_too_and_an_empty_list_hides(page):
    page.set_profiles([Profile("work", "https://tasks.example.org", "amina")])
    assert page.profiles.item(0).text().startswith("amina")
    page.set_profiles([])
    assert not page.profiles.isVisible()


def test_busy_disables_the_form_and_shows_progress(qtbot, page):
    fill(qtbot, page, "localhost", "amina", "pw")
    page.set_busy(True)
    assert page.busy.isVisible()
    assert page.busy.minimum() == page.busy.maximum() == 0  # indeterminate
    assert not any(w.isEnabled() for w in (page.server, page.username, page.password))
    with qtbot.assertNotEmitted(page.sign_in_requested):
        page.submit()
    page.set_busy(False)
    assert not page.busy.isVisible() and page.password.isEnabled()


def test_errors_and_notices_show_on_the_note_line(page):
    page.show_error("The task server refused the sign-in: wrong username or password.")
    assert page.note.isVisible() and page.note.kind == "error"
    assert "wrong username" in page.note.text()
    page.show_notice("Your token is kept in a private file: no system keyring is installed.")
    assert page.note.kind == "notice" and "keyring" in page.note.text()


def test_set_account_fills_and_focuses_the_password(qtbot, page):
    page.set_account("https://tasks.example.org/api/v1", "amina")
    assert page.server.text() == "https://tasks.example.org"
    qtbot.waitUntil(page.password.hasFocus)


def test_the_password_goes_when_the_username_changes(qtbot, page):
    fill(qtbot, page, "tasks.example.org", "amina", "s3cret pw")
    qtbot.keyClick(page.username, Qt.Key.Key_Backspace)
    assert page.password.text() == ""
    qtbot.keyClicks(page.password, "other pw")
    page.set_profiles([Profile(name="b", server_url="http://tasks.example.org", username="bilal")])
    page.profiles.setCurrentRow(0)  # the arrows through the known profiles
    assert page.username.text() == "bilal" and page.password.text() == ""


def test_the_password_goes_when_the_form_is_shown_for_another_sign_in(qtbot):
    from PySide6.QtWidgets import QLabel, QStackedWidget

    pages = QStackedWidget()  # as in the window: the form, then another page, then the form
    qtbot.addWidget(pages)
    form, work = SignInPage(), QLabel("projects")
    pages.addWidget(form)
    pages.addWidget(work)
    pages.show()
    qtbot.waitExposed(pages)
    fill(qtbot, form, "tasks.example.org", "amina", "s3cret pw")
    pages.setCurrentWidget(work)  # signed in
    pages.setCurrentWidget(form)  # Ctrl+Shift+O or Ctrl+Shift+L
    assert form.username.text() == "amina" and form.password.text() == ""


@pytest.mark.parametrize(
    ("server", "host"),
    [
        ("http://192.168.1.20:8470", "192.168.1.20"),
        ("tasks.example.org:8470", "tasks.example.org"),  # no scheme: http:// is what is used
        ("https://tasks.example.org", None),
        ("http://127.0.0.1:8470", None),
        ("http://localhost:8470", None),
    ],
)
def test_a_password_about_to_go_in_the_clear_is_warned_of(qtbot, page, server, host):
    """Before anything is sent: the warning shows as the address is typed."""
    fill(qtbot, page, server, "amina", "s3cret pw")
    assert page.cleartext.isVisible() == (host is not None)
    if host is not None:
        assert "Not encrypted" in page.cleartext.text() and host in page.cleartext.text()
        assert "https://" in page.cleartext.text()
    page.server.clear()
    assert not page.cleartext.isVisible()


def test_signing_in_again_to_a_plain_http_server_warns_too(page):
    page.set_account("http://tasks.example.org:8470/api/v1", "amina")
    assert page.cleartext.isVisible() and "tasks.example.org" in page.cleartext.text()


@pytest.mark.parametrize(
    ("server", "warned"),
    [
        ("http://tasks.example.org:8470", True),
        ("https://tasks.example.org", False),
        ("http://127.0.0.1:8470", False),
    ],
)
def test_the_password_card_of_a_refused_token_warns_too(qtbot, server, warned):
    """Signing in again from the card over the work sends the password as well."""
    from PySide6.QtWidgets import QWidget

    from labeler.ui.pages.signin_again import PasswordPrompt

    window = QWidget()
    qtbot.addWidget(window)
    card = PasswordPrompt("amina", server, window)
    assert card.cleartext.isVisibleTo(card) == warned
    if warned:
        assert "tasks.example.org" in card.cleartext.text()


def test_a_lock_out_in_the_card_says_when_and_that_only_this_computer_waits() -> None:
    from labeler.ui.pages.signin_again import locked_text

    said = locked_text("Too many failed sign-ins for this username; try again later.", 596)
    assert said == (
        "Too many failed sign-ins for this username: try again in about 10 minutes; your"
        " answers stay here meanwhile. Sign-ins from other computers are not held back."
    )
    busy = locked_text("The task server is busy with other sign-ins; try again in a moment.", 2)
    assert busy == (
        "The task server is busy with other sign-ins: try again in a moment; your answers"
        " stay here meanwhile."
    )


def test_in_urdu_the_password_card_floats_over_the_lower_left(qtbot, urdu) -> None:
    """Mirrored with the window: the corner the work reads away from is the left."""
    from PySide6.QtWidgets import QWidget

    from labeler.ui.pages.signin_again import MARGIN, PasswordPrompt

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1000, 600)
    card = PasswordPrompt("amina", "https://tasks.example.org", window)
    card.place()
    assert card.x() == MARGIN and card.geometry().bottom() < 600
