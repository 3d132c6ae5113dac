"""incident.opened: the first deliberate look at an app report, in the feed

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 06:50:00

A new kind of change-feed row (no new column: the feed is the record). On PostgreSQL the feed's kind
check is written again with the kinds this version knows.
"""

from collections.abc import Sequence

from alembic import op

from dispatch_desk.store import pg_security

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        pg_security.secure(connection)


def downgrade() -> None:
    """Nothing to undo: the feed is append-only, and an older version reads these rows as a kind it does
    not know (logged and skipped)."""
