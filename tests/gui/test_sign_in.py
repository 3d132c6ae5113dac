"""Signing in at the desk, the lock screen and the shift change, as a person at the keyboard does them."""

from __future__ import annotations

import pytest

from dispatch_desk.config import Settings
from dispatch_desk.domain.access import Principal
from tests.support.desk_window import open_window, sign_in
from tests.support.people import PASSWORD, add_person

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path):
    settings = Settings()
    settings.database_url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    settings.idle_lock_minutes = 0.02  # 1.2 s without a key or a click
    add_person(settings.database_url, "aigerim")
    add_person(settings.database_url, "erlan", "shift_lead")
    win = open_window(qtbot, settings)
    yield win
    win.close()


def test_nothing_shows_before_sign_in_and_a_wrong_password_says_so(qtbot, window):
    assert window.central.currentWidget() is window.sign_in_screen
    assert not window.queue_dock.isVisible() and not window.desk_actions.actions["new_call"].isEnabled()
    screen = window.sign_in_screen
    qtbot.waitUntil(lambda: screen.button.isEnabled(), timeout=10_000)
    screen.login.setText("aigerim")
    screen.password.setText("<b>wrong</b>")
    screen.submit()
    qtbot.waitUntil(lambda: screen.button.isEnabled(), timeout=10_000)
    assert screen.message.text() == "Wrong login or password." and screen.password.text() == ""
    assert window.now.desk is None
    sign_in(qtbot, window, "aigerim")
    assert window.queue_dock.isVisible() and window.central.currentIndex() == 0
    assert "Aigerim" in window.operator_status.text() and "operator" in window.operator_status.text()


def test_the_idle_desk_locks_and_the_next_person_takes_over_keeping_the_call(qtbot, window):
    sign_in(qtbot, window, "aigerim")
    window.calls.new_call()
    window.call_form.address.setText("Торайгырова 64")
    window.lock_screen()
    assert window.session.locked and not window.call_dock.isVisible() and not window.queue_dock.isVisible()
    assert "Aigerim" in window.sign_in_screen.locked_note.text()
    fields = (window.sign_in_screen.login, window.sign_in_screen.password, window.sign_in_screen.button)
    qtbot.waitUntil(lambda: all(f.height() >= f.minimumSizeHint().height() for f in fields), timeout=5_000)
    assert not window.desk_actions.actions["dispatch_first"].isEnabled()  # no key works behind the lock
    sign_in(qtbot, window, "aigerim")  # the same person: back where she was
    qtbot.waitUntil(lambda: not window.session.locked, timeout=5_000)
    assert window.call_dock.isVisible() and window.call_form.address.text() == "Торайгырова 64"
    qtbot.waitUntil(lambda: window.session.locked, timeout=10_000)  # nobody touched it: it locks by itself
    window.sign_in_screen.login.setText("erlan")
    window.sign_in_screen.password.setText(PASSWORD)
    window.sign_in_screen.submit()
    qtbot.waitUntil(
        lambda: window.now.principal is not None and window.now.principal.login == "erlan", timeout=10_000
    )
    qtbot.waitUntil(
        lambda: window.now.desk is not None and window.now.desk.actor.login == "erlan", timeout=10_000
    )
    assert window.call_form.address.text() == "Торайгырова 64"  # the call goes on with the next person
    assert "shift lead" in window.operator_status.text()
    qtbot.wait(300)  # the lock's record is written on the lane
    log = window.now.services.accounts.access_log(Principal.for_system("test"), subject="aigerim")
    assert {"sign_in", "screen_locked"} <= {e.kind for e in log}


def test_sign_out_empties_the_desk(qtbot, window):
    sign_in(qtbot, window, "aigerim")
    window.sign_out()
    assert window.now.desk is None and window.now.principal is None and window.queue.model.rowCount() == 0
    assert (
        window.sign_in_screen.login.text() == "" and window.central.currentWidget() is window.sign_in_screen
    )


def test_a_lockout_ends_at_the_centres_time_not_the_machines(qtbot, window, monkeypatch):
    """The field test: "locked until 01:49" was UTC while the desk's clock read 06:39."""
    from datetime import UTC, datetime

    from dispatch_desk.services.accounts import SignInRefused

    monkeypatch.setenv("TZ", "UTC")  # a machine on UTC, as the workstation in the field test was
    window.now.services.settings.timezone = "Asia/Almaty"
    refusal = SignInRefused("locked", "locked", datetime(2026, 12, 7, 1, 49, tzinfo=UTC))
    assert "06:49" in window.session.refusal_text(refusal)
