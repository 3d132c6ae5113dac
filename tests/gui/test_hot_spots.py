"""The map's hot-spot layer: the inspector of precinct 05 switches it on from the View menu and sees the
hot cells of their precinct (a yard of planted fights) with the legend and the repeat address; off again,
the layer goes; a person without analytics has no such action."""

from __future__ import annotations

import numpy as np

from dispatch_desk.config import Settings
from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.enums import Channel
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.ui.main_window import MainWindow
from tests.support.desk_window import js, sign_in, wait_map
from tests.support.people import DEMO_PASSWORD

YARD = (52.2873, 76.9674)  # in precinct 05


def test_the_inspector_sees_the_hot_cells_of_their_precinct(qtbot, sqlite_city):
    desk = DeskService(sqlite_city, Principal.for_system("test-setup"))
    rng = np.random.default_rng(3)
    for _ in range(40):
        lat, lon = YARD[0] + rng.normal(0, 0.0006), YARD[1] + rng.normal(0, 0.0009)
        desk.create_incident(CallDraft(Channel.PHONE, "fight_assault", address="улица Лермонтова, 81",
                                       location=Location.placed(lat, lon)))  # fmt: skip
    settings = Settings()
    settings.database_url = sqlite_city.url
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.start()
    try:
        qtbot.waitUntil(lambda: window.services is not None, timeout=30_000)
        sign_in(qtbot, window, "inspector05", DEMO_PASSWORD, 30_000)
        qtbot.waitUntil(lambda: window.map.ready, timeout=30_000)
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
    finally:
        window.close()


def test_an_operator_has_no_hot_spot_layer(qtbot, sqlite_city):
    from tests.support.desk_window import demo_desk

    with demo_desk(qtbot, sqlite_city, "operator") as window:
        assert not window.desk_actions.actions["hot_spots"].isVisible()
