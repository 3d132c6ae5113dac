"""A problem opened from the map: the inspector of precinct 05 switches the hot-spot layer on, clicks the
hottest cell, names the problem and opens it; the dialog lists the incidents in that cell and takes a
note, a response step and the next stage; an incident arriving from another desk joins the linked ones;
the same cell clicked again opens the same problem; the shift lead reads it without changing it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QDialogButtonBox

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.domain.problems import ProblemStatus
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft
from dispatch_desk.services.precinct_analytics import PrecinctAnalytics
from tests.support.desk_window import YARD, js, map_desk, plant_yard, type_text


def click_cell(qtbot, window, cell) -> None:
    """Leaflet's own click on the hexagon drawn around the cell's centre (the page's handler, the
    bridge, the desk)."""
    found = js(
        qtbot,
        window,
        f"""(() => {{ let n = 0; desk.hotLayer.eachLayer(l => {{
        if (l instanceof L.Polygon && l.getBounds().contains([{cell.lat}, {cell.lon}]) && n === 0) {{
            l.fire("click"); n += 1; }} }}); return n; }})()""",
    )
    assert found == 1


def test_the_inspector_opens_a_problem_from_the_hottest_cell(qtbot, sqlite_city):
    desk = plant_yard(sqlite_city)
    with map_desk(qtbot, sqlite_city, "inspector05") as window:
        assert window.desk_actions.actions["problems"].isVisible()
        window.desk_actions.actions["hot_spots"].trigger()
        qtbot.waitUntil(lambda: window.hot_spots.shown.get("cells", 0) > 0, timeout=20_000)
        until = datetime.now(UTC)
        picture = PrecinctAnalytics(sqlite_city, window.now.principal).picture(
            until - timedelta(days=28), until
        )
        hottest = max((c for c in picture.hot if c.level > 0), key=lambda c: c.count)  # the yard's cell
        assert hottest.count >= 20

        click_cell(qtbot, window, hottest)
        qtbot.waitUntil(lambda: window.problems.asking is not None, timeout=10_000)
        asking = window.problems.asking
        # the street most of the cell's contacts came from, named in the desk's language (English here)
        assert asking.title.text() == "Lermontov Street"
        asking.title.setText("Драки во дворе на Лермонтова, 81")
        type_text(asking.note, "по вечерам у магазина")
        asking.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(
            lambda: window.problems.dialog is not None and bool(window.problems.dialog.linked), timeout=10_000
        )
        dialog = window.problems.dialog
        assert dialog.problem.title == "Драки во дворе на Лермонтова, 81" and dialog.problem.precinct == "05"
        assert dialog.incidents.rowCount() == hottest.count == len(dialog.linked)
        assert "Lermontov Street" in dialog.places.text() and hottest.cell in dialog.places.text()
        assert "улица" not in dialog.places.text()
        assert dialog.notes.count() == 1 and "по вечерам" in dialog.notes.item(0).text()
        assert "no response yet" in dialog.assessment.text()

        type_text(dialog.note, "свет во дворе не горит")
        dialog.add_note_button.click()
        qtbot.waitUntil(lambda: dialog.notes.count() == 2, timeout=10_000)
        type_text(dialog.what, "Освещение двора")
        type_text(dialog.responsible, "акимат, отдел ЖКХ")
        dialog.due.setDate(dialog.due.date().addDays(7))
        dialog.add_response_button.click()
        qtbot.waitUntil(lambda: dialog.responses.rowCount() == 1, timeout=10_000)
        assert dialog.responses.item(0, 1).text() == "акимат, отдел ЖКХ"
        dialog.stage.setCurrentIndex(dialog.stage.findData(ProblemStatus.RESPONSE.value))
        dialog.stage.activated.emit(dialog.stage.currentIndex())
        qtbot.waitUntil(lambda: dialog.problem.status is ProblemStatus.RESPONSE, timeout=10_000)
        qtbot.waitUntil(
            lambda: "a week" in dialog.assessment.text() and "since" in dialog.assessment.text(),
            timeout=10_000,
        )

        # another desk records a fight in the same yard: it joins the problem's incidents
        made = desk.create_incident(
            CallDraft(
                Channel.PHONE,
                "fight_assault",
                address="улица Лермонтова, 81",
                location=Location.placed(hottest.lat, hottest.lon),
            )
        )
        assert made.precinct == "05"
        qtbot.waitUntil(lambda: dialog.incidents.rowCount() == hottest.count + 1, timeout=15_000)

        dialog.close()
        qtbot.waitUntil(lambda: window.problems.dialog is None, timeout=5_000)
        click_cell(qtbot, window, hottest)  # the same cell again: the same problem
        qtbot.waitUntil(lambda: window.problems.dialog is not None, timeout=10_000)
        assert window.problems.asking is None and window.problems.dialog.problem.id == dialog.problem.id
        window.problems.show_list()
        qtbot.waitUntil(
            lambda: window.problems.list_dialog.table.rowCount() == 2, timeout=10_000
        )  # and the demo's
        assert window.problems.list_dialog.table.item(0, 1).text() == "Драки во дворе на Лермонтова, 81"


def test_the_shift_lead_reads_a_problem_without_changing_it(qtbot, sqlite_city):
    from dispatch_desk.domain.problems import Place, PlaceKind
    from dispatch_desk.geo.hotspots import cell_of
    from dispatch_desk.services.problems import ProblemDesk
    from tests.support.desk_window import demo_desk

    inspector = Principal("inspector05", "Нурлан Абенов", ("inspector",), home_precinct="05")
    ProblemDesk(sqlite_city, inspector).open("Кражи у рынка", [Place(PlaceKind.CELL, cell_of(*YARD))])
    with demo_desk(qtbot, sqlite_city, "shiftlead") as window:
        window.desk_actions.actions["problems"].trigger()
        qtbot.waitUntil(
            lambda: window.problems.list_dialog.table.rowCount() == 2, timeout=10_000
        )  # and the demo's
        window.problems.list_dialog.table.cellDoubleClicked.emit(0, 0)  # the newest
        qtbot.waitUntil(lambda: window.problems.dialog is not None, timeout=10_000)
        dialog = window.problems.dialog
        assert dialog.problem.title == "Кражи у рынка"
        assert not dialog.add_note_button.isEnabled() and not dialog.stage.isEnabled()
        assert not dialog.title.isEnabled()
