"""Address data from OpenStreetMap, on a small OSM XML file the test writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dispatch_desk.cli import main
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.geo.osm_import import read_osm
from tests.support.people import act_as, add_person

OSM = """<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="dispatch-desk test">
  <node id="1" lat="52.2800" lon="76.9500" version="1"/>
  <node id="2" lat="52.2900" lon="76.9500" version="1"/>
  <node id="3" lat="52.2900" lon="76.9600" version="1"/>
  <node id="4" lat="52.2950" lon="76.9600" version="1"/>
  <node id="10" lat="52.2810" lon="76.9502" version="1">
    <tag k="addr:housenumber" v="10"/><tag k="addr:street" v="улица Торайгырова"/>
  </node>
  <node id="11" lat="52.2890" lon="76.9502" version="1">
    <tag k="addr:housenumber" v="90"/><tag k="addr:street" v="улица Торайгырова"/>
  </node>
  <node id="12" lat="52.2930" lon="76.9598" version="1">
    <tag k="addr:housenumber" v="5А"/><tag k="addr:street" v="&lt;script&gt;alert(1)&lt;/script&gt;"/>
  </node>
  <node id="20" lat="52.28500" lon="76.95030" version="1"/>
  <node id="21" lat="52.28500" lon="76.95060" version="1"/>
  <node id="22" lat="52.28530" lon="76.95060" version="1"/>
  <node id="23" lat="52.28530" lon="76.95030" version="1"/>
  <way id="100" version="1">
    <nd ref="1"/><nd ref="2"/>
    <tag k="highway" v="residential"/><tag k="name" v="улица Торайгырова"/>
    <tag k="name:ru" v="улица Торайгырова"/><tag k="name:kk" v="Торайғыров көшесі"/>
    <tag k="name:en" v="Toraigyrov Street"/><tag k="old_name" v="улица Ленина;проспект Ленина"/>
  </way>
  <way id="101" version="1">
    <nd ref="2"/><nd ref="3"/><nd ref="4"/>
    <tag k="highway" v="tertiary"/><tag k="name" v="улица Естая"/><tag k="name:kk" v="Естай көшесі"/>
  </way>
  <way id="102" version="1">
    <nd ref="1"/><nd ref="999"/>
    <tag k="highway" v="residential"/><tag k="name" v="Broken Street"/>
  </way>
  <way id="103" version="1">
    <nd ref="3"/><nd ref="4"/>
    <tag k="waterway" v="river"/><tag k="name" v="Иртыш"/>
  </way>
  <way id="200" version="1">
    <nd ref="20"/><nd ref="21"/><nd ref="22"/><nd ref="23"/><nd ref="20"/>
    <tag k="building" v="apartments"/><tag k="addr:housenumber" v="50"/><tag k="addr:street" v="улица Торайгырова"/>
  </way>
</osm>
"""


@pytest.fixture
def osm_file(tmp_path) -> Path:
    path = tmp_path / "pavlodar-sample.osm"
    path.write_text(OSM, encoding="utf-8")
    return path


def test_streets_and_addresses_are_read(osm_file):
    data = read_osm(osm_file)
    streets = {s.name_ru: s for s in data.streets}
    assert set(streets) == {
        "улица Торайгырова",
        "улица Естая",
    }  # the river is no street; the broken way is skipped
    toraigyrov = streets["улица Торайгырова"]
    assert toraigyrov.name_kk == "Торайғыров көшесі" and toraigyrov.name_en == "Toraigyrov Street"
    assert {"улица Ленина", "проспект Ленина"} <= set(toraigyrov.alt_names)
    assert (toraigyrov.house_min, toraigyrov.house_max) == (10, 90)
    assert streets["улица Естая"].geometry["type"] == "LineString"
    assert len(streets["улица Естая"].geometry["coordinates"]) == 3
    houses = {(a.street, a.housenumber): a for a in data.addresses}
    building = houses[("улица Торайгырова", "50")]
    assert building.source_id == "w200"
    assert building.lat == pytest.approx(52.28515) and building.lon == pytest.approx(76.95045)
    assert ("<script>alert(1)</script>", "5А") in houses  # kept as text, never interpreted
    assert data.skipped == 1


def test_import_then_geocode_and_reverse(osm_file, tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "osm.sqlite3")
    assert main(["db", "init", "--db", db]) == 0
    add_person(db, "gis", "admin")
    act_as(monkeypatch, "gis")
    assert main(["gazetteer", "import", str(osm_file), "--db", db]) == 0
    said = capsys.readouterr().out
    assert "2 streets, 4 addresses" in said
    assert "road network replaced" in said  # the routing engine's roads from the same extract

    def geocode(*args: str) -> dict:
        capsys.readouterr()
        assert main(["geocode", *args, "--json", "--db", db]) == 0
        return json.loads(capsys.readouterr().out)

    exact = geocode("Торайгырова 50")
    assert exact["how"] == "exact" and exact["lat"] == pytest.approx(52.28515)
    assert geocode("Торайғыров көшесі, 50")["lat"] == exact["lat"]
    assert geocode("Toraigyrov st 50")["lat"] == exact["lat"]
    assert geocode("ул. Ленина, 50")["lat"] == exact["lat"]  # the old name still finds it
    between = geocode("Торайгырова 30")
    assert between["how"] == "interpolated" and 52.2810 < between["lat"] < 52.28515
    assert geocode("--reverse", "52.28516", "76.95046")["address"] == "улица Торайгырова, 50"
    assert geocode("Естая 3")["how"] == "interpolated"  # a known street without house data


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.osm", '<?xml version="1.0"?><osm version="0.6"></osm>', "no named streets"),
        ("broken.osm", "<osm><node id='1' lat='x'", "cannot be read"),
        ("notes.txt", "hello", "ends in .osm"),
        ("binary.osm.pbf", "\x00\x01garbage" * 100, "cannot be read"),
    ],
)
def test_bad_osm_files_get_clear_messages(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValidationError, match=message):
        read_osm(path)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ValidationError, match="no such file"):
        read_osm(tmp_path / "nothing.osm")
