"""the address as typed beside the matched one; history by number; disposition codes

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 16:40:00

An incident's ``address`` is now the address the geocoder matched ("улица Торайгырова, 64"), the one
shown to everybody and keyed for "earlier incidents here"; what the operator typed or the app sent
("Торайгырва 64") is kept in ``typed_address`` when it differs. The desk shows a caller's earlier
incidents as soon as the number is typed: found by a new index on the caller's phone. A closed
incident keeps the code of its disposition, chosen from the desk's list, beside the free text.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dispatch_desk.store import pg_security

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("incidents") as table:
        table.add_column(sa.Column("typed_address", sa.String(500), nullable=False, server_default=""))
        table.add_column(sa.Column("disposition_code", sa.String(40), nullable=False, server_default=""))
    op.create_index("ix_incidents_caller_phone_received", "incidents", ["caller_phone", "received_at"])
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        pg_security.secure(connection)


def downgrade() -> None:
    op.drop_index("ix_incidents_caller_phone_received", "incidents")
    with op.batch_alter_table("incidents") as table:
        table.drop_column("disposition_code")
        table.drop_column("typed_address")
