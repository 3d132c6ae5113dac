"""What the desk shows at 1600×900 in each language: every unit, every queue column, whole categories."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from dispatch_desk.config import Settings
from dispatch_desk.domain.enums import UnitStatus
from dispatch_desk.ui import labels
from dispatch_desk.ui.app import install_translations
from dispatch_desk.ui.main_window import MainWindow
from dispatch_desk.ui.panels import columns_width
from dispatch_desk.ui.widgets.unit_tiles import TILE
from tests.support.desk_window import sign_in
from tests.support.people import DEMO_PASSWORD

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_every_unit_and_queue_column_and_whole_category_names_at_1600x900(qtbot, sqlite_city, language):
    app = QApplication.instance()
    translators = install_translations(app, language)
    settings = Settings()
    settings.database_url = sqlite_city.url
    settings.language = language
    window = MainWindow(settings, with_map=True)
    qtbot.addWidget(window)
    try:
        window.resize(1600, 900)
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.now.services is not None and window.map.ready, timeout=60_000)
        sign_in(qtbot, window, "operator", DEMO_PASSWORD, 30_000)
        tiles = window.units.tiles
        qtbot.waitUntil(lambda: tiles.model().rowCount() == 42, timeout=10_000)
        qtbot.wait(100)
        area = tiles.viewport().rect()
        hidden = [
            tiles.model().index(r, 0).data()
            for r in range(42)
            if not area.contains(tiles.visualRect(tiles.model().index(r, 0)))
        ]
        assert hidden == [], f"units out of sight: {hidden}"

        # The status each tile can show fits beside its precinct ("не на с…" was cut in Russian).
        metrics = tiles.fontMetrics()
        font = tiles.font()
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.82))
        small = QFontMetrics(font)
        room = TILE.width() - 8 - small.horizontalAdvance("→12") - 4
        for status in UnitStatus:
            word = labels.unit_status_on_tile(status)
            assert small.horizontalAdvance(word) <= room, (language, word)

        # With an incident open in the panel (its buttons at their widest), every queue column is in sight.
        queue = window.queue.table
        window.selection.select_incident(window.queue.model.incidents()[0].number)
        qtbot.waitUntil(lambda: window.detail.incident is not None, timeout=10_000)
        qtbot.wait(100)
        assert columns_width(queue) <= queue.viewport().width() + 1, "the queue scrolls sideways"
        # A layout kept from another role or language, with a wide incident panel, does not cut it either.
        window.resizeDocks([window.detail_dock], [760], Qt.Orientation.Horizontal)
        qtbot.wait(100)
        assert columns_width(queue) <= queue.viewport().width() + 1, "a kept layout cuts the queue"
        # ... and whatever layout a workstation kept: the incident panel never needs the queue's room.
        queue_needs = queue.horizontalHeader().length() + queue.verticalScrollBar().sizeHint().width() + 12
        panel_needs = window.detail_dock.minimumSizeHint().width()
        map_needs = window.central.minimumWidth()
        assert queue_needs + panel_needs + map_needs + 16 <= 1600, (queue_needs, panel_needs, map_needs)
        columns = window.queue.model.COLUMNS
        visible = queue.viewport().width()
        for name in ("channel", "units", "status"):
            column = columns.index(name)
            assert queue.columnViewportPosition(column) + queue.columnWidth(column) <= visible + 1, name
        header = queue.horizontalHeader()
        for column in range(len(columns)):  # every title whole ("Участок", not "часто")
            title = window.queue.model.headerData(column, Qt.Orientation.Horizontal)
            assert header.fontMetrics().horizontalAdvance(title) + 8 <= queue.columnWidth(column), title
        if language != "en":  # the window's title and the city in the desk's language
            assert "Dispatch Desk" not in window.windowTitle() and "Pavlodar" not in window.windowTitle()
        # Every category's name, wrapped in its column, fits the row's two lines.
        column = columns.index("category")
        metrics = queue.fontMetrics()
        width, height = queue.columnWidth(column) - 8, queue.verticalHeader().defaultSectionSize()
        for category in window.now.categories.values():
            name = category.name(language)
            box = metrics.boundingRect(QRect(0, 0, width, 1000), Qt.TextFlag.TextWordWrap, name)
            assert box.width() <= width and box.height() <= height - 4, name

        # The status bar's counts stay in sight while a message is shown.
        window.statusBar().showMessage("x" * 300, 10_000)
        qtbot.wait(50)
        assert window.incident_counts.isVisible() and window.unit_counts.isVisible()
    finally:
        window.close()
        for translator in translators:
            app.removeTranslator(translator)
