"""What PostgreSQL itself refuses, whatever program connects: plain SQL as each person and service role.

The desk's own checks are tested in test_access.py on both databases; here nothing of the desk stands
between the connection and the data, as for someone who took a workstation's password to psql.
"""

from __future__ import annotations

import threading

import httpx
import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from dispatch_desk.cli import main
from dispatch_desk.composition import open_services
from dispatch_desk.config import Settings
from dispatch_desk.domain.access import Forbidden, Principal
from dispatch_desk.domain.enums import Channel, LocationSource
from dispatch_desk.domain.errors import DomainError
from dispatch_desk.domain.values import Location
from dispatch_desk.intake.app import create_app
from dispatch_desk.services.accounts import SignInRefused
from dispatch_desk.services.app_reports import IntakeService
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.store import pg_security
from dispatch_desk.store.media_files import MediaStore
from tests.support.intake import ServerThread
from tests.support.people import DEMO_PASSWORD
from tests.support.pg_roles import as_person, connect, one, refused, session_secret


def test_confidential_reports_exist_for_anti_corruption_officers_only(city):
    db, _accounts, number = city
    for login in ("operator", "shiftlead", "inspector05"):
        with as_person(db, login) as sql:
            assert one(sql, "SELECT count(*) FROM incidents WHERE confidential") == 0
            assert one(sql, "SELECT count(*) FROM incidents WHERE number = %s", (number,)) == 0
            assert one(sql, "SELECT count(*) FROM change_feed WHERE confidential") == 0
            assert one(sql, "SELECT count(*) FROM incidents") > 0  # the rest of the city is there
    with as_person(db, "anticorruption") as sql:
        assert one(sql, "SELECT count(*) FROM incidents WHERE confidential = false") == 0
        assert one(sql, "SELECT caller_phone FROM incidents WHERE number = %s", (number,)) == "+77015550000"
        assert refused(sql, "UPDATE units SET status = 'off_shift'")  # not a dispatcher


def test_an_inspector_reads_the_home_precinct_only(city):
    db, *_ = city
    with as_person(db, "inspector05") as sql:
        precincts = {row[0] for row in sql.execute("SELECT DISTINCT precinct FROM incidents").fetchall()}
        assert precincts == {"05"}
        assert (
            one(
                sql,
                "SELECT count(*) FROM assignments a JOIN incidents i ON i.id = a.incident_id "
                "WHERE i.precinct <> '05'",
            )
            == 0
        )
        assert refused(sql, "UPDATE incidents SET priority = 1")
        assert refused(
            sql,
            "INSERT INTO access_log (at, login, workstation, kind, subject, detail, "
            "confidential) VALUES (now(), 'operator', 'x', 'sign_in', 'x', '', false)",
        )


def test_administrators_and_auditors_read_no_incidents(city):
    db, *_ = city
    for login in ("admin", "auditor"):
        with as_person(db, login) as sql:
            for table in ("incidents", "assignments", "attachments", "units"):
                assert refused(sql, f"SELECT count(*) FROM {table}"), (login, table)
            assert one(sql, "SELECT count(*) FROM access_log") > 0  # their own work: the log
            assert one(sql, "SELECT count(*) FROM access_log WHERE confidential") == 0


def test_look_outs_and_handovers_are_the_shift_leads_to_make(city, clock):
    from datetime import timedelta

    db, accounts, _number = city
    lead = accounts.sign_in("shiftlead", DEMO_PASSWORD).principal
    desk = DeskService(accounts.database_for(lead), lead, clock=clock)
    until = clock.now + timedelta(hours=6)
    desk.lead.issue_look_out("vehicle", "серая Лада", until, plate="123 ABC 14", precincts=["03"])
    desk.lead.issue_look_out("missing", "мальчик 8 лет", until, keywords=["Ахметов"])
    desk.lead.hand_over(clock.now - timedelta(hours=12), clock.now, "заметки")
    insert = (
        "INSERT INTO look_outs (kind, description, keywords, precincts, created_at, created_by, "
        "expires_at, end_reason, version) VALUES ('person', 'x', '[\"x\"]', '[]', now(), %s, "
        "now() + interval '1 hour', '', 1)"
    )
    with as_person(db, "operator") as sql:
        assert one(sql, "SELECT count(*) FROM look_outs") == 2  # every desk watches for them
        assert refused(sql, insert, ("operator",))
        assert refused(sql, "UPDATE look_outs SET ended_at = now()")
        assert refused(sql, "SELECT count(*) FROM handovers")
    with as_person(db, "inspector05") as sql:  # the whole city's, not precinct 03's
        assert [row[0] for row in sql.execute("SELECT kind FROM look_outs").fetchall()] == ["missing"]
    with as_person(db, "shiftlead") as sql:
        assert refused(sql, insert, ("someone.else",))  # issued only under one's own login
        assert one(sql, "SELECT count(*) FROM handovers") == 1
    for login in ("admin", "anticorruption"):
        with as_person(db, login) as sql:
            assert refused(sql, "SELECT count(*) FROM handovers")
    with as_person(db, "admin") as sql:
        assert refused(sql, "SELECT count(*) FROM look_outs")
        assert one(sql, "SELECT count(*) FROM change_feed WHERE entity IN ('look_out', 'handover')") == 0


@pytest.mark.parametrize("login", ["operator", "shiftlead", "anticorruption", "admin", "auditor"])
def test_the_feed_and_the_access_log_cannot_be_rewritten_or_forged(city, login):
    db, *_ = city
    with as_person(db, login) as sql:
        for table in ("change_feed", "access_log"):
            assert refused(sql, f"DELETE FROM {table}"), table
            assert refused(sql, f"UPDATE {table} SET at = now()"), table
            assert refused(sql, f"TRUNCATE {table}"), table
        assert refused(
            sql,
            "INSERT INTO access_log (at, login, workstation, kind, subject, detail, "
            "confidential) VALUES (now(), 'someone.else', 'x', 'sign_in', 'x', '', false)",
        )
        if login != "auditor":
            assert refused(
                sql,
                "INSERT INTO change_feed (at, actor, entity, entity_id, kind, confidential, "
                "payload) VALUES (now(), 'someone.else', 'unit', 1, 'x', false, '{}')",
            )


@pytest.mark.parametrize("login", ["operator", "inspector05", "admin"])
def test_no_one_reads_password_verifiers_or_takes_another_role(city, login):
    db, *_ = city
    with db.engine.connect() as connection:
        tag = pg_security.current_tag(connection)
    with as_person(db, login) as sql:
        assert refused(sql, "SELECT password_hash FROM accounts")
        assert refused(sql, "SELECT rolpassword FROM pg_authid")
        assert (
            one(sql, "SELECT count(*) FROM accounts") == 7
        )  # who works here is not a secret (the six people and the wall)
        assert refused(sql, f'SET ROLE "{tag}#anti_corruption"')
        assert refused(sql, "SELECT dd_sync_person(%s)", (login,))
        assert refused(sql, "ALTER ROLE CURRENT_USER BYPASSRLS")
        assert refused(sql, "ALTER TABLE incidents DISABLE ROW LEVEL SECURITY")


def test_a_lockout_and_a_disabled_account_are_refused_by_the_server_itself(city, clock):
    db, accounts, _ = city
    tag = pg_security.current_tag(db.engine.connect())
    for attempt in range(5):
        with pytest.raises(SignInRefused):
            accounts.sign_in("shiftlead", f"wrong-{attempt}")
    with pytest.raises(SignInRefused, match="locked"):
        accounts.sign_in("shiftlead", DEMO_PASSWORD)  # the right password during the lockout
    with pytest.raises(psycopg.OperationalError):
        connect(db, pg_security.person(tag, "shiftlead"))  # the desk password opens nothing at the server
    with db.engine.begin() as owner:  # ten minutes pass, by the server's clock (the owner may move it)
        owner.execute(
            text("UPDATE accounts SET locked_until = now() - interval '1 second' WHERE login = 'shiftlead'")
        )
    assert accounts.sign_in("shiftlead", DEMO_PASSWORD).principal.login == "shiftlead"
    secret = session_secret(db, "shiftlead")
    connect(db, pg_security.person(tag, "shiftlead"), secret).close()
    admin = accounts.sign_in("admin", DEMO_PASSWORD).principal
    accounts.disable(admin, "shiftlead")
    with pytest.raises(psycopg.OperationalError):
        connect(db, pg_security.person(tag, "shiftlead"), secret)  # the session's secret ends with it
    with pytest.raises(AssertionError, match="disabled"):
        session_secret(db, "shiftlead")


def test_the_gate_and_the_intake_roles_reach_only_their_own_work(city, clock, capsys):
    db, accounts, number = city
    assert main(["db", "service-role", "gate", "--db", db.url]) == 0  # the owner's command
    gate_url = capsys.readouterr().out.strip()
    intake_url = accounts.service_role_url("intake")
    with db.engine.connect() as owner:
        of_app_reports = owner.execute(
            text(
                "SELECT count(*) FROM assignments a JOIN incidents i "
                "ON i.id = a.incident_id WHERE i.channel = 'app'"
            )
        ).scalar_one()
        assert 0 < of_app_reports < owner.execute(text("SELECT count(*) FROM assignments")).scalar_one()
    for url in (gate_url, intake_url):
        role = make_url(url)
        with connect(db, role.username, role.password) as sql:
            for table in ("access_log", "units"):
                assert refused(sql, f"SELECT count(*) FROM {table}"), (role.username, table)
            assert refused(sql, "SELECT login, password_hash FROM accounts")
            if role.username.endswith("#gate"):
                assert refused(sql, "SELECT count(*) FROM incidents")
                assert refused(sql, "SELECT count(*) FROM api_keys")
                assert refused(sql, "SELECT count(*) FROM assignments")
                assert refused(sql, "SELECT dd_sync_person('operator')")
            else:
                assert one(sql, "SELECT count(*) FROM incidents WHERE channel <> 'app'") == 0
                assert one(sql, "SELECT count(*) FROM incidents WHERE number = %s", (number,)) == 0
                assert one(sql, "SELECT count(*) FROM assignments") == of_app_reports
                assert refused(sql, "DELETE FROM incidents")
    # a workstation configured with the gate role works: people sign in and take calls over their own
    settings = Settings()
    settings.database_url = gate_url
    services = open_services(settings, build_demo_if_empty=False)
    signed = services.accounts.sign_in("operator", DEMO_PASSWORD)
    desk = services.desk_for(signed.principal)
    taken = desk.create_incident(
        CallDraft(
            Channel.PHONE,
            "theft",
            location=Location(52.2873, 76.9674, LocationSource.MAP),
            caller_phone="87011112233",
        )
    )
    assert desk.read.incident(taken.number).caller.phone == "+77011112233"
    with pytest.raises(SignInRefused):
        services.accounts.sign_in("operator", "not the password")
    services.accounts.sign_out(signed.principal)
    with pytest.raises(Forbidden):  # signed out: the person's connection is gone
        services.desk_for(signed.principal)
    admin = services.accounts.sign_in("admin", DEMO_PASSWORD).principal
    _stored, _key = services.app_reports.create_api_key("partner", by=admin)
    assert [k.name for k in services.app_reports.api_keys(by=admin)] == ["partner"]
    with pytest.raises(DomainError, match="owner"):
        services.accounts.service_role_url("intake")  # the gate cannot hand out passwords
    # a workstation keeps one connection of its own open (fifty desks share the server's limit): two
    # at once while two threads need it, then one again
    gate = make_url(gate_url).username
    both = threading.Barrier(2)

    def read() -> None:
        with services.db.reading() as session:
            session.execute(text("SELECT 1"))
            both.wait(10)

    threads = [threading.Thread(target=read) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    with db.engine.connect() as owner:
        held = owner.scalar(
            text("SELECT count(*) FROM pg_stat_activity WHERE usename = :gate"), {"gate": gate}
        )
    assert held == 1
    services.db.dispose()


def test_the_intake_server_works_over_its_own_role(city, tmp_path):
    db, accounts, number = city
    _, key = IntakeService(
        DeskService(db, Principal.for_system("admin")), MediaStore(tmp_path / "m")
    ).create_api_key("102-app", rate_per_minute=1000, by=Principal.for_system("admin"))
    settings = Settings()
    settings.database_url = accounts.service_role_url("intake")
    settings.media_dir = str(tmp_path / "media")
    services = open_services(settings, build_demo_if_empty=False)
    try:
        with ServerThread(create_app(services.app_reports)) as server:
            answer = httpx.post(
                f"{server.url}/v2/requests.json",
                data={
                    "api_key": key,
                    "service_code": "theft",
                    "lat": 52.2873,
                    "long": 76.9674,
                    "description": "велосипед украли",
                    "first_name": "Дана",
                    "phone": "87017778899",
                },
            )
            assert answer.status_code == 201, answer.text
            posted = answer.json()[0]
            own = httpx.get(
                f"{server.url}/v2/requests/{posted['service_request_id']}.json",
                params={"report_secret": posted["report_secret"]},
            )
            assert own.status_code == 200 and own.json()[0]["description"] == "велосипед украли"
            # the confidential report an operator took cannot be read through the intake's own role
            assert httpx.get(f"{server.url}/v2/requests/{number}.json").status_code == 404
    finally:
        services.app_reports.close()
        services.db.dispose()


def test_an_inspector_works_on_the_home_precincts_problems_only(city, clock):
    from dispatch_desk.domain.problems import Place, PlaceKind
    from dispatch_desk.geo.hotspots import cell_of
    from dispatch_desk.services.problems import ProblemDesk

    db, accounts, _number = city
    inspector = accounts.sign_in("inspector05", DEMO_PASSWORD).principal
    problems = ProblemDesk(accounts.database_for(inspector), inspector, clock=clock)
    problems.open("Драки во дворе", [Place(PlaceKind.CELL, cell_of(52.2873, 76.9674))], "по вечерам")
    insert = (
        "INSERT INTO problems (precinct, title, status, places, notes, responses, opened_at, opened_by, "
        "outcome, version) VALUES (%s, 'x', 'analysis', '[]', '[]', '[]', now(), 'x', '', 1)"
    )
    with db.engine.begin() as owner:  # another precinct's problem
        owner.exec_driver_sql(insert.replace("%s", "'01'"))
    with as_person(db, "inspector05") as sql:
        assert {row[0] for row in sql.execute("SELECT precinct FROM problems").fetchall()} == {
            "05"
        }  # and the demo's
        assert refused(sql, insert, ("01",))  # row security: not into another precinct
        assert sql.execute("UPDATE problems SET title = 'y' WHERE precinct = '01'").rowcount == 0
        assert refused(sql, "UPDATE problems SET precinct = '01'")  # nor moved there
        assert refused(sql, "DELETE FROM problems")
        assert refused(
            sql,
            "INSERT INTO change_feed (at, actor, entity, entity_id, kind, payload, confidential, "
            "subject) VALUES (now(), 'inspector05', 'incident', 0, 'incident.created', '{}', "
            "false, '')",
        )  # its feed rows are its problems' only
    with as_person(db, "shiftlead") as sql:
        assert one(sql, "SELECT count(*) FROM problems") == 3  # the demo's, the inspector's, precinct 01's
        assert refused(sql, "UPDATE problems SET title = 'x'")
    for login in ("operator", "admin", "auditor"):
        with as_person(db, login) as sql:
            assert refused(sql, "SELECT count(*) FROM problems"), login
