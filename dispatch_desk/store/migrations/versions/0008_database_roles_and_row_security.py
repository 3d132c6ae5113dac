"""database roles, grants and row-level security (PostgreSQL)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 22:10:00

On PostgreSQL each person signs in as their own login role; group roles per desk role, GRANTs and
row-level security policies enforce in the server what the services check (see store/pg_security.py).
Accounts made before this revision get a login role that cannot log in yet: an administrator resets
their passwords (a database whose administrators all lack one gives its first one a one-time password
at the next start, as a new database does). SQLite (one workstation) has nothing to do here.
"""

from collections.abc import Sequence

from alembic import op

from dispatch_desk.store import pg_security

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    pg_security.secure(connection)
    pg_security.roles_for_existing_accounts(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    pg_security.unsecure(connection)
