"""The operator's desk driven as an operator would: keyboard only, the real map page, real database."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel, IncidentStatus, LocationSource, UnitStatus
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.ui.main_window import CloseDialog
from tests.support.desk_window import js, type_text, wait_map

pytestmark = pytest.mark.gui


def test_a_whole_call_with_the_keyboard_alone(qtbot, desk_window, sqlite_city):
    window = desk_window
    desk = DeskService(sqlite_city, Principal.for_system("checker"))
    before = {i.number for i in desk.read.open_incidents()}
    QTest.keyClick(window, Qt.Key.Key_F2)
    form = window.call_form
    qtbot.waitUntil(lambda: form.phone.hasFocus(), timeout=5_000)
    qtbot.keyClicks(form.phone, "8 701 555 12 34")
    QTest.keyClick(form.phone, Qt.Key.Key_Tab)
    type_text(QApplication.focusWidget(), "Айгерім")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.address
    type_text(form.address, "ул. Торайгырова, д. 64, кв. 12")
    qtbot.waitUntil(lambda: form.location is not None, timeout=10_000)
    assert "Toraigyrov Street, 64" in form.location_label.text()  # the street in the desk's language
    form.category.setFocus()
    index = form.category.findData("fight_assault")
    for _ in range(index):
        QTest.keyClick(form.category, Qt.Key.Key_Down)
    assert form.category.currentData() == "fight_assault"
    form.description.setFocus()
    type_text(form.description, "Драка во дворе")
    QTest.keyClick(form.address, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not window.call_dock.isVisible(), timeout=10_000)
    created = [i for i in desk.read.open_incidents() if i.number not in before]
    assert len(created) == 1
    incident = created[0]
    assert incident.caller.phone == "+77015551234" and incident.location.source == LocationSource.GEOCODED
    assert incident.precinct is not None and incident.category == "fight_assault"
    qtbot.waitUntil(lambda: window.now.selected_number == incident.number, timeout=5_000)
    wait_map(qtbot, window, lambda v: v is not None, f"desk.info('incident', {json.dumps(incident.number)})")

    # The recommended unit, dispatched with one keystroke.
    qtbot.waitUntil(
        lambda: bool(
            window.detail.incident is not None
            and window.detail.incident.number == incident.number
            and window.detail.candidates
        ),
        timeout=10_000,
    )
    first = window.detail.candidates[0].call_sign
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: desk.read.incident(incident.number).status == IncidentStatus.DISPATCHED, timeout=10_000
    )
    assert desk.read.unit(first).current_incident == incident.number
    qtbot.waitUntil(lambda: bool(window.detail.incident.active_assignments()), timeout=10_000)
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: desk.read.incident(incident.number).status == IncidentStatus.EN_ROUTE, timeout=10_000
    )
    QTest.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: desk.read.incident(incident.number).status == IncidentStatus.ON_SCENE, timeout=10_000
    )
    qtbot.waitUntil(lambda: window.detail.incident.status == IncidentStatus.ON_SCENE, timeout=10_000)

    QTest.keyClick(
        window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: window.findChild(CloseDialog) is not None, timeout=5_000)
    dialog = window.findChild(CloseDialog)
    qtbot.waitUntil(lambda: dialog.code.hasFocus(), timeout=5_000)
    QTest.keyClick(dialog.code, Qt.Key.Key_Return)  # nothing chosen yet: the dialog says so and stays
    assert dialog.isVisible() and dialog.hint.isVisible() and dialog.code.hasFocus()
    for _ in range(dialog.code.findData("taken_to_precinct")):
        QTest.keyClick(dialog.code, Qt.Key.Key_Down)
    QTest.keyClick(dialog.code, Qt.Key.Key_Tab)
    assert dialog.disposition.hasFocus()
    qtbot.keyClicks(dialog.disposition, "both participants")
    QTest.keyClick(dialog.disposition, Qt.Key.Key_Tab)
    assert dialog.message.hasFocus()
    type_text(dialog.message, "Патруль выехал, составлен протокол.")
    QTest.keyClick(dialog.disposition, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: desk.read.incident(incident.number).status == IncidentStatus.CLOSED, timeout=10_000
    )
    closed = desk.read.incident(incident.number)
    assert closed.citizen_message == "Патруль выехал, составлен протокол."
    assert (closed.disposition_code, closed.disposition) == ("taken_to_precinct", "both participants")
    assert desk.read.unit(first).status == UnitStatus.AVAILABLE
    # The queue and the map follow.
    qtbot.waitUntil(
        lambda: (
            window.queue.proxy.rowCount() == 0
            or incident.number
            not in {window.queue.proxy.index(r, 1).data() for r in range(window.queue.proxy.rowCount())}
        ),
        timeout=10_000,
    )
    wait_map(qtbot, window, lambda v: v is None, f"desk.info('incident', {json.dumps(incident.number)})")
    kinds = [e.kind for e in desk.read.timeline(incident.number)]
    assert kinds == [
        "incident.created",
        "incident.dispatched",
        "incident.en_route",
        "incident.on_scene",
        "incident.closed",
    ]
    assert {e.actor for e in desk.read.timeline(incident.number)} == {"operator"}


def test_clicking_a_marker_selects_the_incident(qtbot, desk_window, sqlite_city):
    window = desk_window
    desk = DeskService(sqlite_city, Principal.for_system("other"))
    incident = desk.create_incident(
        CallDraft(
            Channel.APP,
            "theft",
            address="Кутузова 57",
            location=Location(52.2800, 76.9700, LocationSource.GPS),
        )
    )
    number = json.dumps(incident.number)
    wait_map(qtbot, window, lambda v: v is not None, f"desk.info('incident', {number})", timeout=15_000)
    js(qtbot, window, "(desk.map.setView([52.28, 76.97], 17, {animate: false}), true)")
    qtbot.wait(500)  # let the markers settle at the new zoom
    point = wait_map(
        qtbot,
        window,
        lambda v: v is not None,
        # centred on the marker at every try: on a busy machine a first view may not have settled
        f"(() => {{ const m = desk.incidents.get({number}); desk.map.setView(m.getLatLng(), 17, {{animate: false}});"
        f" const p = desk.map.latLngToContainerPoint(m.getLatLng());"
        f" return m.getElement() ? [p.x, p.y] : null; }})()",
        timeout=20_000,
    )
    QTest.mouseClick(
        window.map.focusProxy(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(round(point[0]), round(point[1])),
    )
    qtbot.waitUntil(lambda: window.now.selected_number == incident.number, timeout=10_000)


def test_reassigning_a_unit_from_the_desk(qtbot, desk_window, sqlite_city):
    window = desk_window
    desk = DeskService(sqlite_city, Principal.for_system("other"))
    first = desk.create_incident(CallDraft(Channel.PHONE, "theft", address="Естая 12"))
    second = desk.create_incident(CallDraft(Channel.PHONE, "fight_assault", address="Ломова 20"))
    unit = next(
        u.call_sign
        for u in desk.read.units()
        if u.status == UnitStatus.AVAILABLE and u.kind.value == "patrol_car"
    )
    desk.dispatch(first.number, unit)
    qtbot.waitUntil(lambda: window.queue.model.row_of(second.number) is not None, timeout=10_000)
    window.selection.select_incident(second.number)
    window.units.select(unit)
    qtbot.waitUntil(
        lambda: window.now.selected_number == second.number and window.units.selected_unit() == unit,
        timeout=5_000,
    )
    window.incidents.reassign_selected(reason="the fight comes first")
    qtbot.waitUntil(lambda: desk.read.unit(unit).current_incident == second.number, timeout=10_000)
    moved = desk.read.incident(second.number).assignments[0]
    assert moved.call_sign == unit and moved.reason == "the fight comes first"
    assert desk.read.incident(first.number).status == IncidentStatus.NEW
    qtbot.waitUntil(
        lambda: window.units.model.unit(window.units.model.row_of(unit)).current_incident == second.number,
        timeout=10_000,
    )


PAYLOADS = {
    "description": '<img src=x onerror="window.__pwned=1">',
    "address": "</script><script>window.__pwned=2</script>",
    "caller_name": '<a href="javascript:window.__pwned=3">click</a>',
}


def test_hostile_text_is_shown_as_text_everywhere_and_never_runs(qtbot, desk_window, sqlite_city):
    window = desk_window
    desk = DeskService(sqlite_city, Principal.for_system("other"))
    incident = desk.create_incident(
        CallDraft(Channel.APP, "other", location=Location(52.2805, 76.9605, LocationSource.GPS), **PAYLOADS)
    )
    number = json.dumps(incident.number)
    info = wait_map(
        qtbot, window, lambda v: v is not None, f"desk.info('incident', {number})", timeout=15_000
    )
    assert info["data"]["description"] == PAYLOADS["description"]
    assert PAYLOADS["address"] in info["popupText"] and PAYLOADS["description"] in info["popupText"]
    js(qtbot, window, f"(desk.incidents.get({number}).openPopup(), true)")
    qtbot.wait(500)
    assert js(
        qtbot,
        window,
        "[typeof window.__pwned, document.querySelectorAll('.dd-popup img, .dd-popup script, "
        ".leaflet-pane a[href^=javascript]').length]",
    ) == ["undefined", 0]
    window.selection.select_incident(incident.number)
    qtbot.waitUntil(
        lambda: window.detail.incident is not None and window.detail.incident.number == incident.number,
        timeout=10_000,
    )
    assert window.detail.description.toPlainText() == PAYLOADS["description"]
    assert window.detail.address.text() == PAYLOADS["address"]
    assert window.detail.address.textFormat() == Qt.TextFormat.PlainText
    assert PAYLOADS["caller_name"] in window.detail.caller.text()
    row = window.queue.proxy.mapFromSource(
        window.queue.model.index(window.queue.model.row_of(incident.number), 0)
    ).row()
    assert (
        window.queue.proxy.index(row, window.queue.model.COLUMNS.index("address")).data()
        == PAYLOADS["address"]
    )
    assert js(qtbot, window, "typeof window.__pwned") == "undefined"


def test_keyboard_shortcuts_are_listed(desk_window):
    rows = desk_window.help.shortcut_rows()
    assert ("New call", "F2") in rows and ("New call", "Ctrl+N") in rows
    assert {"Ctrl+D", "Ctrl+E", "Ctrl+O", "Ctrl+K", "Ctrl+R", "Ctrl+Shift+C", "F1"} <= {
        keys for _, keys in rows
    }
    keys = [k for _, k in desk_window.help.shortcut_rows()]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"


def test_a_unit_dropped_on_an_incident_is_sent_or_moved(qtbot, desk_window, sqlite_city):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from dispatch_desk.ui.models.units import UNIT_MIME

    window = desk_window
    desk = DeskService(sqlite_city, Principal.for_system("other"))
    first = desk.create_incident(CallDraft(Channel.PHONE, "theft", address="Естая 12"))
    second = desk.create_incident(CallDraft(Channel.PHONE, "fight_assault", address="Ломова 20"))
    unit = next(
        u.call_sign
        for u in desk.read.units()
        if u.status == UnitStatus.AVAILABLE and u.kind.value == "patrol_car"
    )
    qtbot.waitUntil(lambda: window.queue.model.row_of(first.number) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.units.model.row_of(unit) is not None, timeout=10_000)
    # The unit panel's drag data carries the call sign.
    source_row = window.units.proxy.mapFromSource(
        window.units.model.index(window.units.model.row_of(unit), 0)
    ).row()
    mime = window.units.proxy.mimeData([window.units.proxy.index(source_row, 0)])
    assert bytes(mime.data(UNIT_MIME)).decode() == unit
    # Dropped on the first incident's row in the queue: a free unit is sent.
    row = window.queue.proxy.mapFromSource(
        window.queue.model.index(window.queue.model.row_of(first.number), 0)
    ).row()
    point = window.queue.table.visualRect(window.queue.proxy.index(row, 1)).center()
    # As a real drag does: the queue accepts the unit on entering, then takes the drop.
    enter = QDragEnterEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window.queue.table.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    handled = QApplication.sendEvent(window.queue.table.viewport(), drop)
    assert handled and drop.isAccepted(), (
        point,
        window.queue.table.indexAt(point).isValid(),
        window.now.services is not None,
    )
    qtbot.waitUntil(lambda: desk.read.unit(unit).current_incident == first.number, timeout=10_000)
    # Dropped on another incident while busy: moved, with the reason asked for.
    qtbot.waitUntil(
        lambda: window.units.model.unit(window.units.model.row_of(unit)).current_incident == first.number,
        timeout=10_000,
    )
    window.incidents.drop_unit_on_incident(unit, second.number, reason="backup for the fight")
    qtbot.waitUntil(lambda: desk.read.unit(unit).current_incident == second.number, timeout=10_000)
    assert desk.read.incident(second.number).assignments[0].reason == "backup for the fight"
    # Dropped on an incident's marker on the map.
    other = next(
        u.call_sign for u in desk.read.units() if u.status == UnitStatus.AVAILABLE and u.call_sign != unit
    )
    third = desk.create_incident(
        CallDraft(
            Channel.APP,
            "theft",
            address="Кутузова 57",
            location=Location(52.2810, 76.9710, LocationSource.GPS),
        )
    )
    number = json.dumps(third.number)
    wait_map(qtbot, window, lambda v: v is not None, f"desk.info('incident', {number})", timeout=15_000)
    js(qtbot, window, "(desk.map.setView([52.281, 76.971], 17, {animate: false}), true)")
    qtbot.wait(500)
    spot = js(
        qtbot,
        window,
        f"(() => {{ const p = desk.map.latLngToContainerPoint(desk.incidents.get({number}).getLatLng());"
        " return [p.x + 5, p.y - 4]; })()",
    )
    dragged = window.units.model.mimeData([window.units.model.index(window.units.model.row_of(other), 0)])
    at = QPointF(spot[0], spot[1])
    window.map.dragEnterEvent(
        QDragEnterEvent(
            at.toPoint(),
            Qt.DropAction.CopyAction,
            dragged,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    window.map.dropEvent(
        QDropEvent(
            at, Qt.DropAction.CopyAction, dragged, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    )
    qtbot.waitUntil(lambda: desk.read.unit(other).current_incident == third.number, timeout=10_000)
    assert isinstance(mime, QMimeData)


def test_an_unverified_incident_is_placed_by_clicking_the_map(qtbot, desk_window, sqlite_city):
    window = desk_window
    desk = DeskService(sqlite_city, Principal.for_system("other"))
    lost = desk.create_incident(CallDraft(Channel.PHONE, "other", address="где-то за рынком"))
    assert lost.location is None
    qtbot.waitUntil(lambda: window.queue.model.row_of(lost.number) is not None, timeout=10_000)
    window.selection.select_incident(lost.number)
    qtbot.waitUntil(lambda: window.now.selected_number == lost.number, timeout=5_000)
    QTest.keyClick(
        window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.incidents.placing_number == lost.number
    js(qtbot, window, "(desk.map.setView([52.28, 76.97], 15, {animate: false}), true)")
    qtbot.wait(300)
    point = js(
        qtbot,
        window,
        "(() => { const p = desk.map.latLngToContainerPoint([52.2801, 76.9702]); return [p.x, p.y]; })()",
    )
    QTest.mouseClick(
        window.map.focusProxy(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(round(point[0]), round(point[1])),
    )
    qtbot.waitUntil(lambda: desk.read.incident(lost.number).location is not None, timeout=10_000)
    placed = desk.read.incident(lost.number)
    assert placed.location.source == LocationSource.MAP and placed.precinct is not None
    assert abs(placed.location.lat - 52.2801) < 0.0005 and abs(placed.location.lon - 76.9702) < 0.0005
    wait_map(qtbot, window, lambda v: v is not None, f"desk.info('incident', {json.dumps(lost.number)})")


def test_one_action_refreshes_the_incident_panel_once(qtbot, desk_window, sqlite_city):
    window = desk_window
    desk = DeskService(sqlite_city, Principal.for_system("other"))
    incident = desk.create_incident(CallDraft(Channel.PHONE, "theft", address="Естая 12"))
    qtbot.waitUntil(lambda: window.queue.model.row_of(incident.number) is not None, timeout=10_000)
    window.selection.select_incident(incident.number)
    qtbot.waitUntil(
        lambda: bool(
            window.detail.incident is not None
            and window.detail.incident.number == incident.number
            and window.detail.candidates
        ),
        timeout=10_000,
    )
    shown: list[str] = []
    original = window.detail.show_incident
    window.detail.show_incident = lambda i, *a, **k: (
        shown.append(i.number if i else ""),
        original(i, *a, **k),
    )
    unit = window.detail.candidates[0].call_sign
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.read.unit(unit).current_incident == incident.number, timeout=10_000)
    qtbot.wait(2500)  # the feed's own poll (every second) brings the same rows: they must not refresh again
    assert shown == [incident.number]


def test_status_keys_never_move_a_unit_of_another_incident_and_a_second_dispatch_asks(
    qtbot, desk_window, sqlite_city
):
    from PySide6.QtWidgets import QMessageBox

    window = desk_window
    desk = DeskService(sqlite_city, Principal.for_system("other"))
    theft = desk.create_incident(CallDraft(Channel.PHONE, "theft", address="Естая 12"))
    robbery = desk.create_incident(CallDraft(Channel.PHONE, "robbery", address="Ломова 20"))
    free = [
        u.call_sign
        for u in desk.read.units()
        if u.status == UnitStatus.AVAILABLE and u.kind.value == "patrol_car"
    ]
    own, other = free[0], free[1]
    desk.dispatch(theft.number, own)
    desk.dispatch(robbery.number, other)
    qtbot.waitUntil(
        lambda: window.units.model.unit(window.units.model.row_of(other)).current_incident == robbery.number,
        timeout=10_000,
    )
    window.selection.select_incident(theft.number)
    window.units.select(other)  # a unit of the other incident is selected in the unit panel
    qtbot.waitUntil(
        lambda: (
            window.detail.incident is not None
            and window.detail.incident.number == theft.number
            and window.units.selected_unit() == other
        ),
        timeout=10_000,
    )
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.read.unit(own).status == UnitStatus.EN_ROUTE, timeout=10_000)
    assert desk.read.unit(other).status == UnitStatus.DISPATCHED  # untouched
    # The incident has a unit: Ctrl+D sends a further one only after asking.
    qtbot.waitUntil(
        lambda: bool(window.detail.candidates) and window.detail.incident.status.value == "en_route",
        timeout=10_000,
    )
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "anotherUnitQuestion") is not None, timeout=5_000)
    question = window.findChild(QMessageBox, "anotherUnitQuestion")
    assert theft.number in question.text() and own in question.text()
    qtbot.wait(500)
    assert [a.call_sign for a in desk.read.incident(theft.number).active_assignments()] == [
        own
    ]  # nothing sent yet
    question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(desk.read.incident(theft.number).active_assignments()) == 2, timeout=10_000)


def test_two_quick_dispatches_send_one_unit_until_the_operator_confirms(qtbot, desk_window, sqlite_city):
    from PySide6.QtWidgets import QMessageBox

    window = desk_window
    desk = DeskService(sqlite_city, Principal.for_system("other"))
    theft = desk.create_incident(CallDraft(Channel.PHONE, "theft", address="Естая 14"))
    qtbot.waitUntil(lambda: window.queue.model.row_of(theft.number) is not None, timeout=10_000)
    window.selection.select_incident(theft.number)
    qtbot.waitUntil(
        lambda: bool(
            window.detail.incident is not None
            and window.detail.incident.number == theft.number
            and len(window.detail.candidates) > 1
        ),
        timeout=10_000,
    )
    window.detail.dispatch_nth(1)
    window.detail.dispatch_nth(2)  # at once, before the first has come back
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "anotherUnitQuestion") is not None, timeout=5_000)
    qtbot.waitUntil(lambda: len(desk.read.incident(theft.number).active_assignments()) == 1, timeout=10_000)
    window.findChild(QMessageBox, "anotherUnitQuestion").button(QMessageBox.StandardButton.No).click()
    qtbot.wait(500)
    assert len(desk.read.incident(theft.number).active_assignments()) == 1


def test_tab_goes_from_category_to_description_and_enter_saves_from_the_priority(
    qtbot, desk_window, sqlite_city
):
    """The field test: Tab from the category went to the priority list, the description was typed into
    it, and Enter did not save."""
    window = desk_window
    desk = DeskService(sqlite_city, Principal.for_system("checker"))
    before = {i.number for i in desk.read.open_incidents()}
    QTest.keyClick(window, Qt.Key.Key_F2)
    form = window.call_form
    qtbot.waitUntil(lambda: form.phone.hasFocus(), timeout=5_000)
    qtbot.keyClicks(form.phone, "8 701 555 43 21")
    type_text(form.address, "ул. Торайгырова, д. 64")
    qtbot.waitUntil(lambda: form.location is not None, timeout=10_000)
    form.category.setFocus()
    for _ in range(form.category.findData("theft")):
        QTest.keyClick(form.category, Qt.Key.Key_Down)
    QTest.keyClick(form.category, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.description
    type_text(form.description, "Украли велосипед у подъезда")
    QTest.keyClick(form.description, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.priority
    QTest.keyClick(form.priority, Qt.Key.Key_Return)  # Enter in the priority list saves too
    qtbot.waitUntil(lambda: not window.call_dock.isVisible(), timeout=10_000)
    [created] = [i for i in desk.read.open_incidents() if i.number not in before]
    assert created.category == "theft" and created.description == "Украли велосипед у подъезда"
