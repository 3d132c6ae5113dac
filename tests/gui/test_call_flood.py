"""A flood of calls from the app on the desk: the first few are listed one by one, the rest are one line
that answers the longest waiting of them; a handful of calls is listed as it always was."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from dispatch_desk.domain.calls import AppCall
from dispatch_desk.domain.values import Caller
from dispatch_desk.ui.call.list import SHOWN_WAITING, CallsList

pytestmark = pytest.mark.gui
NOW = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)


def calls(count: int) -> list[AppCall]:
    return [
        AppCall.start(
            Caller.create(f"Звонящий {n}", f"+7701555{n:04d}", None),
            None,
            NOW - timedelta(seconds=count - n),
            call_id=f"call-{n:03d}",
        )
        for n in range(count)
    ]


def test_two_hundred_calls_are_six_rows_and_one_line(qtbot):
    listed = CallsList("Asia/Almaty")
    qtbot.addWidget(listed)
    listed.show()
    qtbot.waitExposed(listed)
    listed.activateWindow()
    flood = calls(200)
    listed.show_calls(flood, NOW, "operator")
    assert listed.live.rowCount() == SHOWN_WAITING + 1
    assert "200 waiting" in listed.title.text()
    collapsed = listed.live.item(SHOWN_WAITING, 0).text()
    assert collapsed.startswith(f"{200 - SHOWN_WAITING} more calls waiting")
    with qtbot.waitSignal(listed.answerRequested) as answered:
        listed.live.setCurrentCell(SHOWN_WAITING, 0)
        listed.live.setFocus()
        qtbot.keyClick(listed.live, Qt.Key.Key_Return)
    assert answered.args == [flood[SHOWN_WAITING].id]  # the longest waiting of the collapsed ones
    assert listed.selected_call() == flood[SHOWN_WAITING].id


def test_a_handful_of_calls_is_listed_one_by_one(qtbot):
    listed = CallsList("Asia/Almaty")
    qtbot.addWidget(listed)
    listed.show_calls(calls(SHOWN_WAITING), NOW, "operator")
    assert listed.live.rowCount() == SHOWN_WAITING and listed.hidden == []
