"""the routing engine's road network, built from the imported map

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 23:20:00

``road_networks`` holds the routing archive that ``gazetteer import`` (and the demo city) build from the
OpenStreetMap extract: one row, the network in use, which every workstation and the intake copy beside
their own data when it is new. On PostgreSQL every role that reads the map reads it; administrators
replace it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dispatch_desk.store import pg_security
from dispatch_desk.store.types import UTCDateTime

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "road_networks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("built_at", UTCDateTime(), nullable=False),
        sa.Column("built_by", sa.String(120), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("archive", sa.LargeBinary(), nullable=False),
    )
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        pg_security.secure(connection)


def downgrade() -> None:
    op.drop_table("road_networks")
