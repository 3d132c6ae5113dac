"""Engine and session factory for SQLite (embedded default) and PostgreSQL (multi-workstation)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from dispatch_desk.domain.access import Forbidden
from dispatch_desk.domain.errors import ValidationError

SQLITE_BUSY_TIMEOUT_MS = 10_000


class DatabaseUrlError(ValidationError):
    """The database URL cannot be used."""


def normalize_url(url: str) -> str:
    """Accept the usual spellings; PostgreSQL always goes through psycopg 3."""
    url = (url or "").strip()
    if not url:
        raise DatabaseUrlError("the database URL is empty")
    if "://" not in url:
        # A plain path means an SQLite file.
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise DatabaseUrlError(
            f"'{url}' is not a database URL (try sqlite:///PATH or postgresql://...)"
        ) from None
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend != "sqlite":
        raise DatabaseUrlError(f"database '{backend}' is not supported: use SQLite or PostgreSQL")
    return parsed.render_as_string(hide_password=False)


class Database:
    """One engine per process; one short Session per user action, never shared across threads."""

    def __init__(self, url: str, *, echo: bool = False, keep: int = 5) -> None:
        """``keep``: PostgreSQL connections kept open between uses (up to ten at once in all): a desk's
        workstation connection keeps one, since each desk counts against the server's limit."""
        self.url = normalize_url(url)
        parsed = make_url(self.url)
        self.dialect = parsed.get_backend_name()
        if self.dialect == "sqlite":
            database = parsed.database or ""
            if database and database != ":memory:":
                path = Path(database)
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise DatabaseUrlError(f"cannot create the folder for {path}: {exc.strerror}") from None
            self.engine: Engine = create_engine(
                self.url, echo=echo, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
            )
            _configure_sqlite(self.engine)
        else:
            # Pre-ping costs a round trip per checkout (about 7 % of an incident's creation, measured), but
            # after a database restart the operator's next action goes through instead of failing once.
            self.engine = create_engine(
                self.url,
                echo=echo,
                pool_pre_ping=True,
                pool_size=keep,
                max_overflow=10 - keep,
                connect_args={"connect_timeout": 5},
            )
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )

    @property
    def is_postgresql(self) -> bool:
        return self.dialect == "postgresql"

    def session(self) -> Session:
        """A session for reading."""
        return self._sessions()

    def write_session(self) -> Session:
        """A session for a change: on SQLite it takes the write lock at BEGIN, so that two writers
        queue on the busy timeout instead of failing when both try to upgrade a read lock."""
        return self._write_sessions()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with refusals(), self.session() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()

    def durability_warnings(self) -> list[str]:
        """PostgreSQL settings under which a commit may be lost on power loss (SQLite: FULL, always)."""
        if not self.is_postgresql:
            return []
        warnings = []
        with self.engine.connect() as connection:
            for name in ("synchronous_commit", "fsync"):
                value = connection.exec_driver_sql(f"SHOW {name}").scalar_one()
                if value == "off":
                    warnings.append(
                        f"the database server runs with {name}=off: a report acknowledged as "
                        "received may be lost on power loss; turn it on for production"
                    )
        return warnings

    def describe(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)


INSUFFICIENT_PRIVILEGE = "42501"  # also a row that row-level security does not let this role write


@contextmanager
def refusals() -> Iterator[None]:
    """PostgreSQL's refusal of what the person's role may not do, as the services' own refusal."""
    try:
        yield
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            reason = str(exc.orig).splitlines()[0]
            raise Forbidden(f"the database refused this to your role: {reason}") from exc
        raise


def _sqlite_synchronous() -> str:
    """FULL; ``DISPATCH_DESK_SQLITE_SYNCHRONOUS=normal`` only to measure what FULL costs (benchmarks)."""
    return "NORMAL" if os.environ.get("DISPATCH_DESK_SQLITE_SYNCHRONOUS", "").lower() == "normal" else "FULL"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy's "begin" event decide how a transaction starts (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
            # FULL: each commit is on disk before it returns, so nothing acknowledged (a report's
            # "received", an operator's saved call) is undone by a power loss. NORMAL survives a killed
            # process but may lose the last commits when the machine loses power.
            cursor.execute(f"PRAGMA synchronous={_sqlite_synchronous()}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")
