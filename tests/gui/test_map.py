"""The map as an operator reads it: an offline basemap, a useful zoom, urgent calls outside the view,
the night palette, a metric scale."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.ui.models.incidents import OVERDUE_COLOUR
from tests.support.desk_window import js, wait_map

pytestmark = pytest.mark.gui


def test_the_basemap_is_served_offline_and_the_map_reads_at_any_hour(qtbot, desk_window, sqlite_city):
    window = desk_window
    look = wait_map(qtbot, window, lambda v: v["tiles"] > 0, "desk.look()", timeout=20_000)
    assert all(url.startswith("desk-tiles:/") for url in look["tileUrls"])  # never http(s)
    assert window.map.tiles.served >= look["tiles"] and window.map.tiles.archive is not None
    assert look["scaleLines"] == 1  # metres only
    assert look["night"] is False and "invert" not in look["tileFilter"]

    # A selected incident is shown at a zoom where its streets can be read, not at 100 m.
    # (an open one with a marker, made here: how many the demo has open depends on the hour it is built)
    number = (
        DeskService(sqlite_city, Principal.for_system("caller"))
        .create_incident(CallDraft(Channel.PHONE, "theft", "Украли сумку", "Естая 105"))
        .number
    )
    qtbot.waitUntil(lambda: window.queue.model.row_of(number) is not None, timeout=10_000)
    js(qtbot, window, "(desk.map.setZoom(11, {animate: false}), true)")
    window.map_api.select("incident", number, True)
    look = wait_map(qtbot, window, lambda v: v["zoom"] == 15, "desk.look()")
    assert look["streetLabels"] > 0  # street names, placed by the page in the desk's language

    # A new P1 outside the view: an arrow at the edge names it; clicking it selects the incident.
    desk = DeskService(sqlite_city, Principal.for_system("caller"))
    far = desk.create_incident(
        CallDraft(Channel.PHONE, "robbery", "Грабёж у банкомата", location=Location.placed(52.40, 76.80))
    )
    assert far.priority == 1
    look = wait_map(qtbot, window, lambda v: any(far.number in e for e in v["edges"]), "desk.look()")
    # On a narrow map the arrow's label is still whole ("P1 26-00…" was cut at the map's side).
    window.map.setMaximumWidth(300)
    js(qtbot, window, "(desk.map.invalidateSize({animate: false}), desk.map.fire('resize'), true)")
    look = wait_map(qtbot, window, lambda v: v["edges"] and not v["edgesCut"], "desk.look()")
    assert js(qtbot, window, "desk.map.getSize().x") <= 300
    assert any(far.number in e for e in look["edges"])
    window.map.setMaximumWidth(16_777_215)
    click = (
        "Array.from(document.querySelectorAll('.dd-edge')).find((e) => e.textContent.includes(%s)).click()"
    )
    js(qtbot, window, "(" + click % json.dumps(far.number) + ", true)")  # its own arrow: others may show too
    qtbot.waitUntil(lambda: window.now.selected_number == far.number, timeout=10_000)
    wait_map(qtbot, window, lambda v: not any(far.number in e for e in v["edges"]), "desk.look()")

    # Night: the map darkens with the desk.
    window.desk_actions.actions["dark"].trigger()
    look = wait_map(qtbot, window, lambda v: v["night"], "desk.look()")
    assert "invert" in look["tileFilter"]
    window.desk_actions.actions["dark"].trigger()
    wait_map(qtbot, window, lambda v: not v["night"], "desk.look()")

    # A map to print (the meeting pack's) has no zoom buttons drawn on the paper.
    zoom_buttons = "document.querySelectorAll('.leaflet-control-zoom').length"
    assert js(qtbot, window, zoom_buttons) == 1
    assert js(qtbot, window, f"(desk.forPaper(), {zoom_buttons})") == 0


def test_an_unreadable_basemap_is_named_and_the_map_still_works(qtbot, sqlite_city, tmp_path):
    from dispatch_desk.config import Settings
    from dispatch_desk.ui.main_window import MainWindow
    from tests.support.desk_window import sign_in
    from tests.support.people import DEMO_PASSWORD

    DeskService(sqlite_city, Principal.for_system("caller")).create_incident(
        CallDraft(Channel.PHONE, "theft", "Украли сумку", "Естая 105")
    )  # at least one open incident on the map, whatever the hour the demo was built at
    broken = tmp_path / "city.mbtiles"
    broken.write_bytes(b"<html>not tiles</html>")
    settings = Settings()
    settings.database_url = sqlite_city.url
    settings.basemap = str(broken)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.start()
    try:
        qtbot.waitUntil(lambda: window.map.ready, timeout=30_000)
        assert "neither an MBTiles nor a PMTiles" in window.statusBar().currentMessage()
        sign_in(qtbot, window, "operator", DEMO_PASSWORD, 30_000)
        look = wait_map(qtbot, window, lambda v: v is not None, "desk.look()")
        assert look["tiles"] == 0 and window.map.tiles.archive is None
        wait_map(qtbot, window, lambda v: v["incidents"] > 0, "desk.counts()")
    finally:
        window.close()


def test_an_overdue_p1_is_seen_without_looking_for_it_and_clears_when_a_unit_goes(
    qtbot, desk_window, sqlite_city
):
    from datetime import timedelta

    from dispatch_desk.services.clock import utc_now

    window = desk_window
    desk = DeskService(sqlite_city, Principal.for_system("caller"))
    waiting = desk.create_incident(
        CallDraft(
            Channel.PHONE, "robbery", "Грабёж", "Естая 101", received_at=utc_now() - timedelta(seconds=61)
        )
    )
    model = window.queue.model
    qtbot.waitUntil(lambda: waiting.number in model.overdue, timeout=10_000)
    assert [o.kind for o in model.overdue[waiting.number]] == ["not_dispatched"]
    assert window.overdue_count.isVisible() and str(len(model.overdue)) in window.overdue_count.text()
    row = model.row_of(waiting.number)
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_COLOUR
    assert "no unit sent yet" in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    wait_map(qtbot, window, lambda v: waiting.number in v["overdue"], "desk.look()")
    unit = next(
        u.call_sign
        for u in desk.read.units()
        if u.status.value == "available" and u.kind.value == "patrol_car"
    )
    desk.dispatch(waiting.number, unit)
    qtbot.waitUntil(lambda: waiting.number not in model.overdue, timeout=10_000)
    wait_map(qtbot, window, lambda v: waiting.number not in v["overdue"], "desk.look()")
