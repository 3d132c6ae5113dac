"""Store-level guarantees on both databases: schema, migrations, feed ordering, SQLite settings."""

from __future__ import annotations

import threading
import time

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from dispatch_desk.domain.access import Principal
from dispatch_desk.domain.change_kinds import ChangeKind
from dispatch_desk.domain.changes import IncidentChange
from dispatch_desk.domain.enums import Channel
from dispatch_desk.services.desk import CallDraft, DeskService
from dispatch_desk.store import migrate
from dispatch_desk.store.db import Database, DatabaseUrlError, normalize_url
from dispatch_desk.store.rows import Base


def test_migrations_produce_exactly_the_declared_schema(db):
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
    assert migrate.current_revision(db) == migrate.head_revision(db) == migrate.HEAD
    assert migrate.upgrade(db) is False  # nothing left to apply


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'a' / 'desk.sqlite3'}")
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
        ("postgresql+psycopg2://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_database_urls_are_normalised(url, expected):
    assert normalize_url(url) == expected


@pytest.mark.parametrize("url", ["", "   ", "mysql://u@h/db", "oracle://x", "http://[::1"])
def test_bad_database_urls_are_refused_clearly(url):
    with pytest.raises(DatabaseUrlError):
        normalize_url(url)


def test_a_plain_path_means_an_sqlite_file(tmp_path):
    assert normalize_url(str(tmp_path / "d.sqlite3")) == f"sqlite:///{tmp_path / 'd.sqlite3'}"


def test_feed_follower_never_misses_a_change_made_by_concurrent_writers(db, clock):
    """Readers ask for "rows after N"; no row may become visible behind a position already read."""
    desk = DeskService(db, Principal.for_system("writer"), clock=clock)
    desk.ensure_reference_data()
    writers, per_writer = 4, 15
    done = threading.Event()
    seen: list[int] = []
    errors: list[BaseException] = []

    def follow() -> None:
        last = 0
        try:
            while True:
                finished = done.is_set()
                entries = desk.read.feed_after(last)
                for entry in entries:
                    assert entry.seq > last
                    seen.append(entry.seq)
                    last = entry.seq
                if finished and not entries:
                    return
                # As often as a follower can ask (the desk's is woken by every commit): a loop with no
                # pause at all holds SQLite's writers back for seconds on two cores, past their busy timeout.
                time.sleep(0.001)
        except BaseException as exc:
            errors.append(exc)

    def write(n: int) -> None:
        service = DeskService(db, Principal.for_system(f"writer-{n}"), clock=clock)
        try:
            for i in range(per_writer):
                service.create_incident(CallDraft(Channel.PHONE, "theft", address=f"Естая {n * 100 + i}"))
        except BaseException as exc:
            errors.append(exc)

    follower = threading.Thread(target=follow)
    follower.start()
    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    done.set()
    follower.join(60)
    assert errors == []
    everything = [e.seq for e in desk.read.feed_after(0, limit=10_000)]
    created = [e for e in desk.read.feed_after(0, limit=10_000) if e.kind == "incident.created"]
    assert len(created) == writers * per_writer
    assert seen == everything  # every row, each once, in order
    numbers = [e.record.number for e in created]
    assert len(set(numbers)) == len(numbers)


def test_postgresql_feed_notifies_listeners(pg_database, clock):
    import psycopg

    db = pg_database
    url = db.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, autocommit=True) as listener:
        listener.execute("LISTEN dispatch_desk_feed")
        desk = DeskService(db, Principal.for_system("writer"), clock=clock)
        desk.ensure_reference_data()
        desk.create_incident(CallDraft(Channel.APP, "fraud", address="Ломова 5"))
        notes = list(listener.notifies(timeout=5, stop_after=1))
    assert notes and int(notes[0].payload) == desk.read.last_feed_seq()


def test_unavailable_database_gives_a_clear_error():
    from dispatch_desk.composition import open_services
    from dispatch_desk.config import Settings
    from dispatch_desk.domain.errors import DatabaseUnavailable

    settings = Settings()
    settings.database_url = "postgresql://nobody@127.0.0.1:1/none"
    with pytest.raises(DatabaseUnavailable, match="cannot open the database") as caught:
        open_services(settings)
    assert "\n" not in str(caught.value)


def test_sessions_never_see_half_a_change(db, clock):
    desk = DeskService(db, Principal.for_system("writer"), clock=clock)
    desk.ensure_reference_data()
    with db.engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM incidents")).scalar()
    with pytest.raises(RuntimeError, match="crash"), desk.context.work() as work:
        work.record(IncidentChange(ChangeKind.INCIDENT_CREATED, "26-000001"), 1)
        work.session.execute(text("INSERT INTO meta (key, value) VALUES ('x', 'y')"))
        raise RuntimeError("crash in the middle")
    with db.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM incidents")).scalar() == before
        assert connection.execute(text("SELECT count(*) FROM meta WHERE key = 'x'")).scalar() == 0
        assert connection.execute(text("SELECT count(*) FROM change_feed")).scalar() == len(
            desk.read.feed_after(0)
        )
