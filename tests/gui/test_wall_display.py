"""The wall display: signed in once under the wall account, the board full of large type, live as
incidents come, never locked; an account that may not show the board is refused."""

from __future__ import annotations

import pytest

from dispatch_desk.config import Settings
from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.ui.wall import TYPE_SCALE, WallWindow

pytestmark = pytest.mark.gui


def _wall(qtbot, db, monkeypatch, login: str) -> WallWindow:
    settings = Settings()
    settings.database_url = db.url
    settings.user = login
    monkeypatch.setenv("DISPATCH_DESK_PASSWORD", "demo")
    window = WallWindow(settings)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.start()
    return window


def test_the_wall_shows_the_board_live_in_large_type(qtbot, sqlite_city, monkeypatch):
    window = _wall(qtbot, sqlite_city, monkeypatch, "wall")
    try:
        qtbot.waitUntil(lambda: window.board is not None, timeout=30_000)
        assert window.pages.currentIndex() == 1 and window.model.rowCount() >= 13  # 12 precincts and the city
        app_points = window.sign_in_screen.font().pointSizeF()
        assert window.table.font().pointSizeF() >= TYPE_SCALE * app_points * 0.99
        before = window.board.city.open_by_priority[0]
        DeskService(sqlite_city, Principal.for_system("calls")).create_incident(
            CallDraft(Channel.PHONE, "robbery", "Грабёж", "Естая 105")
        )
        qtbot.waitUntil(lambda: window.board.city.open_by_priority[0] == before + 1, timeout=15_000)
        assert "Updated" in window.state.text()
        assert not hasattr(window, "session")  # no idle lock: nothing personal is on it to hide
    finally:
        window.close()


def test_an_account_that_may_not_show_the_board_is_refused(qtbot, sqlite_city, monkeypatch):
    window = _wall(qtbot, sqlite_city, monkeypatch, "admin")
    try:
        qtbot.waitUntil(
            lambda: "may not show the city board" in window.sign_in_screen.message.text(), timeout=30_000
        )
        assert window.pages.currentIndex() == 0 and window.board is None
    finally:
        window.close()
