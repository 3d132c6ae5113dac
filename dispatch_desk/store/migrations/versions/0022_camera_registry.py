"""the city's cameras: the registry and, apart, their credentials

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 23:55:00

``cameras`` holds where each camera stands, which way it looks, how far it sees, its precinct and its stream
(without user or password); ``camera_secrets`` holds each camera's user and password. On PostgreSQL the
desks that watch cameras read both (an inspector the home precinct's only, by row-level security),
administrators manage the registry and write the secrets without reading them back.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dispatch_desk.store import pg_security
from dispatch_desk.store.types import UTCDateTime

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cameras",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("direction_deg", sa.Float(), nullable=True),
        sa.Column("fov_deg", sa.Float(), nullable=True),
        sa.Column("range_m", sa.Float(), nullable=False),
        sa.Column("stream_url", sa.String(1000), nullable=False),
        sa.Column("snapshot_url", sa.String(1000), nullable=False),
        sa.Column("onvif_url", sa.String(1000), nullable=False),
        sa.Column("ptz", sa.Boolean(), nullable=False),
        sa.Column("precinct", sa.String(40), nullable=True),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.Column("added_by", sa.String(120), nullable=False),
    )
    op.create_index("ix_cameras_precinct", "cameras", ["precinct"])
    op.create_table(
        "camera_secrets",
        sa.Column(
            "camera_id", sa.String(64), sa.ForeignKey("cameras.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("username", sa.String(120), nullable=False),
        sa.Column("password", sa.String(200), nullable=False),
    )
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        pg_security.secure(connection)


def downgrade() -> None:
    op.drop_table("camera_secrets")
    op.drop_index("ix_cameras_precinct", "cameras")
    op.drop_table("cameras")
