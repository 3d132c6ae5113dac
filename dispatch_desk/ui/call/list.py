"""The calls dock: calls from the app ringing and in progress (who, precinct, nearest address, how long
they wait, who took them) and the missed calls to call back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.calls import AppCall
from dispatch_desk.domain.enums import Channel
from dispatch_desk.ui.models.incidents import channel_icon
from dispatch_desk.ui.widgets.tables import list_table

RINGING = QColor("#2e7d32")
FLOOD = QColor("#b71c1c")
SHOWN_WAITING = 6  # waiting calls listed one by one; more than this are one line (a flood of calls)


def waited_text(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class CallsList(QWidget):
    answerRequested = Signal(str)  # a call's id (double-click, Enter)

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appCalls")
        self.zone = ZoneInfo(zone)
        self.title = QLabel()
        self.title.setObjectName("callsTitle")
        live = [
            self.tr("Caller"),
            self.tr("Precinct"),
            self.tr("Nearest address"),
            self.tr("Waits"),
            self.tr("State"),
        ]
        missed = [self.tr("Caller"), self.tr("Phone"), self.tr("Missed at")]
        self.live = list_table("liveCalls", live, single=True, fit=False, wrap=False)
        self.missed = list_table("missedCalls", missed, single=True, fit=False, wrap=False)
        self.live.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.missed.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.missed.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.localize: Callable[[str], str] = str  # addresses in the desk's language (the part sets it)
        self.live.cellDoubleClicked.connect(lambda row, _col: self._answer_row(row))
        self.live.installEventFilter(self)
        self.answer_button = QPushButton()
        self.called_back_button = QPushButton()
        self.missed_title = QLabel(self.tr("Missed calls to call back"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.live, 3)
        layout.addWidget(self.answer_button)
        layout.addWidget(self.missed_title)
        layout.addWidget(self.missed, 2)
        layout.addWidget(self.called_back_button)
        self.calls: list[AppCall] = []  # listed one by one
        self.hidden: list[AppCall] = []  # waiting, in the collapsed line
        self.to_call_back: list[AppCall] = []
        self.show_calls([], datetime.now().astimezone(), "")

    def eventFilter(self, watched, event) -> bool:
        """Enter on the list of live calls answers the current one (the table itself would only move)."""
        if (
            watched is self.live
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._answer_row(self.live.currentRow())
            return True
        return super().eventFilter(watched, event)

    def _answer_row(self, row: int) -> None:
        if 0 <= row < len(self.calls) and self.calls[row].waiting:
            self.answerRequested.emit(self.calls[row].id)
        elif row == len(self.calls) and self.hidden:  # the collapsed line: the longest waiting of it
            self.answerRequested.emit(self.hidden[0].id)

    def caller_text(self, call: AppCall) -> str:
        return " · ".join(x for x in (call.caller.name, call.caller.phone or "") if x) or self.tr(
            "(not given)"
        )

    def show_calls(self, calls: list[AppCall], now: datetime, me: str) -> None:
        """The live calls, the longest waiting first; ``me``: this desk's login (its own call is marked).
        More than ``SHOWN_WAITING`` waiting calls (a flood, from pranksters or a disaster) are listed up to
        that and the rest as one line, which answers the longest waiting of them."""
        selected = self.selected_call()
        ordered = sorted(calls, key=lambda c: (not c.waiting, c.rung_at, c.id))
        waiting = [c for c in ordered if c.waiting]
        self.hidden = waiting[SHOWN_WAITING:]
        self.calls = [c for c in ordered if c not in self.hidden]
        self.title.setText(
            self.tr("Calls from the app: %1 waiting").replace("%1", str(len(waiting)))
            if waiting
            else self.tr("Calls from the app: none waiting")
        )
        self.live.setRowCount(len(self.calls) + (1 if self.hidden else 0))
        for row, call in enumerate(self.calls):
            self._row(row, call, now, me)
            if call.id == selected:
                self.live.selectRow(row)
        if self.hidden:
            self._collapsed(len(self.calls), now)
        self.live.resizeColumnToContents(0)

    def _row(self, row: int, call: AppCall, now: datetime, me: str) -> None:
        if call.waiting:
            state = self.tr("ringing")
        elif call.answered_by == me:
            state = self.tr("your call")
        else:
            state = self.tr("taken by %1").replace("%1", call.answered_by_name or call.answered_by)
        cells = (
            self.caller_text(call),
            call.precinct or "—",
            self.localize(call.address) or "—",
            waited_text(call.waited_s(now)),
            state,
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, call.id)
            if column == 0:  # a video call or a voice call, as the queue shows its channels
                item.setIcon(channel_icon(Channel.VIDEO_CALL if call.video else Channel.PHONE))
                item.setToolTip(self.tr("video call") if call.video else self.tr("voice call"))
            if call.waiting:
                item.setForeground(QBrush(RINGING))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.live.setItem(row, column, item)

    def _collapsed(self, row: int, now: datetime) -> None:
        """One line for every waiting call past the first few."""
        oldest = self.hidden[0]
        cells = (
            self.tr("%n more calls waiting", "", len(self.hidden)),
            "",
            self.tr("a flood of calls? Enter answers the longest waiting"),
            waited_text(oldest.waited_s(now)),
            self.tr("ringing"),
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, oldest.id)
            item.setForeground(QBrush(FLOOD))
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.live.setItem(row, column, item)

    def tick(self, now: datetime) -> None:
        """Advance the waiting times (every second)."""
        for row, call in enumerate([*self.calls, *self.hidden[:1]]):
            item = self.live.item(row, 3)
            if item is not None:
                item.setText(waited_text(call.waited_s(now)))

    def show_missed(self, calls: list[AppCall]) -> None:
        self.to_call_back = list(calls)
        self.missed.setRowCount(len(calls))
        for row, call in enumerate(calls):
            at = (call.ended_at or call.rung_at).astimezone(self.zone).strftime("%H:%M")
            for column, text in enumerate((call.caller.name or "—", call.caller.phone or "—", at)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, call.id)
                self.missed.setItem(row, column, item)
        self.missed_title.setText(
            self.tr("Missed calls to call back: %1").replace("%1", str(len(calls)))
            if calls
            else self.tr("Missed calls to call back: none")
        )

    def selected_call(self) -> str | None:
        row = self.live.currentRow()
        if 0 <= row < len(self.calls):
            return self.calls[row].id
        return self.hidden[0].id if row == len(self.calls) and self.hidden else None

    def selected_missed(self) -> str | None:
        row = self.missed.currentRow()
        return self.to_call_back[row].id if 0 <= row < len(self.to_call_back) else None
