"""Every path that makes an incident stores the gazetteer's own address and its key, whatever language
the desk showed or the operator typed it in: an app call's form (GPS point, address shown in Kazakh or
English), a place on the map with an address beside it. It then matches "open at this address" and the
building's history, and every reader sees it in their own language."""

from __future__ import annotations

import pytest

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.address import address_key
from dispatch_desk.domain.enums import Channel, LocationSource
from dispatch_desk.domain.values import Location
from dispatch_desk.services.desk import CallDraft, DeskService

CANONICAL = "улица Лермонтова, 81"


@pytest.mark.parametrize("language", ["kk", "en", "ru"])
def test_an_app_calls_address_is_stored_as_the_gazetteer_has_it(sqlite_city, language):
    desk = DeskService(sqlite_city, Principal.for_system("operator"))
    found = desk.geo.geocode(CANONICAL)
    shown = desk.geo.localized(CANONICAL, language)  # what the answered call's form showed
    gps = Location(found.lat + 0.0003, found.lon, LocationSource.GPS, 12.0)  # the phone, 33 m off
    earlier = desk.create_incident(CallDraft(Channel.PHONE, "theft", "Украли велосипед", CANONICAL))
    incident = desk.create_incident(
        CallDraft(Channel.VIDEO_CALL, "theft", "Снова кража", shown, location=gps)
    )
    assert incident.address == CANONICAL and incident.address_key == address_key(CANONICAL)
    assert incident.location.source is LocationSource.GPS  # the caller's point is kept, not the house's
    assert earlier.number in [i.number for i in desk.read.incidents_at_address(CANONICAL)]
    assert incident.number in [
        d.incident.number for d in desk.read.likely_duplicates("theft", gps, address=shown)
    ]
    assert desk.geo.localized(incident.address, "kk") == desk.geo.localized(CANONICAL, "kk")


def test_an_address_far_from_the_point_is_kept_as_written(sqlite_city):
    desk = DeskService(sqlite_city, Principal.for_system("operator"))
    found = desk.geo.geocode(CANONICAL)
    far = Location.placed(found.lat + 0.02, found.lon)  # 2 km away: the text names another place
    typed = desk.geo.localized(CANONICAL, "kk")
    incident = desk.create_incident(CallDraft(Channel.PHONE, "theft", "Кража", typed, location=far))
    assert incident.address == typed
