"""recorded changes, the server's sign-in and requests for confidential roles

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 04:00:00

The change feed keeps the transaction that wrote each row (on PostgreSQL a change to an incident, an
assignment or a unit commits only with its feed row of the same transaction); the access log keeps the
network address each line came from. ``intake_secret``: the key the intake derives each report's reply
secret from (a retry of the same report gets the same secret; nothing is revoked). ``role_requests``: a role that reads confidential data
(anti-corruption, auditor) asked for by one administrator and confirmed or refused by another.

On PostgreSQL the login roles no longer hold the desk passwords: the accounts table keeps the server's
bcrypt hash, and accounts made before this revision cannot sign in until an administrator resets their
password (a database whose administrators all lack one gives its first one a one-time password at the
owner's next start, as a new database does).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dispatch_desk.store import pg_security
from dispatch_desk.store.types import UTCDateTime

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("change_feed") as table:
        table.add_column(sa.Column("txid", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("access_log") as table:
        table.add_column(sa.Column("address", sa.String(64), nullable=False, server_default=""))
    op.create_table(
        "role_requests",
        sa.Column("id", BIG_ID, primary_key=True),
        sa.Column("login", sa.String(40), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("personal_number", sa.String(40), nullable=False, server_default=""),
        sa.Column("roles", sa.String(200), nullable=False),
        sa.Column("home_precinct", sa.String(40), nullable=True),
        sa.Column("new_account", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("requested_by", sa.String(40), nullable=False),
        sa.Column("requested_at", UTCDateTime(), nullable=False),
        sa.Column("requested_from", sa.String(120), nullable=False, server_default=""),
        sa.Column("decided_by", sa.String(40), nullable=True),
        sa.Column("decided_at", UTCDateTime(), nullable=True),
        sa.Column("decided_from", sa.String(120), nullable=False, server_default=""),
    )
    op.create_index("ix_role_requests_login", "role_requests", ["login", "state"])
    op.create_table(
        "intake_secret", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("secret", sa.String(128))
    )
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        connection.execute(
            sa.text("UPDATE accounts SET password_hash = '' WHERE left(password_hash, 4) <> '$2a$'")
        )
        pg_security.secure(connection)
        pg_security.sync_people(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        pg_security.unsecure(connection)
    op.drop_table("intake_secret")
    op.drop_index("ix_role_requests_login", "role_requests")
    op.drop_table("role_requests")
    with op.batch_alter_table("access_log") as table:
        table.drop_column("address")
    with op.batch_alter_table("change_feed") as table:
        table.drop_column("txid")
