"""what each change was about, for the audit trail

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 13:05:00

The audit viewer finds changes by person, incident (or unit, precinct, key) and time. The feed row now
names what it was about (``subject``: the incident number, the call sign, the code) so that an auditor,
who may not read incidents, finds an incident's changes without them; existing rows get theirs from
their payload.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from dispatch_desk.store import pg_security

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SUBJECT_KEYS = {
    "incident": "number",
    "unit": "call_sign",
    "precinct": "code",
    "category": "code",
    "api_key": "name",
}


def upgrade() -> None:
    connection = op.get_bind()
    with op.batch_alter_table("change_feed") as table:
        table.add_column(sa.Column("subject", sa.String(120), nullable=False, server_default=""))
    postgres = connection.dialect.name == "postgresql"
    for entity, key in SUBJECT_KEYS.items():
        value = f"payload->>'{key}'" if postgres else f"json_extract(payload, '$.{key}')"
        connection.execute(
            sa.text(
                f"UPDATE change_feed SET subject = COALESCE(substr({value}, 1, 120), '') "
                "WHERE entity = :entity"
            ),
            {"entity": entity},
        )
    op.create_index("ix_change_feed_subject", "change_feed", ["subject", "seq"])
    op.create_index("ix_change_feed_actor", "change_feed", ["actor", "seq"])
    op.create_index("ix_change_feed_at", "change_feed", ["at"])
    if postgres:
        pg_security.secure(connection)


def downgrade() -> None:
    op.drop_index("ix_change_feed_at", "change_feed")
    op.drop_index("ix_change_feed_actor", "change_feed")
    op.drop_index("ix_change_feed_subject", "change_feed")
    with op.batch_alter_table("change_feed") as table:
        table.drop_column("subject")
