"""The first deliberate look at an app report is recorded in the feed (who, when), once: every desk and
every later start read it, so the report is never "unopened" again. On PostgreSQL the person's own
connection writes it, as the feed's kind check and row security allow."""

from __future__ import annotations

from dispatch_desk.domain.access import Principal, Role
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.desk import CallDraft, DeskService
from tests.support.people import DEMO_PASSWORD


def _opened_rows(desk: DeskService, number: str) -> list:
    return [e for e in desk.read.timeline(number) if e.kind == ChangeKind.INCIDENT_OPENED.value]


def test_the_first_look_is_recorded_once_and_read_by_every_desk(db, clock):
    system = DeskService(db, Principal.for_system("intake"), clock=clock)
    system.ensure_reference_data()
    report, phoned = (
        system.create_incident(CallDraft(channel, "theft", "Украли сумку", "Естая 105"))
        for channel in (Channel.APP, Channel.PHONE)
    )
    first = DeskService(db, Principal("op1", "Op One", (Role.OPERATOR,)), clock=clock)
    second = DeskService(db, Principal("op2", "Op Two", (Role.OPERATOR,)), clock=clock)
    assert second.read.opened_reports() == set()

    first.open_incident(report.number, looked=False)  # the desk showing it by itself: nobody's look
    assert second.read.opened_reports() == set()
    first.open_incident(report.number)
    first.open_incident(report.number)
    clock.advance(minutes=5)
    second.open_incident(report.number)  # opened before: nothing more is written
    assert [e.actor for e in _opened_rows(system, report.number)] == ["op1"]
    assert second.read.opened_reports() == {report.number}

    first.open_incident(phoned.number)  # only app reports wait to be opened
    assert _opened_rows(system, phoned.number) == []
    system.close(report.number, "Проверено")
    assert second.read.opened_reports() == set()  # only open reports are asked about


def test_an_operators_own_connection_records_it_on_postgresql(city, clock):
    db, accounts, _number = city
    operator = accounts.sign_in("operator", DEMO_PASSWORD).principal
    desk = DeskService(accounts.database_for(operator), operator, clock=clock)
    intake = DeskService(db, Principal.for_system("intake"), clock=clock)
    report = intake.create_incident(CallDraft(Channel.APP, "theft", "Украли сумку", "Естая 105"))
    desk.open_incident(report.number)
    lead = accounts.sign_in("shiftlead", DEMO_PASSWORD).principal
    lead_desk = DeskService(accounts.database_for(lead), lead, clock=clock)
    assert report.number in lead_desk.read.opened_reports()
    assert [e.actor for e in _opened_rows(intake, report.number)] == ["operator"]
