"""interval_days: each day's incident times packed for the response-interval report (SQLite)

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 14:40:00

On SQLite, triggers on ``incidents`` count each UTC day's changes to the times, status, priority or
confidentiality of its incidents; the report packs a day once and reads it back while the count holds.
Every day that already has incidents starts unbuilt. On PostgreSQL the table stays empty (the server packs
the rows itself, under row-level security) and no role is granted it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _count(moment: str) -> str:
    """A change to the incidents of ``moment``'s UTC day."""
    return (
        f"INSERT INTO interval_days (day, changes) VALUES (date({moment}), 1) "
        "ON CONFLICT (day) DO UPDATE SET changes = changes + 1;"
    )


WATCHED = "received_at, first_dispatched_at, first_on_scene_at, closed_at, status, priority, confidential"
TRIGGERS = (
    f"CREATE TRIGGER interval_days_insert AFTER INSERT ON incidents BEGIN {_count('NEW.received_at')} END",
    f"CREATE TRIGGER interval_days_update AFTER UPDATE OF {WATCHED} ON incidents BEGIN "
    f"{_count('OLD.received_at')} {_count('NEW.received_at')} END",
    f"CREATE TRIGGER interval_days_delete AFTER DELETE ON incidents BEGIN {_count('OLD.received_at')} END",
)


def upgrade() -> None:
    op.create_table(
        "interval_days",
        sa.Column("day", sa.String(10), primary_key=True),
        sa.Column("changes", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("built", sa.Integer(), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=True),
    )
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in TRIGGERS:
        op.execute(statement)
    op.execute(
        "INSERT INTO interval_days (day, changes) SELECT date(received_at), 1 FROM incidents GROUP BY 1"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS interval_days_{name}")
    op.drop_table("interval_days")
