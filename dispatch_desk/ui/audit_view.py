"""The audit viewer: who changed what and who looked at what, by person, subject and time; CSV export.

Auditors and administrators read the whole trail, a shift lead the current shift, an anti-corruption
officer the lines about confidential reports (``Principal.audit_scope``; on PostgreSQL the server's
policies too). Every reading and the export run on the desk's background lane; the window never waits.
Everything shown is plain text: a typed reason or a workstation's name never runs as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.errors import DomainError
from dispatch_desk.services.audit import AuditLine, AuditQuery, AuditResult, Source, csv_bytes
from dispatch_desk.ui import labels
from dispatch_desk.ui.tasks import TaskRunner
from dispatch_desk.ui.widgets.moments import moment_edit, moment_of
from dispatch_desk.ui.widgets.named import named
from dispatch_desk.ui.widgets.tables import list_table

MAX_FILTER = 120


class AuditDialog(QDialog):
    """``read(query)`` runs on ``tasks``; ``timezone``: the centre's, for what is shown and exported."""

    def __init__(
        self,
        read: Callable[[AuditQuery], AuditResult],
        tasks: TaskRunner,
        timezone: str,
        parent: QWidget | None = None,
        *,
        subject: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit trail"))
        self._read, self.tasks, self.timezone = read, tasks, timezone
        self.zone = ZoneInfo(timezone)
        self.found: AuditResult | None = None
        self._asked = 0  # the newest reading wins; an older answer arriving late is dropped

        filters, buttons = self._make_filters(timezone, subject)

        headings = [self.tr("Time"), self.tr("Source"), self.tr("Person"), self.tr("Workstation")]
        headings += [self.tr("What"), self.tr("About"), self.tr("Detail")]
        self.table = list_table("auditTable", headings, self, wrap=False)
        self.status = named(QLabel(), "auditStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.resize(1100, 640)

    def _make_filters(self, timezone: str, subject: str) -> tuple[QFormLayout, QHBoxLayout]:
        """Whose lines, about what, over which period, changes or accesses; search and export."""
        self.login = named(QLineEdit(maxLength=MAX_FILTER), "auditLogin")
        self.login.setPlaceholderText(self.tr("login, e.g. operator"))
        self.subject = named(QLineEdit(subject, maxLength=MAX_FILTER), "auditSubject")
        self.subject.setPlaceholderText(self.tr("incident number, call sign or login"))
        now = datetime.now(UTC)
        self.since_on = named(QCheckBox(self.tr("From")), "auditSinceOn")
        self.since = moment_edit(timezone, now - timedelta(days=1), "auditSince")
        self.until_on = named(QCheckBox(self.tr("To")), "auditUntilOn")
        self.until = moment_edit(timezone, now, "auditUntil")
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        self.since_on.toggled.connect(self.since.setEnabled)
        self.until_on.toggled.connect(self.until.setEnabled)
        self.source = named(QComboBox(), "auditSource")
        self.source.addItem(self.tr("Changes and accesses"), "")
        self.source.addItem(self.tr("Changes only"), Source.CHANGE.value)
        self.source.addItem(self.tr("Accesses only"), Source.ACCESS.value)
        self.search = named(QPushButton(self.tr("&Search")), "auditSearch")
        self.search.setDefault(True)
        self.search.clicked.connect(self.refresh)
        self.export = named(QPushButton(self.tr("&Export CSV…")), "auditExport")
        self.export.clicked.connect(self.ask_export)
        self.export.setEnabled(False)
        for edit in (self.login, self.subject):
            edit.returnPressed.connect(self.refresh)

        filters = QFormLayout()
        filters.addRow(self.tr("Person"), self.login)
        filters.addRow(self.tr("About"), self.subject)
        period = QHBoxLayout()
        for widget in (self.since_on, self.since, self.until_on, self.until):
            period.addWidget(widget)
        period.addStretch(1)
        filters.addRow(self.tr("Period"), period)
        filters.addRow(self.tr("Show"), self.source)
        buttons = QHBoxLayout()
        buttons.addWidget(self.search)
        buttons.addWidget(self.export)
        buttons.addStretch(1)
        return filters, buttons

    def query(self) -> AuditQuery:
        chosen = self.source.currentData()
        return AuditQuery(
            login=self.login.text().strip() or None,
            subject=self.subject.text().strip() or None,
            since=moment_of(self.since) if self.since_on.isChecked() else None,
            until=moment_of(self.until) if self.until_on.isChecked() else None,
            sources=frozenset({Source(chosen)}) if chosen else frozenset(Source),
        )

    def refresh(self) -> None:
        try:
            query = self.query()
        except DomainError as exc:
            self.status.setText(str(exc))
            return
        self._asked += 1
        asked = self._asked
        self.status.setText(self.tr("Reading…"))
        self.search.setEnabled(False)
        self.tasks.run(
            lambda: self._read(query),
            lambda result: self._shown(asked, result),
            lambda error: self._failed(asked, error),
        )

    def _shown(self, asked: int, result: AuditResult) -> None:
        if asked != self._asked:
            return
        self.search.setEnabled(True)
        self.found = result
        self.table.setRowCount(len(result.lines))
        for row, line in enumerate(result.lines):
            for column, text in enumerate(self.cells(line)):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, line.at.isoformat())
                self.table.setItem(row, column, item)
        self.export.setEnabled(bool(result.lines))
        text = self.tr("%n line(s)", "", len(result.lines))
        if result.since is not None and self.query().since != result.since:
            text += " · " + self.tr("the current shift only, from %1").replace(
                "%1", result.since.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")
            )
        if result.truncated:
            text += " · " + self.tr("more lines match: narrow the search")
        self.status.setText(text)

    def _failed(self, asked: int, error: Exception) -> None:
        if asked == self._asked:
            self.search.setEnabled(True)
            self.status.setText(str(error))

    def cells(self, line: AuditLine) -> list[str]:
        source = self.tr("change") if line.source is Source.CHANGE else self.tr("access")
        # a unit's new status beside the change (any other change says what it is under "What")
        status = labels.any_status(line.kind, line.status) if line.kind == "unit.status" else ""
        detail = " · ".join(p for p in (status, line.detail) if p)
        return [
            line.at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M:%S"),
            source,
            line.login,
            line.workstation,
            labels.event(line.kind),
            line.subject,
            detail,
        ]

    # -- export -------------------------------------------------------------------------------
    def ask_export(self) -> None:
        chooser = QFileDialog(
            self, self.tr("Export the audit trail"), "audit.csv", self.tr("CSV files (*.csv)")
        )
        chooser.setObjectName("auditExportChooser")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setDefaultSuffix("csv")
        chooser.fileSelected.connect(self.export_to)
        chooser.finished.connect(chooser.deleteLater)
        chooser.open()

    def export_to(self, path: str) -> None:
        if self.found is None:
            return
        lines, timezone = list(self.found.lines), self.timezone

        def work() -> int:
            with open(path, "wb") as out:
                out.write(csv_bytes(lines, timezone))
            return len(lines)

        def done(count: int) -> None:
            self.status.setText(self.tr("%n line(s) written to %1", "", count).replace("%1", path))

        self.tasks.run(work, done, lambda error: self.status.setText(str(error)))
