"""The plain desk window: open incidents, live updates from other workstations, database outages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from dispatch_desk.config import Settings
from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel, UnitStatus
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.ui.main_window import MainWindow
from dispatch_desk.ui.models.incidents import IncidentTableModel
from tests.support.desk_window import open_window
from tests.support.people import add_person

pytestmark = pytest.mark.gui


def settings_for(db) -> Settings:
    settings = Settings()
    settings.database_url = db.url
    settings.user = "op-test"
    return settings


@pytest.fixture
def window(qtbot, db):
    add_person(db, "op-test")
    win = open_window(qtbot, settings_for(db), login="op-test")
    yield win
    win.close()


def rows(win: MainWindow) -> list[str]:
    proxy = win.queue.proxy
    return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]


def test_window_lists_open_incidents_by_priority_and_follows_other_workstations(window, qtbot, db, clock):
    other = DeskService(db, Principal.for_system("op-second"), clock=clock)
    assert rows(window) == []
    low = other.create_incident(CallDraft(Channel.PHONE, "illegal_parking", address="Естая 5"))
    high = other.create_incident(CallDraft(Channel.APP, "fight_assault", address="Ломова 12"))
    qtbot.waitUntil(lambda: len(rows(window)) == 2, timeout=5_000)
    assert rows(window) == [high.number, low.number]  # most urgent first
    other.close(low.number, "handled by phone")
    qtbot.waitUntil(lambda: rows(window) == [high.number], timeout=5_000)
    assert "P1: 1" in window.incident_counts.text()
    assert window.database_status.ok


def test_citizen_text_is_shown_as_text(window, qtbot, db, clock):
    other = DeskService(db, Principal.for_system("op-second"), clock=clock)
    payload = '<img src=x onerror="alert(1)"></script><script>alert(2)</script>'
    other.create_incident(CallDraft(Channel.APP, "other", address=payload[:60], description=payload))
    qtbot.waitUntil(lambda: len(rows(window)) == 1, timeout=5_000)
    address_column = IncidentTableModel.COLUMNS.index("address")
    index = window.queue.proxy.index(0, address_column)
    assert index.data() == "⚠ " + payload[:60]  # shown as typed; ⚠ = location unverified
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tooltip and "&lt;img" in tooltip  # escaped: Qt would render a tag as rich text


def test_about_box_carries_the_openstreetmap_attribution(window):
    text = window.help.about_text()
    assert "OpenStreetMap" in text and "ODbL" in text and "illustrative" in text


def test_model_passes_qt_model_tester(qtmodeltester, desk):
    model = IncidentTableModel()
    model.reset([desk.create_incident(CallDraft(Channel.PHONE, "theft", address="Естая 5"))])
    # The tester stays connected and checks every later insert, change and removal as it happens.
    qtmodeltester.check(model, force_py=True)
    for address in ("Ломова 12", "Торайгырова 64"):
        model.upsert(desk.create_incident(CallDraft(Channel.PHONE, "theft", address=address)))
    incident = desk.create_incident(CallDraft(Channel.PHONE, "theft", address="Кутузова 1"))
    model.upsert(incident)
    model.remove("26-000002")
    assert [model.incident(r).number for r in range(model.rowCount())] == [
        "26-000001",
        "26-000003",
        "26-000004",
    ]
    assert model.row_of("26-000004") == 2
    model.upsert(desk.dispatch("26-000004", _unit(desk)))
    model.reset([])


def test_updating_one_incident_changes_one_row_without_a_reset(qtbot, desk):
    model = IncidentTableModel()
    incidents = [
        desk.create_incident(CallDraft(Channel.PHONE, "theft", address=f"Естая {n}")) for n in range(3)
    ]
    model.reset(incidents)
    changed = desk.dispatch(incidents[1].number, _unit(desk))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as signal:
        model.upsert(changed)
    assert signal.args[0].row() == 1 and signal.args[1].row() == 1
    assert model.index(1, IncidentTableModel.COLUMNS.index("units")).data() == "A-1"


def _unit(desk: DeskService) -> str:
    from dispatch_desk.domain.entities import Unit
    from dispatch_desk.domain.enums import UnitKind

    desk.add_unit(Unit("A-1", UnitKind.PATROL_CAR, None))
    return "A-1"


def test_unreachable_database_is_shown_and_retried(qtbot):
    settings = Settings()
    settings.database_url = "postgresql://nobody@127.0.0.1:1/none"
    win = MainWindow(settings, with_map=False)
    qtbot.addWidget(win)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: "unavailable" in win.database_status.text(), timeout=10_000)
    assert not win.database_status.ok
    win.close()


def test_first_start_on_the_default_database_builds_the_demo_city(qtbot):
    settings = Settings.load()  # the test's own empty user folder, the default SQLite database
    win = MainWindow(settings, with_map=False)
    qtbot.addWidget(win)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: win.now.services is not None, timeout=60_000)
    assert win.now.services.is_demo and win.now.services.built_demo
    assert "demo data" in win.windowTitle() and "Pavlodar" in win.windowTitle()
    win.close()


def test_a_call_being_typed_survives_a_crash_and_is_offered_back(qtbot, db):
    add_person(db, "op-test")
    first = open_window(qtbot, settings_for(db), login="op-test")
    first.calls.new_call()
    form = first.call_form
    form.phone.setText("87015551234")
    form.address.setText("Торайгырова 64")
    form.description.setPlainText("Соседи шумят <b>третий час</b>")
    qtbot.waitUntil(lambda: first.calls.draft_path.is_file(), timeout=5_000)
    draft = first.calls.draft_path
    # A crash: the window is gone without closing, nothing else is written.
    first.feed.stop()
    first.hide()

    second = open_window(qtbot, settings_for(db), login="op-test")
    qtbot.waitUntil(lambda: second.call_dock.isVisible(), timeout=20_000)
    assert second.call_form.phone.text() == "87015551234"
    assert second.call_form.address.text() == "Торайгырова 64"
    assert second.call_form.description.toPlainText() == "Соседи шумят <b>третий час</b>"
    second.call_form.clear()
    second.calls.finished()
    assert not draft.exists()
    second.close()


def test_layout_is_remembered_and_night_palette_toggles(qtbot, db):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    add_person(db, "op-test")
    window = open_window(qtbot, settings_for(db), login="op-test")
    window.unit_dock.hide()
    window.queue.table.setColumnWidth(4, 333)
    window.close()
    again = open_window(qtbot, settings_for(db), login="op-test")
    assert not again.unit_dock.isVisible() and again.queue.table.columnWidth(4) == 333
    light = QApplication.palette().color(QPalette.ColorRole.Window).lightness()
    again.toggle_palette(True)
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < light
    again.toggle_palette(False)
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() == light
    again.close()


def test_unit_model_passes_qt_model_tester(qtmodeltester, desk):
    from dispatch_desk.domain.entities import Unit
    from dispatch_desk.domain.enums import UnitKind
    from dispatch_desk.ui.models.units import UnitTableModel

    model = UnitTableModel()
    model.reset([desk.add_unit(Unit("A-1", UnitKind.PATROL_CAR, "01", crew=["<b>Серік</b>"]))])
    qtmodeltester.check(model, force_py=True)
    model.upsert(desk.add_unit(Unit("A-2", UnitKind.TRAFFIC, None)))
    model.upsert(desk.set_unit_status("A-1", UnitStatus.BUSY))
    assert model.index(0, 1).data() == "busy" and model.rowCount() == 2
    assert "&lt;b&gt;" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    model.tick()
