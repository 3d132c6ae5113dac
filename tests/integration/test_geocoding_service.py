"""Geocoding in the desk: the chain over the database's data, the optional remote geocoder, and its faults."""

from __future__ import annotations

import pytest

from dispatch_desk.composition import Services, open_services
from dispatch_desk.demo.city import build_demo
from dispatch_desk.domain.enums import Channel, LocationSource
from dispatch_desk.services.desk import CallDraft
from dispatch_desk.services.geo import GeoService
from tests.support.fake_nominatim import FakeNominatim
from tests.support.people import DEMO_PASSWORD


@pytest.fixture
def city(db, clock):
    build_demo(db, now=clock.now, days=1)
    return db


def geo_for(db, url: str = "", timeout: float = 0.5) -> GeoService:
    return GeoService(db, nominatim_url=url, nominatim_timeout_s=timeout, min_delay_s=0.0)


def test_geocode_attaches_the_precinct(city):
    geo = geo_for(city)
    found = geo.geocode("ул. Торайгырова, д. 64")
    assert found.source == "gazetteer" and found.precinct == geo.precinct_index().locate(found.lat, found.lon)
    assert found.precinct_match == "inside" and found.location().source == LocationSource.GEOCODED
    assert geo.geocode("52.2873, 76.9674").location().source == LocationSource.MAP
    back = geo.reverse(found.lat, found.lon)
    assert back is not None and back.precinct is not None
    with pytest.raises(ValueError):
        geo.reverse(95, 10)


def test_remote_geocoder_is_asked_only_when_the_gazetteer_has_no_answer_and_is_cached(city):
    with FakeNominatim() as server:
        server.add("Аэропорт Павлодар", 52.195, 77.074, "Аэропорт, Павлодар")
        geo = geo_for(city, server.url)
        assert geo.geocode("Торайгырова 64").source == "gazetteer"
        assert server.requests == []
        found = geo.geocode("Аэропорт Павлодар")
        assert (found.source, found.address, found.lat) == ("remote", "Аэропорт, Павлодар", 52.195)
        assert len(server.requests) == 1 and server.requests[0][0].startswith("/search")
        again = geo_for(city, server.url).geocode("  аэропорт   павлодар ")  # another desk, same database
        assert again.lat == 52.195 and len(server.requests) == 1
        assert geo.geocode("Nowhere at all 1") is None
        assert geo.geocode("Nowhere at all 1") is None
        assert len(server.requests) == 2  # the miss is cached too


@pytest.mark.parametrize("mode", ["slow", "error", "garbage"])
def test_remote_faults_never_block_and_leave_the_location_unverified(city, clock, mode):
    with FakeNominatim() as server:
        server.mode = mode
        server.delay = 2.0
        opened = _opened(city, server.url)
        found = opened.geo.geocode("Аэропорт Павлодар")
        assert found is None
        assert opened.geo.last_errors and opened.geo.last_errors[0].startswith("remote:")
        desk = opened.desk_for(opened.accounts.sign_in("operator", DEMO_PASSWORD).principal)
        incident = desk.create_incident(CallDraft(Channel.PHONE, "theft", address="Аэропорт Павлодар"))
        assert incident.location is None and incident.precinct is None
        located = desk.create_incident(CallDraft(Channel.PHONE, "theft", address="Естая 12"))
        assert located.location.source == LocationSource.GEOCODED and located.precinct is not None


def _opened(db, url: str) -> Services:
    from dispatch_desk.config import Settings

    settings = Settings()
    settings.database_url = db.url
    settings.nominatim_url = url
    settings.nominatim_timeout_s = 0.5
    return open_services(settings, build_demo_if_empty=False)


def test_bad_remote_url_is_refused(city):
    with pytest.raises(ValueError, match="http://"):
        geo_for(city, "ftp://example")
