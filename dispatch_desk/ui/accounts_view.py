"""The administrator's accounts dialog: who may sign in, with which roles; one-time passwords.

The same service calls as ``dispatch-desk users``, run on the desk's background lane; the services
check the rules (the last administrator, an inspector's precinct) and their refusals are shown as they
come. A one-time password is shown once, selectable, and must be changed at the next sign-in.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.access import Account, AccountState, Principal, Role, RoleRequest
from dispatch_desk.services.accounts import AccountService, ConfirmationNeeded
from dispatch_desk.ui.dialogs import inform
from dispatch_desk.ui.statusbar.operator import role_title
from dispatch_desk.ui.tasks import TaskRunner
from dispatch_desk.ui.widgets.named import named
from dispatch_desk.ui.widgets.tables import list_table


class AccountsDialog(QDialog):
    def __init__(
        self,
        accounts: AccountService,
        by: Principal,
        tasks: TaskRunner,
        timezone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self.service, self.by, self.tasks = accounts, by, tasks
        self.zone = ZoneInfo(timezone)
        self.shown: list[Account] = []
        self.waiting: list[RoleRequest] = []

        self._make_table()

        form, row = self._make_form()
        decide = self._make_requests()
        self.status = named(QLabel(), "accountsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.requests_title)
        layout.addWidget(self.requests)
        layout.addLayout(decide)
        layout.addWidget(self.status)
        self.resize(900, 640)
        self.clear()

    def _make_table(self) -> None:
        """The accounts, one row each."""
        headings = [self.tr("Login"), self.tr("Full name"), self.tr("Roles"), self.tr("Precinct")]
        headings += [self.tr("State"), self.tr("Last sign-in")]
        self.table = list_table("accountsTable", headings, self, single=True)
        self.table.itemSelectionChanged.connect(self._selected)

    def _make_form(self) -> tuple[QFormLayout, QHBoxLayout]:
        """The selected (or new) account's fields, and the buttons that act on it."""
        self.login = named(QLineEdit(maxLength=40), "accountLogin")
        self.full_name = named(QLineEdit(maxLength=200), "accountName")
        self.personal_number = named(QLineEdit(maxLength=40), "accountNumber")
        self.precinct = named(QLineEdit(maxLength=20), "accountPrecinct")
        self.precinct.setPlaceholderText(self.tr("for a precinct inspector"))
        self.roles = {role: named(QCheckBox(role_title(role)), f"role_{role.value}") for role in Role}
        grid = QGridLayout()
        for n, box in enumerate(self.roles.values()):
            grid.addWidget(box, n // 3, n % 3)
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Personal number"), self.personal_number)
        form.addRow(self.tr("Roles"), grid)
        form.addRow(self.tr("Home precinct"), self.precinct)

        self.new = self._button(self.tr("&New account"), "accountNew", self.clear)
        self.save = self._button(self.tr("&Save"), "accountSave", self.save_account)
        self.toggle = self._button(self.tr("&Disable"), "accountToggle", self.toggle_state)
        self.reset = self._button(self.tr("&Reset password"), "accountReset", self.reset_password)
        row = QHBoxLayout()
        for button in (self.new, self.save, self.toggle, self.reset):
            row.addWidget(button)
        row.addStretch(1)
        return form, row

    def _make_requests(self) -> QHBoxLayout:
        """Roles that read confidential data, asked for by one administrator, and the buttons of the second."""
        # Roles that read confidential data: one administrator asks, a second confirms or refuses.
        self.requests_title = named(QLabel(self.tr("Waiting for a second administrator")), "requestsTitle")
        asked = [self.tr("Login"), self.tr("Roles asked for"), self.tr("Asked by"), self.tr("Asked at")]
        self.requests = list_table("roleRequests", asked, self, single=True, fit=False)
        self.requests.setMaximumHeight(120)
        self.confirm = self._button(self.tr("&Confirm roles"), "requestConfirm", self.confirm_request)
        self.refuse = self._button(self.tr("Re&fuse roles"), "requestRefuse", self.refuse_request)
        decide = QHBoxLayout()
        decide.addWidget(self.confirm)
        decide.addWidget(self.refuse)
        decide.addStretch(1)
        return decide

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = named(QPushButton(text), name)
        button.clicked.connect(slot)
        return button

    # -- reading ------------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        self.tasks.run(
            lambda: (self.service.accounts(self.by), self.service.role_requests(self.by)),
            lambda found: self._filled(found[0], found[1], select),
            self._failed,
        )

    def _filled(self, found: list[Account], waiting: list[RoleRequest], select: str | None) -> None:
        self._fill_requests(waiting)
        self.shown = found
        self.table.setRowCount(len(found))
        for row, account in enumerate(found):
            seen = (
                account.last_sign_in_at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")
                if account.last_sign_in_at
                else ""
            )
            cells = [
                account.login,
                account.full_name,
                ", ".join(role_title(r) for r in account.roles),
                account.home_precinct or "",
                self.state_text(account),
                seen,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if account.login == select:
                self.table.selectRow(row)
        self._selected()  # the same row selected again: its buttons still say what the account is now

    def _fill_requests(self, waiting: list[RoleRequest]) -> None:
        self.waiting = waiting
        self.requests.setRowCount(len(waiting))
        for row, request in enumerate(waiting):
            at = (
                request.requested_at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")
                if request.requested_at
                else ""
            )
            roles = ", ".join(role_title(r) for r in request.roles)
            if request.new_account:
                roles = self.tr("new account: %1").replace("%1", roles)
            for column, text in enumerate([request.login, roles, request.requested_by, at]):
                self.requests.setItem(row, column, QTableWidgetItem(text))
        for widget in (self.requests_title, self.requests, self.confirm, self.refuse):
            widget.setVisible(bool(waiting))

    def _request(self) -> RoleRequest | None:
        rows = self.requests.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.waiting):
            return self.waiting[rows[0].row()]
        return self.waiting[0] if len(self.waiting) == 1 else None

    def confirm_request(self) -> None:
        request = self._request()
        if request is None:
            self.status.setText(self.tr("Choose the request to confirm."))
            return
        self._run(lambda: self.service.confirm_roles(self.by, request.login), self._confirmed)

    def _confirmed(self, made: tuple[Account, str | None]) -> None:
        account, password = made
        self._changed(account, self.tr("Roles of %1 confirmed."))
        if password:
            self._one_time(account.login, password)

    def refuse_request(self) -> None:
        request = self._request()
        if request is None:
            self.status.setText(self.tr("Choose the request to refuse."))
            return
        login = request.login
        self._run(
            lambda: self.service.refuse_roles(self.by, login),
            lambda _none: self._said(self.tr("The roles asked for %1 are refused.").replace("%1", login)),
        )

    def _said(self, message: str) -> None:
        self.status.setText(message)
        self.refresh()

    def state_text(self, account: Account) -> str:
        if account.state is AccountState.DISABLED:
            text = self.tr("disabled")
        elif account.state is AccountState.LOCKED:
            text = self.tr("locked")
        else:
            text = self.tr("active")
        return text + (" · " + self.tr("must change password") if account.must_change_password else "")

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.shown[rows[0].row()] if rows and rows[0].row() < len(self.shown) else None

    def _selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        self.login.setText(account.login)
        self.login.setReadOnly(True)
        self.full_name.setText(account.full_name)
        self.full_name.setReadOnly(True)
        self.personal_number.setText(account.personal_number)
        self.personal_number.setReadOnly(True)
        self.precinct.setText(account.home_precinct or "")
        for role, box in self.roles.items():
            box.setChecked(role in account.roles)
        self.toggle.setText(
            self.tr("&Enable") if account.state is not AccountState.ACTIVE else self.tr("&Disable")
        )
        self.toggle.setEnabled(True)
        self.reset.setEnabled(True)

    def clear(self) -> None:
        """A new account: the form empty and editable."""
        self.table.clearSelection()
        for edit in (self.login, self.full_name, self.personal_number, self.precinct):
            edit.clear()
            edit.setReadOnly(False)
        for box in self.roles.values():
            box.setChecked(False)
        self.toggle.setEnabled(False)
        self.reset.setEnabled(False)
        self.login.setFocus()

    # -- changing -----------------------------------------------------------------------------
    def _roles(self) -> list[str]:
        return [role.value for role, box in self.roles.items() if box.isChecked()]

    def save_account(self) -> None:
        account = self.selected()
        roles, precinct = self._roles(), self.precinct.text().strip() or None
        if account is None:
            login, name, number = self.login.text(), self.full_name.text(), self.personal_number.text()
            self._run(
                lambda: self.service.add(
                    self.by, login, name, roles, personal_number=number, home_precinct=precinct
                ),
                self._added,
            )
        else:
            self._run(
                lambda: self.service.set_roles(self.by, account.login, roles, home_precinct=precinct),
                lambda changed: self._changed(changed, self.tr("Roles of %1 saved.")),
            )

    def toggle_state(self) -> None:
        account = self.selected()
        if account is None:
            return
        if account.state is AccountState.ACTIVE:
            self._run(
                lambda: self.service.disable(self.by, account.login),
                lambda changed: self._changed(changed, self.tr("%1 can no longer sign in.")),
            )
        else:
            self._run(
                lambda: self.service.enable(self.by, account.login),
                lambda changed: self._changed(changed, self.tr("%1 can sign in again.")),
            )

    def reset_password(self) -> None:
        account = self.selected()
        if account is not None:
            login = account.login
            self._run(
                lambda: self.service.reset_password(self.by, login),
                partial(self._password_reset, login),
            )

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.status.setText(self.tr("Saving…"))
        self.tasks.run(work, done, self._failed)

    def _added(self, made: tuple[Account, str]) -> None:
        account, password = made
        self.refresh(select=account.login)
        self._one_time(account.login, password)

    def _changed(self, account: Account, message: str) -> None:
        self.status.setText(message.replace("%1", account.login))
        self.refresh(select=account.login)

    def _password_reset(self, login: str, password: str) -> None:
        self._one_time(login, password)
        self.refresh(select=login)

    def _one_time(self, login: str, password: str) -> None:
        self.status.setText(self.tr("A one-time password for %1 is shown once.").replace("%1", login))
        inform(
            self,
            self.tr("One-time password"),
            self.tr(
                "The one-time password of %1 is:\n\n%2\n\nTell it to the person only; it is shown only "
                "now and must be changed at the first sign-in."
            )
            .replace("%1", login)
            .replace("%2", password),
        )

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ConfirmationNeeded):
            self._said(
                self.tr(
                    "%1 reads confidential data: the request waits for a second administrator to confirm it."
                ).replace("%1", ", ".join(role_title(r) for r in error.request.confidential_roles))
            )
            return
        self.status.setText(str(error))
