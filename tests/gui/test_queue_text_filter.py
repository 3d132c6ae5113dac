"""The queue's own text filter (open incidents and all of today) over the rows it holds."""

from __future__ import annotations

import pytest

from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.desk import CallDraft
from dispatch_desk.ui.models.incidents import IncidentFilterProxy, IncidentTableModel

pytestmark = pytest.mark.gui


def test_an_incident_number_finds_that_incident_and_an_address_finds_its_house(qtmodeltester, desk):
    at = {
        a: desk.create_incident(CallDraft(Channel.PHONE, "theft", address=a))
        for a in ("Абая 26", "улица Абая, 126", "Естая 26", "Абая 26 кв. 4", "Кутузова 57")
    }
    model = IncidentTableModel()
    proxy = IncidentFilterProxy()
    proxy.setSourceModel(model)
    model.reset(list(at.values()))
    qtmodeltester.check(model, force_py=True)
    column = IncidentTableModel.COLUMNS.index("number")

    def shown_for(text: str) -> set[str]:
        proxy.set_filter(text=text)
        return {proxy.index(r, column).data() for r in range(proxy.rowCount())}

    first = at["Абая 26"].number
    assert shown_for(first) == {first}  # not every incident at a house 26
    assert shown_for("ул. Абая, д. 26") == {at["Абая 26"].number, at["Абая 26 кв. 4"].number}
    assert shown_for("Кутузова 57") == {at["Кутузова 57"].number}
    assert shown_for("") == {i.number for i in at.values()}
