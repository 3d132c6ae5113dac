"""Response intervals in the desk (Ctrl+Alt+R): the figures of ``report intervals`` for a period, with
the queue's 60-second target and a chart of the queue and response times by hour of day.

The figures are read on the desk's lane (the database takes the differences); nothing is drawn from
citizens' text, so the chart paints numbers only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.intervals import INTERVALS, QUEUE_TARGET_S, IntervalReport
from dispatch_desk.services.analytics import IntervalQuery
from dispatch_desk.ui import labels
from dispatch_desk.ui.tasks import TaskRunner
from dispatch_desk.ui.widgets.moments import moment_edit, moment_of
from dispatch_desk.ui.widgets.named import named


def _minutes(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.1f} min"


class HourChart(QWidget):
    """The median (bar) and 90th percentile (tick) of the queue time by hour of day, the 60 s target as
    a line; the response time's median as a second, lighter bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hourChart")
        self.setMinimumHeight(180)
        self.report: IntervalReport | None = None

    def show_report(self, report: IntervalReport | None) -> None:
        self.report = report
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(64, 10, -10, -22)
        text = self.palette().text().color()
        painter.setPen(text)
        report = self.report
        if report is None or not report.by_hour:
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter, self.tr("No dispatched incidents in the period")
            )
            return
        top = max(
            [
                QUEUE_TARGET_S * 1.5,
                *(max(s["queue"].p90_s or 0, s["response"].p50_s or 0) for s in report.by_hour.values()),
            ]
        )
        width = area.width() / 24

        def y(seconds: float) -> float:
            return area.bottom() - min(seconds, top) / top * area.height()

        for hour in range(24):
            x = area.left() + hour * width
            parts = report.by_hour.get(hour)
            if parts and parts["queue"].p50_s is not None:
                painter.fillRect(
                    QRectF(
                        x + 2, y(parts["queue"].p50_s), width * 0.45, area.bottom() - y(parts["queue"].p50_s)
                    ),
                    QColor(21, 101, 192),
                )
                if parts["queue"].p90_s is not None:
                    painter.setPen(QPen(QColor(198, 40, 40), 2))
                    painter.drawLine(
                        int(x + 2),
                        int(y(parts["queue"].p90_s)),
                        int(x + width * 0.45 + 2),
                        int(y(parts["queue"].p90_s)),
                    )
            if parts and parts["response"].p50_s is not None:
                height = min(parts["response"].p50_s, top) / top * area.height() * 0.999
                painter.fillRect(
                    QRectF(x + width * 0.5, area.bottom() - height, width * 0.4, height),
                    QColor(144, 164, 174),
                )
            painter.setPen(text)
            if hour % 3 == 0:
                painter.drawText(
                    QRectF(x, area.bottom() + 2, width * 3, 18), Qt.AlignmentFlag.AlignLeft, f"{hour:02d}"
                )
        painter.setPen(QPen(QColor(46, 125, 50), 1, Qt.PenStyle.DashLine))
        painter.drawLine(int(area.left()), int(y(QUEUE_TARGET_S)), int(area.right()), int(y(QUEUE_TARGET_S)))
        painter.setPen(text)
        painter.drawText(QRectF(0, y(QUEUE_TARGET_S) - 8, 60, 16), Qt.AlignmentFlag.AlignRight, "60 s")
        painter.drawText(QRectF(0, area.top() - 4, 60, 16), Qt.AlignmentFlag.AlignRight, _minutes(top))


class IntervalsDialog(QDialog):
    """``read(query)`` runs on ``tasks``: the Analytics of the person signed in."""

    def __init__(
        self,
        read: Callable[[IntervalQuery], IntervalReport],
        tasks: TaskRunner,
        timezone: str,
        precincts: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intervalsDialog")
        self.setWindowTitle(self.tr("Response intervals"))
        self._read, self.tasks, self.timezone = read, tasks, timezone
        self.zone = ZoneInfo(timezone)
        self.report: IntervalReport | None = None
        self._asked = 0  # the newest reading wins
        now = datetime.now(UTC)
        self.since = moment_edit(timezone, now - timedelta(hours=12))
        self.until = moment_edit(timezone, now)
        self.precinct = named(QComboBox(), "intervalsPrecinct")
        self.precinct.addItem(self.tr("All precincts"), "")
        for code in precincts:
            self.precinct.addItem(code, code)
        self.priority = named(QComboBox(), "intervalsPriority")
        self.priority.addItem(self.tr("All priorities"), 0)
        for value in (1, 2, 3, 4):
            self.priority.addItem(labels.priority(value), value)
        self.show_button = named(QPushButton(self.tr("&Show")), "intervalsShow")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.refresh)
        form = QFormLayout()
        period = QHBoxLayout()
        for widget in (self.since, QLabel("—"), self.until):
            period.addWidget(widget)
        period.addStretch(1)
        form.addRow(self.tr("Period"), period)
        choice = QHBoxLayout()
        for chooser in (self.precinct, self.priority, self.show_button):
            choice.addWidget(chooser)
        choice.addStretch(1)
        form.addRow(self.tr("Which"), choice)
        self.table = named(QTableWidget(len(INTERVALS), 6, self), "intervalsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Incidents"),
                self.tr("Median"),
                self.tr("90 %"),
                self.tr("Longest"),
                self.tr("Not yet"),
                self.tr("Left out"),
            ]
        )
        self.table.setVerticalHeaderLabels([self.interval_name(n) for n in INTERVALS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.target = named(QLabel(), "intervalsTarget")
        self.target.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = HourChart()
        self.status = named(QLabel(), "intervalsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.target)
        layout.addWidget(
            QLabel(self.tr("Queue time by hour of day: median (blue), 90 % (red), response median (grey)"))
        )
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.status)
        self.resize(900, 640)

    def interval_name(self, name: str) -> str:
        return {
            "queue": self.tr("Queue: received → dispatched"),
            "travel": self.tr("Travel: dispatched → on scene"),
            "response": self.tr("Response: received → on scene"),
            "on_scene": self.tr("On scene → closed"),
            "total": self.tr("Total: received → closed"),
        }[name]

    def query(self) -> IntervalQuery:
        return IntervalQuery(
            moment_of(self.since),
            moment_of(self.until),
            self.precinct.currentData() or None,
            self.priority.currentData() or None,
        )

    def refresh(self) -> None:
        query = self.query()
        self._asked += 1
        asked = self._asked
        self.status.setText(self.tr("Reading…"))
        self.tasks.run(
            lambda: self._read(query),
            lambda report: self.show_report(report, asked),
            lambda e: self.status.setText(str(e)),
        )

    def show_report(self, report: IntervalReport, asked: int | None = None) -> None:
        if asked is not None and asked != self._asked:
            return  # an older reading, overtaken by a newer one
        self.report = report
        left_out = []
        for row, (name, summary) in enumerate(report.intervals.items()):
            cells = [
                str(summary.n),
                _minutes(summary.p50_s),
                _minutes(summary.p90_s),
                _minutes(summary.max_s),
                str(summary.pending),
                str(len(summary.excluded)),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            left_out += [f"{e.number} ({name}: {e.reason})" for e in summary.excluded[:20]]
        if not report.by_priority:
            self.target.setText(self.tr("No incident was dispatched in the period."))
            self.target.setStyleSheet("")
        else:
            lines = []
            for target in report.by_priority:  # P1 first, each against its own time
                verdict = self.tr("target met") if target.met else self.tr("target not met")
                line = self.tr("P%1 dispatched within %2 min: %3 of %4 (target 90 %) — %5")
                lines.append(
                    line.replace("%1", str(target.priority))
                    .replace("%2", f"{target.target_s / 60:.0f}")
                    .replace("%3", f"{target.within:.0%}")
                    .replace("%4", str(target.n))
                    .replace("%5", verdict)
                )
            self.target.setText("\n".join(lines))
            urgent_missed = any(t.met is False for t in report.by_priority if t.priority <= 2)
            self.target.setStyleSheet("color: #c62828; font-weight: bold;" if urgent_missed else "")
        self.chart.show_report(report)
        text = self.tr("%n incident(s) in the period.", "", report.incidents)
        if left_out:
            text += " " + self.tr("Left out (missing or out-of-order times): %1").replace(
                "%1", ", ".join(left_out[:40])
            )
        self.status.setText(text)
