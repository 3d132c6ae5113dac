"""Build the static files of the Pavlodar demo city in resources/demo/pavlodar/.

Input: the real OpenStreetMap outline of the Pavlodar city administration (© OpenStreetMap
contributors, ODbL 1.0), given as the first argument. Output, all ILLUSTRATIVE apart from the outline:

- city.geojson       the outline (copied, with its attribution)
- precincts.geojson  twelve precincts: Voronoi cells around chosen centres, clipped to the outline,
                     so that they partition the city administration's whole area
- streets.geojson    a gazetteer of real Pavlodar street names laid out as a plausible grid over the
                     built-up area, with house-number ranges; the positions are NOT the real ones
- units.json         the patrol units, their call signs, home precincts and crews
- roads.osm          the road network the routing engine builds from (OpenStreetMap XML): every street of
                     streets.geojson, split where streets cross; the embankment along the Irtysh's right
                     bank joined to the streets that end at it; the left bank's streets; and the two
                     bridges between the banks (Южный мост, Северный мост). Two streets are one-way.

Run: python scripts/build_demo_city.py ../shared/data/pavlodar/city_boundaries_osm.geojson
     python scripts/build_demo_city.py --roads   (only roads.osm, from the committed streets and river)
The output is committed; the application never reads ../shared.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import sys
from pathlib import Path
from xml.sax.saxutils import quoteattr

import shapely
from shapely.geometry import LineString, MultiPoint, Point, mapping, shape

OUT = Path(__file__).resolve().parents[1] / "resources" / "demo" / "pavlodar"
ATTRIBUTION = "City outline © OpenStreetMap contributors, ODbL 1.0 (relation 5501700)"
CITY_RELATION = -5501700

# code, Kazakh, Russian, English, centre (lon, lat), opening hours
PRECINCTS = [
    ("01", "Орталық", "Центральный", "Central", (76.950, 52.284), "08:00-20:00"),
    ("02", "Жағалау", "Набережный", "Riverside", (76.952, 52.312), "08:00-20:00"),
    ("03", "Усолка", "Усольский", "Usolka", (76.981, 52.311), "09:00-21:00"),
    ("04", "Достық", "Достык", "Dostyk", (77.012, 52.309), "08:00-20:00"),
    ("05", "Сарыарқа", "Сарыарка", "Saryarka", (76.980, 52.283), "09:00-21:00"),
    ("06", "Шығыс", "Восточный", "Eastern", (77.011, 52.281), "08:00-20:00"),
    ("07", "Оңтүстік", "Южный", "Southern", (76.951, 52.256), "08:00-20:00"),
    ("08", "Зеленстрой", "Зеленстрой", "Zelenstroy", (76.980, 52.254), "09:00-21:00"),
    ("09", "Ленин кенті", "Ленинский", "Leninsky", (77.012, 52.253), "08:00-20:00"),
    (
        "10",
        "Солтүстік өнеркәсіп аймағы",
        "Северная промзона",
        "Northern Industrial Zone",
        (76.990, 52.380),
        "08:00-20:00",
    ),
    ("11", "Мойылды–Жетекші", "Мойылды–Жетекши", "Moiyldy–Zhetekshi", (77.120, 52.330), "08:00-20:00"),
    ("12", "Кенжекөл", "Кенжеколь", "Kenzhekol", (77.050, 52.180), "08:00-20:00"),
]

# Russian (as written after "ул."), Kazakh, Latin, extra spellings; "avenue" marks a проспект / даңғылы.
STREETS = [
    ("Торайгырова", "Торайғыров", "Toraigyrov", ["Toraigyrova", "Торайгыров"]),
    ("Академика Сатпаева", "Академик Сәтбаев", "Akademik Satpayev", ["Сатпаева", "Satpaeva", "Сәтбаев"]),
    ("Естая", "Естай", "Estai", ["Estaya", "Естай"]),
    ("Академика Бектурова", "Академик Бектұров", "Akademik Bekturov", ["Бектурова", "Bekturova"]),
    ("Ломова", "Ломов", "Lomov", ["Lomova"]),
    ("Кутузова", "Кутузов", "Kutuzov", ["Kutuzova"]),
    ("Толстого", "Толстой", "Tolstoy", ["Tolstogo", "Л. Толстого"]),
    ("Лермонтова", "Лермонтов", "Lermontov", ["Lermontova"]),
    ("Камзина", "Қамзин", "Kamzin", ["Kamzina"]),
    ("Академика Чокина", "Академик Шокин", "Akademik Chokin", ["Чокина", "Shokin", "Chokina"]),
    ("Гагарина", "Гагарин", "Gagarin", ["Gagarina"]),
    ("1 Мая", "1 Мамыр", "1 May", ["Первомайская", "1 Maya"]),
    ("Исиналиева", "Исиналиев", "Isinaliyev", ["Isinalieva", "Исиналиев"]),
    ("Машхур Жусупа", "Мәшһүр Жүсіп", "Mashkhur Zhusup", ["Mashhur Zhusupa", "Машхур Жусуп"]),
    ("Катаева", "Катаев", "Katayev", ["Kataeva"]),
    ("Суворова", "Суворов", "Suvorov", ["Suvorova"]),
    ("Щедрина", "Щедрин", "Shchedrin", ["Shchedrina", "Щедрин"]),
    ("Короленко", "Короленко", "Korolenko", []),
    ("Крылова", "Крылов", "Krylov", ["Krylova"]),
    ("Торговая", "Сауда", "Torgovaya", ["Torgovaya ulitsa"]),
    ("Павлова", "Павлов", "Pavlov", ["Pavlova"]),
    ("Академика Маргулана", "Академик Марғұлан", "Akademik Margulan", ["Маргулана", "Margulana"]),
    ("Кривенко", "Кривенко", "Krivenko", []),
    ("Дюсенова", "Дүйсенов", "Dyussenov", ["Dyusenova", "Дуйсенова"]),
    ("Жаяу Мусы", "Жаяу Мұса", "Zhayau Musa", ["Zhayau Musy", "Жаяу Муса"]),
    ("Малайсары батыра", "Малайсары батыр", "Malaysary Batyr", ["Malaysary batyra"]),
    ("проспект Назарбаева", "Назарбаев даңғылы", "Nazarbayev Avenue", ["Назарбаева", "Nazarbaeva"]),
    ("Абая", "Абай", "Abai", ["Abaya"]),
    ("Ауэзова", "Әуезов", "Auezov", ["Auezova"]),
    ("Чехова", "Чехов", "Chekhov", ["Chekhova"]),
    ("Пушкина", "Пушкин", "Pushkin", ["Pushkina"]),
    ("Бекхожина", "Бекқожин", "Bekkhozhin", ["Bekhozhina"]),
    ("Олжабай батыра", "Олжабай батыр", "Olzhabai Batyr", ["Olzhabay batyra"]),
    ("Луначарского", "Луначарский", "Lunacharsky", ["Lunacharskogo"]),
    ("Чернышевского", "Чернышевский", "Chernyshevsky", ["Chernyshevskogo"]),
    ("Жамбыла", "Жамбыл", "Zhambyl", ["Zhambyla"]),
    ("Сураганова", "Сұрағанов", "Suraganov", ["Suraganova"]),
    ("Каирбаева", "Қайырбаев", "Kairbayev", ["Kairbaeva"]),
    ("Рыскулова", "Рысқұлов", "Ryskulov", ["Ryskulova"]),
    ("Амангельды", "Амангелді", "Amangeldy", ["Amangeldi"]),
    ("Нуркина", "Нұркин", "Nurkin", ["Nurkina"]),
    ("Мира", "Бейбітшілік", "Mira", ["Peace Street"]),
    ("Советов", "Кеңестер", "Sovetov", []),
    ("Кабдыкаримова", "Қабдықаримов", "Kabdykarimov", ["Kabdykarimova"]),
]

KAZAKH_SURNAMES = "Ахметов Бекенов Жумабаев Искаков Касымов Мукашев Нургалиев Оспанов Сагындыков Тулегенов Ержанов Абенов Байжанов Есенов Калиев Серикбаев".split()
RUSSIAN_SURNAMES = "Иванов Петров Кузнецов Смирнов Попов Волков Лебедев Козлов Новиков Морозов Соколов Павлов Федоров Никитин".split()
INITIALS = "А. Б. Д. Е. Ж. К. Н. О. Р. С. Т. М.".split()


def city_outline(path: Path):
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    feature = next(f for f in features if f["properties"]["osm_id"] == CITY_RELATION)
    return shape(feature["geometry"]), feature


def build_precincts(city) -> list[dict]:
    seeds = MultiPoint([p[4] for p in PRECINCTS])
    cells = shapely.voronoi_polygons(seeds, extend_to=city.envelope.buffer(0.5))
    features = []
    for code, kk, ru, en, centre, hours in PRECINCTS:
        cell = next(c for c in cells.geoms if c.contains(Point(centre)))
        area = shapely.make_valid(cell.intersection(city))
        area = shapely.set_precision(area, 1e-6)
        polygons = [g for g in getattr(area, "geoms", [area]) if g.geom_type == "Polygon" and g.area > 1e-8]
        geometry = polygons[0] if len(polygons) == 1 else shapely.MultiPolygon(polygons)
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "code": code,
                    "name_kk": kk,
                    "name_ru": ru,
                    "name_en": en,
                    "opening_hours": hours,
                    "phone": f"+7 7182 {30 + int(code):02d}-{10 + int(code) * 3:02d}-02",
                    "centre": list(centre),
                },
                "geometry": mapping(geometry),
            }
        )
    return features


def build_streets(city) -> list[dict]:
    rng = random.Random(102)
    features = []
    half = len(STREETS) // 2
    for index, (ru, kk, en, extra) in enumerate(STREETS):
        north_south = index < half
        k = index if north_south else index - half
        if north_south:
            lon = 76.939 + k * 0.0042
            skew = 0.004
            south, north = 52.243 + rng.uniform(0, 0.02), 52.327 - rng.uniform(0, 0.018)
            line = LineString([(lon - skew, south), (lon, 52.285), (lon + skew * 0.6, north)])
        else:
            lat = 52.247 + k * 0.0036
            west, east = 76.930 + rng.uniform(0, 0.012), 77.032 - rng.uniform(0, 0.02)
            line = LineString([(west, lat - 0.002), (76.980, lat), (east, lat + 0.0015)])
        inside = line.intersection(city)
        if inside.geom_type != "LineString":
            inside = max(inside.geoms, key=lambda g: g.length)
        length_m = inside.length * 111_000 * math.cos(math.radians(52.28))
        houses = max(20, int(length_m / 45) * 2)
        avenue = ru.startswith("проспект")
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "name_ru": ru if avenue else f"улица {ru}",
                    "name_kk": kk if avenue else f"{kk} көшесі",
                    "name_en": en if avenue else f"{en} Street",
                    "base_ru": ru.removeprefix("проспект ").strip(),
                    "base_kk": kk.removesuffix(" даңғылы"),
                    "base_en": en.removesuffix(" Avenue"),
                    "kind": "avenue" if avenue else "street",
                    "alt_names": extra,
                    "house_min": 1,
                    "house_max": houses + rng.choice([0, 1]),
                },
                "geometry": mapping(shapely.set_precision(inside, 1e-6)),
            }
        )
    return features


def build_units() -> list[dict]:
    rng = random.Random(7182)

    def officer() -> str:
        surname = rng.choice(KAZAKH_SURNAMES if rng.random() < 0.7 else RUSSIAN_SURNAMES)
        return f"{surname} {rng.choice(INITIALS)}"

    units = []
    for code, *_ in PRECINCTS:
        for car in (1, 2):
            units.append(
                {
                    "call_sign": f"A-{int(code)}{car}",
                    "kind": "patrol_car",
                    "home_precinct": code,
                    "crew": [officer(), officer()],
                }
            )
    for n in range(1, 5):
        units.append(
            {"call_sign": f"T-{n}", "kind": "traffic", "home_precinct": None, "crew": [officer(), officer()]}
        )
    for n, code in enumerate(("01", "05"), start=1):
        units.append(
            {
                "call_sign": f"F-{n}",
                "kind": "foot_patrol",
                "home_precinct": code,
                "crew": [officer(), officer()],
            }
        )
    for code, *_ in PRECINCTS:
        units.append(
            {
                "call_sign": f"J-{code}",
                "kind": "juvenile_inspector",
                "home_precinct": code,
                "crew": [officer()],
            }
        )
    return units


ONE_WAY = ("улица Торговая", "улица Короленко")
EMBANKMENT = {"name": "набережная Иртыша", "name:kk": "Ертіс жағалауы", "name:en": "Irtysh Embankment"}
LEFT_BANK = {"name": "улица Левобережная", "name:kk": "Сол жағалау көшесі", "name:en": "Left Bank Street"}
BRIDGES = (
    (52.2525, {"name": "Южный мост", "name:kk": "Оңтүстік көпір", "name:en": "Southern Bridge"}),
    (52.3030, {"name": "Северный мост", "name:kk": "Солтүстік көпір", "name:en": "Northern Bridge"}),
)
EMBANKMENT_OFFSET = 0.0055  # degrees of longitude east of the river's middle (the river is ~350 m wide)
LEFT_BANK_OFFSET = -0.0060


def _river_lon(river: LineString, lat: float) -> float:
    crossing = river.intersection(LineString([(76.0, lat), (78.0, lat)]))
    return crossing.x if crossing.geom_type == "Point" else min(g.x for g in crossing.geoms)


def _bank(river: LineString, offset: float, south: float, north: float) -> list[tuple[float, float]]:
    steps = round((north - south) / 0.0025)
    lats = [south + (north - south) * i / steps for i in range(steps + 1)]
    return [(round(_river_lon(river, lat) + offset, 7), round(lat, 7)) for lat in lats]


def _on(line: list[tuple[float, float]], lat: float) -> tuple[float, float]:
    """The point of a north-going line at a latitude."""
    for (x1, y1), (x2, y2) in itertools.pairwise(line):
        if y1 <= lat <= y2:
            t = (lat - y1) / (y2 - y1) if y2 != y1 else 0.0
            return (round(x1 + t * (x2 - x1), 7), round(lat, 7))
    raise ValueError(f"latitude {lat} outside the line")


def _insert(coords: list[tuple[float, float]], point: tuple[float, float]) -> None:
    """Put a point into a line where it lies (by its distance along the line), once."""
    if point in coords:
        return
    line = LineString(coords)
    along = line.project(Point(point))
    for i in range(1, len(coords)):
        if line.project(Point(coords[i])) >= along:
            coords.insert(i, point)
            return
    coords.append(point)


def build_roads(streets: list[dict], river: LineString) -> str:
    """The demo city's road network as OpenStreetMap XML (see the module's docstring)."""
    ways: list[tuple[dict[str, str], list[tuple[float, float]]]] = []
    for feature in streets:
        props = feature["properties"]
        tags = {
            "highway": "primary" if props["kind"] == "avenue" else "residential",
            "name": props["name_ru"],
            "name:kk": props["name_kk"],
            "name:en": props["name_en"],
        }
        if props["name_ru"] in ONE_WAY:
            tags["oneway"] = "yes"
        ways.append((tags, [tuple(c) for c in feature["geometry"]["coordinates"]]))
    embankment = _bank(river, EMBANKMENT_OFFSET, 52.2450, 52.3250)
    left_bank = _bank(river, LEFT_BANK_OFFSET, 52.2500, 52.3075)
    extra: list[tuple[dict[str, str], list[tuple[float, float]]]] = []
    for _tags, coords in list(ways):  # the east-west streets reach the embankment
        west = min(coords)
        if abs(coords[0][1] - coords[-1][1]) < 0.01 and west[1] < 52.3245:
            end = _on(embankment, west[1])
            _insert(embankment, end)
            extra.append(({"highway": "residential"}, [end, west]))
    for lat, names in BRIDGES:
        west, east = _on(left_bank, lat), _on(embankment, lat)
        _insert(left_bank, west)
        _insert(embankment, east)
        extra.append(({"highway": "primary", "bridge": "yes", "layer": "1", **names}, [west, east]))
    for lat in (52.2600, 52.2700):  # the left bank's cross streets, ending at the water
        start = _on(left_bank, lat)
        _insert(left_bank, start)
        extra.append(({"highway": "residential"}, [start, (round(start[0] - 0.006, 7), round(lat, 7))]))
    ways += [
        ({"highway": "secondary", **EMBANKMENT}, embankment),
        ({"highway": "residential", **LEFT_BANK}, left_bank),
    ]
    ways += extra
    lines = [LineString(coords) for _, coords in ways]
    for i in range(len(ways)):  # split where streets cross: a shared node is a junction
        for j in range(i + 1, len(ways)):
            crossing = lines[i].intersection(lines[j])
            for point in getattr(crossing, "geoms", [crossing]):
                if point.geom_type == "Point":
                    p = (round(point.x, 7), round(point.y, 7))
                    _insert(ways[i][1], p)
                    _insert(ways[j][1], p)
    nodes: dict[tuple[float, float], int] = {}
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6" generator="build_demo_city.py">']
    out.append("  <!-- Illustrative road network of the Pavlodar demo city; not the real roads. -->")
    body = []
    for number, (tags, coords) in enumerate(ways, start=1):
        refs = []
        for x, y in coords:
            key = (round(x, 7), round(y, 7))
            if key not in nodes:
                nodes[key] = len(nodes) + 1
                out.append(f'  <node id="{nodes[key]}" version="1" lat="{key[1]:.7f}" lon="{key[0]:.7f}"/>')
            if not refs or refs[-1] != nodes[key]:
                refs.append(nodes[key])
        body.append(f'  <way id="{number}" version="1">')
        body += [f'    <nd ref="{ref}"/>' for ref in refs]
        body += [f"    <tag k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in tags.items()]
        body.append("  </way>")
    return "\n".join(out + body + ["</osm>"]) + "\n"


def write_roads() -> None:
    streets = json.loads((OUT / "streets.geojson").read_text(encoding="utf-8"))["features"]
    river = shape(json.loads((OUT / "river.geojson").read_text(encoding="utf-8"))["features"][0]["geometry"])
    (OUT / "roads.osm").write_text(build_roads(streets, river), encoding="utf-8")
    print(f"wrote {OUT / 'roads.osm'}")


CAMERA_STREAM = "rtsp://127.0.0.1:8554/demo"  # scripts/demo-cameras.sh serves a test picture there
RIVER_CAMERAS = (  # the demo's river scene (dispatch_desk/demo/city.py RIVER_INCIDENT) in sight
    ("embankment-1", "Набережная, к северу", 52.2640, 76.9262, 340.0, 70.0, 150.0, False),
    ("embankment-2", "Набережная, купол", 52.2665, 76.9250, None, None, 200.0, True),
)


def build_cameras(streets: list[dict]) -> list[dict]:
    """About sixty cameras at the crossings of the demo's streets, each looking along one of them."""
    rng = random.Random(8554)
    lines = [shape(f["geometry"]) for f in streets]
    crossings = []
    for i, a in enumerate(lines):
        for b in lines[i + 1 :]:
            point = a.intersection(b)
            if point.geom_type == "Point":
                crossings.append((round(point.y, 6), round(point.x, 6)))
    chosen = rng.sample(sorted(crossings), 58)
    rows = []
    for n, (lat, lon) in enumerate(chosen, start=1):
        ptz = rng.random() < 0.12
        rows.append(
            {
                "id": f"cross-{n:02d}",
                "name": f"Перекрёсток {n}",
                "lat": lat,
                "lon": lon,
                "direction_deg": "" if ptz else (rng.choice([0, 90, 180, 270]) + rng.uniform(-8, 8)) % 360,
                "fov_deg": "" if ptz else rng.choice([60, 70, 90]),
                "range_m": rng.choice([100, 120, 150]),
                "ptz": "yes" if ptz else "no",
            }
        )
    for ident, name, lat, lon, direction, fov, reach, ptz in RIVER_CAMERAS:
        view = {
            "direction_deg": "" if direction is None else direction,
            "fov_deg": "" if fov is None else fov,
        }
        rows.append({"id": ident, "name": name, "lat": lat, "lon": lon, **view, "range_m": reach})
        rows[-1]["ptz"] = "yes" if ptz else "no"
    return rows


def write_cameras() -> None:
    import csv

    streets = json.loads((OUT / "streets.geojson").read_text(encoding="utf-8"))["features"]
    columns = ["id", "name", "lat", "lon", "direction_deg", "fov_deg", "range_m", "ptz", "stream_url"]
    with (OUT / "cameras.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, columns, lineterminator="\n")
        writer.writeheader()
        for row in build_cameras(streets):
            if isinstance(row["direction_deg"], float):
                row["direction_deg"] = round(row["direction_deg"], 1)
            writer.writerow({**row, "stream_url": CAMERA_STREAM})
    print(f"wrote {OUT / 'cameras.csv'}")


def write_json(name: str, data) -> None:
    (OUT / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(source: str) -> None:
    city, feature = city_outline(Path(source))
    OUT.mkdir(parents=True, exist_ok=True)
    feature = {**feature, "properties": {**feature["properties"], "attribution": ATTRIBUTION}}
    write_json(
        "city.geojson", {"type": "FeatureCollection", "attribution": ATTRIBUTION, "features": [feature]}
    )
    write_json(
        "precincts.geojson",
        {"type": "FeatureCollection", "illustrative": True, "features": build_precincts(city)},
    )
    write_json(
        "streets.geojson",
        {"type": "FeatureCollection", "illustrative": True, "features": build_streets(city)},
    )
    write_json("units.json", build_units())
    write_roads()
    write_cameras()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--roads"]:
        write_roads()
        write_cameras()
        raise SystemExit(0)
    if len(sys.argv) != 2:
        raise SystemExit("usage: python scripts/build_demo_city.py city_boundaries_osm.geojson")
    main(sys.argv[1])
