"""``dispatch-desk screenshot``: the main window rendered offscreen on the current database."""

from __future__ import annotations

import os
from pathlib import Path

from dispatch_desk.config import Settings


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
    ``problem`` (the person's newest problem). ``night``: in the night palette."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from dispatch_desk.domain.errors import DomainError
    from dispatch_desk.ui.app import choose_language, create_application, install_translations
    from dispatch_desk.ui.main_window import MainWindow

    app = create_application()
    settings.language = choose_language(settings.language)
    install_translations(app, settings.language)
    if show == "wall":
        return _wall(app, settings, out, size, password, timeout_s, night)
    window = MainWindow(settings)
    window.resize(*size)
    window.show()
    window.start()
    clock = QElapsedTimer()
    clock.start()

    def wait_for(condition, what: str) -> None:
        while not condition():
            if clock.elapsed() > timeout_s * 1000:
                window.close()
                raise DomainError(f"the desk did not become ready for the screenshot: {what}")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    wait_for(lambda: window.services is not None or (not window.database_ok and "unavailable" in window.database_status.text()),
             "the database")  # fmt: skip
    if window.services is None:
        window.close()
        raise DomainError(window.database_status.text())
    wait_for(lambda: window.map.ready, "the map")
    if settings.user:
        window.sign_in_screen.login.setText(settings.user)
        window.sign_in_screen.password.setText(password or "")
        window.sign_in_screen.submit()
        wait_for(lambda: window.desk is not None or window.sign_in_screen.button.isEnabled(), "the sign-in")
        if window.desk is None:
            message = window.sign_in_screen.message.text()
            window.close()
            raise DomainError(f"cannot sign in as {settings.user}: {message}")
    if select:
        if window.queue.model.row_of(select) is None:
            window.close()
            raise DomainError(f"incident {select} is not open on the desk")
        window.select_incident(select)
    if select or window.desk_actions.actions["dispatch_first"].isVisible():  # a desk that works incidents
        wait_for(
            lambda: window.detail.incident is not None or window.queue.model.rowCount() == 0,
            "the incident detail",
        )
    shown = window
    if night:
        window.desk_actions.actions["dark"].setChecked(True)
        window.toggle_palette(True)
    if show == "locked":
        window.lock_screen()
    elif show in ("accounts", "audit"):
        getattr(window.admin, show)()
        if not window.admin.dialogs:
            window.close()
            raise DomainError(f"{settings.user or 'nobody'} may not open the {show} window")
        shown = window.admin.dialogs[-1]
        shown.resize(*size)
        wait_for(lambda: shown.table.rowCount() > 0 or "line" in shown.status.text(), f"the {show} window")
    elif show == "intervals":
        window.admin.intervals()
        wait_for(lambda: bool(window.admin.dialogs), "the intervals window")
        shown = window.admin.dialogs[-1]
        shown.resize(*size)
        wait_for(lambda: shown.report is not None, "the intervals")
    elif show == "board":
        window.admin.board()
        wait_for(lambda: bool(window.admin.dialogs), "the city board")
        shown = window.admin.dialogs[-1]
        shown.resize(*size)
        wait_for(lambda: shown.model.rowCount() > 1 and bool(shown.contacts), "the city board's figures")
    elif show in ("hotspots", "problem"):
        window.desk_actions.actions["hot_spots"].trigger()
        wait_for(lambda: bool(window.hot_spots.shown), "the hot-spot layer")
        if show == "problem":
            window.problems.show_list()
            wait_for(lambda: window.problems.list_dialog is not None and bool(window.problems.list_dialog.problems),
                     "a problem of the precinct")  # fmt: skip
            window.problems.list_dialog.hide()
            window.problems.show(window.problems.list_dialog.problems[0])
            shown = window.problems.dialog
            wait_for(lambda: bool(shown.assessment.text()), "the problem")
    pause = QEventLoop()
    QTimer.singleShot(1500, pause.quit)  # map tiles of vector layers and markers settle
    pause.exec()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not shown.grab().save(str(out)):
        window.close()
        raise DomainError(f"cannot write {out}")
    window.close()
    return out


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
