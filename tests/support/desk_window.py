"""Starting a desk window (without the map) in a GUI test and waiting until its database is open,
then signing a person in through the sign-in screen as they would."""

from __future__ import annotations

import json
from contextlib import contextmanager

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from dispatch_desk.config import Settings
from dispatch_desk.ui.main_window import MainWindow
from tests.support.people import DEMO_PASSWORD, PASSWORD


def sign_in(qtbot, window: MainWindow, login: str, password: str = PASSWORD, timeout: int = 20_000) -> None:
    screen = window.sign_in_screen
    qtbot.waitUntil(lambda: screen.button.isEnabled(), timeout=timeout)
    screen.login.setText(login)
    screen.password.setText(password)
    screen.submit()
    qtbot.waitUntil(lambda: window.now.desk is not None, timeout=timeout)


def open_window(
    qtbot, settings: Settings, timeout: int = 20_000, *, login: str | None = None, password: str = PASSWORD
) -> MainWindow:
    window = MainWindow(settings, with_map=False)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.now.services is not None, timeout=timeout)
    if login:
        sign_in(qtbot, window, login, password, timeout)
    return window


def type_text(widget, text: str) -> None:
    """Type as a keyboard layout does: one key event per character, carrying the character (QTest's own
    keyClicks cannot send characters outside Latin-1, such as Cyrillic and Kazakh letters)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def js(qtbot, window, script: str):
    """Run JavaScript in the map page and wait for its JSON answer."""
    box: list = []
    window.map.page().runJavaScript(f"JSON.stringify({script})", 0, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    return json.loads(box[0]) if box[0] is not None else None


def wait_map(qtbot, window, predicate, script: str, timeout: int = 10_000):
    result: dict = {}

    def check() -> bool:
        result["value"] = js(qtbot, window, script)
        return predicate(result["value"])

    qtbot.waitUntil(check, timeout=timeout)
    return result["value"]


@contextmanager
def demo_desk(qtbot, db, login: str):
    """A desk window (without the map) on the demo city ``db``, ``login`` signed in; closed after."""
    settings = Settings()
    settings.database_url = db.url
    window = open_window(qtbot, settings, 30_000, login=login, password=DEMO_PASSWORD)
    try:
        yield window
    finally:
        window.close()


@contextmanager
def map_desk(qtbot, db, login: str):
    """A desk window with its map on the demo city ``db``, ``login`` signed in and the map ready."""
    settings = Settings()
    settings.database_url = db.url
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.start()
    try:
        qtbot.waitUntil(lambda: window.now.services is not None, timeout=30_000)
        sign_in(qtbot, window, login, DEMO_PASSWORD, 30_000)
        qtbot.waitUntil(lambda: window.map.ready, timeout=30_000)
        yield window
    finally:
        window.close()


YARD = (52.2873, 76.9674)  # a yard in precinct 05 of the demo city


def plant_yard(
    db,
    count: int = 40,
    *,
    seed: int = 3,
    description: str = "",
    caller: tuple[str, str] = ("", ""),
    spread: float = 2.0,  # over the yard cell and its neighbours: a hot spot whatever the day around it
):
    """``count`` fights reported from the yard at ``YARD`` (its address: улица Лермонтова, 81, кв. 17),
    scattered over its few blocks: a hot spot and a repeat address."""
    import numpy as np

    from dispatch_desk.domain.access import Principal
    from dispatch_desk.domain.enums import Channel
    from dispatch_desk.domain.values import Location
    from dispatch_desk.services.desk import CallDraft, DeskService

    desk = DeskService(db, Principal.for_system("test-setup"))
    rng = np.random.default_rng(seed)
    for _ in range(count):
        lat, lon = YARD[0] + rng.normal(0, 0.0006 * spread), YARD[1] + rng.normal(0, 0.0009 * spread)
        desk.create_incident(
            CallDraft(
                Channel.PHONE,
                "fight_assault",
                description,
                "улица Лермонтова, 81, кв. 17",
                Location.placed(lat, lon),
                *caller,
            )
        )
    return desk
