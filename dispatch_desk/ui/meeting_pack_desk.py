"""The meeting pack printed from the desk (Desk menu): the inspector's own version or the residents',
over the last 28 days, in the desk's language. The figures are read and the PDF written on the database
lane; the map is drawn by an offscreen copy of the desk's map page on the GUI thread in between, so the
desk keeps answering throughout."""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dispatch_desk.domain.public_text import MAX_PUBLIC_TEXT
from dispatch_desk.services.meeting_pack import build_pack
from dispatch_desk.ui.desk_part import Part, PartContext
from dispatch_desk.ui.meeting_pack_pdf import MeetingPackPdf, names
from dispatch_desk.ui.pack_map import MapPicture, bounds_of, map_layer
from dispatch_desk.ui.widgets.named import named

DAYS = 28


class ResidentsText(QDialog):
    """What the inspector writes for the residents, read over before it is printed: the only text the
    residents' version carries. It is checked when the pack is made: a phone number or a name the database
    knows stops the printing with the reason."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residentsTextDialog")
        self.setWindowTitle(self.tr("Text for the residents"))
        note = QLabel(
            self.tr(
                "The residents' version prints this text as it stands, beside the counts and the places. Write "
                "what you want the residents to know; name no one and give no phone number — the pack is not "
                "printed while the text holds either."
            )
        )
        note.setWordWrap(True)
        self.text = named(QPlainTextEdit(text), "residentsText")
        self.text.setPlaceholderText(
            self.tr("e.g. Evening patrols on the streets below continue in December.")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print with this text"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def written(self) -> str:
        return self.text.toPlainText().strip()[:MAX_PUBLIC_TEXT]


class MeetingPackDesk(Part):
    def __init__(self, ctx: PartContext) -> None:
        super().__init__(ctx)
        self.drawing: MapPicture | None = None
        self.residents_text = ""  # kept for the next pack of this session

    def ask(self) -> QFileDialog | None:
        return self._ask(residents=False)

    def ask_residents(self) -> ResidentsText | None:
        """First the text for the residents, read over; then where the PDF goes."""
        if self.ctx.now.services is None or self.ctx.now.principal is None:
            return None
        dialog = ResidentsText(self.residents_text, self.ctx.parent)

        def written() -> None:
            self.residents_text = dialog.written()
            self._ask(residents=True)

        dialog.accepted.connect(written)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _ask(self, residents: bool) -> QFileDialog | None:
        if self.ctx.now.services is None or self.ctx.now.principal is None:
            return None
        name = "meeting-residents.pdf" if residents else "meeting-pack.pdf"
        title = self.tr("Meeting pack for residents") if residents else self.tr("Meeting pack")
        chooser = QFileDialog(self.ctx.parent, title, str(Path.home() / name), self.tr("PDF files (*.pdf)"))
        chooser.setObjectName("meetingPackChooser")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setDefaultSuffix("pdf")
        chooser.fileSelected.connect(lambda path: self.write(Path(path), residents))
        chooser.finished.connect(chooser.deleteLater)
        chooser.open()
        return chooser

    def write(self, path: Path, residents: bool) -> None:
        """Read, draw, print: the status bar says when the PDF is there."""
        services, person, desk = self.ctx.now.services, self.ctx.now.principal, self.ctx.now.desk
        if services is None or person is None or desk is None:
            return
        language, settings = self.ctx.language, self.ctx.settings
        text = self.residents_text if residents else ""
        until = datetime.now(UTC)
        folder = Path(tempfile.mkdtemp(prefix="dispatch-desk-pack-"))
        self.ctx.say(self.tr("Preparing the meeting pack…"), 30_000)

        def read():
            from dispatch_desk.ui.map.page import prepare_map

            analytics = services.precinct_analytics_for(person)
            pack = build_pack(
                analytics,
                services.problems_for(person),
                until - timedelta(days=DAYS),
                until,
                residents=residents,
                residents_text=text,
            )
            categories, precincts = names(services, person, language)
            gazetteer = services.geo.gazetteer
            printer = MeetingPackPdf(
                ZoneInfo(settings.timezone),
                categories,
                precincts,
                lambda text: gazetteer.localized(text, language),
            )
            page = prepare_map(services, settings, language, folder)
            return pack, printer, page, analytics.area(pack.picture.precinct)

        def draw(result) -> None:
            pack, printer, page, area = result
            cells, repeats = map_layer(pack.picture, residents, self.ctx.views.detail.localize)
            self.drawing = MapPicture(page.path, page.basemap, parent=self)
            self.drawing.done.connect(lambda image: self._print(pack, printer, image, path, folder))
            self.drawing.render(cells, repeats, printer.legend(residents), bounds_of(cells, repeats, area))

        def failed(error: Exception) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            self.ctx.failed(error)

        self.ctx.tasks.run(read, draw, failed)

    def _print(self, pack, printer: MeetingPackPdf, image, path: Path, folder: Path) -> None:
        self.drawing = None

        def work() -> Path:
            try:
                printer.write(pack, path, image, datetime.now(UTC))
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            return path

        def done(written: Path) -> None:
            self.ctx.say(self.tr("Meeting pack written to %1").replace("%1", str(written)), 15_000)

        self.ctx.tasks.run(work, done, self.ctx.failed)
