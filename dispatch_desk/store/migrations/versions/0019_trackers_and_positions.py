"""trackers and positions: devices bound to units, every fix, each unit's latest position

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 19:00:00

``trackers`` binds a device (a Wialon or Teltonika tracker's IMEI, a phone's Traccar Client id) to a unit
from one moment to another: a tracker moves between cars, so its bindings are kept; one binding is open
per device at a time. ``unit_fixes`` keeps every fix a unit's device sent (its verdict says whether it
moved the unit); ``unit_positions`` each unit's latest fix that did. On PostgreSQL the units' server
connects as its own role (``avl``), which reads the bindings and writes fixes and positions only.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

from dispatch_desk.store import pg_security
from dispatch_desk.store.types import UTCDateTime

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(JSONB(), "postgresql")
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "trackers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("device", sa.String(64), nullable=False),
        sa.Column("protocol", sa.String(16), nullable=False),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("units.id"), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=True),
        sa.Column("bound_at", UTCDateTime(), nullable=False),
        sa.Column("bound_by", sa.String(120), nullable=False),
        sa.Column("unbound_at", UTCDateTime(), nullable=True),
        sa.Column("unbound_by", sa.String(120), nullable=True),
    )
    op.create_index("ix_trackers_unit_id", "trackers", ["unit_id"])
    op.create_index(
        "ux_trackers_device_bound",
        "trackers",
        ["device"],
        unique=True,
        sqlite_where=sa.text("unbound_at IS NULL"),
        postgresql_where=sa.text("unbound_at IS NULL"),
    )
    op.create_table(
        "unit_fixes",
        sa.Column("id", BIG_ID, primary_key=True, autoincrement=True),
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("units.id"), nullable=False),
        sa.Column("device", sa.String(64), nullable=False),
        sa.Column("protocol", sa.String(16), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("speed_kmh", sa.Float(), nullable=True),
        sa.Column("heading", sa.Float(), nullable=True),
        sa.Column("altitude_m", sa.Float(), nullable=True),
        sa.Column("accuracy_m", sa.Float(), nullable=True),
        sa.Column("satellites", sa.SmallInteger(), nullable=True),
        sa.Column("verdict", sa.String(10), nullable=False),
        sa.Column("alarm", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("params", JSON, nullable=False),
    )
    op.create_index("ix_unit_fixes_unit_at", "unit_fixes", ["unit_id", "at"])
    op.create_index("ix_unit_fixes_received_at", "unit_fixes", ["received_at"])
    op.create_table(
        "unit_positions",
        sa.Column("unit_id", sa.Integer(), sa.ForeignKey("units.id"), primary_key=True),
        sa.Column("fix_id", BIG_ID, nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("speed_kmh", sa.Float(), nullable=True),
        sa.Column("heading", sa.Float(), nullable=True),
        sa.Column("accuracy_m", sa.Float(), nullable=True),
        sa.Column("protocol", sa.String(16), nullable=False),
    )
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        pg_security.secure(connection)


def downgrade() -> None:
    op.drop_table("unit_positions")
    op.drop_index("ix_unit_fixes_received_at", "unit_fixes")
    op.drop_index("ix_unit_fixes_unit_at", "unit_fixes")
    op.drop_table("unit_fixes")
    op.drop_index("ux_trackers_device_bound", "trackers")
    op.drop_index("ix_trackers_unit_id", "trackers")
    op.drop_table("trackers")
