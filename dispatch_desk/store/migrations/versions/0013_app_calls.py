"""calls from the "102" app

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 02:00:00

A call rings on every desk while ``status`` is 'waiting'; the first desk to answer changes its version
and so takes it. The answering desk's token (its SHA-256) lets the signalling server join that desk to
the caller. Ring, answer and end times stay with the call, and the call names the incident it became.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dispatch_desk.store import pg_security
from dispatch_desk.store.types import UTCDateTime

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "app_calls",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("client", sa.String(120), nullable=False, server_default=""),
        sa.Column("caller_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("caller_phone", sa.String(32), nullable=True),
        sa.Column("app_user_id", sa.String(120), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("accuracy_m", sa.Float(), nullable=True),
        sa.Column("position_at", UTCDateTime(), nullable=True),
        sa.Column("video", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("precinct", sa.String(40), nullable=True),
        sa.Column("address", sa.String(500), nullable=False, server_default=""),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("rung_at", UTCDateTime(), nullable=False),
        sa.Column("answered_at", UTCDateTime(), nullable=True),
        sa.Column("answered_by", sa.String(120), nullable=False, server_default=""),
        sa.Column("answered_by_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
        sa.Column("end_reason", sa.String(16), nullable=False, server_default=""),
        sa.Column("incident_number", sa.String(32), nullable=True),
        sa.Column("called_back_at", UTCDateTime(), nullable=True),
        sa.Column("called_back_by", sa.String(120), nullable=False, server_default=""),
        sa.Column("desk_token_hash", sa.String(64), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_app_calls_status", "app_calls", ["status"])
    op.create_index("ix_app_calls_rung_at", "app_calls", ["rung_at"])
    op.create_index("ix_app_calls_incident_number", "app_calls", ["incident_number"])
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        pg_security.secure(connection)


def downgrade() -> None:
    op.drop_index("ix_app_calls_incident_number", "app_calls")
    op.drop_index("ix_app_calls_rung_at", "app_calls")
    op.drop_index("ix_app_calls_status", "app_calls")
    op.drop_table("app_calls")
