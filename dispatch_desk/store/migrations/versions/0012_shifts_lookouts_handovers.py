"""units lent to another precinct; look-outs; shift handovers

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 19:10:00

The shift lead lends a unit to another precinct until a time (``units.lent_to``, ``lent_until``): its
recommendations follow it there. Look-outs are the persons and vehicles sought and the missing persons
every desk watches for; a plate is stored normalised ("123 ABC 02"). A handover is the outgoing shift
lead's report of a period with their notes, and the incoming shift lead's confirmation of receipt.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

from dispatch_desk.store import pg_security
from dispatch_desk.store.types import UTCDateTime

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(JSONB(), "postgresql")
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("units") as table:
        table.add_column(sa.Column("lent_to", sa.String(40), nullable=True))
        table.add_column(sa.Column("lent_until", UTCDateTime(), nullable=True))
    op.create_table(
        "look_outs",
        sa.Column("id", BIG_ID, primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("description", sa.String(2000), nullable=False),
        sa.Column("keywords", JSON, nullable=False),
        sa.Column("plate", sa.String(20), nullable=True),
        sa.Column("photo_sha256", sa.String(64), nullable=True),
        sa.Column("precincts", JSON, nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(120), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
        sa.Column("ended_by", sa.String(120), nullable=True),
        sa.Column("end_reason", sa.String(500), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_look_outs_expires_at", "look_outs", ["expires_at"])
    op.create_index("ix_look_outs_plate", "look_outs", ["plate"])
    op.create_table(
        "handovers",
        sa.Column("id", BIG_ID, primary_key=True),
        sa.Column("period_from", UTCDateTime(), nullable=False),
        sa.Column("period_to", UTCDateTime(), nullable=False),
        sa.Column("notes", sa.String(4000), nullable=False, server_default=""),
        sa.Column("handed_at", UTCDateTime(), nullable=False),
        sa.Column("handed_by", sa.String(120), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=True),
        sa.Column("received_by", sa.String(120), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_handovers_handed_at", "handovers", ["handed_at"])
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        pg_security.secure(connection)


def downgrade() -> None:
    op.drop_index("ix_handovers_handed_at", "handovers")
    op.drop_table("handovers")
    op.drop_index("ix_look_outs_plate", "look_outs")
    op.drop_index("ix_look_outs_expires_at", "look_outs")
    op.drop_table("look_outs")
    with op.batch_alter_table("units") as table:
        table.drop_column("lent_until")
        table.drop_column("lent_to")
