"""A problem (SARA) on screen: its title, stage and places; the incidents at its places as they come;
the analysis notes; the response steps with who answers for each and by when; the assessment of the
contacts per week before the response began and since. The inspector of its precinct works on it; the
shift lead reads it. Everything is read and written on the database lane (``ProblemsDesk``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.problems import Assessment, Place, PlaceKind, Problem, ProblemStatus
from dispatch_desk.services.problems import LinkedIncident
from dispatch_desk.ui import labels
from dispatch_desk.ui.dialogs import ask_text
from dispatch_desk.ui.names import QT_TRANSLATE_NOOP
from dispatch_desk.ui.widgets.named import named

_STAGES = {
    ProblemStatus.ANALYSIS: QT_TRANSLATE_NOOP("Problems", "analysis"),
    ProblemStatus.RESPONSE: QT_TRANSLATE_NOOP("Problems", "response"),
    ProblemStatus.ASSESSMENT: QT_TRANSLATE_NOOP("Problems", "assessment"),
    ProblemStatus.CLOSED: QT_TRANSLATE_NOOP("Problems", "closed"),
}


def stage_name(status: ProblemStatus) -> str:
    return QCoreApplication.translate("Problems", _STAGES[status])


def place_text(place: Place, localize: Callable[[str], str] = str) -> str:
    """A problem's place as the desk's reader says it: the street in their language (``localize``)."""
    if place.kind is PlaceKind.CELL:
        where = (
            localize(place.label) if place.label else QCoreApplication.translate("Problems", "no street yet")
        )
        return (
            QCoreApplication.translate("Problems", "hexagon %1 (%2)")
            .replace("%1", where)
            .replace("%2", place.key)
        )
    return localize(place.label) if place.label else place.key


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)  # plain text: citizens' addresses never render as markup
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _table(columns: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ProblemDialog(QDialog):
    """``change(what, *args)`` asks the desk to make a change (``ProblemDesk``'s method name and its
    arguments after the problem's id); the desk calls ``show_problem`` with what it read back."""

    def __init__(
        self,
        problem: Problem,
        *,
        writable: bool,
        timezone: str,
        category_name: Callable[[str], str],
        change: Callable[..., None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.localize: Callable[[str], str] = getattr(getattr(parent, "detail", None), "localize", str)
        self.setObjectName("problemDialog")
        self.problem = problem
        self.writable = writable
        self.zone = ZoneInfo(timezone)
        self.category_name = category_name
        self.change = change
        self.linked: list[LinkedIncident] = []
        self.resize(860, 620)

        head = self._head()

        analysis = self._analysis()

        response = self._response()

        self.tabs = named(QTabWidget(), "problemTabs")
        self.tabs.addTab(self.incidents, self.tr("Linked incidents"))
        self.tabs.addTab(analysis, self.tr("Analysis"))
        self.tabs.addTab(response, self.tr("Response"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        for widget in (
            self.title,
            self.stage,
            self.note,
            self.add_note_button,
            self.what,
            self.responsible,
            self.due,
            self.add_response_button,
            self.done_button,
        ):
            widget.setEnabled(writable)
        self.show_problem(problem, [], None)

    def _head(self) -> QFormLayout:
        """The problem's title, stage, places and assessment."""
        self.title = named(QLineEdit(maxLength=200), "problemTitle")
        self.title.editingFinished.connect(self._rename)
        self.stage = named(QComboBox(), "problemStage")
        for status in ProblemStatus:
            self.stage.addItem(stage_name(status), status.value)
        self.stage.activated.connect(self._move)
        self.places = named(QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText), "problemPlaces")
        self.assessment = named(
            QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText), "problemAssessment"
        )
        head = QFormLayout()
        head.addRow(self.tr("Title"), self.title)
        head.addRow(self.tr("Stage"), self.stage)
        head.addRow(self.tr("Places"), self.places)
        head.addRow(self.tr("Assessment"), self.assessment)
        return head

    def _analysis(self) -> QWidget:
        """The linked incidents' table (its own tab) and the notes of the analysis."""
        self.incidents = _table(
            [
                self.tr("Number"),
                self.tr("Received"),
                self.tr("Category"),
                self.tr("Status"),
                self.tr("Address"),
            ]
        )
        self.incidents.setObjectName("problemIncidents")
        self.notes = named(QListWidget(), "problemNotes")
        self.notes.setWordWrap(True)
        self.note = named(
            QPlainTextEdit(placeholderText=self.tr("What drives the contacts here")), "problemNote"
        )
        self.note.setMaximumHeight(70)
        self.add_note_button = named(QPushButton(self.tr("Add note")), "problemAddNote")
        self.add_note_button.clicked.connect(self._add_note)
        analysis = QWidget()
        column = QVBoxLayout(analysis)
        column.addWidget(self.notes)
        column.addWidget(self.note)
        column.addWidget(self.add_note_button, alignment=Qt.AlignmentFlag.AlignRight)
        return analysis

    def _response(self) -> QWidget:
        """The steps taken against the problem: what, who answers for it, when, done."""
        self.responses = _table([self.tr("What"), self.tr("Responsible"), self.tr("Due"), self.tr("Done")])
        self.responses.setObjectName("problemResponses")
        self.what = named(QLineEdit(maxLength=1000, placeholderText=self.tr("What is done")), "problemWhat")
        self.responsible = named(
            QLineEdit(maxLength=200, placeholderText=self.tr("Who answers for it")), "problemResponsible"
        )
        self.due = named(QDateEdit(), "problemDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd.MM.yyyy")
        self.add_response_button = named(QPushButton(self.tr("Add step")), "problemAddResponse")
        self.add_response_button.clicked.connect(self._add_response)
        self.done_button = named(QPushButton(self.tr("Mark the selected step done")), "problemDone")
        self.done_button.clicked.connect(self._complete)
        response = QWidget()
        column = QVBoxLayout(response)
        column.addWidget(self.responses)
        line = QHBoxLayout()
        for widget in (self.what, self.responsible, self.due, self.add_response_button):
            line.addWidget(widget, 3 if widget is self.what else 1)
        column.addLayout(line)
        column.addWidget(self.done_button, alignment=Qt.AlignmentFlag.AlignRight)
        return response

    # -- showing -------------------------------------------------------------------------------
    def _local(self, at: datetime) -> str:
        return at.astimezone(self.zone).strftime("%d.%m.%Y %H:%M")

    def show_problem(
        self, problem: Problem, linked: list[LinkedIncident], assessment: Assessment | None
    ) -> None:
        self.problem, self.linked = problem, linked
        self.setWindowTitle(
            self.tr("Problem %1 · precinct %2").replace("%1", str(problem.id)).replace("%2", problem.precinct)
        )
        if not self.title.hasFocus():
            self.title.setText(problem.title)
        self.stage.setCurrentIndex(self.stage.findData(problem.status.value))
        self.places.setText("\n".join(place_text(p, self.localize) for p in problem.places))
        self.assessment.setText(self.assessment_text(assessment))
        self.incidents.setRowCount(len(linked))
        for row, incident in enumerate(linked):
            for column, text in enumerate(
                (
                    incident.number,
                    self._local(incident.received_at),
                    self.category_name(incident.category),
                    labels.any_status("incident.", incident.status),
                    incident.address,
                )
            ):
                self.incidents.setItem(row, column, _cell(text))
        self.tabs.setTabText(0, self.tr("Linked incidents (%1)").replace("%1", str(len(linked))))
        self.notes.clear()
        for note in problem.notes:
            self.notes.addItem(f"{self._local(note.at)} · {note.by}\n{note.text}")
        today = datetime.now(self.zone).date()
        self.responses.setRowCount(len(problem.responses))
        for row, step in enumerate(problem.responses):
            done = (
                self._local(step.done_at)
                if step.done_at
                else (self.tr("overdue") if step.overdue(today) else "")
            )
            for column, text in enumerate((step.what, step.responsible, step.due.strftime("%d.%m.%Y"), done)):
                self.responses.setItem(row, column, _cell(text))
        editable = self.writable and problem.is_open
        for widget in (
            self.title,
            self.note,
            self.add_note_button,
            self.what,
            self.responsible,
            self.due,
            self.add_response_button,
            self.done_button,
        ):
            widget.setEnabled(editable)
        self.stage.setEnabled(self.writable)
        self.due.setMinimumDate(QDate(today.year, today.month, today.day))

    def assessment_text(self, assessment: Assessment | None) -> str:
        if assessment is None:
            return ""
        before = (
            self.tr("before the response: %1 contacts in %2 weeks (%3 a week)")
            .replace("%1", str(assessment.before))
            .replace("%2", f"{assessment.weeks_before:.0f}")
            .replace("%3", f"{assessment.per_week_before:.1f}")
        )
        if assessment.after is None:
            return before + "; " + self.tr("no response yet")
        after = (
            self.tr("since: %1 in %2 weeks (%3 a week)")
            .replace("%1", str(assessment.after))
            .replace("%2", f"{assessment.weeks_after:.1f}")
            .replace("%3", f"{assessment.per_week_after or 0:.1f}")
        )
        change = assessment.change
        return before + "; " + after + ("" if change is None else f"; {change:+.0%}")

    # -- changing ------------------------------------------------------------------------------
    def _rename(self) -> None:
        title = self.title.text().strip()
        if self.writable and title and title != self.problem.title:
            self.change("rename", title)

    def _move(self, index: int) -> None:
        status = ProblemStatus(self.stage.itemData(index))
        if status is self.problem.status:
            return
        if status is ProblemStatus.CLOSED:  # with its outcome; until then the stage stays as it is
            self.stage.setCurrentIndex(self.stage.findData(self.problem.status.value))
            ask_text(
                self,
                self.tr("Close the problem"),
                self.tr("Outcome: what changed at these places"),
                lambda outcome: self.change("move_to", status, outcome),
            )
            return
        self.change("move_to", status, "")

    def _add_note(self) -> None:
        text = self.note.toPlainText().strip()
        if text:
            self.change("add_note", text)
            self.note.clear()

    def _add_response(self) -> None:
        what, who = self.what.text().strip(), self.responsible.text().strip()
        if not what or not who:
            self.what.setFocus() if not what else self.responsible.setFocus()
            return
        due = cast(date, self.due.date().toPython())
        self.change("add_response", what, who, due)
        self.what.clear()
        self.responsible.clear()

    def _complete(self) -> None:
        row = self.responses.currentRow()
        if 0 <= row < len(self.problem.responses) and self.problem.responses[row].done_at is None:
            self.change("complete_response", row)
