"""what each received report said, so that a retry key cannot be taken over

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 13:35:00

A retry of an app report (the same Idempotency-Key, or the same device_id and attribute[report_id])
answers with the first report's incident. The receipt now keeps the SHA-256 of what the report said:
another report under a key already used is refused (409) instead of being answered "received earlier"
and lost. Keys are stored bound to the sender and hashed; receipts from before have no content hash and
keep answering retries as before. Reports from one sender are found by a new index, to group a burst
of them under the first one still open.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dispatch_desk.store import pg_security

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("intake_receipts") as table:
        table.add_column(sa.Column("content_hash", sa.String(64), nullable=False, server_default=""))
    # A burst of reports from one sender is grouped under its first open one: found by this index.
    op.create_index("ix_incidents_app_user_group", "incidents", ["app_user_id", "parent_id", "received_at"])
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        pg_security.secure(connection)


def downgrade() -> None:
    op.drop_index("ix_incidents_app_user_group", "incidents")
    with op.batch_alter_table("intake_receipts") as table:
        table.drop_column("content_hash")
