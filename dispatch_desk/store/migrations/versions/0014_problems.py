"""problems: the precinct inspector's SARA cycle

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 04:40:00

A problem belongs to a precinct: its title, stage, places (hex cells of the grid and address keys),
analysis notes and response steps (what, who answers for it, due date, when done), when its response
began and its outcome. The incidents linked to it are found by its places, so they are not stored.
On PostgreSQL an inspector reads and changes the problems of the home precinct only (row security);
shift leads read every precinct's.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

from dispatch_desk.store import pg_security
from dispatch_desk.store.types import UTCDateTime

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(JSONB(), "postgresql")
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "problems",
        sa.Column("id", BIG_ID, primary_key=True),
        sa.Column("precinct", sa.String(40), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("places", JSON, nullable=False),
        sa.Column("notes", JSON, nullable=False),
        sa.Column("responses", JSON, nullable=False),
        sa.Column("opened_at", UTCDateTime(), nullable=False),
        sa.Column("opened_by", sa.String(120), nullable=False),
        sa.Column("responding_since", UTCDateTime(), nullable=True),
        sa.Column("outcome", sa.String(2000), nullable=False, server_default=""),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_problems_precinct", "problems", ["precinct"])
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        pg_security.secure(connection)


def downgrade() -> None:
    op.drop_index("ix_problems_precinct", "problems")
    op.drop_table("problems")
