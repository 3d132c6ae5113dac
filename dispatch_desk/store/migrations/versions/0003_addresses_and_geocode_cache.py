"""addresses and geocode cache

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 22:00:09.819479
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import dispatch_desk.store.types

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "geocode_cache",
        sa.Column("key", sa.String(length=600), nullable=False),
        sa.Column("provider", sa.String(length=200), nullable=False),
        sa.Column(
            "result",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=True,
        ),
        sa.Column("created_at", dispatch_desk.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_geocode_cache")),
    )
    op.create_table(
        "addresses",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("street_id", sa.Integer(), nullable=True),
        sa.Column("street_name", sa.String(length=200), nullable=False),
        sa.Column("housenumber", sa.String(length=40), nullable=False),
        sa.Column("lat", sa.Float(), nullable=False),
        sa.Column("lon", sa.Float(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("source_id", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["street_id"], ["streets.id"], name=op.f("fk_addresses_street_id_streets"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_addresses")),
    )
    with op.batch_alter_table("addresses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_addresses_street_id"), ["street_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("addresses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_addresses_street_id"))

    op.drop_table("addresses")
    op.drop_table("geocode_cache")
