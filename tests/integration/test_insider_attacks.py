"""The insider's attacks on PostgreSQL, run again as written: each is refused or recorded.

An insider here has a workstation (so the gate role's password from its settings) and their own desk
account, and uses psql instead of the desk. The statements are those of the attack on the database.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from dispatch_desk.domain.access import Principal, Role
from dispatch_desk.domain.changes import IncidentChange, UnknownChange
from dispatch_desk.domain.errors import ValidationError
from dispatch_desk.services.accounts import AccountService, ConfirmationNeeded
from dispatch_desk.services.desk import DeskService
from dispatch_desk.services.feed_follow import FeedFollower
from dispatch_desk.store import pg_security
from tests.support.people import DEMO_PASSWORD
from tests.support.pg_roles import as_person, connect, one

UNDEFINED = psycopg.errors.UndefinedFunction


def tag_of(db) -> str:
    with db.engine.connect() as connection:
        return pg_security.current_tag(connection)


def gate_url(accounts: AccountService) -> str:
    return accounts.service_role_url("gate")


def fails(sql: psycopg.Connection, statement: str, params: tuple = ()) -> str:
    """The server's refusal of ``statement`` (its message), or "" when it went through."""
    try:
        sql.execute(statement, params)
    except psycopg.Error as exc:
        return str(exc).splitlines()[0]
    return ""


def owner_rows(db, statement: str, **params):
    with db.engine.begin() as owner:
        return owner.execute(text(statement), params).all()


# -- 1. nobody changes roles or logins outside the accounts ------------------------------------------
def test_an_administrator_cannot_escalate_or_make_a_ghost_login(city):
    db, _accounts, _number = city
    tag = tag_of(db)
    with as_person(db, "admin") as sql:
        assert fails(sql, "select dd_person_role('admin', NULL, array['admin','anti_corruption'], true)")
        assert fails(
            sql,
            "select dd_person_role('ghost', 'SCRAM-SHA-256$ghostpw', "
            "array['anti_corruption','shift_lead'], true)",
        )
        assert fails(sql, "select dd_sync_person('admin')")
        assert "own roles" in fails(
            sql, "UPDATE accounts SET roles = 'anti_corruption,admin' WHERE login = 'admin'"
        )
        assert "second administrator" in fails(
            sql, "UPDATE accounts SET roles = 'operator,anti_corruption' WHERE login = 'operator'"
        )
        assert "second administrator" in fails(
            sql,
            "INSERT INTO accounts (login, full_name, personal_number, roles, state, password_hash, "
            "must_change_password, failed_sign_ins, created_at, version) VALUES ('ghost', 'G', '', "
            "'auditor', 'active', '', false, 0, now(), 1)",
        )
        # an account made by hand, with no line in the access log or the feed, does not commit
        assert "access log" in fails(
            sql,
            "INSERT INTO accounts (login, full_name, personal_number, roles, state, password_hash, "
            "must_change_password, failed_sign_ins, created_at, version) VALUES ('ghost', 'G', '', "
            "'shift_lead', 'active', '', false, 0, now(), 1)",
        )
        assert fails(sql, f'CREATE ROLE "ghost@{tag}" LOGIN')
        assert fails(sql, f'GRANT "{tag}#anti_corruption" TO "admin@{tag}"')
    assert owner_rows(db, "SELECT rolname FROM pg_roles WHERE rolname = :r", r=f"ghost@{tag}") == []
    # every account has its login role, made by the accounts' own trigger
    roles = {r for (r,) in owner_rows(db, "SELECT rolname FROM pg_roles WHERE rolname LIKE :p", p=f"%@{tag}")}
    assert {f"{login}@{tag}" for (login,) in owner_rows(db, "SELECT login FROM accounts")} <= roles


def test_confidential_roles_need_a_second_administrator_both_recorded(city):
    db, accounts, _number = city
    system = Principal.for_system("system")
    accounts.add(system, "admin2", "Second Admin", ["admin"], password="second-admin-pw")
    admin = accounts.sign_in("admin", DEMO_PASSWORD).principal
    second = accounts.sign_in("admin2", "second-admin-pw").principal
    with pytest.raises(ValidationError, match="own roles"):
        accounts.set_roles(admin, "admin", ["admin", "anti_corruption"])
    with pytest.raises(ConfirmationNeeded, match="second administrator"):
        accounts.set_roles(admin, "operator", ["operator", "anti_corruption"])
    assert Role.ANTI_CORRUPTION not in accounts.sign_in("operator", DEMO_PASSWORD).account.roles
    with pytest.raises(ValidationError, match="second administrator"):
        accounts.confirm_roles(admin, "operator")  # the one who asked
    [waiting] = accounts.role_requests(second)
    assert (waiting.login, waiting.requested_by) == ("operator", "admin")
    account, _ = accounts.confirm_roles(second, "operator")
    assert account.roles == (Role.OPERATOR, Role.ANTI_CORRUPTION)
    with as_person(db, "operator") as sql:  # the server gave the group too
        assert one(sql, "SELECT count(*) FROM incidents WHERE confidential") == 1
    lines = owner_rows(
        db,
        "SELECT login, detail FROM access_log WHERE kind = 'account_changed' "
        "AND subject = 'operator' ORDER BY id",
    )
    assert [login for login, _ in lines] == ["admin", "admin2"]
    assert "asked for" in lines[0][1] and "confirmed (asked for by admin)" in lines[1][1]
    feed = owner_rows(
        db,
        "SELECT actor, payload->>'detail' FROM change_feed WHERE entity = 'account' "
        "AND subject = 'operator' ORDER BY seq",
    )
    assert [actor for actor, _ in feed] == ["admin", "admin2"]
    # a new account with a confidential role: made only when the second administrator confirms it
    with pytest.raises(ConfirmationNeeded):
        accounts.add(admin, "auditor2", "Аудитор Два", ["auditor"])
    assert owner_rows(db, "SELECT login FROM accounts WHERE login = 'auditor2'") == []
    made, one_time = accounts.confirm_roles(second, "auditor2")
    assert made.roles == (Role.AUDITOR,) and one_time


def test_the_two_person_rule_holds_on_sqlite_too(db, clock):
    accounts = AccountService(db, clock=clock)
    system = Principal.for_system("system")
    accounts.add(system, "admin", "Admin", ["admin"], password="first-admin-pw")
    accounts.add(system, "admin2", "Admin Two", ["admin"], password="second-admin-pw")
    accounts.add(system, "dana", "Dana", ["operator"], password="dana-password")
    one_admin = accounts.sign_in("admin", "first-admin-pw").principal
    other = accounts.sign_in("admin2", "second-admin-pw").principal
    with pytest.raises(ConfirmationNeeded):
        accounts.set_roles(one_admin, "dana", ["operator", "auditor"])
    with pytest.raises(ValidationError, match="wait for a second"):
        accounts.set_roles(one_admin, "dana", ["auditor"])  # one request at a time
    accounts.refuse_roles(other, "dana")
    assert accounts.role_requests(other) == []
    assert accounts.sign_in("dana", "dana-password").account.roles == (Role.OPERATOR,)
    with pytest.raises(ValidationError, match="own roles"):
        accounts.set_roles(other, "admin2", ["operator"])


# -- 2, 3. the server's clock; serialised sign-ins; guessing at the server opens nothing ------------------
def test_the_gate_cannot_move_the_clock_or_backdate_the_log(city):
    db, accounts, _number = city
    gate = make_url(gate_url(accounts))
    with connect(db, gate.username, gate.password) as sql:
        assert fails(sql, "select * from dd_sign_in_begin('operator', '9999-12-31')")
        assert fails(sql, "select dd_sign_in_failed('admin', '2999-01-01', 'x', true)")
        assert fails(
            sql,
            "INSERT INTO access_log (at, login, workstation, kind, subject, detail, confidential) "
            "VALUES ('2001-01-01', 'admin', 'x', 'sign_in', 'admin', '', false)",
        )
        for _ in range(5):
            assert sql.execute("SELECT outcome FROM dd_sign_in('admin', 'guess', 'x')").fetchone()[0] in (
                "wrong",
                "locked",
            )
        locked_until = sql.execute("SELECT locked_until FROM dd_sign_in('admin', 'guess', 'x')").fetchone()[0]
    server_now = owner_rows(db, "SELECT now()")[0][0]
    assert timedelta(minutes=9) < locked_until - server_now <= timedelta(minutes=10)
    with as_person(db, "operator") as sql:  # a person's own line: the server's time, not the one given
        sql.execute(
            "INSERT INTO access_log (at, login, workstation, kind, subject, detail, confidential) "
            "VALUES ('2001-01-01', 'operator', 'anything', 'sign_out', 'operator', '', false)"
        )
    [(at, address)] = owner_rows(
        db,
        "SELECT at, address FROM access_log WHERE login = 'operator' "
        "AND kind = 'sign_out' ORDER BY id DESC LIMIT 1",
    )
    assert abs(at - datetime.now(UTC)) < timedelta(minutes=1) and address == "127.0.0.1"


def test_thirty_concurrent_guesses_check_at_most_five_passwords(city):
    """29 wrong passwords at once, then the right one: the server checks five, locks, and refuses the
    right one too (before, it checked 29 and let the right one in)."""
    db, accounts, _number = city
    gate = make_url(gate_url(accounts))
    outcomes: list[str] = []
    start = threading.Barrier(29)

    def guess(i: int) -> None:
        with connect(db, gate.username, gate.password) as sql:
            start.wait()
            row = sql.execute(
                "SELECT outcome FROM dd_sign_in('auditor', %s, 'x')", (f"wrong-{i}",)
            ).fetchone()
            outcomes.append(row[0])

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(29)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    checked = owner_rows(
        db, "SELECT count(*) FROM access_log WHERE subject = 'auditor' AND detail = 'wrong password'"
    )
    assert len(outcomes) == 29 and checked[0][0] == 5
    assert outcomes.count("wrong") == 4 and outcomes.count("locked") == 25
    with connect(db, gate.username, gate.password) as sql:
        right = sql.execute("SELECT outcome FROM dd_sign_in('auditor', %s, 'x')", (DEMO_PASSWORD,)).fetchone()
    assert right[0] == "locked"


def test_guessing_the_desk_password_at_the_server_opens_nothing(city):
    db, accounts, _number = city
    tag = tag_of(db)
    accounts.sign_in("auditor", DEMO_PASSWORD)  # signed in: the role has a secret now, not "demo"
    for _ in range(20):
        with pytest.raises(psycopg.OperationalError):
            connect(db, pg_security.person(tag, "auditor"), DEMO_PASSWORD)


# -- 4. the change feed obeys its subject's visibility ---------------------------------------------------
def test_the_feed_shows_each_role_what_its_subject_allows(city):
    db, accounts, _number = city
    with as_person(db, "inspector05") as sql:
        assert one(sql, "SELECT count(*) FROM change_feed WHERE entity = 'incident'") > 0
        assert (
            one(
                sql,
                "SELECT count(*) FROM change_feed f WHERE entity = 'incident' AND NOT EXISTS "
                "(SELECT 1 FROM incidents i WHERE i.id = f.entity_id AND i.precinct = '05')",
            )
            == 0
        )
        assert (
            one(sql, "SELECT count(*) FROM change_feed WHERE entity IN ('account', 'call', 'handover')") == 0
        )
    intake = make_url(accounts.service_role_url("intake"))
    with connect(db, intake.username, intake.password) as sql:
        entities = {e for (e,) in sql.execute("SELECT DISTINCT entity FROM change_feed").fetchall()}
        assert entities <= {"precinct", "category", "gazetteer", "roads", "call"}
        assert one(sql, "SELECT count(*) FROM change_feed WHERE left(kind, 9) = 'incident.'") == 0


# -- 5. every change is recorded, whatever program makes it ----------------------------------------------
@pytest.mark.parametrize("login", ["operator", "shiftlead"])
def test_a_change_without_its_feed_row_does_not_commit(city, login):
    db, _accounts, _number = city
    [(number, version)] = owner_rows(
        db,
        "SELECT number, version FROM incidents WHERE NOT confidential "
        "AND status <> 'closed' ORDER BY id LIMIT 1",
    )
    with as_person(db, login) as sql:
        refusal = fails(
            sql, "update incidents set status='closed', precinct='01', priority=5 where number=%s", (number,)
        )
        assert "change-feed row" in refusal
        assert "change-feed row" in fails(sql, "UPDATE units SET status = 'off_shift'")
    assert owner_rows(db, "SELECT version FROM incidents WHERE number = :n", n=number) == [(version,)]


def test_the_intake_and_anti_corruption_roles_cannot_tamper_either(city):
    db, accounts, number = city
    with as_person(db, "anticorruption") as sql:
        assert "change-feed row" in fails(
            sql, "UPDATE incidents SET status = 'closed' WHERE number = %s", (number,)
        )
    intake = make_url(accounts.service_role_url("intake"))
    with connect(db, intake.username, intake.password) as sql:
        assert "change-feed row" in fails(sql, "UPDATE incidents SET priority = 5 WHERE channel = 'app'")


def test_a_forged_feed_row_is_named_and_never_applied(city):
    db, accounts, _number = city
    with as_person(db, "operator") as sql:
        assert fails(
            sql,
            "insert into change_feed (at, actor, entity, entity_id, kind, payload, confidential, "
            "subject) values (now(), 'operator', 'incident', 1, 'incident.nonsense', '{}', false, '')",
        )
        assert fails(
            sql,
            "insert into change_feed (at, actor, entity, entity_id, kind, payload, confidential, "
            "subject) values (now(), 'operator', 'incident', 1, 'incident.created', '[1]', false, '')",
        )
        sql.execute(
            "insert into change_feed (at, actor, entity, entity_id, kind, payload, confidential, subject) "
            "values ('2001-01-01', 'operator', 'incident', 5, 'incident.created', "
            '\'{"number": 5, "lat": "x"}\', false, \'\')'
        )
    [(actor, at)] = owner_rows(db, "SELECT actor, at FROM change_feed ORDER BY seq DESC LIMIT 1")
    assert actor == "operator" and at.year > 2001  # under the forger's name, at the server's time
    lead = accounts.sign_in("shiftlead", DEMO_PASSWORD).principal
    desk = DeskService(accounts.database_for(lead), lead)
    follower = FeedFollower(desk, desk.read.last_feed_seq() - 1)
    batch = follower.poll()
    forged = [e for e in batch.entries if e.actor == "operator" and e.kind == "incident.created"]
    assert forged and isinstance(forged[-1].record, UnknownChange)
    assert not any(isinstance(e.record, IncidentChange) and e.record.number == 5 for e in batch.entries)
    assert 5 not in batch.changes.incidents


# -- 6, 7. an install as documented; one's own password only through the desk's function ---------------
def test_the_owner_is_no_superuser_and_no_definer_function_runs_as_one(city):
    db, *_ = city
    [(superuser, createrole)] = owner_rows(
        db, "SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user"
    )
    assert not superuser and createrole
    definers = owner_rows(
        db,
        "SELECT p.proname, r.rolsuper FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner "
        "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.prosecdef AND n.nspname = 'public'",
    )
    assert definers and not any(is_super for _, is_super in definers)


def test_a_raw_verifier_is_only_a_password_to_hash(city):
    db, accounts, _number = city
    with as_person(db, "operator") as sql:
        assert fails(sql, "select dd_change_own_password('SCRAM-SHA-256$4096:AAAA$x:y', now(), 'x')")
        sql.execute("select dd_change_own_password(%s, 'SCRAM-SHA-256$4096:AAAA$x:y', 'x')", (DEMO_PASSWORD,))
    [(stored,)] = owner_rows(db, "SELECT password_hash FROM accounts WHERE login = 'operator'")
    assert stored.startswith("$2a$10$") and "SCRAM" not in stored
    assert accounts.sign_in("operator", "SCRAM-SHA-256$4096:AAAA$x:y").principal.login == "operator"
