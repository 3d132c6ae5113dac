"""The administrator's accounts dialog and the audit viewer, used as a person at the keyboard uses them."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QMessageBox

from dispatch_desk.config import Settings
from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.accounts import AccountService
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.store.db import Database
from tests.support.desk_window import open_window, sign_in
from tests.support.people import PASSWORD, add_person

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path):
    settings = Settings()
    settings.database_url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    for login, role in (("aigerim", "operator"), ("asel", "admin"), ("gulnara", "auditor")):
        add_person(settings.database_url, login, role)
    win = open_window(qtbot, settings)
    yield win
    win.close()


def visible(window, action: str) -> bool:
    return window.desk_actions.actions[action].isVisible() and window.desk_actions.actions[action].isEnabled()


def test_an_administrator_adds_an_account_and_reads_its_one_time_password(qtbot, window):
    sign_in(qtbot, window, "aigerim")
    assert not visible(window, "accounts") and not visible(window, "audit")  # an operator has neither
    window.sign_out()
    sign_in(qtbot, window, "asel")
    assert visible(window, "accounts") and visible(window, "audit")
    window.desk_actions.actions["accounts"].trigger()
    dialog = window.windows.dialogs[-1]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10_000)
    dialog.new.click()
    dialog.login.setText("<b>bad login</b>")
    dialog.full_name.setText("Someone")
    dialog.roles[next(iter(dialog.roles))].setChecked(True)
    dialog.save.click()
    qtbot.waitUntil(
        lambda: "login" in dialog.status.text() and "Saving" not in dialog.status.text(), timeout=10_000
    )
    assert dialog.table.rowCount() == 3  # refused, with the reason; nothing added
    dialog.login.setText("nurlan")
    dialog.full_name.setText("Нурлан Абенов")
    for role, box in dialog.roles.items():
        box.setChecked(role.value == "inspector")
    dialog.save.click()  # an inspector without a precinct: refused
    qtbot.waitUntil(lambda: "precinct" in dialog.status.text(), timeout=10_000)
    dialog.precinct.setText("05")
    dialog.save.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 4, timeout=10_000)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(QMessageBox)), timeout=5_000)
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    password = box.text().split("\n\n")[1]
    assert len(password) == 14 and dialog.selected().login == "nurlan"
    box.accept()
    assert AccountService(window.now.services.db).sign_in("nurlan", password).must_change_password
    dialog.toggle.click()  # disable
    qtbot.waitUntil(lambda: "can no longer sign in" in dialog.status.text(), timeout=10_000)
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "nurlan")
    qtbot.waitUntil(lambda: "disabled" in dialog.table.item(row, 4).text(), timeout=10_000)  # re-read
    qtbot.waitUntil(lambda: "Enable" in dialog.toggle.text(), timeout=5_000)  # the button says it too
    dialog.toggle.click()  # enable again: the dialog follows without choosing the row anew
    qtbot.waitUntil(lambda: "can sign in again" in dialog.status.text(), timeout=10_000)
    qtbot.waitUntil(lambda: "Disable" in dialog.toggle.text(), timeout=5_000)
    window.lock_screen()  # nothing of the accounts stays on screen behind the lock
    assert not window.windows.dialogs and not dialog.isVisible()


def test_the_audit_viewer_answers_who_looked_at_a_callers_identity(qtbot, window, tmp_path):
    db = Database(window.settings.database_url)
    accounts = AccountService(db, workstation="desk-9")
    operator = accounts.sign_in("aigerim", PASSWORD).principal
    desk = DeskService(db, operator)
    call = desk.create_incident(
        CallDraft(
            Channel.PHONE,
            "theft",
            address="Абая 1",
            caller_name="<img src=x>",
            caller_phone="87015550000",
            description="=cmd|' /C calc'!A0",
        )
    )
    desk.open_incident(call.number)
    db.dispose()
    sign_in(qtbot, window, "gulnara")
    assert visible(window, "audit") and not visible(window, "accounts")
    window.admin.audit(call.number)
    dialog = window.windows.dialogs[-1]
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    rows = [[dialog.table.item(r, c).text() for c in range(7)] for r in range(dialog.table.rowCount())]
    assert ["aigerim", "desk-9", "caller's identity viewed", call.number] in [row[2:6] for row in rows]
    assert all(row[5] == call.number for row in rows)
    assert "<img" not in "".join("".join(row) for row in rows)  # no caller's name in the trail
    dialog.source.setCurrentIndex(1)  # changes only
    dialog.refresh()
    qtbot.waitUntil(
        lambda: (
            dialog.table.rowCount()
            and all(dialog.table.item(r, 1).text() == "change" for r in range(dialog.table.rowCount()))
        ),
        timeout=10_000,
    )
    dialog.until_on.setChecked(True)
    dialog.since_on.setChecked(True)
    dialog.since.setDateTime(dialog.until.dateTime().addSecs(3600))  # the end before the beginning
    dialog.refresh()
    assert "after its beginning" in dialog.status.text()
    dialog.since_on.setChecked(False)
    dialog.until_on.setChecked(False)
    dialog.source.setCurrentIndex(0)
    dialog.refresh()
    qtbot.waitUntil(lambda: "line" in dialog.status.text(), timeout=10_000)
    target = tmp_path / "audit.csv"
    dialog.export_to(str(target))
    qtbot.waitUntil(lambda: "written" in dialog.status.text(), timeout=10_000)
    exported = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert len(exported) == dialog.table.rowCount() and {r["subject"] for r in exported} == {call.number}
    window.sign_out()
    assert not window.windows.dialogs


def test_a_confidential_role_waits_in_the_dialog_for_a_second_administrator(qtbot, tmp_path):
    settings = Settings()
    settings.database_url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    for login, role in (("aigerim", "operator"), ("asel", "admin"), ("marat", "admin")):
        add_person(settings.database_url, login, role)
    window = open_window(qtbot, settings)
    try:
        sign_in(qtbot, window, "asel")
        window.desk_actions.actions["accounts"].trigger()
        dialog = window.windows.dialogs[-1]
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10_000)
        assert not dialog.requests.isVisible()  # nothing waits
        row = next(r for r in range(3) if dialog.table.item(r, 0).text() == "aigerim")
        dialog.table.selectRow(row)
        dialog.roles[next(r for r in dialog.roles if r.value == "auditor")].setChecked(True)
        dialog.save.click()
        qtbot.waitUntil(lambda: "second administrator" in dialog.status.text(), timeout=10_000)
        qtbot.waitUntil(
            lambda: dialog.requests.rowCount() == 1 and dialog.requests.isVisible(), timeout=10_000
        )
        assert dialog.requests.item(0, 2).text() == "asel"
        dialog.confirm.click()  # the one who asked cannot confirm
        qtbot.waitUntil(lambda: "second administrator must confirm" in dialog.status.text(), timeout=10_000)
        dialog.close()
        window.sign_out()
        sign_in(qtbot, window, "marat")
        window.desk_actions.actions["accounts"].trigger()
        dialog = window.windows.dialogs[-1]
        qtbot.waitUntil(lambda: dialog.requests.rowCount() == 1, timeout=10_000)
        dialog.confirm.click()
        qtbot.waitUntil(lambda: "confirmed" in dialog.status.text(), timeout=10_000)
        qtbot.waitUntil(lambda: not dialog.requests.isVisible(), timeout=10_000)
        roles = AccountService(window.now.services.db).sign_in("aigerim", PASSWORD).account.roles
        assert [r.value for r in roles] == ["operator", "auditor"]
    finally:
        window.close()


def test_only_a_persons_look_at_an_incident_is_an_access(qtbot, window):
    """The desk selecting a row by itself (after a save, at start) is no look at the caller's identity;
    a click on a row is one, written to the access log."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    db = Database(window.settings.database_url)
    accounts = AccountService(db, workstation="desk-9")
    writer = DeskService(db, Principal.for_system("writer"))
    shown, clicked = (
        writer.create_incident(
            CallDraft(
                Channel.PHONE,
                "theft",
                address=f"Абая {n}",
                caller_name="Серік",
                caller_phone=f"8701555001{n}",
            )
        )
        for n in (3, 4)
    )
    sign_in(qtbot, window, "aigerim")

    def looks(number: str) -> int:
        admin = accounts.sign_in("asel", PASSWORD).principal
        return len(accounts.access_log(admin, login="aigerim", subject=number, kinds=["identity_viewed"]))

    model = window.queue.model
    qtbot.waitUntil(
        lambda: None not in (model.row_of(shown.number), model.row_of(clicked.number)), timeout=10_000
    )
    # the desk's own selection: its detail shows, nobody looked
    window.selection.select_incident(shown.number)
    qtbot.waitUntil(
        lambda: window.detail.incident is not None and window.detail.incident.number == shown.number,
        timeout=10_000,
    )
    row = window.queue.proxy.mapFromSource(model.index(model.row_of(clicked.number), 0))
    rect = window.queue.table.visualRect(row)
    QTest.mouseClick(window.queue.table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    qtbot.waitUntil(lambda: looks(clicked.number) == 1, timeout=10_000)  # a person's look
    assert looks(shown.number) == 0
    db.dispose()
