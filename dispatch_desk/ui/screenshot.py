"""``dispatch-desk screenshot``: the main window rendered offscreen on the current database."""

from __future__ import annotations

import os
from pathlib import Path

from dispatch_desk.config import Settings

MOVING_S = 20.0


def take_screenshot(
    settings: Settings,
    out: Path,
    size: tuple[int, int],
    select: str | None,
    timeout_s: float = 60,
    password: str | None = None,
    show: str = "desk",
    night: bool = False,
) -> Path:
    """The desk as ``settings.user`` sees it (signed in with ``password``); without a user, the sign-in
    screen itself. ``show``: ``locked`` (the desk locked behind its sign-in screen), ``accounts`` or
    ``audit`` (that window alone, as the person sees it), ``hotspots`` (the map's hot-spot layer on),
    ``problem`` (the person's newest problem), ``moving`` (the units as their trackers move them — with
    ``scripts/demo-patrols.sh`` running —, the map on the unit the fastest, its trail drawn for
    ``MOVING_S``). ``night``: in the night palette."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dispatch_desk.ui.app import choose_language, create_application, install_translations

    app = create_application()
    settings.language = choose_language(settings.language)
    install_translations(app, settings.language)
    if show == "wall":
        return _wall(app, settings, out, size, password, timeout_s, night)
    shooter = _Shooter(app, settings, size, timeout_s)
    shooter.open_desk()
    if settings.user:
        shooter.sign_in(settings.user, password or "")
    shooter.select(select)
    if night:
        shooter.window.desk_actions.actions["dark"].setChecked(True)
        shooter.window.toggle_palette(True)
    shown = shooter.view(show)
    return shooter.save(shown, out)


class _Shooter:
    """The main window opened offscreen, waited on until each thing the picture needs is there."""

    def __init__(self, app, settings: Settings, size: tuple[int, int], timeout_s: float) -> None:
        from PySide6.QtCore import QElapsedTimer

        from dispatch_desk.ui.main_window import MainWindow

        self.app, self.size, self.timeout_s = app, size, timeout_s
        self.window = MainWindow(settings)
        self.window.resize(*size)
        self.clock = QElapsedTimer()
        self.clock.start()

    def fail(self, message: str):
        from dispatch_desk.domain.errors import DomainError

        self.window.close()
        return DomainError(message)

    def wait_for(self, condition, what: str) -> None:
        from PySide6.QtCore import QEventLoop

        while not condition():
            if self.clock.elapsed() > self.timeout_s * 1000:
                raise self.fail(f"the desk did not become ready for the screenshot: {what}")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def open_desk(self) -> None:
        window = self.window
        window.show()
        window.start()
        unavailable = "unavailable"
        self.wait_for(
            lambda: (
                window.now.services is not None
                or (not window.database_status.ok and unavailable in window.database_status.text())
            ),
            "the database",
        )
        if window.now.services is None:
            raise self.fail(window.database_status.text())
        map_view = window.map
        if map_view is not None:
            self.wait_for(lambda: map_view.ready, "the map")

    def sign_in(self, user: str, password: str) -> None:
        screen = self.window.sign_in_screen
        screen.login.setText(user)
        screen.password.setText(password)
        screen.submit()
        self.wait_for(lambda: self.window.now.desk is not None or screen.button.isEnabled(), "the sign-in")
        if self.window.now.desk is None:
            raise self.fail(f"cannot sign in as {user}: {screen.message.text()}")

    def select(self, number: str | None) -> None:
        window = self.window
        if number:
            if window.queue.model.row_of(number) is None:
                raise self.fail(f"incident {number} is not open on the desk")
            window.selection.select_incident(number)
        if number or window.desk_actions.actions["dispatch_first"].isVisible():  # a desk that works incidents
            self.wait_for(
                lambda: window.detail.incident is not None or window.queue.model.rowCount() == 0,
                "the incident detail",
            )

    def view(self, show: str):
        """The widget to picture: the window, or the window ``show`` names, once it has its content."""
        window, admin = self.window, self.window.admin
        if show == "locked":
            window.lock_screen()
        elif show in ("accounts", "audit", "intervals", "board"):
            getattr(admin, show)()
            if show in ("intervals", "board"):  # opened once their figures are read
                self.wait_for(lambda: bool(window.windows.dialogs), f"the {show} window")
            elif not window.windows.dialogs:
                raise self.fail(f"{window.settings.user or 'nobody'} may not open the {show} window")
            shown = window.windows.dialogs[-1]
            shown.resize(*self.size)
            self.wait_for(lambda: _filled(show, shown), f"the {show} window")
            return shown
        elif show == "moving":
            self._moving()
        elif show == "routes":  # the units sent to the selected incident, on their way
            self.wait_for(lambda: bool(window.roads.drawn), "a route on the map")
        elif show == "cameras":  # the cameras' cones, those that see the selected incident stronger
            window.desk_actions.actions["camera_cones"].trigger()
            self.wait_for(lambda: window.cameras.cones_shown > 0, "the cameras on the map")
        elif show == "coverage":
            window.desk_actions.actions["coverage"].trigger()
            self.wait_for(lambda: window.roads.coverage_shown, "the coverage layer")
        elif show in ("hotspots", "problem"):
            window.desk_actions.actions["hot_spots"].trigger()
            self.wait_for(lambda: bool(window.hot_spots.shown), "the hot-spot layer")
            if show == "problem":
                return self._problem()
        return window

    def _moving(self) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        positions = self.window.positions
        self.wait_for(
            lambda: bool(positions.ctx.map_driver and positions.ctx.map_driver.motion), "tracked units"
        )
        motion = positions.ctx.map_driver.motion if positions.ctx.map_driver else {}
        fastest = max(motion, key=lambda call_sign: motion[call_sign][0] or 0.0)
        self.window.units.select(fastest)
        pause = QEventLoop()
        QTimer.singleShot(int(MOVING_S * 1000), pause.quit)  # the trail grows as the unit drives
        pause.exec()

    def _problem(self):
        problems = self.window.problems
        problems.show_list()
        self.wait_for(
            lambda: problems.list_dialog is not None and bool(problems.list_dialog.problems),
            "a problem of the precinct",
        )
        problems.list_dialog.hide()
        problems.show(problems.list_dialog.problems[0])
        shown = problems.dialog
        self.wait_for(lambda: bool(shown.assessment.text()), "the problem")
        return shown

    def save(self, shown, out: Path) -> Path:
        from PySide6.QtCore import QEventLoop, QTimer

        pause = QEventLoop()
        QTimer.singleShot(1500, pause.quit)  # map tiles of vector layers and markers settle
        pause.exec()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not shown.grab().save(str(out)):
            raise self.fail(f"cannot write {out}")
        self.window.close()
        return out


def _filled(show: str, shown) -> bool:
    """Whether a window opened for the picture shows its content yet."""
    if show in ("accounts", "audit"):
        return shown.table.rowCount() > 0 or "line" in shown.status.text()
    if show == "intervals":
        return shown.report is not None
    return shown.model.rowCount() > 1 and bool(shown.contacts)  # the city board's figures


def _wall(
    app,
    settings: Settings,
    out: Path,
    size: tuple[int, int],
    password: str | None,
    timeout_s: float,
    night: bool,
) -> Path:
    """The wall display as its account sees it, at ``size``, once the board has been read."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop

    from dispatch_desk.domain.errors import DomainError
    from dispatch_desk.ui.palette import apply_palette
    from dispatch_desk.ui.wall import WallWindow

    if night:
        apply_palette(True)
    os.environ.setdefault("DISPATCH_DESK_PASSWORD", password or "")
    window = WallWindow(settings)
    window.resize(*size)
    window.show()
    window.start()
    clock = QElapsedTimer()
    clock.start()
    while window.board is None:
        refused = "c62828" in window.sign_in_screen.message.styleSheet() and window.principal is None
        if clock.elapsed() > timeout_s * 1000 or (refused and window.sign_in_screen.button.isEnabled()):
            message = window.sign_in_screen.message.text() or window.state.text()
            window.close()
            raise DomainError(f"the wall display did not show the board: {message}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 200)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        window.close()
        raise DomainError(f"cannot write {out}")
    window.close()
    return out
