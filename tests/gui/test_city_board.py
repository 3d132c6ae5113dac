"""The shift lead's city board: live from another process's changes, overdue counted, a click narrows."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from dispatch_desk.ui.board import CITY, CityBoard
from tests.support.desk_window import demo_desk

pytestmark = pytest.mark.gui


def board_of(window) -> CityBoard | None:
    return next((d for d in window.windows.dialogs if isinstance(d, CityBoard)), None)


def lines(board: CityBoard) -> dict:
    return {board.model.line(r).code: board.model.line(r) for r in range(board.model.rowCount())}


def test_the_board_follows_another_process_and_a_click_narrows_the_desk(qtbot, sqlite_city):
    with demo_desk(qtbot, sqlite_city, "shiftlead") as window:
        assert window.desk_actions.actions["board"].isVisible()
        window.desk_actions.actions["board"].trigger()
        qtbot.waitUntil(lambda: board_of(window) is not None, timeout=10_000)
        board = board_of(window)
        qtbot.waitUntil(lambda: len(lines(board)) >= 13, timeout=10_000)  # 12 precincts and the city
        before = lines(board)
        assert before[CITY].open_total == sum(
            line.open_total for code, line in before.items() if code != CITY
        )
        assert (
            sum(
                line.units_available + line.units_busy + line.units_off
                for code, line in before.items()
                if code != CITY
            )
            == 42
        )
        # Another process takes a P1 call in precinct 01.
        script = textwrap.dedent(f"""
            from shapely.geometry import shape
            from dispatch_desk.domain.access import Principal
            from dispatch_desk.domain.enums import Channel
            from dispatch_desk.domain.values import Location
            from dispatch_desk.services.desk import CallDraft, DeskService
            from dispatch_desk.store.db import Database
            desk = DeskService(Database({sqlite_city.url!r}), Principal.for_system("other-desk"))
            point = shape(next(p for p in desk.read.precincts() if p.code == "01").boundary).representative_point()
            print(desk.create_incident(CallDraft(Channel.PHONE, "robbery", "Грабёж",
                                                 location=Location.placed(point.y, point.x))).number)
        """)
        made = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
        number = made.stdout.strip()
        qtbot.waitUntil(
            lambda: lines(board)["01"].open_by_priority[0] == before["01"].open_by_priority[0] + 1,
            timeout=15_000,
        )
        assert lines(board)[CITY].open_by_priority[0] == before[CITY].open_by_priority[0] + 1
        assert window.queue.model.row_of(number) is not None
        # A click on precinct 01 narrows the queue and the units to it; on the city, shows all again.
        row = next(r for r in range(board.model.rowCount()) if board.model.line(r).code == "01")
        board.table.clicked.emit(board.model.index(row, 0))
        assert (
            window.queue.precinct_filter.currentData() == "01"
            and window.units.precinct_filter.currentData() == "01"
        )
        board.table.clicked.emit(board.model.index(board.model.rowCount() - 1, 0))
        assert window.queue.precinct_filter.currentData() == ""


def test_an_operator_has_no_board(qtbot, sqlite_city):
    with demo_desk(qtbot, sqlite_city, "operator") as window:
        assert not window.desk_actions.actions["board"].isVisible()


def test_response_intervals_in_the_desk(qtbot, sqlite_city):
    from datetime import UTC, datetime, timedelta

    from dispatch_desk.domain.access import Principal, Role
    from dispatch_desk.services.analytics import Analytics
    from dispatch_desk.ui.intervals_view import IntervalsDialog

    with demo_desk(qtbot, sqlite_city, "shiftlead") as window:
        window.desk_actions.actions["intervals"].trigger()
        qtbot.waitUntil(
            lambda: any(isinstance(d, IntervalsDialog) for d in window.windows.dialogs), timeout=5_000
        )
        dialog = next(d for d in window.windows.dialogs if isinstance(d, IntervalsDialog))
        dialog.since.setDateTime(dialog.since.dateTime().addDays(-2))
        dialog.refresh()
        qtbot.waitUntil(
            lambda: dialog.report is not None and dialog.status.text() != "Reading…", timeout=10_000
        )
        query = dialog.query()
        expected = Analytics(sqlite_city, Principal("x", "X", (Role.SHIFT_LEAD,))).intervals(query)
        assert dialog.table.item(0, 0).text() == str(expected.intervals["queue"].n)
        assert expected.intervals["queue"].n > 0 and dialog.target.text().startswith(
            "P1 dispatched within 1 min"
        )
        assert dialog.chart.report is dialog.report and query.until - query.since > timedelta(hours=12)
        assert datetime.now(UTC) - query.until < timedelta(minutes=5)


def test_the_shift_lead_acknowledges_an_overdue_incident_and_sets_thresholds(qtbot, sqlite_city):
    from datetime import timedelta

    from PySide6.QtCore import Qt

    from dispatch_desk.domain.access import Principal
    from dispatch_desk.domain.enums import Channel
    from dispatch_desk.services.clock import utc_now
    from dispatch_desk.services.desk import CallDraft, DeskService
    from dispatch_desk.ui.models.incidents import ACKNOWLEDGED_COLOUR, OVERDUE_COLOUR
    from dispatch_desk.ui.overdue_view import OverdueDialog

    other = DeskService(sqlite_city, Principal.for_system("caller"))
    waiting = other.create_incident(
        CallDraft(
            Channel.PHONE, "robbery", "Грабёж", "Естая 101", received_at=utc_now() - timedelta(seconds=90)
        )
    )
    with demo_desk(qtbot, sqlite_city, "shiftlead") as window:
        model = window.queue.model
        qtbot.waitUntil(lambda: waiting.number in model.unacknowledged(), timeout=10_000)
        window.desk_actions.actions["overdue"].trigger()
        dialog = next(d for d in window.windows.dialogs if isinstance(d, OverdueDialog))
        row = next(
            r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == waiting.number
        )
        dialog.table.selectRow(row)
        dialog.acknowledge()
        qtbot.waitUntil(lambda: waiting.number not in model.unacknowledged(), timeout=10_000)
        index = model.index(model.row_of(waiting.number), 0)
        assert index.data(Qt.ItemDataRole.BackgroundRole) == ACKNOWLEDGED_COLOUR != OVERDUE_COLOUR
        assert "shiftlead" in model.index(model.row_of(waiting.number), 1).data(Qt.ItemDataRole.ToolTipRole)
        qtbot.waitUntil(
            lambda: any(
                dialog.table.item(r, 5).text().startswith("shiftlead") for r in range(dialog.table.rowCount())
            ),
            timeout=5_000,
        )
        assert "incident.overdue_acknowledged" in [e.kind for e in other.read.timeline(waiting.number)]

        dialog.spins["p2"].setValue(45)
        dialog.save_thresholds()
        qtbot.waitUntil(lambda: model.thresholds.not_dispatched_s[2] == 45.0, timeout=10_000)
        assert (
            DeskService(sqlite_city, Principal.for_system("x")).read.thresholds().not_dispatched_s[2] == 45.0
        )


def test_an_operator_has_no_overdue_list(qtbot, sqlite_city):
    with demo_desk(qtbot, sqlite_city, "operator") as window:
        assert not window.desk_actions.actions["overdue"].isVisible()
