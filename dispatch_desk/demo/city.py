"""Build the Pavlodar demo city into an empty database.

The outline is real (OpenStreetMap); precincts, street positions, units and incidents are illustrative.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import platformdirs

from dispatch_desk.demo.history import HistoryBuilder
from dispatch_desk.demo.problem import demo_problem
from dispatch_desk.domain.access import Account, Principal, Role
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import DemoBuilt, ProblemChange
from dispatch_desk.domain.entities import Precinct, Street, Unit
from dispatch_desk.domain.enums import UnitKind, UnitStatus
from dispatch_desk.domain.errors import DomainError
from dispatch_desk.domain.values import OpeningHours, normalize_phone
from dispatch_desk.geo.camera_import import read_cameras
from dispatch_desk.geo.precincts import PrecinctIndex
from dispatch_desk.geo.routing import build_road_network
from dispatch_desk.geo.streets import house_position
from dispatch_desk.resources import demo_city_dir
from dispatch_desk.services.accounts import password_hasher
from dispatch_desk.services.clock import utc_now
from dispatch_desk.services.desk import DeskService
from dispatch_desk.store import bulk, pg_security
from dispatch_desk.store.accounts import Accounts
from dispatch_desk.store.db import Database
from dispatch_desk.store.repositories import Precincts
from dispatch_desk.store.uow import UnitOfWork

CITY = "pavlodar"
ATTRIBUTION = "Map data © OpenStreetMap contributors, ODbL 1.0"


class DemoError(DomainError):
    pass


# The demo's river: precinct 07's two cars on either bank of the Irtysh. An incident on the embankment at
# RIVER_INCIDENT is 850 m from A-72 across the water but 3.3 km from it by the Южный мост, and 1 km from
# A-71 along the embankment: the straight line and the roads disagree about which car to send.
RIVER_POSTS = {
    "A-72": (52.2640, 76.9143),  # on the left bank's street, 1.2 km north of the Южный мост
    "A-71": (52.2740, 76.9228),  # on the embankment
}
RIVER_INCIDENT = (52.2650, 76.9255)  # on the embankment, opposite A-72


def _patrol_the_river(units: list[Unit], now: datetime) -> None:
    for unit in units:
        post = RIVER_POSTS.get(unit.call_sign)
        if post is not None and unit.current_incident is None:
            unit.status, unit.position = UnitStatus.AVAILABLE, post
            unit.position_at = now - timedelta(seconds=40)


def demo_road_archive(folder: Path | None = None) -> bytes:
    """The demo city's routing archive, built from its ``roads.osm`` once per version of the file and of
    the engine, then kept in the user's cache folder (every demo database of the machine shares it)."""
    import valhalla

    source = (folder or demo_city_dir()) / "roads.osm"
    key = hashlib.sha256(source.read_bytes() + valhalla.__version__.encode()).hexdigest()[:20]
    cached = Path(platformdirs.user_cache_dir("dispatch-desk", appauthor=False)) / f"demo-roads-{key}.tar"
    if not cached.is_file():
        cached.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=cached.parent) as work:
            built = build_road_network(source, Path(work) / "roads.tar")
            os.replace(built.archive, cached)
    return cached.read_bytes()


@dataclass(frozen=True)
class DemoSummary:
    precincts: int
    streets: int
    units: int
    incidents: int
    open_incidents: int


def _features(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["features"]


def load_city_outline(folder: Path | None = None) -> dict:
    return _features((folder or demo_city_dir()) / "city.geojson")[0]["geometry"]


def load_precincts(folder: Path | None = None) -> list[Precinct]:
    precincts = []
    for feature in _features((folder or demo_city_dir()) / "precincts.geojson"):
        p = feature["properties"]
        precincts.append(
            Precinct(
                code=p["code"],
                name_kk=p["name_kk"],
                name_ru=p["name_ru"],
                name_en=p["name_en"],
                boundary=feature["geometry"],
                phone=normalize_phone(p["phone"]),
                opening_hours=OpeningHours.parse(p["opening_hours"]),
            )
        )
    return precincts


def load_streets(folder: Path | None = None) -> list[Street]:
    return [
        Street(
            name_ru=f["properties"]["name_ru"],
            name_kk=f["properties"]["name_kk"],
            name_en=f["properties"]["name_en"],
            kind=f["properties"]["kind"],
            alt_names=list(f["properties"]["alt_names"]),
            geometry=f["geometry"],
            house_min=f["properties"]["house_min"],
            house_max=f["properties"]["house_max"],
        )
        for f in _features((folder or demo_city_dir()) / "streets.geojson")
    ]


def load_units(folder: Path | None = None) -> list[Unit]:
    data = json.loads(((folder or demo_city_dir()) / "units.json").read_text(encoding="utf-8"))
    return [Unit(u["call_sign"], UnitKind(u["kind"]), u["home_precinct"], crew=list(u["crew"])) for u in data]


def _service_centre(precinct: Precinct, streets: list[Street], index: PrecinctIndex) -> str:
    for street in streets:
        for number in range(street.house_min or 1, (street.house_max or 1) + 1, 7):
            if index.locate(*house_position(street, number)) == precinct.code:
                return f"{street.name_ru}, {number}"
    return ""


# One account per role, all with the password "demo" (said in the README; a demo database only).
DEMO_PASSWORD = "demo"
DEMO_ACCOUNTS = (
    ("operator", "Айгерим Сатпаева", (Role.OPERATOR,), None),
    ("shiftlead", "Ерлан Жумабаев", (Role.SHIFT_LEAD,), None),
    ("inspector05", "Нурлан Абенов", (Role.INSPECTOR,), "05"),
    ("anticorruption", "Данияр Касымов", (Role.ANTI_CORRUPTION,), None),
    ("admin", "Асель Нурланова", (Role.ADMIN,), None),
    ("auditor", "Гульнара Искакова", (Role.AUDITOR,), None),
    ("wall", "Табло дежурной части", (Role.WALL,), None),
)


def is_empty(db: Database) -> bool:
    with db.reading() as session:
        return not Precincts(session).all()


def build_demo(
    db: Database, *, now: datetime | None = None, seed: int = 102, days: int = 30, evening: bool = False
) -> DemoSummary:
    """Fill an empty, migrated database with the demo city. Refuses a database that holds data.
    ``evening``: the last five hours as busy as a Saturday evening, a P1 just in and waiting for a unit."""
    now = now or utc_now()
    desk = DeskService(db, Principal.for_system("demo"), clock=lambda: now)
    desk.ensure_reference_data()
    if not is_empty(db):
        raise DemoError("the database already holds a city; the demo goes only into an empty database")
    precincts = load_precincts()
    streets = load_streets()
    units = load_units()
    index = PrecinctIndex(precincts)
    for precinct in precincts:
        precinct.service_centre_address = _service_centre(precinct, streets, index)
    with UnitOfWork(db, "demo", now) as work:
        pg_security.unrecorded_load(work.session.connection())  # finished history, its feed rows given
        for precinct in precincts:
            work.precincts.add(precinct)
        for street in streets:
            work.streets.add(street)
        for unit in units:
            unit.status_since = now
            work.units.add(unit)
        builder = HistoryBuilder(
            now=now, streets=streets, units=units, categories=work.categories.all(), index=index, seed=seed
        )
        bulk_history = builder.build(days, evening=evening)
        bulk.insert_history(work.session, bulk_history.incidents, bulk_history.events)
        builder.settle_units(units)
        _patrol_the_river(units, now)
        bar = builder.trouble_place("05", "bar")
        if bar is not None:  # the demo inspector's problem there
            problem = work.problems.add(demo_problem(bar, now))
            work.record(
                ProblemChange(
                    ChangeKind.PROBLEM_OPENED,
                    problem.id or 0,
                    problem.precinct,
                    problem.status.value,
                    problem.version,
                ),
                problem.id,
            )
        for unit in units:
            work.units.save(unit)
        people = Accounts(work.session)
        # Argon2id on SQLite; on PostgreSQL the server's own hash, which its sign-in checks
        stored = (
            pg_security.demo_password_hash(work.session.connection(), DEMO_PASSWORD)
            if db.is_postgresql
            else password_hasher().hash(DEMO_PASSWORD)
        )
        for number, (login, name, roles, home) in enumerate(DEMO_ACCOUNTS, 1):
            if people.find(login) is None:  # an administrator made by "db init" stays as it is
                people.add(Account(login, name, roles, f"102-{number:04d}", home), stored, now)
        work.meta.set("city", CITY)
        work.meta.set("demo", "true")
        work.meta.set("demo_built_at", now.isoformat())
        work.record(DemoBuilt(ChangeKind.DEMO_BUILT, CITY, len(bulk_history.incidents)))
        work.commit()
    desk.road_network.replace("roads.osm", demo_road_archive())
    desk.cameras.import_cameras(read_cameras(demo_city_dir() / "cameras.csv"))
    open_count = sum(1 for i in bulk_history.incidents if i.status.is_open)
    return DemoSummary(len(precincts), len(streets), len(units), len(bulk_history.incidents), open_count)
