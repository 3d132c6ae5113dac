"""Fixtures shared by the whole suite.

Every store and service test runs twice: on SQLite and on a real PostgreSQL server that the suite starts
itself. In CI (``CI`` set) a PostgreSQL server that cannot start fails the run instead of skipping.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from dispatch_desk.domain.access import Principal
from dispatch_desk.services.desk import DeskService
from dispatch_desk.store import migrate
from dispatch_desk.store.db import Database
from dispatch_desk.store.rows import Base
from tests.support.pgserver import PostgresUnavailable, start_server

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch) -> None:
    """Keep tests away from the real user's settings and database."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("DISPATCH_DESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("DISPATCH_DESK_CONFIG_DIR", str(home / "config"))
    monkeypatch.delenv("DISPATCH_DESK_DB", raising=False)
    monkeypatch.delenv("DISPATCH_DESK_DATABASE_URL", raising=False)
    for name in ("DISPATCH_DESK_USER", "DISPATCH_DESK_PASSWORD", "DISPATCH_DESK_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    existing = os.environ.get("DISPATCH_DESK_TEST_PG_URL")
    if existing:
        yield existing
        return
    try:
        server = start_server()
    except PostgresUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")
    try:
        yield server.create_database("dispatch_desk_test")
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_database(pg_url) -> Iterator[Database]:
    db = Database(pg_url)
    migrate.upgrade(db)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    db.dispose()
    return path


def _truncate(db: Database) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path) -> Iterator[Database]:
    """An empty, migrated database of each kind."""
    if request.param == "sqlite":
        path = tmp_path / "desk.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        database = Database(f"sqlite:///{path}")
        yield database
        database.dispose()
    else:
        database = request.getfixturevalue("pg_database")
        _truncate(database)
        yield database


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 20, 14, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        self.now += timedelta(**kwargs)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def desk(db, clock) -> DeskService:
    service = DeskService(db, Principal.for_system("op-aigerim"), clock=clock)
    service.ensure_reference_data()
    return service
