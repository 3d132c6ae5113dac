"""officer-in-danger alarms from the trackers' panic inputs

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 20:10:00

``unit_alarms`` keeps each alarm a unit's tracker raised: the device, the fix, where the unit was, and who
of the shift leads acknowledged it and when. One alarm of a unit is open at a time. On PostgreSQL the
units' server raises alarms and moves open ones only; a shift lead acknowledges them in their own name
(row-level security), and nobody deletes one.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dispatch_desk.store import pg_security
from dispatch_desk.store.types import UTCDateTime

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "unit_alarms",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("units.id"), nullable=False),
        sa.Column("device", sa.String(64), nullable=False),
        sa.Column("protocol", sa.String(16), nullable=False),
        sa.Column("fix_id", BIG_ID, nullable=False),
        sa.Column("raised_at", UTCDateTime(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("acknowledged_at", UTCDateTime(), nullable=True),
        sa.Column("acknowledged_by", sa.String(120), nullable=True),
        sa.Column("note", sa.String(500), nullable=False, server_default=""),
    )
    op.create_index(
        "ux_unit_alarms_open",
        "unit_alarms",
        ["unit_id"],
        unique=True,
        sqlite_where=sa.text("acknowledged_at IS NULL"),
        postgresql_where=sa.text("acknowledged_at IS NULL"),
    )
    op.create_index("ix_unit_alarms_unit_raised", "unit_alarms", ["unit_id", "raised_at"])
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        pg_security.secure(connection)


def downgrade() -> None:
    op.drop_index("ix_unit_alarms_unit_raised", "unit_alarms")
    op.drop_index("ux_unit_alarms_open", "unit_alarms")
    op.drop_table("unit_alarms")
