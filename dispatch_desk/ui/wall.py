"""The wall display (``dispatch-desk --wall``): the city board full screen, in type read across the room.

It signs in once under a wall account (role ``wall``: the board's counts and nothing else; on PostgreSQL
its database role reads only the columns without a person's data) and then stays: it never idle-locks,
a desk's shift change does not touch it, and when its sign-in lapses (a server secret lasts 13 hours) it
signs in again by itself. The board is read every few seconds on a background lane; when the database
is away the last board stays up, marked with the time it was read.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from functools import partial
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.composition import Services, open_services
from dispatch_desk.config import Settings
from dispatch_desk.domain.access import Permission, Principal
from dispatch_desk.services.account_terms import SignedIn, SignInRefused
from dispatch_desk.services.wall import WallBoard
from dispatch_desk.ui import labels
from dispatch_desk.ui.board import BoardModel, ContactsBars
from dispatch_desk.ui.tasks import TaskRunner
from dispatch_desk.ui.widgets.named import named
from dispatch_desk.ui.widgets.sign_in import SignInScreen

READ_EVERY_MS = 3000
RETRY_MS = 5000
TYPE_SCALE = 2.0  # of the desk's type: read from across the room


class WallWindow(QMainWindow):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("wallWindow")
        self.settings = settings
        self.zone = ZoneInfo(settings.timezone)
        self.tasks = TaskRunner(self)
        self.services: Services | None = None
        self.principal: Principal | None = None
        self._password = ""  # kept in memory only: to sign in again when the sign-in lapses
        self.board: WallBoard | None = None
        self.read_at: datetime | None = None
        self.reading = False
        self.failures = 0  # reads failed in a row: every third, the wall signs in again
        self.pages = QStackedWidget()
        self.sign_in_screen = SignInScreen()
        self.sign_in_screen.signInRequested.connect(self.sign_in)
        self.pages.addWidget(self.sign_in_screen)
        self.pages.addWidget(self._board_page())
        self.setCentralWidget(self.pages)
        self.setWindowTitle(self.tr("City board — wall display"))
        self.timer = QTimer(self)
        self.timer.setInterval(READ_EVERY_MS)
        self.timer.timeout.connect(self.read)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self._tick)
        QShortcut(QKeySequence("F11"), self, self._toggle_full_screen)
        QShortcut(QKeySequence("Ctrl+Q"), self, self.close)

    def _board_page(self) -> QWidget:
        page = QWidget()
        self.title = named(QLabel(), "wallTitle")
        self.clock = named(QLabel(), "wallClock")
        self.state = named(QLabel(), "wallState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        base = QFont(self.font())
        points = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
        for label, scale in ((self.title, 1.4), (self.clock, 1.4), (self.state, 0.8)):
            font = QFont(base)
            font.setPointSizeF(points * TYPE_SCALE * scale)
            font.setBold(label is not self.state)
            label.setFont(font)
        self.model = BoardModel(self)
        self.table = named(QTableView(), "wallBoard")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(BoardModel.COLUMNS.index("contacts"), ContactsBars(self.table))
        font = QFont(base)
        font.setPointSizeF(points * TYPE_SCALE)
        self.table.setFont(font)
        self.table.horizontalHeader().setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().lineSpacing() + 16)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BoardModel.COLUMNS.index("contacts"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.table.fontMetrics().horizontalAdvance("000"))
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long title keeps its first words
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.clock)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.state)
        return page

    # -- start and sign-in ------------------------------------------------------------------------
    def start(self) -> None:
        """Open the database in the background; sign in by itself when the wall's login and password are
        given (``DISPATCH_DESK_USER``, ``DISPATCH_DESK_PASSWORD``), else ask on the screen."""
        self.sign_in_screen.set_busy(True, self.tr("Opening the database…"))
        settings = self.settings
        self.tasks.run(
            lambda: open_services(settings, first_administrator=False), self._opened, self._open_failed
        )

    def _opened(self, services: Services) -> None:
        self.services = services
        self.sign_in_screen.describe(self.tr("City board — wall display"))
        self.sign_in_screen.set_busy(False)
        login, password = self.settings.user, os.environ.get("DISPATCH_DESK_PASSWORD", "")
        if login and password:
            self.sign_in(login, password)
        else:
            self.sign_in_screen.login.setFocus()

    def _open_failed(self, error: Exception) -> None:
        self.sign_in_screen.set_busy(
            True, self.tr("The database is not available: %1").replace("%1", str(error))
        )
        self.tasks.later(RETRY_MS, self.start)

    def sign_in(self, login: str, password: str) -> None:
        services = self.services
        if services is None:
            return
        self.sign_in_screen.set_busy(True, self.tr("Signing in…"))
        self.tasks.run(
            lambda: services.accounts.sign_in(login, password),
            lambda signed: self._signed_in(signed, password),
            self._refused,
        )

    def _signed_in(self, signed: SignedIn, password: str) -> None:
        person = signed.principal
        if self.principal is not None and person.login == self.principal.login:  # signed in again
            self.principal, self.failures = person, 0
            self.read()
            return
        self.sign_in_screen.clear_secrets()
        if not person.may(Permission.READ_BOARD):
            self.sign_in_screen.refuse(self.tr("This account may not show the city board."))
            return
        if signed.must_change_password:
            self.sign_in_screen.refuse(self.tr("Choose a new password for this account at a desk first."))
            return
        self.principal, self._password = person, password
        self.pages.setCurrentIndex(1)
        self.title.setText(self.tr("City board"))
        self.read()
        self.timer.start()
        self.clock_timer.start()
        self._tick()

    def _refused(self, error: Exception) -> None:
        if isinstance(error, SignInRefused) and error.reason == "disabled":
            text = self.tr("This account is disabled. An administrator can enable it.")
        elif isinstance(error, SignInRefused):
            text = self.tr("Wrong login or password.")
        else:
            text = str(error)
        if self.principal is not None:  # signing in again by itself: the board stays, marked stale
            self.state.setText(self.tr("Cannot sign in again: %1").replace("%1", text))
            self.tasks.later(RETRY_MS, partial(self.sign_in, self.principal.login, self._password))
            return
        self.sign_in_screen.refuse(text)

    # -- the board --------------------------------------------------------------------------------
    def read(self) -> None:
        services, person = self.services, self.principal
        if services is None or person is None or self.reading:
            return
        self.reading = True
        wall = services.wall_for(person)
        self.tasks.run(wall.board, self._show, self._read_failed)

    def _show(self, board: WallBoard) -> None:
        self.reading, self.failures = False, 0
        self.board, self.read_at = board, board.at
        self.model.names = {p.code: p.name(self.settings.language) for p in board.precincts}
        self.model.set_lines(board.lines, board.city)
        self._tick()

    def _read_failed(self, error: Exception) -> None:
        self.reading = False
        self.failures += 1
        self._tick(" ".join(str(error).split())[:200])
        if self.principal is not None and self.failures % 3 == 0:  # the sign-in may have lapsed: again
            self.sign_in(self.principal.login, self._password)

    def _tick(self, problem: str = "") -> None:
        now = datetime.now(UTC).astimezone(self.zone)
        self.clock.setText(now.strftime("%H:%M:%S"))
        if self.read_at is None:
            self.state.setText(problem or self.tr("Reading the board…"))
            return
        read = self.read_at.astimezone(self.zone).strftime("%H:%M:%S")
        stale = (now - self.read_at.astimezone(self.zone)).total_seconds() > 3 * READ_EVERY_MS / 1000
        text = self.tr("Updated %1").replace("%1", read)
        if stale or problem:
            text = (
                self.tr("NOT UPDATED since %1: %2")
                .replace("%1", read)
                .replace("%2", problem or self.tr("the database does not answer"))
            )
        self.state.setText(text)
        self.state.setStyleSheet("color: #c62828; font-weight: bold;" if stale or problem else "")
        city = self.services.city if self.services is not None else ""
        self.title.setText(self.tr("City board") + (" · " + labels.city(city) if city else ""))

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def closeEvent(self, event) -> None:
        self.timer.stop()
        self.clock_timer.stop()
        person, services = self.principal, self.services
        if person is not None and services is not None:  # on the lane; the server ends it at its time anyway
            self.tasks.run(lambda: services.accounts.sign_out(person))
        self.tasks.shutdown(5000)
        super().closeEvent(event)
