"""report secrets and confidential client keys

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 19:20:00

Each app report gets a secret its author alone holds (only its hash is stored): the status notes are
given only with it. A client key may be confidential (another agency's server, never an app): it reads
back the full reports it posted itself.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("api_keys") as batch:
        batch.add_column(sa.Column("confidential", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("intake_receipts") as batch:
        batch.add_column(sa.Column("secret_hash", sa.String(length=64), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("intake_receipts") as batch:
        batch.drop_column("secret_hash")
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_column("confidential")
