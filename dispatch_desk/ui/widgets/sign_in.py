"""The sign-in screen: what the desk shows while nobody is signed in, and while the screen is locked.

It covers the whole window (the docks are hidden meanwhile), so nothing personal stays on screen. It
asks for a login and a password; for a person whose password must change (a new account, a reset) it
asks for the new one twice; on a locked desk it names who locked it and lets the next person of the
shift sign in instead. It only collects what is typed: the window runs the sign-in on its lane.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.access import MAX_PASSWORD, MIN_PASSWORD

FIELD_LIMIT = 64  # logins are at most 40 characters; more typed is cut, not sent


class SignInScreen(QWidget):
    signInRequested = Signal(str, str)  # login, password
    passwordChangeRequested = Signal(str, str, str)  # login, old password, new password

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInScreen")
        self._changing_for: tuple[str, str] | None = None  # (login, old password) while choosing a new one
        self.title = QLabel(self.tr("Dispatch Desk"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.locked_note = QLabel()
        self.locked_note.setTextFormat(Qt.TextFormat.PlainText)
        self.locked_note.setWordWrap(True)
        self.locked_note.hide()

        self.login = QLineEdit()
        self.login.setObjectName("signInLogin")
        self.login.setMaxLength(FIELD_LIMIT)
        self.login.setPlaceholderText(self.tr("your login"))
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(MAX_PASSWORD)
        self.new_password = QLineEdit()
        self.new_password.setObjectName("signInNewPassword")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setMaxLength(MAX_PASSWORD)
        self.new_password.setPlaceholderText(
            self.tr("at least %1 characters").replace("%1", str(MIN_PASSWORD))
        )
        self.repeat_password = QLineEdit()
        self.repeat_password.setObjectName("signInRepeatPassword")
        self.repeat_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_password.setMaxLength(MAX_PASSWORD)
        self.button = QPushButton(self.tr("Sign in"))
        self.button.setObjectName("signInButton")
        self.button.setDefault(True)
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.hide()

        self.form = QFormLayout()
        self.form.addRow(self.tr("Login"), self.login)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("New password"), self.new_password)
        self.form.addRow(self.tr("New password again"), self.repeat_password)

        self.card = card = QFrame()
        card.setObjectName("signInCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(460)  # a fixed width lets the wrapped lines take the height they need
        card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)  # never squeezed
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        for widget in (self.title, self.subtitle, self.locked_note):
            inner.addWidget(widget)
        inner.addLayout(self.form)
        inner.addWidget(self.button)
        inner.addWidget(self.message)
        inner.addWidget(self.hint)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self._show_new_password(False)

        for field in (self.login, self.password, self.new_password, self.repeat_password):
            field.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self.set_busy(True, self.tr("Opening the database…"))

    # -- what the window asks -------------------------------------------------------------------
    def describe(self, place: str, demo: bool = False) -> None:
        """The line under the title (city, "demo data"); in the demo, which accounts there are."""
        demo_hint = ""
        if demo:
            from dispatch_desk.demo.city import DEMO_ACCOUNTS, DEMO_PASSWORD

            accounts = ", ".join(login for login, *_ in DEMO_ACCOUNTS)
            demo_hint = self.tr('Demo accounts: %1 — the password of each is "%2".')
            demo_hint = demo_hint.replace("%1", accounts).replace("%2", DEMO_PASSWORD)
        self.subtitle.setText(place)
        self.hint.setText(demo_hint)
        self.hint.setVisible(bool(demo_hint))
        self._fit()

    def ask(self, login: str = "", locked_by: str = "") -> None:
        """Ask for a sign-in; ``locked_by``: the person who locked the desk (their login is filled in)."""
        self._changing_for = None
        self._show_new_password(False)
        self.button.setText(self.tr("Sign in"))
        if locked_by:
            self.locked_note.setText(
                self.tr(
                    "Locked by %1. Sign in again to go on, or sign in as the next person of the shift."
                ).replace("%1", locked_by)
            )
        self.locked_note.setVisible(bool(locked_by))
        self._fit()
        self.login.setText(login)
        self.password.clear()
        self.set_busy(False)
        (self.password if login else self.login).setFocus()

    def ask_new_password(self, login: str, old_password: str) -> None:
        """Signed in with a one-time password: a new one must be chosen before anything else."""
        self._changing_for = (login, old_password)
        self._show_new_password(True)
        self.button.setText(self.tr("Set the new password"))
        self.set_busy(False, self.tr("Choose your own password now; the one you were given works only once."))
        self.message.setStyleSheet("")
        self.new_password.setFocus()

    def refuse(self, text: str) -> None:
        self.set_busy(False, text)
        self.message.setStyleSheet("color: #c62828;")
        self.password.clear()
        (self.new_password if self._changing_for else self.password).setFocus()

    def set_busy(self, busy: bool, text: str = "") -> None:
        for widget in (self.login, self.password, self.new_password, self.repeat_password, self.button):
            widget.setEnabled(not busy)
        self.message.setText(text)
        self._fit()

    # -- what was typed -------------------------------------------------------------------------
    def submit(self) -> None:
        if not self.button.isEnabled():
            return
        if self._changing_for is not None:
            new, again = self.new_password.text(), self.repeat_password.text()
            if new != again:
                self.refuse(self.tr("The two new passwords differ."))
                return
            login, old = self._changing_for
            self.set_busy(True, self.tr("Saving the new password…"))
            self.passwordChangeRequested.emit(login, old, new)
            return
        login, password = self.login.text().strip(), self.password.text()
        if not login or not password:
            self.refuse(self.tr("Type your login and your password."))
            return
        self.set_busy(True, self.tr("Signing in…"))
        self.signInRequested.emit(login, password)

    def clear_secrets(self) -> None:
        for field in (self.password, self.new_password, self.repeat_password):
            field.clear()

    def _show_new_password(self, on: bool) -> None:
        for field in (self.new_password, self.repeat_password):
            field.clear()
            self.form.setRowVisible(field, on)
        self.form.setRowVisible(self.password, not on)
        self.login.setReadOnly(on)
        self._fit()

    def _fit(self) -> None:
        """The card as tall as its wrapped lines need at its fixed width: a layout asks a wrapped label
        only for its size at some width of its own, and would otherwise squeeze the fields."""
        layout = self.card.layout()
        if layout is not None:
            layout.activate()
            self.card.setMinimumHeight(layout.totalHeightForWidth(self.card.width()))
