"""intake api keys and receipts

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 00:07:30.790780
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import dispatch_desk.store.types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("prefix", sa.String(length=16), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=False),
        sa.Column("rate_per_minute", sa.Integer(), nullable=False),
        sa.Column("created_at", dispatch_desk.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", dispatch_desk.store.types.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_keys")),
        sa.UniqueConstraint("name", name=op.f("uq_api_keys_name")),
        sa.UniqueConstraint("prefix", name=op.f("uq_api_keys_prefix")),
    )
    op.create_table(
        "intake_receipts",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("api_key_id", sa.Integer(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=200), nullable=True),
        sa.Column("incident_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("media_url", sa.String(length=2000), nullable=False),
        sa.Column("device_id", sa.String(length=120), nullable=True),
        sa.Column("received_at", dispatch_desk.store.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["api_key_id"], ["api_keys.id"], name=op.f("fk_intake_receipts_api_key_id_api_keys")
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_intake_receipts_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_receipts")),
        sa.UniqueConstraint("api_key_id", "idempotency_key", name=op.f("uq_intake_receipts_api_key_id")),
    )
    with op.batch_alter_table("intake_receipts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_intake_receipts_incident_id"), ["incident_id"], unique=False)
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index("ix_incidents_channel_received", ["channel", "received_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.drop_index("ix_incidents_channel_received")

    with op.batch_alter_table("intake_receipts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_intake_receipts_incident_id"))

    op.drop_table("intake_receipts")
    op.drop_table("api_keys")
