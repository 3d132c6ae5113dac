"""Who is at this desk: signing in, locking the screen when nobody touches it, and the shift change.

``DeskSession`` runs each sign-in on the lane (Argon2 takes a noticeable fraction of a second), tells
the window when a person begins and ends, and locks the desk after ``idle_lock_minutes`` without a key
or a click. A locked desk keeps everything loaded but shows only the sign-in screen; the same person
signs in again and is back where they were, another person signing in is a shift change: the first
person's session ends, the desk loads again for the second — and the call being typed stays in its
form all along.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.services.accounts import SignedIn, SignInRefused

if TYPE_CHECKING:
    from dispatch_desk.composition import Services
    from dispatch_desk.ui.tasks import TaskRunner
    from dispatch_desk.ui.widgets.sign_in import SignInScreen

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatch(QObject):
    """Calls ``on_idle`` after ``minutes`` without a key, click or mouse move in the application."""

    def __init__(self, minutes: float, on_idle: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(on_idle)
        self.enabled = minutes > 0

    def start(self) -> None:
        if self.enabled:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()  # restart: the person is there
        return False


class DeskSession(QObject):
    began = Signal(object)  # Principal: load the desk for this person
    ended = Signal()  # the person's session is over: drop what was loaded for them
    lockedChanged = Signal(bool)  # True: hide the desk; False: show it again

    def __init__(
        self, screen: SignInScreen, tasks: TaskRunner, idle_minutes: float, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.screen = screen
        self.tasks = tasks
        self.services: Services | None = None
        self.principal: Principal | None = None
        self.locked = True  # nobody signed in yet: the sign-in screen is what shows
        self.idle = IdleWatch(idle_minutes, self.lock, self)
        screen.signInRequested.connect(self.sign_in)
        screen.passwordChangeRequested.connect(self.change_password)

    def ready(self, services: Services, login: str = "") -> None:
        """The database is open: ask who is there."""
        self.services = services
        self.screen.ask(login)

    # -- signing in -----------------------------------------------------------------------------
    def sign_in(self, login: str, password: str) -> None:
        services = self.services
        if services is None:
            return
        self.tasks.run(
            lambda: services.accounts.sign_in(login, password),
            lambda signed: self._signed_in(signed, password),
            self._refused,
        )

    def change_password(self, login: str, old: str, new: str) -> None:
        services = self.services
        if services is None:
            return

        def work() -> SignedIn:
            services.accounts.change_password(login, old, new)
            return services.accounts.sign_in(login, new)

        self.tasks.run(work, lambda signed: self._signed_in(signed, new), self._refused)

    def _signed_in(self, signed: SignedIn, password: str) -> None:
        if signed.must_change_password:
            self.screen.ask_new_password(signed.principal.login, password)
            return
        self.screen.clear_secrets()
        person = signed.principal
        previous = self.principal
        if previous is not None and previous.login == person.login and previous.roles == person.roles:
            self.principal = person
            self._unlock()
            return
        if previous is not None:
            self.ended.emit()  # a shift change at the locked desk: the first person's session ends
        self.principal = person
        self.began.emit(person)
        self._unlock()

    def _unlock(self) -> None:
        self.locked = False
        self.lockedChanged.emit(False)
        self.idle.start()

    def _refused(self, error: Exception) -> None:
        if isinstance(error, SignInRefused):
            self.screen.refuse(self.refusal_text(error))
        elif isinstance(error, ValidationError):  # the new password is not acceptable
            self.screen.refuse(str(error))
        else:
            self.screen.refuse(self.tr("Cannot sign in now: %1").replace("%1", str(error)))

    def refusal_text(self, error: SignInRefused) -> str:
        if error.reason == "locked":  # the centre's clock, as the desk's own clock shows it
            zone = ZoneInfo(self.services.settings.timezone) if self.services is not None else None
            until = error.until.astimezone(zone).strftime("%H:%M") if error.until else ""
            return self.tr("Too many failed sign-ins: the account is locked until %1.").replace("%1", until)
        if error.reason == "disabled":
            return self.tr("This account is disabled. An administrator can enable it.")
        return self.tr("Wrong login or password.")

    # -- locking and signing out ------------------------------------------------------------------
    def lock(self) -> None:
        """Hide the desk until the same person (or the next of the shift) signs in."""
        person, services = self.principal, self.services
        if person is None or services is None or self.locked:
            return
        self.locked = True
        self.idle.stop()
        self.lockedChanged.emit(True)
        self.screen.ask(person.login, locked_by=person.full_name)
        self.tasks.run(lambda: services.accounts.sign_out(person, screen_lock=True))

    def sign_out(self) -> None:
        person, services = self.principal, self.services
        if person is None or services is None:
            return
        self.principal = None
        self.locked = True
        self.idle.stop()
        self.lockedChanged.emit(True)
        self.ended.emit()
        self.screen.ask("")
        self.tasks.run(lambda: services.accounts.sign_out(person))
