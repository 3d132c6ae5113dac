"""The precinct's problems on the desk: opened from a hot cell or a repeat address on the map (or found
there again), listed from the View menu, and kept up to date from the change feed — a problem changed at
another desk, an incident arriving at one of its places."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.access import Permission
from dispatch_desk.domain.problems import Place, PlaceKind, Problem
from dispatch_desk.services.problems import ProblemDesk
from dispatch_desk.ui.desk_part import Part, PartContext
from dispatch_desk.ui.meeting_pack_desk import MeetingPackDesk
from dispatch_desk.ui.problem_dialog import ProblemDialog, _cell, _table, place_text, stage_name
from dispatch_desk.ui.widgets.named import named

if TYPE_CHECKING:
    from dispatch_desk.ui.operations import Update


class NewProblemDialog(QDialog):
    """The problem's title (suggested from the place) and the first analysis note."""

    def __init__(self, place_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newProblemDialog")
        self.setWindowTitle(self.tr("New problem"))
        self.title = named(QLineEdit(place_label, maxLength=200), "newProblemTitle")
        self.title.selectAll()
        self.note = named(
            QPlainTextEdit(placeholderText=self.tr("What is known so far (optional)")), "newProblemNote"
        )
        self.note.setMaximumHeight(90)
        where = QLabel(place_label, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("Place"), where)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("First note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open the problem"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.title.text().strip():
            self.accept()
        else:
            self.title.setFocus()


class ProblemListDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.localize: Callable[[str], str] = getattr(getattr(parent, "detail", None), "localize", str)
        self.setObjectName("problemListDialog")
        self.setWindowTitle(self.tr("Problems"))
        self.resize(720, 380)
        self.table: QTableWidget = _table(
            [
                self.tr("No."),
                self.tr("Title"),
                self.tr("Stage"),
                self.tr("Precinct"),
                self.tr("Places"),
                self.tr("Steps open"),
            ]
        )
        self.table.setObjectName("problemList")
        self.problems: list[Problem] = []
        self.empty = QLabel(
            self.tr(
                "No problems yet: open one from a hot cell or a repeat address on the map "
                "(View → Hot spots and repeat addresses)."
            ),
            wordWrap=True,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.empty.setVisible(not problems)
        self.table.setRowCount(len(problems))
        for row, p in enumerate(problems):
            steps = sum(1 for r in p.responses if r.done_at is None)
            for column, text in enumerate(
                (
                    str(p.id),
                    p.title,
                    stage_name(p.status),
                    p.precinct,
                    "; ".join(place_text(x, self.localize) for x in p.places),
                    str(steps),
                )
            ):
                self.table.setItem(row, column, _cell(text))


class ProblemsDesk(Part):
    def __init__(self, ctx: PartContext) -> None:
        super().__init__(ctx)
        self.dialog: ProblemDialog | None = None
        self.list_dialog: ProblemListDialog | None = None
        self.asking: NewProblemDialog | None = None
        self.packs = MeetingPackDesk(ctx)

    def _service(self) -> ProblemDesk | None:
        if self.ctx.now.services is None or self.ctx.now.principal is None:
            return None
        return self.ctx.now.services.problems_for(self.ctx.now.principal)

    @property
    def writable(self) -> bool:
        principal = self.ctx.now.principal
        return principal is not None and principal.may(Permission.WORK_PROBLEMS)

    def _category(self, code: str) -> str:
        model = self.ctx.views.queue.model
        category = model.categories.get(code)
        return category.name(model.language) if category else code

    # -- from the map --------------------------------------------------------------------------
    def open_at(self, kind: str, key: str, label: str = "") -> None:
        """A hot cell or repeat address clicked: its open problem, or (for the inspector) a new one."""
        service = self._service()
        if service is None or kind not in ("cell", "address"):
            return
        writable = self.writable

        def work():
            covering = [p for p in service.problems(open_only=True) if key in (p.cells | p.addresses)]
            if covering:
                return covering[0], None
            if not writable:
                return None, None
            return None, (service.cell_place(key) if kind == "cell" else Place(PlaceKind.ADDRESS, key, label))

        def show(result) -> None:
            problem, place = result
            if problem is not None:
                self.show(problem)
            elif place is not None:
                self.ask_new(place)
            else:
                self.ctx.say(self.tr("No problem is open at this place"), 8000)

        self.ctx.tasks.run(work, show, self.ctx.failed)

    def ask_new(self, place: Place) -> NewProblemDialog:
        localize = self.ctx.views.detail.localize
        self.asking = dialog = NewProblemDialog(place_text(place, localize), self.ctx.parent)
        dialog.title.setText(localize(place.label) if place.label else place_text(place, localize))
        dialog.accepted.connect(lambda: self._open_new(place, dialog.title.text(), dialog.note.toPlainText()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _open_new(self, place: Place, title: str, note: str) -> None:
        service = self._service()
        self.asking = None
        if service is not None:
            self.ctx.tasks.run(lambda: service.open(title, [place], note), self.show, self.ctx.failed)

    # -- the dialog ----------------------------------------------------------------------------
    def show(self, problem: Problem) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ProblemDialog(
            problem,
            writable=self.writable,
            timezone=self.ctx.settings.timezone,
            category_name=self._category,
            change=self._change,
            parent=self.ctx.parent,
        )
        self.dialog.finished.connect(self._closed)
        self.dialog.show()
        self.reload()

    def _closed(self, _result: int = 0) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def reload(self) -> None:
        """Read the shown problem again with its linked incidents and its assessment."""
        service, dialog = self._service(), self.dialog
        if service is None or dialog is None or dialog.problem.id is None:
            return
        problem_id = dialog.problem.id

        def work():
            problem = service.get(problem_id)
            linked = service.linked(problem)
            return problem, linked, service.assessment(problem, linked)

        def show(result) -> None:
            if self.dialog is dialog:
                dialog.show_problem(*result)

        self.ctx.tasks.run(work, show, self.ctx.failed)

    def _change(self, what: str, *args: Any) -> None:
        service, dialog = self._service(), self.dialog
        if service is None or dialog is None or dialog.problem.id is None:
            return
        problem_id = dialog.problem.id
        # a title or stage changed meanwhile elsewhere is a conflict; notes and steps are only added
        version = dialog.problem.version if what in ("rename", "move_to") else None
        method = getattr(service, what)

        def failed(error: Exception) -> None:
            self.ctx.failed(error)
            self.reload()

        self.ctx.tasks.run(
            lambda: method(problem_id, *args, version=version), lambda _p: self.reload(), failed
        )

    # -- the list ------------------------------------------------------------------------------
    def show_list(self) -> None:
        service = self._service()
        if service is None:
            return
        if self.list_dialog is None:
            self.list_dialog = ProblemListDialog(self.ctx.parent)
            self.list_dialog.table.cellDoubleClicked.connect(self._open_listed)
        self.list_dialog.show()
        self.list_dialog.raise_()
        dialog = self.list_dialog
        self.ctx.tasks.run(service.problems, dialog.show_problems, self.ctx.failed)

    def _open_listed(self, row: int, _column: int) -> None:
        if self.list_dialog is not None and 0 <= row < len(self.list_dialog.problems):
            self.show(self.list_dialog.problems[row])

    # -- what changed elsewhere ----------------------------------------------------------------
    def apply(self, update: Update) -> None:
        dialog = self.dialog
        if dialog is not None and (dialog.problem.id in update.changes.problems or update.changes.incidents):
            self.reload()
        if self.list_dialog is not None and self.list_dialog.isVisible() and update.changes.problems:
            service = self._service()
            if service is not None:
                self.ctx.tasks.run(service.problems, self.list_dialog.show_problems, self.ctx.failed)

    def clear(self) -> None:
        """The person's session ended: their problems leave the screen."""
        for dialog in (self.dialog, self.list_dialog, self.asking):
            if dialog is not None:
                dialog.close()
        self.dialog = self.asking = None
        if self.list_dialog is not None:
            self.list_dialog.deleteLater()
            self.list_dialog = None
