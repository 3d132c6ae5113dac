"""The map's hot-spot layer: the inspector of precinct 05 switches it on from the View menu and sees the
hot cells of their precinct (a yard of planted fights) with the legend and the repeat address; off again,
the layer goes; a person without analytics has no such action."""

from __future__ import annotations

from tests.support.desk_window import js, map_desk, plant_yard, wait_map


def test_the_inspector_sees_the_hot_cells_of_their_precinct(qtbot, sqlite_city):
    plant_yard(sqlite_city)
    with map_desk(qtbot, sqlite_city, "inspector05") as window:
        action = window.desk_actions.actions["hot_spots"]
        assert action.isVisible() and action.isEnabled()
        action.trigger()
        qtbot.waitUntil(lambda: window.hot_spots.shown.get("cells", 0) > 0, timeout=20_000)
        assert window.hot_spots.shown["repeats"] >= 1  # the yard: 40 contacts
        look = wait_map(qtbot, window, lambda v: v["hotCells"] > 0, "desk.look()")
        assert "Gi*" in look["legend"] and "99" in look["legend"]
        assert "precinct 05" in window.statusBar().currentMessage()
        hot = js(qtbot, window, "Array.from(document.querySelectorAll('path.leaflet-interactive')).length")
        assert hot >= look["hotCells"]
        action.trigger()  # off
        wait_map(qtbot, window, lambda v: v["hotCells"] == 0 and not v["legend"], "desk.look()")


def test_an_operator_has_no_hot_spot_layer(qtbot, sqlite_city):
    from tests.support.desk_window import demo_desk

    with demo_desk(qtbot, sqlite_city, "operator") as window:
        assert not window.desk_actions.actions["hot_spots"].isVisible()
