"""the wall display's role: the city board's columns and nothing else

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 07:20:00

No table changes. On PostgreSQL a group role for the wall display (``wall``) is made and granted the
columns of incidents, assignments and units that carry no person's data, with the row policies that
leave confidential reports out and show it only the reference rows of the change feed.
"""

from collections.abc import Sequence

from alembic import op

from dispatch_desk.store import pg_security

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        pg_security.secure(connection)


def downgrade() -> None:
    """The wall's role keeps its grants until the role is dropped by hand; the older version never
    makes a wall account."""
