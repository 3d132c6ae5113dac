"""Benchmark fixtures: an SQLite file and a PostgreSQL server started for the run, filled once."""

from __future__ import annotations

import os
import platform
from collections.abc import Iterator

import pytest

from tests.support.fake_media import with_fake_media

# Calls from the app: the citizen's camera and microphone are Chromium's fakes (set before Qt starts).
os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = with_fake_media(os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""))

from benchmarks import data
from dispatch_desk.store import migrate
from dispatch_desk.store.db import Database
from tests.support.pgserver import start_server

MILLION = 1_000_000


@pytest.fixture(scope="session")
def pg_server():
    server = start_server()
    yield server
    server.stop()


def _fresh(kind: str, name: str, tmp_path_factory, pg_server_factory) -> Database:
    if kind == "sqlite":
        db = Database(f"sqlite:///{tmp_path_factory.mktemp(name) / 'bench.sqlite3'}")
    else:
        db = Database(pg_server_factory().create_database(name))
    migrate.upgrade(db)
    data.seed_categories(db)
    return db


@pytest.fixture(scope="session")
def pg_server_durable():
    """A server that flushes every commit (fsync, synchronous_commit, full_page_writes on)."""
    server = start_server(durable=True)
    yield server
    server.stop()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def empty_db(request, tmp_path_factory) -> Iterator[Database]:
    db = _fresh(request.param, "empty", tmp_path_factory, lambda: request.getfixturevalue("pg_server"))
    yield db
    db.dispose()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def million_db(request, tmp_path_factory) -> Iterator[Database]:
    """1,000,000 incidents (50,000 addresses, about 300 open) and 1,000,000 change-feed rows."""
    db = _fresh(request.param, "million", tmp_path_factory, lambda: request.getfixturevalue("pg_server"))
    data.load(db, "incidents", data.INCIDENT_COLUMNS, data.incidents(MILLION))
    data.load(db, "change_feed", data.FEED_COLUMNS, data.feed_rows(MILLION))
    assert data.row_count(db, "incidents") == MILLION
    yield db
    db.dispose()


def pytest_benchmark_update_machine_info(config, machine_info):
    import os

    machine_info["cores"] = os.cpu_count()
    machine_info["platform"] = platform.platform()
