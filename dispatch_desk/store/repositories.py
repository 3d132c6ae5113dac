"""Repositories: load and save domain objects within one Session."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import case, delete, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, selectinload

from dispatch_desk.domain.entities import Category, Incident, Precinct, Street, Unit
from dispatch_desk.domain.enums import OPEN_INCIDENT_STATUSES
from dispatch_desk.domain.errors import ConcurrencyConflict, NotFound
from dispatch_desk.domain.values import format_incident_number
from dispatch_desk.store import mapping
from dispatch_desk.store.rows import (
    AddressRow,
    AssignmentRow,
    CategoryRow,
    GeocodeCacheRow,
    IncidentCounterRow,
    IncidentRow,
    MetaRow,
    PrecinctRow,
    StreetRow,
    UnitRow,
)

_INCIDENT_LOAD = (
    selectinload(IncidentRow.assignments).joinedload(AssignmentRow.unit),
    selectinload(IncidentRow.attachments),
    selectinload(IncidentRow.parent),
)


def _check_version(kind: str, name: str, row_version: int, seen: int | None) -> None:
    if seen is not None and seen != row_version:
        raise ConcurrencyConflict(
            f"{kind} {name} was changed by someone else since you opened it "
            f"(you saw version {seen}, it is now {row_version}); the view has been refreshed, please check and retry"
        )


class Incidents:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, number: str) -> IncidentRow:
        row = self.session.scalar(
            select(IncidentRow).where(IncidentRow.number == number).options(*_INCIDENT_LOAD)
        )
        if row is None:
            raise NotFound(f"there is no incident {number}")
        return row

    def get(self, number: str) -> Incident:
        return mapping.incident_from_row(self._row(number))

    def by_numbers(self, numbers: Sequence[str]) -> list[Incident]:
        """The incidents of these numbers in one query (with their assignments and attachments in one
        more each); a number without an incident is left out."""
        if not numbers:
            return []
        query = (
            select(IncidentRow).where(IncidentRow.number.in_(sorted(set(numbers)))).options(*_INCIDENT_LOAD)
        )
        return [
            mapping.incident_from_row(r) for r in self.session.scalars(query.order_by(IncidentRow.number))
        ]

    def get_by_id(self, incident_id: int) -> Incident:
        row = self.session.get(IncidentRow, incident_id, options=_INCIDENT_LOAD)
        if row is None:
            raise NotFound(f"there is no incident with id {incident_id}")
        return mapping.incident_from_row(row)

    def next_number(self, year: int) -> str:
        dialect = self.session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        self.session.execute(
            insert(IncidentCounterRow)
            .values(year=year, last=0)
            .on_conflict_do_nothing(index_elements=["year"])
        )
        last = self.session.scalar(
            update(IncidentCounterRow)
            .where(IncidentCounterRow.year == year)
            .values(last=IncidentCounterRow.last + 1)
            .returning(IncidentCounterRow.last)
        )
        if last is None:
            raise NotFound(f"no incident counter for {year}")
        return format_incident_number(year, int(last))

    def add(self, incident: Incident, year: int) -> Incident:
        row = IncidentRow(number=incident.number or self.next_number(year))
        if incident.parent_number:
            row.parent = self._row(incident.parent_number)
        mapping.incident_to_row(incident, row)
        self.session.add(row)
        self.session.flush()
        mapping.sync_ids(incident, row)
        return incident

    def save(self, incident: Incident, seen_version: int | None = None) -> Incident:
        row = self._row(incident.number)
        _check_version("Incident", incident.number, row.version, seen_version)
        _check_version("Incident", incident.number, row.version, incident.version)
        mapping.incident_to_row(incident, row)
        self.session.flush()
        mapping.sync_ids(incident, row)
        return incident

    def open(self, precinct: str | None = None, confidential: bool | None = None) -> list[Incident]:
        """Open incidents, most urgent first; ``confidential``: only those (True), none of them (False)."""
        query = (
            select(IncidentRow)
            .where(IncidentRow.status.in_([s.value for s in OPEN_INCIDENT_STATUSES]))
            .order_by(IncidentRow.priority, IncidentRow.received_at)
            .options(*_INCIDENT_LOAD)
        )
        query = _scoped(query, precinct, confidential)
        return [mapping.incident_from_row(r) for r in self.session.scalars(query)]

    def at_address(
        self,
        address_key: str,
        *,
        before: datetime | None = None,
        exclude: str | None = None,
        limit: int = 20,
        precinct: str | None = None,
        confidential: bool | None = None,
    ) -> list[Incident]:
        """Earlier incidents at the same address, newest first."""
        if not address_key:
            return []
        query = _scoped(
            select(IncidentRow).where(IncidentRow.address_key == address_key), precinct, confidential
        )
        if before is not None:
            query = query.where(IncidentRow.received_at < before)
        if exclude:
            query = query.where(IncidentRow.number != exclude)
        query = query.order_by(IncidentRow.received_at.desc()).limit(limit).options(*_INCIDENT_LOAD)
        return [mapping.incident_from_row(r) for r in self.session.scalars(query)]

    def earlier(
        self,
        *,
        since: datetime,
        address_key: str = "",
        phone: str = "",
        exclude: str | None = None,
        shown: int = 5,
        precinct: str | None = None,
        confidential: bool | None = None,
    ) -> tuple[int, int, list[Incident]]:
        """Incidents at an address (by its key) or from a phone number: how many in all, how many
        received since ``since``, and the newest ``shown`` of them, newest first."""
        if bool(address_key) == bool(phone):
            raise ValueError("history is asked by an address or by a phone number")
        match = IncidentRow.address_key == address_key if address_key else IncidentRow.caller_phone == phone
        counted = _scoped(
            select(func.count(), func.count(case((IncidentRow.received_at >= since, 1)))).where(match),
            precinct,
            confidential,
        )
        listed = _scoped(select(IncidentRow).where(match), precinct, confidential)
        if exclude:
            counted = counted.where(IncidentRow.number != exclude)
            listed = listed.where(IncidentRow.number != exclude)
        total, recent = self.session.execute(counted).one()
        listed = listed.order_by(IncidentRow.received_at.desc()).limit(shown).options(*_INCIDENT_LOAD)
        return int(total), int(recent), [mapping.incident_from_row(r) for r in self.session.scalars(listed)]

    def since(
        self,
        moment: datetime,
        limit: int = 5000,
        precinct: str | None = None,
        confidential: bool | None = None,
    ) -> list[Incident]:
        """Incidents received since ``moment``, oldest first."""
        return self.between(moment, None, limit, precinct, confidential)

    def between(
        self,
        start: datetime,
        end: datetime | None,
        limit: int = 20000,
        precinct: str | None = None,
        confidential: bool | None = None,
    ) -> list[Incident]:
        """Incidents received in [``start``, ``end``) (``end`` None: until now), oldest first."""
        query = select(IncidentRow).where(IncidentRow.received_at >= start)
        if end is not None:
            query = query.where(IncidentRow.received_at < end)
        query = _scoped(query, precinct, confidential).order_by(IncidentRow.received_at).limit(limit)
        return [mapping.incident_from_row(r) for r in self.session.scalars(query.options(*_INCIDENT_LOAD))]

    def open_at(
        self,
        moment: datetime,
        *,
        received_after: datetime,
        limit: int = 5000,
        precinct: str | None = None,
        confidential: bool | None = None,
    ) -> list[Incident]:
        """Incidents received after ``received_after`` that were still open at ``moment``: open now, or
        closed (or cancelled) after it."""
        still_open = IncidentRow.status.in_([s.value for s in OPEN_INCIDENT_STATUSES])
        query = select(IncidentRow).where(
            IncidentRow.received_at < moment,
            IncidentRow.received_at >= received_after,
            or_(still_open, IncidentRow.closed_at > moment),
        )
        query = _scoped(query, precinct, confidential).order_by(IncidentRow.received_at).limit(limit)
        return [mapping.incident_from_row(r) for r in self.session.scalars(query.options(*_INCIDENT_LOAD))]

    def search(
        self,
        text: str,
        *,
        address_key: str = "",
        phone: str = "",
        with_callers: bool = False,
        limit: int = 100,
        precinct: str | None = None,
        confidential: bool | None = None,
    ) -> list[Incident]:
        """Incidents, newest first, whose number, address, description (and, ``with_callers``, the
        caller's name or number) hold ``text``; letters matched without regard to case."""
        columns = [
            IncidentRow.number,
            IncidentRow.address,
            IncidentRow.typed_address,
            IncidentRow.description,
        ]
        if with_callers:
            columns.append(IncidentRow.caller_name)
        postgres = self.session.get_bind().dialect.name == "postgresql"
        # SQLite folds only ASCII letters: the text is also looked for as typed, in lower case and capitalised.
        forms = {text} if postgres else {text, text.lower(), text.capitalize(), text.upper()}
        found = [
            column.ilike(f"%{_like_escaped(form)}%", escape="\\")
            if postgres
            else column.contains(form, autoescape=True)
            for column in columns
            for form in forms
        ]
        if address_key:
            found.append(IncidentRow.address_key.contains(address_key, autoescape=True))
        if phone and with_callers:
            found.append(IncidentRow.caller_phone == phone)
        digits = "".join(c for c in text if c.isdigit())
        if with_callers and len(digits) >= 4:  # part of a number, as typed ("555 12 34")
            found.append(
                IncidentRow.caller_phone.contains(digits.removeprefix("8") if len(digits) == 11 else digits)
            )
        query = _scoped(select(IncidentRow).where(or_(*found)), precinct, confidential)
        query = query.order_by(IncidentRow.received_at.desc()).limit(limit).options(*_INCIDENT_LOAD)
        return [mapping.incident_from_row(r) for r in self.session.scalars(query)]

    def recent(
        self, limit: int = 100, precinct: str | None = None, confidential: bool | None = None
    ) -> list[Incident]:
        query = (
            select(IncidentRow).order_by(IncidentRow.received_at.desc()).limit(limit).options(*_INCIDENT_LOAD)
        )
        query = _scoped(query, precinct, confidential)
        return [mapping.incident_from_row(r) for r in self.session.scalars(query)]

    def row_id(self, number: str) -> int:
        row_id = self.session.scalar(select(IncidentRow.id).where(IncidentRow.number == number))
        if row_id is None:
            raise NotFound(f"there is no incident {number}")
        return row_id


def _like_escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _scoped(query, precinct: str | None, confidential: bool | None):
    """Narrow an incidents query to one precinct and to confidential or ordinary incidents."""
    if precinct:
        query = query.where(IncidentRow.precinct == precinct)
    if confidential is not None:
        query = query.where(IncidentRow.confidential.is_(confidential))
    return query


class Units:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _row(self, call_sign: str) -> UnitRow:
        row = self.session.scalar(
            select(UnitRow)
            .where(UnitRow.call_sign == call_sign)
            .options(selectinload(UnitRow.current_incident))
        )
        if row is None:
            raise NotFound(f"there is no unit {call_sign}")
        return row

    def get(self, call_sign: str) -> Unit:
        return mapping.unit_from_row(self._row(call_sign))

    def by_call_signs(self, call_signs: Sequence[str]) -> list[Unit]:
        if not call_signs:
            return []
        query = select(UnitRow).where(UnitRow.call_sign.in_(sorted(set(call_signs))))
        rows = self.session.scalars(
            query.order_by(UnitRow.call_sign).options(selectinload(UnitRow.current_incident))
        )
        return [mapping.unit_from_row(r) for r in rows]

    def all(self) -> list[Unit]:
        rows = self.session.scalars(
            select(UnitRow).order_by(UnitRow.call_sign).options(selectinload(UnitRow.current_incident))
        )
        return [mapping.unit_from_row(r) for r in rows]

    def add(self, unit: Unit) -> Unit:
        row = mapping.unit_to_row(unit, UnitRow())
        if unit.current_incident:
            row.current_incident_id = Incidents(self.session).row_id(unit.current_incident)
        self.session.add(row)
        self.session.flush()
        unit.id, unit.version = row.id, row.version
        return unit

    def save(self, unit: Unit, seen_version: int | None = None) -> Unit:
        row = self._row(unit.call_sign)
        _check_version("Unit", unit.call_sign, row.version, seen_version)
        _check_version("Unit", unit.call_sign, row.version, unit.version)
        mapping.unit_to_row(unit, row)
        row.current_incident_id = (
            Incidents(self.session).row_id(unit.current_incident) if unit.current_incident else None
        )
        self.session.flush()
        unit.version = row.version
        return unit


class Precincts:
    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> list[Precinct]:
        return [
            mapping.precinct_from_row(r)
            for r in self.session.scalars(select(PrecinctRow).order_by(PrecinctRow.code))
        ]

    def get(self, code: str) -> Precinct:
        row = self.session.scalar(select(PrecinctRow).where(PrecinctRow.code == code))
        if row is None:
            raise NotFound(f"there is no precinct {code}")
        return mapping.precinct_from_row(row)

    def add(self, precinct: Precinct) -> Precinct:
        row = mapping.precinct_to_row(precinct)
        self.session.add(row)
        self.session.flush()
        precinct.id = row.id
        return precinct

    def delete_all(self) -> None:
        self.session.execute(delete(PrecinctRow))


class Categories:
    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self, include_inactive: bool = True) -> list[Category]:
        query = select(CategoryRow).order_by(CategoryRow.default_priority, CategoryRow.code)
        if not include_inactive:
            query = query.where(CategoryRow.active.is_(True))
        return [mapping.category_from_row(r) for r in self.session.scalars(query)]

    def get(self, code: str) -> Category:
        row = self.session.get(CategoryRow, code)
        if row is None:
            raise NotFound(f"there is no category '{code}'")
        return mapping.category_from_row(row)

    def find(self, code: str) -> Category | None:
        row = self.session.get(CategoryRow, code)
        return mapping.category_from_row(row) if row else None

    def put(self, category: Category) -> None:
        self.session.merge(mapping.category_to_row(category, self.session.get(CategoryRow, category.code)))
        self.session.flush()


class Meta:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.session.get(MetaRow, key)
        return row.value if row else default

    def set(self, key: str, value: str) -> None:
        self.session.merge(MetaRow(key=key, value=value))


class Streets:
    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> list[Street]:
        return [
            mapping.street_from_row(r) for r in self.session.scalars(select(StreetRow).order_by(StreetRow.id))
        ]

    def add(self, street: Street) -> Street:
        row = mapping.street_to_row(street)
        self.session.add(row)
        self.session.flush()
        street.id = row.id
        return street

    def delete_all(self) -> None:
        self.session.execute(delete(AddressRow))
        self.session.execute(delete(StreetRow))


class Addresses:
    """Houses with known positions: (street name, house number, lat, lon)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> list[tuple[str, str, float, float]]:
        rows = self.session.execute(
            select(AddressRow.street_name, AddressRow.housenumber, AddressRow.lat, AddressRow.lon)
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def add_many(self, rows: list[dict]) -> None:
        for start in range(0, len(rows), 5000):
            self.session.execute(insert(AddressRow), rows[start : start + 5000])

    def delete_source(self, source: str) -> None:
        self.session.execute(delete(AddressRow).where(AddressRow.source == source))


class GeocodeCache:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str, provider: str, max_age: timedelta, now: datetime):
        row = self.session.get(GeocodeCacheRow, key)
        if row is None or row.provider != provider or now - row.created_at > max_age:
            return None, False
        return row.result, True

    def put(self, key: str, provider: str, result: dict | None, now: datetime) -> None:
        self.session.merge(GeocodeCacheRow(key=key, provider=provider, result=result, created_at=now))
