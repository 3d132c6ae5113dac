"""The gazetteer and typed coordinates: messy input in three scripts meets the clean form."""

from __future__ import annotations

import pytest

from dispatch_desk.demo.city import load_streets
from dispatch_desk.domain.dispatch_rules import distance_m
from dispatch_desk.geo.coordinates import parse_coordinates
from dispatch_desk.geo.gazetteer import AddressPoint, Gazetteer, parse_address
from dispatch_desk.geo.geocoders import CoordinateGeocoder, GazetteerGeocoder, GeocodingChain


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer(load_streets())


MESSY = {
    "улица Торайгырова, 64": [
        "Торайгырова 64",
        "ул. Торайгырова, д. 64, кв. 12",
        "64 Торайгырова",
        "Павлодар, Торайгырова 64",
        "ул.Торайгырова,д.64",
        "УЛИЦА ТОРАЙГЫРОВА ДОМ 64",
        "Торайғыров көшесі, 64",
        "Торайғыров көш. 64 пәтер 5",
        "Toraigyrov street 64",
        "64 Toraigyrova st.",
        "torajgyrova 64",
        "Торайгырва 64",
        "Торайгыроа 64",
        "г. Павлодар, улица Торайгырова, дом 64, квартира 3",
    ],
    "улица Академика Сатпаева, 12а": [
        "Академика Сатпаева 12а",
        "ак. Сатпаева 12 А",
        "ул. Академика Сатпаева, д. 12-а",
        "Сатпаева 12а",
        "Академик Сәтбаев көшесі, 12а",
        "Satpayev 12a",
        "Akademik Satpaev str 12a",
        "Сатпаевa 12а",
    ],
    "проспект Назарбаева, 12/1": [
        "пр. Назарбаева 12/1",
        "пр-т Назарбаева, д. 12/1",
        "проспект Назарбаева 12 / 1",
        "Назарбаев даңғылы 12/1",
        "Nazarbayev Avenue 12/1",
        "Nazarbaev ave 12/1",
    ],
    "улица 1 Мая, 25": [
        "1 Мая 25",
        "ул. 1 Мая, д. 25",
        "Первомайская 25",
        "1 Мамыр көшесі 25",
        "1 May st 25",
    ],
    "улица Машхур Жусупа, 5": [
        "Машхур Жусупа 5",
        "Мәшһүр Жүсіп көшесі 5",
        "Mashkhur Zhusup 5",
        "Машхур-Жусупа 5",
    ],
}


@pytest.mark.parametrize(("clean", "typed"), [(c, t) for c, ts in MESSY.items() for t in ts])
def test_messy_addresses_resolve_to_the_same_place_as_the_clean_form(gazetteer, clean, typed):
    reference = gazetteer.geocode(clean)
    found = gazetteer.geocode(typed)
    assert reference is not None and found is not None, typed
    assert found.street == reference.street
    assert distance_m(found.lat, found.lon, reference.lat, reference.lon) < 1.0
    assert found.confidence <= reference.confidence


def test_blocks_apartments_and_house_letters_are_parsed():
    parsed = parse_address("ул. Ломова, д. 12 корпус 2, кв. 45")
    assert parsed.street_words == ("ломова",) and parsed.house == "12" and parsed.block == "2"
    assert parse_address("Естая 12Б").house == "12b"
    assert parse_address("Естая 12/1").house == "12/1"
    assert parse_address("кв. 5 Естая 12").house == "12"


@pytest.mark.parametrize(
    "typed",
    [
        "Несуществующая 5",
        "Абв 5",
        "",
        "   ",
        "64",
        "кв. 12",
        "улица",
        "Торговая-Ломова 5",
        "x" * 5000,
        "<img src=x onerror=alert(1)> 64",
        "'; DROP TABLE streets; -- 5",
        "\x00\x01\x02",
        "Тор 64",
        "🚓🚓 12",
    ],
)
def test_unknown_or_hostile_text_gives_no_match_never_a_wrong_one(gazetteer, typed):
    assert gazetteer.geocode(typed) is None


def test_typos_have_a_limit(gazetteer):
    assert gazetteer.geocode("Торайгырова 64") is not None
    assert gazetteer.geocode("Торгайыгрова 64").edits == 2
    for far in ("Тургайырова 64", "Торайгырбекова 64", "Кайгыров 64"):  # three or more edits away
        assert gazetteer.geocode(far) is None


def test_unknown_house_numbers_are_interpolated_with_lower_confidence():
    streets = load_streets()
    points = [
        AddressPoint("Торайгырова", "10", 52.2600, 76.9400),
        AddressPoint("Торайгырова", "20", 52.2700, 76.9400),
    ]
    gazetteer = Gazetteer(streets, points)
    exact = gazetteer.geocode("Торайгырова 10")
    between = gazetteer.geocode("Торайгырова 14")
    assert exact.how == "exact" and exact.confidence > between.confidence
    assert between.how == "interpolated"
    assert between.lat == pytest.approx(52.2640) and between.lon == pytest.approx(76.94)
    street_only = gazetteer.geocode("улица Торайгырова")
    assert street_only.how == "street" and street_only.confidence < between.confidence
    assert gazetteer.reverse(52.26001, 76.94001).address == "улица Торайгырова, 10"


def test_reverse_finds_the_street_and_the_side(gazetteer):
    for typed in ("Естая 101", "Естая 102", "Кутузова 57"):
        found = gazetteer.geocode(typed)
        back = gazetteer.reverse(found.lat, found.lon)
        assert back.street == found.street
        number = int(back.house)
        assert abs(number - int(typed.split()[1])) <= 4 and number % 2 == int(typed.split()[1]) % 2
    assert gazetteer.reverse(0.0, 0.0) is None


def test_suggestions_as_the_operator_types(gazetteer):
    assert gazetteer.suggest("Тора")[:2] == ["улица Торайгырова"] or "улица Торайгырова" in gazetteer.suggest(
        "Тора"
    )
    assert gazetteer.suggest("сатп 12") == ["улица Академика Сатпаева, 12"]
    assert "проспект Назарбаева" in gazetteer.suggest("Nazar")
    assert "улица Торайгырова" in gazetteer.suggest("Торайгыров")
    assert gazetteer.suggest("") == [] and gazetteer.suggest("<script>") == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("52.2873, 76.9674", (52.2873, 76.9674)),
        ("52.2873 76.9674", (52.2873, 76.9674)),
        ("52,2873; 76,9674", (52.2873, 76.9674)),
        ("52°17'14\"N 76°58'3\"E", (52.287222, 76.9675)),
        ("76°58'3\"E 52°17'14\"N", (52.287222, 76.9675)),
        ("N 52°17.23' E 76°58.05'", (52.287167, 76.9675)),
        ("52°17′14″ с.ш. 76°58′3″ в.д.", (52.287222, 76.9675)),
        ("-33.8688, 151.2093", (-33.8688, 151.2093)),
    ],
)
def test_typed_coordinates(typed, expected):
    lat, lon = parse_coordinates(typed)
    assert (lat, lon) == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize(
    "typed",
    [
        "95.0, 10.0",
        "10.0, 190.5",
        "64, 12",
        "Торайгырова 64",
        "52°61'N 76°E",
        "52°N 76°N",
        "nan, nan",
        "1e308, 1e308",
        "52.28, 76.95, 12.0",
        "9" * 200,
    ],
)
def test_things_that_are_not_coordinates(typed):
    assert parse_coordinates(typed) is None


def test_chain_behind_geopy_interface(gazetteer):
    chain = GeocodingChain(
        [("coordinates", CoordinateGeocoder()), ("gazetteer", GazetteerGeocoder(gazetteer))]
    )
    by_coordinates = chain.geocode("52.2873, 76.9674")
    assert by_coordinates.raw["source"] == "coordinates" and by_coordinates.latitude == 52.2873
    by_address = chain.geocode("Торайгырова 64")
    assert by_address.raw["source"] == "gazetteer" and by_address.address == "улица Торайгырова, 64"
    assert chain.geocode("Нет такой улицы 1") is None and chain.geocode("") is None
    reverse = chain.reverse("52.2668, 76.9373")
    assert reverse is not None and reverse.raw["how"] == "reverse"
    assert isinstance(chain.geocode("Торайгырова 64", exactly_one=False), list)


def test_reverse_shows_the_house_as_the_data_writes_it():
    gazetteer = Gazetteer(load_streets(), [AddressPoint("Естая", "5А", 52.2601, 76.9401)])
    assert gazetteer.reverse(52.2601, 76.9401).address == "улица Естая, 5А"
    assert gazetteer.geocode("Естая 5а").how == "exact"


def test_remote_geocoder_is_rate_limited_and_cached():
    from geopy.location import Location as GeoLocation

    from dispatch_desk.geo.geocoders import MISSING, CachedRateLimitedGeocoder

    class Remote:
        calls: list[str] = []

        def geocode(self, query, exactly_one=True, **kw):
            self.calls.append(query)
            return GeoLocation("Somewhere", (52.1, 76.1), {"place_id": 1})

    now = [100.0]
    slept: list[float] = []
    cache: dict = {}

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    remote = Remote()
    limited = CachedRateLimitedGeocoder(
        remote,
        provider="test",
        cache_get=lambda k: cache.get(k, MISSING),
        cache_put=cache.__setitem__,
        min_delay=1.0,
        clock=lambda: now[0],
        sleep=sleep,
    )
    assert limited.geocode("first place").raw["source"] == "remote"
    now[0] += 0.25
    limited.geocode("second place")
    assert slept == [pytest.approx(0.75)]
    limited.geocode("FIRST   place")  # the same question, differently typed: from the cache
    assert remote.calls == ["first place", "second place"] and len(slept) == 1


def test_a_house_number_beyond_the_street_is_flagged_and_names_follow_the_language():
    streets = load_streets()
    points = [
        AddressPoint("Торайгырова", "10", 52.2600, 76.9400),
        AddressPoint("Торайгырова", "20", 52.2700, 76.9400),
    ]
    gazetteer = Gazetteer(streets, points)
    toraigyrov = next(s for s in streets if s.name_ru == "улица Торайгырова")
    beyond = gazetteer.geocode(f"Торайгырова {toraigyrov.house_max + 100}")
    assert beyond.how == "out_of_range" and beyond.confidence < gazetteer.geocode("Торайгырова 14").confidence
    within = gazetteer.geocode(f"Торайгырова {toraigyrov.house_max - 1}")  # past the known houses only
    assert within.how == "interpolated"
    # The stored (canonical) address, with the street named in the desk's language.
    assert gazetteer.localized("улица Торайгырова, 64", "kk") == "Торайғыров көшесі, 64"
    assert gazetteer.localized("улица Торайгырова, 64", "en") == "Toraigyrov Street, 64"
    assert gazetteer.localized("улица Торайгырова, 64", "ru") == "улица Торайгырова, 64"
    for other in ("во дворе у гаражей", "", "<b>улица Торайгырова</b>, 1", "улица Торайгырова"):
        assert gazetteer.localized(other, "kk") == (
            other if other != "улица Торайгырова" else "Торайғыров көшесі"
        )
    assert gazetteer.suggest("Тора", language="kk")[0] == "Торайғыров көшесі"
