"""Look-outs on every desk: a panel of the active ones, the shift lead's form to issue one, and the flag
on a call or app report that names one.

Every desk holds the active look-outs (read at sign-in and again whenever one is issued or ended,
through the feed) and checks each incident that arrives — and the call being typed — against them
(``domain/look_outs.py``). A match marks the incident's row (⚑), tells the operator in the status bar
and with the chime, and lists the incident under its look-out in the panel, on the operator's desk and
the shift lead's alike.
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.access import Permission
from dispatch_desk.domain.entities import Incident
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.look_outs import LookOut, LookOutKind, Match, matches, normalise_plate
from dispatch_desk.services.feed_follow import Update
from dispatch_desk.ui.desk_part import Part, PartContext
from dispatch_desk.ui.dialogs import ask_text
from dispatch_desk.ui.labels import plain_tooltip
from dispatch_desk.ui.widgets.media import load_thumbnail
from dispatch_desk.ui.widgets.named import named

MAX_PHOTO_FILE = 8 * 1024 * 1024


def kind_name(kind: LookOutKind) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        LookOutKind.PERSON: QCoreApplication.translate("LookOuts", "person sought"),
        LookOutKind.VEHICLE: QCoreApplication.translate("LookOuts", "vehicle sought"),
        LookOutKind.MISSING: QCoreApplication.translate("LookOuts", "missing person"),
    }[kind]


def incident_text(incident: Incident) -> str:
    """What of an incident is compared with the look-outs: its description and addresses."""
    return " ".join(x for x in (incident.description, incident.address, incident.typed_address) if x)


class LookOutPanel(QWidget):
    """The active look-outs, newest first, each with the incidents that matched it at this desk."""

    issueRequested = Signal()
    endRequested = Signal(int)

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(timezone)
        self.table = named(QTableWidget(0, 5), "lookOutTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Sought"),
                self.tr("Description"),
                self.tr("Plate"),
                self.tr("Until"),
                self.tr("Matched"),
            ]
        )
        self.table.setIconSize(QSize(40, 40))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.issue_button = named(QPushButton(self.tr("New look-out…")), "lookOutNew")
        self.end_button = named(QPushButton(self.tr("End the selected…")), "lookOutEnd")
        self.issue_button.clicked.connect(self.issueRequested)
        self.end_button.clicked.connect(self._end_selected)
        self.empty = QLabel(self.tr("No active look-outs."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty)
        buttons.addStretch(1)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.look_outs: list[LookOut] = []
        self.set_lead(False)

    def set_lead(self, lead: bool) -> None:
        self.issue_button.setVisible(lead)
        self.end_button.setVisible(lead)

    def show_look_outs(
        self, look_outs: list[LookOut], matched: dict[int, list[str]], photos: dict[int, QImage]
    ) -> None:
        self.look_outs = look_outs
        self.table.setRowCount(len(look_outs))
        for row, look_out in enumerate(look_outs):
            sought = QTableWidgetItem(kind_name(look_out.kind))
            photo = photos.get(look_out.id or 0)
            if photo is not None:
                sought.setIcon(QIcon(QPixmap.fromImage(photo)))
            sought.setData(Qt.ItemDataRole.UserRole, look_out.id)
            words = ", ".join(look_out.keywords)
            text = look_out.description + ("\n" + self.tr("Words: %1").replace("%1", words) if words else "")
            if look_out.precincts:
                text += "\n" + self.tr("Precincts: %1").replace("%1", ", ".join(look_out.precincts))
            description = QTableWidgetItem(text)
            description.setToolTip(plain_tooltip(text))
            until = look_out.expires_at.astimezone(self.zone).strftime("%d.%m %H:%M")
            found = matched.get(look_out.id or 0, [])
            cells = [
                sought,
                description,
                QTableWidgetItem(look_out.plate or "—"),
                QTableWidgetItem(until),
                QTableWidgetItem(", ".join(found) or "—"),
            ]
            if found:
                cells[4].setForeground(Qt.GlobalColor.red)
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not look_outs)

    def _end_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.look_outs) and self.look_outs[row].id is not None:
            self.endRequested.emit(self.look_outs[row].id)


class LookOutDialog(QDialog):
    """The shift lead's form for a new look-out; the plate is shown normalised as it is typed."""

    def __init__(self, precincts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New look-out"))
        self.setObjectName("lookOutDialog")
        self.kind = named(QComboBox(), "lookOutKind")
        for kind in LookOutKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.description = named(QPlainTextEdit(), "lookOutDescription")
        self.description.setPlaceholderText(
            self.tr("Who or what is sought, and why: appearance, clothes, vehicle")
        )
        self.description.setFixedHeight(80)
        self.keywords = named(QLineEdit(), "lookOutWords")
        self.keywords.setPlaceholderText(self.tr("words a caller would use, separated by commas"))
        self.plate = named(QLineEdit(), "lookOutPlate")
        self.plate.setPlaceholderText("123 ABC 02")
        self.plate.setMaxLength(20)
        self.plate_hint = named(QLabel(), "lookOutPlateHint")
        self.plate.textChanged.connect(self._plate_typed)
        self.hours = named(QSpinBox(), "lookOutHours")
        self.hours.setRange(1, 30 * 24)
        self.hours.setValue(24)
        self.hours.setSuffix(self.tr(" h"))
        self.precincts = named(QListWidget(), "lookOutPrecincts")
        for code, name in precincts:
            item = QListWidgetItem(f"{code} {name}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.precincts.addItem(item)
        self.precincts.setFixedHeight(110)
        self.photo_button = named(QPushButton(self.tr("Choose a photo…")), "lookOutPhoto")
        self.photo_button.clicked.connect(self._choose_photo)
        self.photo_label = QLabel(self.tr("no photo"))
        self.photo: bytes | None = None
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_button)
        photo_row.addWidget(self.photo_label, 1)
        self.message = named(QLabel(), "lookOutMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828")
        form = QFormLayout()
        form.addRow(self.tr("Sought"), self.kind)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Words to watch for"), self.keywords)
        form.addRow(self.tr("Plate"), self.plate)
        form.addRow("", self.plate_hint)
        form.addRow(self.tr("Valid for"), self.hours)
        form.addRow(self.tr("Precincts (none: the whole city)"), self.precincts)
        form.addRow(self.tr("Photo"), photo_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue = buttons.addButton(self.tr("Issue to every desk"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.issue.setObjectName("lookOutIssue")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.submitted: dict | None = None

    def _plate_typed(self, text: str) -> None:
        if not text.strip():
            self.plate_hint.setText("")
            return
        try:
            self.plate_hint.setText("→ " + normalise_plate(text))
        except ValidationError:
            self.plate_hint.setText(self.tr("not a Kazakh plate such as 123 ABC 02"))

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Photo"), "", self.tr("Images (*.jpg *.jpeg *.png *.webp)")
        )
        if path:
            self.set_photo(Path(path))

    def set_photo(self, path: Path) -> None:
        try:
            if path.stat().st_size > MAX_PHOTO_FILE:
                raise ValueError
            data = path.read_bytes()
        except (OSError, ValueError):
            self.message.setText(self.tr("The photo cannot be read or is larger than 8 MB."))
            return
        self.photo = data
        self.photo_label.setText(path.name)

    def values(self) -> dict:
        checked = [self.precincts.item(i) for i in range(self.precincts.count())]
        return {
            "kind": self.kind.currentData(),
            "description": self.description.toPlainText(),
            "keywords": [w for w in (p.strip() for p in self.keywords.text().split(",")) if w],
            "plate": self.plate.text().strip() or None,
            "hours": self.hours.value(),
            "precincts": [
                i.data(Qt.ItemDataRole.UserRole) for i in checked if i.checkState() == Qt.CheckState.Checked
            ],
            "photo": self.photo,
        }

    def _accept(self) -> None:
        self.submitted = self.values()
        self.issue.setEnabled(False)
        self.message.setText(self.tr("Issuing…"))
        self.accepted_values.emit(self.submitted)

    accepted_values = Signal(dict)

    def failed(self, error: Exception) -> None:
        """The services refused (the values stay for correcting)."""
        self.issue.setEnabled(True)
        self.message.setText(str(error))


class LookOutDesk(Part):
    """What the window does about look-outs: the panel (a dock), matching, issuing and ending."""

    def __init__(self, ctx: PartContext) -> None:
        super().__init__(ctx)
        self.active: list[LookOut] = []
        self.matched: dict[str, list[Match]] = {}  # incident number → its matches
        self.photos: dict[int, QImage] = {}  # thumbnails, by look-out
        self.panel = LookOutPanel(ctx.settings.timezone)
        self.dock = QDockWidget(self.tr("Look-outs"), ctx.parent)
        self.dock.setObjectName("lookOutDock")
        self.dock.setWidget(self.panel)
        ctx.place.add(self.dock, Qt.DockWidgetArea.RightDockWidgetArea)
        ctx.place.tab(ctx.views.detail_dock, self.dock)
        ctx.views.detail_dock.raise_()
        self.panel.issueRequested.connect(self.new_look_out)
        self.panel.endRequested.connect(self.end_look_out)
        self.listen(ctx.views.call_form.description.textChanged, self._call_typed)
        self.dialog: LookOutDialog | None = None

    def docks(self) -> list[QDockWidget]:
        return [self.dock]

    def toggle_action(self):
        return self.dock.toggleViewAction()

    # -- what every desk holds -------------------------------------------------------------------
    def load(self, desk, announce: bool = False) -> None:
        """At sign-in, and whenever a look-out is issued or ended anywhere: read the active ones;
        ``announce``: say which are new (the panel may be behind the incident's)."""
        lead = desk.actor.may(Permission.LEAD_SHIFT)
        self.panel.set_lead(lead)

        def work():
            found = desk.lead.active_look_outs()
            return found, {lo.id: p for lo in found if (p := desk.lead.look_out_photo(lo)) is not None}

        def done(result) -> None:
            known = {lo.id for lo in self.active}
            self.active, paths = result
            fresh = [lo for lo in self.active if lo.id not in known]
            if announce and fresh:
                self.ctx.notifier.notify()
                self.ctx.say(
                    self.tr("New look-out: %1").replace(
                        "%1",
                        ", ".join(f"{kind_name(lo.kind)} {lo.plate or lo.description[:40]}" for lo in fresh),
                    ),
                    30_000,
                )
            self.photos = {}
            self.matched = {}
            self.check(self.ctx.views.queue.model.incidents(), notify=False)
            self._show()
            for look_out_id, path in paths.items():  # decoded off the GUI thread, at thumbnail size
                self.ctx.thumbnails.lane.run(partial(load_thumbnail, path), partial(self._photo, look_out_id))

        self.ctx.tasks.run(work, done, self.ctx.failed)

    def _photo(self, look_out_id: int, image: QImage | None) -> None:
        if image is not None and any(lo.id == look_out_id for lo in self.active):
            self.photos[look_out_id] = image
            self._show()

    def clear(self) -> None:
        """Nobody is signed in: nothing of the look-outs stays on screen."""
        self.active, self.matched, self.photos = [], {}, {}
        self.ctx.views.queue.model.set_look_out_matches({})
        self._show()

    def apply(self, update: Update) -> None:
        if update.changes.look_outs and self.ctx.now.desk is not None:
            self.load(self.ctx.now.desk, announce=not update.local)
            return
        if update.incidents:
            self.check(update.incidents, notify=True)

    def check(self, incidents: list[Incident], *, notify: bool) -> None:
        now = self.ctx.views.queue.model.now()
        new = []
        for incident in incidents:
            if not incident.status.is_open:
                continue
            found = matches(self.active, incident_text(incident), incident.precinct, now)
            if found and incident.number not in self.matched:
                new.append((incident, found))
            if found:
                self.matched[incident.number] = found
            else:
                self.matched.pop(incident.number, None)
        self.ctx.views.queue.model.set_look_out_matches(
            {n: self.describe(m) for n, m in self.matched.items()}
        )
        if new:
            self._show()
        if new and notify:
            incident, found = new[0]
            self.ctx.notifier.notify()
            self.ctx.say(
                self.tr("Look-out match: %1 — %2")
                .replace("%1", incident.number)
                .replace("%2", self.describe(found)),
                20_000,
            )

    def describe(self, found: list[Match]) -> str:
        return "; ".join(f"{kind_name(m.look_out.kind)}: {', '.join(m.found)}" for m in found)

    def _call_typed(self) -> None:
        """The call being typed names a look-out: the form says so before it is saved."""
        form = self.ctx.views.call_form
        text = " ".join((form.description.toPlainText(), form.address.text()))
        found = matches(self.active, text, None, self.ctx.views.queue.model.now()) if self.active else []
        form.show_look_out(self.tr("Look-out: %1").replace("%1", self.describe(found)) if found else "")

    def _show(self) -> None:
        by_look_out: dict[int, list[str]] = {}
        for number, found in sorted(self.matched.items()):
            for match in found:
                by_look_out.setdefault(match.look_out.id or 0, []).append(number)
        self.panel.show_look_outs(self.active, by_look_out, self.photos)

    # -- the shift lead ---------------------------------------------------------------------------
    def new_look_out(self) -> None:
        desk = self.ctx.now.desk
        if desk is None or not desk.actor.may(Permission.LEAD_SHIFT):
            return

        def show(precincts) -> None:
            self._open_dialog(desk, [(p.code, p.name(self.ctx.language)) for p in precincts])

        self.ctx.tasks.run(desk.read.precincts, show, self.ctx.failed)

    def _open_dialog(self, desk, precincts: list[tuple[str, str]]) -> LookOutDialog:
        dialog = LookOutDialog(precincts, self.ctx.parent)
        self.dialog = dialog

        def issue(values: dict) -> None:
            values = dict(values)
            until = desk.clock() + timedelta(hours=values.pop("hours"))
            self.ctx.operations.run(
                lambda: desk.lead.issue_look_out(expires_at=until, **values),
                self.tr("Look-out issued to every desk"),
                lambda _lo: dialog.accept(),
                dialog.failed,
            )

        dialog.accepted_values.connect(issue)
        dialog.show()
        return dialog

    def end_look_out(self, look_out_id: int) -> QInputDialog | None:
        desk = self.ctx.now.desk
        if desk is None:
            return None
        return ask_text(
            self.ctx.parent,
            self.tr("End the look-out"),
            self.tr("Why does it end (found, no longer sought)?"),
            lambda reason: self.ctx.operations.run(
                lambda: desk.lead.end_look_out(look_out_id, reason), self.tr("Look-out ended")
            ),
        )
