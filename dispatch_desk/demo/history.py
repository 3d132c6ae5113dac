"""Thirty days of past incidents with the rhythm of a real centre.

A few places call far more than the rest, as in every city: a bar where fights and noise come late, a
block with a family in conflict, a shop with thefts. About one contact in twenty comes from one of them,
so that the precinct's hot spots and repeat addresses show what an inspector would see (``TROUBLE``).

110–120 contacts a day on average: fewer on weekdays, more on weekends and public holidays; the evening
peak from 19:00 to midnight; the category mix of a city centre. Each incident is played through the
domain's own rules (assign, en route, on scene, close), so the history obeys the same transitions as
live work, and every step becomes a change-feed row with the operator on shift.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from dispatch_desk.demo import texts
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import IncidentChange
from dispatch_desk.domain.entities import Category, Incident, Street, Unit
from dispatch_desk.domain.enums import Channel, LocationSource, Priority, UnitKind, UnitStatus
from dispatch_desk.domain.values import Caller, Location, format_incident_number
from dispatch_desk.geo.precincts import PrecinctIndex
from dispatch_desk.geo.streets import house_position
from dispatch_desk.services.new_incident import CallDraft, Geography, make_incident
from dispatch_desk.store.bulk import HistoryEvent

ZONE = ZoneInfo("Asia/Almaty")

# Share of the day's contacts in each local hour: quiet before dawn, peak 19:00–24:00.
HOUR_WEIGHTS = [6, 4, 3, 2, 2, 2, 2, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5, 6, 7, 10, 11, 11, 11, 10]

CATEGORY_WEIGHTS = {
    "disturbing_peace": 12,
    "domestic_conflict": 12,
    "theft": 10,
    "consultation": 8,
    "fraud": 7,
    "road_accident": 7,
    "fight_assault": 6,
    "traffic_violation": 6,
    "illegal_parking": 6,
    "other": 4,
    "drunk_driving": 4,
    "smoking_entrance": 3,
    "robbery": 2,
    "road_conditions": 2,
    "missing_person": 1,
    "corruption_report": 0.5,
    "police_complaint": 0.5,
    "noise_night": 1,
}
NIGHT_NOISE_WEIGHT = 12  # noise complaints come at night

# Places that call far more than the rest: (precinct, what the place is, its categories). Two in the
# demo inspector's precinct 05.
TROUBLE = (
    ("05", "bar", ("fight_assault", "disturbing_peace", "noise_night", "fight_assault", "drunk_driving")),
    ("05", "block", ("domestic_conflict", "disturbing_peace", "smoking_entrance", "domestic_conflict")),
    ("02", "shop", ("theft", "theft", "fraud", "disturbing_peace")),
    ("08", "bar", ("fight_assault", "noise_night", "disturbing_peace")),
    ("11", "block", ("domestic_conflict", "disturbing_peace", "noise_night")),
)
TROUBLE_SHARE = 0.05
RESPONDING = timedelta(days=10)  # the demo problem's response at the first place began this long ago


@dataclass(frozen=True)
class TroublePlace:
    precinct: str
    kind: str
    address: str
    lat: float
    lon: float
    categories: tuple[str, ...]


CHANNEL_WEIGHTS = {Channel.PHONE: 58, Channel.APP: 37, Channel.VIDEO_CALL: 3, Channel.WALK_IN: 2}

ANTI_CORRUPTION_LOGIN = "anticorruption"  # the demo's anti-corruption officer (demo/city.py)

# Seconds from receipt to dispatch, by priority (min, max).
DISPATCH_DELAY = {1: (20, 60), 2: (30, 120), 3: (60, 600), 4: (300, 2400)}

# Fixed public holidays of Kazakhstan (month, day).
HOLIDAYS = {
    (1, 1),
    (1, 2),
    (1, 7),
    (3, 8),
    (3, 21),
    (3, 22),
    (3, 23),
    (5, 1),
    (5, 7),
    (5, 9),
    (7, 6),
    (8, 30),
    (10, 25),
    (12, 16),
}


def is_day_off(day: date) -> bool:
    return day.weekday() >= 5 or (day.month, day.day) in HOLIDAYS


def contacts_on(day: date, rng: random.Random) -> int:
    return rng.randint(124, 132) if is_day_off(day) else rng.randint(107, 114)


@dataclass
class History:
    incidents: list[Incident] = field(default_factory=list)
    events: list[HistoryEvent] = field(default_factory=list)


@dataclass
class _UnitClock:
    unit: Unit
    busy_until: datetime


class HistoryBuilder:
    def __init__(
        self,
        *,
        now: datetime,
        streets: list[Street],
        units: list[Unit],
        categories: list[Category],
        index: PrecinctIndex,
        seed: int = 102,
    ) -> None:
        self.now = now
        self.rng = random.Random(seed)
        self.streets = streets
        self.categories = {c.code: c for c in categories}
        self.index = index
        self.geography = Geography(index.locate)
        first = now - timedelta(days=60)
        self.patrols = [
            _UnitClock(u, first) for u in units if u.kind in (UnitKind.PATROL_CAR, UnitKind.FOOT_PATROL)
        ]
        self.traffic = [_UnitClock(u, first) for u in units if u.kind == UnitKind.TRAFFIC]
        self.numbers: dict[int, int] = {}
        self.history = History()
        # its own stream: the rest of the history stays as the main stream makes it
        self.trouble_rng = random.Random(seed + 15)
        self.trouble = self._trouble_places()

    def _trouble_places(self) -> list[TroublePlace]:
        places: list[TroublePlace] = []
        streets = sorted(self.streets, key=lambda s: s.name_ru)
        for precinct, kind, categories in TROUBLE:
            for _ in range(2000):
                street = self.trouble_rng.choice(streets)
                number = self.trouble_rng.randint(street.house_min or 1, street.house_max or 50)
                lat, lon = house_position(street, number)
                taken = {p.address for p in places}
                address = f"{street.name_ru}, {number}"
                if self.index.locate(lat, lon) == precinct and address not in taken:
                    places.append(
                        TroublePlace(
                            precinct,
                            kind,
                            address,
                            round(lat, 6),
                            round(lon, 6),
                            tuple(c for c in categories if c in self.categories),
                        )
                    )
                    break
        return places

    def trouble_place(self, precinct: str, kind: str) -> TroublePlace | None:
        return next((p for p in self.trouble if p.precinct == precinct and p.kind == kind), None)

    # -- the contact itself ----------------------------------------------------------------------
    def _times(self, days: int) -> list[datetime]:
        local_now = self.now.astimezone(ZONE)
        times = []
        for back in range(days, -1, -1):
            day = (local_now - timedelta(days=back)).date()
            for _ in range(contacts_on(day, self.rng)):
                hour = self.rng.choices(range(24), HOUR_WEIGHTS)[0]
                moment = datetime(day.year, day.month, day.day, hour, tzinfo=ZONE) + timedelta(
                    seconds=self.rng.randrange(3600)
                )
                if moment < local_now - timedelta(minutes=3):
                    times.append(moment)
        return sorted(t for t in times if t >= local_now - timedelta(days=days))

    def evening_rush(self, hours: int = 5) -> list[datetime]:
        """The contacts of the last ``hours`` as busy as a Saturday evening (19:00–24:00), whatever the
        hour of the real clock: the demo's "Saturday evening" (``db init --demo --evening``)."""
        local_now = self.now.astimezone(ZONE)
        per_hour = max(
            contacts_on(date(2026, 11, 21), self.rng) * w / sum(HOUR_WEIGHTS) for w in HOUR_WEIGHTS[19:24]
        )
        count = round(per_hour * hours * 1.5)  # a large city's evening: half as many again
        moments = [local_now - timedelta(seconds=self.rng.uniform(180, hours * 3600)) for _ in range(count)]
        return sorted(moments)

    def add_waiting_p1(self, received: datetime) -> Incident:
        """A robbery just reported that no unit has been sent to: overdue within the minute."""
        category = self.categories["robbery"]
        address, location = self._place(Channel.PHONE)
        caller = self._caller(Channel.PHONE)
        draft = CallDraft(
            Channel.PHONE,
            category.code,
            "Отобрали телефон у остановки, двое, ушли в сторону парка",
            address,
            location,
            caller.name,
            caller.phone,
            None,
            Priority(1),
            received,
        )
        incident = make_incident(
            draft,
            category,
            self.geography,
            now=self.now,
            created_at=received + timedelta(seconds=15),
            number=self._number(received),
        )
        index = len(self.history.incidents)
        self.history.incidents.append(incident)
        self._event(index, incident, incident.created_at, ChangeKind.INCIDENT_CREATED)
        return incident

    def _category(self, moment: datetime) -> Category:
        weights = dict(CATEGORY_WEIGHTS)
        if moment.hour >= 22 or moment.hour < 6:
            weights["noise_night"] = NIGHT_NOISE_WEIGHT
        codes = [c for c in weights if c in self.categories]
        return self.categories[self.rng.choices(codes, [weights[c] for c in codes])[0]]

    def _number(self, moment: datetime) -> str:
        year = moment.year
        self.numbers[year] = self.numbers.get(year, 0) + 1
        return format_incident_number(year, self.numbers[year])

    def _caller(self, channel: Channel) -> Caller:
        name = f"{self.rng.choice(texts.FIRST_NAMES)} {self.rng.choice(texts.SURNAMES)}"
        phone = f"+7{self.rng.choice(['701', '702', '705', '707', '747', '771', '775', '778'])}{self.rng.randrange(10**7):07d}"
        app_user = (
            f"app-{self.rng.randrange(10**6):06d}" if channel in (Channel.APP, Channel.VIDEO_CALL) else None
        )
        return Caller(name=name, phone=phone, app_user_id=app_user)

    def _place(self, channel: Channel) -> tuple[str, Location | None]:
        street = self.rng.choice(self.streets)
        number = self.rng.randint(street.house_min or 1, street.house_max or 50)
        suffix = self.rng.choice(["", "", "", "", "а", "/1", "б"])
        address = f"{street.name_ru}, {number}{suffix}"
        if self.rng.random() < 0.3:
            address += f", кв. {self.rng.randint(1, 120)}"
        lat, lon = house_position(street, number)
        roll = self.rng.random()
        if channel in (Channel.APP, Channel.VIDEO_CALL):
            jitter = self.rng.uniform(3, 25)
            lat += self.rng.uniform(-1, 1) * jitter / 111_000
            lon += self.rng.uniform(-1, 1) * jitter / 68_000
            return address, Location(round(lat, 6), round(lon, 6), LocationSource.GPS, round(jitter, 1))
        if roll < 0.03:
            return address, None  # could not be placed: unverified, waiting for the operator
        if roll < 0.06:
            return address, Location.placed(round(lat, 6), round(lon, 6))
        return address, Location.geocoded(round(lat, 6), round(lon, 6), 0.95)  # a known house

    def _operator(self, moment: datetime) -> str:
        local = moment.astimezone(ZONE)
        shift = texts.OPERATORS_DAY if 8 <= local.hour < 20 else texts.OPERATORS_NIGHT
        return self.rng.choice(shift)

    def _event(self, index: int, incident: Incident, at: datetime, kind: ChangeKind, **extra: str) -> None:
        record = IncidentChange.of(kind, incident, **extra)
        # A confidential report is recorded by the operator who took it, then handled by anti-corruption.
        actor = (
            ANTI_CORRUPTION_LOGIN if incident.confidential and kind != ChangeKind.INCIDENT_CREATED else None
        )
        self.history.events.append(HistoryEvent(at, actor or self._operator(at), record, index))

    # -- the response ----------------------------------------------------------------------------
    def _free_unit(self, incident: Incident, at: datetime) -> _UnitClock:
        pool = (
            self.traffic
            if incident.category in ("road_accident", "drunk_driving", "traffic_violation")
            else []
        )
        pool = pool + self.patrols
        home = [c for c in pool if c.unit.home_precinct == incident.precinct and c.busy_until <= at]
        free = home or [c for c in pool if c.busy_until <= at]
        if free:
            return self.rng.choice(free)
        return min(pool, key=lambda c: c.busy_until)  # the first to become free takes it

    def _closing(self, category: str, confidential: bool = False) -> tuple[str, str]:
        own = texts.DISPOSITIONS.get(category, [])
        options = own if confidential and own else own + texts.DISPOSITIONS["*"]
        return self.rng.choice(options)

    def add_incident(self, received: datetime) -> None:
        channel = self.rng.choices(list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values()))[0]
        category = self._category(received)
        address, location = self._place(channel)
        if self.trouble and self.trouble_rng.random() < TROUBLE_SHARE:
            place = self.trouble_rng.choice(self.trouble)
            if (
                place is self.trouble[0]
                and received > self.now - RESPONDING
                and self.trouble_rng.random() < 0.6
            ):
                place = self.trouble_rng.choice(self.trouble[1:])  # since the raids began, fewer calls there
            category = self.categories[self.trouble_rng.choice(place.categories)]
            address = place.address + (
                f", кв. {self.trouble_rng.randint(1, 60)}" if place.kind == "block" else ""
            )
            jitter = self.trouble_rng.uniform(2, 30)  # the yard, the entrance, the pavement outside
            lat = round(place.lat + self.trouble_rng.uniform(-1, 1) * jitter / 111_000, 6)
            lon = round(place.lon + self.trouble_rng.uniform(-1, 1) * jitter / 68_000, 6)
            gps = location is not None and location.source is LocationSource.GPS
            location = (
                Location(lat, lon, LocationSource.GPS, round(jitter, 1))
                if gps
                else Location.geocoded(lat, lon, 0.95)
            )
        priority = category.default_priority
        if self.rng.random() < 0.05:
            priority = Priority(max(1, int(priority) - 1))  # the operator raised it
        received_utc = received.astimezone(self.now.tzinfo)
        created = received_utc + timedelta(seconds=self.rng.randint(8, 40))
        description = self.rng.choice(texts.DESCRIPTIONS.get(category.code, texts.DESCRIPTIONS["other"]))
        caller = self._caller(channel)
        draft = CallDraft(
            channel,
            category.code,
            description,
            address,
            location,
            caller.name,
            caller.phone,
            caller.app_user_id,
            priority,
            received_utc,
            video_call_requested=channel == Channel.VIDEO_CALL,
        )
        incident = make_incident(
            draft, category, self.geography, now=self.now, created_at=created, number=self._number(received)
        )
        index = len(self.history.incidents)
        self.history.incidents.append(incident)
        self._event(index, incident, created, ChangeKind.INCIDENT_CREATED)
        self._respond(index, incident, created)

    def _respond(self, index: int, incident: Incident, created: datetime) -> None:
        rng = self.rng
        if incident.confidential:  # no patrol: anti-corruption officers look into it within days
            at = created + timedelta(hours=rng.randint(20, 96))
            if at <= self.now:
                disposition, message = self._closing(incident.category, confidential=True)
                incident.close(at, disposition, message, texts.DISPOSITION_CODES[disposition])
                self._event(index, incident, at, ChangeKind.INCIDENT_CLOSED, disposition=disposition)
            return
        if incident.category == "consultation" and rng.random() < 0.8:
            at = created + timedelta(minutes=rng.randint(2, 9))
            if at <= self.now:
                disposition, message = self._closing("consultation")
                incident.close(at, disposition, message, texts.DISPOSITION_CODES[disposition])
                self._event(index, incident, at, ChangeKind.INCIDENT_CLOSED, disposition=disposition)
            return
        low, high = DISPATCH_DELAY[int(incident.priority)]
        at = created + timedelta(seconds=rng.randint(low, high))
        clock = self._free_unit(incident, at)
        at = max(at, clock.busy_until + timedelta(seconds=rng.randint(20, 90)))
        unit = clock.unit
        steps = [
            ("dispatch", at),
            ("en_route", at + timedelta(seconds=rng.randint(10, 60))),
        ]
        steps.append(("on_scene", steps[-1][1] + timedelta(minutes=rng.uniform(3, 14))))
        steps.append(("close", steps[-1][1] + timedelta(minutes=rng.uniform(10, 70))))
        clock.busy_until = steps[-1][1]
        for step, moment in steps:
            if moment > self.now:
                return  # still under way: the incident stays open in its current state
            if step == "dispatch":
                incident.assign(unit, moment)
                self._event(index, incident, moment, ChangeKind.INCIDENT_DISPATCHED, unit=unit.call_sign)
            elif step == "en_route":
                incident.unit_en_route(unit.id or 0, moment)
                self._event(index, incident, moment, ChangeKind.INCIDENT_EN_ROUTE, unit=unit.call_sign)
            elif step == "on_scene":
                incident.unit_on_scene(unit.id or 0, moment)
                self._event(index, incident, moment, ChangeKind.INCIDENT_ON_SCENE, unit=unit.call_sign)
            else:
                disposition, message = self._closing(incident.category)
                incident.close(moment, disposition, message, texts.DISPOSITION_CODES[disposition])
                self._event(index, incident, moment, ChangeKind.INCIDENT_CLOSED, disposition=disposition)

    def build(self, days: int = 30, *, evening: bool = False) -> History:
        """``days`` of history up to now; ``evening``: its last hours a Saturday evening's, ending with a
        P1 that waits for a unit."""
        moments = self._times(days)
        if evening:
            rush_from = self.now - timedelta(hours=5)
            moments = [m for m in moments if m < rush_from] + self.evening_rush(5)
        for moment in moments:
            self.add_incident(moment)
        if evening:
            self.add_waiting_p1(self.now - timedelta(seconds=50))
        return self.history

    def settle_units(self, units: list[Unit]) -> None:
        """Give every unit the status and position it has now, consistent with the open incidents."""
        working: dict[int, tuple[Incident, str]] = {}
        for incident in self.history.incidents:
            for assignment in incident.active_assignments():
                state = (
                    "on_scene"
                    if assignment.on_scene_at
                    else "en_route"
                    if assignment.en_route_at
                    else "dispatched"
                )
                working[assignment.unit_id] = (incident, state)
        for n, unit in enumerate(units):
            since = self.now - timedelta(minutes=self.rng.randint(2, 90))
            if unit.id in working:
                incident, state = working[unit.id]
                unit.status = UnitStatus(state)
                unit.current_incident = incident.number
                assignment = next(a for a in incident.active_assignments() if a.unit_id == unit.id)
                unit.status_since = (
                    assignment.on_scene_at or assignment.en_route_at or assignment.dispatched_at
                )
                if incident.location and state == "on_scene":
                    unit.position = (incident.location.lat, incident.location.lon)
            elif unit.kind == UnitKind.JUVENILE_INSPECTOR and not 8 <= self.now.astimezone(ZONE).hour < 20:
                unit.status, unit.status_since = UnitStatus.OFF_SHIFT, since
            elif n % 11 == 5:
                unit.status, unit.status_since = UnitStatus.BUSY, since
            else:
                unit.status, unit.status_since = UnitStatus.AVAILABLE, since
            if unit.position is None:
                unit.position = self._near_home(unit)
            stale = n % 13 == 7 and unit.status == UnitStatus.AVAILABLE
            unit.position_at = self.now - timedelta(minutes=45 if stale else self.rng.uniform(0.2, 8))

    def _near_home(self, unit: Unit) -> tuple[float, float]:
        street = self.rng.choice(self.streets)
        lat, lon = house_position(street, self.rng.randint(street.house_min or 1, street.house_max or 50))
        if unit.home_precinct:
            for _ in range(200):
                if self.index.locate(lat, lon) == unit.home_precinct:
                    break
                street = self.rng.choice(self.streets)
                lat, lon = house_position(
                    street, self.rng.randint(street.house_min or 1, street.house_max or 50)
                )
        return round(lat, 6), round(lon, 6)
