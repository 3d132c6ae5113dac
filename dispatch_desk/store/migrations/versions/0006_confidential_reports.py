"""confidential categories, incidents, feed rows and access-log lines

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 19:00:00

Corruption reports and complaints about police officers are confidential: a flag on the category, copied
onto each incident and each change-feed row about it, so that queries and (on PostgreSQL) row-level
security can keep them to anti-corruption officers without a join.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONFIDENTIAL_CODES = ("corruption_report", "police_complaint")


def upgrade() -> None:
    false = sa.false()
    with op.batch_alter_table("categories") as batch:
        batch.add_column(sa.Column("confidential", sa.Boolean(), nullable=False, server_default=false))
    with op.batch_alter_table("incidents") as batch:
        batch.add_column(sa.Column("confidential", sa.Boolean(), nullable=False, server_default=false))
        batch.create_index("ix_incidents_confidential_received", ["confidential", "received_at"])
    with op.batch_alter_table("change_feed") as batch:
        batch.add_column(sa.Column("confidential", sa.Boolean(), nullable=False, server_default=false))
    with op.batch_alter_table("access_log") as batch:
        batch.add_column(sa.Column("confidential", sa.Boolean(), nullable=False, server_default=false))
    codes = ", ".join(f"'{code}'" for code in CONFIDENTIAL_CODES)
    op.execute(f"UPDATE categories SET confidential = true WHERE code IN ({codes})")
    op.execute(
        "UPDATE incidents SET confidential = true"
        " WHERE category IN (SELECT code FROM categories WHERE confidential)"
    )
    op.execute(
        "UPDATE change_feed SET confidential = true WHERE entity = 'incident'"
        " AND entity_id IN (SELECT id FROM incidents WHERE confidential)"
    )


def downgrade() -> None:
    with op.batch_alter_table("access_log") as batch:
        batch.drop_column("confidential")
    with op.batch_alter_table("change_feed") as batch:
        batch.drop_column("confidential")
    with op.batch_alter_table("incidents") as batch:
        batch.drop_index("ix_incidents_confidential_received")
        batch.drop_column("confidential")
    with op.batch_alter_table("categories") as batch:
        batch.drop_column("confidential")
