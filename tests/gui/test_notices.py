"""Confirmations are shown whole (wrapped, never cut, in any language) and long enough to read, and the
recent ones can be looked up again: the status bar alone cut "A-71 dispatched t" and lost it in seconds."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QListWidget

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.ui.notices import RecentMessages
from tests.support.desk_window import demo_desk

pytestmark = pytest.mark.gui


def test_a_dispatch_is_confirmed_whole_and_kept(qtbot, sqlite_city):
    system = DeskService(sqlite_city, Principal.for_system("calls"))
    incident = system.create_incident(CallDraft(Channel.PHONE, "theft", "Украли сумку", "Естая 105"))
    with demo_desk(qtbot, sqlite_city, "operator") as window:
        window.resize(1600, 900)
        window.selection.look_at_incident(incident.number)
        qtbot.waitUntil(lambda: bool(window.detail.candidates), timeout=10_000)
        unit = window.detail.candidates[0].call_sign
        window.desk_actions.actions["dispatch_first"].trigger()
        notice = window.notices.notice
        qtbot.waitUntil(lambda: notice.isVisible() and unit in notice.text(), timeout=10_000)
        assert incident.number in notice.text()  # the whole confirmation, not "A-71 dispatched t"
        assert notice.geometry().right() <= window.width() and notice.height() >= notice.heightForWidth(
            notice.width()
        )
        window.statusBar().clearMessage()  # the bar moves on: the notice keeps its time
        assert notice.isVisible()

        long = "Ничего не отправлено: рекомендуемые наряды теперь на виду; " * 4
        window.statusBar().showMessage(long, 1000)
        assert notice.text() == long and notice.height() > 2 * notice.fontMetrics().height()  # wrapped

        window.desk_actions.actions["recent_messages"].trigger()
        dialog = next(d for d in window.findChildren(RecentMessages) if d.isVisible())
        lines = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert long.strip() in lines[0] and any(unit in line and incident.number in line for line in lines)
        assert isinstance(dialog.list, QListWidget)
        dialog.close()
