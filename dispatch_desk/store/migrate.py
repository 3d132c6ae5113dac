"""Schema migrations with Alembic, applied on start and by ``dispatch-desk db upgrade``.

A start on a database already at ``HEAD`` (the newest migration, which a test holds equal to Alembic's own
head) reads the version row and goes on without importing Alembic, a quarter of a second on a start."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from dispatch_desk.store.db import Database
from dispatch_desk.store.uow import DatabaseUnavailable

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD = "0022"  # the newest revision in migrations/versions


def alembic_config(db: Database) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return config


def head_revision(db: Database) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(db: Database, revision: str = "head") -> bool:
    """Bring the schema to ``revision``; returns True when anything was applied.

    Raises DatabaseUnavailable with a one-line reason when the database cannot be opened, is not a
    database, or was made by a newer version of Dispatch Desk."""
    try:
        if revision == "head" and _at_head(db):
            return False
        return _upgrade(db, revision)
    except DBAPIError as exc:
        reason = " ".join(str(exc.orig).split())
        raise DatabaseUnavailable(f"cannot open the database {db.describe()}: {reason}") from exc


def _at_head(db: Database) -> bool:
    with db.engine.connect() as connection:
        if not db.engine.dialect.has_table(connection, "alembic_version"):
            return False
        return [row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))] == [
            HEAD
        ]


def _upgrade(db: Database, revision: str) -> bool:
    from alembic import command
    from alembic.util.exc import CommandError

    try:
        before = current_revision(db)
        if before is not None and before == head_revision(db) and revision == "head":
            return False
        config = alembic_config(db)
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except CommandError as exc:
        raise DatabaseUnavailable(
            f"the database {db.describe()} has a schema this version of Dispatch Desk does not know "
            f"({' '.join(str(exc).split())}); it was probably made by a newer version"
        ) from exc
    return current_revision(db) != before


def revision(db: Database, message: str) -> None:
    """Write a new migration from the difference between the rows and the database (developers)."""
    from alembic import command

    config = alembic_config(db)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.revision(config, message=message, autogenerate=True)
