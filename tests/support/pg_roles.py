"""Plain SQL as the people and service roles of a PostgreSQL database, signed in as the README's
workstations do: what the role tests and the insider-attack tests share."""

from __future__ import annotations

import psycopg
from sqlalchemy.engine import make_url

from dispatch_desk.store import pg_security
from tests.support.people import DEMO_PASSWORD

DENIED = (psycopg.errors.InsufficientPrivilege, psycopg.errors.CheckViolation)


def connect(db, role: str, password: str = DEMO_PASSWORD) -> psycopg.Connection:
    url = make_url(db.url)
    return psycopg.connect(
        host=url.host,
        port=url.port,
        dbname=url.database,
        user=role,
        password=password,
        autocommit=True,
        connect_timeout=10,
    )


def session_secret(db, login: str, password: str = DEMO_PASSWORD) -> str:
    """Sign ``login`` in as a workstation does (the gate's function) and return the server's secret for
    their login role: what a person's own connection uses. The desk password never opens it."""
    with db.engine.begin() as workstation:
        outcome, _until, secret = pg_security.sign_in(workstation, login, password, "psql")
    assert outcome == "signed_in", (login, outcome)
    return secret


def as_person(db, login: str, password: str = DEMO_PASSWORD) -> psycopg.Connection:
    """Plain SQL as ``login``, signed in the way the README's workstations do."""
    with db.engine.connect() as connection:
        tag = pg_security.current_tag(connection)
    return connect(db, pg_security.person(tag, login), session_secret(db, login, password))


def refused(connection: psycopg.Connection, sql: str, params: tuple = ()) -> bool:
    try:
        connection.execute(sql, params)
    except DENIED:
        return True
    return False


def one(connection: psycopg.Connection, sql: str, params: tuple = ()):
    return connection.execute(sql, params).fetchone()[0]
