"""The meeting pack printed from the desk (Desk menu): the inspector's own version or the residents',
over the last 28 days, in the desk's language. The figures are read and the PDF written on the database
lane; the map is drawn by an offscreen copy of the desk's map page on the GUI thread in between, so the
desk keeps answering throughout."""

from __future__ import annotations

import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from dispatch_desk.services.meeting_pack import build_pack
from dispatch_desk.ui.meeting_pack_pdf import MeetingPackPdf
from dispatch_desk.ui.pack_map import MapPicture, bounds_of, map_layer

if TYPE_CHECKING:
    from dispatch_desk.ui.main_window import MainWindow

DAYS = 28


class MeetingPackDesk(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.drawing: MapPicture | None = None

    def ask(self) -> QFileDialog | None:
        return self._ask(residents=False)

    def ask_residents(self) -> QFileDialog | None:
        return self._ask(residents=True)

    def _ask(self, residents: bool) -> QFileDialog | None:
        if self.window.services is None or self.window.principal is None:
            return None
        name = "meeting-residents.pdf" if residents else "meeting-pack.pdf"
        title = self.tr("Meeting pack for residents") if residents else self.tr("Meeting pack")
        chooser = QFileDialog(self.window, title, str(Path.home() / name), self.tr("PDF files (*.pdf)"))
        chooser.setObjectName("meetingPackChooser")
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setDefaultSuffix("pdf")
        chooser.fileSelected.connect(lambda path: self.write(Path(path), residents))
        chooser.finished.connect(chooser.deleteLater)
        chooser.open()
        return chooser

    def write(self, path: Path, residents: bool) -> None:
        """Read, draw, print: the status bar says when the PDF is there."""
        w = self.window
        services, person, desk = w.services, w.principal, w.desk
        if services is None or person is None or desk is None:
            return
        language, settings = w.language, w.settings
        until = datetime.now(UTC)
        folder = Path(tempfile.mkdtemp(prefix="dispatch-desk-pack-"))
        w.statusBar().showMessage(self.tr("Preparing the meeting pack…"), 30_000)

        def read():
            from dispatch_desk.ui.map.page import prepare_map

            analytics = services.precinct_analytics_for(person)
            pack = build_pack(analytics, services.problems_for(person), until - timedelta(days=DAYS), until,
                              residents=residents)  # fmt: skip
            printer = MeetingPackPdf(ZoneInfo(settings.timezone), {c.code: c.name(language) for c in desk.categories(True)},
                                     {p.code: p.name(language) for p in desk.precincts()})  # fmt: skip
            page = prepare_map(services, settings, language, folder)
            return pack, printer, page, analytics.area(pack.picture.precinct)

        def draw(result) -> None:
            pack, printer, page, area = result
            cells, repeats = map_layer(pack.picture, residents, w.detail.localize)
            self.drawing = MapPicture(page.path, page.basemap, parent=self)
            self.drawing.done.connect(lambda image: self._print(pack, printer, image, path, folder))
            self.drawing.render(cells, repeats, printer.legend(), bounds_of(cells, repeats, area))

        def failed(error: Exception) -> None:
            shutil.rmtree(folder, ignore_errors=True)
            w.action_failed(error)

        w.tasks.run(read, draw, failed)

    def _print(self, pack, printer: MeetingPackPdf, image, path: Path, folder: Path) -> None:
        w = self.window
        self.drawing = None

        def work() -> Path:
            try:
                printer.write(pack, path, image, datetime.now(UTC))
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            return path

        def done(written: Path) -> None:
            w.statusBar().showMessage(
                self.tr("Meeting pack written to %1").replace("%1", str(written)), 15_000
            )

        w.tasks.run(work, done, w.action_failed)
